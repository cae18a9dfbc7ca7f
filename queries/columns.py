"""The column names a Cypher statement returns, read from its text.

Neo4j names an unaliased column by the expression as written (``count(*)``, ``label(r)``);
LadybugDB by its own rewrite of it (``COUNT_STAR()``, ``LABEL(r._ID,[,,,WORKED_AT,…])``).
Reading the names from the statement gives both stores the same, readable headers, and an
empty answer its header too.  No Cypher parser exists for Python that knows both
dialects, and only the last ``RETURN``'s items are needed: this scanner skips strings,
comments and brackets and splits the items at top-level commas.
"""

from __future__ import annotations

import re

__all__ = ["rename_columns", "return_columns"]

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ENDS = {"ORDER", "SKIP", "LIMIT", "UNION"}
_OPEN, _CLOSE = "([{", ")]}"


def _top_level(text: str) -> list[tuple[int, str]]:
    """``(offset, token)`` for each word and each top-level ``,`` / ``;`` outside strings,
    comments, backticks and brackets (words inside brackets are skipped too)."""
    out: list[tuple[int, str]] = []
    depth, i, n = 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "'\"":
            i += 1
            while i < n and text[i] != ch:
                i += 2 if text[i] == "\\" else 1
            i += 1
            continue
        if ch == "`":
            end = text.find("`", i + 1)
            i = n if end < 0 else end + 1
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ",;":
            out.append((i, ch))
        elif depth == 0 and (ch.isalpha() or ch == "_"):
            word = _WORD.match(text, i)
            assert word is not None
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_.$"):
                out.append((i, word.group()))
            i = word.end()
            continue
        i += 1
    return out


def _alias(item: str) -> str:
    """The name of one RETURN item: its alias, else the expression as written."""
    tokens = _top_level(item)
    as_at = [offset for offset, token in tokens if token.upper() == "AS"]
    if as_at:
        alias = item[as_at[-1] + 2:].strip()
        if alias.startswith("`") and alias.endswith("`"):
            return alias[1:-1].replace("``", "`")
        return alias
    return item.strip()


def return_columns(cypher: str) -> list[str] | None:
    """The names of the columns ``cypher`` returns, in order, or None when they cannot
    be told from the text (``RETURN *``, no ``RETURN`` at the top level)."""
    tokens = _top_level(cypher)
    starts = [k for k, (_offset, token) in enumerate(tokens) if token.upper() == "RETURN"]
    if not starts:
        return None
    first = starts[-1]
    begin = tokens[first][0] + len("RETURN")
    end = len(cypher)
    cuts: list[int] = []
    for offset, token in tokens[first + 1:]:
        upper = token.upper()
        if upper in _ENDS or token == ";":
            end = offset
            break
        if token == ",":
            cuts.append(offset)
    items, previous = [], begin
    for cut in [*cuts, end]:
        items.append(cypher[previous:cut])
        previous = cut + 1
    items[0] = re.sub(r"^\s*DISTINCT\b", "", items[0], flags=re.IGNORECASE)
    names = [_alias(item) for item in items]
    if any(not name or name == "*" for name in names):
        return None
    return names


def rename_columns(rows: list[dict[str, object]], cypher: str) -> tuple[list[str], list[dict]]:
    """The columns of ``cypher`` and ``rows`` keyed by them (by position), when the rows
    have as many columns as the statement names; otherwise the rows' own keys."""
    names = return_columns(cypher)
    if names is None or len(set(names)) != len(names):
        keys = list(rows[0]) if rows else []
        return keys, rows
    if rows and len(rows[0]) != len(names):
        return list(rows[0]), rows
    return names, [dict(zip(names, row.values(), strict=True)) for row in rows]

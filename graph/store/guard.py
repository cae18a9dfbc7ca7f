"""A token-level check that an ad-hoc query only reads.

Both stores also run read queries in a read-only transaction, which is the real barrier
for data writes.  This check exists for what a read-only transaction does not stop:
LadybugDB runs ``COPY ... TO 'file'``, ``LOAD FROM 'file'``, ``INSTALL`` and ``ATTACH``
inside one, and a second statement after ``;`` (e.g. ``COMMIT; CREATE ...``) would escape
the transaction.  Keywords are looked for outside string literals, backtick names and
comments, and not after a ``.`` (so a property called ``n.set`` is fine).
"""

from __future__ import annotations

import re

__all__ = ["WRITE_KEYWORDS", "check_read_only", "statement_tokens"]

WRITE_KEYWORDS = frozenset({
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "FOREACH",
    "COPY", "LOAD", "INSTALL", "ATTACH", "USE", "EXPORT", "IMPORT", "CHECKPOINT",
    "BEGIN", "COMMIT", "ROLLBACK", "GRANT", "DENY", "REVOKE",
})

_TOKEN = re.compile(
    r"""
    (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<quoted>`(?:[^`]|``)*`)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<word>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<semicolon>;)
  | (?P<dot>\.)
  | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)


def statement_tokens(cypher: str) -> list[tuple[str, str]]:
    """``(kind, text)`` tokens of a query, comments dropped (kinds as in ``_TOKEN``)."""
    return [(m.lastgroup or "other", m.group()) for m in _TOKEN.finditer(cypher)
            if m.lastgroup != "comment"]


def check_read_only(cypher: str) -> str | None:
    """The reason ``cypher`` is not a single read-only statement, or ``None`` if it is."""
    tokens = statement_tokens(cypher)
    for index, (kind, text) in enumerate(tokens):
        if kind == "semicolon" and any(k != "semicolon" for k, _ in tokens[index + 1:]):
            return "only one statement per query"
        if kind != "word" or text.upper() not in WRITE_KEYWORDS:
            continue
        if index and tokens[index - 1][0] == "dot":
            continue
        return (f"{text.upper()} is not allowed in a read-only query "
                "(allow writes with --write on the CLI, write=True in Python)")
    return None

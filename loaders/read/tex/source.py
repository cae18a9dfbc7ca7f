"""LaTeX source preparation: comments out, ``\\input`` files in, user macros expanded.

Résumé authors lean on their own shorthands (``\\newcommand{\\job}[3]{...}``) and split long
CVs into files; the renderer only sees the result.  Everything here is bounded: inputs
are followed only inside the résumé's own folder and to a fixed depth, and macro expansion
stops after a fixed number of passes or once the text has grown too large, so a
self-referential ``\\def`` cannot hang or exhaust memory.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pylatexenc.latexwalker import (
    LatexGroupNode,
    LatexMacroNode,
    LatexNode,
)

from ..text import decode_text
from .inline import node_args, parse, walker_context

__all__ = [
    "MAX_INPUT_DEPTH",
    "MAX_SOURCE_CHARS",
    "MacroDef",
    "collect_macros",
    "expand_macros",
    "inline_inputs",
    "strip_comments",
]

logger = logging.getLogger(__name__)

MAX_INPUT_DEPTH = 4
MAX_SOURCE_CHARS = 2_000_000
MAX_EXPANSION_PASSES = 12

_FULL_LINE_COMMENT = re.compile(r"^[ \t]*(?<!\\)%[^\n]*\n", re.MULTILINE)
_COMMENT = re.compile(r"(^|[^\\])((?:\\\\)*)%[^\n]*", re.MULTILINE)
_INPUT = re.compile(r"\\(?:input|include|subfile)\s*(?:\{([^{}]*)\}|([^\s{}\\%]+))")
_NEWCOMMAND = re.compile(
    r"\\(?:re)?(?:newcommand|providecommand|DeclareRobustCommand)\*?\s*"
    r"(?:\{\s*\\([A-Za-z@]+)\s*\}|\\([A-Za-z@]+))\s*(?:\[\s*(\d)\s*\])?\s*(\[[^\]]*\])?\s*"
)
_DEF = re.compile(r"\\[gex]?def\s*\\([A-Za-z@]+)\s*((?:#\d\s*)*)(?=\{)")
KeepCall = Callable[[str, list[LatexNode | None]], bool]

_LET = re.compile(r"\\let\s*\\([A-Za-z@]+)\s*=?\s*(\\[A-Za-z@]+)")


@dataclass(frozen=True)
class MacroDef:
    """A user macro: its argument count, the default of an optional first one, its body."""

    name: str
    nargs: int
    default: str | None
    body: str

    @property
    def argspec(self) -> str:
        """The pylatexenc argument spec, so calls are parsed with their arguments."""
        if self.nargs == 0:
            return ""
        return ("[" if self.default is not None else "{") + "{" * (self.nargs - 1)


def strip_comments(text: str) -> str:
    """Drop ``%`` comments (not ``\\%``); whole-line comments go with their newline."""
    text = _FULL_LINE_COMMENT.sub("", text)
    return _COMMENT.sub(r"\1\2", text)


def inline_inputs(text: str, folder: Path, warnings: list[str], depth: int = 0) -> str:
    """Replace ``\\input{x}`` / ``\\include{x}`` by the file's text, inside ``folder`` only."""

    def replace(match: re.Match[str]) -> str:
        name = (match.group(1) or match.group(2) or "").strip()
        if depth >= MAX_INPUT_DEPTH:
            warnings.append(f"\\input{{{name}}}: nested too deeply, skipped")
            return ""
        found = _resolve_input(name, folder)
        if found is None:
            warnings.append(f"\\input{{{name}}}: not found next to the résumé, skipped")
            return ""
        try:
            data = found.read_bytes()
            child = strip_comments(decode_text(str(found), data))
        except Exception as err:  # an unreadable input costs its content, not the résumé
            warnings.append(f"\\input{{{name}}}: unreadable ({err}), skipped")
            return ""
        return inline_inputs(child, folder, warnings, depth + 1)

    result = _INPUT.sub(replace, text)
    if len(result) > MAX_SOURCE_CHARS:
        warnings.append("inputs make the source too large; truncated")
        result = result[:MAX_SOURCE_CHARS]
    return result


def _resolve_input(name: str, folder: Path) -> Path | None:
    if not name or Path(name).is_absolute() or ".." in Path(name).parts:
        logger.warning("refusing \\input outside the résumé folder: %r", name)
        return None
    root = folder.resolve()
    for candidate in (name, f"{name}.tex"):
        path = (root / candidate).resolve()
        if path.is_relative_to(root) and path.is_file():
            return path
    return None


def collect_macros(text: str) -> tuple[str, dict[str, MacroDef]]:
    """Find ``\\newcommand`` / ``\\renewcommand`` / ``\\def`` / ``\\let`` definitions.

    Returns the text with the definitions cut out, and the definitions by name (a later
    definition of the same name wins, as in TeX).
    """
    macros: dict[str, MacroDef] = {}
    cuts: list[tuple[int, int]] = []
    for pattern in (_NEWCOMMAND, _DEF):
        for match in pattern.finditer(text):
            body_end, body = _group_at(text, match.end())
            if body_end is None:
                continue
            if pattern is _NEWCOMMAND:
                name = match.group(1) or match.group(2)
                nargs = int(match.group(3) or 0)
                default = match.group(4)[1:-1] if match.group(4) and nargs else None
            else:
                name, nargs, default = match.group(1), match.group(2).count("#"), None
            macros[name] = MacroDef(name, nargs, default, body)
            cuts.append((match.start(), body_end))
    for match in _LET.finditer(text):
        macros[match.group(1)] = MacroDef(match.group(1), 0, None, match.group(2) + " ")
        cuts.append((match.start(), match.end()))
    return _cut(text, cuts), macros


def _group_at(text: str, pos: int) -> tuple[int | None, str]:
    """The braced group starting at ``pos``: its end offset and its inner text.

    Braces are matched by hand rather than with pylatexenc because a definition body may
    hold half an environment (``\\newcommand{\\listStart}{\\begin{itemize}}``), which a
    LaTeX parser would run past looking for the ``\\end``.
    """
    if pos >= len(text) or text[pos] != "{":
        return None, ""
    depth, i = 0, pos
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1, text[pos + 1 : i]
        i += 1
    return None, ""


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out.append(text[last:start])
        last = end
    out.append(text[last:])
    return "".join(out)


def expand_macros(text: str, macros: dict[str, MacroDef], keep: frozenset[str],
                  warnings: list[str], keep_call: KeepCall | None = None) -> str:
    """Expand calls of user macros (except those in ``keep``) until none is left.

    Each pass parses the text with pylatexenc, told the user macros' argument specs, and
    splices each outermost call's body (``#1``..``#9`` filled in) in place of the call.
    ``keep_call(name, args)`` may spare a call: a user's own entry macro
    (``\\job{Acme}{Boston, MA}{Engineer}{2019}``) says more with its arguments apart than
    expanded into formatting.
    """
    active = {name: m for name, m in macros.items() if name not in keep}
    if not active:
        return text
    context = walker_context({name: m.argspec for name, m in active.items()})
    for _ in range(MAX_EXPANSION_PASSES):
        if not _may_call(text, active):
            return text  # what the parse below would find, without parsing the whole text
        calls: list[tuple[int, int, str]] = []
        _find_calls(parse(text, context), active, calls, keep_call)
        calls.sort()
        if not calls:
            return text
        pieces, last = [], 0
        for start, end, replacement in calls:
            pieces += [text[last:start], replacement]
            last = end
        pieces.append(text[last:])
        text = "".join(pieces)
        if len(text) > MAX_SOURCE_CHARS:
            warnings.append("macro expansion grew too large; stopped")
            return text[:MAX_SOURCE_CHARS]
    warnings.append("macros still unexpanded after many passes (recursive definition?)")
    return text


def _may_call(text: str, macros: dict[str, MacroDef]) -> bool:
    """Whether the text may call one of the macros: a call of ``\\name`` needs that string.
    Without any, the pass that would parse the text to find none is skipped (it was one full
    parse per résumé, after the last expansion)."""
    return any("\\" + name in text for name in macros)


def _find_calls(nodes: list[LatexNode | None], macros: dict[str, MacroDef],
                calls: list[tuple[int, int, str]], keep_call: KeepCall | None) -> None:
    for node in nodes:
        if node is None:
            continue
        if (isinstance(node, LatexMacroNode) and node.macroname in macros
                and not (keep_call and keep_call(node.macroname, node_args(node)))):
            end = node.pos + node.len
            calls.append((node.pos, end, _substitute(macros[node.macroname], node)))
            continue
        children = [*node_args(node), *(getattr(node, "nodelist", None) or [])]
        _find_calls(children, macros, calls, keep_call)


def _substitute(macro: MacroDef, node: LatexMacroNode) -> str:
    args = node_args(node)
    values = []
    for i in range(macro.nargs):
        arg = args[i] if i < len(args) else None
        if arg is None:
            values.append(macro.default if (i == 0 and macro.default is not None) else "")
        elif isinstance(arg, LatexGroupNode):
            values.append("".join(n.latex_verbatim() for n in arg.nodelist))
        else:
            values.append(arg.latex_verbatim())

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else ""

    body = re.sub(r"#(\d)", fill, macro.body)
    # Bodies are spliced ungrouped, as TeX does (after \let\iam\textbf, \iam must still
    # take {Me}); a body ending in a control word gets a space so it cannot glue to the text.
    return body + " " if re.search(r"\\[A-Za-z@]+$", body) else body

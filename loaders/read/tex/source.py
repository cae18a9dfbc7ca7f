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
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pylatexenc.latexwalker import (
    LatexGroupNode,
    LatexMacroNode,
    LatexNode,
)

from ...budget import check_deadline
from ..text import decode_text
from .inline import node_args, parse, walker_context

__all__ = [
    "MAX_INPUT_DEPTH",
    "MAX_SOURCE_CHARS",
    "MacroDef",
    "collect_macros",
    "expand_macros",
    "included_files",
    "inline_inputs",
    "resolve_input",
    "strip_comments",
    "strip_primitives",
]

logger = logging.getLogger(__name__)

MAX_INPUT_DEPTH = 4
#: Characters a résumé's source may grow to through inputs and macros: the longest real
#: CV measured has 40 thousand; a macro bomb stops here instead of exhausting memory.
MAX_SOURCE_CHARS = 400_000
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

_NEWENVIRONMENT = re.compile(
    r"\\(?:re)?newenvironment\*?\s*\{[^{}]*\}\s*(?:\[\s*\d\s*\])?\s*(?:\[[^\]]*\])?\s*")
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


# Plain-TeX spacing primitives take an unbraced dimension (``\\moveleft.5\\hoffset``,
# ``\\hrule width\\linewidth height 1pt``) that a LaTeX parser would print as text.
_DIMEN = (r"-?\s*(?:[\d.]+\s*(?:pt|em|ex|in|cm|mm|bp|sp|pc|fil+)?\s*)?"
          r"(?:\\[a-zA-Z@]*(?:width|height|offset|skip|size|sep|indent|length|margin)"
          r"[a-zA-Z@]*(?![a-zA-Z@]))?")
_SPACING_PRIMITIVE = re.compile(
    r"\\(?:moveleft|moveright|raise|lower|kern|hskip|vskip|hoffset|voffset)(?![a-zA-Z@])\s*"
    + _DIMEN + r"(?:\s*(?:plus|minus)\s*" + _DIMEN + r")*")
_RULE_PRIMITIVE = re.compile(
    r"\\[hv]rule(?![a-zA-Z@])(?:\s*(?:width|height|depth)\s*" + _DIMEN + r")*")


def strip_primitives(text: str) -> str:
    """Drop plain-TeX spacing and rule primitives with their unbraced dimensions."""
    return _RULE_PRIMITIVE.sub("", _SPACING_PRIMITIVE.sub("", text))


#: Files ``\\input`` may bring in, by suffix; a name without one is tried with ``.tex``.
INPUT_SUFFIXES = (".tex", ".sty", ".cls", ".bib")
#: Inclusions followed per résumé, and the bytes they may add in all.
MAX_INPUTS = 64
MAX_INPUT_BYTES = 10 * 1024 * 1024


@dataclass
class _Inputs:
    """What one résumé's inclusions have used: files read and bytes added."""

    count: int = 0
    size: int = 0


def inline_inputs(text: str, folder: Path, warnings: list[str], depth: int = 0,
                  _seen: tuple[Path, ...] = (), _used: _Inputs | None = None) -> str:
    """Replace ``\\input{x}`` / ``\\include{x}`` / ``\\subfile{x}`` by the file's text.

    Only regular, non-hidden ``.tex``/``.sty``/``.cls``/``.bib`` files inside the résumé's
    own folder are read (resolved, so no ``..`` or symlink leaves it; no FIFOs or devices),
    at most :data:`MAX_INPUTS` of them and :data:`MAX_INPUT_BYTES` in all, never one that
    includes itself.  Anything else is skipped with a warning saying why."""
    used = _used if _used is not None else _Inputs()

    def replace(match: re.Match[str]) -> str:
        check_deadline()
        name = (match.group(1) or match.group(2) or "").strip()
        if depth >= MAX_INPUT_DEPTH:
            warnings.append(f"\\input{{{name}}}: nested too deeply, skipped")
            return ""
        found, reason = resolve_input(name, folder)
        if found is None:
            warnings.append(f"\\input{{{name}}}: {reason}, skipped")
            return ""
        if found in _seen:
            warnings.append(f"\\input{{{name}}}: includes itself, skipped")
            return ""
        if used.count >= MAX_INPUTS:
            warnings.append(f"\\input{{{name}}}: more than {MAX_INPUTS} inclusions, skipped")
            return ""
        try:
            size = found.stat().st_size
            if used.size + size > MAX_INPUT_BYTES:
                warnings.append(f"\\input{{{name}}}: inclusions over "
                                f"{MAX_INPUT_BYTES // (1024 * 1024)} MB, skipped")
                return ""
            with found.open("rb") as handle:
                data = handle.read(MAX_INPUT_BYTES - used.size + 1)
            used.count += 1
            used.size += len(data)
            child = strip_comments(decode_text(str(found), data))
        except Exception as err:  # an unreadable input costs its content, not the résumé
            warnings.append(f"\\input{{{name}}}: unreadable ({err}), skipped")
            return ""
        return inline_inputs(child, folder, warnings, depth + 1, (*_seen, found), used)

    result = _INPUT.sub(replace, text)
    if len(result) > MAX_SOURCE_CHARS:
        warnings.append("inputs make the source too large; truncated")
        result = result[:MAX_SOURCE_CHARS]
    return result


def resolve_input(name: str, folder: Path) -> tuple[Path | None, str]:
    """The file ``\\input{name}`` names inside ``folder``, or None and why not."""
    if not name or Path(name).is_absolute() or ".." in Path(name).parts:
        return None, "outside the résumé's folder"
    if any(part.startswith(".") for part in Path(name).parts):
        return None, "a hidden file"
    root = folder.resolve()
    # "notes.dat" is looked for as "notes.dat.tex", as TeX does: never read as written
    candidate = name if Path(name).suffix.lower() in INPUT_SUFFIXES else f"{name}.tex"
    try:
        resolved = (root / candidate).resolve()
        mode = resolved.stat().st_mode
    except (OSError, RuntimeError):
        return None, "not found next to the résumé"
    if not resolved.is_relative_to(root):
        return None, "outside the résumé's folder"
    if not stat.S_ISREG(mode):
        return None, "not a regular file"
    return resolved, ""


def included_files(path: Path) -> list[Path]:
    """The files a ``.tex`` résumé's ``\\input``\\ s would bring in (for a batch to know
    that they are parts of this résumé, not résumés of their own)."""
    try:
        with path.open("rb") as handle:
            text = strip_comments(decode_text(str(path), handle.read(MAX_INPUT_BYTES)))
    except Exception:  # an unreadable file includes nothing
        return []
    found = []
    for match in _INPUT.finditer(text):
        resolved, _ = resolve_input((match.group(1) or match.group(2) or "").strip(),
                                    path.parent)
        if resolved is not None:
            found.append(resolved)
    return found


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
    for match in _NEWENVIRONMENT.finditer(text):
        # an environment's definition is cut, not kept: its begin part may open a list
        # that only its end part closes, and a parser would run past it looking for the end
        end, _ = _group_at(text, match.end())
        if end is not None:
            end, _ = _group_at(text, end + len(text[end:]) - len(text[end:].lstrip()))
        if end is not None:
            cuts.append((match.start(), end))
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
    # internal names (\@name) are never found: the parser reads "\@" and then letters, as TeX
    # does outside \makeatletter; looking for them only costs a pass that finds nothing
    active = {name: m for name, m in macros.items() if name not in keep and "@" not in name}
    if not active:
        return text
    context = walker_context({name: m.argspec for name, m in active.items()})
    # a résumé's shorthands lengthen it a few times over at most; a macro bomb multiplies it
    limit = min(MAX_SOURCE_CHARS, max(8 * len(text), 100_000))
    fresh = text  # where a call may still be: at first everywhere, then in what was spliced
    for _ in range(MAX_EXPANSION_PASSES):
        check_deadline()
        if not _may_call(fresh, active):
            # what the parse below would find, without parsing the whole text: a pass
            # expands every call it sees, so a new call can only come from a body spliced in
            # (a call spared by keep_call stays, and is spared again)
            return text
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
        expanded = "".join(pieces)
        if len(expanded) > limit:
            warnings.append("macro expansion grew too large (a macro bomb?); the rest of "
                            "the macros left unexpanded")
            return text
        text, fresh = expanded, "".join(replacement for _, _, replacement in calls)
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

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

from pylatexenc import macrospec
from pylatexenc.latexwalker import LatexNode

from ...budget import check_deadline
from ..text import decode_text
from .inline import DEFAULT_CONTEXT, parse, walker_context

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
# the command name ends where its letters do: \\includegraphics and \\inputencoding are no
# inclusion of a file "graphics[width"
_INPUT = re.compile(
    r"\\(?:input|include|subfile)(?![a-zA-Z@])\s*(?:\{([^{}]*)\}|([^\s{}\\%]+))")
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
    itself = path.resolve()
    for match in _INPUT.finditer(text):
        resolved, _ = resolve_input((match.group(1) or match.group(2) or "").strip(),
                                    path.parent)
        if resolved is not None and resolved != itself:  # \input{self} is skipped in reading
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

    Each pass finds the outermost calls in the text (:func:`_find_calls`, which reads their
    arguments as pylatexenc would) and splices each call's body (``#1``..``#9`` filled in)
    in place of the call.  ``keep_call(name, args)`` may spare a call: a user's own entry
    macro (``\\job{Acme}{Boston, MA}{Engineer}{2019}``) says more with its arguments apart
    than expanded into formatting.
    """
    # internal names (\@name) are never found: the parser reads "\@" and then letters, as TeX
    # does outside \makeatletter; looking for them only costs a pass that finds nothing
    active = {name: m for name, m in macros.items() if name not in keep and "@" not in name}
    if not active:
        return text
    finder = _call_finder(active)
    # a résumé's shorthands lengthen it a few times over at most; a macro bomb multiplies it
    limit = min(MAX_SOURCE_CHARS, max(8 * len(text), 100_000))
    fresh = text  # where a call may still be: at first everywhere, then in what was spliced
    spare = _Spare(keep_call, active) if keep_call else None
    for _ in range(MAX_EXPANSION_PASSES):
        check_deadline()
        if not _may_call(fresh, active):
            # a pass expands every call it sees, so a new call can only come from a body
            # spliced in (a call spared by keep_call stays, and is spared again)
            return text
        calls = _find_calls(text, finder, active, spare)
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
    Without any, the pass that would scan the text to find none is skipped."""
    return any("\\" + name in text for name in macros)


# Calls are found and read on the text, not on a pylatexenc parse of it: a full parse per
# pass was two fifths of the reader's time, for the few dozen calls a résumé makes.  What
# the scan must step over as pylatexenc does: an escaped backslash (``\\job`` is a line
# break, then "job"), and verbatim text (``\verb|\job|``, the verbatim environment; one
# never closed is read as ordinary text, as pylatexenc recovers from it).
_SKIPPED = (r"\\\\|\\verb\s*(?P<delim>\S).*?(?P=delim)|"
            r"\\begin\s*\{verbatim\}.*?\\end\{verbatim\}")


def _call_finder(macros: dict[str, MacroDef]) -> re.Pattern[str]:
    names = "|".join(re.escape(name) for name in sorted(macros, key=len, reverse=True))
    return re.compile(_SKIPPED + rf"|\\(?P<name>{names})(?![^\W\d_])", re.DOTALL)


class _Spare:
    """``keep_call`` asked with the arguments parsed (by pylatexenc, told the user macros'
    argument specs, so a call inside an argument is read as in the whole text)."""

    def __init__(self, keep_call: KeepCall, macros: dict[str, MacroDef]) -> None:
        self.keep_call, self.macros = keep_call, macros
        self.context: macrospec.LatexContextDb | None = None

    def __call__(self, name: str, args: list[str | None]) -> bool:
        if self.context is None:
            self.context = walker_context({n: m.argspec for n, m in self.macros.items()})
        nodes: list[LatexNode | None] = []
        for arg in args:
            parsed = parse("{" + arg + "}", self.context) if arg is not None else []
            nodes.append(parsed[0] if parsed else None)
        return self.keep_call(name, nodes)


def _find_calls(text: str, finder: re.Pattern[str], macros: dict[str, MacroDef],
                spare: _Spare | None) -> list[tuple[int, int, str]]:
    """The outermost calls of the macros, in order: start, end and what replaces them.  A
    call inside another's argument is left for the next pass, which finds it in the
    body spliced in."""
    calls: list[tuple[int, int, str]] = []
    pos = 0
    while (match := finder.search(text, pos)) is not None:
        name = match.group("name")
        pos = match.end()
        if name is None or (pos < len(text) and text[pos].isalpha()):
            continue  # skipped text, or a longer name (\jobs is not \job)
        macro = macros[name]
        end, args = _read_args(text, _after_space(text, pos), macro)
        if spare is not None and spare(name, args):
            continue  # spared, arguments included: a call inside them stays too
        calls.append((match.start(), end, _substitute(macro, args)))
        pos = end
    return calls


def _after_space(text: str, pos: int) -> int:
    """Past the spaces after a control word, as pylatexenc reads them: up to, not into, a
    blank line (two newlines in a row)."""
    start = pos
    while pos < len(text) and text[pos].isspace():
        if text[pos] == "\n" and pos > start and text[pos - 1] == "\n":
            return pos - 1
        pos += 1
    return pos


def _read_args(text: str, pos: int, macro: MacroDef) -> tuple[int, list[str | None]]:
    """The call's end and its arguments read after ``pos`` as pylatexenc reads them (None
    for an absent optional one, a group's content without its braces).  A mandatory
    argument is a braced group or else a single token (``\\job x`` takes ``x``); an
    optional one is a ``[...]`` group, if there is one.  A mandatory argument cut off by
    the end of the text leaves the call with none (pylatexenc's recovery)."""
    args: list[str | None] = []
    first = pos
    for kind in macro.argspec:
        start, blank_line = _skip_space(text, pos)
        if kind == "[":
            if blank_line or start >= len(text) or text[start] != "[":
                args.append(None)
                continue
            pos, value = _group(text, start)
            args.append(value)
            continue
        if blank_line:
            args.append("\n\n")
            pos = start
            continue
        if start >= len(text) or text[start:] == "\\":
            return first, []
        if text[start] == "{":
            end, value = _group(text, start)
            args.append(value)
        else:
            end = _token(text, start)
            args.append(text[start:end])
        pos = end
    return pos, args


def _skip_space(text: str, pos: int) -> tuple[int, bool]:
    """Past the spaces before an argument; at a blank line, the position past it and True
    (pylatexenc reads the paragraph break as the argument then)."""
    start = pos
    while pos < len(text) and text[pos].isspace():
        pos += 1
        if text[pos - 1] == "\n" and pos - 2 >= start and text[pos - 2] == "\n":
            return pos, True
    return pos, False


_BRACES = re.compile(r"\\.|[{}]", re.DOTALL)
_BRACKETS = re.compile(r"\\.|[{}\[\]]", re.DOTALL)


def _group(text: str, pos: int) -> tuple[int, str]:
    """The ``{...}`` or ``[...]`` group opened at ``pos``: its end (past the closing
    delimiter) and its content.  Braces nest inside brackets, not the other way round; a
    stray ``}`` directly inside the brackets is dropped, and an unclosed group runs to the
    end of the text, as pylatexenc reads them."""
    braces = brackets = 0
    strays: list[int] = []
    for match in (_BRACKETS if text[pos] == "[" else _BRACES).finditer(text, pos):
        ch = match.group()
        if ch == "{":
            braces += 1
        elif ch == "}":
            if not braces and brackets:
                if brackets == 1:  # one deeper, it stays inside the inner group's text
                    strays.append(match.start())
                continue
            braces -= 1
            if not braces and not brackets:
                return match.end(), text[pos + 1 : match.start()]
        elif not braces and ch in "[]":
            brackets += 1 if ch == "[" else -1
            if not brackets:
                return match.end(), _without(text, pos + 1, match.start(), strays)
    return len(text), _without(text, pos + 1, len(text), strays)


def _without(text: str, start: int, end: int, cuts: list[int]) -> str:
    """``text[start:end]`` less the characters at ``cuts``."""
    pieces, last = [], start
    for cut in cuts:
        pieces.append(text[last:cut])
        last = cut + 1
    return "".join([*pieces, text[last:end]])


def _token(text: str, pos: int) -> int:
    """The end of the single unbraced argument token at ``pos``: a control sequence, a
    special (``~``, ``--``) or one character."""
    ch = text[pos]
    if ch == "}":
        return pos  # a missing argument: empty, the brace left to its group
    if ch == "\\":
        if not text[pos + 1].isalpha():
            return pos + 2
        end = pos + 2
        while end < len(text) and text[end].isalpha():
            end += 1
        if text[pos + 1 : end] == "end":
            return pos  # \end closes an environment, never an argument
        return _after_space(text, end)
    if text.startswith("$$", pos):
        return pos + 2
    special = DEFAULT_CONTEXT.test_for_specials(text, pos)
    return pos + len(special.specials_chars) if special is not None else pos + 1



def _substitute(macro: MacroDef, args: list[str | None]) -> str:
    values = []
    for i in range(macro.nargs):
        arg = args[i] if i < len(args) else None
        if arg is None:
            values.append(macro.default if (i == 0 and macro.default is not None) else "")
        else:
            values.append(arg)

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else ""

    body = re.sub(r"#(\d)", fill, macro.body)
    # Bodies are spliced ungrouped, as TeX does (after \let\iam\textbf, \iam must still
    # take {Me}); a body ending in a control word gets a space so it cannot glue to the text.
    return body + " " if re.search(r"\\[A-Za-z@]+$", body) else body

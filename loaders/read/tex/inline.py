"""LaTeX inline text to plain text (or light Markdown), on top of pylatexenc.

pylatexenc already knows accents, escapes, dashes and quotes; this module adds what a résumé
needs on top: ``\\href`` kept as ``[text](url)``, bold kept as ``**bold**`` where the
Markdown shapes want it, line breaks (``\\\\``) and ``\\hfill`` column gaps kept as markers
so the block renderer can split lines and fields, and font and spacing commands dropped.
"""

from __future__ import annotations

import datetime
import logging
import re
from collections.abc import Iterable, Sequence

from pylatexenc import latex2text, latexwalker, macrospec
from pylatexenc.latexwalker import (
    LatexCharsNode,
    LatexGroupNode,
    LatexMacroNode,
    LatexNode,
    LatexToken,
)

__all__ = [
    "BOLD_OFF",
    "BOLD_ON",
    "BOX_MACROS",
    "COLUMN",
    "DEFAULT_CONTEXT",
    "LINE",
    "clean_text",
    "index_specials",
    "node_args",
    "parse",
    "render_lines",
    "render_text",
    "walker_context",
]

logger = logging.getLogger(__name__)

LINE = "\x1e"
COLUMN = "\x1f"
BOLD_ON = "\x02"
BOLD_OFF = "\x03"

_DROPPED = (
    "vspace", "hspace", "smallskip", "medskip", "bigskip", "noindent", "centering", "raggedright",
    "raggedleft", "newpage", "pagebreak", "clearpage", "linebreak", "nopagebreak", "maketitle",
    "makecvtitle", "makecvheader", "makecvfooter", "pagestyle", "thispagestyle", "setlength",
    "addtolength", "setcounter", "definecolor", "colorlet", "hrule", "titlerule", "rule",
    "fontsize", "selectfont", "usepackage", "documentclass", "RequirePackage", "geometry",
    "hypersetup", "pdfgentounicode", "input", "include", "tiny", "scriptsize", "footnotesize",
    "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge", "bfseries", "bf", "itshape",
    "it", "scshape", "sc", "rmfamily", "sffamily", "ttfamily", "mdseries", "upshape", "normalfont",
    "em", "color", "faIcon", "faicon", "faEnvelope", "faPhone", "faMobile", "faLinkedin",
    "faGithub", "faGlobe", "faMapMarker", "phantom", "vfill", "label", "addvspace",
    "enlargethispage", "today", "strut", "null", "relax", "protect", "leavevmode",
    "makecvheader", "makecvfooter", "moderncvstyle", "moderncvcolor", "moderncvtheme", "setbool",
    "photo", "thepage", "includegraphics", "faFile", "faCircle", "faAt", "faCar",
    "faHome", "faCalendar", "faMapMarkerAlt", "faEnvelopeO", "faLinkedinSquare", "faGitlab",
    "pdfbookmark", "printbibliography", "nocite", "noindent",
)
_SPACES = ("quad", "qquad", "enskip", "enspace", "thinspace", "negthinspace")

# Argument specs pylatexenc does not know, so that their arguments are consumed as such.
_MACRO_ARGS = {
    "href": "{{", "textsuperscript": "{", "textsubscript": "{", "fontsize": "{{",
    "titlerule": "*[", "rule": "[{{", "definecolor": "{{{", "colorlet": "{{",
    "setcounter": "{{", "addtolength": "{{", "hypersetup": "{", "geometry": "{",
    "faIcon": "[{", "faicon": "{", "phantom": "{", "enlargethispage": "*{",
    "addvspace": "{", "bibitem": "[{", "apo": "",
    "newline": "", "linebreak": "[", "titleformat": "*{[{{{[", "titlespacing": "*{{{{",
    "makecvheader": "[", "makecvfooter": "{{{", "moderncvstyle": "{", "moderncvcolor": "{",
    "moderncvtheme": "[{", "setbool": "{{", "photo": "[[{", "quote": "{",
    "includegraphics": "*[[{", "hypertarget": "{{", "hyperlink": "{{", "pdfbookmark": "[{{",
    "printbibliography": "[", "nocite": "{", "smartdiagram": "[{",
}
#: Boxes: their argument spec and which argument holds the text (the others are sizes and
#: positions, ``\\parbox[t]{0.85\\textwidth}{...}``, never résumé words).
BOX_MACROS: dict[str, tuple[str, int]] = {
    "parbox": ("[[[{{", 4), "makebox": ("[[{", 2), "framebox": ("[[{", 2), "mbox": ("{", 0),
    "fbox": ("{", 0), "raisebox": ("{[[{", 3), "scalebox": ("{[{", 2),
    "resizebox": ("*{{{", 3),
}
_ENVIRONMENT_ARGS = {
    "thebibliography": "{", "tabular*": "{[{", "tabularx": "{[{", "tabulary": "{[{",
    "minipage": "[[[{", "multicols": "{", "multicols*": "{", "longtable": "[{",
    "itemize": "[", "enumerate": "[", "description": "[", "compactitem": "[",
    "compactenum": "[", "etaremune": "[", "cvitems": "", "adjustwidth": "{{",
    "paracol": "{", "CSLReferences": "{{", "tblr": "[{", "xltabular": "{[{",
    "supertabular": "{",
}


def walker_context(extra: dict[str, str] | None = None) -> macrospec.LatexContextDb:
    """pylatexenc's default parsing context plus résumé macros (and ``extra`` user macros)."""
    db = latexwalker.get_default_latex_context_db()
    specs = {**_MACRO_ARGS, **{name: spec for name, (spec, _) in BOX_MACROS.items()},
             **(extra or {})}
    db.add_context_category(
        "talentgraph",
        prepend=True,
        macros=[macrospec.MacroSpec(name, args) for name, args in specs.items()],
        environments=[macrospec.EnvironmentSpec(n, a) for n, a in _ENVIRONMENT_ARGS.items()],
    )
    return index_specials(db)


def index_specials(db: macrospec.LatexContextDb) -> macrospec.LatexContextDb:
    """``db`` with a faster look-up of specials (``~``, ``--``, ``&``...), for this
    context object only.

    pylatexenc asks its context at every character whether a special starts there and
    answers by trying every special of every category in turn: a fifth of the LaTeX
    reader's time.  This index by first character gives the same answer (the longest
    match; of equal ones, the earliest category's) in one dictionary look-up."""
    index: dict[str, list[tuple[str, macrospec.SpecialsSpec]]] = {}
    for category in db.category_list:
        for chars, spec in db.d[category]["specials"].items():
            index.setdefault(chars[0], []).append((chars, spec))
    for candidates in index.values():
        candidates.sort(key=lambda pair: -len(pair[0]))  # stable: category order kept

    def test_for_specials(s: str, pos: int, parsing_state: object = None
                          ) -> macrospec.SpecialsSpec | None:
        for chars, spec in index.get(s[pos:pos + 1], ()):
            if s.startswith(chars, pos):
                return spec
        return None

    db.test_for_specials = test_for_specials  # type: ignore[method-assign]
    return db


def parse(text: str, context: macrospec.LatexContextDb | None = None) -> list[LatexNode]:
    """Parse LaTeX tolerantly; pylatexenc recovers from unbalanced braces and the like."""
    walker = _Walker(text, latex_context=context or DEFAULT_CONTEXT, tolerant_parsing=True)
    nodes, _, _ = walker.get_latex_nodes()
    return [n for n in nodes if n is not None]


class _Walker(latexwalker.LatexWalker):
    """pylatexenc's walker with a faster reading of the commonest tokens.

    pylatexenc reads text one character a token, each asked whether it opens a macro, a
    brace, math or a special, each made a token object and appended to the pending
    characters: half of the LaTeX reader's time went there.  A run of characters none of
    which can open anything (words and the single spaces between them) gives the same
    characters node read as one 'char' token, which pylatexenc's tokens allow (its
    paragraph-break token is two characters long).  Only the reading of a node list asks
    for runs: an argument reads a single character (``\\job x`` takes ``x``), an
    optional argument looks for ``[`` and ``]``.  Control words and braces are read by one
    regular expression into the very tokens pylatexenc makes; anything else (``\\begin``,
    math, specials, a blank line) goes to pylatexenc's own reading."""

    def __init__(self, text: str, *, latex_context: macrospec.LatexContextDb,
                 tolerant_parsing: bool) -> None:
        super().__init__(text, latex_context=latex_context, tolerant_parsing=tolerant_parsing)
        self._token = _token_pattern(latex_context)

    def get_token(self, pos: int, *args: object, **kwargs: object) -> LatexToken:
        match = self._token.match(self.s, pos)
        space = match.group("space")
        if "\n\n" not in space and not args:
            if match.group("brace"):
                return LatexToken(tok="brace_open" if match.group("brace") == "{"
                                  else "brace_close", arg=match.group("brace"),
                                  pos=match.start("brace"), len=1, pre_space=space)
            name = match.group("name")
            if name and name not in ("begin", "end"):
                post = match.group("post")
                post = post[: post.index("\n\n")] if "\n\n" in post else post
                return LatexToken(tok="macro", arg=name, pos=match.start("name") - 1,
                                  len=len(name) + 1 + len(post), pre_space=space,
                                  post_space=post)
            # a node list's reading passes include_brace_chars=None; every other caller
            # (arguments, optional arguments, a group's opening brace) passes another
            # value or none at all
            if (match.group("run") and "include_brace_chars" in kwargs
                    and kwargs["include_brace_chars"] is None):
                return LatexToken(tok="char", arg=match.group("run"), pos=match.start("run"),
                                  len=len(match.group("run")), pre_space=space)
        return super().get_token(pos, *args, **kwargs)


def _token_pattern(context: macrospec.LatexContextDb) -> re.Pattern[str]:
    """Spaces, then a brace, a control word of ASCII letters (pylatexenc's letters are
    Unicode ones: a name running on into other letters is left to it) with the spaces after
    it, or a run of words with single spaces between them, of characters that open no
    macro, group, comment, math or special of ``context``."""
    firsts = {chars[0] for category in context.category_list
              for chars in context.d[category]["specials"]}
    stop = re.escape("".join(sorted(firsts | set("\\{}%$"))))
    word = rf"[^\s{stop}]+"
    if stop not in _RUNS:
        _RUNS[stop] = re.compile(
            rf"(?P<space>\s*)(?:(?P<brace>[{{}}])|\\(?P<name>[a-zA-Z]++)(?![^\x00-\x7f])"
            rf"(?P<post>\s*)|(?P<run>{word}(?:[^\S\n]+{word})*))?")
    return _RUNS[stop]


_RUNS: dict[str, re.Pattern[str]] = {}


def node_args(node: LatexNode) -> list[LatexNode | None]:
    """The parsed arguments of a macro or environment node (None for an absent optional)."""
    argd = getattr(node, "nodeargd", None)
    return list(argd.argnlist) if argd is not None and argd.argnlist else []


def _href(node: LatexMacroNode, l2tobj: latex2text.LatexNodes2Text) -> str:
    args = node_args(node)
    url = _verbatim_arg(args[0]) if args and args[0] is not None else ""
    text = l2tobj.nodelist_to_text([args[1]]) if len(args) > 1 and args[1] is not None else ""
    text = text.replace(BOLD_ON, "").replace(BOLD_OFF, "").strip()
    if url.lower().startswith("mailto:"):
        return text or url[7:]
    return f"[{text}]({url})" if text and text != url else url


def _url(node: LatexMacroNode, l2tobj: latex2text.LatexNodes2Text) -> str:
    args = node_args(node)
    return _verbatim_arg(args[0]) if args and args[0] is not None else ""


def _verbatim_arg(node: LatexNode) -> str:
    if isinstance(node, LatexGroupNode):
        return "".join(n.latex_verbatim() for n in node.nodelist).strip()
    return node.latex_verbatim().strip()


def _text_context() -> latex2text.latex2text.LatexContextDb:
    db = latex2text.get_default_latex_context_db()
    macros = [latex2text.MacroTextSpec(name, discard=True) for name in _DROPPED]
    macros += [latex2text.MacroTextSpec(name, simplify_repl=" ") for name in _SPACES]
    macros += [
        latex2text.MacroTextSpec("href", simplify_repl=_href),
        latex2text.MacroTextSpec("url", simplify_repl=_url),
        latex2text.MacroTextSpec("textbf", simplify_repl=BOLD_ON + "%s" + BOLD_OFF),
        latex2text.MacroTextSpec("textsuperscript", simplify_repl="%s"),
        latex2text.MacroTextSpec("textsubscript", simplify_repl="%s"),
        latex2text.MacroTextSpec("\\", simplify_repl=LINE),
        latex2text.MacroTextSpec("newline", simplify_repl=LINE),
        latex2text.MacroTextSpec("par", simplify_repl=LINE),
        latex2text.MacroTextSpec("hfill", simplify_repl=COLUMN),
        latex2text.MacroTextSpec("hfil", simplify_repl=COLUMN),
        latex2text.MacroTextSpec("apo", simplify_repl="'"),
        latex2text.MacroTextSpec("LaTeX", simplify_repl="LaTeX"),
        latex2text.MacroTextSpec("TeX", simplify_repl="TeX"),
        latex2text.MacroTextSpec("textbullet", simplify_repl="•"),
        latex2text.MacroTextSpec("cdotp", simplify_repl="·"),
        latex2text.MacroTextSpec("textperiodcentered", simplify_repl="·"),
        latex2text.MacroTextSpec("textbar", simplify_repl="|"),
        latex2text.MacroTextSpec("bibitem", discard=True),
        latex2text.MacroTextSpec("hypertarget", simplify_repl="%(2)s"),
        latex2text.MacroTextSpec("smartdiagram", simplify_repl="%(2)s"),
        latex2text.MacroTextSpec("hyperlink", simplify_repl="%(2)s"),
    ]
    macros += [latex2text.MacroTextSpec(name, simplify_repl=f"%({index + 1})s")
               for name, (_, index) in BOX_MACROS.items()]
    db.add_context_category(
        "talentgraph",
        prepend=True,
        macros=macros,
        specials=[latex2text.SpecialsTextSpec("&", simplify_repl=COLUMN)],
    )
    return db


class _ToText(latex2text.LatexNodes2Text):
    """LatexNodes2Text that keeps inter-word spaces and reads ``{\\bf ...}`` groups as bold."""

    def chars_node_to_text(self, node: LatexCharsNode, textcol: int = 0) -> str:
        return node.chars if node.chars.strip() else " "

    def group_node_to_text(self, node: LatexGroupNode) -> str:
        text = super().group_node_to_text(node)
        first = next((n for n in node.nodelist if not _blank(n)), None)
        if isinstance(first, LatexMacroNode) and first.macroname in ("bf", "bfseries"):
            return BOLD_ON + text + BOLD_OFF
        return text

    def macro_node_to_text(self, node: LatexMacroNode) -> str:
        if self.latex_context.get_macro_spec(node.macroname) is not None:
            return super().macro_node_to_text(node)
        # pylatexenc drops every argument of a macro it has no text rule for (\texttt,
        # \mbox...); a résumé's words are worth more than its fonts, so keep the braced ones.
        groups = [a for a in node_args(node)
                  if isinstance(a, LatexGroupNode) and a.delimiters[0] == "{"]
        return " ".join(self._groupnodecontents_to_text(g) for g in groups)

    def math_node_to_text(self, node: LatexNode) -> str:
        return super().math_node_to_text(node).replace("∙", "•")


_CONVERTER = _ToText(latex_context=_text_context(), math_mode="text")
_YEAR_APOSTROPHE = re.compile(r"(?<![\w'’])['’](\d{2})(?!\d)")


def _blank(node: LatexNode) -> bool:
    return isinstance(node, LatexCharsNode) and not node.chars.strip()


def render_text(nodes: Iterable[LatexNode | None]) -> str:
    """Raw converted text with the LINE / COLUMN / BOLD markers still in it."""
    try:
        return _CONVERTER.nodelist_to_text([n for n in nodes if n is not None])
    except Exception:
        # pylatexenc's text specs index arguments that a malformed call may lack.
        logger.debug("pylatexenc could not convert a fragment", exc_info=True)
        return " ".join(n.latex_verbatim() for n in nodes if n is not None)


def render_lines(nodes: Sequence[LatexNode | None], *, bold: bool = True) -> list[str]:
    """Nodes to cleaned, non-empty lines (split at ``\\\\``); bold kept as ``**`` if asked."""
    return [line for line in clean_text(render_text(nodes), bold=bold).split("\n") if line]


def clean_text(text: str, *, bold: bool = True, columns: bool = False) -> str:
    """Resolve the markers, tidy spaces, and write ``'17``-style years in full.  Column gaps
    (``&``, ``\\hfill``) become `` | ``, or stay :data:`COLUMN` markers with ``columns``."""
    text = text.replace("\xa0", " ").replace("^{*}", "*").replace("^*", "*")
    text = re.sub(r"\s*\n\s*\n\s*", LINE, text).replace("\n", " ")
    text = _bold_markdown(text) if bold else text.replace(BOLD_ON, "").replace(BOLD_OFF, "")
    lines = []
    for line in text.split(LINE):
        cells = [" ".join(cell.split()) for cell in line.split(COLUMN)]
        line = (COLUMN if columns else " | ").join(cell for cell in cells if cell)
        line = re.sub(r"\s+([,.;:])(?=\s|$)", r"\1", line)
        lines.append(_YEAR_APOSTROPHE.sub(_full_year, line))
    return "\n".join(lines)


def _bold_markdown(text: str) -> str:
    """Markers to ``**``, nested bold flattened and spaces kept outside the stars."""
    out, depth, span = [], 0, []
    for ch in text:
        if ch == BOLD_ON:
            depth += 1
        elif ch == BOLD_OFF:
            depth = max(depth - 1, 0)
            if depth == 0:
                out.append(_stars("".join(span)))
                span = []
        elif depth:
            span.append(ch)
        else:
            out.append(ch)
    out.append(_stars("".join(span)))
    return "".join(out).replace("****", "")


def _stars(span: str) -> str:
    parts = span.split(LINE)
    marked = []
    for part in parts:
        core = part.strip()
        lead, trail = part[: len(part) - len(part.lstrip())], part[len(part.rstrip()) :]
        marked.append(f"{lead}**{core}**{trail}" if core.strip(COLUMN + " ") else part)
    return LINE.join(marked)


def _full_year(match: re.Match[str]) -> str:
    short = int(match.group(1))
    this_year = datetime.date.today().year % 100
    return f"{2000 + short if short <= this_year + 1 else 1900 + short}"


#: The context of a parse told of no user macro, built once (pylatexenc's default database
#: is copied and indexed at each :func:`walker_context` call).
DEFAULT_CONTEXT = walker_context()

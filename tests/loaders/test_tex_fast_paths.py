"""The LaTeX reader's speed-ups (issue 16) give what pylatexenc's own reading gives.

Two shortcuts replace full pylatexenc work: user macro calls are found and read on the text
(:func:`expand_macros`), and the walker reads words, control words and braces as whole
tokens (``inline._Walker``).  Each is checked here against the slow way it replaces, on
hand-written LaTeX full of the cases that decide a reading: spaces and blank lines after a
macro, unbraced and missing arguments, optional arguments with brackets inside braces,
escaped backslashes, verbatim text, names that run on into longer ones.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pylatexenc import latexwalker
from pylatexenc.latexwalker import LatexGroupNode, LatexMacroNode, LatexNode

from talentgraph.loaders.read.tex.inline import node_args, parse, walker_context
from talentgraph.loaders.read.tex.source import (
    MacroDef,
    collect_macros,
    expand_macros,
    included_files,
)

_DEFINITIONS = (
    "\\newcommand{\\job}[3]{<#1|#2|#3>}\n"
    "\\newcommand{\\x}[1]{X#1X}\n"
    "\\def\\y#1#2{Y#2#1}\n"
    "\\newcommand{\\z}{ZZ}\n"
    "\\newcommand{\\opt}[2][none]{O#1/#2}\n"
    "\\newcommand\\zero{\\x}\n"
)

_TRICKY_BODY = (
    "\\job{Engineer}{Acme}{2019--2021} and \\job {a}\n{b}  {c}\n"
    "\\x\n\nparagraph \\x y \\x\\textbf{bold} \\x~ \\x--\n"
    "\\opt[a{]}b]{c} \\opt{c} \\opt\n\n{d} \\opt [x [y] z]{w}\n"
    "\\\\x stays, \\\\\\x{goes} \\xs stays \\zero{} \\zero\\z\n"
    "\\verb|\\x{kept}| \\begin{verbatim}\\x{kept}\\end{verbatim} \\x{\\begin{itemize}"
    "\\item \\z\\end{itemize}}\n"
    "\\y{\\x{nested}}{\\job{1}{2}{3}} \\x\\}\\x\\end{document} \\job{cut}{off}"
)


def _reference_expand(text: str, macros: dict[str, MacroDef]) -> str:
    """The expansion as a full pylatexenc parse per pass finds the calls (the reader's
    way before the text scan)."""
    context = walker_context({name: m.argspec for name, m in macros.items()})
    for _ in range(12):
        calls: list[tuple[int, int, str]] = []
        _reference_calls(latexwalker.LatexWalker(text, latex_context=context,
                                                 tolerant_parsing=True).get_latex_nodes()[0],
                         macros, calls)
        if not calls:
            return text
        out, last = [], 0
        for start, end, body in sorted(calls):
            out += [text[last:start], body]
            last = end
        text = "".join([*out, text[last:]])
    return text


def _reference_calls(nodes: list[LatexNode | None], macros: dict[str, MacroDef],
                     calls: list[tuple[int, int, str]]) -> None:
    for node in nodes:
        if node is None:
            continue
        if isinstance(node, LatexMacroNode) and node.macroname in macros:
            calls.append((node.pos, node.pos + node.len,
                          _reference_substitute(macros[node.macroname], node)))
            continue
        _reference_calls([*node_args(node), *(getattr(node, "nodelist", None) or [])], macros,
                         calls)


def _reference_substitute(macro: MacroDef, node: LatexMacroNode) -> str:
    args = node_args(node)
    values = []
    for i in range(macro.nargs):
        arg = args[i] if i < len(args) else None
        if arg is None:
            values.append(macro.default if i == 0 and macro.default is not None else "")
        elif isinstance(arg, LatexGroupNode):
            values.append("".join(n.latex_verbatim() for n in arg.nodelist))
        else:
            values.append(arg.latex_verbatim())
    body = re.sub(r"#(\d)", lambda m: values[int(m.group(1)) - 1]
                  if int(m.group(1)) <= len(values) else "", macro.body)
    return body + " " if re.search(r"\\[A-Za-z@]+$", body) else body


def test_macro_calls_are_read_as_a_full_parse_reads_them() -> None:
    text, macros = collect_macros(_DEFINITIONS + _TRICKY_BODY)
    expanded = expand_macros(text, macros, frozenset(), [])
    assert expanded == _reference_expand(text, macros)
    assert "<Engineer|Acme|2019--2021>" in expanded
    assert "\\verb|\\x{kept}|" in expanded and "\\\\x stays" in expanded
    assert "Oa{]}b/c" in expanded and "\\xs stays" in expanded


_LEAVES = st.sampled_from([
    "", "word", "two words", " ", "\n", "\n\n", "\n \n", "\t", "~", "--", "``", "é", "&",
    "#1", "\\\\", "\\{", "\\item ", "\\z", "\\z ", "\\xs", "\\x y", "\\x\\z",
    "\\verb|\\x|", "\\begin{verbatim}\\x{}\\end{verbatim}"])


def _calls(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Well-formed calls (every argument given) around any text, with spaces and line breaks
    before their arguments: the cases a résumé's macros meet."""
    space = st.sampled_from(["", " ", "\n", "\n\n", "  \n  "])
    return st.one_of(
        st.tuples(inner).map(lambda a: "{" + a[0] + "}"),
        st.tuples(space, inner).map(lambda a: f"\\x{a[0]}{{{a[1]}}}"),
        st.tuples(inner, space, inner).map(lambda a: f"\\y{{{a[0]}}}{a[1]}{{{a[2]}}}"),
        st.tuples(inner, inner, inner).map(lambda a: f"\\job{{{a[0]}}}{{{a[1]}}}{{{a[2]}}}"),
        st.tuples(space, inner, inner).map(lambda a: f"\\opt{a[0]}[{a[1]}]{{{a[2]}}}"),
        st.tuples(space, inner).map(lambda a: f"\\opt{a[0]}{{{a[1]}}}"),
        st.tuples(inner).map(lambda a: f"\\begin{{itemize}}\\item {a[0]}\\end{{itemize}}"),
        st.lists(inner, max_size=4).map("".join),
    )


@settings(max_examples=300, deadline=None)
@given(st.recursive(_LEAVES, _calls, max_leaves=25))
def test_any_nesting_of_calls_expands_as_a_full_parse_expands_it(body: str) -> None:
    text, macros = collect_macros(_DEFINITIONS + body)
    assert expand_macros(text, macros, frozenset(), []) == _reference_expand(text, macros)


_PIECES = ["{", "}", "[", "]", " ", "\n", "\n\n", "\n \n", "\\\\", "\\job", "\\x", "\\y",
           "\\z", "\\opt", "\\zero", "\\xs", "word", "two words", "~", "--", "``", "\\{",
           "\\item ", "é", "\\verb|\\x|", "&", "\t", "#1", "\\end"]


def _tree(nodes: list[LatexNode | None]) -> list[object]:
    out: list[object] = []
    for node in nodes:
        if node is None:
            out.append(None)
            continue
        fields = [type(node).__name__, node.pos, node.len]
        for name in ("chars", "macroname", "environmentname", "specials_chars",
                     "delimiters", "macro_post_space"):
            fields.append(getattr(node, name, None))
        fields.append(_tree(node_args(node)))
        fields.append(_tree(getattr(node, "nodelist", None) or []))
        out.append(fields)
    return out


_RESUME_TEXT = (
    "\\section*{Experience}\n\\cventry{2019--2021}{Engineer}{Acme \\& Co.}{Paris~(FR)}{}{\n"
    "\\begin{itemize}[leftmargin=*]\n  \\item Built   things,\tfast; 50\\% off\n"
    "  \\item[--] ``Quoted'' -- and --- dashes!  \\textbf{Bold}\\hfill \\textit {x}\n"
    "\\end{itemize}}\n\n\n\\café au lait \\\\ next line\\\\[2pt] $a_1 + b^{2}$ \\(x\\)\n"
    "\\begin{tabular}{l|r} A & B \\\\ \\hline C & D \\end{tabular}\n \n"
    "\\href{https://example.org/a_b}{site} \\url{x.org} { \\bf grouped } [not an arg]\n"
    "\\newline\\noindent\n\n\\vspace{3mm} tail \\unknownmacro{a}{b}  \n\n  end")


def test_fast_tokens_parse_exactly_as_pylatexenc_does() -> None:
    context = walker_context()
    slow = latexwalker.LatexWalker(_RESUME_TEXT, latex_context=context,
                                   tolerant_parsing=True).get_latex_nodes()[0]
    assert _tree(parse(_RESUME_TEXT, context)) == _tree([n for n in slow if n is not None])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "\\textbf", "\\begin{itemize}", "\\end{itemize}",
                                 "$", "\\href", "\\cventry", "\\section"]), max_size=30))
def test_any_text_parses_exactly_as_pylatexenc_parses_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    context = walker_context()
    slow = latexwalker.LatexWalker(text, latex_context=context,
                                   tolerant_parsing=True).get_latex_nodes()[0]
    assert _tree(parse(text, context)) == _tree([n for n in slow if n is not None])


def test_a_file_that_inputs_itself_is_not_a_part_of_itself(tmp_path: Path) -> None:
    """A batch skips the files another résumé inputs; a file inputting itself (skipped
    when read) must still be read, and refused or kept on its own merits."""
    (tmp_path / "part.tex").write_text("\\section{Skills} Go\n")
    cv = tmp_path / "cv.tex"
    cv.write_text("\\input{cv}\n\\input{part}\n")
    assert included_files(cv) == [(tmp_path / "part.tex").resolve()]

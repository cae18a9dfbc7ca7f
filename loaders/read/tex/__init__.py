"""LaTeX résumés (Jake's, moderncv, awesome-cv and hand-made ones) as Markdown lines.

The output uses the shapes of the Markdown seed résumés, which the text extractor reads
well: ``# Name``, a contact line joined by `` • ``, ``## Section``, entries as
``**Title | Organization**`` over ``Location | Dates``, ``- bullets``, ``**Category:** a, b``
skill lines, and one ``- `` line per publication.  The pipeline: comments out, ``\\input``
files in (from the résumé's folder only), user macros expanded, preamble read for the owner,
body rendered (:mod:`.tex_blocks`).  A ``.tex`` that is not a résumé is refused.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from pathlib import Path

from pylatexenc.latexwalker import LatexNode

from ...document import Block, Bullet, Document, Entry, Heading, TextLine
from ...errors import InputError
from ...lexicon.dates import find_dates
from ...lexicon.headings import classify as heading_kind_of
from ..text import decode_text, sha256_hex
from .blocks import render_blocks
from .entries import TEMPLATE_MACROS, fields_by_shape
from .header import (
    Header,
    declaration,
    header_from_lines,
    header_from_preamble,
    may_declare,
    merge_headers,
)
from .inline import clean_text, parse, render_text
from .source import (
    MacroDef,
    collect_macros,
    expand_macros,
    inline_inputs,
    strip_comments,
    strip_primitives,
)

__all__ = ["read_tex"]

logger = logging.getLogger(__name__)

_BEGIN = re.compile(r"\\begin\s*\{document\}")
_END = re.compile(r"\\end\s*\{document\}")
_CLASS = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}")
_CV_CLASSES = frozenset({"moderncv", "awesome-cv", "altacv", "res", "resume", "europecv",
                         "curve", "friggeri-cv", "twentysecondcv", "deedy-resume", "cv"})
# Section kinds only a CV has ("Introduction" or "Summary" head papers and reports too).
_CV_KINDS = frozenset({"experience", "education", "skills", "awards", "projects", "patents"})
_CVENTRY_ARGS = {"moderncv": 6, "awesome-cv": 5}


def read_tex(path: str, data: bytes) -> Document:
    """Read a LaTeX résumé into typed blocks."""
    warnings: list[str] = []
    text = strip_comments(decode_text(path, data))
    text = strip_primitives(inline_inputs(text, Path(path).parent, warnings))
    text, macros = collect_macros(text)
    arity = {name: m.nargs for name, m in macros.items() if m.nargs}
    declared = _declared(macros)
    text = expand_macros(text, macros, TEMPLATE_MACROS - set(declared), warnings, _entry_like)
    match = _CLASS.search(text)
    document_class = match.group(1).strip() if match else ""
    preamble, body = _split(text)
    rendered = render_blocks(parse(body), cventry_args=_CVENTRY_ARGS.get(document_class),
                             arity=arity)
    _check_resume(path, rendered.blocks, document_class)
    known = (header_from_preamble(parse(preamble), document_class) if may_declare(preamble)
             else Header())
    known = merge_headers(known, header_from_preamble(rendered.header, document_class))
    if declared:
        values = "".join(f"\\{name}{{{body}}}" for name, body in declared.items())
        known = merge_headers(known, header_from_preamble(parse(values), document_class))
    for warning in warnings:
        logger.info("%s: %s", path, warning)
    blocks = _assemble(known, rendered.blocks)
    return Document(path=path, format="latex", sha256=sha256_hex(data), blocks=blocks,
                    warnings=tuple(warnings))


def _declared(macros: dict[str, MacroDef]) -> dict[str, str]:
    """Declarations made as definitions: a class of one's own often asks for
    ``\\renewcommand{\\firstname}{Jane}`` where moderncv has ``\\firstname{Jane}``.  Their
    values are the owner's name and contacts, and the body's ``\\email`` prints the value."""
    return {name: m.body for name, m in macros.items()
            if not m.nargs and m.body.strip() and "#" not in m.body and declaration(name)}


def _entry_like(name: str, args: list[LatexNode | None]) -> bool:
    """Whether a call of a 3-6 argument user macro reads as an entry by its arguments."""
    if not 3 <= len(args) <= 6 or any(a is None for a in args):
        return False
    texts = [" ".join(clean_text(render_text([a]), bold=False).split()) for a in args]
    return fields_by_shape(texts) is not None


def _split(text: str) -> tuple[str, str]:
    """Preamble and body; a fragment without ``\\begin{document}`` is all body."""
    begin = _BEGIN.search(text)
    if begin is None:
        return "", text
    end = _END.search(text, begin.end())
    return text[: begin.start()], text[begin.end() : end.start() if end else len(text)]


def _check_resume(path: str, blocks: list[Block], document_class: str) -> None:
    if not any(b.text.strip() for b in blocks):
        raise InputError(path, "not a résumé: the document has no text")
    if document_class in _CV_CLASSES or any(isinstance(b, Entry) for b in blocks) or any(
            isinstance(b, Heading) and heading_kind_of(b.text) in _CV_KINDS for b in blocks):
        return
    # a résumé whose headings the parser cannot name still has date ranges (2019 – 2021); an
    # article, a letter or a slide deck hardly ever has (looked for last: the slowest test)
    ranges = sum(1 for b in blocks for span in find_dates(b.text) if span.is_range)
    if ranges < 2:
        raise InputError(path, "not a résumé: no résumé sections (Experience, Education, "
                               "Skills...), no entries and no date ranges")


def _assemble(known: Header, blocks: list[Block]) -> tuple[Block, ...]:
    """Header first, then the body, numbered in reading order; a blank line between blocks
    but none inside a bullet list, as a text résumé would print them."""
    first = next((k for k, b in enumerate(blocks) if isinstance(b, Heading)), len(blocks))
    header = header_from_lines([b.text for b in blocks[:first]], known)
    out: list[Block] = []
    if header.name:
        out.append(Heading(header.name, 0, level=1))
    if header.label:
        out.append(TextLine(header.label, 0))
    if header.contacts:
        out.append(TextLine(" • ".join(dict.fromkeys(header.contacts)), 0))
    out += [TextLine(line, 0) for line in header.rest]
    out += blocks[first:]
    numbered: list[Block] = []
    for k, block in enumerate(out):
        if k and not (isinstance(block, Bullet) and isinstance(out[k - 1], Bullet)):
            numbered.append(TextLine("", len(numbered) + 1))
        numbered.append(dataclasses.replace(block, line=len(numbered) + 1))
    return tuple(numbered)

"""LaTeX résumés (Jake's, moderncv, awesome-cv and hand-made ones) as Markdown lines.

The output uses the shapes of the Markdown seed résumés, which the text extractor reads
well: ``# Name``, a contact line joined by `` • ``, ``## Section``, entries as
``**Title | Organization**`` over ``Location | Dates``, ``- bullets``, ``**Category:** a, b``
skill lines, and one ``- `` line per publication.  The pipeline: comments out, ``\\input``
files in (from the résumé's folder only), user macros expanded, preamble read for the owner,
body rendered (:mod:`.tex_blocks`).  A ``.tex`` that is not a résumé is refused.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from pylatexenc.latexwalker import LatexNode

from ...document import Document
from ...errors import InputError
from ..markdown import text_blocks
from ..text import decode_text, sha256_hex
from .blocks import Block, render_blocks
from .entries import TEMPLATE_MACROS, fields_by_shape
from .header import Header, header_from_lines, header_from_preamble
from .inline import clean_text, parse, render_text
from .source import collect_macros, expand_macros, inline_inputs, strip_comments

__all__ = ["read_tex"]

logger = logging.getLogger(__name__)

_BEGIN = re.compile(r"\\begin\s*\{document\}")
_END = re.compile(r"\\end\s*\{document\}")
_CLASS = re.compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}")
_CV_CLASSES = frozenset({"moderncv", "awesome-cv", "altacv", "res", "resume", "europecv",
                         "curve", "friggeri-cv", "twentysecondcv", "deedy-resume", "cv"})
_CV_SECTIONS = re.compile(
    r"experience|education|employment|skills|projects|publications|awards|honou?rs|"
    r"work history|internships?|teaching|certifications?|leadership|activities|volunteer|"
    r"objective|interests|achievements|qualifications|coursework|positions|patents",
    re.IGNORECASE)
_CVENTRY_ARGS = {"moderncv": 6, "awesome-cv": 5}


def read_tex(path: str, data: bytes) -> Document:
    """Read a LaTeX résumé into Markdown-shaped lines."""
    warnings: list[str] = []
    text = strip_comments(decode_text(path, data))
    text = inline_inputs(text, Path(path).parent, warnings)
    text, macros = collect_macros(text)
    arity = {name: m.nargs for name, m in macros.items() if m.nargs}
    text = expand_macros(text, macros, TEMPLATE_MACROS, warnings, _entry_like)
    match = _CLASS.search(text)
    document_class = match.group(1).strip() if match else ""
    preamble, body = _split(text)
    blocks = render_blocks(parse(body), cventry_args=_CVENTRY_ARGS.get(document_class),
                           arity=arity)
    _check_resume(path, blocks, document_class)
    known = header_from_preamble(parse(preamble), document_class) if preamble else Header()
    for warning in warnings:
        logger.info("%s: %s", path, warning)
    lines = _assemble(known, blocks)
    return Document(path=path, format="latex", sha256=sha256_hex(data),
                    blocks=text_blocks(lines))


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
    entries = sum(1 for b in blocks if b.kind == "entry")
    cv_sections = [b for b in blocks if b.kind == "heading" and _CV_SECTIONS.search(b.text)]
    if not (entries or cv_sections or document_class in _CV_CLASSES):
        raise InputError(path, "not a résumé: no résumé sections (Experience, Education, "
                               "Skills...) and no entries")


def _assemble(known: Header, blocks: list[Block]) -> list[str]:
    """Header first, then the body; blank lines between blocks, none inside a bullet list."""
    first = next((k for k, b in enumerate(blocks) if b.kind == "heading"), len(blocks))
    header = header_from_lines([b.text for b in blocks[:first]], known)
    out: list[Block] = []
    if header.name:
        out.append(Block("heading", f"# {header.name}"))
    if header.label:
        out.append(Block("para", header.label))
    if header.contacts:
        out.append(Block("para", " • ".join(dict.fromkeys(header.contacts))))
    out += [Block("para", line) for line in header.rest]
    out += blocks[first:]
    lines: list[str] = []
    for k, block in enumerate(out):
        if k and not (block.kind == "item" and out[k - 1].kind == "item"):
            lines.append("")
        lines.append(block.text)
    return lines

"""PDF résumés: the text layer, read as a person reads the page.

PDFium (pypdfium2) gives each glyph with its position, size and font; :mod:`.glyphs` keeps
what a person sees, :mod:`.layout` orders it into lines, cells, columns and headings.
PDFium was picked by measurement on real résumés: 11-31 ms per document against 53-233 ms
for pypdf's layout mode and 120-303 ms for pdfplumber, with fonts and glyph boxes the
others give only in part.  Headers and footers repeated on every page are dropped.  A
scanned résumé (images only) has no text layer and is refused with that reason.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import Counter

import pypdfium2 as pdfium

from ...document import Block, Document, TextLine
from ...errors import InputError
from ..text import sha256_hex
from .glyphs import Run, page_runs
from .layout import Row, page_blocks, rows_of

__all__ = ["MAX_PAGES", "read_pdf"]

logger = logging.getLogger(__name__)

#: Pages read at most; an academic CV runs to twenty, a book is not a résumé.
MAX_PAGES = 60
#: Share of the page height at the top and bottom where running headers and footers sit.
_MARGIN = 0.09
_DIGITS = re.compile(r"\d+")


def read_pdf(path: str, data: bytes) -> Document:
    """Read the text layer of every page into one :class:`Document`."""
    if not data.lstrip()[:1024].lstrip(b"\x00\t\r\n ").startswith(b"%PDF") and \
            b"%PDF" not in data[:1024]:
        raise InputError(path, "not a PDF (no %PDF header)")
    try:
        pdf = pdfium.PdfDocument(data, password="")
    except pdfium.PdfiumError as err:
        message = str(err).lower()
        if "password" in message:
            raise InputError(path, "encrypted PDF (needs a password)") from err
        raise InputError(path, f"corrupt PDF ({err})") from err
    try:
        pages = _pages(path, pdf)
    finally:
        pdf.close()
    if not pages:
        raise InputError(path, "PDF has no pages")
    if not any(runs for runs, _ in pages):
        raise InputError(path, "no text layer: scanned document, OCR it first")
    blocks = _blocks(pages)
    return Document(path=path, format="pdf", sha256=sha256_hex(data), blocks=blocks)


def _pages(path: str, pdf: pdfium.PdfDocument) -> list[tuple[list[Run], float]]:
    count = len(pdf)
    if count > MAX_PAGES:
        logger.info("%s: %d pages; reading the first %d", path, count, MAX_PAGES)
    out = []
    for index in range(min(count, MAX_PAGES)):
        try:
            page = pdf[index]
            height = page.get_height()
            textpage = page.get_textpage()
            try:
                out.append((page_runs(textpage.raw), height))
            finally:
                textpage.close()
                page.close()
        except pdfium.PdfiumError as err:
            raise InputError(path, f"corrupt PDF (page {index + 1}: {err})") from err
    return out


def _body_size(pages: list[tuple[list[Run], float]]) -> float:
    """The font size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for runs, _ in pages:
        for run in runs:
            sizes[round(run.size, 1)] += len(run.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _title_size(first: list[Run], height: float, body: float) -> float:
    """The size of the owner's name: the largest text in the top third of page one, when
    it stands well above the body text."""
    top = [run.size for run in first if run.y > height * 2 / 3]
    largest = max(top, default=0.0)
    return largest if largest >= 1.5 * body else 0.0


def _running(pages: list[tuple[list[Row], float]]) -> set[str]:
    """Lines printed in the top or bottom margin of several pages (a name and "Page 2"
    in a footer): their text with digits masked."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for rows, height in pages:
        keys = set()
        for row in rows:
            y = row[0].y
            if y > height * (1 - _MARGIN) or y < height * _MARGIN:
                keys.add(_DIGITS.sub("#", " ".join(r.text for r in row)).strip())
        seen.update(keys)
    return {key for key, count in seen.items() if count >= 2 and count >= len(pages) / 2}


def _blocks(pages: list[tuple[list[Run], float]]) -> tuple[Block, ...]:
    body = _body_size(pages)
    laid = [(rows_of(runs), height) for runs, height in pages]
    running = _running(laid)
    out: list[Block] = []
    for number, (rows, height) in enumerate(laid):
        kept = [row for row in rows if _DIGITS.sub("#", " ".join(r.text for r in row)).strip()
                not in running]
        title = _title_size(pages[0][0], height, body) if number == 0 else 0.0
        page = page_blocks(kept, body, region_base=10 * number, title_size=title)
        if out and page:
            out.append(TextLine("", 0))
        out += page
    numbered: list[Block] = []
    for block in out:
        if not block.text and (not numbered or not numbered[-1].text):
            continue
        numbered.append(dataclasses.replace(block, line=len(numbered) + 1))
    while numbered and not numbered[-1].text:
        numbered.pop()
    return tuple(numbered)

"""Word (.docx) résumés, rendered as the Markdown shapes the extractor reads best.

Body paragraphs and tables come out in document order.  Headings become ``#`` lines (the
Title style is the name, ``Heading 1`` a section), list paragraphs ``- item``, explicitly
bold runs ``**bold**`` (employers and titles are usually bold, which helps the extractor),
and hyperlinks ``[text](url)``.  A table row of single-line cells is one line with the
cells joined by `` | ``; a layout table (cells holding whole paragraphs or nested tables)
is read cell by cell as ordinary body content, since many templates lay a résumé out that way.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph

from .document import Document
from .errors import InputError
from .read_text import sha256_hex

__all__ = ["MAX_UNZIPPED_BYTES", "read_docx"]

#: A .docx is a zip archive; refuse one that would inflate past this (a "zip bomb").
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024

_HEADING = re.compile(r"heading\s*(\d)", re.IGNORECASE)
_BULLET_GLYPH = re.compile(r"^\s*[•◦▪▸►●○■–]\s*")


def read_docx(path: str, data: bytes) -> Document:
    """Read a .docx into Markdown-shaped lines."""
    _check_archive(path, data)
    try:
        word = docx.Document(io.BytesIO(data))
        lines = list(_header_lines(word))
        lines.extend(_blocks(word.iter_inner_content()))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as err:
        raise InputError(path, f"corrupt DOCX ({type(err).__name__})") from err
    except Exception as err:
        # lxml raises its own XMLSyntaxError family on damaged parts.
        if type(err).__module__.startswith("lxml"):
            raise InputError(path, "corrupt DOCX (damaged XML)") from err
        raise
    lines = _tidy(lines)
    if not lines:
        raise InputError(path, "no text in DOCX")
    return Document(path=path, format="docx", sha256=sha256_hex(data), lines=tuple(lines))


def _check_archive(path: str, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError, OSError) as err:
        raise InputError(path, "corrupt DOCX (not a zip archive)") from err
    if total > MAX_UNZIPPED_BYTES:
        raise InputError(path, "DOCX expands to more than 100 MB (zip bomb?)")
    if "word/document.xml" not in names:
        raise InputError(path, "not a DOCX (no word/document.xml)")


def _header_lines(word: docx.document.Document) -> Iterator[str]:
    """The first page header: templates often put the name and contact line there."""
    if not word.sections:
        return
    header = word.sections[0].header
    if not header.is_linked_to_previous:
        yield from _blocks(header.iter_inner_content())


def _blocks(items: Iterable[Paragraph | Table]) -> Iterator[str]:
    for item in items:
        if isinstance(item, Table):
            yield from _table(item)
        else:
            yield from _paragraph(item)


def _paragraph(paragraph: Paragraph) -> Iterator[str]:
    style = _style_name(paragraph)
    level = _heading_level(style)
    if level:
        text = " ".join(paragraph.text.split())
        if text:
            yield ""
            yield "#" * level + " " + text
        return
    bullet = style.lower().startswith("list") or _is_numbered(paragraph)
    for i, line in enumerate(_inline(paragraph)):
        if _BULLET_GLYPH.match(line):
            line, bullet = _BULLET_GLYPH.sub("", line), True
        yield f"- {line}" if bullet and i == 0 and line else line


def _heading_level(style: str) -> int:
    if style.lower() == "title":
        return 1
    match = _HEADING.fullmatch(style.strip())
    return min(int(match.group(1)) + 1, 6) if match else 0


def _style_name(paragraph: Paragraph) -> str:
    try:
        return (paragraph.style.name if paragraph.style is not None else "") or ""
    except (KeyError, ValueError, AttributeError):
        return ""


def _is_numbered(paragraph: Paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.numPr is not None


def _inline(paragraph: Paragraph) -> list[str]:
    """The paragraph's text, split at manual line breaks, with bold runs and links marked."""
    lines: list[list[tuple[str, bool]]] = [[]]
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            text, bold = _link_text(item), bool(item.runs) and all(_bold(r) for r in item.runs)
        else:
            text, bold = item.text, _bold(item)
        for j, piece in enumerate(text.split("\n")):
            if j:
                lines.append([])
            if piece:
                lines[-1].append((piece, bold))
    return [_mark_bold(pieces) for pieces in lines]


def _link_text(link: Hyperlink) -> str:
    text, url = link.text, link.url
    if not url or url.rstrip("/") in (text.rstrip("/"), "mailto:" + text, "http://" + text,
                                      "https://" + text):
        return text
    return f"[{text}]({url})" if text.strip() else url


def _bold(run: object) -> bool:
    if getattr(run, "bold", None):
        return True
    style = getattr(run, "style", None)
    return style is not None and (style.name or "").lower() in ("strong", "bold")


def _mark_bold(pieces: list[tuple[str, bool]]) -> str:
    merged: list[tuple[str, bool]] = []
    for text, bold in pieces:
        if merged and (merged[-1][1] == bold or not text.strip()):
            merged[-1] = (merged[-1][0] + text, merged[-1][1])
        else:
            merged.append((text, bold))
    out = []
    for text, bold in merged:
        core = text.strip()
        if bold and core:
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            out.append(f"{lead}**{core}**{trail}")
        else:
            out.append(text)
    return "".join(out).strip()


def _table(table: Table) -> Iterator[str]:
    seen: set[object] = set()
    for row in table.rows:
        cells = _unique_cells(row.cells, seen)
        if all(_is_simple(cell) for cell in cells):
            texts = [" ".join(" ".join(_inline(p)).split()) for p in _cell_paragraphs(cells)]
            line = " | ".join(t for t in texts if t)
            if line:
                yield line
        else:
            yield ""
            for cell in cells:
                yield from _blocks(cell.iter_inner_content())
            yield ""


def _unique_cells(cells: Iterable[_Cell], seen: set[object]) -> list[_Cell]:
    """Merged cells repeat in ``row.cells``; keep each underlying cell once per table."""
    unique = []
    for cell in cells:
        key = cell._tc
        if key not in seen:
            seen.add(key)
            unique.append(cell)
    return unique


def _is_simple(cell: _Cell) -> bool:
    return (not cell.tables and sum(1 for p in cell.paragraphs if p.text.strip()) <= 1
            and "\n" not in cell.text.strip())  # a line break (Shift+Enter) makes two lines


def _cell_paragraphs(cells: list[_Cell]) -> list[Paragraph]:
    """The one non-empty paragraph of each simple cell (empty cells are dropped)."""
    return [p for cell in cells for p in cell.paragraphs if p.text.strip()]


def _tidy(lines: list[str]) -> list[str]:
    """Trailing spaces off, runs of blank lines collapsed, no blank lines at the ends."""
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out

"""Word (.docx) résumés, rendered as the Markdown shapes the extractor reads best.

Body paragraphs and tables come out in document order.  Headings become ``#`` lines (the
Title style is the name, ``Heading 1`` a section), list paragraphs ``- item``, explicitly
bold runs ``**bold**`` (employers and titles are usually bold, which helps the extractor),
and hyperlinks ``[text](url)``.  A table row of single-line cells is one line with the
cells joined by `` | ``; a layout table (cells holding whole paragraphs or nested tables)
is read cell by cell as ordinary body content, since many templates lay a résumé out that way.
"""

from __future__ import annotations

import hashlib
import io
import re
import struct
import zipfile
from collections.abc import Iterable, Iterator

import docx
from docx.blkcntnr import BlockItemContainer
from docx.enum.section import WD_HEADER_FOOTER
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.package import OpcPackage as Package
from docx.opc.packuri import PACKAGE_URI, PackURI
from docx.opc.part import PartFactory, XmlPart
from docx.opc.phys_pkg import PhysPkgReader
from docx.opc.pkgreader import PackageReader, _ContentTypeMap
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.parts.styles import StylesPart
from docx.styles import BabelFish
from docx.table import Table, _Cell
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from ..document import Document
from ..errors import InputError
from .text import sha256_hex

__all__ = ["MAX_UNZIPPED_BYTES", "read_docx"]

#: A .docx is a zip archive; refuse one that would inflate past this (a "zip bomb").
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024

_HEADING = re.compile(r"heading\s*(\d)", re.IGNORECASE)
_BULLET_GLYPH = re.compile(r"^\s*[•◦▪▸►●○■–]\s*")
_STYLE, _TYPE, _NAME, _VAL = qn("w:style"), qn("w:type"), qn("w:name"), qn("w:val")
_STYLE_ID, _DEFAULT = qn("w:styleId"), qn("w:default")
_R, _HYPERLINK = qn("w:r"), qn("w:hyperlink")
_RUN_TEXT = tuple(qn(tag) for tag in ("w:br", "w:cr", "w:noBreakHyphen", "w:ptab", "w:t", "w:tab"))
_StyleTable = tuple[dict[str, tuple[WD_STYLE_TYPE | None, str]], dict[WD_STYLE_TYPE, str]]
_STYLE_TYPES = {"paragraph": WD_STYLE_TYPE.PARAGRAPH, "character": WD_STYLE_TYPE.CHARACTER,
                "table": WD_STYLE_TYPE.TABLE, "numbering": WD_STYLE_TYPE.LIST}


def read_docx(path: str, data: bytes) -> Document:
    """Read a .docx into Markdown-shaped lines."""
    _check_archive(path, data)
    try:
        lines = _fast_lines(data)
    except Exception:
        lines = None  # anything unusual: python-docx reads it and decides
    try:
        if lines is None:
            word = docx.Document(io.BytesIO(data))
            styles = _StyleNames(_style_table(word))
            lines = list(_header_lines(word, styles))
            lines.extend(_blocks(word.iter_inner_content(), styles))
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


class _LazyStylesPart(StylesPart):
    """``word/styles.xml``, parsed only when something asks for its XML.

    python-docx parses every XML part when it opens a package, and the styles part is by far
    the largest (some 350 KB in Word's and python-docx's default template: two thirds of the
    time spent opening such a file), while reading needs only each style's id, type, name
    and default flag.  :class:`_StyleNames` reads those from the raw bytes, once per distinct
    styles part.  Anything that does use the XML (a writer adding styled text, for instance)
    gets it parsed on first access, as before, and an untouched part saves its bytes as read.
    """

    def __init__(self, partname: PackURI, content_type: str, element: BaseOxmlElement | None,
                 package: Package, raw: bytes | None = None) -> None:
        self.raw = raw
        self._parsed: BaseOxmlElement | None = None
        super().__init__(partname, content_type, element, package)  # type: ignore[arg-type]

    @classmethod
    def load(cls, partname: PackURI, content_type: str, blob: bytes,
             package: Package) -> _LazyStylesPart:
        return cls(partname, content_type, None, package, raw=blob)

    @property  # type: ignore[override]
    def _element(self) -> BaseOxmlElement:
        if self._parsed is None and self.raw is not None:
            self._parsed = parse_xml(self.raw)
        return self._parsed  # type: ignore[return-value]

    @_element.setter
    def _element(self, element: BaseOxmlElement | None) -> None:
        self._parsed = element

    @property
    def parsed(self) -> bool:
        return self._parsed is not None

    @property
    def blob(self) -> bytes:
        return self.raw if self._parsed is None and self.raw is not None else super().blob


PartFactory.part_type_for[CT.WML_STYLES] = _LazyStylesPart

#: Style tables by the digest of the styles part they were read from: documents made from
#: one template share the same part byte for byte.
_STYLE_TABLES: dict[bytes, _StyleTable] = {}
_MAX_STYLE_TABLES = 256
_STYLE_TABLES_BY_STORED: dict[bytes, _StyleTable] = {}
_XML_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def _style_table(word: docx.document.Document) -> _StyleTable:
    part = word.part._styles_part
    if not isinstance(part, _LazyStylesPart) or part.parsed or part.raw is None:
        return _read_style_table(part.element)
    return _raw_style_table(part.raw)


def _raw_style_table(raw: bytes) -> _StyleTable:
    digest = hashlib.blake2b(raw, digest_size=16).digest()
    table = _STYLE_TABLES.get(digest)
    if table is None:
        if len(_STYLE_TABLES) >= _MAX_STYLE_TABLES:
            _STYLE_TABLES.clear()
        table = _STYLE_TABLES[digest] = _read_style_table(
            etree.fromstring(raw, _XML_PARSER))
    return table


def _read_style_table(root: etree._Element) -> _StyleTable:
    """Each style id's (type, name), first one of an id winning, and each type's default
    name, the last one winning (python-docx's rules)."""
    by_id: dict[str, tuple[WD_STYLE_TYPE | None, str]] = {}
    default: dict[WD_STYLE_TYPE, str] = {}
    for style in root.iterchildren(_STYLE):
        kind = _STYLE_TYPES.get(style.get(_TYPE, ""))  # missing or unknown: matches none
        name_el = style.find(_NAME)
        name_val = name_el.get(_VAL) if name_el is not None else None
        name = BabelFish.internal2ui(name_val) if name_val is not None else ""
        style_id = style.get(_STYLE_ID)
        if style_id is not None and style_id not in by_id:
            by_id[style_id] = (kind, name)
        if kind is not None and style.get(_DEFAULT) in ("1", "true", "on"):
            default[kind] = name
    return by_id, default


class _StyleNames:
    """Style names by style id, read once per document.

    python-docx resolves ``paragraph.style`` and ``run.style`` with an XPath search of the
    styles part (and a scan of every style for the default) on each access, which was most
    of the time spent reading a .docx.  The same rules, from one pass over the styles: the
    first style with the id if it has the wanted type, else the last default of that type.
    """

    def __init__(self, table: _StyleTable) -> None:
        self._by_id, self._default = table

    def name(self, style_id: str | None, style_type: WD_STYLE_TYPE) -> str:
        found = self._by_id.get(style_id) if style_id else None
        if found is not None and found[0] == style_type:
            return found[1]
        return self._default.get(style_type, "")

    def paragraph(self, paragraph: Paragraph) -> str:
        return self.name(paragraph._p.style, WD_STYLE_TYPE.PARAGRAPH)

    def run(self, run: Run) -> str:
        return self.name(run._r.style, WD_STYLE_TYPE.CHARACTER)


class _Unusual(Exception):
    """Raised by the fast path for what it leaves to python-docx."""


class _Rels:
    """A part's relationships by id, as hyperlinks ask for them (``rels[rId].target_ref``)."""

    def __init__(self, srels: Iterable[object]) -> None:
        self._by_id = {srel.rId: srel for srel in srels}  # type: ignore[attr-defined]

    def __getitem__(self, rid: str) -> _Rels:
        srel = self._by_id[rid]
        if not srel.is_external:
            raise _Unusual("internal hyperlink target")  # python-docx makes it relative
        return srel  # type: ignore[return-value]


class _Part:
    """Stands in for a python-docx story part: what paragraphs and tables ask of it."""

    def __init__(self, srels: Iterable[object]) -> None:
        self.rels = _Rels(srels)


class _Story:
    def __init__(self, part: _Part) -> None:
        self.part = part


#: Content types python-docx parses as XML when it opens a package (styles: lazily).
_XML_TYPES = frozenset(
    ct for ct, cls in PartFactory.part_type_for.items()
    if issubclass(cls, XmlPart) and ct != CT.WML_STYLES)


def _fast_lines(data: bytes) -> list[str] | None:
    """The lines :func:`read_docx` reads with python-docx, without opening the package.

    ``docx.Document`` inflates and loads every part (some 800 KB of styles in Word's default
    template) where reading needs the document, its header, its relationships and the style
    names.  This walks the same relationship graph with python-docx's own package reader
    pieces (so the same parts are found, the same missing part or damaged XML fails), parses
    the parts python-docx would parse, and reads the body with python-docx's element
    classes and proxies.  Whatever it is not sure about raises, and the caller then opens
    the file with python-docx as before.
    """
    phys = PhysPkgReader(io.BytesIO(data))
    try:
        content_types = _ContentTypeMap.from_xml(phys.content_types_xml)
        parts: dict[PackURI, tuple[str, str, list[object]]] = {}  # type, reltype, srels
        package_srels = PackageReader._srels_for(phys, PACKAGE_URI)
        main = [srel.target_partname for srel in package_srels
                if srel.reltype == RT.OFFICE_DOCUMENT and not srel.is_external]
        _walk_parts(phys, content_types, package_srels, parts)
        for partname, (ctype, reltype, _) in parts.items():
            if ctype in _XML_TYPES and reltype != RT.IMAGE and partname not in main:
                parse_xml(phys.blob_for(partname))  # damaged XML fails here as it would there
        if len(main) != 1 or parts[main[0]][0] != CT.WML_DOCUMENT_MAIN:
            return None
        doc_srels = parts[main[0]][2]
        styles_ref = [s for s in doc_srels if s.reltype == RT.STYLES]
        if len(styles_ref) != 1 or styles_ref[0].is_external:
            return None
        style_part = styles_ref[0].target_partname
        if parts[style_part][:2] != (CT.WML_STYLES, RT.STYLES):
            return None
        styles = _StyleNames(_cached_style_table(phys, data, style_part))
        document = parse_xml(phys.blob_for(main[0]))
        lines: list[str] = []
        sections = document.sectPr_lst
        if sections:
            ref = sections[0].get_headerReference(WD_HEADER_FOOTER.PRIMARY)
            if ref is not None:
                target = next(s for s in doc_srels if s.rId == ref.rId)  # StopIteration: odd
                header_part = target.target_partname
                ctype, reltype, header_srels = parts[header_part]
                if ctype != CT.WML_HEADER or reltype == RT.IMAGE:
                    return None
                header = BlockItemContainer(parse_xml(phys.blob_for(header_part)),
                                            _Story(_Part(header_srels)))
                lines.extend(_blocks(header.iter_inner_content(), styles))
        body = BlockItemContainer(document.body, _Story(_Part(doc_srels)))
        lines.extend(_blocks(body.iter_inner_content(), styles))
        return lines
    finally:
        phys.close()


def _cached_style_table(phys: PhysPkgReader, data: bytes, partname: PackURI) -> _StyleTable:
    """The style table of a styles part, found by its compressed bytes when seen before.

    Inflating Word's 350 KB default styles part to hash it cost more than the rest of the
    read; the stored bytes (some 20 KB) with the method, CRC and size identify the content
    just as well.  A stored member that is not found plainly is inflated and read as usual.
    """
    info = phys._zipf.getinfo(partname.membername)
    start = info.header_offset
    if data[start:start + 4] != b"PK\x03\x04" or info.flag_bits & 1:
        return _raw_style_table(phys.blob_for(partname))
    name_len, extra_len = struct.unpack_from("<HH", data, start + 26)
    begin = start + 30 + name_len + extra_len
    key = b"%d:%d:%d:" % (info.compress_type, info.CRC, info.file_size) + hashlib.blake2b(
        data[begin:begin + info.compress_size], digest_size=16).digest()
    table = _STYLE_TABLES_BY_STORED.get(key)
    if table is None:
        table = _raw_style_table(phys.blob_for(partname))  # inflates, checks the CRC, parses
        if len(_STYLE_TABLES_BY_STORED) >= _MAX_STYLE_TABLES:
            _STYLE_TABLES_BY_STORED.clear()
        _STYLE_TABLES_BY_STORED[key] = table
    return table


def _walk_parts(phys: PhysPkgReader, content_types: _ContentTypeMap, srels: Iterable[object],
                parts: dict[PackURI, tuple[str, str, list[object]]]) -> None:
    """Every part reachable from ``srels``, depth first as python-docx's package reader
    walks them (so a part reached twice keeps the same referring relationship type)."""
    for srel in srels:
        if srel.is_external:  # type: ignore[attr-defined]
            continue
        partname = srel.target_partname  # type: ignore[attr-defined]
        if partname in parts:
            continue
        part_srels = PackageReader._srels_for(phys, partname)
        phys._zipf.getinfo(partname.membername)  # KeyError for a missing part, as there
        parts[partname] = (content_types[partname], srel.reltype,  # type: ignore[attr-defined]
                           part_srels)
        _walk_parts(phys, content_types, part_srels, parts)


def _header_lines(word: docx.document.Document, styles: _StyleNames) -> Iterator[str]:
    """The first page header: templates often put the name and contact line there."""
    if not word.sections:
        return
    header = word.sections[0].header
    if not header.is_linked_to_previous:
        yield from _blocks(header.iter_inner_content(), styles)


def _blocks(items: Iterable[Paragraph | Table], styles: _StyleNames) -> Iterator[str]:
    for item in items:
        if isinstance(item, Table):
            yield from _table(item, styles)
        else:
            yield from _paragraph(item, styles)


def _paragraph(paragraph: Paragraph, styles: _StyleNames) -> Iterator[str]:
    style = styles.paragraph(paragraph)
    level = _heading_level(style)
    if level:
        text = " ".join(_paragraph_text(paragraph).split())
        if text:
            yield ""
            yield "#" * level + " " + text
        return
    bullet = style.lower().startswith("list") or _is_numbered(paragraph)
    for i, line in enumerate(_inline(paragraph, styles)):
        if _BULLET_GLYPH.match(line):
            line, bullet = _BULLET_GLYPH.sub("", line), True
        yield f"- {line}" if bullet and i == 0 and line else line


def _heading_level(style: str) -> int:
    if style.lower() == "title":
        return 1
    match = _HEADING.fullmatch(style.strip())
    return min(int(match.group(1)) + 1, 6) if match else 0


def _is_numbered(paragraph: Paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.numPr is not None


def _inline(paragraph: Paragraph, styles: _StyleNames) -> list[str]:
    """The paragraph's text, split at manual line breaks, with bold runs and links marked."""
    lines: list[list[tuple[str, bool]]] = [[]]
    for element in paragraph._p.iterchildren(_R, _HYPERLINK):  # iter_inner_content, sans XPath
        item = Run(element, paragraph) if element.tag == _R else Hyperlink(element, paragraph)
        if isinstance(item, Hyperlink):
            runs = item.runs
            text, bold = _link_text(item), bool(runs) and all(_bold(r, styles) for r in runs)
        else:
            text, bold = _run_text(item), _bold(item, styles)
        for j, piece in enumerate(text.split("\n")):
            if j:
                lines.append([])
            if piece:
                lines[-1].append((piece, bold))
    return [_mark_bold(pieces) for pieces in lines]


def _run_text(run: Run) -> str:
    """``run.text`` without an XPath query per run: the same elements in the same order."""
    return _r_text(run._r)


def _r_text(r: BaseOxmlElement) -> str:
    return "".join(str(element) for element in r.iterchildren(*_RUN_TEXT))


def _link_runs_text(link: BaseOxmlElement) -> str:
    """``Hyperlink.text``: its runs' text, without XPath."""
    return "".join(_r_text(r) for r in link.iterchildren(_R))


def _paragraph_text(paragraph: Paragraph) -> str:
    """``paragraph.text`` (runs and links, in document order), without an XPath query per
    paragraph and per run, which made it the costliest call of reading a .docx."""
    return "".join(_r_text(child) if child.tag == _R else _link_runs_text(child)
                   for child in paragraph._p.iterchildren(_R, _HYPERLINK))


def _link_text(link: Hyperlink) -> str:
    text, url = _link_runs_text(link._hyperlink), link.url
    if not url or url.rstrip("/") in (text.rstrip("/"), "mailto:" + text, "http://" + text,
                                      "https://" + text):
        return text
    return f"[{text}]({url})" if text.strip() else url


def _bold(run: Run, styles: _StyleNames) -> bool:
    if run.bold:
        return True
    return styles.run(run).lower() in ("strong", "bold")


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


def _table(table: Table, styles: _StyleNames) -> Iterator[str]:
    seen: set[object] = set()
    for row in table.rows:
        cells = _unique_cells(row.cells, seen)
        if all(_is_simple(cell) for cell in cells):
            texts = [" ".join(" ".join(_inline(p, styles)).split())
                     for p in _cell_paragraphs(cells)]
            line = " | ".join(t for t in texts if t)
            if line:
                yield line
        else:
            yield ""
            for cell in cells:
                yield from _blocks(cell.iter_inner_content(), styles)
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
    paragraphs = cell.paragraphs
    texts = [_paragraph_text(p) for p in paragraphs]
    return (not cell.tables and sum(1 for text in texts if text.strip()) <= 1
            and "\n" not in "\n".join(texts).strip())  # a line break in cell.text: two lines


def _cell_paragraphs(cells: list[_Cell]) -> list[Paragraph]:
    """The one non-empty paragraph of each simple cell (empty cells are dropped)."""
    return [p for cell in cells for p in cell.paragraphs if _paragraph_text(p).strip()]


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

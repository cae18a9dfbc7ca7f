"""Word (.docx) résumés as typed blocks, read straight from the package's XML.

What a person sees on the page decides the blocks: ``Title``/``Heading N`` styles (and
styles with an outline level) are headings; numbered and ``List`` paragraphs are bullets;
a paragraph's tabs separate its columns (``2012 – 2014⇥Research Assistant, HU Berlin``
keeps its date apart); bold runs stay marked; text in text boxes and shapes is read where
its anchor sits; the first page header (where templates put the name) comes first.

Tables are of two kinds.  A table of short cells is data: each row is a
:class:`~talentgraph.loaders.document.TableRow`.  A table whose cells hold whole
paragraphs is a page layout (a sidebar beside the main column, or one row per section):
it is read cell by cell, column by column, each column its own region.

python-docx is not used: it exposes neither text boxes nor tab stops nor ``mc:`` alternate
content, and opening a package with it parses every part (half of the time of a read).  The
XML is parsed by lxml with entities and network access off (no XXE, no billion laughs),
and every part is inflated through a byte budget checked while inflating, not from the
sizes the zip header claims.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from ..budget import check_deadline, check_length
from ..document import Block, Bullet, Document, Heading, TableRow, TextLine
from ..errors import InputError
from .text import sha256_hex

__all__ = ["MAX_UNZIPPED_BYTES", "read_docx"]

#: A .docx is a zip archive; refuse one whose parts inflate past this (a "zip bomb").
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
#: How often (in blocks) the reader asks the file's budget whether to go on.
_CHECK_EVERY = 256

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _TBL, _TR, _TC, _R, _T, _TAB = (_w(t) for t in ("p", "tbl", "tr", "tc", "r", "t", "tab"))
_BR, _CR, _SDT, _SDT_CONTENT = _w("br"), _w("cr"), _w("sdt"), _w("sdtContent")
_HYPERLINK, _TXBX = _w("hyperlink"), _w("txbxContent")
_FLD_CHAR, _INSTR = _w("fldChar"), _w("instrText")
_VAL, _STYLE_ID, _TYPE = _w("val"), _w("styleId"), _w("type")
_ALTERNATE, _FALLBACK = f"{{{_MC}}}AlternateContent", f"{{{_MC}}}Fallback"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                          remove_comments=True, remove_pis=True)
#: The most words a paragraph ruled underneath may have to be read as a heading.
_MAX_RULED_WORDS = 6
_HEADING_STYLE = re.compile(r"heading\s*(\d)", re.I)
_BULLET_GLYPH = re.compile(r"^\s*(?:[•◦▪▸►●○■–\uf0b7\uf0a7]|\*(?!\*)|-(?=\s))\s*")
_TABS = re.compile(r"\t+")
_OFF = ("0", "false", "off", "none")
_STYLES_PART = "word/styles.xml"


def read_docx(path: str, data: bytes) -> Document:
    """Read a .docx into blocks."""
    package = _Package(path, data)
    styles = package.styles()
    links = package.relationships("word/_rels/document.xml.rels")
    document = package.xml("word/document.xml")
    if document is None:
        raise InputError(path, "not a DOCX (no word/document.xml)")
    body = document.find(_w("body"))
    reader = _Reader(path, styles, links)
    header = _first_header(package, body)
    if header is not None:
        reader.container(header)
        reader.gap()
    if body is not None:
        reader.container(body)
    blocks = reader.finish()
    if not any(b.text.strip() for b in blocks):
        raise InputError(path, "no text in DOCX")
    return Document(path=path, format="docx", sha256=sha256_hex(data), blocks=tuple(blocks))


class _Package:
    """The zip archive, each part inflated at most once against one byte budget."""

    def __init__(self, path: str, data: bytes) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            self.names = set(self.zip.namelist())
        except (zipfile.BadZipFile, ValueError, EOFError, OSError) as err:
            raise InputError(path, "corrupt DOCX (not a zip archive)") from err
        if "word/document.xml" not in self.names:
            raise InputError(path, "not a DOCX (no word/document.xml)")
        if sum(info.file_size for info in self.zip.infolist()) > MAX_UNZIPPED_BYTES:
            raise InputError(path, "DOCX expands to more than 100 MB (zip bomb?)")
        self.left = MAX_UNZIPPED_BYTES  # the sizes declared may lie: counted while inflating
        self.parsed: dict[str, etree._Element] = {}

    def read(self, name: str) -> bytes | None:
        if name not in self.names:
            return None
        try:
            with self.zip.open(name) as member:
                blob = member.read(self.left + 1)  # inflates no further than the budget
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
                NotImplementedError, RuntimeError) as err:
            raise InputError(self.path, f"corrupt DOCX ({type(err).__name__} in {name})") from err
        if len(blob) > self.left:
            raise InputError(self.path, "DOCX expands to more than 100 MB (zip bomb?)")
        self.left -= len(blob)
        return blob

    def xml(self, name: str) -> etree._Element | None:
        if name in self.parsed:
            return self.parsed[name]
        blob = self.read(name)
        if blob is None:
            return None
        try:
            root = self.parsed[name] = etree.fromstring(blob, _PARSER)
            return root
        except etree.XMLSyntaxError as err:
            raise InputError(self.path, f"corrupt DOCX (damaged XML in {name})") from err

    def styles(self) -> _Styles:
        """The styles part, read once per distinct content (see :func:`_styles_of`)."""
        blob = self.read(_STYLES_PART)
        if blob is None:
            return _Styles(None)
        try:
            return _styles_of(blob)
        except etree.XMLSyntaxError as err:
            raise InputError(self.path, f"corrupt DOCX (damaged XML in {_STYLES_PART})") from err

    def relationships(self, name: str) -> dict[str, str]:
        root = self.xml(name)
        if root is None:
            return {}
        return {rel.get("Id", ""): rel.get("Target", "")
                for rel in root.iter(f"{{{_REL_NS}}}Relationship")
                if rel.get("TargetMode") == "External" or "header" in rel.get("Type", "")}


def _first_header(package: _Package, body: etree._Element | None) -> etree._Element | None:
    """The header shown on the first page: templates often put the name and contact there."""
    if body is None:
        return None
    section = body.find(_w("sectPr"))
    if section is None:
        return None
    refs = {ref.get(_TYPE): ref.get(f"{{{_R_NS}}}id")
            for ref in section.findall(_w("headerReference"))}
    rid = refs.get("first") if section.find(_w("titlePg")) is not None else None
    rid = rid or refs.get("default")
    if not rid:
        return None
    target = package.relationships("word/_rels/document.xml.rels").get(rid, "")
    return package.xml("word/" + target.lstrip("/").removeprefix("word/")) if target else None


@dataclass
class _Style:
    kind: str = ""
    name: str = ""
    based_on: str = ""
    bold: bool | None = None
    caps: bool | None = None
    outline: int | None = None


class _Styles:
    """Each style's name, kind, bold, caps and outline level, inheriting through basedOn."""

    def __init__(self, root: etree._Element | None) -> None:
        self.by_id: dict[str, _Style] = {}
        self.default: dict[str, str] = {}
        if root is None:
            return
        for style in root.iter(_w("style")):
            sid = style.get(_STYLE_ID)
            if not sid or sid in self.by_id:
                continue
            name = style.find(_w("name"))
            based = style.find(_w("basedOn"))
            rpr = style.find(_w("rPr"))
            ppr = style.find(_w("pPr"))
            outline = ppr.find(_w("outlineLvl")) if ppr is not None else None
            self.by_id[sid] = _Style(
                kind=style.get(_TYPE, ""), name=name.get(_VAL, "") if name is not None else "",
                based_on=based.get(_VAL, "") if based is not None else "",
                bold=_flag(rpr, "b"), caps=_flag(rpr, "caps"),
                outline=int(outline.get(_VAL, "9")) if outline is not None
                and outline.get(_VAL, "").isdigit() else None)
            if style.get(_w("default")) in ("1", "true", "on"):
                self.default[style.get(_TYPE, "")] = sid

    def chain(self, sid: str | None, kind: str) -> Iterator[_Style]:
        sid = sid or self.default.get(kind)
        seen = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            yield self.by_id[sid]
            sid = self.by_id[sid].based_on

    def name(self, sid: str | None, kind: str) -> str:
        return next((s.name for s in self.chain(sid, kind)), "")

    def inherited(self, sid: str | None, kind: str, attr: str) -> bool | int | None:
        return next((getattr(s, attr) for s in self.chain(sid, kind)
                     if getattr(s, attr) is not None), None)


@lru_cache(maxsize=8)
def _styles_of(blob: bytes) -> _Styles:
    """A styles part's styles, kept for the next document with the same part: the résumés
    of one template (Word's Normal.dotm, python-docx's default) share a styles part of
    ~350 kB, and parsing it cost more than reading the rest of a one-page résumé.  A
    :class:`_Styles` is never changed once built, so documents can share one."""
    return _Styles(etree.fromstring(blob, _PARSER))


def _flag(rpr: etree._Element | None, tag: str) -> bool | None:
    if rpr is None:
        return None
    element = rpr.find(_w(tag))
    return None if element is None else element.get(_VAL, "true").lower() not in _OFF


@dataclass
class _Run:
    text: str
    bold: bool


@dataclass
class _Reader:
    path: str
    styles: _Styles
    links: dict[str, str]
    blocks: list[Block] = field(default_factory=list)
    region: int = 0
    regions: int = 0
    lead: str = ""

    def finish(self) -> list[Block]:
        while self.blocks and not self.blocks[-1].text:
            self.blocks.pop()
        return self.blocks

    def add(self, block_type: type[Block], text: str, **fields: object) -> None:
        if text and self.lead and block_type in (TextLine, Heading):
            cells = (self.lead, *(fields.pop("cells", None) or (text,)))
            block_type, text, self.lead = TextLine, " | ".join(cells), ""
            fields = {"cells": cells, "bold": fields.get("bold", False)}
        if not text and (not self.blocks or not self.blocks[-1].text):
            return  # runs of blank lines collapse to one
        if len(self.blocks) % _CHECK_EVERY == 0:
            # a 100k-paragraph file is refused while it is read, not after (loaders.budget)
            check_length(len(self.blocks))
            check_deadline()
        self.blocks.append(block_type(text, len(self.blocks) + 1, region=self.region,
                                      **fields))  # type: ignore[arg-type]

    def gap(self) -> None:
        self.add(TextLine, "")

    # -- containers ------------------------------------------------------------------

    def container(self, element: etree._Element) -> None:
        for child in element:
            if child.tag == _P:
                self.paragraph(child)
            elif child.tag == _TBL:
                self.table(child)
            elif child.tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self.container(content)
            elif child.tag == _ALTERNATE:
                choice = next((c for c in child if c.tag != _FALLBACK), None)
                if choice is not None:
                    self.container(choice)

    # -- paragraphs ------------------------------------------------------------------

    def paragraph(self, p: etree._Element) -> None:
        ppr = p.find(_w("pPr"))
        sid = None
        numbered = False
        if ppr is not None:
            style = ppr.find(_w("pStyle"))
            sid = style.get(_VAL) if style is not None else None
            num = ppr.find(_w("numPr"))
            if num is not None:
                num_id = num.find(_w("numId"))
                numbered = num_id is None or num_id.get(_VAL, "1") != "0"
        name = self.styles.name(sid, "paragraph")
        para_bold = bool(self.styles.inherited(sid, "paragraph", "bold"))
        para_caps = bool(self.styles.inherited(sid, "paragraph", "caps"))
        runs: list[_Run] = []
        boxes: list[etree._Element] = []
        self._runs(p, runs, boxes, para_bold, para_caps, fields=[])
        lines = _split_lines(runs)
        level = _heading_level(name, self.styles.inherited(sid, "paragraph", "outline"))
        bullet = numbered or name.lower().startswith("list")
        depth = 0
        if numbered and ppr is not None and (ilvl := ppr.find(f"{_w('numPr')}/{_w('ilvl')}")) \
                is not None and ilvl.get(_VAL, "0").isdigit():
            depth = int(ilvl.get(_VAL, "0"))
        for k, line in enumerate(lines):
            plain = "".join(r.text for r in line).strip()
            if (not level and not bullet and len(lines) == 1 and _ruled(ppr)
                    and 0 < len(plain.split()) <= _MAX_RULED_WORDS):
                # a short paragraph with a rule drawn under it: a heading set by hand
                self.gap()
                self.add(Heading, " ".join(plain.split()), level=2, underlined=True,
                         bold=all(r.bold for r in line if r.text.strip()))
                continue
            if level and plain:
                self.gap()
                self.add(Heading, " ".join(plain.split()), level=level)
                continue
            text = _marked(line)
            if _BULLET_GLYPH.match(text):
                text, first_bullet = _BULLET_GLYPH.sub("", text), True
            else:
                first_bullet = bullet and k == 0
            bold = bool(plain) and all(r.bold for r in line if r.text.strip())
            if first_bullet and plain:
                self.add(Bullet, " ".join(text.split()), depth=depth, bold=bold)
                continue
            cells = tuple(c.strip() for c in _TABS.split(text.strip()) if c.strip())
            if len(cells) > 1:
                self.add(TextLine, " | ".join(cells), cells=cells, bold=bold)
            else:
                self.add(TextLine, " ".join(text.split()), bold=bold)
        if not lines:
            self.gap()
        for box in boxes:
            self.text_box(box)

    def _runs(self, element: etree._Element, runs: list[_Run], boxes: list[etree._Element],
              bold: bool, caps: bool, fields: list[str]) -> None:
        """The visible text of a paragraph's runs, links, fields and insertions, in order;
        text boxes anchored in it are collected to be read after it."""
        for child in element:
            tag = child.tag
            if tag == _R:
                self._run(child, runs, boxes, bold, caps, fields)
            elif tag == _HYPERLINK:
                start = len(runs)
                self._runs(child, runs, boxes, bold, caps, fields)
                target = self.links.get(child.get(f"{{{_R_NS}}}id", ""), "")
                _link(runs, start, target)
            elif tag == _ALTERNATE:
                choice = next((c for c in child if c.tag != _FALLBACK), None)
                if choice is not None:
                    self._runs(choice, runs, boxes, bold, caps, fields)
            elif tag in (_w("ins"), _w("smartTag"), _w("fldSimple"), _w("customXml"),
                         _SDT, _SDT_CONTENT, _w("dir"), _w("bdo")):
                self._runs(child, runs, boxes, bold, caps, fields)

    def _run(self, r: etree._Element, runs: list[_Run], boxes: list[etree._Element],
             bold: bool, caps: bool, fields: list[str]) -> None:
        rpr = r.find(_w("rPr"))
        if rpr is not None:
            style = rpr.find(_w("rStyle"))
            if style is not None:
                sid = style.get(_VAL)
                bold = bool(self.styles.inherited(sid, "character", "bold")) or bold
                caps = bool(self.styles.inherited(sid, "character", "caps")) or caps
                if self.styles.name(sid, "character").lower() in ("strong", "bold"):
                    bold = True
            own = _flag(rpr, "b")
            bold = own if own is not None else bold
            own_caps = _flag(rpr, "caps")
            caps = own_caps if own_caps is not None else caps
            if _flag(rpr, "vanish"):
                return
        for child in r:
            tag = child.tag
            if tag == _FLD_CHAR:
                kind = child.get(_w("fldCharType"))
                if kind == "begin":
                    fields.append("code")
                elif kind == "separate" and fields:
                    fields[-1] = "result"
                elif kind == "end" and fields:
                    fields.pop()
            elif "code" in fields or tag == _INSTR:
                continue  # a field's code (HYPERLINK "mailto:..."), not its shown result
            elif tag == _T:
                runs.append(_Run(child.text.upper() if caps and child.text else
                                 child.text or "", bold))
            elif tag == _TAB or tag == _w("ptab"):
                runs.append(_Run("\t", bold))
            elif tag in (_BR, _CR):
                if child.get(_TYPE) in (None, "textWrapping"):
                    runs.append(_Run("\n", bold))
            elif tag == _w("noBreakHyphen"):
                runs.append(_Run("-", bold))
            elif tag == _w("sym"):
                continue  # a symbol-font glyph (an icon): no text
            else:
                boxes.extend(_boxes(child))

    def text_box(self, box: etree._Element) -> None:
        saved = self.region
        self.regions += 1
        self.region = self.regions
        self.gap()
        self.container(box)
        self.gap()
        self.region = saved

    # -- tables ----------------------------------------------------------------------

    def table(self, tbl: etree._Element) -> None:
        rows = [[tc for tc in tr.iter(_TC) if _parent_row(tc) is tr]
                for tr in tbl.iter(_TR) if _parent_table(tr) is tbl]
        rows = [row for row in rows if row]
        if not rows:
            return
        if all(_simple(tc) for row in rows for tc in row):
            for row in rows:
                cells = tuple(" ".join(_cell_text(tc, self).split()) for tc in row)
                kept = tuple(c for c in cells if c)
                if kept:
                    self.add(TableRow, " | ".join(kept), cells=kept)
            self.gap()
            return
        # a layout table: column by column when it is a few columns of whole paragraphs side
        # by side (a sidebar), row by row when each row is its own band or an entry beside
        # its date
        columns = max(len(row) for row in rows)
        saved = self.region
        simple_column = any(all(index >= len(row) or _simple(row[index]) for row in rows)
                            for index in range(columns))
        if columns >= 2 and (len(rows) == 1 or (len(rows) <= 3 and not simple_column)):
            for index in range(columns):
                self.regions += 1
                self.region = self.regions
                self.gap()
                for row in rows:
                    if index < len(row):
                        self.container(row[index])
                self.gap()
        else:
            for row in rows:
                self.gap()
                cells = list(row)
                if len(cells) == 2 and _simple(cells[0]):
                    # a date column beside the entry (``2019 – 2021 | Engineer, Acme`` over its
                    # bullets): the date goes with the entry's first line, as one of its cells
                    lead = " ".join(_cell_text(cells.pop(0), self).split())
                    self.lead = lead if 0 < len(lead) <= 40 else ""
                    if not self.lead and lead:
                        self.add(TextLine, lead)
                for tc in cells:
                    self.container(tc)
                    self.gap()
                self.lead = ""
        self.region = saved


def _boxes(element: etree._Element) -> Iterator[etree._Element]:
    """The outermost text boxes under ``element``, alternate content's fallback copy skipped
    (Word writes each box twice: a DrawingML choice and a VML fallback)."""
    for child in element:
        if child.tag == _TXBX:
            yield child
        elif child.tag != _FALLBACK:
            yield from _boxes(child)


def _parent_row(tc: etree._Element) -> etree._Element | None:
    parent = tc.getparent()
    while parent is not None and parent.tag != _TR:
        parent = parent.getparent()
    return parent


def _parent_table(tr: etree._Element) -> etree._Element | None:
    parent = tr.getparent()
    while parent is not None and parent.tag != _TBL:
        parent = parent.getparent()
    return parent


def _simple(tc: etree._Element) -> bool:
    """A cell of data: no nested table, at most one non-empty paragraph, no line break."""
    if tc.find(f".//{_TBL}") is not None:
        return False
    texts = ["".join(t.text or "" for t in p.iter(_T)).strip() for p in tc.iter(_P)]
    return sum(1 for t in texts if t) <= 1 and tc.find(f".//{_BR}") is None


def _cell_text(tc: etree._Element, reader: _Reader) -> str:
    runs: list[_Run] = []
    for p in tc.iter(_P):
        reader._runs(p, runs, [], False, False, fields=[])
        runs.append(_Run(" ", False))
    return _marked(runs).replace("\t", " ")


def _ruled(ppr: etree._Element | None) -> bool:
    """Whether the paragraph has a border drawn under it, the rule Word users put under a
    heading they format by hand (no Heading style)."""
    bottom = ppr.find(f"{_w('pBdr')}/{_w('bottom')}") if ppr is not None else None
    return bottom is not None and bottom.get(_VAL, "single") not in ("nil", "none")


def _heading_level(name: str, outline: bool | int | None) -> int:
    if name.lower() == "title":
        return 1
    if match := _HEADING_STYLE.fullmatch(name.strip()):
        return min(int(match.group(1)) + 1, 6)
    if isinstance(outline, int) and not isinstance(outline, bool) and outline < 6:
        return outline + 2
    return 0


def _split_lines(runs: list[_Run]) -> list[list[_Run]]:
    """The paragraph's runs cut at manual line breaks; empty lines dropped."""
    lines: list[list[_Run]] = [[]]
    for run in runs:
        pieces = run.text.split("\n")
        for k, piece in enumerate(pieces):
            if k:
                lines.append([])
            if piece:
                lines[-1].append(_Run(piece, run.bold))
    return [line for line in lines if "".join(r.text for r in line).strip()]


def _link(runs: list[_Run], start: int, target: str) -> None:
    """A hyperlink's runs written as ``[text](url)`` unless the text is the address."""
    text = "".join(r.text for r in runs[start:])
    if not target or target.rstrip("/") in (text.rstrip("/"), "mailto:" + text,
                                            "http://" + text, "https://" + text):
        return
    bold = bool(runs[start:]) and all(r.bold for r in runs[start:])
    del runs[start:]
    runs.append(_Run(f"[{text}]({target})" if text.strip() else target, bold))


def _marked(runs: list[_Run]) -> str:
    """The runs' text with bold stretches as ``**bold**`` (blank runs join either side)."""
    merged: list[_Run] = []
    for run in runs:
        if merged and (merged[-1].bold == run.bold or not run.text.strip()):
            merged[-1] = _Run(merged[-1].text + run.text, merged[-1].bold)
        else:
            merged.append(_Run(run.text, run.bold))
    out = []
    for run in merged:
        core = run.text.strip()
        if run.bold and core:
            lead = run.text[: len(run.text) - len(run.text.lstrip())]
            trail = run.text[len(run.text.rstrip()):]
            out.append(f"{lead}**{core}**{trail}")
        else:
            out.append(run.text)
    return "".join(out)

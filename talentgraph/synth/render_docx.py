"""Word (.docx) résumés with python-docx, made byte-for-byte deterministic.

python-docx stamps the core properties and every zip member with the current time, so the
same résumé saved twice differs.  The core properties are set to fixed values and the
archive is written with a fixed member timestamp, so a seed always gives the same bytes.
Some résumés put skills in a two-column table, as many Word templates do.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import zipfile
from functools import lru_cache

import docx
from docx.opc.pkgwriter import PackageWriter

from .layout import Block, Bullet, Contact, Entry, Heading, Name, Para, SkillGroup, Style

__all__ = ["render_docx"]

_FIXED = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


@lru_cache(maxsize=1)
def _template():
    """The default template, parsed once and deep-copied per file (parsing it per file
    cost a third of the render time)."""
    return docx.Document()


def _styled(document, text: str, style_id: str) -> None:
    """A paragraph in a template style, set by style id on the XML: python-docx's
    by-name lookup scans every style per paragraph and was 60% of the render time."""
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().style = style_id


def _bold_line(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def _skills_table(document, groups: list[SkillGroup]) -> None:
    table = document.add_table(rows=0, cols=2)
    for group in groups:
        cells = table.add_row().cells
        cells[0].text = group.category
        cells[1].text = ", ".join(group.items)


def _body(document, blocks: list[Block], style: Style) -> None:
    pending: list[SkillGroup] = []
    for block in blocks:
        if pending and not isinstance(block, SkillGroup):
            _skills_table(document, pending)
            pending = []
        if isinstance(block, Name):
            _styled(document, block.text, "Title")
        elif isinstance(block, Contact):
            document.add_paragraph(" | ".join(block.items))
        elif isinstance(block, Heading):
            _styled(document, block.text, "Heading1")
        elif isinstance(block, Entry):
            head = f"{block.meta} {block.head}" if block.pos == "before" else block.head
            if block.pos == "right":
                head = f"{head}\t{block.meta}"
            _bold_line(document, head)
            if block.sub:
                document.add_paragraph(block.sub)
            if block.pos == "below":
                document.add_paragraph(block.meta)
        elif isinstance(block, Bullet):
            _styled(document, block.text, "ListBullet")
        elif isinstance(block, SkillGroup):
            if style.skills_table:
                pending.append(block)
            else:
                paragraph = document.add_paragraph()
                paragraph.add_run(f"{block.category}: ").bold = True
                paragraph.add_run(", ".join(block.items))
        elif isinstance(block, Para):
            document.add_paragraph(block.text)
    if pending:
        _skills_table(document, pending)


class _FixedTimeZip:
    """The physical-package writer python-docx expects, stamping every member with one
    fixed time.  Writing the parts ourselves compresses them once; saving and then
    rewriting the archive compressed everything twice and was half the render time."""

    def __init__(self, buffer: io.BytesIO) -> None:
        self._zip = zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1)

    def write(self, pack_uri, blob: bytes) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, date_time=_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self._zip.writestr(info, blob, compresslevel=1)

    def close(self) -> None:
        self._zip.close()


def _save(document) -> bytes:
    """The package bytes, written as ``PackageWriter.write`` does but through
    :class:`_FixedTimeZip` (python-docx has no public hook for the zip writer)."""
    package = document.part.package
    parts = list(package.iter_parts())
    buffer = io.BytesIO()
    writer = _FixedTimeZip(buffer)
    PackageWriter._write_content_types_stream(writer, parts)
    PackageWriter._write_pkg_rels(writer, package.rels)
    PackageWriter._write_parts(writer, parts)
    writer.close()
    return buffer.getvalue()


def render_docx(blocks: list[Block], style: Style, title: str) -> bytes:
    """A .docx of ``blocks`` with fixed metadata (``title`` in the core properties)."""
    document = copy.deepcopy(_template())
    props = document.core_properties
    props.title = title
    props.author = "talentgraph synth"
    props.last_modified_by = "talentgraph synth"
    props.created = props.modified = _FIXED
    props.last_printed = _FIXED
    props.revision = 1
    _body(document, blocks, style)
    return _save(document)

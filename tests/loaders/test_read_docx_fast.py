"""The DOCX fast path (package walked without python-docx's ``Package``) against python-docx.

``read_docx`` reads a .docx from the parts it needs and falls back to ``docx.Document`` for
whatever it is unsure of; both must give the same lines, and the same errors.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from talentgraph.loaders.errors import InputError
from talentgraph.loaders.read import docx as reader
from talentgraph.loaders.read import read_document


def _python_docx_lines(data: bytes) -> list[str]:
    word = docx.Document(io.BytesIO(data))
    styles = reader._StyleNames(reader._style_table(word))
    lines = list(reader._header_lines(word, styles))
    lines.extend(reader._blocks(word.iter_inner_content(), styles))
    return lines


def _link(paragraph, part, url: str, text: str, *, bold: bool = False) -> None:
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), part.relate_to(url, RT.HYPERLINK, is_external=True))
    run = OxmlElement("w:r")
    if bold:
        props = OxmlElement("w:rPr")
        props.append(OxmlElement("w:b"))
        run.append(props)
    node = OxmlElement("w:t")
    node.text = text
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


def _saved(doc) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _tricky() -> bytes:
    """Header with a link, merged and nested table cells, links in body and tables, line
    breaks, tabs, numbered and glyph bullets, a second section."""
    doc = docx.Document()
    header = doc.sections[0].header
    header.paragraphs[0].text = "Jane Doe\tjane@example.com"
    _link(header.add_paragraph("Site: "), header.part, "https://jane.dev/cv", "my site")
    doc.add_paragraph("Jane Doe", style="Title")
    doc.add_heading("Experience", level=1)
    doc.add_paragraph().add_run("Engineer | Acme").bold = True
    doc.add_paragraph("• Shipped the thing\nand then more")
    doc.add_paragraph("Numbered item", style="List Number")
    _link(doc.add_paragraph("Code: "), doc.part, "https://github.com/jane", "jane", bold=True)
    _link(doc.add_paragraph(), doc.part, "https://example.org", "https://example.org")
    table = doc.add_table(rows=3, cols=3)
    for row, texts in zip(table.rows, [["MIT", "B.S.", "2015"], ["Harvard", "M.S.", ""],
                                       ["Yale", "", "2020"]], strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.cell(1, 1).merge(table.cell(1, 2))
    table.cell(2, 0).merge(table.cell(1, 0))
    _link(table.cell(2, 2).paragraphs[0], doc.part, "https://yale.edu", "Yale site")
    layout = doc.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "Skills"
    inner = layout.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Python"
    inner.cell(0, 1).text = "Go"
    layout.cell(0, 1).add_paragraph("Two\nlines")
    doc.add_section()
    doc.add_heading("Education", level=2)
    doc.add_paragraph("Ph.D., Stanford, 2024")
    return _saved(doc)


def test_fast_path_reads_tricky_documents_as_python_docx_does() -> None:
    data = _tricky()
    fast = reader._fast_lines(data)
    assert fast is not None  # the fast path took it: nothing here is unusual
    assert fast == _python_docx_lines(data)
    assert "Site: [my site](https://jane.dev/cv)" in fast
    assert "## Experience" in fast


def test_fast_path_on_a_linked_header_and_no_header() -> None:
    doc = docx.Document()
    doc.add_paragraph("Jane Doe", style="Title")
    data = _saved(doc)
    assert reader._fast_lines(data) == _python_docx_lines(data) == ["", "# Jane Doe"]


def _rewritten(data: bytes, name: str, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename == name:
                body = change(src.read(name))
                if body is not None:
                    dst.writestr(info, body)
            else:
                dst.writestr(info, src.read(info.filename))
    return out.getvalue()


@pytest.mark.parametrize("name, change", [
    ("word/settings.xml", lambda body: body[: len(body) // 2]),  # damaged, never read for text
    ("word/settings.xml", lambda body: None),  # a related part missing from the archive
    ("word/styles.xml", lambda body: body[: len(body) // 2]),
])
def test_damaged_parts_fail_as_with_python_docx(tmp_path: Path, name: str, change) -> None:
    data = _rewritten(_tricky(), name, change)
    with pytest.raises(Exception):  # noqa: B017 - python-docx's own error, whichever it is
        _python_docx_lines(data)
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match="corrupt DOCX"):
        read_document(path)



def test_paragraph_text_is_python_docxs() -> None:
    """The XPath-free paragraph and link text equal python-docx's own properties."""
    word = docx.Document(io.BytesIO(_tricky()))
    cells = [cell for table in word.tables for row in table.rows for cell in row.cells]
    nested = [cell for outer in cells for table in outer.tables for row in table.rows
              for cell in row.cells]
    paragraphs = [*word.paragraphs, *word.sections[0].header.paragraphs,
                  *(p for cell in cells + nested for p in cell.paragraphs)]
    assert len(paragraphs) > 20
    for paragraph in paragraphs:
        assert reader._paragraph_text(paragraph) == paragraph.text
        for link in paragraph.hyperlinks:
            assert reader._link_runs_text(link._hyperlink) == link.text
    assert any(paragraph.hyperlinks for paragraph in paragraphs)
    assert any("\n" in paragraph.text for paragraph in paragraphs)

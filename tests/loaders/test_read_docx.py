"""DOCX reading on documents written with python-docx at test time."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from talentgraph.loaders.errors import InputError
from talentgraph.loaders.read import read_document


@pytest.fixture
def resume_docx(tmp_path: Path) -> Path:
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "jane@example.com • 555-123-4567"
    doc.add_paragraph("Jane Doe", style="Title")
    doc.add_heading("Experience", level=1)
    doc.add_paragraph().add_run("Software Engineer | Acme Inc.").bold = True
    doc.add_paragraph("Boston, MA | 2019 – 2021")
    doc.add_paragraph("Built the billing system", style="List Bullet")
    mixed = doc.add_paragraph("Wrote ")
    mixed.add_run("Python").bold = True
    mixed.add_run(" services\nand on-call runbooks")
    doc.add_heading("Education", level=1)
    table = doc.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["MIT", "B.S. Computer Science", "2015"],
                          strict=True):
        cell.text = text
    table.cell(1, 0).text = "Harvard"
    merged = table.cell(1, 1).merge(table.cell(1, 2))
    merged.text = "M.S. Statistics"
    layout = doc.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "Skills"
    inner = layout.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Python"
    inner.cell(0, 1).text = "Go"
    doc.add_paragraph("References on request")
    path = tmp_path / "cv.docx"
    doc.save(str(path))
    return path


def test_body_order_headings_lists_and_bold(resume_docx: Path) -> None:
    lines = [line for line in read_document(resume_docx).lines if line]
    assert lines[:4] == ["jane@example.com • 555-123-4567", "# Jane Doe", "## Experience",
                         "**Software Engineer | Acme Inc.**"]
    assert "Boston, MA | 2019 – 2021" in lines
    assert "- Built the billing system" in lines
    assert "Wrote **Python** services" in lines
    assert "and on-call runbooks" in lines


def test_tables_in_place_rows_as_lines(resume_docx: Path) -> None:
    lines = [line for line in read_document(resume_docx).lines if line]
    at = lines.index("## Education")
    assert lines[at + 1 : at + 3] == ["MIT | B.S. Computer Science | 2015",
                                      "Harvard | M.S. Statistics"]
    assert lines.index("Python | Go") > lines.index("Skills")
    assert lines[-1] == "References on request"


def test_hyperlinks_are_kept(tmp_path: Path) -> None:
    doc = docx.Document()
    paragraph = doc.add_paragraph("GitHub: ")
    part = doc.part
    rel = part.relate_to("https://github.com/jane", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK,
                         is_external=True)
    link = docx.oxml.OxmlElement("w:hyperlink")
    link.set(docx.oxml.ns.qn("r:id"), rel)
    run = docx.oxml.OxmlElement("w:r")
    text = docx.oxml.OxmlElement("w:t")
    text.text = "jane"
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    path = tmp_path / "link.docx"
    doc.save(str(path))
    assert read_document(path).lines == ("GitHub: [jane](https://github.com/jane)",)


def test_corrupt_docx(tmp_path: Path, resume_docx: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(resume_docx.read_bytes()[:500])
    with pytest.raises(InputError, match="corrupt DOCX"):
        read_document(broken)


def test_zip_without_word_document(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    path = tmp_path / "fake.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError, match="not a DOCX"):
        read_document(path)


def test_damaged_xml(tmp_path: Path, resume_docx: Path) -> None:
    source = zipfile.ZipFile(resume_docx)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            archive.writestr(item, data)
    path = tmp_path / "damaged.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError, match="corrupt DOCX"):
        read_document(path)


def test_empty_docx(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    with pytest.raises(InputError, match="no text"):
        read_document(path)


def _with_styles(data: bytes, old: bytes, new: bytes) -> bytes:
    """The same .docx with one byte string replaced in its styles part."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/styles.xml":
                assert old in body
                body = body.replace(old, new)
            dst.writestr(info, body)
    return out.getvalue()


def test_style_names_come_from_each_documents_own_styles(tmp_path: Path) -> None:
    """Style tables are read once per distinct styles part: a document whose template names
    the ``Heading1`` style differently must not borrow another document's names."""
    doc = docx.Document()
    doc.add_heading("Experience", level=1)
    doc.add_paragraph("Engineer at Acme")
    buffer = io.BytesIO()
    doc.save(buffer)
    plain = tmp_path / "plain.docx"
    plain.write_bytes(buffer.getvalue())
    renamed = tmp_path / "renamed.docx"
    renamed.write_bytes(_with_styles(buffer.getvalue(), b'w:val="heading 1"',
                                     b'w:val="Body Text"'))
    assert read_document(plain).lines[0] == "## Experience"
    assert read_document(renamed).lines[0] == "Experience"
    assert read_document(plain).lines[0] == "## Experience"


def test_documents_written_after_reading_keep_their_styles(resume_docx: Path,
                                                           tmp_path: Path) -> None:
    """Reading leaves the styles part unparsed; python-docx in the same process still opens,
    edits and saves styled documents, and what it saves reads back the same."""
    read_document(resume_docx)
    doc = docx.Document(str(resume_docx))
    doc.add_heading("Awards", level=1)
    doc.add_paragraph("Best Paper", style="List Bullet")
    path = tmp_path / "edited.docx"
    doc.save(str(path))
    lines = read_document(path).lines
    assert lines[-3:] == ("", "## Awards", "- Best Paper")
    untouched = tmp_path / "untouched.docx"
    docx.Document(str(resume_docx)).save(str(untouched))
    assert read_document(untouched).lines == read_document(resume_docx).lines

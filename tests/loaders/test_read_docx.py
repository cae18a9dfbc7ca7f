"""DOCX reading on documents written with python-docx at test time."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from talentgraph.loaders import parse_file, to_json_resume
from talentgraph.loaders.document import TableRow
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


def _blocks(path: Path) -> list[tuple[str, str]]:
    return [(type(b).__name__, b.text) for b in read_document(path).blocks if b.text]


def test_body_order_headings_lists_and_bold(resume_docx: Path) -> None:
    blocks = _blocks(resume_docx)
    assert blocks[:4] == [("TextLine", "jane@example.com • 555-123-4567"),
                          ("Heading", "Jane Doe"), ("Heading", "Experience"),
                          ("TextLine", "**Software Engineer | Acme Inc.**")]
    assert ("TextLine", "Boston, MA | 2019 – 2021") in blocks
    assert ("Bullet", "Built the billing system") in blocks
    assert ("TextLine", "Wrote **Python** services") in blocks
    assert ("TextLine", "and on-call runbooks") in blocks
    doc = read_document(resume_docx)
    assert [b.level for b in doc.blocks if b.text in ("Jane Doe", "Experience")] == [1, 2]
    assert next(b for b in doc.blocks if "Software" in b.text).bold


def test_tables_in_place_rows_as_table_rows(resume_docx: Path) -> None:
    blocks = _blocks(resume_docx)
    at = blocks.index(("Heading", "Education"))
    assert blocks[at + 1 : at + 3] == [("TableRow", "MIT | B.S. Computer Science | 2015"),
                                       ("TableRow", "Harvard | M.S. Statistics")]
    rows = [b for b in read_document(resume_docx).blocks if isinstance(b, TableRow)]
    assert rows[0].cells == ("MIT", "B.S. Computer Science", "2015")
    assert blocks.index(("TableRow", "Python | Go")) > blocks.index(("TextLine", "Skills"))
    assert blocks[-1] == ("TextLine", "References on request")


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
    assert _blocks(path) == [("TextLine", "GitHub: [jane](https://github.com/jane)")]


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _package(tmp_path: Path, body: str, name: str = "cv.docx") -> Path:
    """A minimal .docx around a hand-written body: what python-docx cannot write (text
    boxes, field codes, alternate content) is written as Word writes it."""
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W} '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f"<w:body>{body}</w:body></w:document>")
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return path


def _p(text: str, extra: str = "") -> str:
    runs = "".join(f"<w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r>" if t != "\t"
                   else "<w:r><w:tab/></w:r>" for t in text.split("|"))
    return f"<w:p>{extra}{runs}</w:p>"


def test_tabs_separate_columns_into_cells(tmp_path: Path) -> None:
    path = _package(tmp_path, _p("2012 – 2014|\t|\t|Research Assistant, HU Berlin"))
    [block] = read_document(path).blocks
    assert block.cells == ("2012 – 2014", "Research Assistant, HU Berlin")
    assert block.text == "2012 – 2014 | Research Assistant, HU Berlin"


def test_text_boxes_are_read_once_where_they_are_anchored(tmp_path: Path) -> None:
    box = ("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp>"
           "<wps:txbx><w:txbxContent>" + _p("Jane Roe") + _p("jane@example.com") +
           "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
           "<mc:Fallback><w:pict><w:txbxContent>" + _p("Jane Roe") +
           "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    path = _package(tmp_path, f"<w:p>{box}</w:p>" + _p("Experience"))
    blocks = [b for b in read_document(path).blocks if b.text]
    assert [b.text for b in blocks] == ["Jane Roe", "jane@example.com", "Experience"]
    assert blocks[0].region == blocks[1].region != blocks[2].region == 0


def test_field_codes_are_hidden_and_their_results_shown(tmp_path: Path) -> None:
    run = "<w:r>{}</w:r>".format
    field = (run('<w:fldChar w:fldCharType="begin"/>')
             + run('<w:instrText> HYPERLINK "mailto:jane@example.com" </w:instrText>')
             + run('<w:fldChar w:fldCharType="separate"/>') + run("<w:t>jane@example.com</w:t>")
             + run('<w:fldChar w:fldCharType="end"/>'))
    path = _package(tmp_path, f"<w:p><w:r><w:t xml:space=\"preserve\">Mail: </w:t></w:r>{field}</w:p>")
    assert _blocks(path) == [("TextLine", "Mail: jane@example.com")]


def test_a_sidebar_table_is_read_column_by_column(tmp_path: Path) -> None:
    side = _p("Contact") + _p("Leeds") + _p("Skills") + _p("Butchery")
    main = _p("Experience") + _p("2019 – 2021") + _p("Butcher • Perry Follows")
    table = f"<w:tbl><w:tr><w:tc>{side}</w:tc><w:tc>{main}</w:tc></w:tr></w:tbl>"
    blocks = [b for b in read_document(_package(tmp_path, table)).blocks if b.text]
    assert [b.text for b in blocks] == ["Contact", "Leeds", "Skills", "Butchery", "Experience",
                                        "2019 – 2021", "Butcher • Perry Follows"]
    assert blocks[0].region != blocks[-1].region
    assert len({b.region for b in blocks[:4]}) == 1


def test_a_date_column_goes_with_its_entry(tmp_path: Path) -> None:
    row = ("<w:tr><w:tc>" + _p("2014 – 2017") + "</w:tc><w:tc>" + _p("Engineer, Acme")
           + _p("Built the thing") + "</w:tc></w:tr>")
    path = _package(tmp_path, f"<w:tbl>{row * 4}</w:tbl>")
    blocks = [b for b in read_document(path).blocks if b.text]
    assert blocks[0].cells == ("2014 – 2017", "Engineer, Acme")
    assert blocks[1].text == "Built the thing" and not blocks[1].cells
    assert len(blocks) == 8


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    path = tmp_path / "xxe.docx"
    xml = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           f'<w:document {_W}><w:body><w:p><w:r><w:t>Jane &x;</w:t></w:r></w:p>'
           "</w:body></w:document>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", xml)
    text = read_document(path).text
    assert "root:" not in text and text.startswith("Jane")


def test_a_part_that_inflates_past_the_limit_is_refused_while_inflating(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from talentgraph.loaders.read import docx as reader

    monkeypatch.setattr(reader, "MAX_UNZIPPED_BYTES", 50_000)
    path = _package(tmp_path, _p("x" * 200_000))
    with pytest.raises(InputError, match="expands to more than"):
        read_document(path)


def test_too_many_paragraphs_stop_the_read(tmp_path: Path) -> None:
    from talentgraph.loaders import parse_file
    from talentgraph.loaders.budget import Budget

    path = _package(tmp_path, _p("line") * 1000)
    with pytest.raises(InputError, match="too long for a résumé"):
        parse_file(path, Budget(max_lines=300))


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


def test_style_names_come_from_each_documents_own_styles(tmp_path: Path) -> None:
    """A heading is a heading by its document's own style table: renaming the style that
    ``Heading1`` names makes the same paragraph plain text."""
    doc = docx.Document()
    doc.add_heading("Experience", level=1)
    doc.add_paragraph("Engineer at Acme")
    buffer = io.BytesIO()
    doc.save(buffer)
    plain = tmp_path / "plain.docx"
    plain.write_bytes(buffer.getvalue())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/styles.xml":
                body = body.replace(b'w:val="heading 1"', b'w:val="Body Text"').replace(
                    b'<w:outlineLvl w:val="0"/>', b'')
            dst.writestr(info, body)
    renamed = tmp_path / "renamed.docx"
    renamed.write_bytes(out.getvalue())
    assert _blocks(plain)[0] == ("Heading", "Experience")
    assert _blocks(renamed)[0] == ("TextLine", "**Experience**")  # the style is still bold


def test_docx_layout_table_with_line_breaks_in_a_cell(tmp_path) -> None:
    import docx

    from talentgraph.loaders import parse_file

    document = docx.Document()
    document.add_heading("Jordan Blake", 0)
    document.add_paragraph("jordan.blake@example.com")
    document.add_heading("Professional Experience", 1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "2019 – Present"
    table.cell(0, 1).text = "Product Manager, Fabrikam\nOwned the restaurant onboarding funnel."
    table.cell(1, 0).text = "2015 – 2019"
    table.cell(1, 1).text = "Business Analyst, Contoso Consulting\nPricing models for retail."
    document.save(tmp_path / "cv.docx")
    doc = to_json_resume(parse_file(tmp_path / "cv.docx"))
    assert [(w["name"], w["position"], w["startDate"]) for w in doc["work"]] == [
        ("Fabrikam", "Product Manager", "2019"), ("Contoso Consulting", "Business Analyst", "2015")]
    assert doc["work"][0]["highlights"] == ["Owned the restaurant onboarding funnel."]


def test_typed_asterisk_and_hyphen_bullets(tmp_path: Path) -> None:
    """Items typed with a glyph instead of a Word list ("*2016 : Diploma", "- Excel") are
    list items, the glyph dropped; bold markup ("**Acme**") is no glyph."""
    doc = docx.Document()
    doc.add_paragraph("*2016 : Diploma of secondary studies, Town school")
    doc.add_paragraph("- Excel")
    doc.add_paragraph().add_run("Acme").bold = True
    doc.add_paragraph("-5% costs in a year")
    path = tmp_path / "cv.docx"
    doc.save(str(path))
    assert _blocks(path) == [("Bullet", "2016 : Diploma of secondary studies, Town school"),
                             ("Bullet", "Excel"), ("TextLine", "**Acme**"),
                             ("TextLine", "-5% costs in a year")]


def _rule_under(paragraph: docx.text.paragraph.Paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    border, bottom = OxmlElement("w:pBdr"), OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


def test_paragraph_ruled_underneath_is_a_heading(tmp_path: Path) -> None:
    """A heading formatted by hand (bold, a border drawn under it, no Heading style) ends
    the list above it, even with words the lexicon does not know."""
    doc = docx.Document()
    doc.add_paragraph("Jane Doe")
    for title, items in (("Memberships", ["Guild of Tutors"]),
                         ("Teaching Methods & Assessment Tools", ["Peer review rubric"]),
                         ("Outreach Abroad", ["Evening reading club"])):
        heading = doc.add_paragraph()
        heading.add_run(title).bold = True
        _rule_under(heading)
        for item in items:
            doc.add_paragraph(item, style="List Bullet")
    ruled = doc.add_paragraph("A long paragraph of prose with a rule under it that runs on")
    _rule_under(ruled)
    path = tmp_path / "cv.docx"
    doc.save(str(path))
    blocks = _blocks(path)
    assert ("Heading", "Teaching Methods & Assessment Tools") in blocks
    assert ("Heading", "Outreach Abroad") in blocks
    assert ("TextLine", "A long paragraph of prose with a rule under it that runs on") in blocks
    resume = to_json_resume(parse_file(path))
    assert [k for s in resume["skills"] for k in s.get("keywords", [])] == ["Peer review rubric"]

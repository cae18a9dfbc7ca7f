"""PDF reading on PDFs made at test time: text layer, encryption, scans, damage."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from talentgraph.loaders.document import Bullet, Heading
from talentgraph.loaders.errors import InputError
from talentgraph.loaders.read import read_document
from talentgraph.synth.render_pdf import assemble_pdf

Page = list[tuple[float, float, str]]


def make_pdf(pages: list[Page]) -> bytes:
    """A minimal but valid PDF: Helvetica text placed at (x, y), one list per page.

    Written by hand so the tests need no PDF-generating dependency.
    """
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                            b"/Encoding /WinAnsiEncoding >>"]
    kids = []
    for items in pages:
        ops = []
        for x, y, text in items:
            raw = text.encode("cp1252").replace(b"\\", b"\\\\")
            raw = raw.replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"BT /F1 11 Tf %.1f %.1f Td (%s) Tj ET" % (x, y, raw))
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return assemble_pdf(objects)


RESUME: list[Page] = [
    [(72, 720, "Jane Doe"), (72, 700, "jane@example.com | 555-123-4567"),
     (72, 670, "Experience"), (72, 650, "Software Engineer, Acme Inc."),
     (430, 650, "2019 - 2021"), (72, 635, "- Built the café ordering system")],
    [(72, 720, "Education"), (72, 700, "MIT, B.S. Computer Science")],
]


def _write(tmp_path: Path, data: bytes, name: str = "cv.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(RESUME))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _texts(doc: object) -> list[str]:
    return [b.text for b in doc.blocks if b.text]  # type: ignore[attr-defined]


def test_text_layer_lines_stay_lines(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, make_pdf(RESUME)))
    assert doc.format == "pdf"
    lines = _texts(doc)
    assert lines[:2] == ["Jane Doe", "jane@example.com | 555-123-4567"]
    dated = next(b for b in doc.blocks if "Acme" in b.text)
    assert dated.cells == ("Software Engineer, Acme Inc.", "2019 - 2021")
    bullet = next(b for b in doc.blocks if "café" in b.text)
    assert isinstance(bullet, Bullet) and bullet.text == "Built the café ordering system"
    assert lines[-1] == "MIT, B.S. Computer Science"
    assert lines.index("Education") > lines.index("Experience")
    assert [b.line for b in doc.blocks] == list(range(1, len(doc.blocks) + 1))


def test_owner_locked_pdf_opens_with_empty_password(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, _encrypted("")))
    assert _texts(doc)[0] == "Jane Doe"


def test_password_protected_pdf(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="encrypted PDF"):
        read_document(_write(tmp_path, _encrypted("secret")))


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(InputError, match=r"no text layer: scanned document, OCR it first"):
        read_document(_write(tmp_path, buffer.getvalue()))


@pytest.mark.parametrize("cut", [40, 200, 400])
def test_truncated_pdf(tmp_path: Path, cut: int) -> None:
    with pytest.raises(InputError):
        read_document(_write(tmp_path, make_pdf(RESUME)[:cut]))


def test_not_a_pdf(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a PDF"):
        read_document(_write(tmp_path, b"Jane Doe, definitely a text file"))


# ---------------------------------------------------------------- layouts (fpdf2)

Cell = tuple[float, float, str]  # x, top y (points from the top of the page), text

SIDEBAR = ["CONTACT", "jane.doe@example.com", "+1 555 010 2000", "linkedin.com/in/janedoe", "",
           "SKILLS", "Python, Go", "PostgreSQL", "Kubernetes", "", "EDUCATION", "MIT",
           "B.S. Computer Science", "2012 - 2016"]
MAIN = ["EXPERIENCE", ("Senior Engineer, Google", "Jan 2020 - Present"),
        "- Led the migration of the billing services to Spanner.",
        "- Cut the p99 latency of the checkout API by forty percent.",
        ("Software Engineer, Stripe", "Jun 2016 - Dec 2019"),
        "- Built the fraud scoring pipeline in Go.", "- Mentored four new engineers.", "",
        "PROJECTS", "- talentgraph: turns résumés into a knowledge graph."]


def layout_pdf(cells: list[Cell],
               right_flush: Sequence[tuple[float, float, float, str]] = ()) -> bytes:
    """One Letter page with Helvetica text at given positions, built with fpdf2.

    ``right_flush`` holds ``(x, y, width, text)`` set flush right in a box, as résumé
    templates print dates.
    """
    import fpdf

    pdf = fpdf.FPDF(format="Letter", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for x, y, text in cells:
        pdf.set_xy(x, y)
        pdf.cell(text=text)
    for x, y, width, text in right_flush:
        pdf.set_xy(x, y)
        pdf.cell(width, text=text, align="R")
    return bytes(pdf.output())


def column(x: float, top: float, pitch: float, width: float, items: list) -> tuple[list, list]:
    """Lines of one column: plain strings, ``""`` for a gap, ``(title, dates)`` pairs."""
    cells, flush = [], []
    for number, item in enumerate(items):
        y = top + number * pitch
        if isinstance(item, tuple):
            cells.append((x, y, item[0]))
            flush.append((x, y, width, item[1]))
        elif item:
            cells.append((x, y, item))
    return cells, flush


def two_column_pdf(header: Sequence[str] = ()) -> bytes:
    """A sidebar résumé: contact, skills and education left of the experience column.

    The columns have different line pitches, as sidebars in a smaller type do, so their
    baselines don't line up.
    """
    top = 60 + 24 * len(header)
    left, _ = column(36, top, 12, 150, SIDEBAR)
    right, flush = column(216, top, 14.5, 360, MAIN)
    heads = [(36, 40 + 24 * n, text) for n, text in enumerate(header)]
    return layout_pdf(heads + left + right, flush)


def _positions(lines: list[str], wanted: list[str]) -> list[int]:
    return [lines.index(text) for text in wanted]


def _read(tmp_path: Path, data: bytes) -> list[str]:
    """The document's lines (blank ones kept), bullets marked ``- ``."""
    doc = read_document(_write(tmp_path, data))
    lines = [("- " if isinstance(b, Bullet) else "") + b.text for b in doc.blocks]
    print("\n".join(lines))  # shown when a test fails
    return lines


def _regions(tmp_path: Path, data: bytes) -> dict[str, int]:
    return {b.text: b.region for b in read_document(_write(tmp_path, data)).blocks if b.text}


def test_two_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    lines = _read(tmp_path, two_column_pdf())
    titles = ["Senior Engineer, Google | Jan 2020 - Present",
              "Software Engineer, Stripe | Jun 2016 - Dec 2019"]
    assert [line for line in lines if " | " in line] == titles
    assert "jane.doe@example.com" in lines
    sidebar = _positions(lines, [text for text in SIDEBAR if text])
    main = _positions(lines, ["EXPERIENCE", *titles, "- Built the fraud scoring pipeline in Go.",
                              "PROJECTS", "- talentgraph: turns résumés into a knowledge graph."])
    assert sidebar == sorted(sidebar)
    assert main == sorted(main)
    assert max(sidebar) < min(main)
    regions = _regions(tmp_path, two_column_pdf())
    assert regions["CONTACT"] == regions["MIT"] != regions["EXPERIENCE"] == regions["PROJECTS"]


def test_sidebar_lines_are_contiguous(tmp_path: Path) -> None:
    lines = [line for line in _read(tmp_path, two_column_pdf()) if line]
    sidebar = [text for text in SIDEBAR if text]
    start = lines.index(sidebar[0])
    assert lines[start:start + len(sidebar)] == sidebar


def test_header_above_the_columns_comes_first(tmp_path: Path) -> None:
    header = ["Jane Q. Doe - Staff Software Engineer - Berlin, Germany - open to relocation",
              "Distributed systems, payments and developer tooling"]
    lines = [line for line in _read(tmp_path, two_column_pdf(header)) if line]
    sidebar = [text for text in SIDEBAR if text]
    assert lines[:2] == header
    assert lines[2:2 + len(sidebar)] == sidebar
    assert lines[2 + len(sidebar)] == "EXPERIENCE"


def test_short_centred_name_stays_on_top(tmp_path: Path) -> None:
    left, _ = column(36, 80, 12, 150, SIDEBAR)
    right, flush = column(216, 80, 14.5, 360, MAIN)
    lines = _read(tmp_path, layout_pdf([(280, 40, "JANE DOE"), *left, *right], flush))
    assert lines[0] == "JANE DOE"
    assert lines[lines.index("CONTACT") - 1] == ""


def test_single_column_with_right_aligned_dates_keeps_them_as_cells(tmp_path: Path) -> None:
    items = ["Jane Doe", "jane.doe@example.com | +1 555 010 2000", "", "EXPERIENCE"]
    for n in range(6):
        items += [(f"Senior Engineer {n}, Google", f"Jan {2010 + n} - Dec {2011 + n}"),
                  "- Short bullet.", "- Another short bullet.", ""]
    cells, flush = column(54, 50, 14, 504, items)
    data = layout_pdf(cells, flush)
    lines = _read(tmp_path, data)
    assert "Senior Engineer 3, Google | Jan 2013 - Dec 2014" in lines
    assert lines.index("EXPERIENCE") < lines.index("Senior Engineer 0, Google | Jan 2010 - Dec 2011")
    assert len(set(_regions(tmp_path, data).values())) == 1  # one flow, no columns


@pytest.mark.parametrize("left_items", [
    # a timeline: dates in the left margin, each on its entry's first line
    ["2020 - now", "", "", "2016 - 2019", "", "", "2014 - 2016", "", "", "2012 - 2014", "", "",
     "2010 - 2012", "", ""],
    # a label/value table that fills the page
    ["Languages", "Databases", "Cloud", "Tools", "Testing", "Practices", "Spoken", "Awards",
     "Patents", "Talks", "Volunteering", "Interests"],
], ids=["timeline", "table"])
def test_text_meant_to_be_read_across_stays_in_rows(tmp_path: Path, left_items: list[str]) -> None:
    right_items = [f"Right-hand text on line {n} that belongs with its row" for n in range(15)]
    left, _ = column(36, 60, 14, 90, left_items)
    right, _ = column(150, 60, 14, 400, right_items[:len(left_items)])
    data = layout_pdf(left + right)
    lines = _read(tmp_path, data)
    assert f"{left_items[0]} | {right_items[0]}" in lines
    assert len(set(_regions(tmp_path, data).values())) == 1


def test_headings_and_the_title_come_from_type_size(tmp_path: Path) -> None:
    import fpdf

    pdf = fpdf.FPDF(format="Letter", unit="pt")
    pdf.add_page()
    for y, size, style, text in [(40, 24, "", "Jane Roe"), (80, 13, "B", "EXPERIENCE"),
                                 (100, 10, "", "Engineer, Acme"), (115, 10, "B", "Built it"),
                                 (140, 13, "B", "EDUCATION"), (160, 10, "", "MIT")]:
        pdf.set_font("Helvetica", style=style, size=size)
        pdf.set_xy(54, y)
        pdf.cell(text=text)
    blocks = {b.text: b for b in read_document(_write(tmp_path, bytes(pdf.output()))).blocks}
    assert isinstance(blocks["Jane Roe"], Heading) and blocks["Jane Roe"].level == 1
    assert isinstance(blocks["EXPERIENCE"], Heading) and blocks["EXPERIENCE"].level == 2
    assert not isinstance(blocks["Built it"], Heading) and blocks["Built it"].bold
    assert not isinstance(blocks["Engineer, Acme"], Heading) and not blocks["Engineer, Acme"].bold


def test_icons_zero_widths_and_ligatures_are_cleaned() -> None:
    from talentgraph.loaders.read.pdf.glyphs import _char, _visible

    assert _char(0xFB01, False) == "fi" and _char(0x200B, False) is None
    assert _char(0xF0B7, False) == "•" and _char(0xE001, False) is None  # PUA bullet / icon
    assert _char(0x2011, False) == "-" and _char(0x00AD, False) is None
    # an icon font's lone glyph (a map pin set as "5") goes; a word set in it stays
    assert _visible([("5", True), (" ", False), ("L", False), ("y", False)]) == " Ly"
    assert _visible([(c, True) for c in "mail"]) == "mail"


def test_glyph_codes_read_at_once_are_those_read_one_by_one(tmp_path: Path) -> None:
    """The page's text from one call gives each glyph the code PDFium gives it alone,
    a control character included (the bulk call writes it as U+FFFE)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from talentgraph.loaders.read.pdf.glyphs import _codes

    data = make_pdf([[(72, 720, "Jane\x02Doe"), (72, 700, "caf\xe9 \x07 2019 \u2013 2021")]])
    pdf = pdfium.PdfDocument(data)
    textpage = pdf[0].get_textpage()
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    one_by_one = [pdfium_c.FPDFText_GetUnicode(textpage.raw, i) for i in range(count)]
    assert 2 in one_by_one and 0xE9 in one_by_one and 0x2013 in one_by_one
    assert _codes(textpage.raw, count) == one_by_one
    lines = _texts(read_document(_write(tmp_path, data)))
    assert lines[0].split() in (["JaneDoe"], ["Jane", "Doe"])  # the control character dropped
    assert not any("\ufffe" in line for line in lines)


# ---------------------------------------------------------------- spacing and titles


def _fpdf_page(items: Sequence[tuple[float, float, float, str, float]]) -> bytes:
    """``(x, top y, size, text, letter spacing)`` lines in Helvetica, built with fpdf2."""
    import fpdf

    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for x, y, size, text, spacing in items:
        pdf.set_font("Helvetica", size=size)
        pdf.set_char_spacing(spacing)
        pdf.set_xy(x, y)
        pdf.cell(text=text)
    return bytes(pdf.output())


def test_letter_spaced_words_are_read_as_words(tmp_path: Path) -> None:
    """Headings set letter by letter, with spaces typed between the letters or by letter
    spacing, read as their words; the wider gap between two words parts them."""
    data = _fpdf_page([(50, 40, 30, "J A N E   D O E", 0), (50, 120, 10, "EXPERIENCE", 4),
                       (50, 150, 10, "ABOUT", 4), (92, 150, 10, "ME", 4),
                       (50, 180, 10, "A B C  is not letter spaced", 0)])
    lines = _texts(read_document(_write(tmp_path, data)))
    assert lines[:3] == ["JANE DOE", "EXPERIENCE", "ABOUT ME"]
    assert lines[3] == "A B C is not letter spaced"


def test_a_word_space_the_text_layer_lacks_is_put_back(tmp_path: Path) -> None:
    """A word placed by position only, a little apart, is a word of its own ("Acme Corp"),
    while the letters of kerned words, next to one another, stay one word."""
    import fpdf

    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    first = "Sales Manager bei Acme"
    pdf.set_xy(50, 40)
    pdf.cell(text=first)
    pdf.set_xy(50 + pdf.c_margin + pdf.get_string_width(first) + 1.3, 40)
    pdf.cell(text="Corp, Berlin")
    pdf.set_xy(50, 60)
    pdf.cell(text="AVATAR Wavy Tower LTA")
    lines = _texts(read_document(_write(tmp_path, bytes(pdf.output()))))
    assert lines == ["Sales Manager bei Acme Corp, Berlin", "AVATAR Wavy Tower LTA"]


def test_a_name_in_title_type_over_two_lines_is_one_title(tmp_path: Path) -> None:
    data = _fpdf_page([(50, 40, 30, "JANE MARIE", 0), (50, 75, 30, "DOE", 0),
                       (50, 120, 10, "Accountant", 0), (50, 140, 10, "jane@example.com", 0)])
    blocks = [b for b in read_document(_write(tmp_path, data)).blocks if b.text]
    assert isinstance(blocks[0], Heading) and blocks[0].level == 1
    assert blocks[0].text == "JANE MARIE DOE"
    assert blocks[1].text == "Accountant"


def test_a_sidebar_in_looser_type_is_still_a_column(tmp_path: Path) -> None:
    """A sidebar whose lines stand farther apart than the main column's: half the page's
    rows are the main column's, yet the sidebar is a column read on its own."""
    sidebar = ["CONTACT", "jane.doe@example.com", "+49 30 1234567", "Berlin", "", "SKILLS",
               "Excel", "SAP", "Datev", "INTERESTS", "Hiking"]
    main = ["EXPERIENCE", "Accountant", "Acme GmbH", "2019 - 2023",
            "- Prepared the monthly and annual accounts.", "- Ran the payroll of 40 people.",
            "- Reconciled the bank accounts every week.", "Bookkeeper", "Beta AG",
            "2015 - 2019", "- Booked the incoming and outgoing invoices.",
            "- Prepared the VAT returns.", "- Kept the fixed asset register.",
            "- Answered the auditors' questions.", "", "EDUCATION", "Bachelor of Arts",
            "University of Cologne", "2011 - 2015", "- Major in accounting.",
            "- Minor in economics."]
    left, _ = column(36, 60, 26, 150, sidebar)
    right, _ = column(216, 60, 12.5, 360, main)
    lines = _read(tmp_path, layout_pdf(left + right))
    texts = [line for line in lines if line]
    assert texts[:len([s for s in sidebar if s])] == [s for s in sidebar if s]
    assert texts.index("EXPERIENCE") == len([s for s in sidebar if s])


def _blocks_over_body(tmp_path: Path, items: list) -> dict:
    """The blocks, by text, of a page holding ``items`` above eight lines of body text."""
    items = [*items, *((50, 80 + 14 * n, 10, f"Line {n} of the text set in the body size.", 0)
                       for n in range(8))]
    return {b.text: b for b in read_document(_write(tmp_path, _fpdf_page(items))).blocks}


def test_heading_words_in_type_larger_than_their_column_make_a_heading(tmp_path: Path) -> None:
    """A heading in regular type only a little larger than the text around it is known by
    its words; a line of other words in the same type is not a heading."""
    blocks = _blocks_over_body(tmp_path, [(50, 40, 12, "Experience", 0),
                                          (50, 60, 12, "Acme Corporation", 0)])
    assert isinstance(blocks["Experience"], Heading)
    assert not isinstance(blocks["Acme Corporation"], Heading)


def test_a_column_with_a_ragged_left_edge_is_still_a_column(tmp_path: Path) -> None:
    """Main-column lines that start a few points apart (bullets, indents, a centred
    heading), none shared by five lines: the empty strip left of them is the gutter."""
    sidebar = ["CONTACT", "jane.doe@example.com", "+49 30 1234567", "Berlin", "", "SKILLS",
               "Excel", "SAP", "Datev"]
    main = ["EXPERIENCE", "Accountant at Acme GmbH, 2019 - 2023",
            "Prepared the monthly and annual accounts.", "Ran the payroll of 40 people.",
            "Reconciled the bank accounts every week.", "Bookkeeper at Beta AG, 2015 - 2019",
            "Booked the incoming and outgoing invoices.", "Prepared the VAT returns.",
            "Kept the fixed asset register.", "Answered the auditors' questions.",
            "EDUCATION", "Bachelor of Arts, University of Cologne, 2011 - 2015"]
    left, _ = column(36, 60, 17, 150, sidebar)
    right = [(216 + 4 * (n % 6), 66 + 13 * n, text) for n, text in enumerate(main)]
    lines = [line for line in _read(tmp_path, layout_pdf(left + right)) if line]
    side = [text for text in sidebar if text]
    assert lines[:len(side)] == side
    assert lines[len(side):] == main


def test_a_section_heading_above_its_column_opens_that_column(tmp_path: Path) -> None:
    """The main column's heading set higher than the sidebar's first line is read with
    its column, after the sidebar, not above both; the name above them stays on top."""
    left, _ = column(36, 110, 12, 150, SIDEBAR)
    right, flush = column(216, 80, 14.5, 360, MAIN)
    lines = [line for line in _read(tmp_path, layout_pdf([(300, 40, "JANE DOE"), *left,
                                                          *right], flush)) if line]
    side = [text for text in SIDEBAR if text]
    assert lines[0] == "JANE DOE"
    assert lines[1:1 + len(side)] == side
    assert lines[1 + len(side)] == "EXPERIENCE"


def test_columns_that_change_part_way_down_the_page_are_each_read_down(
        tmp_path: Path) -> None:
    """A sidebar beside the experience, a full-width line, then skills and languages side
    by side at another gutter: each two-column part is read column by column."""
    left, _ = column(36, 60, 12, 150, SIDEBAR)
    right, flush = column(216, 60, 14.5, 360, MAIN)
    wide = [(36, 230, "Certified in cloud architecture, payments security and the operation "
                      "of large distributed systems")]
    skills = ["SKILLS", "Python and Go", "PostgreSQL", "Kubernetes", "Terraform", "Kafka"]
    spoken = ["LANGUAGES", "English (native)", "German (C1)", "French (B2)", "Spanish (B1)",
              "Italian (A2)"]
    low_left, _ = column(36, 260, 13, 200, skills)
    low_right, _ = column(330, 262, 15.5, 200, spoken)
    lines = [line for line in _read(tmp_path, layout_pdf(
        left + right + wide + low_left + low_right, flush)) if line]
    assert lines[-len(skills) - len(spoken):] == skills + spoken
    side = [text for text in SIDEBAR if text]
    assert lines[:len(side)] == side


def test_a_letter_spaced_line_in_the_body_size_is_a_heading(tmp_path: Path) -> None:
    """Letter spacing marks a heading as size or weight do: a short letter-spaced line in
    the body size is a heading, whatever its words; text in the same size is not."""
    blocks = _blocks_over_body(tmp_path, [(50, 40, 10, "PORTFOLIO", 3),
                                          (50, 60, 10, "Acme Corporation", 0)])
    assert isinstance(blocks["PORTFOLIO"], Heading)
    assert not isinstance(blocks["Acme Corporation"], Heading)


def test_a_glyph_without_a_letter_is_dropped(tmp_path: Path) -> None:
    """A symbol-font bullet the text layer maps to no letter comes out as a C1 control
    code (U+0080-U+009F), never text: it is dropped."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding << /Type /Encoding /Differences [131 /g131] >> >>"]
    stream = b"BT /F1 11 Tf 72 700 Td (\x83 Teamwork) Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                   b"/Resources << /Font << /F1 3 0 R >> >> >>")
    assert _texts(read_document(_write(tmp_path, assemble_pdf(objects)))) == ["Teamwork"]

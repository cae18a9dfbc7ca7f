"""One small made-up example per rule for layouts of PDF and Word résumés: labelled groups
of bullets inside a job, a bullet wrapped around a date range, a university over its
school, a thesis title wrapped over two lines, one skill with the tool it was done with,
lists cut by dashes or written in capitals, ligature glyphs, notes under a degree, the
first item under a skills heading, a job title written twice, a title bullet under an
employer, doctoral programmes among jobs and rated rows of skills."""

from __future__ import annotations

import hashlib
from pathlib import Path

from talentgraph.loaders import Document, extract, parse_file, to_json_resume
from talentgraph.loaders.document import TextLine
from talentgraph.loaders.fields.positions import read_role
from talentgraph.loaders.lexicon.taxonomy import skill_canonical
from talentgraph.loaders.lexicon.words import headed_by_title
from talentgraph.loaders.read import read_document
from talentgraph.loaders.segment.lines import join_dangling, join_wrapped, to_lines
from talentgraph.loaders.segment.sections import split_sections
from talentgraph.loaders.to_jsonresume import skill_label
from talentgraph.synth.render_pdf import assemble_pdf


def _record(text: str, name: str = "cv.md") -> dict:
    data = text.encode()
    return to_json_resume(extract(Document.from_text(
        name, name.rsplit(".", 1)[-1], hashlib.sha256(data).hexdigest(),
        tuple(text.splitlines()))))


def _skills(record: dict) -> list[str]:
    return [k for group in record["skills"] if not group.get("mentioned")
            for k in group.get("keywords", [])]


_LABELLED_BULLETS = """\
# Maria Lindqvist

## Experience

**Head Chef**
Harbour Bistro | 2015 - Present

Kitchen Management:
- Ran a kitchen of nine cooks across two shifts.

Menu Skills:
- Wrote the seasonal menus and costed every dish.

**Sous Chef**
Harbour Bistro | 2012 - 2015

## Education

Culinary Institute of Lyon
Diploma in Culinary Arts
"""


def test_a_colon_label_inside_a_job_is_no_section() -> None:
    doc = Document.from_text("cv.md", "md", "0", tuple(_LABELLED_BULLETS.splitlines()))
    kinds = [s.kind for s in split_sections(to_lines(doc.blocks))]
    assert kinds == ["preamble", "experience", "education"]
    record = _record(_LABELLED_BULLETS)
    assert [w["position"] for w in record["work"]] == ["Head Chef", "Sous Chef"]
    assert _skills(record) == []


def test_a_colon_label_without_a_marked_heading_still_opens_a_section() -> None:
    text = "Maria Lindqvist\n\nEXPERIENCE\nHead Chef, Harbour Bistro 2015 - 2020\n\nSkills:\n" \
           "- Pastry\n- Butchery\n"
    kinds = [s.kind for s in split_sections(to_lines(text.splitlines()))]
    assert kinds[-1] == "skills"


def test_a_date_range_in_the_middle_of_a_wrapped_bullet_stays_in_the_bullet() -> None:
    lines = to_lines(["- Ran summer cooking camps for children aged 8 to 12-year",
                      "olds from 2014 to 2019, teaching knife skills and",
                      "Line Cook, Harbour Bistro 2010 - 2012"])
    joined = join_wrapped(lines)
    assert len(joined) == 2
    assert "from 2014 to 2019" in joined[0].text


def test_a_university_over_its_school_is_one_entry() -> None:
    text = ("# Ada Brennan\n\n## Education\n\n**Northfield University**\n"
            "Whitcombe School of Design\nMaster of Arts in Teaching, Art Education\n\n"
            "**Lakeside College**\nBachelor of Arts, Theater\n")
    education = _record(text)["education"]
    assert [e["institution"] for e in education] == ["Northfield University", "Lakeside College"]
    assert education[0]["studyType"].startswith("Master of Arts")


def test_a_thesis_title_wrapped_over_two_lines_is_no_school() -> None:
    text = ("Ada Brennan\n\nEducation\n\nPh.D. Sociology\n2020\nNorthfield University\n"
            "Dissertation: Measuring Trust in Small Towns with a Novel\n"
            "Survey Instrument and Its Predictive Value\n\nM.A. Sociology\n2016\n"
            "Northfield University\nHonors Thesis: Neighbours and Strangers\n\n"
            "A.A. Sociology\n2012\nLakeside Community College\n")
    education = _record(text, "cv.txt")["education"]
    assert [(e["institution"], e["studyType"]) for e in education] == [
        ("Northfield University", "PhD"), ("Northfield University", "M.A."),
        ("Lakeside Community College", "A.A.")]


def test_a_skill_keeps_its_name_not_the_tool_after_a_dash() -> None:
    text = ("# Ada Brennan\n\n## Skills\n\n- Laser Engraving- Beamline 40\n"
            "- Pottery - Kickwheels and Electric Kilns\n- Screen Printing\n")
    assert _skills(_record(text)) == ["Laser Engraving", "Pottery", "Screen Printing"]


def test_a_list_cut_by_dashes_is_split() -> None:
    text = "Ada Brennan\n\nSkills\n\nCoding Languages\nR - Python - Stata - Julia\n"
    assert _skills(_record(text, "cv.txt")) == ["R", "Python", "Stata", "Julia"]


def test_a_list_in_capitals_inside_skills_is_no_heading() -> None:
    text = ("Ada Brennan\n\nEXPERIENCE\nAnalyst, Northfield Bank 2015 - 2020\n\nSKILLS\n"
            "Data Formats\nCSV, JSON, XML\n")
    sections = split_sections(to_lines(text.splitlines()))
    assert sections[-1].kind == "skills"
    assert {"CSV", "JSON", "XML"} <= set(_skills(_record(text, "cv.txt")))


_TO_UNICODE = b"""/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfchar <80> <006600660069> endbfchar
endcmap CMapName currentdict /CMap defineresource pop end end"""


def _ligature_pdf() -> bytes:
    """A page whose font maps one glyph (code 0x80) to the three letters "ffi", as a
    ligature is: PDFium gives each letter the whole glyph's box."""
    rows = [(72, 720, b"Jane Doe"), (72, 690, b"Skills"), (72, 670, b"Libre O\x80ce, Python")]
    ops = b"\n".join(b"BT /F1 11 Tf %d %d Td (%s) Tj ET" % row for row in rows)
    return assemble_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
        b"/ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_TO_UNICODE), _TO_UNICODE)])


def test_a_ligature_glyph_reads_as_one_word(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(_ligature_pdf())
    assert [b.text for b in read_document(path).blocks][-1] == "Libre Office, Python"
    assert _skills(to_json_resume(parse_file(path))) == ["LibreOffice", "Python"]


def test_a_plain_line_under_a_finished_degree_is_a_note_not_a_school() -> None:
    text = ("Ada Brennan\n\nEducation\n\nMaster - Ecology\nUniversité de Nordville\n"
            "Sept. 2016 – Juin 2018\nTrack Wetland Restoration and Monitoring\n\n"
            "Bachelor of Science - Biology\nUniversité de Sudville\nSept. 2013 – Juin 2016\n")
    education = _record(text, "cv.txt")["education"]
    assert [(e["institution"], e["endDate"]) for e in education] == [
        ("Université de Nordville", "2018-06"), ("Université de Sudville", "2016-06")]


def test_the_first_item_under_a_marked_skills_heading_is_no_second_heading() -> None:
    text = ("# Tom Ashdown\n\n## Experience\n\n2001 - 2006\nButcher, Greenway Meats\n\n"
            "## Soft Skills\n\nCommunication skills\nTime management\n")
    doc = Document.from_text("cv.md", "md", "0", tuple(text.splitlines()))
    assert [s.kind for s in split_sections(to_lines(doc.blocks))] == [
        "preamble", "experience", "skills"]
    assert _skills(_record(text)) == ["Communication", "Time Management"]


def test_skills_word_after_a_known_skill_adds_nothing() -> None:
    assert skill_label("Communication skills") == "Communication"
    assert skill_label("Communication") == "Communication"


def test_a_title_written_twice_is_not_the_employer() -> None:
    text = ("Tom Ashdown\n\nExperience\n\n2001 - 2006\nButcher • butcher • Greenway Meats\n")
    work = _record(text, "cv.txt")["work"]
    assert [(w["position"], w["name"]) for w in work] == [("Butcher", "Greenway Meats")]


def test_a_short_title_bullet_under_an_employer_only_header_is_the_title() -> None:
    text = ("Grete Albers\n\nBerufserfahrung\n\n2016 | Nordlicht Beratung, Analytics, Hamburg\n"
            "- Praktikum im Pricing\n2014 | Hafenwerk Stiftung\n"
            "- Workshop-Leitung: \"Measuring Outcomes\"\n"
            "2013 | Kieler Institut\n- Organised the seminar series for visiting guests and staff\n")
    work = _record(text, "cv.txt")["work"]
    assert [w.get("position") for w in work] == [
        "Praktikum im Pricing", "Workshop-Leitung", None]


def test_a_doctoral_programme_among_jobs_is_no_job() -> None:
    text = ("Grete Albers\n\nBESCHÄFTIGUNG\n\n2017 – | Wissenschaftliche Mitarbeiterin, "
            "Kieler Institut\n2017 – | Promotionskolleg des Kieler Instituts\n\n"
            "EXPERIENCE\n\n2015 – 2017 | Doctoral Program in Economics, Northfield University\n")
    work = _record(text, "cv.txt")["work"]
    assert [w["name"] for w in work] == ["Kieler Institut"]


def _cells_record(rows: list[str]) -> dict:
    """A document whose rows hold cells a reader set apart (``a | b``), as a PDF's wide
    gaps or a Word table give them."""
    blocks = tuple(TextLine(row, n, cells=tuple(row.split(" | ")) if " | " in row else ())
                   for n, row in enumerate(rows, 1))
    return to_json_resume(extract(Document("cv.pdf", "pdf", "0", blocks)))


def test_a_rating_cell_beside_skills_is_no_skill() -> None:
    record = _cells_record([
        "Lena Vogt", "", "Kenntnisse", "Programme",
        "Stata & Excel | sehr gute Kenntnisse", "QGIS, Blender | Grundkenntnisse",
        "Docker | Kenntnisse", "Programmiersprachen", "Python, Julia"])
    assert _skills(record) == ["Stata", "Microsoft Excel", "QGIS", "Blender", "Docker", "Python", "Julia"]


def test_a_row_of_cells_is_no_heading() -> None:
    lines = to_lines([TextLine("Lena Vogt", 1), TextLine("Skills", 2),
                      TextLine("Docker | Kenntnisse", 3, cells=("Docker", "Kenntnisse"))])
    assert [s.kind for s in split_sections(lines)] == ["preamble", "skills"]


def _page(rows: list[tuple[int, int, bytes]]) -> bytes:
    """A one-page PDF in Helvetica (WinAnsi), its rows of text placed at (x, y)."""
    ops = b"\n".join(b"BT /F1 11 Tf %d %d Td (%s) Tj ET" % row for row in rows)
    return assemble_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>"])


def test_an_accent_drawn_before_its_letter_is_put_on_it(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(_page([(72, 720, b"Jeanne Roux"), (72, 700, b"Institut Sup\xb4erieur"),
                            (72, 680, b"na\xa8ive `ls` \xb4 x")]))
    texts = [b.text for b in read_document(path).blocks]
    assert texts[1] == "Institut Supérieur"
    assert texts[2] == "naïve `ls` ´ x"


def test_a_tenure_after_the_dates_is_not_in_the_employer() -> None:
    text = "Jeanne Roux\n\nExperience\n\nNorthfield Ministry of Roads | 2017, 2 months\nIntern\n"
    work = _record(text, "cv.txt")["work"]
    assert [(w["name"], w["position"]) for w in work] == [("Northfield Ministry of Roads", "Intern")]


def test_an_advanced_master_is_a_master() -> None:
    text = ("Jeanne Roux\n\nEducation\n\nNorthfield Institute of Statistics | 2020\n"
            "Advanced master in quantitative methods | Paris, France\n")
    education = _record(text, "cv.txt")["education"]
    assert [(e["institution"], e["degreeLevel"]) for e in education] == [
        ("Northfield Institute of Statistics", "master")]


def test_a_weak_title_word_heading_a_short_phrase_is_the_title() -> None:
    text = ("Priya Nair\n\nExperience\n\nMar 2020-present: Design Lead, Wayfinding Team, "
            "Northfield Transit (generally working in Figma)\n")
    work = _record(text, "cv.txt")["work"]
    assert [(w["position"], w["name"]) for w in work] == [
        ("Design Lead", "Wayfinding Team, Northfield Transit")]
    assert headed_by_title("Department Head") and not headed_by_title("Lead")


def test_an_advisor_beside_the_dates_is_no_employer() -> None:
    role = read_role(["NORTHFIELD OBSERVATORY IAB, CHILE | Research Intern",
                      "07/21-Present | Remote | Supervisor: Dr. Jane Roe"])
    assert (role.title, role.employer, role.advisor) == (
        "Research Intern", "NORTHFIELD OBSERVATORY IAB", "Jane Roe")
    assert role.location is not None and role.location.country == "CL"


def test_a_city_under_an_employer_and_title_line_is_no_employer() -> None:
    role = read_role(["KL PARTNERS | Data Analyst", "06/19-01/21 | New Delhi"])
    assert (role.title, role.employer) == ("Data Analyst", "KL PARTNERS")


def test_a_proficiency_tier_over_a_list_is_its_group_not_a_skill() -> None:
    text = ("Ravi Menon\n\nTechnical Skills\n\nProficient\n- Python • SQL • Git\n"
            "Familiar\n- Lua • MATLAB\n")
    record = _record(text, "cv.txt")
    assert _skills(record) == ["Python", "SQL", "Git", "Lua", "MATLAB"]
    assert [g["name"] for g in record["skills"]] == ["Proficient", "Familiar"]


def test_a_spoken_language_with_its_test_score_is_no_skill() -> None:
    text = ("Ravi Menon\n\nTechnical Skills\n\n"
            "Languages: Hindi, English (IELTS: 8.5/9), German (B2)\nProgramming: Python, Go\n")
    record = _record(text, "cv.txt")
    assert _skills(record) == ["Python", "Go"]
    assert [x["language"] for x in record["languages"]] == ["Hindi", "English", "German"]


def test_a_topic_in_sentence_case_over_a_name_in_title_case_is_the_role() -> None:
    role = read_role(["Suivi des populations de chouettes en montagne",
                      "Réserve Naturelle des Hautes Crêtes - RNHC",
                      "Mars 2019 – Juin 2019 | Vallon de l'Arc (13)"])
    assert (role.title, role.employer) == (
        "Suivi des populations de chouettes en montagne",
        "Réserve Naturelle des Hautes Crêtes - RNHC")


def test_a_line_cut_after_a_joining_word_goes_on_in_the_next() -> None:
    lines = join_dangling(to_lines(["Comptage des oiseaux nicheurs et hauteur de la",
                                    "végétation", "Réserve Naturelle des Hautes Crêtes"]))
    assert [line.text for line in lines] == [
        "Comptage des oiseaux nicheurs et hauteur de la végétation",
        "Réserve Naturelle des Hautes Crêtes"]


def test_an_aside_in_brackets_and_a_suite_word_add_no_skill() -> None:
    text = "Sam Ortiz\n\nSkills\n\nSolidWorks (or equivalent tools), Microsoft Office Suite\n"
    assert _skills(_record(text, "cv.txt")) == ["SolidWorks", "Microsoft Office"]
    assert skill_canonical("G-Suite") == "Google Workspace"


_ARTICLES = """\
Mara Quinn
Health journalist

Experience and skills
Written material: news and features on medicine and public health.
Hospital waiting lists grow again in the north. The Northfield Herald. https://herald.example.org/a/1
Rural clinics struggle to hire nurses this winter. The Northfield Herald. https://herald.example.org/a/2
New screening programme cuts late diagnoses 'by a third' Medwire.example/news. https://medwire.example/3
Interviewing: researchers and clinicians.
"""


def test_a_run_of_linked_articles_outside_publications_are_articles() -> None:
    record = _record(_ARTICLES, "cv.txt")
    assert [(p["name"], p.get("publisher")) for p in record["publications"]] == [
        ("Hospital waiting lists grow again in the north", "The Northfield Herald"),
        ("Rural clinics struggle to hire nurses this winter", "The Northfield Herald"),
        ("New screening programme cuts late diagnoses 'by a third'", "Medwire.example/news")]
    assert not any("Hospital" in s for s in _skills(record))


def test_one_linked_line_alone_is_no_article() -> None:
    text = ("Mara Quinn\n\nProjects\nBuilt a clinic booking tool for rural towns. Acme Labs. "
            "https://example.org/tool\n")
    assert _record(text, "cv.txt").get("publications", []) == []


def test_a_degree_dated_with_an_open_dash_is_current() -> None:
    record = _cells_record(["Lena Vogt", "", "AUSBILDUNG", "",
                            "2019 – | Promotion in Soziologie, Universität Nordstadt",
                            "2014 – 2018 | MSc. Soziologie, Universität Nordstadt"])
    assert [(e["studyType"], e.get("startDate"), e.get("endDate"))
            for e in record["education"]] == [
        ("Promotion (PhD)", "2019", None), ("MSc", "2014", "2018")]


def test_a_dated_line_of_prose_about_work_is_no_job() -> None:
    text = ("Mara Quinn\n\nExtra work history\n\n"
            "Northfield Herald: feature writer for the health pages\n"
            "Ministry of Roads, Northfield (2006): writer for the annual safety report\n"
            "KLM: reports from the European Dairy Congress in Lyon, 2005\n"
            "Orbis Press: reports and news articles from trade fairs\n")
    work = _record(text, "cv.txt")["work"]
    assert sorted(w["name"] for w in work) == ["Ministry of Roads, Northfield", "Northfield Herald"]


def test_prose_after_a_title_comma_leaves_the_dated_name_the_employer() -> None:
    role = read_role(["Brightline Kite (2018-19)",
                      "Survey consultant, UX/UI, curation of research literature, content"])
    assert role.employer == "Brightline Kite"
    assert role.title is not None and role.title.startswith("Survey consultant")
    role = read_role(["Analyst, Acme Corp", "London · May 2020 – Present"])
    assert (role.title, role.employer) == ("Analyst", "Acme Corp")


def test_a_name_ending_in_a_capitalised_particle_is_not_joined_to_the_next_line() -> None:
    lines = join_dangling(to_lines(["Kim Du", "kim.du@example.org | +1 415 555 0100"]))
    assert [line.text for line in lines] == ["Kim Du", "kim.du@example.org | +1 415 555 0100"]

"""One small made-up example per rule for layouts of PDF and Word résumés: labelled groups
of bullets inside a job, a bullet wrapped around a date range, a university over its
school, a thesis title wrapped over two lines, one skill with the tool it was done with,
and lists cut by dashes or written in capitals."""

from __future__ import annotations

import hashlib

from talentgraph.loaders import Document, extract, to_json_resume
from talentgraph.loaders.segment.lines import join_wrapped, to_lines
from talentgraph.loaders.segment.sections import split_sections


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

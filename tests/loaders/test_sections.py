"""Section headings in their many spellings, and robustness on arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.records import lines_of, record_of

from talentgraph.loaders.segment.lines import join_dangling, join_wrapped, to_lines
from talentgraph.loaders.segment.sections import heading_kind, split_sections


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.title) for s in split_sections(to_lines(text.splitlines()))]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("## Education", "education"), ("EXPERIENCE", "experience"), ("**EDUCATION**", "education"),
     ("Professional Experiences", "experience"), ("TECHNICAL SKILLS", "skills"),
     ("Skills & Interests", "skills"), ("### **Publications**", "publications"),
     ("Awards and Patents", "awards"), ("ADDITIONAL EXPERIENCE & ACHIEVEMENTS", "awards"),
     ("# Projects", "projects"), ("Honors & Awards:", "awards"), ("Work History", "experience")],
)
def test_heading_kinds(heading: str, kind: str) -> None:
    assert _kinds(f"Jane Doe\n{heading}\nsomething")[1][0] == kind


def test_entry_lines_in_markdown_heading_style_are_not_headings() -> None:
    kinds = _kinds("Jane\n## Experience\n## Senior Software Engineer, Google, Inc.\nMarch 2018")
    assert [k for k, _ in kinds] == ["preamble", "experience"]


def test_heading_glued_to_first_entry_is_split() -> None:
    sections = split_sections(to_lines(["Jane", "EXPERIENCE Staff Engineer, Acme, Inc.", "2020"]))
    assert sections[1].kind == "experience"
    assert sections[1].lines[0].text == "Staff Engineer, Acme, Inc."
    assert sections[1].lines[0].number == 2


def test_label_lines_inside_skills_stay_in_skills() -> None:
    kinds = _kinds("Skills\nLanguages: Python\nAwards: Kaggle Expert\nTools: Docker")
    assert [k for k, _ in kinds] == ["preamble", "skills"]


def test_school_named_education_is_not_a_heading() -> None:
    kinds = _kinds("Education\nBS. EE | Tianjin University of Technology and Education")
    assert [k for k, _ in kinds] == ["preamble", "education"]


@given(st.lists(st.text(max_size=80), max_size=30))
def test_split_sections_never_raises_and_keeps_every_line(lines: list[str]) -> None:
    sections = split_sections(to_lines(lines))
    assert sections[0].kind == "preamble"
    numbers = {line.number for s in sections for line in s.lines}
    numbers |= {s.heading_line for s in sections[1:]}
    assert numbers == set(range(1, len(lines) + 1))


def test_second_line_of_a_title_in_capitals_is_not_a_heading() -> None:
    sections = split_sections(to_lines([
        "EXPERIENCE", "Engineer, Acme, 2019 - 2021", "PUBLICATIONS",
        "FAST SENSOR FUSION ON", "LOW-POWER BOARDS", "Authors: A. Ilves", "", "AWARDS",
        "Best paper, 2020"]))
    assert [s.kind for s in sections] == ["preamble", "experience", "publications", "awards"]


def test_a_name_cut_after_a_joining_word_goes_on_in_the_next_line() -> None:
    lines = join_dangling(to_lines(["Bharati College Of", "Engineering, New Delhi",
                                    "Data analyst and", "Mentor"]))
    assert [line.text for line in lines] == ["Bharati College Of Engineering, New Delhi",
                                             "Data analyst and Mentor"]


def test_the_wrapped_end_of_a_bullet_is_not_a_heading() -> None:
    """A PDF cuts ``- Edited ... final`` / ``publication.``: a lower-case line right under a
    bullet goes on with it, even when its word names a section."""
    sections = split_sections(to_lines([
        "EXPERIENCE", "Editor, School Yearbook, 2012 - 2014",
        "- Coordinated all yearbook activities up to the final", "publications",
        "- Led a team of six", "EDUCATION", "BA, State College, 2016"]))
    assert [s.kind for s in sections] == ["preamble", "experience", "education"]
    assert "publications" in [line.text for line in sections[1].lines]


def test_heading_with_a_note_in_parentheses() -> None:
    kinds = [s.kind for s in split_sections(lines_of(
        "Ana Ortiz\n\nSelected papers (* equal contribution)\n- X\n\nOpen-source projects\n- Y"))]
    assert kinds == ["preamble", "publications", "projects"]


def test_career_objective_is_a_summary_not_experience() -> None:
    kinds = [s.kind for s in split_sections(lines_of("Ana Ortiz\nCAREER OBJECTIVE\nTo build.\n"))]
    assert kinds == ["preamble", "summary"]


def test_numbered_heading_stays_a_heading_and_a_name_line_is_not_wrapped_text() -> None:
    kinds = [s.kind for s in split_sections(lines_of(
        "Ana Ortiz\n3. Education and Professional Training\nNorthfield University"))]
    assert kinds == ["preamble", "education"]
    lines = join_wrapped(lines_of("- Built dashboards for the ops team\nGlobex Inc.\n"))
    assert [line.text for line in lines] == ["Built dashboards for the ops team", "Globex Inc."]


def test_volunteer_and_qualification_summary_headings() -> None:
    from talentgraph.loaders.segment.sections import heading_kind

    def kind(text: str) -> str | None:
        found = heading_kind(lines_of(text)[0], True)
        return found[0] if found else None

    assert kind("Volunteer Experience") == "other"  # JSON Resume's volunteer, not work
    assert kind("Summary of Qualifications") == "summary"
    assert kind("Academic Qualifications") == "education"
    assert kind("Community Involvement") == "other"


def test_grade_phrase_is_not_a_heading() -> None:
    (line,) = to_lines(["with distinction"])
    assert heading_kind(line, seen_heading=True, current="education") is None


_UNDERLINED = """\
Tomasz Wielgosz
tomasz.w@example.org

Work History (6 years)
----------------------
Estimator, Borealis Builders Ltd, Gdansk    2019 - 2023

Academic Record
===============
BSc Quantity Surveying, Gdansk University of Technology, 2015 - 2019

Hobbies and Pets
----------------
Sailing with my dog.
"""


def test_underlined_headings_open_sections() -> None:
    kinds = [(s.kind, s.title) for s in split_sections(to_lines(_UNDERLINED.splitlines()))]
    assert [k for k, _ in kinds] == ["preamble", "experience", "education", "other"]
    out = record_of(_UNDERLINED)
    assert out["basics"]["name"] == "Tomasz Wielgosz"
    assert [w["position"] for w in out["work"]] == ["Estimator"]
    assert out["work"][0]["name"].startswith("Borealis Builders")
    assert out["education"][0]["institution"].startswith("Gdansk University of Technology")


def test_unknown_underlined_heading_ends_the_section_above() -> None:
    lines = to_lines(_UNDERLINED.splitlines())
    education = next(s for s in split_sections(lines) if s.kind == "education")
    assert not any("Sailing" in line.text for line in education.lines)


def test_a_dash_rule_after_a_paragraph_is_no_heading() -> None:
    text = ("Summary\nI build bridges and tunnels for city transport authorities across\n"
            "---\n")
    lines = to_lines(text.splitlines())
    assert not lines[1].underlined


def test_a_column_goes_on_under_its_heading_on_the_next_page() -> None:
    """A two-column PDF is read column by column: page two's main column, until its first
    heading, continues the main column's section of page one, not the sidebar's last."""
    from talentgraph.loaders.document import TextLine

    pages = [(1, ["CONTACT", "jane@example.com", "INTERESTS", "Chess"]),
             (2, ["EXPERIENCE", "Accountant, Acme GmbH", "2019 - 2023"]),
             (11, ["REFERENCES", "On request"]),
             (12, ["Bookkeeper, Beta AG", "2015 - 2019", "EDUCATION", "BA, Cologne"])]
    blocks = [TextLine(text, number, region=region) for number, (region, text) in enumerate(
        ((region, text) for region, texts in pages for text in texts), 1)]
    sections = split_sections(to_lines(blocks))
    by_text = {line.text: s.kind for s in sections for line in s.lines}
    assert by_text["Bookkeeper, Beta AG"] == "experience"
    assert by_text["On request"] == "other"
    assert by_text["BA, Cologne"] == "education"
    # a sidebar column that opens with its own heading is not continued
    assert [s.kind for s in sections].count("other") == 2


@pytest.mark.parametrize(("heading", "kind"), [
    ("**Kenntisse**", "skills"), ("EXPERIANCE", "experience"), ("## Educaton", "education")])
def test_a_heading_set_as_one_is_read_through_a_typo(heading: str, kind: str) -> None:
    assert _kinds(f"Jane Doe\n{heading}\nsomething")[1][0] == kind


def test_a_plain_line_one_typo_from_a_heading_word_stays_text() -> None:
    assert [k for k, _ in _kinds("Jane Doe\nSKILLS\nExperiance")] == ["preamble", "skills"]


def _blocks_sections(blocks: list) -> list:
    return split_sections(to_lines(blocks))


def test_the_title_after_a_sidebar_opens_the_owners_block() -> None:
    """A LinkedIn-style export prints the sidebar first: the name in title type comes
    after the sidebar's sections and opens the owner's block."""
    from talentgraph.loaders.document import Heading, TextLine

    blocks = [Heading("Contact", 1), TextLine("jane@example.com", 2), Heading("Top Skills", 3),
              TextLine("Scrum", 4), Heading("Jane Doe", 5, level=1),
              TextLine("Web Developer", 6), Heading("Experience", 7), TextLine("Acme", 8)]
    sections = _blocks_sections(blocks)
    assert [s.kind for s in sections] == ["preamble", "contact", "skills", "contact",
                                          "experience"]
    assert [line.text for line in sections[3].lines] == ["Jane Doe", "Web Developer"]


def test_an_unmarked_line_under_a_marked_heading_of_its_kind_is_an_item() -> None:
    from talentgraph.loaders.document import Heading, TextLine

    blocks = [TextLine("Jane Doe", 1), Heading("Top Skills", 2), TextLine("Scrum", 3),
              TextLine("Oracle Database", 4), TextLine("Java", 5)]
    sections = _blocks_sections(blocks)
    assert [s.kind for s in sections] == ["preamble", "skills"]
    assert [line.text for line in sections[1].lines] == ["Scrum", "Oracle Database", "Java"]


@pytest.mark.parametrize(("heading", "kind"), [
    ("Estudios formales de interés", "education"), ("Contactar", "contact"),
    ("Extracto", "summary"), ("Language proficiency:", "other")])
def test_more_heading_words(heading: str, kind: str) -> None:
    assert _kinds(f"Jane Doe\nSKILLS\nPython\n{heading}\nsomething")[2][0] == kind


@pytest.mark.parametrize("heading", ["Führerschein", "Driving licence", "Permis de conduire",
                                     "Patente di guida"])
def test_driving_licence_ends_a_skills_list(heading: str) -> None:
    sections = _kinds(f"Jane Doe\nSkills\nExcel\nSAP\n{heading}\nCategory B")
    assert [kind for kind, _ in sections] == ["preamble", "skills", "other"]


def test_heading_set_like_the_known_ones_ends_the_section() -> None:
    text = ("# Jane Doe\n## Experience\nEngineer, Acme, 2019 – 2021\n## Education\n"
            "B.S. Physics, State University, 2018\n## Mentoring & Advising\n"
            "Two summer students\n## Skills\nPython")
    assert [kind for kind, _ in _kinds(text)] == [
        "preamble", "experience", "education", "unknown", "skills"]


def test_entries_set_as_headings_stay_entries() -> None:
    over_dates = ("# Jane Doe\n## Experience\n## Staff Engineer\nAcme, 2019 – 2021\n"
                  "## Education\nB.S. Physics, 2018\n## Skills\nGo")
    assert [kind for kind, _ in _kinds(over_dates)] == [
        "preamble", "experience", "education", "skills"]
    # as many entries as sections set alike: the style is not the sections' own
    alike = ("# Jane Doe\n## Experience\n## Staff Engineer\nBuilt things\n## Site Lead\n"
             "Ran things\n## Education\nB.S. Physics\n## Skills\nGo")
    assert [kind for kind, _ in _kinds(alike)] == [
        "preamble", "experience", "education", "skills"]


@pytest.mark.parametrize("heading", ["Research Methods", "Methods & Tools", "Méthodes"])
def test_methods_headings_are_skills(heading: str) -> None:
    assert _kinds(f"Jane Doe\nEducation\nB.S. Biology\n{heading}\nqPCR")[2][0] == "skills"

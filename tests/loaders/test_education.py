"""Education entries from stacked, piped, comma and run-on layouts."""

from __future__ import annotations

import pytest
from support.records import lines_of, record_of

from talentgraph.loaders import to_json_resume
from talentgraph.loaders.fields.education import extract_education, parse_degree
from talentgraph.loaders.segment.lines import to_lines


def _edu(text: str):
    return extract_education(to_lines(text.splitlines()), "cv.txt")


@pytest.mark.parametrize(
    ("text", "degree", "field"),
    [("Ph.D. in Computer Science", "Ph.D.", "Computer Science"),
     ("MS. Computer Engineering", "MS.", "Computer Engineering"),
     ("PhD, Electrical and Computer Engineering,", "PhD", "Electrical and Computer Engineering"),
     ("Bachelor of Science in Statistics", "Bachelor of Science", "Statistics"),
     ("B.A. Computer Science, B.A. Mathematics.", "B.A.", "Computer Science, Mathematics"),
     ("Machine Learning", None, None)],
)
def test_parse_degree(text: str, degree: str | None, field: str | None) -> None:
    parsed = parse_degree(text)
    assert (parsed or (None, None)) == (degree, field)


def test_stacked_entries_with_advisor_and_graduation_month() -> None:
    education, advisors = _edu(
        "Purdue University, West Lafayette, IN., USA\nPhD, Electrical Engineering, Advisor: "
        "Prof. Dan Jiao\nAugust 2015\n• Linear Solver\nShanghai Jiao Tong University, Shanghai, "
        "China\nBS, Electrical Engineering,\n**June** 2010")
    assert [(e.school, e.degree_level, e.start, e.end) for e in education] == [
        ("Purdue University", "doctorate", None, "2015-08"),
        ("Shanghai Jiao Tong University", "bachelor", None, "2010-06")]
    assert education[0].location is not None and education[0].location.region == "IN"
    assert [a.name for a in advisors] == ["Dan Jiao"]


def test_run_on_line_with_labels() -> None:
    education, advisors = _edu(
        "Fairfax, VA, USA 01/2024-Present Mason University **Degree**: Ph.D. in Computer Science "
        "Advisor: Dr. Keren Zhou 09/2020-06/2023 Hefei University of Technology Hefei, Anhui, "
        "China **Degree**: M.Sc in Computer Science Thesis: Distributed ML Systems")
    assert [(e.school, e.degree, e.start, e.end, e.current) for e in education] == [
        ("Mason University", "Ph.D.", "2024-01", None, True),
        ("Hefei University of Technology Hefei", "M.Sc", "2020-09", "2023-06", False)]
    assert education[1].thesis == "Distributed ML Systems"
    assert [a.name for a in advisors] == ["Keren Zhou"]


def test_degree_pipe_school_and_side_notes_are_not_schools() -> None:
    education, _ = _edu(
        "**MS. Computer Engineering | Washington University**\n\nWashington, DC | 2023 - 2025\n\n"
        "Focus on AI infrastructure.\n\nWilliams College\nB.A. Computer Science\n"
        "Sept 2017 - June 2021\n"
        "Study Abroad: Budapest Institute for Technology - Spring 2020")
    assert [(e.school, e.degree_level, e.start, e.end) for e in education] == [
        ("Washington University", "master", "2023", "2025"),
        ("Williams College", "bachelor", "2017-09", "2021-06")]


def test_degree_comma_school_comma_dates() -> None:
    education, _ = _edu("M.Sc., Computer Science, University of Toronto, 2018 - 2020")
    [e] = education
    assert (e.school, e.degree, e.field, e.end) == ("University of Toronto", "M.Sc.",
                                                    "Computer Science", "2020")


def test_school_run_into_a_capitalised_degree_and_qualification_levels() -> None:
    degrees, _ = _edu("""Hollins Park High School GCSE Maths and English
Marlowe College
NVQ Level 3 Electrical Installation
Westbury University -- BSc Physics""")
    assert [(d.school, d.degree) for d in degrees] == [
        ("Hollins Park High School", "GCSE"), ("Marlowe College", "NVQ Level 3"),
        ("Westbury University", "BSc")]


@pytest.mark.parametrize(("text", "degree", "level"), [
    ("MPharm (Hons) Pharmacy", "MPharm", "master"),
    ("A-levels: Chemistry, Biology", "A-levels", "diploma"),
    ("Diplom-Ingenieur (FH) Maschinenbau", "Diplom-Ingenieur (FH)", "bachelor"),
])
def test_uk_and_national_qualifications(text: str, degree: str, level: str) -> None:
    from talentgraph.loaders.fields.education import level_of
    parsed = parse_degree(text)
    assert parsed is not None and parsed[0] == degree and level_of(parsed[0]) == level


def test_first_letters_give_a_level_only_to_abbreviations() -> None:
    from talentgraph.loaders.fields.education import level_of
    assert [level_of(d) for d in ("MEng", "B.Tech", "MPH", "Auslandsstudium (Erasmus)",
                                  "Magisterarbeit", "Abschlussarbeit")] == [
        "master", "bachelor", "master", None, None, None]


def test_scholarship_among_degrees_is_an_honor_and_a_note_names_the_degree(
        tmp_path) -> None:
    from talentgraph.loaders import parse_file
    cv = tmp_path / "cv.tex"
    cv.write_text(
        "\\documentclass{moderncv}\\name{Jonas}{Keller}\\begin{document}\n"
        "\\section{Ausbildung}\n"
        "\\cventry{04/2012 -- 10/2018}{Studium der Humanmedizin}{Universität Leipzig}{}{}"
        "{Staatsexamen: Note 1,5}\n"
        "\\cvitem{05/2013 -- 10/2018}{Stipendium der Heinrich-Kessler-Stiftung}\n"
        "\\cventry{2003 -- 2012}{Abitur}{Thomasschule}{Leipzig}{}{}\n"
        "\\end{document}\n", encoding="utf-8")
    out = to_json_resume(parse_file(cv))
    assert [(e["institution"], e["studyType"]) for e in out["education"]] == [
        ("Universität Leipzig", "Staatsexamen (Master)"),
        ("Thomasschule", "Abitur (High School)")]
    assert [a["title"] for a in out["awards"]] == ["Stipendium der Heinrich-Kessler-Stiftung"]


def test_a_template_written_the_other_way_round_keeps_the_school_by_its_words(
        tmp_path) -> None:
    """Jake's ``\\resumeSubheading{school}{dates}{degree}{place}`` filled as
    ``{course}{dates}{school}{}``: the field naming a university is the school, the other
    the course of study; an informal degree gets its level in brackets."""
    from talentgraph.loaders import parse_file
    cv = tmp_path / "cv.tex"
    cv.write_text(
        "\\documentclass{article}\n\\newcommand{\\resumeSubheading}[4]{#1 #2 #3 #4}\n"
        "\\begin{document}\n\\section*{Ada Mbeki}\n\\section{Education}\n"
        "\\resumeSubheading{Engineering Physics}{Sept. 2020 -- May 2024}"
        "{University of Cape Town}{}\n"
        "\\resumeSubheading{Riverside Polytechnic}{2016 -- 2019}{Undergrad in Design}{}\n"
        "\\end{document}\n", encoding="utf-8")
    out = to_json_resume(parse_file(cv))
    assert [(e["institution"], e.get("studyType"), e.get("area")) for e in out["education"]] == [
        ("University of Cape Town", None, "Engineering Physics"),
        ("Riverside Polytechnic", "Undergrad (Bachelor)", "Design")]


def test_degree_and_school_set_apart_by_a_semicolon_and_a_school_known_by_its_acronym() -> None:
    """``Part-time PGDip in X; UCL``: a semicolon separates like a comma, a mode of study
    (part-time, online) opens a degree, and a university the taxonomy knows by an acronym
    is a school although its name holds no school word."""
    found, _ = _edu("Sep 2007-Jul 2011: Integrated master's degree in Physics; University of "
                 "Leeds\n- Graduated with a first\nSep 2019-present: Part-time PGDip in "
                 "Health Data Analytics; UCL\n- Two modules so far")
    assert [(e.school, e.degree, e.field, e.start, e.end, e.current) for e in found] == [
        ("University of Leeds", "master's", "Physics", "2007-09", "2011-07", False),
        ("UCL", "PGDip", "Health Data Analytics", "2019-09", None, True)]


def test_a_labelled_note_under_a_degree_is_not_the_next_school() -> None:
    entries, _ = _edu("**MA, Linguistics**, 2013\n\nHarbor University, Halifax, NS\n\n"
                      "Committee: Ann Lee, Bo Chen\n\n**Hon. BSc, Psychology**, 2009\n\n"
                      "Inland College, Regina, SK")
    assert [(e.school, e.degree, e.end) for e in entries] == [
        ("Harbor University", "MA", "2013"), ("Inland College", "BSc", "2009")]


def test_education_table_columns_pick_school_degree_and_year() -> None:
    education, _ = extract_education(lines_of(
        "Degree | Institution | Board / University | Year | Percentage\n"
        "B.E. (Mechanical) | Lakeside College of Engineering, Pune | State University | 2015 | 71%\n"
        "Class XII | Lakeside Senior School, Pune | State Board | 2011 | 88%"), "cv.txt")
    assert [(e.school, e.end) for e in education] == [
        ("Lakeside College of Engineering, Pune", "2015"), ("Lakeside Senior School, Pune", "2011")]


def test_college_line_under_its_university_is_no_new_school() -> None:
    education, _ = extract_education(lines_of(
        "2016.09-2019.06 | Northfield University | Master of Science, Physics\n"
        "School of Physical Sciences, GPA 3.7/4.0\n"
        "2012.09-2016.06 | Southbank University | Bachelor of Science, Physics"), "cv.txt")
    assert [(e.school, e.end) for e in education] == [
        ("Northfield University", "2019-06"), ("Southbank University", "2016-06")]


def test_degree_line_after_a_school_first_entry_keeps_that_school() -> None:
    education, _ = extract_education(lines_of(
        "Northfield University, Leeds, UK | Sep 2020 – present\n"
        "Ph.D. in Chemistry (expected May 2026)\n"
        "M.S.E. in Materials, earned en route, Dec 2022\n"
        "Southbank University, Accra, Ghana | 2012 – 2017\n"
        "B.Sc. (Hons) in Chemistry"), "cv.txt")
    assert [(e.school, e.degree) for e in education] == [
        ("Northfield University", "Ph.D."), ("Northfield University", "M.S.E."),
        ("Southbank University", "B.Sc.")]


def test_every_advisor_on_an_advisors_line() -> None:
    _, advisors = extract_education(lines_of(
        "Northfield University\nPh.D. in Physics, 2019 – present\n"
        "Advisors: Prof. Ada Byron and Prof. Alan Turing"), "cv.txt")
    assert [a.name for a in advisors] == ["Ada Byron", "Alan Turing"]


def test_national_degree_with_a_gloss_and_a_foreign_field_preposition() -> None:
    from talentgraph.loaders.fields.education import level_of, parse_degree

    degree, field = parse_degree("Laurea Magistrale (M.Sc.) in Computer Engineering")
    assert (degree, field, level_of(degree)) == (
        "Laurea Magistrale (M.Sc.)", "Computer Engineering", "master")
    assert parse_degree("Mestrado em Computação") == ("Mestrado", "Computação")


def test_degree_word_after_the_degree_is_not_the_field() -> None:
    from talentgraph.loaders.fields.education import parse_degree

    assert parse_degree("Master's Degree in Data Science") == ("Master's", "Data Science")


def test_expected_graduation_label_on_its_own_line() -> None:
    lines = to_lines(["Aug 2020 – present | Ph.D., Widget Science, Gizmo University",
                      "    Expected graduation: August 2025"])
    (degree,), _ = extract_education(lines, "cv.txt")
    assert (degree.school, degree.start, degree.end) == ("Gizmo University", "2020-08", "2025-08")


def test_label_value_ends_at_a_cell_bar() -> None:
    lines = to_lines(["B.S. Widget Science, GPA: 3.9/4.0 | Gizmo University",
                      "Delft, NL | Aug. 2017 – May 2021"])
    (degree,), _ = extract_education(lines, "cv.txt")
    assert (degree.school, degree.degree, degree.end) == ("Gizmo University", "B.S.", "2021-05")


def test_degree_over_place_and_dates_and_a_prose_line() -> None:
    lines = to_lines(["Ph.D. in Widget Science | Gizmo Institute", "", "Delft | 2015–2019", "",
                      "M.Sc. in Gadgetry | Widget University of Technology", "",
                      "Leiden | 2013–2015", "",
                      "Specialisation in widgets; exchange semester at a gadget school.", "",
                      "B.Sc. in Informatics | University of Leiden", "", "Leiden | 2010–2013"])
    degrees, _ = extract_education(lines, "cv.txt")
    assert [(d.school, d.start, d.end) for d in degrees] == [
        ("Gizmo Institute", "2015", "2019"),
        ("Widget University of Technology", "2013", "2015"),
        ("University of Leiden", "2010", "2013")]


def test_degree_dash_school() -> None:
    text = ("Meera Iyer\nmeera@example.com\n\nEDUCATION\n"
            " * M.Sc. (Organic Chemistry) - Cochin University of Science and Technology, 2012\n")
    edu = record_of(text)["education"]
    assert edu[0]["institution"].startswith("Cochin University of Science and Technology")
    assert edu[0]["studyType"].replace(".", "") == "MSc"


def test_degree_slash_school_dash_year_lines() -> None:
    education, _ = extract_education(to_lines([
        "- Engenheiro Mecânico / FATEC - Faculdade de Tecnologia Norte - 1998.",
        "- Técnico em Eletrônica / Colégio Técnico Sul -1990."]), "cv.txt")
    assert [(e.school, e.degree_level, e.end) for e in education] == [
        ("FATEC - Faculdade de Tecnologia Norte", "bachelor", "1998"),
        # a dash set off by a space leads the year
        ("Colégio Técnico Sul", "diploma", "1990")]


def test_a_certificate_named_by_its_program_pairs_with_the_school_under_it() -> None:
    education, _ = extract_education(to_lines([
        "- Technical Writing Graduate Certificate (TWGC), Editing -12 credits",
        "- Lakeshore State University (Tampa, FL) 2024",
        "- Master of Arts (M.A.) in History",
        "- Northgate University (Austin, TX)"]), "cv.txt")
    assert [(e.school, e.degree, e.end) for e in education] == [
        ("Lakeshore State University", "Technical Writing Graduate Certificate (TWGC)", "2024"),
        ("Northgate University", "Master of Arts (M.A.)", None)]
    assert education[0].location is not None and education[0].location.raw == "Tampa, FL"

"""One small made-up example per rule added in the third round: citation markers set off by
a column bar, year labels before citations and ``^*`` co-first marks, lines repeated by
profile-site copies, employment types and tenures beside employers, ``Skills:`` lines under
a role, title-only roles under an employer heading, the Europass label column, ``to date``."""

from __future__ import annotations

import hashlib

from talentgraph.loaders import Document, extract, to_json_resume
from talentgraph.loaders.fields.education import extract_education
from talentgraph.loaders.fields.positions import read_role
from talentgraph.loaders.fields.publications import parse_citation
from talentgraph.loaders.lexicon.dates import find_dates
from talentgraph.loaders.segment.lines import europass_lines, join_dangling, to_lines
from talentgraph.loaders.segment.sections import heading_kind


def _record(text: str) -> dict:
    data = text.encode()
    return to_json_resume(extract(Document.from_text(
        "cv.txt", "txt", hashlib.sha256(data).hexdigest(),
        tuple(text.splitlines()))))


def test_ieee_marker_in_its_own_column() -> None:
    cite = parse_citation('[3] | Q. Lamb, R. S. Otto, and T. Pike, "Sparse widgets for '
                          'gadgets," in Proc. Int. Symp. Widgets (ISW), 2021, pp. 1-9.')
    assert cite.authors == ["Q. Lamb", "R. S. Otto", "T. Pike"]
    assert cite.title == "Sparse widgets for gadgets"


def test_year_label_and_caret_marks() -> None:
    cite = parse_citation("2019: Q. Lamb^∗, R. Otto^∗, and T. Pike. “Learning widgets from "
                          "weak labels.” In Widget Conference.")
    assert cite.year == "2019"
    assert cite.authors == ["Q. Lamb", "R. Otto", "T. Pike"]
    assert cite.co_first == ["Q. Lamb", "R. Otto"]


def test_employment_type_and_tenure_are_not_names() -> None:
    role = read_role(["Widget Engineer", "Gizmo Works · Full-time",
                      "Jan 2017 - Jun 2019 · 2 yrs 6 mos"])
    assert (role.title, role.employer, role.team) == ("Widget Engineer", "Gizmo Works", None)


def test_skills_line_is_not_an_employer() -> None:
    role = read_role(["Skills: Widgets · Gadgets", "Widget Engineer",
                      "Gizmo Works · Contract"])
    assert role.employer == "Gizmo Works"


def test_profile_copy_repeated_lines_and_grouped_roles() -> None:
    rec = _record("Pat Quill\n\nExperience\nGizmo Works\nGizmo Works\nFull-time · 5 yrs\n\n"
                  "Senior Widget Engineer\nSenior Widget Engineer\nJun 2022 - Present · 2 yrs\n"
                  "Built the widget pipeline for the checkout team and cut its latency.\n"
                  "Skills: Widgets · Gadgets\n\n"
                  "Widget Engineer\nWidget Engineer\nJul 2019 - May 2022 · 2 yrs 11 mos\n"
                  "Wrote the gadget library that the other teams still use today.\n"
                  "Skills: Gadgets\n")
    work = [(w["name"], w["position"], w["startDate"]) for w in rec["work"]]
    assert work == [("Gizmo Works", "Senior Widget Engineer", "2022-06"),
                    ("Gizmo Works", "Widget Engineer", "2019-07")]


def test_to_date_is_open_ended() -> None:
    (span,) = find_dates("10/2020 – to date")
    assert span.current and span.end is None


def test_europass_label_column() -> None:
    text = ("Work experience\n\n"
            " Dates                             03/2019 – to date\n"
            " Occupation or position held       Widget Engineer\n"
            " Main activities and               Built widgets for the\n"
            " responsibilities                  gadget line.\n"
            " Name and address of employer      Gizmo Works B.V., Main St 1, Delft (NL)\n"
            " Type of business or sector        Widgets\n")
    lines = europass_lines(to_lines(text.splitlines()))
    texts = [line.text for line in lines]
    assert "Position: Widget Engineer" in texts
    assert "Built widgets for the gadget line." in texts
    assert not any("Type of business" in t or t == "Widgets" for t in texts)
    rec = _record("Pat Quill\n\n" + text + "\n"
                  " Dates                             01/2016 – 02/2019\n"
                  " Occupation or position held       Gadget Tester\n"
                  " Name and address of employer      Acme Labs, Delft (NL)\n")
    work = [(w["name"], w["position"], w["startDate"], w.get("endDate")) for w in rec["work"]]
    assert work[0][1:] == ("Widget Engineer", "2019-03", None)
    assert work[0][0].startswith("Gizmo Works")
    assert work[1] == ("Acme Labs", "Gadget Tester", "2016-01", "2019-02")


def test_plain_documents_keep_their_label_lines() -> None:
    lines = to_lines(["Dates | 2019", "Widget Engineer"])
    assert [line.text for line in europass_lines(lines)] == ["Dates | 2019", "Widget Engineer"]


def test_place_by_the_dates_and_employer_in_the_title_tail() -> None:
    role = read_role(["Data Analyst, Gizmo Works", "Utrecht · September 2018 – March 2021"])
    assert (role.title, role.employer) == ("Data Analyst", "Gizmo Works")
    assert role.location is not None and role.location.city == "Utrecht"


def test_team_in_the_title_tail_stays_in_the_title() -> None:
    role = read_role(["Analyst, Technology Consulting, Accenture",
                      "Utrecht · September 2016 – August 2018"])
    assert (role.title, role.employer) == ("Analyst, Technology Consulting", "Accenture")


def test_hanging_text_after_a_dangling_word_is_joined() -> None:
    lines = join_dangling(to_lines(["2020 – present | Assistant, Widget Lab, Institute of",
                                    "    Gadgetry", "    Built widgets for the lab."]))
    assert [line.text for line in lines] == [
        "2020 – present | Assistant, Widget Lab, Institute of Gadgetry",
        "Built widgets for the lab."]


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


def test_grade_phrase_is_not_a_heading() -> None:
    (line,) = to_lines(["with distinction"])
    assert heading_kind(line, seen_heading=True, current="education") is None


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


def test_profile_caption_inside_a_contact_block() -> None:
    rec = _record("Pat Quill\nWidget Engineer\n\nContact info\nPat's Profile\n"
                  "linkedin.com/in/pat-quill\nEmail\npat.quill@example.org\n\n"
                  "About\nWidget engineer who builds gadgets for people who use them every day.\n")
    assert rec["basics"]["email"] == "pat.quill@example.org"

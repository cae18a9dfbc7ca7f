"""One small made-up example per general extraction rule (grouped roles, heading-less CVs,
citation styles, degree dates, patents, awards, skills, names)."""

from __future__ import annotations

import hashlib

from talentgraph.loaders import Document, extract, to_json_resume
from talentgraph.loaders.fields.awards import extract_awards
from talentgraph.loaders.fields.education import extract_education, parse_degree
from talentgraph.loaders.fields.positions import extract_positions
from talentgraph.loaders.fields.publications import parse_citation
from talentgraph.loaders.fields.skills import extract_skills
from talentgraph.loaders.segment.lines import to_lines


def _resume(text: str):
    data = text.encode()
    return extract(Document.from_text("cv.txt", "txt", hashlib.sha256(data).hexdigest(),
        tuple(text.splitlines())))


def _positions(text: str):
    return extract_positions(to_lines(text.splitlines()), "cv.txt")[0]


def test_employer_line_over_title_and_team_lines_and_a_second_role_under_it() -> None:
    positions = _positions(
        "Northwind Traders, Portland, OR\n"
        "Director, Platform Engineering — Checkout | Mar 2019 – Present\n"
        "- Led six teams.\n"
        "Engineering Manager — Checkout | Jan 2016 – Feb 2019\n"
        "- Hired ten engineers.\n"
        "Staff Engineer | Jun 2014 – Dec 2015\n"
        "Globex, Austin, TX\n"
        "Software Engineer, Billing | Jul 2010 – May 2014\n")
    assert [(p.employer, p.title, p.start) for p in positions] == [
        ("Northwind Traders", "Director, Platform Engineering, Checkout", "2019-03"),
        ("Northwind Traders", "Engineering Manager, Checkout", "2016-01"),
        ("Northwind Traders", "Staff Engineer", "2014-06"),
        ("Globex", "Software Engineer, Billing", "2010-07")]
    assert positions[0].current and positions[1].location.raw == "Portland, OR"
    assert positions[3].location.raw == "Austin, TX"


def test_title_line_then_employer_line_below() -> None:
    [p] = _positions("Data Scientist, Search Ranking\tJul 2018 – Mar 2021\n"
                     "Initrode · Brooklyn, NY\n- Trained ranking models.")
    assert (p.employer, p.title, p.location.raw) == (
        "Initrode", "Data Scientist, Search Ranking", "Brooklyn, NY")


def test_known_organization_is_not_split_into_a_unit_when_the_rest_is_an_institute() -> None:
    from talentgraph.loaders.lexicon.taxonomy import known_org_part
    assert known_org_part("Georgia Tech Research Institute") is None


def test_headerless_cv_date_led_blocks_become_sections() -> None:
    r = _resume(
        "Dr. Anna Kowalczyk\nanna@example.org · +48 600 100 200\n\n"
        "05.2020 – now        Fabrikam GmbH, Munich\n"
        "                     Senior Data Engineer, Risk Analytics\n"
        "                     Built streaming pipelines with Apache Flink.\n\n"
        "01.2017 – 04.2020    Contoso AG, Zurich\n"
        "                     Data Engineer\n\n"
        "10.2014 – 09.2016    M.Sc. Computer Science, Technical University of Gdansk\n"
        "10.2011 – 09.2014    B.Sc. Computer Science, Technical University of Gdansk\n\n"
        "2016                 Best Thesis Award of the Polish Computer Society\n")
    assert r.contact.name == "Anna Kowalczyk"
    assert [(p.employer.split(",")[0], p.title) for p in r.positions] == [
        ("Fabrikam GmbH", "Senior Data Engineer, Risk Analytics"), ("Contoso AG", "Data Engineer")]
    assert r.positions[0].current
    assert [(e.degree_level, e.end) for e in r.education] == [
        ("master", "2016-09"), ("bachelor", "2014-09")]
    [award] = r.awards
    assert (award.title, award.date, award.awarder) == (
        "Best Thesis Award", "2016", "Polish Computer Society")


def test_acm_citation_with_year_after_the_authors() -> None:
    c = parse_citation("Ada Byron, Charles B. Babbage, and Mary Somerville. 2021. Engines of "
                       "Difference. In Proceedings of the 3rd Workshop on Machines (WOM '21). "
                       "ACM, 1–9.")
    assert c.title == "Engines of Difference" and c.year == "2021"
    assert c.authors == ["Ada Byron", "Charles B. Babbage", "Mary Somerville"]
    assert c.venue is not None and c.venue.startswith("Proceedings of the 3rd Workshop")


def test_ieee_and_apa_citations() -> None:
    ieee = parse_citation('A. B. Quill, C. Reed, and D. Pen, "Writing fast," in Proc. '
                          "IEEE Conference on Ink (ICI), 2020, pp. 1–4.")
    assert (ieee.title, ieee.year, ieee.authors) == (
        "Writing fast", "2020", ["A. B. Quill", "C. Reed", "D. Pen"])
    apa = parse_citation("Quill, A. B., & Reed, C. (2019). Slow writing. Journal of Ink, 4(2).")
    assert (apa.title, apa.year, apa.authors) == ("Slow writing", "2019", ["A. B. Quill", "C. Reed"])


def test_expected_date_en_route_degree_and_next_school() -> None:
    lines = to_lines([
        "### Lakeside University",
        "**Ph.D. in Chemistry** · Sep 2020 – Present (expected June 2026) · Seattle, WA",
        "- **Advisor:** Prof. Rosalind Elbe",
        "- M.S. in Chemistry earned en route, Dec 2022",
        "### Coastal College",
        "**B.S. in Chemistry** · Aug 2016 – May 2020",
    ])
    education, advisors = extract_education(lines, "cv.md")
    assert [(e.school, e.degree_level, e.start, e.end) for e in education] == [
        ("Lakeside University", "doctorate", "2020-09", "2026-06"),
        ("Lakeside University", "master", None, "2022-12"),
        ("Coastal College", "bachelor", "2016-08", "2020-05")]
    assert [a.name for a in advisors] == ["Rosalind Elbe"]


def test_bold_school_then_degree_on_one_line_per_entry() -> None:
    lines = to_lines(["**Codeworks** — Diploma, Web Development\t07/2021 – 10/2021",
                      "**Maple University** — Bachelor of Arts, History\t09/2012 – 06/2016"])
    education, _ = extract_education(lines, "cv.docx")
    assert [(e.school, e.degree, e.start) for e in education] == [
        ("Codeworks", "Diploma", "2021-07"), ("Maple University", "Bachelor of Arts", "2012-09")]


def test_national_degrees_keep_their_written_form() -> None:
    assert parse_degree("Dr. rer. nat. (PhD) in Physics") == ("Dr. rer. nat. (PhD)", "Physics")
    assert parse_degree("Class XII (CBSE)") == ("Class XII", None)
    assert parse_degree("Honours Bachelor of Science (HBSc), Mathematics")[0] == \
        "Bachelor of Science"


def test_patents_section_lines_and_continuation() -> None:
    lines = to_lines(["US 12,345,678 B2 — Method for folding paper cranes",
                      "(granted Mar. 2023; co-inventors A. Lee)"])
    awards, patents = extract_awards(lines, "cv.txt", patents_only=True)
    assert awards == []
    [p] = patents
    assert (p.title, p.number, p.date) == ("Method for folding paper cranes", "US12345678B2",
                                           "2023-03")


def test_patent_number_leading_a_line_of_an_awards_section() -> None:
    lines = to_lines(["- US 9,876,543 B1 — Self-watering planter (issued Jan 2020)",
                      "- Gardening Excellence Award, Green Thumb Society, 2019"])
    awards, patents = extract_awards(lines, "cv.txt")
    assert [(p.title, p.date) for p in patents] == [("Self-watering planter", "2020-01")]
    assert [a.awarder for a in awards] == ["Green Thumb Society"]


def test_awarder_in_parentheses_or_after_a_dash() -> None:
    lines = to_lines(["▪ CodeFest 3 – Best Use of Maps (Open Data Alliance), 2021",
                      "- Mentor of the Year Award — Riverside School District, 2018"])
    awards, _ = extract_awards(lines, "cv.txt")
    assert [(a.title, a.awarder, a.date) for a in awards] == [
        ("CodeFest 3 – Best Use of Maps", "Open Data Alliance", "2021"),
        ("Mentor of the Year Award — Riverside School District", "Riverside School District",
         "2018")]


def test_page_footers_and_rules_are_not_content() -> None:
    assert [line.text for line in to_lines(["1 / 1", "Page 2 of 3", "=====", "Real"])] == [
        "", "", "", "Real"]


def test_skill_items_parenthesised_tool_slash_pair_and_wrapped_lines() -> None:
    lines = to_lines(["**Analysis:** Excel (Power Query), Agile/Scrum, Python (advanced)",
                      "▪ Go (gin, grpc-go,", "  cobra)"])
    skills, _ = extract_skills(lines, "cv.md")
    assert [s.name for s in skills] == ["Excel", "Power Query", "Agile", "Scrum", "Python",
                                        "Go", "gin", "grpc-go", "cobra"]


def test_spoken_languages_go_to_json_resume_languages() -> None:
    r = _resume("Jane Roe\njane@example.com\n\nSKILLS\nPython, SQL\n\nLANGUAGES\n"
                "Spanish (native), English\n(fluent)\n")
    out = to_json_resume(r)
    assert [x["language"] for x in out["languages"]] == ["Spanish", "English"]
    assert [k for g in out["skills"] for k in g["keywords"]] == ["Python", "SQL"]


def test_name_line_drops_honorific_nickname_and_bracketed_headings_are_read() -> None:
    r = _resume('Prof. Robert "Bob" Keller\n=================\nbob@example.com\n\n'
                "【Work Experience】\nAcme Corp                 2019.03-2021.06\nBackend Engineer\n"
                "- Built APIs.\n")
    assert r.contact.name == "Robert Keller"
    assert [(p.employer, p.title, p.start, p.end) for p in r.positions] == [
        ("Acme Corp", "Backend Engineer", "2019-03", "2021-06")]

"""Rules for résumés from other countries and languages, each on a small input of its own:
headings and dates in other languages, tables, degrees glossed with a familiar one, a name
block away from the top (what the international corpus, ``tests/corpora/international``,
pushed for; the corpus itself is scored by ``test_corpora.py``)."""

from __future__ import annotations

import hashlib

import pytest
from support.records import record_of

from talentgraph.loaders import Document, extract, to_json_resume
from talentgraph.loaders.fields.education import level_of, parse_degree
from talentgraph.loaders.lexicon.dates import find_dates
from talentgraph.loaders.segment.lines import to_lines
from talentgraph.loaders.segment.sections import split_sections


def _kinds(text: str) -> list[str]:
    return [s.kind for s in split_sections(to_lines(text.splitlines()))]


@pytest.mark.parametrize(("heading", "kind"), [
    ("Berufserfahrung", "experience"),
    ("EXPÉRIENCE PROFESSIONNELLE", "experience"),
    ("Experiencia laboral", "experience"),
    ("Academic Appointments", "experience"),
    ("Where I've worked", "experience"),
    ("Ausbildung", "education"),
    ("FORMATION", "education"),
    ("Formación académica", "education"),
    ("Kenntnisse", "skills"),
    ("COMPÉTENCES", "skills"),
    ("Veröffentlichungen (Auswahl)", "publications"),
    ("Auszeichnungen", "awards"),
    ("Sprachen", "other"),
    ("Certificates", "other"),
])
def test_headings_in_other_languages_and_words(heading: str, kind: str) -> None:
    assert _kinds(f"Ana Lima\n\n{heading}\n\nSomething under it")[-1] == kind


def test_a_glyph_marked_heading_between_blank_lines_is_a_heading() -> None:
    kinds = _kinds("Ana Lima\n\n■ Education\n\n2012 – 2016 | University of Porto\n\n"
                   "■ Skills\n\nPython, SQL\n")
    assert kinds == ["preamble", "education", "skills"]


@pytest.mark.parametrize(("text", "start", "end", "current"), [
    ("Depuis janv. 2021", "2021-01", None, True),
    ("seit 04/2022", "2022-04", None, True),
    ("sept. 2017 – déc. 2020", "2017-09", "2020-12", False),
    ("März 2019 – heute", "2019-03", None, True),
    ("févr. – août 2017", "2017-02", "2017-08", False),
    ("Jan – Jun 2022", "2022-01", "2022-06", False),
    ("2017–19", "2017", "2019", False),
    ("2019 – 22", "2019", "2022", False),
])
def test_date_styles(text: str, start: str, end: str | None, current: bool) -> None:
    span = find_dates(text)[0]
    assert (span.start, span.end, span.current) == (start, end, current)


def test_a_hyphenated_year_month_is_not_a_two_digit_range() -> None:
    assert [(s.start, s.end) for s in find_dates("2010-11")] == [("2010-11", "2010-11")]


@pytest.mark.parametrize(("text", "degree", "level"), [
    ("Civilingenjör (MSc) in Computer Science", "Civilingenjör (MSc)", "master"),
    ("Diplôme d'ingénieur (grade de Master), Informatique",
     "Diplôme d'ingénieur (grade de Master)", "master"),
    ("Promotion (Dr.-Ing.), Elektrotechnik", "Promotion (Dr.-Ing.)", "doctorate"),
])
def test_degrees_glossed_with_a_familiar_one(text: str, degree: str, level: str) -> None:
    parsed = parse_degree(text)
    assert parsed is not None and parsed[0] == degree
    assert level_of(parsed[0]) == level


def test_a_name_printed_below_the_sidebar_is_found_by_its_email() -> None:
    out = record_of("CONTACT\nLisbon, Portugal\nines.carvalho.dev@gmail.com\n\nSKILLS\nPython\nSQL\n"
                    "\nInês Carvalho\nBackend Engineer\n\nEXPERIENCE\n"
                    "Backend Engineer | Jan 2020 - Present\nFarfetch, Porto\n")
    assert out["basics"]["name"] == "Inês Carvalho"
    skills = {k for s in out["skills"] for k in s["keywords"]}
    assert "Inês Carvalho" not in skills and "Python" in skills


def test_a_contact_bar_opening_with_the_name_keeps_its_details() -> None:
    out = record_of("Sam Okafor · Leeds, UK · sam.okafor@example.com · +44 7700 900123\n\n"
                    "Experience\n\nData Analyst, Asda — Leeds | 2019 – 2022\n")
    assert out["basics"]["name"] == "Sam Okafor"
    assert out["basics"]["email"] == "sam.okafor@example.com"


def test_a_german_doctor_title_is_not_part_of_the_name() -> None:
    assert record_of("Dr.-Ing. Jonas Becker\njonas@becker.de\n")["basics"]["name"] == "Jonas Becker"


def test_a_table_heading_row_is_not_an_entry() -> None:
    out = record_of("Mira Patel\n\nCareer History\n\nPeriod | Position / Employer\n\n"
                    "Mar 2018 – to date\nSite Engineer\nLarsen & Toubro – Mumbai, India\n")
    assert [(w["name"], w["position"]) for w in out["work"]] == [
        ("Larsen & Toubro", "Site Engineer")]


def test_roles_under_a_markdown_employer_heading_share_it() -> None:
    text = ("# Lena Ortiz\n\n## Experience\n\n### Rappi — Bogotá\n"
            "Senior Analyst, Growth · 03/2021 – present\n- Led pricing tests.\n\n"
            "Analyst, Payments · 01/2019 – 02/2021\n- Built dashboards.\n")
    data = text.encode()
    out = to_json_resume(extract(Document.from_text("cv.md", "md", hashlib.sha256(data).hexdigest(),
        tuple(text.splitlines()))))
    assert [w["name"] for w in out["work"]] == ["Rappi", "Rappi"]


def test_skills_written_as_prose_and_as_a_slash_list() -> None:
    prose = record_of("Ana Lima\n\nToolbox\n\nPython daily. I have run Kubernetes and "
                      "Terraform in production.\n")
    assert {"Python", "Kubernetes", "Terraform"} <= {
        k for s in prose["skills"] for k in s["keywords"]}
    slashed = record_of("Ana Lima\n\nSkills\n\nC / C++ / Python / Git\n")
    assert {"C", "C++", "Python", "Git"} <= {k for s in slashed["skills"] for k in s["keywords"]}


@pytest.mark.parametrize(("header", "employer"), [
    ("Ingénieure logiciel senior — Schneider Electric, Grenoble | 2019 – 2021", "Schneider Electric"),
    ("Entwicklungsingenieurin | Robert Bosch GmbH | 2018 – 2022", "Robert Bosch"),
])
def test_job_titles_in_other_languages(header: str, employer: str) -> None:
    work = record_of(f"Ana Lima\n\nExperience\n\n{header}\n")["work"]
    assert work and work[0]["name"].startswith(employer)

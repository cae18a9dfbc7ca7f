"""Education entries as résumés outside English write them: schools named by compound
words or acronyms, degree and school joined by each language's "at", sections written as
blocks, two degrees on one line, dates still to come."""

from __future__ import annotations

import pytest
from support.records import lines_of, record_of

from talentgraph.loaders.fields.education import extract_education, parse_degrees
from talentgraph.loaders.lexicon.words import school_score


def _entries(text: str) -> list[tuple[str, str | None, str | None]]:
    education, _ = extract_education(lines_of(text), "cv.txt")
    return [(e.school, e.degree, e.end) for e in education]


@pytest.mark.parametrize("name", [
    "Fachoberschule Kassel", "Städtische Primarschule", "Gewerbliches Bildungszentrum Ost",
    "Staatliche Musikakademie", "Berufskolleg Mitte", "Gesamtschule Nord",
    "Basisschool De Regenboog", "Christelijke Hogeschool Noord"])
def test_compound_school_words(name: str) -> None:
    """German and Dutch write the kind of school as the end of one word."""
    assert school_score(name)


@pytest.mark.parametrize("word", ["Schulbildung", "Schulungen", "Kollegen", "Schooling"])
def test_compound_school_words_need_the_whole_ending(word: str) -> None:
    assert not school_score(word)


@pytest.mark.parametrize(("text", "school", "degree"), [
    ("2021 : Licence 3 à l'EPTQ", "EPTQ", "Licence 3"),
    ("2015 – 2019: Master an der Technischen Hochschule Nord", "Technischen Hochschule Nord",
     "Master"),
    ("2012 - 2015 Laurea triennale presso l'Università di Esempio", "Università di Esempio",
     "Laurea triennale"),
    ("2010 BSc in Physics at NTU", "NTU", "BSc"),
])
def test_degree_then_the_word_for_at_then_school(text: str, school: str, degree: str) -> None:
    """Each language's word between a degree and its school splits the two; an acronym
    right after it is the school."""
    [(found_school, found_degree, _)] = _entries(text)
    assert (found_school, found_degree) == (school, degree)


def test_degree_dash_acronym_school() -> None:
    assert _entries("09/2008 – 06/2009 | Fachmaturität - FMS Talbach") == [
        ("FMS Talbach", "Fachmaturität", "2009-06")]


@pytest.mark.parametrize("text", [
    # school, dates, degree, grade: a blank line between blocks
    "Musterschule für Technik\n2019 - 2022\nAusbildung zum Elektroniker\nNote: 1,7\n\n"
    "Realschule Nordstadt\n2013 - 2019\nRealschulabschluss\nNote: 2,0\n",
    # degree, school, dates
    "Ausbildung zum Elektroniker\nMusterschule für Technik, Kassel\n2019 - 2022\n\n"
    "Realschulabschluss\nRealschule Nordstadt, Kassel\n2013 - 2019\n",
])
def test_blocks_set_apart_by_blank_lines_are_one_degree_each(text: str) -> None:
    entries = _entries(text)
    assert [(s.split(",")[0], d, e) for s, d, e in entries] == [
        ("Musterschule für Technik", "Ausbildung zum Elektroniker", "2022"),
        ("Realschule Nordstadt", "Realschulabschluss", "2019")]


def test_a_bare_kind_of_school_above_the_school_is_its_degree() -> None:
    """``Gymnasium`` above ``Gymnasium am Park, Bonn`` names the schooling, not a second
    school."""
    entries = _entries("Gymnasium\nGymnasium am Park, Bonn\n2004 – 2012\n\n"
                       "Grundschule\nGrundschule Süd, Bonn\n2000 – 2004\n")
    assert [(s.split(",")[0], d) for s, d, _ in entries] == [
        ("Gymnasium am Park", "Gymnasium"), ("Grundschule Süd", "Grundschule")]


def test_a_school_name_wrapped_after_a_joining_word() -> None:
    """``Fachschule für`` / ``Wirtschaft``: the line ends on "für", the name goes on."""
    record = record_of("Erika Muster\n\nAusbildung\n\n"
                       "Evangelische Fachschule für\nWirtschaft\n2010 - 2013\n"
                       "staatlich anerkannte Erzieherin\n\n"
                       "Gymnasium Süd\n2001 - 2010\nAbitur\n")
    assert [e["institution"] for e in record["education"]] == [
        "Evangelische Fachschule für Wirtschaft", "Gymnasium Süd"]


@pytest.mark.parametrize(("text", "degrees"), [
    ("MSc & BSc in Mechanical Engineering", [("MSc", "Mechanical Engineering"),
                                        ("BSc", "Mechanical Engineering")]),
    ("B.S./M.S. in Chemistry", [("B.S.", "Chemistry"), ("M.S.", "Chemistry")]),
    ("Licence et Master en Droit", [("Licence", "Droit"), ("Master", "Droit")]),
    ("Bachelor und Master in Informatik", [("Bachelor", "Informatik"),
                                           ("Master", "Informatik")]),
    ("Bachelor of Arts and Sciences", [("Bachelor of Arts", "and Sciences")]),
    ("MD/PhD in Biology", [("MD", "/, Biology")]),
])
def test_two_degrees_of_one_field(text: str, degrees: list[tuple[str, str]]) -> None:
    assert parse_degrees(text) == degrees


def test_two_degrees_take_their_years_in_order() -> None:
    assert _entries("2012/2010 | MSc & BSc in Mechanical Engineering | Northfield University") == [
        ("Northfield University", "MSc", "2012"), ("Northfield University", "BSc", "2010")]


@pytest.mark.parametrize(("text", "end"), [
    ("Northfield University | Expected graduation: May 2027 | BSc in Physics", "2027-05"),
    ("Universidad del Norte | Fecha estimada: julio 2030 | Ingeniería en Sistemas", "2030-07"),
    ("Hochschule Nord | voraussichtlicher Abschluss: 09/2026 | Bachelor Informatik", "2026-09"),
    ("Université du Nord | Licence 3, prévue en juin 2026", "2026-06"),
])
def test_a_date_still_to_come_is_the_end(text: str, end: str) -> None:
    record = record_of(f"Jane Roe\n\nEducation\n{text}\n")
    [entry] = record["education"]
    assert entry["endDate"] == end
    assert "startDate" not in entry


@pytest.mark.parametrize(("label", "level"), [
    ("Licence 2", "bachelor"), ("Master 1", "master"), ("Fachabitur", "diploma"),
    ("Kaufmännische Lehre", "diploma"), ("Diplomado", "diploma"), ("Magíster", "master"),
])
def test_degrees_of_more_systems_have_a_level(label: str, level: str) -> None:
    from talentgraph.loaders.fields.education import level_of, parse_degree

    parsed = parse_degree(f"{label} en Economía")
    assert parsed is not None and parsed[0] == label
    assert level_of(parsed[0]) == level


@pytest.mark.parametrize(("text", "school"), [
    ("08/2011 – 06/2014 | Ausbildung zur Bankkauffrau, Musterbank AG, Kassel",
     "Musterbank AG"),
    ("2009 – 2012 | Apprenticeship in Plumbing, Example Pipes Ltd", "Example Pipes Ltd"),
])
def test_a_firm_beside_an_apprenticeship_is_where_it_was_learnt(text: str, school: str) -> None:
    [(found, _, _)] = _entries(text)
    assert found.split(",")[0] == school

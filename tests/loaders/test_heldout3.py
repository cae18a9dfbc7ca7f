"""The third held-out corpus (tests/heldout3): sixteen résumés written independently of the
parser, in six formats and several languages.  Every document parses with its owner and its
work, the macro F1 stays above a floor, and the general rules the corpus pushed for (other
languages' headings and dates, tables, glossed degrees, a name block away from the top) are
checked on small inputs of their own."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from talentgraph.loaders import parse_file, to_json_resume
from talentgraph.loaders.dates import find_dates
from talentgraph.loaders.education import level_of, parse_degree
from talentgraph.loaders.lines import to_lines
from talentgraph.loaders.sections import split_sections

from .test_heldout import _f1, _fields

HELDOUT3 = Path(__file__).parents[1] / "heldout3"
DOCS = sorted((HELDOUT3 / "docs").glob("*.*"))
# 0.828 before any tuning for this corpus; 0.986 when the floor was set.
MACRO_F1_FLOOR = 0.97


@cache
def _parsed(path: Path) -> dict[str, Any]:
    return to_json_resume(parse_file(path))


def _gold(path: Path) -> dict[str, Any]:
    return json.loads((HELDOUT3 / "gold" / f"{path.stem}.gold.json").read_text())


def test_corpus_is_complete() -> None:
    assert len(DOCS) == 16
    assert all((HELDOUT3 / "gold" / f"{p.stem}.gold.json").exists() for p in DOCS)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_document_parses_with_owner_and_work(path: Path) -> None:
    out, gold = _parsed(path), _gold(path)
    assert out["basics"].get("name"), "no owner name found"
    if gold.get("work"):
        assert out.get("work"), "no work entry found"


def test_macro_f1_stays_above_its_floor() -> None:
    totals: dict[str, list[int]] = {}
    for path in DOCS:
        for name, g, p, h in _fields(_gold(path), _parsed(path)):
            t = totals.setdefault(name, [0, 0, 0])
            t[0], t[1], t[2] = t[0] + g, t[1] + p, t[2] + h
    macro = sum(_f1(*t) for t in totals.values()) / len(totals)
    assert macro >= MACRO_F1_FLOOR, {k: round(_f1(*t), 2) for k, t in totals.items()}


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

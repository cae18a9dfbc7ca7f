"""Hand-written résumés in other layouts: the extractors must not be tuned to the seeds."""

from __future__ import annotations

import hashlib
from pathlib import Path

from talentgraph.loaders import Document, Resume, extract

FIXTURES = Path(__file__).parent / "fixtures"


def _resume(name: str) -> Resume:
    data = (FIXTURES / name).read_bytes()
    return extract(Document.from_text(name, name.rsplit(".", 1)[1], hashlib.sha256(data).hexdigest(),
        tuple(data.decode("utf-8").splitlines())))


def test_markdown_h3_entries_apa_and_awards() -> None:
    r = _resume("classic.md")
    assert [(p.employer, p.title, p.current) for p in r.positions] == [
        ("Acme Analytics", "Senior Data Scientist", True),
        ("Northwind Health, Inc.", "Data Analyst", False)]
    assert [(e.school, e.degree_level) for e in r.education] == [
        ("Brown University", "master"), ("University of Rhode Island", "bachelor")]
    [paper] = r.publications
    assert paper.authors == ["M. Gonzalez-Ruiz", "L. Chen"] and paper.owner_position == 1
    assert [a.awarder for a in r.awards] == ["University of Rhode Island", "Boston Data Conference"]
    assert r.contact.summary is not None and r.contact.summary.startswith("Data scientist")


def test_pdf_like_columns() -> None:
    r = _resume("pdfish.txt")
    assert [(p.employer, p.title, p.start, p.end) for p in r.positions] == [
        ("Globex Corporation", "Principal Software Engineer", "2020-03", None),
        ("Initech", "Software Engineer II", "2016-08", "2020-02")]
    assert r.positions[1].location is not None and r.positions[1].location.region == "TX"
    [edu] = r.education
    assert (edu.school, edu.end) == ("University of Texas at Austin", "2016-05")


def test_academic_cv() -> None:
    r = _resume("academic.txt")
    assert r.contact.name == "Priya Raman"
    assert [a.name for a in r.advisors] == ["Alan Whitfield"]
    assert r.education[0].current and r.education[0].start == "2019"
    assert [p.title for p in r.publications] == [
        "Synthesizing loop invariants with language models", "Probabilistic repair of type errors"]
    assert [p.owner_position for p in r.publications] == [1, 2]
    assert r.positions[0].employer == "Microsoft Research"


def test_anonymous_cv_with_common_author() -> None:
    r = _resume("anonymous.txt")
    assert (r.contact.name, r.contact.name_inferred) == ("Li Wei", True)
    assert r.positions[0].start == "2021-03" and r.positions[0].current
    assert [e.school for e in r.education] == ["University of Toronto", "McGill University"]

"""LaTeX résumés end to end (issue 9): the facts extracted from Jake's, moderncv and
awesome-cv templates and from user macros, and the same résumé in .tex and .md giving the
same JSON Resume record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from talentgraph.loaders import parse_file, to_json_resume

FIXTURES = Path(__file__).parent / "fixtures"


def _record(name: str) -> dict[str, Any]:
    return to_json_resume(parse_file(FIXTURES / name))


def _work(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(w["name"], w["position"], w.get("startDate"), w.get("endDate"))
            for w in doc["work"]]


def _education(doc: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(e["institution"], e.get("studyType"), e.get("area"), e.get("startDate"),
             e.get("endDate")) for e in doc["education"]]


def _skills(doc: dict[str, Any]) -> dict[str, list[str]]:
    return {s["name"]: s["keywords"] for s in doc["skills"] if not s.get("mentioned")}


def test_jakes_template_extracts_jobs_degree_and_skills() -> None:
    doc = _record("tex_jake.tex")
    assert doc["basics"]["name"] == "Jake Ryan"
    assert _work(doc) == [
        ("Texas A&M University", "Undergraduate Research Assistant", "2020-06", None),
        ("Southwestern University", "Information Technology Support Specialist", "2018-09", None),
        ("Southwestern University", "Lab Assistant", "2019", "2020"),
    ]
    assert _education(doc) == [("Southwestern University", "Bachelor of Arts",
                                "Computer Science", "2018-08", "2021-05")]
    skills = _skills(doc)
    assert skills["Languages"][:3] == ["Java", "Python", "C"]
    assert "FastAPI" in skills["Frameworks"]


def test_moderncv_extracts_jobs_degrees_and_skills() -> None:
    doc = _record("tex_moderncv.tex")
    assert doc["basics"]["name"] == "Hélène Dupont"
    assert _work(doc) == [("INRIA", "Senior Research Engineer", "2017", None),
                          ("Google", "Software Engineering Intern", "2016", "2016")]
    assert _education(doc) == [
        ("Université Paris-Saclay", "PhD", "Computer Science", "2014", "2017"),
        ("École Normale Supérieure", "MSc", "Mathematics", "2012", "2014"),
    ]
    assert _skills(doc)["Languages"] == ["Rust", "OCaml", "C++", "Python"]


def test_awesome_cv_extracts_employers_places_and_school() -> None:
    doc = _record("tex_awesome.tex")
    assert doc["basics"]["name"] == "Claud D. Park"
    assert [(w["name"], w["position"], w.get("location")) for w in doc["work"]][:2] == [
        ("Omnious. Co.", "Software Architect", "Seoul, S.Korea"),
        ("Kasa", "Co-founder & Software Engineer", "Seoul, S.Korea"),
    ]
    assert doc["work"][1]["startDate"] == "2014-06" and "endDate" not in doc["work"][1]
    school, degree, area, start, end = _education(doc)[0]
    assert school.startswith("POSTECH") and degree == "B.S."
    assert (area, start, end) == ("Computer Science and Engineering", "2008-03", "2017-08")
    assert "Kubernetes" in _skills(doc)["DevOps"]
    assert [a["title"] for a in doc["awards"]][:1] == [
        "DEFCON 25th CTF Hacking Competition World Final Finalist"]


def test_custom_macros_extract_publications_with_authors() -> None:
    doc = _record("tex_custom.tex")
    assert _work(doc)[0] == ("Acme Robotics", "Staff Software Engineer", "2020-01", None)
    assert _education(doc)[0][:2] == ("Massachusetts Institute of Technology", "S.M. (Master)")
    papers = {p["name"]: (p.get("publisher"), p.get("releaseDate"), p["authors"])
              for p in doc["publications"]}
    assert papers["Fast Planning in Tight Spaces"] == (
        "ICML", "2019", ["A. Smith", "R. O'Hara", "B. Jones"])
    assert papers["Robots at Scale"][2] == ["R. O'Hara", "D. Kim"]


def test_same_resume_in_latex_and_markdown_gives_the_same_record() -> None:
    tex, md = _record("tex_same.tex"), _record("tex_same.md")
    provenance_tex, provenance_md = tex.pop("x-talentgraph"), md.pop("x-talentgraph")
    assert tex == md  # every field: basics, work, education, skills, publications...
    # each cites its own document's lines (the LaTeX reader numbers the blocks it read)
    assert len(provenance_tex["work"]) == len(provenance_md["work"])
    assert [p["authors"] for p in tex["publications"]] == [
        ["M. Okafor", "J. Chen", "P. Patel"], ["J. Chen", "M. Okafor"]]

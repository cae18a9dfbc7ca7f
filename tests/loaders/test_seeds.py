"""The five seed résumés end to end: real facts each layout must yield."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from talentgraph.loaders import Document, Resume, extract, to_json_resume

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _resume(prefix: str) -> Resume:
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    data = path.read_bytes()
    text = data.decode("utf-8")
    return extract(Document.from_text(str(path), "txt", hashlib.sha256(data).hexdigest(),
        tuple(text.splitlines())))


@pytest.fixture(scope="module")
def seeds() -> dict[str, Resume]:
    return {p: _resume(p) for p in ("000", "001", "002", "003", "004")}


def test_plain_text_title_pipe_employer(seeds: dict[str, Resume]) -> None:
    r = seeds["000"]
    assert r.contact.name == "Hayes Zhao" and r.contact.phones == ["703-915-8580"]
    first = r.positions[0]
    assert (first.title, first.start, first.end, first.current) == ("Data Engineer", "2025-09",
                                                                    None, True)
    assert [p.employer for p in r.positions][1:] == ["George Washington University", "DHC Software"]
    assert r.positions[0].source.line_start == 11
    assert [a.title for a in r.awards] == ["Kaggle Expert"]
    assert [(p.title, p.venue) for p in r.publications] == [("STARDUST", "IEEE CAL")]
    listed = {s.name for s in r.skills if not s.mentioned}
    assert {"C++", "GNN", "Transformers", "Spark"} <= listed


def test_markdown_bold_headers_and_projects(seeds: dict[str, Resume]) -> None:
    r = seeds["001"]
    assert [(e.school, e.degree_level, e.end) for e in r.education] == [
        ("George Washington University", "master", "2025"),
        ("Tianjin University of Technology and Education", "bachelor", "2023")]
    assert [p.name for p in r.projects] == ["Distributed Key-Value storage system",
                                            "H&M Personalized Fashion Recommendations"]
    [award] = r.awards
    assert award.date == "2025-07" and "Sigma Xi" in award.title
    assert {"Spring Boot", "Spring Cloud", "C"} <= {s.name for s in r.skills}


def test_four_line_entries_advisor_and_mixed_honors(seeds: dict[str, Resume]) -> None:
    r = seeds["002"]
    assert [(p.employer, p.start, p.current) for p in r.positions] == [
        ("OpenAI", "2021-10", True), ("Roblox", "2021-07", False),
        ("De-Generate", "2020-10", False), ("Williams College", "2019-06", False)]
    assert r.positions[2].location is not None and r.positions[2].location.remote
    assert [a.name for a in r.advisors] == ["Daniel Barowy"]
    [edu] = r.education
    assert (edu.degree_level, edu.start, edu.end) == ("bachelor", "2017-09", "2021-06")
    titles = " | ".join(a.title for a in r.awards)
    assert "Ward Prize" in titles and "Treasurer" not in titles and "Teaching" not in titles
    assert "SWELL" in [p.name for p in r.projects]


def test_glued_heading_markdown_entries_and_no_skills_section(seeds: dict[str, Resume]) -> None:
    r = seeds["003"]
    assert r.contact.phones == ["765-413-6089"]
    assert [(p.title, p.start, p.end) for p in r.positions] == [
        ("Staff Software Engineer", "2023-08", None),
        ("Senior Software Engineer", "2018-03", "2023-08"),
        ("Senior R&D Software Engineer II", "2015-08", "2018-03"),
        ("Computer Scientist (Intern)", "2013-05", "2013-09")]
    assert [(e.degree_level, e.end, e.advisor) for e in r.education] == [
        ("doctorate", "2015-08", "Dan Jiao"), ("bachelor", "2010-06", None)]
    assert r.publications == []
    assert all(s.mentioned for s in r.skills)
    assert len(r.awards) == 5


def test_anonymous_run_on_resume(seeds: dict[str, Resume]) -> None:
    r = seeds["004"]
    assert (r.contact.name, r.contact.name_inferred) == ("Hao Wu", True)
    assert [(e.degree_level, e.start, e.end, e.current) for e in r.education] == [
        ("doctorate", "2024-01", None, True), ("master", "2020-09", "2023-06", False),
        ("bachelor", "2016-09", "2020-06", False)]
    assert [p.employer for p in r.positions] == ["Meta", "Alibaba Cloud Intelligence", "Baidu",
                                                 "ByteDance"]
    assert len(r.publications) == 4
    assert [p.owner_position for p in r.publications] == [4, 2, 2, 1]
    assert r.publications[1].co_first_authors == ["Qidong Zhao", "Hao Wu"]
    assert [p.number for p in r.patents] == ["CN111970571A"]
    assert [a.name for a in r.advisors] == ["Keren Zhou"]


def test_json_resume_shape(seeds: dict[str, Resume]) -> None:
    doc = to_json_resume(seeds["002"])
    assert doc["work"][0] == doc["work"][0] | {"name": "OpenAI", "startDate": "2021-10"}
    assert "endDate" not in doc["work"][0]
    assert doc["basics"]["profiles"][0]["network"] == "GitHub"
    assert doc["x-talentgraph"]["work"][0]["lines"][0] == 29
    anon = to_json_resume(seeds["004"])
    assert anon["basics"]["name_inferred"] is True
    assert anon["patents"][0]["id"] == "CN111970571A"
    assert anon["publications"][0]["authors"][3] == "Hao Wu"

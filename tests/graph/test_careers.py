"""Careers in the build: titles to occupations, levels from titles and context, months of
experience per skill, the as-of date; on hand-made records and on the seed résumés."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from talentgraph.graph.build import build_graph
from talentgraph.graph.careers.asof import LOAD_DATE, RESUME_DATE, AsOf
from talentgraph.graph.careers.occupations import THRESHOLD, matcher
from talentgraph.loaders import parse_file
from talentgraph.loaders.models import (
    Contact,
    Education,
    Position,
    Project,
    Publication,
    Resume,
    Skill,
    Source,
)
from talentgraph.ontology.schema import Rel

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _src(file: str) -> Source:
    return Source(file=file, line_start=1, line_end=1)


def _resume(file: str = "cv/a.txt", *, positions=(), education=(), skills=(), projects=(),
            publications=()) -> Resume:
    return Resume(source_file=file, sha256="0" * 64, format="txt",
                  contact=Contact(name="Jo Example", emails=["jo@example.org"]),
                  positions=list(positions), education=list(education), skills=list(skills),
                  projects=list(projects), publications=list(publications))


def _job(title: str, start: str | None, end: str | None = None, *, bullets=(),
         employer: str = "Acme", file: str = "cv/a.txt") -> Position:
    return Position(employer=employer, title=title, start=start, end=end,
                    current=start is not None and end is None, bullets=list(bullets),
                    source=_src(file))


def _roles(graph) -> dict[str, dict]:
    return {d["title"]: d for _, _, d in graph.edges(data=True) if d["type"] == Rel.WORKED_AT}


# ---------------------------------------------------------------- titles -> occupations


@pytest.mark.parametrize(("title", "code", "label"), [
    ("Senior Software Engineer II, Payments Infrastructure", "15-1252.00", "Software Engineer"),
    ("Manager, Software Development", "11-3021.00", "Software Development Manager"),
    ("Teacher of Mathematics", "25-2031.00", "Mathematics Teacher"),
    ("Softwareentwicklerin", "15-1252.00", "Softwareentwicklerin"),
    ("Assistant Professor, Department of Physics", "25-1000", "Assistant Professor"),
    ("Registered Nurse", "29-1141.00", "Registered Nurses"),
])
def test_titles_map_to_occupations_with_the_label_that_matched(title: str, code: str,
                                                               label: str) -> None:
    found = matcher().match(title)
    assert found.occupation is not None and found.occupation.id == code
    assert found.label == label and THRESHOLD <= found.confidence <= 1.0


@pytest.mark.parametrize(("title", "note"), [
    (None, "no title"),
    ("   ", "no title"),
    ("Intern", "the title names only a level"),
    ("Zorblax Quuxwright", "no occupation label is similar"),
])
def test_titles_without_an_occupation_say_why(title: str | None, note: str) -> None:
    found = matcher().match(title)
    assert found.occupation is None and found.note == note


def test_a_vague_title_below_the_threshold_stays_unmapped_with_its_best_guess() -> None:
    found = matcher().match("Second in Department, Mathematics")
    assert found.occupation is None and found.confidence < THRESHOLD
    assert "below the threshold" in found.note and found.alternatives


def test_a_shared_title_is_less_sure_and_names_the_other_readings() -> None:
    found = matcher().match("Data Engineer")
    assert found.occupation.id == "15-1243.00" and found.confidence < 1.0
    assert "occupations share it" in found.note
    assert "15-2051.00" in [c.id for c in found.ranked]


# ---------------------------------------------------------------- seniority


def test_levels_come_from_title_words_else_from_the_context() -> None:
    resume = _resume(
        positions=[_job("Research Assistant", "2016-09", "2019-06"),  # during the PhD
                   _job("Software Engineer", "2015-06", "2015-08"),  # summer during the BS
                   _job("Data Engineer", "2019-07", "2020-06"),  # first job: junior
                   _job("Data Engineer", "2022-01", "2023-12", employer="Beta"),  # 11+ months
                   _job("Senior Data Engineer", "2024-01")],
        education=[Education(school="State University", degree="B.S.", start="2012-09",
                             end="2016-06", source=_src("cv/a.txt")),
                   Education(school="Tech Institute", degree="Ph.D.", start="2016-09",
                             end="2019-06", source=_src("cv/a.txt"))])
    graph, _ = build_graph([resume], as_of=AsOf(load_date=date(2025, 1, 15)))
    levels = sorted((d["start_date"], d["seniority"], d["seniority_evidence"])
                    for _, _, d in graph.edges(data=True) if d["type"] == Rel.WORKED_AT)
    assert levels == [
        ("2015-06", "intern", "held during studies at State University"),
        ("2016-09", "phd_student", "held during a doctorate at Tech Institute"),
        ("2019-07", "junior", "no level word in the title; 0 months of earlier work"),
        # the doctorate's assistantship and the summer job are student roles: not counted
        ("2022-01", "junior", "no level word in the title; 12 months of earlier work"),
        ("2024-01", "senior", 'title word "senior"'),
    ]


# ---------------------------------------------------------------- months of experience


def test_months_are_the_union_of_the_roles_naming_the_skill() -> None:
    resume = _resume(
        positions=[_job("Backend Engineer", "2020-01", "2020-12", bullets=["Built APIs in Python."]),
                   _job("Consultant", "2020-07", "2021-06", bullets=["Taught python-based ETL."]),
                   _job("Data Engineer", "2024-11", bullets=["Kafka and Python pipelines."]),
                   _job("Go Developer", None, bullets=["Wrote Go services."])],
        skills=[Skill(name="Python", source=_src("cv/a.txt")),
                Skill(name="Go", source=_src("cv/a.txt")),
                Skill(name="Rust", source=_src("cv/a.txt")),
                Skill(name="Kafka", mentioned=True, source=_src("cv/a.txt"))],
        projects=[Project(name="rustlings fork", description="Exercises in Rust",
                          source=_src("cv/a.txt"))],
        publications=[Publication(title="Scaling Kafka", source=_src("cv/a.txt"))])
    graph, _ = build_graph([resume], as_of=AsOf(load_date=date(2025, 3, 9)))
    claims = {graph.nodes[v]["name"]: d for _, v, d in graph.edges(data=True)
              if d["type"] == Rel.HAS_SKILL}
    python = claims["Python"]
    # 2020-01..2021-06 (overlap counted once) is 18 months, 2024-11..2025-03 (open) is 5
    assert (python["months"], python["first_used"], python["last_used"]) == (23, "2020-01",
                                                                              "2025-03")
    assert python["found_in"] == ["skills", "job"] and python["as_of"] == "2025-03-09"
    kafka = claims["Apache Kafka"]  # only mentioned, yet a dated role names it
    assert kafka["months"] == 5 and kafka["found_in"] == ["job", "paper"]
    # an undated role names Go: found in a job, but no months
    assert "months" not in claims["Go"] and claims["Go"]["found_in"] == ["skills", "job"]
    assert "months" not in claims["Rust"] and "as_of" not in claims["Rust"]
    assert claims["Rust"]["found_in"] == ["skills", "project"]


def test_as_of_is_the_resumes_date_where_known_else_the_load_date() -> None:
    dated = _resume("cv/dated.txt", positions=[_job("Engineer", "2020-01", file="cv/dated.txt",
                                                    bullets=["Python."])],
                    skills=[Skill(name="Python", source=_src("cv/dated.txt"))])
    undated = _resume("cv/undated.txt", positions=[_job("Engineer", "2020-01",
                                                        file="cv/undated.txt",
                                                        bullets=["Python."])],
                      skills=[Skill(name="Python", source=_src("cv/undated.txt"))])
    undated.contact = Contact(name="Sam Other", emails=["sam@example.org"])
    as_of = AsOf(load_date=date(2026, 6, 1), resume_dates={"cv/dated.txt": date(2021, 12, 31)})
    graph, res = build_graph([dated, undated], as_of=as_of)
    resumes = {d["path"]: d for _, d in graph.nodes(data=True) if d["label"] == "Resume"}
    assert (resumes["cv/dated.txt"]["as_of"], resumes["cv/dated.txt"]["as_of_basis"]) == (
        "2021-12-31", RESUME_DATE)
    assert (resumes["cv/undated.txt"]["as_of"], resumes["cv/undated.txt"]["as_of_basis"]) == (
        "2026-06-01", LOAD_DATE)
    months = {u: d["months"] for u, _, d in graph.edges(data=True) if d["type"] == Rel.HAS_SKILL}
    assert months[res.owner_of["cv/dated.txt"]] == 24  # 2020-01 .. 2021-12
    assert months[res.owner_of["cv/undated.txt"]] == 78  # 2020-01 .. 2026-06


# ---------------------------------------------------------------- in the graph


def test_held_occupation_sums_up_the_roles_of_one_occupation() -> None:
    resume = _resume(positions=[_job("Software Engineer", "2018-01", "2019-12"),
                                _job("Senior Software Engineer", "2020-01", employer="Beta"),
                                _job("Data Scientist", "2016-01", "2017-06", employer="Gamma")])
    graph, res = build_graph([resume], as_of=AsOf(load_date=date(2025, 1, 1)))
    person = res.owner_of["cv/a.txt"]
    held = {graph.nodes[v]["code"]: d for u, v, d in graph.edges(data=True)
            if d["type"] == Rel.HELD_OCCUPATION and u == person}
    assert set(held) == {"15-1252.00", "15-2051.00"}
    developers = held["15-1252.00"]
    assert developers["titles"] == ["Senior Software Engineer", "Software Engineer"]
    assert developers["levels"] == ["junior", "senior"]  # 18 months of work before the first
    assert (developers["start_month"], developers["current"]) == (2018 * 12, True)
    assert "end_month" not in developers
    roles = _roles(graph)
    assert roles["Software Engineer"]["occupation"] == "occupation:15-1252.00"
    # the occupation's groups come with it, linked by BROADER, cited to the taxonomy
    up = [(graph.nodes[u]["code"], graph.nodes[v]["code"], d["sources"])
          for u, v, d in graph.edges(data=True)
          if d["type"] == Rel.BROADER and u.startswith("occupation:15-1252")]
    assert up == [("15-1252.00", "15-1200", ["ontology:occupations.ttl"])]


def test_every_seed_role_has_an_occupation_or_the_reason_it_has_none() -> None:
    resumes = [parse_file(path).model_copy(update={"source_file": path.name})
               for path in sorted(SEEDS.iterdir())]
    graph, _ = build_graph(resumes, as_of=AsOf(load_date=date(2026, 1, 1)))
    roles = [d for _, _, d in graph.edges(data=True) if d["type"] == Rel.WORKED_AT]
    assert len(roles) >= 12
    for role in roles:
        assert role.get("seniority") and role.get("seniority_evidence"), role["title"]
        if role.get("occupation"):
            assert role["occupation"] in graph and role["occupation_title"]
            assert THRESHOLD <= role["occupation_confidence"] <= 1.0
        else:
            assert role["occupation_note"], role["title"]

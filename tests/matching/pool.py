"""A small hand-built pool for the matching tests: four people whose scores for the jobs
of ``test_match.py`` are computed by hand there (see each test)."""

from __future__ import annotations

from typing import Any

from talentgraph.graph.model import TalentGraph, add_edge, add_node, new_graph
from talentgraph.ontology.schema import Label, Rel

__all__ = ["TODAY", "month", "pool_graph"]

TODAY = 2026 * 12 + 5  # June 2026
AS_OF = "2026-06-15"
SRC = ["pool.txt"]


def month(date: str) -> int:
    year, mon = date.split("-")
    return int(year) * 12 + int(mon) - 1


def _node(g: TalentGraph, label: Label, node: str, **props: Any) -> str:
    add_node(g, label, node, sources=SRC, **props)
    return node


def _edge(g: TalentGraph, rel: Rel, a: str, b: str, **props: Any) -> None:
    add_edge(g, rel, a, b, f"{rel.value.lower()}:{a}>{b}:{props.get('start_month', '')}",
             sources=SRC, **props)


def _person(g: TalentGraph, key: str, name: str, email: str) -> str:
    node = _node(g, Label.Person, f"person:{key}", name=name, name_key=name.lower(),
                 name_lower=name.lower(), emails=[email], is_owner=True)
    resume = _node(g, Label.Resume, f"resume:pool/{key}.txt", name=f"{key}.txt",
                   path=f"pool/{key}.txt")
    _edge(g, Rel.DESCRIBED_IN, node, resume)
    return node


def _skill(g: TalentGraph, person: str, skill: str, *, months: int | None = None,
           last: str | None = None, mentioned: bool = False) -> None:
    props: dict[str, Any] = {"category": "Technical", "mentioned": mentioned}
    if months is not None:
        props.update(months=months, first_used="2000-01", last_used=last, as_of=AS_OF)
    _edge(g, Rel.HAS_SKILL, person, f"skill:{skill}", **props)


def _org(g: TalentGraph, key: str, name: str) -> str:
    return _node(g, Label.Organization, f"org:{key}", name=name, name_key=name.lower(),
                 name_lower=name.lower(), kind="company", is_employer=True)


def _job(g: TalentGraph, person: str, org: str, title: str, level: str, start: str,
         end: str | None, code: str) -> None:
    _edge(g, Rel.WORKED_AT, person, org, title=title, titles=[title], seniority=level,
          start_month=month(start), end_month=None if end is None else month(end),
          current=end is None, occupation=f"occupation:{code}")
    _edge(g, Rel.HELD_OCCUPATION, person, f"occupation:{code}", titles=[title],
          matched_titles=[title], confidence=1.0, start_month=month(start),
          end_month=None if end is None else month(end), current=end is None,
          levels=[level])


def _place(g: TalentGraph, person: str, city: str, region: str | None, country: str) -> None:
    loc = _node(g, Label.Location, f"loc:{city.lower()}", name=f"{city}, {country}",
                city=city, region=region, country=country)
    _edge(g, Rel.LOCATED_IN, person, loc)


def _degree(g: TalentGraph, person: str, school: str, level: str) -> None:
    _edge(g, Rel.STUDIED_AT, person, school, degree=level.title(), degree_level=level,
          start_month=month("2010-09"), end_month=month("2014-06"), current=False)


def pool_graph() -> TalentGraph:
    """Alice (senior ML engineer, PyTorch and Python for years, Berlin, master's), Bob
    (Deep Learning Frameworks listed, Python only mentioned, mid-level until 2020, Munich,
    bachelor's), Carol (TensorFlow and Python years ago, junior data analyst, Paris, PhD),
    Dave (Java only) and Eve (Frobnicator, a skill no taxonomy knows, colleague of Alice)."""
    g = new_graph()
    taxonomy = (
        ("pytorch", "PyTorch", ["deep-learning-frameworks"]),
        ("tensorflow", "TensorFlow", ["deep-learning-frameworks"]),
        ("deep-learning-frameworks", "Deep Learning Frameworks", ["deep-learning"]),
        ("deep-learning", "Deep Learning", []),
        ("python", "Python", ["programming-languages"]),
        ("java", "Java", ["programming-languages"]),
        ("programming-languages", "Programming Languages", []),
        ("kubernetes", "Kubernetes", []),
        ("frobnicator", "Frobnicator", []),
    )
    for sid, name, _ in taxonomy:
        _node(g, Label.Skill, f"skill:{sid}", name=name, in_taxonomy=sid != "frobnicator")
    for sid, _, parents in taxonomy:
        for parent in parents:
            _edge(g, Rel.BROADER, f"skill:{sid}", f"skill:{parent}")
    for code, name, kind in (("15-1252.00", "Software Developers", "occupation"),
                             ("15-2051.00", "Data Scientists", "occupation"),
                             ("15-1299.08", "Computer Systems Engineers/Architects",
                              "occupation")):
        _node(g, Label.Occupation, f"occupation:{code}", name=name, code=code, kind=kind)
    acme, initech, uni = (_org(g, "acme", "Acme"), _org(g, "initech", "Initech"),
                          _org(g, "tu", "TU Berlin"))

    alice = _person(g, "alice", "Alice Adams", "alice@example.org")
    _skill(g, alice, "pytorch", months=48, last="2026-05")
    _skill(g, alice, "python", months=60, last="2026-06")
    _job(g, alice, acme, "Senior Machine Learning Engineer", "senior", "2021-01", None,
         "15-1252.00")
    _degree(g, alice, uni, "master")
    _place(g, alice, "Berlin", None, "DE")

    bob = _person(g, "bob", "Bob Brown", "bob@example.org")
    _skill(g, bob, "deep-learning-frameworks")
    _skill(g, bob, "python", mentioned=True)
    _job(g, bob, initech, "Software Engineer", "mid", "2018-01", "2020-12", "15-1252.00")
    _degree(g, bob, uni, "bachelor")
    _place(g, bob, "Munich", "Bavaria", "DE")

    carol = _person(g, "carol", "Carol Chen", "carol@example.org")
    _skill(g, carol, "tensorflow", months=12, last="2019-06")
    _skill(g, carol, "python", months=24, last="2018-12")
    _skill(g, carol, "kubernetes")
    _job(g, carol, initech, "Junior Data Analyst", "junior", "2017-01", "2019-06",
         "15-2051.00")
    _degree(g, carol, uni, "doctorate")
    _place(g, carol, "Paris", None, "FR")

    dave = _person(g, "dave", "Dave Dunn", "dave@example.org")
    _skill(g, dave, "java", months=100, last="2026-06")

    eve = _person(g, "eve", "Eve Evans", "eve@example.org")
    _skill(g, eve, "frobnicator")
    _job(g, eve, acme, "Systems Engineer", "senior", "2022-03", None, "15-1299.08")
    # Eve works at Initech now too: Alice's colleague at Acme, who could refer her there
    _job(g, eve, initech, "Advisor", "senior", "2024-01", None, "15-1299.08")
    return g

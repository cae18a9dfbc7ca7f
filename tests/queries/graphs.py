"""Hand-built talent graphs for the query and analysis tests.

``seed_like_graph`` mirrors the facts of the seed résumés that the canned queries must get
right (alumni of one employer who never overlapped, a shared honor society, organizations
that are both employer and school, an advisor who is also a co-author) plus a few more
people so colleagues, flows and communities have something to find.
"""

from __future__ import annotations

from typing import Any

from talentgraph.graph.model import TalentGraph, add_edge, add_node, new_graph
from talentgraph.ontology.schema import Label, Rel

__all__ = ["TODAY_MONTH", "month", "seed_like_graph", "two_cliques_graph"]

TODAY_MONTH = 2026 * 12 + 5  # June 2026: every open-ended role ends here in the tests
SRC = ["seed.txt"]


def month(date: str, *, end: bool = False) -> int:
    """Months since year 0 of a partial ISO date (a year-only end is December)."""
    year, _, mon = date.partition("-")
    return int(year) * 12 + (int(mon) if mon else (12 if end else 1)) - 1


def _person(g: TalentGraph, key: str, name: str, **props: Any) -> str:
    node = f"person:{key}"
    add_node(g, Label.Person, node, name=name, name_key=name.lower(), name_lower=name.lower(),
             sources=SRC, **props)
    return node


def _org(g: TalentGraph, key: str, name: str, **props: Any) -> str:
    node = f"org:{key}"
    add_node(g, Label.Organization, node, name=name, name_key=name.lower(),
             name_lower=name.lower(), sources=SRC, **props)
    return node


def _simple(g: TalentGraph, label: Label, node: str, **props: Any) -> str:
    add_node(g, label, node, sources=SRC, **props)
    return node


def _edge(g: TalentGraph, rel: Rel, a: str, b: str, **props: Any) -> None:
    add_edge(g, rel, a, b, f"{rel.value.lower()}:{a}>{b}:{props.get('start_date', '')}",
             sources=SRC, **props)


def _job(g: TalentGraph, person: str, org: str, title: str, start: str,
         end: str | None = None, **props: Any) -> None:
    _edge(g, Rel.WORKED_AT, person, org, title=title, titles=[title], start_date=start,
          end_date=end, start_month=month(start),
          end_month=None if end is None else month(end, end=True),
          current=end is None, **props)


def _study(g: TalentGraph, person: str, org: str, degree: str, level: str, field: str,
           start: str, end: str) -> None:
    _edge(g, Rel.STUDIED_AT, person, org, degree=degree, degree_level=level, field=field,
          start_date=start, end_date=end, start_month=month(start),
          end_month=month(end, end=True), current=False)


def _occupations(g: TalentGraph) -> None:
    """A few occupations of the O*NET-SOC taxonomy with their groups (code, name, parent)."""
    for code, name, kind, parent in (
        ("15-0000", "Computer and Mathematical Occupations", "major group", None),
        ("15-1200", "Computer Occupations", "minor group", "15-0000"),
        ("15-1252.00", "Software Developers", "occupation", "15-1200"),
        ("15-1243.00", "Database Architects", "occupation", "15-1200"),
        ("15-1221.00", "Computer and Information Research Scientists", "occupation",
         "15-1200"),
        ("19-0000", "Life, Physical, and Social Science Occupations", "major group", None),
        ("25-0000", "Educational Instruction and Library Occupations", "major group", None),
        ("25-1000", "Postsecondary Teachers", "minor group", "25-0000"),
    ):
        _simple(g, Label.Occupation, f"occupation:{code}", name=name, code=code, kind=kind)
        if parent:
            _edge(g, Rel.BROADER, f"occupation:{code}", f"occupation:{parent}")


def _held(g: TalentGraph, person: str, code: str, titles: list[str], confidence: float,
          start: str, end: str | None = None, *, levels: list[str]) -> None:
    _edge(g, Rel.HELD_OCCUPATION, person, f"occupation:{code}", titles=titles,
          matched_titles=titles, confidence=confidence, start_month=month(start),
          end_month=None if end is None else month(end, end=True), current=end is None,
          levels=levels)


def _months(g: TalentGraph, person: str, skill: str, months: int, first: str,
            last: str) -> None:
    g.edges[person, f"skill:{skill.lower()}",
            f"has_skill:{person}>skill:{skill.lower()}:"].update(
        months=months, first_used=first, last_used=last, found_in=["skills", "job"],
        as_of="2026-06-15")


def _skills(g: TalentGraph, person: str, *names: str) -> None:
    for name in names:
        _edge(g, Rel.HAS_SKILL, person, f"skill:{name.lower()}", category="Technical",
              mentioned=False)


def seed_like_graph() -> TalentGraph:
    """The seed résumés' key facts, by hand (see the module docstring)."""
    g = new_graph()
    hayes = _person(g, "hayes-zhao", "Hayes Zhao", is_owner=True, headline="Data Engineer")
    hao = _person(g, "hao-wu", "Hao Wu", is_owner=True)
    peter = _person(g, "peter-zhao", "Peter Zhao", is_owner=True)
    keren = _person(g, "keren-zhou", "Keren Zhou", is_owner=False)
    ana = _person(g, "ana-lima", "Ana Lima", is_owner=True, name_inferred=True,
                  name_evidence="common author of every paper")
    anon = _person(g, "anon-004", "Anonymous (004.txt)", is_owner=True, anonymous=True)

    bytedance = _org(g, "bytedance", "ByteDance", kind="company", is_employer=True)
    gwu = _org(g, "gwu", "George Washington University", kind="university",
               is_employer=True, is_school=True)
    williams = _org(g, "williams", "Williams College", kind="university", is_employer=True,
                    is_school=True)
    dhc = _org(g, "dhc", "DHC Software", kind="company", is_employer=True)
    nvidia = _org(g, "nvidia", "NVIDIA", kind="company", is_employer=True)
    sigma = _org(g, "sigma-xi", "Sigma Xi", kind="society")
    bupt = _org(g, "bupt", "Beijing University of Posts and Telecommunications",
                kind="university", is_school=True)

    for name in ("Machine Learning", "Deep Learning Frameworks", "PyTorch", "Python", "Spark",
                 "CUDA", "Statistics", "Reinforcement Learning"):
        _simple(g, Label.Skill, f"skill:{name.lower()}", name=name, in_taxonomy=True)
    _edge(g, Rel.BROADER, "skill:pytorch", "skill:deep learning frameworks")
    _edge(g, Rel.BROADER, "skill:deep learning frameworks", "skill:machine learning")
    _edge(g, Rel.BROADER, "skill:reinforcement learning", "skill:machine learning")

    _occupations(g)
    _job(g, hayes, bytedance, "Data Engineer", "2025-09", occupation="occupation:15-1243.00",
         occupation_confidence=0.85, occupation_title="Data Engineer", seniority="junior",
         seniority_evidence="no level word in the title; 0 months of earlier work")
    _job(g, hayes, gwu, "Research Assistant", "2024-03", "2024-09",
         occupation="occupation:19-0000", occupation_confidence=0.85,
         occupation_title="Research Assistant", seniority="phd_student",
         seniority_evidence="held during a doctorate at George Washington University")
    _job(g, hayes, dhc, "Software Engineer Intern", "2022-07", "2022-12",
         occupation="occupation:15-1252.00", occupation_confidence=0.9,
         occupation_title="Software Engineer", seniority="intern",
         seniority_evidence='title word "intern"')
    _held(g, hayes, "15-1243.00", ["Data Engineer"], 0.85, "2025-09", levels=["junior"])
    _held(g, hayes, "19-0000", ["Research Assistant"], 0.85, "2024-03", "2024-09",
          levels=["phd_student"])
    _held(g, hayes, "15-1252.00", ["Software Engineer Intern"], 0.9, "2022-07", "2022-12",
          levels=["intern"])
    _study(g, hayes, gwu, "M.S. Computer Science", "master", "Computer Science",
           "2023-09", "2025-05")
    _study(g, hayes, bupt, "B.E. Computer Science", "bachelor", "Computer Science",
           "2018-09", "2022-06")
    _skills(g, hayes, "PyTorch", "Python", "Spark", "Reinforcement Learning")
    _months(g, hayes, "Python", 16, "2025-09", "2026-12")
    _months(g, hayes, "PyTorch", 7, "2024-03", "2024-09")

    _job(g, hao, bytedance, "Research Intern", "2019-12", "2020-09",
         occupation="occupation:19-0000", occupation_confidence=1.0,
         occupation_title="Research Intern", seniority="intern",
         seniority_evidence='title word "intern"')
    _job(g, hao, nvidia, "Research Scientist", "2023-01", occupation="occupation:15-1221.00",
         occupation_confidence=0.85, occupation_title="Research Scientist", seniority="mid",
         seniority_evidence="no level word in the title; 40 months of earlier work")
    _held(g, hao, "19-0000", ["Research Intern"], 1.0, "2019-12", "2020-09", levels=["intern"])
    _held(g, hao, "15-1221.00", ["Research Scientist"], 0.85, "2023-01", levels=["mid"])
    _study(g, hao, williams, "B.A. Computer Science", "bachelor", "Computer Science",
           "2015-09", "2019-06")
    _study(g, hao, gwu, "Ph.D. Computer Science", "doctorate", "Computer Science",
           "2019-09", "2022-12")
    _skills(g, hao, "CUDA", "PyTorch", "Python")
    _months(g, hao, "CUDA", 42, "2023-01", "2026-06")
    _months(g, hao, "PyTorch", 52, "2019-12", "2026-06")

    _job(g, ana, bytedance, "Software Engineer", "2020-03", "2021-02",
         occupation="occupation:15-1252.00", occupation_confidence=1.0,
         occupation_title="Software Engineer", seniority="junior",
         seniority_evidence="no level word in the title; 0 months of earlier work")
    _job(g, ana, nvidia, "Software Engineer", "2021-03", occupation="occupation:15-1252.00",
         occupation_confidence=1.0, occupation_title="Software Engineer", seniority="mid",
         seniority_evidence="no level word in the title; 12 months of earlier work")
    _held(g, ana, "15-1252.00", ["Software Engineer"], 1.0, "2020-03",
          levels=["junior", "mid"])
    _study(g, ana, williams, "B.A. Mathematics", "bachelor", "Mathematics", "2016-09",
           "2020-01")
    _skills(g, ana, "CUDA", "Python")
    _months(g, ana, "Python", 64, "2020-03", "2026-06")

    _job(g, peter, williams, "Lecturer", "2019", "2021", occupation="occupation:25-1000",
         occupation_confidence=1.0, occupation_title="Lecturer", seniority="mid",
         seniority_evidence="no level word in the title; 0 months of earlier work")
    _held(g, peter, "25-1000", ["Lecturer"], 1.0, "2019", "2021", levels=["mid"])
    _study(g, peter, williams, "B.A. Statistics", "bachelor", "Statistics", "2013", "2017")
    _skills(g, peter, "Statistics", "Python")

    _job(g, keren, gwu, "Assistant Professor", "2020-08", occupation="occupation:25-1000",
         occupation_confidence=1.0, occupation_title="Assistant Professor",
         seniority="assistant_professor", seniority_evidence='title word "assistant professor"')
    _held(g, keren, "25-1000", ["Assistant Professor"], 1.0, "2020-08",
          levels=["assistant_professor"])
    _skills(g, keren, "CUDA")
    _edge(g, Rel.ADVISED_BY, hao, keren)

    cal = _simple(g, Label.Venue, "venue:ieee-cal", name="IEEE CAL", kind="journal")
    sc = _simple(g, Label.Venue, "venue:sc", name="SC", kind="conference")
    stardust = _simple(g, Label.Paper, "paper:stardust", title="STARDUST", year=2024,
                       kind="journal")
    gpu = _simple(g, Label.Paper, "paper:gpu-profiling", title="GPU Profiling at Scale",
                  year=2022, kind="conference")
    _edge(g, Rel.PUBLISHED_IN, stardust, cal)
    _edge(g, Rel.PUBLISHED_IN, gpu, sc)
    _edge(g, Rel.AUTHORED, hayes, stardust, position=2, co_first=False)
    _edge(g, Rel.AUTHORED, keren, stardust, position=3, co_first=False)
    _edge(g, Rel.AUTHORED, hao, gpu, position=1, co_first=False, confidence=0.6)
    _edge(g, Rel.AUTHORED, keren, gpu, position=2, co_first=False)

    for key, person in (("hayes", hayes), ("peter", peter)):
        award = _simple(g, Label.Award, f"award:sigma-xi-{key}", title="Sigma Xi Member")
        _edge(g, Rel.RECEIVED, person, award)
        _edge(g, Rel.CONFERRED_BY, award, sigma)
    dean = _simple(g, Label.Award, "award:deans-list", title="Dean's List")
    _edge(g, Rel.RECEIVED, ana, dean)

    city = _simple(g, Label.Location, "loc:ashburn", name="Ashburn, VA", city="Ashburn")
    _edge(g, Rel.LOCATED_IN, bytedance, city)
    resume = _simple(g, Label.Resume, "resume:000.txt", name="000.txt", path="000.txt",
                     unparsed_lines=3, coverage=0.92, low_coverage=False)
    _edge(g, Rel.DESCRIBED_IN, hayes, resume)
    partial = _simple(g, Label.Resume, "resume:001.pdf", name="001.pdf", path="001.pdf",
                      unparsed_lines=40, coverage=0.31, low_coverage=True)
    _edge(g, Rel.DESCRIBED_IN, peter, partial)
    _edge(g, Rel.HAS_SKILL, anon, "skill:python", category="Technical", mentioned=True,
          confidence=0.5)
    return g


def two_cliques_graph() -> TalentGraph:
    """Two groups of four colleagues joined by one broker: clear communities for Louvain."""
    g = new_graph()
    acme = _org(g, "acme", "Acme", is_employer=True)
    zeta = _org(g, "zeta", "Zeta", is_employer=True)
    for i in range(4):
        _job(g, _person(g, f"a{i}", f"Alice {i}"), acme, "Engineer", "2020-01", "2021-12")
        _job(g, _person(g, f"z{i}", f"Zoe {i}"), zeta, "Engineer", "2020-01", "2021-12")
    broker = _person(g, "broker", "Bob Broker")
    _job(g, broker, acme, "Engineer", "2021-01", "2021-06")
    _job(g, broker, zeta, "Engineer", "2021-07", "2021-12")
    return g

"""Every canned query on the hand-built graph: the answers, and the same rows on both stores."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from graphs import TODAY_MONTH

from talentgraph.graph.model import TalentGraph
from talentgraph.graph.store import GraphStore
from talentgraph.queries import registry

NAMES = [spec.name for spec in registry.list_queries()]


def example_params(name: str) -> dict[str, Any]:
    """The header examples, with a fixed month so open-ended roles end the same way."""
    spec = registry.get(name)
    params = {p.name: p.example for p in spec.params if p.required}
    if any(p.name == "today_month" for p in spec.params):
        params["today_month"] = TODAY_MONTH
    return params


def run(store: GraphStore, name: str, **params: Any) -> list[dict[str, Any]]:
    return registry.run_query(store, name, {**example_params(name), **params})


#: Queries whose embedded store runs a ``<name>.lbug.cypher`` of its own: their base file
#: runs only on Neo4j, so the parity test below is what checks it (its ids say so).
OVERRIDDEN = sorted(spec.name for spec in registry.list_queries()
                    if spec.text_for("lbug") != spec.text_for("neo4j"))


def _parity_id(name: str) -> str:
    return f"{name} (base file vs .lbug override)" if name in OVERRIDDEN else name


@pytest.mark.parametrize("name", NAMES)
def test_every_query_answers_with_its_declared_columns(embedded: GraphStore,
                                                       name: str) -> None:
    """The sample graph has an answer to every query, each row holding the columns the
    query's RETURN declares, in that order, and not all of them empty."""
    rows = run(embedded, name)
    assert rows, f"{name} found nothing on the sample graph"
    columns = registry.get(name).columns("lbug")
    assert columns
    for row in rows:
        assert list(row) == columns
        assert any(value not in (None, [], "") for value in row.values()), row


def test_the_overridden_queries_are_the_dialect_files() -> None:
    """Every ``.lbug.cypher`` file overrides a query the parity test runs on both stores."""
    overrides = sorted(p.name.removesuffix(".lbug.cypher")
                       for p in Path(registry.__file__).parent.glob("*.lbug.cypher"))
    assert overrides == OVERRIDDEN
    assert set(OVERRIDDEN) <= set(NAMES)


@pytest.mark.neo4j
@pytest.mark.parametrize("name", NAMES, ids=_parity_id)
def test_both_stores_return_identical_rows(embedded: GraphStore, neo4j: GraphStore,
                                           name: str) -> None:
    assert run(neo4j, name) == run(embedded, name)


def _head_counts(graph: TalentGraph, rel: str, label: str) -> list[tuple[str, int]]:
    """``(name, distinct people)`` over ``rel`` edges into nodes of ``label``, most first:
    what the top_* queries count, computed from the graph itself."""
    people: dict[str, set[str]] = {}
    for src, dst, data in graph.edges(data=True):
        if data["type"] == rel and graph.nodes[dst]["label"] == label:
            people.setdefault(graph.nodes[dst]["name"], set()).add(src)
    return sorted(((name, len(p)) for name, p in people.items()), key=lambda x: (-x[1], x[0]))


@pytest.mark.parametrize(("name", "rel", "label", "column"), [
    ("top_employers", "WORKED_AT", "Organization", "organization"),
    ("top_schools", "STUDIED_AT", "Organization", "school"),
    ("top_skills", "HAS_SKILL", "Skill", "skill"),
])
def test_head_counts_are_the_graphs(embedded: GraphStore, graph: TalentGraph, name: str,
                                    rel: str, label: str, column: str) -> None:
    expected = _head_counts(graph, rel, label)
    assert [(r[column], r["people"]) for r in run(embedded, name, limit=100)] == expected
    assert [(r[column], r["people"]) for r in run(embedded, name, limit=2)] == expected[:2]


def test_alumni_are_everyone_who_studied_there(embedded: GraphStore,
                                               graph: TalentGraph) -> None:
    school = registry.get("alumni").example_params()["school"]
    expected = sorted(graph.nodes[src]["name"] for src, dst, data in graph.edges(data=True)
                      if data["type"] == "STUDIED_AT" and graph.nodes[dst]["name"] == school)
    rows = run(embedded, "alumni")
    assert expected and sorted(r["person"] for r in rows) == expected
    assert {r["school"] for r in rows} == {school}


def test_skill_search_follows_narrower_skills_case_insensitively(embedded: GraphStore) -> None:
    rows = run(embedded, "people_with_skill", skill="machine LEARNING")
    assert rows == [
        {"person": "Hayes Zhao", "via_skills": ["PyTorch", "Reinforcement Learning"],
         "matching_skills": 2},
        {"person": "Hao Wu", "via_skills": ["PyTorch"], "matching_skills": 1},
    ]


def test_skill_search_keeps_the_best_matches_within_the_limit(embedded: GraphStore) -> None:
    everyone = run(embedded, "people_with_skill", skill="Python")
    assert len(everyone) == 5  # everyone but Keren Zhou lists Python
    assert run(embedded, "people_with_skill", skill="Python", limit=2) == everyone[:2]
    first = run(embedded, "people_with_skill", skill="Machine Learning", limit=1)
    assert [r["person"] for r in first] == ["Hayes Zhao"]  # two matching skills


def test_all_skills_needs_every_one(embedded: GraphStore) -> None:
    people = [r["person"] for r in run(embedded, "people_with_all_skills",
                                       skills=["cuda", "Python"])]
    assert people == ["Ana Lima", "Hao Wu"]
    assert run(embedded, "people_with_all_skills", skills=["CUDA", "Spark"]) == []
    assert [r["person"] for r in run(embedded, "people_with_all_skills",
                                     skills=["cuda", "Python"], limit=1)] == ["Ana Lima"]
    # PyTorch is narrower than Machine Learning, so it counts for it
    assert [r["person"] for r in run(embedded, "people_with_all_skills",
                                     skills=["Machine Learning", "CUDA"])] == ["Hao Wu"]


def _tenure(data: dict[str, Any]) -> tuple[int, int]:
    """A role's first and last month, open-ended roles running to TODAY_MONTH."""
    if data.get("end_month") is not None:
        return data["start_month"], data["end_month"]
    return data["start_month"], TODAY_MONTH if data.get("current") else data["start_month"]


def expected_colleagues(graph: TalentGraph, person: str) -> set[tuple[str, str, int]]:
    """(colleague, organization, overlap months) straight from the graph's WORKED_AT edges."""
    jobs = [(u, v, d) for u, v, d in graph.edges(data=True) if d.get("type") == "WORKED_AT"]
    names = nx.get_node_attributes(graph, "name")
    found = set()
    for u, org, mine in jobs:
        if names[u] != person:
            continue
        for other, org2, theirs in jobs:
            if org2 != org or other == u:
                continue
            (a0, a1), (b0, b1) = _tenure(mine), _tenure(theirs)
            months = min(a1, b1) - max(a0, b0) + 1
            if months > 0:
                found.add((names[other], names[org], months))
    return found


@pytest.mark.parametrize("person", ["Hayes Zhao", "Hao Wu", "Ana Lima", "Keren Zhou",
                                    "Peter Zhao"])
def test_colleagues_are_the_overlapping_tenures(embedded: GraphStore, graph: TalentGraph,
                                                person: str) -> None:
    rows = run(embedded, "colleagues", person=person.upper())
    assert {r["person"] for r in rows} <= {person}
    assert {(r["colleague"], r["organization"], r["overlap_months"]) for r in rows} == \
        expected_colleagues(graph, person)
    months = [r["overlap_months"] for r in rows]
    assert months == sorted(months, reverse=True)


def test_alumni_of_one_employer_are_not_colleagues(embedded: GraphStore) -> None:
    """Hayes joined ByteDance in 2025-09 (still there), Hao Wu left in 2020-09."""
    assert run(embedded, "colleagues", person="Hayes Zhao", organization="ByteDance") == []
    rows = run(embedded, "colleagues", person="Hao Wu", organization="bytedance")
    assert rows == [{"person": "Hao Wu", "colleague": "Ana Lima", "organization": "ByteDance",
                     "overlap_months": 7, "person_start": "2019-12", "person_end": "2020-09",
                     "colleague_start": "2020-03", "colleague_end": "2021-02"}]
    assert len(run(embedded, "colleagues", person="Hao Wu", limit=1)) == 1


def test_open_ended_roles_run_to_today_month(embedded: GraphStore) -> None:
    nvidia = run(embedded, "colleagues", person="Ana Lima", organization="NVIDIA")
    assert [r["colleague"] for r in nvidia] == ["Hao Wu"]
    assert nvidia[0]["overlap_months"] == TODAY_MONTH - (2023 * 12) + 1  # 2023-01 .. today
    earlier = run(embedded, "colleagues", person="Ana Lima", organization="NVIDIA",
                  today_month=2023 * 12 + 1)
    assert earlier[0]["overlap_months"] == 2


def test_worked_at_lists_titles_and_dates(embedded: GraphStore) -> None:
    rows = run(embedded, "worked_at", organization="bytedance")
    assert [(r["person"], r["title"], r["start_date"], r["current"]) for r in rows] == [
        ("Hao Wu", "Research Intern", "2019-12", False),
        ("Ana Lima", "Software Engineer", "2020-03", False),
        ("Hayes Zhao", "Data Engineer", "2025-09", True),
    ]


def test_shortest_connection_is_spelled_out(embedded: GraphStore) -> None:
    paths = [r["path"] for r in run(embedded, "shortest_connection")]
    assert "Hayes Zhao —WORKED_AT→ ByteDance ←WORKED_AT— Hao Wu" in paths
    back = [r["path"] for r in run(embedded, "shortest_connection", person_a="Hao Wu",
                                   person_b="Hayes Zhao")]
    assert "Hao Wu —WORKED_AT→ ByteDance ←WORKED_AT— Hayes Zhao" in back


def test_profile_collects_everything_about_a_person(embedded: GraphStore) -> None:
    (row,) = run(embedded, "person_profile", person="hao wu")
    assert row["advisors"] == ["Keren Zhou"]
    assert row["papers"] == ["GPU Profiling at Scale"]
    assert row["employers"] == ["ByteDance | Research Intern | 2019-12 – 2020-09",
                                "NVIDIA | Research Scientist | 2023-01 – present"]


def test_flows_from_one_school_and_one_employer(embedded: GraphStore) -> None:
    flows = run(embedded, "school_to_first_employer", school="williams college")
    # Peter Zhao only ever worked at Williams itself, which is not a move
    assert flows == [{"school": "Williams College", "first_employer": "ByteDance",
                      "count": 2, "people": ["Ana Lima", "Hao Wu"]}]
    moves = run(embedded, "employer_to_next_employer", organization="ByteDance")
    assert moves == [{"from_employer": "ByteDance", "to_employer": "NVIDIA", "count": 2,
                      "people": ["Ana Lima", "Hao Wu"]}]
    # Hayes went from GWU (2024-03) to ByteDance (2025-09); Keren never left GWU
    assert run(embedded, "employer_to_next_employer", organization="George Washington "
               "University") == [{"from_employer": "George Washington University",
                                  "to_employer": "ByteDance", "count": 1,
                                  "people": ["Hayes Zhao"]}]
    assert run(embedded, "employer_to_next_employer", organization="NVIDIA") == []


def test_employer_and_school(embedded: GraphStore) -> None:
    both = [r["organization"] for r in run(embedded, "employer_and_school")]
    assert both == ["George Washington University", "Williams College"]


def test_shared_honors_are_the_fellows_of_one_society(embedded: GraphStore) -> None:
    assert run(embedded, "shared_honors", person="Hayes Zhao") == [
        {"person": "Hayes Zhao", "conferred_by": "Sigma Xi", "fellow": "Peter Zhao",
         "honors": ["Sigma Xi Member"], "their_honors": ["Sigma Xi Member"]}]
    assert [r["fellow"] for r in run(embedded, "shared_honors", person="peter zhao")] == [
        "Hayes Zhao"]
    assert run(embedded, "shared_honors", person="Ana Lima") == []  # Dean's List: no society


def test_coauthors_and_advisors(embedded: GraphStore) -> None:
    assert run(embedded, "coauthors") == [
        {"coauthor": "Keren Zhou", "shared_papers": 1, "papers": ["GPU Profiling at Scale"]}]
    pair = [{"advisor": "Keren Zhou", "student": "Hao Wu",
             "joint_papers": ["GPU Profiling at Scale"]}]
    assert run(embedded, "advisors", person="Keren Zhou") == pair
    assert run(embedded, "advisors", person="hao wu") == pair
    assert run(embedded, "advisors", person="Hayes Zhao") == []


def _holders(graph: TalentGraph) -> dict[str, set[str]]:
    """Skill name -> names of the people holding it, from the graph's HAS_SKILL edges."""
    names = nx.get_node_attributes(graph, "name")
    out: dict[str, set[str]] = {}
    for u, v, d in graph.edges(data=True):
        if d.get("type") == "HAS_SKILL":
            out.setdefault(names[v], set()).add(u)
    return out


@pytest.mark.parametrize("skill", ["Python", "CUDA", "PyTorch"])
def test_skill_cooccurrence_counts_people_holding_both(embedded: GraphStore,
                                                       graph: TalentGraph, skill: str) -> None:
    holders = _holders(graph)
    expected = {(other, len(people & holders[skill])) for other, people in holders.items()
                if other != skill and people & holders[skill]}
    rows = run(embedded, "skill_cooccurrence", skill=skill.lower())
    assert {r["skill"] for r in rows} == {skill}
    assert {(r["co_skill"], r["people"]) for r in rows} == expected
    assert [r["people"] for r in rows] == sorted((r["people"] for r in rows), reverse=True)
    assert all(r["people"] >= 2 for r in run(embedded, "skill_cooccurrence", skill=skill,
                                              min_people=2))


def test_top_skills_by_organization_counts_its_people(embedded: GraphStore,
                                                      graph: TalentGraph) -> None:
    names = nx.get_node_attributes(graph, "name")
    staff = {u for u, v, d in graph.edges(data=True)
             if d.get("type") == "WORKED_AT" and names[v] == "ByteDance"}
    expected = {(skill, len(people & staff)) for skill, people in _holders(graph).items()
                if people & staff}
    rows = run(embedded, "top_skills_by_organization", organization="bytedance")
    assert {(r["skill"], r["people"]) for r in rows} == expected
    assert rows[0] == {"organization": "ByteDance", "skill": "Python", "people": 3}
    assert len(run(embedded, "top_skills_by_organization", organization="ByteDance",
                   limit=2)) == 2


def test_papers_by_venue(embedded: GraphStore) -> None:
    assert run(embedded, "papers_by_venue", venue="sc") == [
        {"venue": "SC", "venue_kind": "conference", "year": 2022,
         "title": "GPU Profiling at Scale", "authors": ["Hao Wu", "Keren Zhou"]}]
    assert run(embedded, "papers_by_venue", venue="Nowhere") == []


def test_data_quality_queries(embedded: GraphStore) -> None:
    assert [(r["person"], r["issue"]) for r in run(embedded, "flagged_people")][1:] == [
        ("Ana Lima", "inferred name"), ("Peter Zhao", "partly read résumé")]
    assert run(embedded, "flagged_people")[0]["issue"] == "anonymous"
    assert run(embedded, "low_coverage_resumes") == [
        {"resume": "001.pdf", "person": "Peter Zhao", "coverage": 0.31}]
    low = run(embedded, "low_confidence_facts")
    assert [(r["relationship"], r["confidence"]) for r in low] == [("HAS_SKILL", 0.5),
                                                                   ("AUTHORED", 0.6)]
    assert run(embedded, "low_confidence_facts", limit=1) == low[:1]
    assert [r["resume"] for r in run(embedded, "unparsed_resumes")] == ["001.pdf", "000.txt"]
    assert [r["resume"] for r in run(embedded, "unparsed_resumes", limit=1)] == ["001.pdf"]


def test_similar_people_scores_only_the_top_candidates(embedded: GraphStore) -> None:
    everyone = run(embedded, "similar_people", limit=100)
    assert everyone == sorted(everyone, key=lambda r: (-r["jaccard"], -r["shared_count"],
                                                       r["person"]))
    # a cap of one keeps the person sharing the most features, whatever their score
    most = max(r["shared_count"] for r in everyone)
    (only,) = run(embedded, "similar_people", limit=100, candidates=1)
    assert only["shared_count"] == most and only in everyone
    # a cap above the number of people sharing anything changes nothing
    assert run(embedded, "similar_people", limit=100, candidates=len(everyone)) == everyone


@pytest.mark.neo4j
@pytest.mark.parametrize("person", ["Keren Zhou", "Anonymous (004.txt)"])
def test_profiles_of_people_without_some_facts_are_identical(embedded: GraphStore,
                                                             neo4j: GraphStore,
                                                             person: str) -> None:
    """A missing employer or school is an empty list on both stores (LadybugDB reads
    null + 'text' as 'text', which once listed ' | ? | ? – ?' as an employer)."""
    rows = run(embedded, "person_profile", person=person)
    assert rows and " | ? | ? – ?" not in rows[0]["employers"] + rows[0]["schools"]
    assert run(neo4j, "person_profile", person=person) == rows


LOOKUPS = [("person_profile", "person"), ("colleagues", "person"), ("coauthors", "person"),
           ("worked_at", "organization"), ("alumni", "school")]


@pytest.mark.parametrize(("name", "param"), LOOKUPS)
def test_an_id_names_exactly_what_its_name_does(embedded: GraphStore, graph: TalentGraph,
                                                name: str, param: str) -> None:
    """Every look-up also takes an id (person_profile shows it), which is how a user
    picks one of several namesakes: on the seeds each example names one node, so the id
    and the name give the same rows, and a made-up id gives none."""
    value = example_params(name)[param]
    (node,) = [n for n, d in graph.nodes(data=True)
               if str(d.get("name", "")).lower() == value.lower()]
    by_name = run(embedded, name, **{param: value})
    assert by_name
    assert run(embedded, name, **{param: node}) == by_name
    assert run(embedded, name, **{param: node + "-nobody"}) == []


def test_profile_shows_the_id_of_each_namesake(embedded: GraphStore) -> None:
    (row,) = run(embedded, "person_profile", person="Hao Wu")
    assert row["id"].startswith("person:")
    (again,) = run(embedded, "person_profile", person=row["id"])
    assert again == row


def _held_by(graph: TalentGraph, group: str) -> set[str]:
    """Names of the people holding an occupation under (or at) ``group``, from the graph's
    HELD_OCCUPATION and BROADER edges."""
    names = nx.get_node_attributes(graph, "name")
    broader = {(u, v) for u, v, d in graph.edges(data=True) if d.get("type") == "BROADER"}
    under = {group}
    while True:
        more = {u for u, v in broader if v in under} - under
        if not more:
            break
        under |= more
    return {names[u] for u, v, d in graph.edges(data=True)
            if d.get("type") == "HELD_OCCUPATION" and v in under}


def test_people_by_occupation_include_narrower_occupations(embedded: GraphStore,
                                                            graph: TalentGraph) -> None:
    rows = run(embedded, "people_by_occupation", occupation="computer OCCUPATIONS")
    assert {r["person"] for r in rows} == _held_by(graph, "occupation:15-1200")
    (hayes,) = [r for r in rows if r["person"] == "Hayes Zhao"]
    # his research assistantship is a science occupation, not a computer one
    assert hayes["occupations"] == ["Database Architects", "Software Developers"]
    assert hayes["titles"] == ["Data Engineer", "Software Engineer Intern"]
    assert hayes["levels"] == ["intern", "junior"] and hayes["confidence"] == 0.9
    by_code = run(embedded, "people_by_occupation", occupation="15-1252.00")
    assert [r["person"] for r in by_code] == ["Ana Lima", "Hayes Zhao"]
    assert run(embedded, "people_by_occupation", occupation="Astronauts") == []


def test_people_by_seniority_say_what_decided_the_level(embedded: GraphStore) -> None:
    rows = run(embedded, "people_by_seniority", seniority="INTERN")
    assert [(r["person"], r["title"], r["occupation"]) for r in rows] == [
        ("Hayes Zhao", "Software Engineer Intern", "Software Developers"),
        ("Hao Wu", "Research Intern", "Life, Physical, and Social Science Occupations")]
    assert rows[0]["evidence"] == 'title word "intern"'
    assert [r["person"] for r in run(embedded, "people_by_seniority",
                                     seniority="assistant_professor")] == ["Keren Zhou"]


@pytest.mark.parametrize("months", [1, 16, 17, 64, 65])
def test_skill_with_at_least_n_months(embedded: GraphStore, graph: TalentGraph,
                                      months: int) -> None:
    names = nx.get_node_attributes(graph, "name")
    expected = {(names[u], d["months"]) for u, v, d in graph.edges(data=True)
                if d.get("type") == "HAS_SKILL" and names[v] == "Python"
                and d.get("months", 0) >= months}
    rows = run(embedded, "people_with_skill_months", skill="python", months=months)
    assert {(r["person"], r["months"]) for r in rows} == expected
    assert [r["months"] for r in rows] == sorted((r["months"] for r in rows), reverse=True)


def test_skill_months_count_narrower_skills_one_by_one(embedded: GraphStore) -> None:
    """Machine Learning is broader than PyTorch: Hao Wu's 52 months of PyTorch count,
    Hayes Zhao's 7 do not reach 10, and a listed skill without months never does."""
    rows = run(embedded, "people_with_skill_months", skill="Machine Learning", months=10)
    assert [(r["person"], r["skill"], r["months"], r["as_of"]) for r in rows] == [
        ("Hao Wu", "PyTorch", 52, "2026-06-15")]
    assert run(embedded, "people_with_skill_months", skill="Spark", months=0) == []


def test_occupation_flows_follow_each_persons_next_occupation(embedded: GraphStore) -> None:
    """Hayes: intern developer -> research assistant -> data engineer; Hao: research
    intern -> research scientist; Ana stayed a software developer (no flow)."""
    assert run(embedded, "occupation_flows") == [
        {"from_occupation": "Life, Physical, and Social Science Occupations",
         "to_occupation": "Computer and Information Research Scientists", "count": 1,
         "people": ["Hao Wu"]},
        {"from_occupation": "Life, Physical, and Social Science Occupations",
         "to_occupation": "Database Architects", "count": 1, "people": ["Hayes Zhao"]},
        {"from_occupation": "Software Developers",
         "to_occupation": "Life, Physical, and Social Science Occupations", "count": 1,
         "people": ["Hayes Zhao"]},
    ]

"""Every canned query on the hand-built graph: the answers, and the same rows on both stores."""

from __future__ import annotations

from typing import Any

import pytest
from graphs import TODAY_MONTH

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


@pytest.mark.parametrize("name", NAMES)
def test_every_query_runs_on_the_embedded_store(embedded: GraphStore, name: str) -> None:
    rows = run(embedded, name)
    assert rows, f"{name} found nothing on the sample graph"


@pytest.mark.neo4j
@pytest.mark.parametrize("name", NAMES)
def test_both_stores_return_identical_rows(embedded: GraphStore, neo4j: GraphStore,
                                           name: str) -> None:
    assert run(neo4j, name) == run(embedded, name)


def test_skill_search_follows_narrower_skills_case_insensitively(embedded: GraphStore) -> None:
    rows = run(embedded, "people_with_skill", skill="machine LEARNING")
    assert rows == [
        {"person": "Hayes Zhao", "via_skills": ["PyTorch", "Reinforcement Learning"],
         "matching_skills": 2},
        {"person": "Hao Wu", "via_skills": ["PyTorch"], "matching_skills": 1},
    ]


def test_all_skills_needs_every_one(embedded: GraphStore) -> None:
    people = [r["person"] for r in run(embedded, "people_with_all_skills",
                                       skills=["cuda", "Python"])]
    assert people == ["Ana Lima", "Hao Wu"]
    assert run(embedded, "people_with_all_skills", skills=["CUDA", "Spark"]) == []


def test_alumni_of_one_employer_are_not_colleagues(embedded: GraphStore) -> None:
    """Hayes joined ByteDance in 2025-09 (still there), Hao Wu left in 2020-09."""
    rows = run(embedded, "colleagues", organization="ByteDance")
    pairs = {(r["person_a"], r["person_b"]) for r in rows}
    assert ("Hao Wu", "Hayes Zhao") not in pairs
    assert rows == [{"person_a": "Ana Lima", "person_b": "Hao Wu", "organization": "ByteDance",
                     "overlap_months": 7, "a_start": "2020-03", "a_end": "2021-02",
                     "b_start": "2019-12", "b_end": "2020-09"}]


def test_open_ended_roles_run_to_today_month(embedded: GraphStore) -> None:
    nvidia = run(embedded, "colleagues", organization="NVIDIA")
    assert nvidia[0]["overlap_months"] == TODAY_MONTH - (2023 * 12) + 1  # 2023-01 .. today
    earlier = run(embedded, "colleagues", organization="NVIDIA", today_month=2023 * 12 + 1)
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


def test_flows_employer_and_school_and_honors(embedded: GraphStore) -> None:
    flows = run(embedded, "school_to_first_employer")
    assert flows[0] == {"school": "Williams College", "first_employer": "ByteDance",
                        "count": 2, "people": ["Ana Lima", "Hao Wu"]}
    moves = run(embedded, "employer_to_next_employer")
    assert moves[0]["from_employer"] == "ByteDance" and moves[0]["to_employer"] == "NVIDIA"
    both = [r["organization"] for r in run(embedded, "employer_and_school")]
    assert both == ["George Washington University", "Williams College"]
    honors = run(embedded, "shared_honors")
    assert [(r["conferred_by"], r["person_a"], r["person_b"]) for r in honors] == [
        ("Sigma Xi", "Hayes Zhao", "Peter Zhao")]


def test_coauthors_and_advisors(embedded: GraphStore) -> None:
    assert run(embedded, "coauthors") == [
        {"coauthor": "Keren Zhou", "shared_papers": 1, "papers": ["GPU Profiling at Scale"]}]
    assert run(embedded, "advisors") == [
        {"advisor": "Keren Zhou", "student": "Hao Wu", "joint_papers": ["GPU Profiling at Scale"]}]


def test_data_quality_queries(embedded: GraphStore) -> None:
    assert [r["issue"] for r in run(embedded, "flagged_people")] == ["anonymous", "inferred name"]
    low = run(embedded, "low_confidence_facts")
    assert [(r["relationship"], r["confidence"]) for r in low] == [("HAS_SKILL", 0.5),
                                                                   ("AUTHORED", 0.6)]

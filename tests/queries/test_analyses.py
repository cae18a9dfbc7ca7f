"""Analyses against hand-computed values, networkx references, and the canned queries."""

from __future__ import annotations

import math

import networkx as nx
import pytest
from graphs import TODAY_MONTH, seed_like_graph, two_cliques_graph

from talentgraph.graph.model import TalentGraph
from talentgraph.graph.store import GraphStore
from talentgraph.queries import analyses, registry
from talentgraph.queries.analyses.engines import AUTO_THRESHOLD, resolve_engine
from talentgraph.queries.analyses.igraph_engine import IgraphEngine

ENGINES = ("networkx", "igraph")


def labelled(graph: nx.Graph) -> nx.Graph:
    """A plain networkx graph dressed like a projection (names and labels)."""
    for node, data in graph.nodes(data=True):
        data.update(label="Person", name=f"P{node}")
    nx.set_edge_attributes(graph, 1, "weight")
    return graph


# ---------------------------------------------------------------- projections
def test_people_projection_ties_colleagues_coauthors_and_advisors() -> None:
    people = analyses.people(seed_like_graph(), today_month=TODAY_MONTH)
    ties = {tuple(sorted((u, v))): d["ties"] for u, v, d in people.edges(data=True)}
    assert ties == {
        ("person:ana-lima", "person:hao-wu"): ["colleagues@ByteDance", "colleagues@NVIDIA"],
        ("person:hao-wu", "person:keren-zhou"): ["advising",
                                                 "coauthors@GPU Profiling at Scale"],
        ("person:hayes-zhao", "person:keren-zhou"): [
            "coauthors@STARDUST", "colleagues@George Washington University"],
    }
    assert people.edges["person:ana-lima", "person:hao-wu"]["weight"] == 2
    # alumni of ByteDance who never overlapped are not tied
    assert not people.has_edge("person:hayes-zhao", "person:hao-wu")


def test_other_projections() -> None:
    g = seed_like_graph()
    alumni = analyses.project(g, "alumni")
    assert alumni.has_edge("person:hao-wu", "person:hayes-zhao")  # both GWU students
    skills = analyses.skill_cooccurrence(g)
    assert skills.edges["skill:cuda", "skill:python"]["weight"] == 2
    bipartite = analyses.person_skill(g)
    assert nx.is_bipartite(bipartite) and bipartite.nodes["skill:cuda"]["bipartite"] == 1
    whole = analyses.whole_graph(g)
    assert "resume:000.txt" not in whole
    assert whole.edges["person:hayes-zhao", "org:gwu"]["weight"] == 2  # worked and studied
    with pytest.raises(ValueError, match="unknown projection"):
        analyses.project(g, "nope")


# ---------------------------------------------------------------- hand-computed values
@pytest.mark.parametrize("engine", ENGINES)
def test_path_of_three(engine: str) -> None:
    path = labelled(nx.path_graph(3))
    assert analyses.degree(path) == {0: 0.5, 1: 1.0, 2: 0.5}
    assert analyses.betweenness(path, engine=engine) == pytest.approx({0: 0, 1: 1.0, 2: 0})
    assert analyses.closeness(path, engine=engine) == pytest.approx(
        {0: 2 / 3, 1: 1.0, 2: 2 / 3})


@pytest.mark.parametrize("engine", ENGINES)
def test_symmetric_graphs(engine: str) -> None:
    cycle = labelled(nx.cycle_graph(5))
    assert analyses.pagerank(cycle, engine=engine) == pytest.approx(dict.fromkeys(range(5), 0.2))
    # a triangle and a pair: per-component eigenvectors stacked to unit length
    split = labelled(nx.disjoint_union(nx.complete_graph(3), nx.complete_graph(2)))
    scores = analyses.eigenvector(split, engine=engine)
    assert scores == pytest.approx(dict.fromkeys(range(5), 1 / math.sqrt(5)))
    assert analyses.closeness(split, engine=engine) == pytest.approx(
        {0: 0.5, 1: 0.5, 2: 0.5, 3: 0.25, 4: 0.25})


@pytest.mark.parametrize("engine", ENGINES)
def test_louvain_finds_the_two_groups_and_the_broker(engine: str) -> None:
    people = analyses.people(two_cliques_graph())
    partition = analyses.louvain(people, engine=engine)
    groups = analyses.groups(partition)
    assert groups == [
        ["person:a0", "person:a1", "person:a2", "person:a3", "person:broker"],
        ["person:z0", "person:z1", "person:z2", "person:z3"]]
    # m = 20; A: 10 inside, degrees 24; Z: 6 inside, degrees 16
    assert analyses.modularity(people, partition) == pytest.approx(
        (10 / 20 - (24 / 40) ** 2) + (6 / 20 - (16 / 40) ** 2))
    brokers = analyses.participation(people, partition)
    assert brokers["person:broker"] == pytest.approx(0.5)  # 4 ties each side
    assert brokers["person:a0"] == 0.0
    assert analyses.community_links(people, partition) == {(0, 1): 4.0}
    assert analyses.betweenness(people, engine=engine)["person:broker"] == pytest.approx(
        16 / 28)  # all 16 a–z pairs of the 28 pairs among the other 8


# ---------------------------------------------------------------- engines agree
def _graphs() -> list[nx.Graph]:
    g = seed_like_graph()
    return [analyses.whole_graph(g), analyses.people(g, today_month=TODAY_MONTH),
            analyses.skill_cooccurrence(g), labelled(nx.karate_club_graph())]


@pytest.mark.parametrize("graph", _graphs(), ids=["whole", "people", "skills", "karate"])
def test_igraph_agrees_with_networkx(graph: nx.Graph) -> None:
    for measure in (analyses.pagerank, analyses.eigenvector):
        a, b = measure(graph, engine="networkx"), measure(graph, engine="igraph")
        assert max(abs(a[n] - b[n]) for n in graph) < 1e-3, measure.__name__
    for measure in (analyses.betweenness, analyses.closeness):
        a, b = measure(graph, engine="networkx"), measure(graph, engine="igraph")
        assert a == pytest.approx(b, abs=1e-9), measure.__name__
    # Louvain is a greedy heuristic whose visiting order differs between the engines:
    # on karate they land 0.028 apart (0.420 vs 0.392)
    a = analyses.louvain(graph, engine="networkx")
    b = analyses.louvain(graph, engine="igraph")
    assert analyses.modularity(graph, a) == pytest.approx(analyses.modularity(graph, b),
                                                          abs=0.04)


def test_one_igraph_engine_converts_a_graph_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Several measures through one engine object share one conversion (seconds at
    10^5 people) and give what a fresh engine gives; a changed graph is converted
    again."""
    from talentgraph.queries.analyses import igraph_engine

    calls: list[str | None] = []
    real = igraph_engine.to_igraph

    def counting(graph: nx.Graph, weight: str | None = None) -> object:
        calls.append(weight)
        return real(graph, weight)

    monkeypatch.setattr(igraph_engine, "to_igraph", counting)
    people = analyses.people(seed_like_graph(), today_month=TODAY_MONTH)
    engine = IgraphEngine()
    ranks = analyses.pagerank(people, engine=engine)
    partition = analyses.louvain(people, engine=engine)
    between = analyses.betweenness(people, engine=engine)  # unweighted: the same copy
    assert calls == ["weight"]
    assert ranks == analyses.pagerank(people, engine="igraph")
    assert partition == analyses.louvain(people, engine="igraph")
    assert between == analyses.betweenness(people, engine="igraph")
    calls.clear()
    a, b = sorted(people)[:2]
    if people.has_edge(a, b):
        people.remove_edge(a, b)
    else:
        people.add_edge(a, b, weight=5, ties=["test"])
    changed = analyses.pagerank(people, engine=engine)
    assert calls == ["weight"] and changed == analyses.pagerank(people, engine="igraph")
    engine.forget()
    analyses.pagerank(people, engine=engine)
    assert len(calls) == 3  # the fresh engine above, then after forget()


@pytest.mark.parametrize("k", [2, 5, 20])
def test_sampled_betweenness_is_networkx_estimate(k: int) -> None:
    graph = analyses.whole_graph(seed_like_graph())
    expected = nx.betweenness_centrality(graph, k=k, seed=7)
    got = analyses.betweenness(graph, k=k, seed=7, engine="igraph")
    assert got == pytest.approx(expected, abs=1e-12)
    assert analyses.betweenness_sample_size(graph, k) == k
    assert analyses.betweenness_sample_size(graph) is None  # small: exact


def test_auto_engine_switches_on_size() -> None:
    assert resolve_engine("auto", nx.path_graph(10)).name == "networkx"
    big = nx.path_graph(AUTO_THRESHOLD)
    assert isinstance(resolve_engine("auto", big), IgraphEngine)
    with pytest.raises(analyses.EngineError, match="GdsEngine"):
        resolve_engine("gds", big)


# ---------------------------------------------------------------- analyses = queries
def test_similarity_matches_the_query(graph: TalentGraph, embedded: GraphStore) -> None:
    rows = registry.run_query(embedded, "similar_people", {"person": "Hayes Zhao"})
    expected = {r["person"]: r["jaccard"] for r in rows}
    scores = analyses.similar_people(graph, "person:hayes-zhao")
    got = {graph.nodes[n]["name"]: round(v, 4) for n, v in scores.items()}
    assert got == expected


def test_paths_match_the_query(graph: TalentGraph, embedded: GraphStore) -> None:
    rows = registry.run_query(embedded, "shortest_connection",
                              {"person_a": "Hayes Zhao", "person_b": "Hao Wu", "limit": 50})
    assert analyses.shortest_connections(graph, "person:hayes-zhao", "person:hao-wu",
                                         limit=50) == [r["path"] for r in rows]
    assert analyses.shortest_connections(graph, "person:hayes-zhao", "person:hayes-zhao") == []

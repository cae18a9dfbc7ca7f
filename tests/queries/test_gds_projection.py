"""The person projection built inside Neo4j (``people_projection.cypher``) is the one
``projections.people`` builds in Python, node for node and weight for weight, and the GDS
measures run on it agree with networkx and igraph."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from graphs import TODAY_MONTH, seed_like_graph

from talentgraph.config import Settings
from talentgraph.graph.store import GraphStore, open_store
from talentgraph.pipeline import load_paths
from talentgraph.queries import analyses
from talentgraph.queries.analyses.gds_engine import GdsEngine, Projected
from talentgraph.queries.analyses.projections import PERSON_TIES

pytestmark = pytest.mark.neo4j

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TIE_SETS = [("colleagues", "coauthors", "advising"), *((tie,) for tie in PERSON_TIES),
            PERSON_TIES]


@pytest.fixture(scope="module")
def synth_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 synthetic people (text, Markdown and JSON résumés, some people twice)."""
    from talentgraph.synth import SynthConfig, generate

    out = tmp_path_factory.mktemp("synth300")
    generate(out, SynthConfig(people=300, seed=5, formats=("txt", "md", "json")))
    return out / "resumes"


@pytest.fixture(scope="module", params=["seeds", "synth", "hand-built"])
def stored(request: pytest.FixtureRequest, neo4j_settings: Settings) -> Iterator[GraphStore]:
    """The Neo4j server holding one graph: the seed résumés, the 300-people corpus, or
    the hand-built graph of ``graphs.py`` (an advisor who is also a co-author, alumni who
    never overlapped, open-ended roles)."""
    with open_store(neo4j_settings) as store:
        store.clear()
        if request.param == "hand-built":
            store.write_graph(seed_like_graph())
        else:
            corpus = SEEDS if request.param == "seeds" else request.getfixturevalue(
                "synth_corpus")
            report = load_paths([corpus], store)
            assert report.failed == []
        yield store
        store.clear()


def _catalog_graph(store: GraphStore, projected: Projected) -> nx.Graph:
    """The graph GDS holds, read back: every node, and each tie once with its weight."""
    read = nx.Graph()
    read.add_nodes_from(row["node"] for row in store.run(
        "CALL gds.degree.stream($graph) YIELD nodeId "
        "RETURN gds.util.asNode(nodeId).id AS node", {"graph": projected.name}))
    if not projected.relationships:  # no ties: GDS has no weight property to stream
        return read
    for row in store.run(
            "CALL gds.graph.relationshipProperty.stream($graph, 'weight') "
            "YIELD sourceNodeId, targetNodeId, propertyValue "
            "RETURN gds.util.asNode(sourceNodeId).id AS a, "
            "gds.util.asNode(targetNodeId).id AS b, propertyValue AS weight",
            {"graph": projected.name}):
        if read.has_edge(row["a"], row["b"]):  # undirected: listed once per direction
            assert read.edges[row["a"], row["b"]]["weight"] == row["weight"]
        read.add_edge(row["a"], row["b"], weight=row["weight"])
    return read


def _same_projection(server: nx.Graph, python: nx.Graph) -> None:
    assert set(server.nodes) == set(python.nodes)
    assert {frozenset(e) for e in server.edges} == {frozenset(e) for e in python.edges}
    assert {frozenset((a, b)): w for a, b, w in server.edges(data="weight")} == \
        {frozenset((a, b)): float(w) for a, b, w in python.edges(data="weight")}


def _no_upload(engine: GdsEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> Projected:
        raise AssertionError("the person projection was uploaded, not built on the server")

    monkeypatch.setattr(engine, "_upload", refuse)


@pytest.mark.parametrize("ties", TIE_SETS, ids="+".join)
def test_server_projection_is_the_python_projection(stored: GraphStore, ties: tuple[str, ...],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    python = analyses.people(stored.to_networkx(), ties=ties, today_month=TODAY_MONTH)
    engine = GdsEngine(stored, today_month=TODAY_MONTH)
    _no_upload(engine, monkeypatch)
    with engine.projected(python) as projected:
        assert projected.route == "server"
        _same_projection(_catalog_graph(stored, projected), python)
    assert stored.run("CALL gds.graph.list() YIELD graphName RETURN count(*) AS n") == [{"n": 0}]


def test_measures_run_on_a_projection_without_ties(stored: GraphStore) -> None:
    """No ties of a kind (or one person): GDS has no weight property then, and every
    person still gets a score and a community of their own."""
    lonely = analyses.people(stored.to_networkx(), ties=(), today_month=TODAY_MONTH)
    engine = GdsEngine(stored, today_month=TODAY_MONTH)
    scores = analyses.pagerank(lonely, engine=engine)
    assert scores == pytest.approx(dict.fromkeys(lonely, 1 / lonely.number_of_nodes()))
    partition = analyses.louvain(lonely, engine=engine)
    assert sorted(partition.values()) == list(range(lonely.number_of_nodes()))


def test_today_month_defaults_to_this_month_like_people(stored: GraphStore) -> None:
    python = analyses.people(stored.to_networkx())
    with GdsEngine(stored).projected(python) as projected:
        assert projected.route == "server"
        _same_projection(_catalog_graph(stored, projected), python)


def test_the_month_open_roles_run_to_matters(stored: GraphStore) -> None:
    """Ending every current role in 1900 drops ties; given a projection that does not
    say its month, an engine told 1900 must notice and upload the graph it was given
    rather than measure the stored graph's projection."""
    graph = stored.to_networkx()
    python = analyses.people(graph, ties=("colleagues",), today_month=TODAY_MONTH)
    early = analyses.people(graph, ties=("colleagues",), today_month=1900 * 12)
    if python.number_of_edges() == early.number_of_edges():
        pytest.skip("no current role overlaps another only thanks to today_month")
    del python.graph["today_month"]
    with GdsEngine(stored, today_month=1900 * 12).projected(python) as projected:
        assert projected.route == "upload"
        _same_projection(_catalog_graph(stored, projected), python)


def test_the_projection_carries_its_month(stored: GraphStore,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """An engine told another month still rebuilds the month the projection was made for."""
    python = analyses.people(stored.to_networkx(), today_month=TODAY_MONTH)
    engine = GdsEngine(stored, today_month=1900 * 12)
    _no_upload(engine, monkeypatch)
    with engine.projected(python) as projected:
        assert projected.route == "server"
        _same_projection(_catalog_graph(stored, projected), python)


def test_a_capped_projection_is_uploaded(stored: GraphStore) -> None:
    """The server query ties every overlapping pair; a projection whose colleague cap cut
    pairs (here at every employer with more than one stint) is measured as given."""
    graph = stored.to_networkx()
    python = analyses.people(graph, today_month=TODAY_MONTH, large_employer=1,
                             colleague_window=1)
    exact = analyses.people(graph, today_month=TODAY_MONTH, colleague_window=None)
    assert not exact.graph["capped"]
    if python.number_of_edges() == exact.number_of_edges():
        pytest.skip("no employer where a one-colleague window drops a pair")
    assert python.graph["capped"]
    with GdsEngine(stored).projected(python) as projected:
        assert projected.route == "upload"
        _same_projection(_catalog_graph(stored, projected), python)


def test_a_changed_projection_is_uploaded_and_measured_as_given(stored: GraphStore) -> None:
    python = analyses.people(stored.to_networkx(), today_month=TODAY_MONTH)
    a, b = sorted(python.nodes)[:2]
    python.add_edge(a, b, weight=python.edges[a, b]["weight"] + 5 if python.has_edge(a, b)
                    else 5, ties=["made-up"])
    engine = GdsEngine(stored, today_month=TODAY_MONTH)
    with engine.projected(python) as projected:
        assert projected.route == "upload"
        _same_projection(_catalog_graph(stored, projected), python)
    gds, reference = analyses.pagerank(python, engine=engine), analyses.pagerank(
        python, engine="networkx")
    assert max(abs(gds[n] - reference[n]) for n in python) < 1e-3


def test_measures_on_the_server_projection_agree(stored: GraphStore,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Same tolerance as ``test_gds.py``: PageRank within 1e-3, exact betweenness within
    1e-9, Louvain as good (modularity within 0.02) as networkx's and igraph's."""
    python = analyses.people(stored.to_networkx(), today_month=TODAY_MONTH)
    engine = GdsEngine(stored, today_month=TODAY_MONTH)
    _no_upload(engine, monkeypatch)
    gds = analyses.pagerank(python, engine=engine)
    for other in ("networkx", "igraph"):
        reference = analyses.pagerank(python, engine=other)
        assert max(abs(gds[n] - reference[n]) for n in python) < 1e-3
    assert analyses.betweenness(python, k=None, engine=engine) == pytest.approx(
        analyses.betweenness(python, k=None, engine="networkx"), abs=1e-9)
    partition = analyses.louvain(python, engine=engine)
    assert set(partition) == set(python.nodes)
    for other in ("networkx", "igraph"):
        assert analyses.modularity(python, partition) == pytest.approx(
            analyses.modularity(python, analyses.louvain(python, engine=other)), abs=0.02)
    assert stored.run("CALL gds.graph.list() YIELD graphName RETURN count(*) AS n") == [{"n": 0}]


"""The GDS engine runs the same projection inside Neo4j and agrees with networkx."""

from __future__ import annotations

import pytest
from graphs import TODAY_MONTH, seed_like_graph, two_cliques_graph

from talentgraph.config import Settings
from talentgraph.graph.store import open_store
from talentgraph.queries import analyses
from talentgraph.queries.analyses.engines import EngineError
from talentgraph.queries.analyses.gds_engine import GdsEngine

pytestmark = pytest.mark.neo4j

CASES = [(seed_like_graph, "whole"), (seed_like_graph, "people"), (two_cliques_graph, "people")]


@pytest.mark.parametrize(("make", "projection"), CASES)
def test_gds_agrees_with_networkx(neo4j_settings: Settings, make, projection: str) -> None:
    with open_store(neo4j_settings) as store:
        store.clear()
        store.write_graph(make())
        try:
            graph = analyses.project(store.to_networkx(), projection, today_month=TODAY_MONTH)
            gds = GdsEngine(store)
            a, b = analyses.pagerank(graph, engine=gds), analyses.pagerank(graph,
                                                                          engine="networkx")
            assert max(abs(a[n] - b[n]) for n in graph) < 1e-3
            assert analyses.betweenness(graph, engine=gds) == pytest.approx(
                analyses.betweenness(graph, engine="networkx"), abs=1e-9)
            lg = analyses.louvain(graph, engine=gds)
            ln = analyses.louvain(graph, engine="networkx")
            if make is two_cliques_graph:
                assert lg == ln
            assert analyses.modularity(graph, lg) == pytest.approx(
                analyses.modularity(graph, ln), abs=0.02)
            leftovers = store.run("CALL gds.graph.list() YIELD graphName "
                                  "RETURN count(*) AS graphs")
            assert leftovers == [{"graphs": 0}]  # every projection was dropped
        finally:
            store.clear()


def test_gds_needs_a_neo4j_store(tmp_path) -> None:
    with open_store(Settings(store=str(tmp_path / "x.lbug"))) as store, \
            pytest.raises(EngineError, match="Neo4j"):
        GdsEngine(store)

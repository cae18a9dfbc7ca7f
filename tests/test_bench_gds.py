"""The benchmark's GDS cells: measured on a real server with the plugin, ``n/a: <reason>``
without one (the bench must still finish)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "queries"))

from graphs import seed_like_graph

from talentgraph.config import Settings
from talentgraph.graph.store import open_store
from talentgraph.queries import analyses


def _bench_run():
    """``bench/run.py`` (the bench is a folder of the checkout, not an installed package)."""
    root = Path(__file__).resolve().parents[1]
    if str(root) not in sys.path:  # run.py imports bench.cells
        sys.path.insert(0, str(root))
    path = root / "bench" / "run.py"
    spec = importlib.util.spec_from_file_location("bench_run_under_test", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


bench = _bench_run()
BETWEENNESS_K, Run, stage_gds = bench.BETWEENNESS_K, bench.Run, bench.stage_gds

GDS_CELLS = ["gds projection", "gds pagerank", f"gds betweenness k={BETWEENNESS_K}",
             "gds louvain"]


def _run() -> Run:
    run = Run(n=0, corpus=Path("unused"))
    run.graph = seed_like_graph()
    run.people = analyses.people(run.graph)  # this month, as stage_analyses builds it
    return run


def test_without_a_server_every_gds_cell_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    run = _run()
    stage_gds(run)
    assert [run.cells[c] for c in GDS_CELLS] == ["n/a: NEO4J_URI not set"] * len(GDS_CELLS)


def test_a_graph_not_loaded_into_neo4j_is_not_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")  # never contacted
    run = _run()
    stage_gds(run)
    assert all(run.cells[c].startswith("n/a: the graph was not loaded") for c in GDS_CELLS)


@pytest.mark.neo4j
def test_gds_cells_time_each_measure_and_the_server_memory(neo4j_settings: Settings,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.store)
    run = _run()
    with open_store(neo4j_settings) as store:
        store.clear()
        store.write_graph(run.graph)
        run.cells["_load neo4j"] = 1.0  # what stage_load_neo4j leaves behind
        try:
            stage_gds(run)
            leftovers = store.run("CALL gds.graph.list() YIELD graphName RETURN count(*) AS n")
        finally:
            store.clear()
    people = run.people.number_of_nodes()
    projection = str(run.cells["gds projection"])
    assert re.match(r"\d+\.\d\ds \(Cypher projection on the server ", projection), projection
    assert f"{people:,} nodes" in projection and "iB in the catalog" in projection
    assert run.cells["gds projection"].numbers[1] == people
    for cell in GDS_CELLS[1:]:
        assert re.fullmatch(r"\d+\.\d\ds incl\. projection \(best of \d; \d+\.\d\ds beyond "
                            r"it\), server est\. [\d.,]+ [KM]iB(–[\d.,]+ [KM]iB)?",
                            str(run.cells[cell])), run.cells[cell]
        seconds, beyond = run.cells[cell].numbers
        assert 0 <= beyond <= seconds
    assert leftovers == [{"n": 0}]  # every projection the bench made was dropped


@pytest.mark.neo4j
def test_a_projection_the_store_does_not_hold_is_marked_uploaded(
        neo4j_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.store)
    run = _run()
    a, b = sorted(run.people.nodes)[:2]
    run.people.add_edge(a, b, weight=9, ties=["made-up"])
    with open_store(neo4j_settings) as store:
        store.clear()
        store.write_graph(run.graph)
        run.cells["_load neo4j"] = 1.0
        try:
            stage_gds(run)
        finally:
            store.clear()
    assert "uploaded from the client" in str(run.cells["gds projection"]), run.cells["gds projection"]

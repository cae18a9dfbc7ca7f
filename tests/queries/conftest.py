"""Fixtures for the query and analysis tests: the hand-built graph in each store.

The embedded store is written once per module in a temp dir; the Neo4j one uses the root
``neo4j_settings`` fixture (skipped locally without ``NEO4J_URI``, failing under
``CI=true``), is cleared, loaded, and cleared again afterwards.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from graphs import seed_like_graph

from talentgraph.config import Settings
from talentgraph.graph.model import TalentGraph
from talentgraph.graph.store import GraphStore, open_store


@pytest.fixture(scope="module")
def graph() -> TalentGraph:
    """The seed-like graph of ``graphs.py``."""
    return seed_like_graph()


@pytest.fixture(scope="module")
def embedded(graph: TalentGraph, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[GraphStore]:
    """An embedded store holding ``graph``."""
    path = tmp_path_factory.mktemp("lbug") / "talent.lbug"
    with open_store(Settings(store=str(path))) as store:
        store.write_graph(graph)
        yield store


@pytest.fixture(scope="module")
def neo4j(graph: TalentGraph, neo4j_settings: Settings) -> Iterator[GraphStore]:
    """The Neo4j test server holding ``graph`` (and nothing else)."""
    with open_store(neo4j_settings) as store:
        store.clear()
        store.write_graph(graph)
        yield store
        store.clear()

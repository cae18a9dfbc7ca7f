"""The hand-built pool (``pool.py``) in a temp embedded store and in the Neo4j test server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from pool import pool_graph

from talentgraph.config import Settings
from talentgraph.graph.store import GraphStore, open_store


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    path = tmp_path_factory.mktemp("match") / "pool.lbug"
    with open_store(Settings(store=str(path))) as store:
        store.write_graph(pool_graph())
        yield store


@pytest.fixture(scope="module")
def neo4j(neo4j_settings: Settings) -> Iterator[GraphStore]:
    with open_store(neo4j_settings) as store:
        store.clear()
        store.write_graph(pool_graph())
        yield store
        store.clear()


@pytest.fixture(params=["embedded", "neo4j"])
def store(request: pytest.FixtureRequest) -> GraphStore:
    """Each test that takes ``store`` runs on both stores (Neo4j marked, skipped locally
    without a server, failing under CI=true)."""
    if request.param == "neo4j":
        request.applymarker(pytest.mark.neo4j)
    return request.getfixturevalue(request.param)

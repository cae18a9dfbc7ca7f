"""One store suite, run against every implementation.

``store`` yields a fresh, empty store of each kind: the embedded one in ``tmp_path``, the
Neo4j one on the server named by ``NEO4J_URI`` (cleared before and after).  Without a
reachable server the Neo4j half is skipped locally and fails under ``CI=true``.

The sample graphs are in ``store_graphs.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from store_graphs import build_full_graph

from talentgraph.graph.model import TalentGraph
from talentgraph.graph.store import GraphStore, open_store
from talentgraph.graph.store.embedded import EmbeddedStore


def _open(kind: str, request: pytest.FixtureRequest, path: Path) -> GraphStore:
    if kind == "embedded":
        return EmbeddedStore(path / "test.lbug")
    store = open_store(request.getfixturevalue("neo4j_settings"))
    store.clear()
    return store


KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(params=KINDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """A fresh empty store of each kind."""
    opened = _open(request.param, request, tmp_path)
    try:
        yield opened
    finally:
        opened.close()
        if request.param == "neo4j":  # a fresh connection: the test may have closed its own
            with open_store(request.getfixturevalue("neo4j_settings")) as leftover:
                leftover.clear()


@pytest.fixture
def both_stores(request: pytest.FixtureRequest,
                tmp_path: Path) -> Iterator[tuple[GraphStore, GraphStore]]:
    """An embedded and a Neo4j store side by side (for parity checks)."""
    embedded = _open("embedded", request, tmp_path)
    try:
        neo = _open("neo4j", request, tmp_path)
    except BaseException:
        embedded.close()
        raise
    try:
        yield embedded, neo
    finally:
        neo.clear()
        neo.close()
        embedded.close()


@pytest.fixture
def full_graph() -> TalentGraph:
    return build_full_graph()



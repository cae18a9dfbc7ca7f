"""Graph stores: one small interface (:class:`GraphStore`), two real implementations.

:func:`open_store` looks the implementation up in :data:`STORES` by the dialect the target
names: a Neo4j URI (``bolt://``, ``neo4j://``...) means
:class:`~talentgraph.graph.store.neo4j_store.Neo4jStore`, anything else the embedded
LadybugDB file (:class:`~talentgraph.graph.store.embedded.EmbeddedStore`).  Each
implementation is imported only when a store of its kind is opened (the Neo4j driver
alone takes most of a second to import), and the names below load on first use, so
importing this package for :func:`open_store` costs little.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any

from talentgraph.graph.cypher_files import EMBEDDED, NEO4J
from talentgraph.graph.lazy import lazy_names
from talentgraph.graph.store.config import StoreConfig, store_problem

if TYPE_CHECKING:
    from talentgraph.graph.store.base import GraphStore

__all__ = ["STORES", "ForgetStats", "GraphStore", "StoreConfig", "StoreError", "WriteStats",
           "canonical_dump", "open_store"]

STORES: Mapping[str, str] = {
    NEO4J: "talentgraph.graph.store.neo4j_store:Neo4jStore",
    EMBEDDED: "talentgraph.graph.store.embedded:EmbeddedStore",
}
"""Dialect → the store class that speaks it (``module:class``, imported when opened)."""

_HOME = {"ForgetStats": "base", "GraphStore": "base", "StoreError": "base",
         "WriteStats": "base", "canonical_dump": "rows"}


def open_store(store: str | StoreConfig, *, auth: tuple[str, str] | None = None,
               database: str | None = None, create: bool = True,
               **options: Any) -> GraphStore:
    """The store ``store`` names: a path (or ``file:///`` URI) for the embedded file,
    created only when ``create``; a Neo4j URI with ``auth=(user, password)`` and
    ``database``.  A :class:`StoreConfig` gives all of these at once.  ``options`` go to
    the store (e.g. ``batch_size``, ``read_only``).  Any other URI scheme is refused
    with a :class:`~talentgraph.graph.store.base.StoreError`."""
    from talentgraph.graph.store.base import StoreError

    config = store if isinstance(store, StoreConfig) else StoreConfig(
        store, *(auth or ("neo4j", "")), database=database, create=create)
    problem = store_problem(config.store)
    if problem:
        raise StoreError(problem)
    dialect = NEO4J if config.is_neo4j else EMBEDDED
    module, name = STORES[dialect].split(":")
    return getattr(import_module(module), name).from_config(config, **options)


__getattr__, __dir__ = lazy_names(__name__, _HOME, __all__)

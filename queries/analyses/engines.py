"""Analysis engines: networkx (the reference), igraph (fast, C), Neo4j GDS (server-side).

Every measure function takes ``engine=``: a name in :data:`ENGINES` or ``"auto"``, or an
engine object.  The GDS engine runs inside Neo4j, so it is named with the store it runs on
(``resolve_engine("gds", graph, store=store)``) or passed as a
:class:`~.gds_engine.GdsEngine`.  ``"auto"`` switches to igraph once
a projection is large enough for networkx to be slow (measured in
``/work/shared/NOTES-embedded-and-analytics.md``: PageRank 18 s vs 1.3 s, Louvain 175 s vs
19 s at 10^5 people).  All engines return the networkx conventions (normalised betweenness,
Wasserman–Faust closeness, unit-length eigenvectors), so results are interchangeable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

import networkx as nx

from .catalog import AUTO_THRESHOLD, ENGINE_NAMES
from .engine_base import Engine, EngineError

__all__ = [
    "AUTO_THRESHOLD",
    "ENGINES",
    "ENGINE_NAMES",
    "Engine",
    "EngineError",
    "resolve_engine",
]


def _load(where: str) -> Callable[..., Engine]:
    module, name = where.split(":")
    return getattr(import_module(module, __package__), name)


def _gds(store: Any = None) -> Engine:
    if store is None:
        raise EngineError("the gds engine runs on a Neo4j store: pass GdsEngine(store) or "
                          "resolve_engine('gds', graph, store=store)")
    return _load(".gds_engine:GdsEngine")(store)


ENGINES: Mapping[str, Callable[..., Engine]] = {
    "networkx": lambda store=None: _load(".networkx_engine:NetworkxEngine")(),
    "igraph": lambda store=None: _load(".igraph_engine:IgraphEngine")(),
    "gds": _gds,
}
"""Engine name → a factory taking the store (only GDS needs one); each engine's module,
and the library under it, is imported when the engine is first made."""


def resolve_engine(engine: str | Engine, graph: nx.Graph, *, store: Any = None) -> Engine:
    """The engine object for ``engine`` (a name or an engine) on this graph; ``"auto"`` is
    igraph once the graph has more than :data:`AUTO_THRESHOLD` nodes and edges."""
    if not isinstance(engine, str):
        return engine
    if engine == "auto":
        size = graph.number_of_nodes() + graph.number_of_edges()
        engine = "igraph" if size > AUTO_THRESHOLD else "networkx"
    factory = ENGINES.get(engine)
    if factory is None:
        raise EngineError(f"unknown engine {engine!r}; choose from {', '.join(ENGINE_NAMES)}")
    return factory(store)

"""Analysis engines: networkx (the reference), igraph (fast, C), Neo4j GDS (server-side).

Every measure function takes ``engine=``: a name (``"networkx"``, ``"igraph"``,
``"auto"``) or an engine object such as :class:`~.gds_engine.GdsEngine`, which needs an
open Neo4j store and so is never picked by name alone.  ``"auto"`` switches to igraph once
a projection is large enough for networkx to be slow (measured in
``/work/shared/NOTES-embedded-and-analytics.md``: PageRank 18 s vs 1.3 s, Louvain 175 s vs
19 s at 10^5 people).  All engines return the networkx conventions (normalised betweenness,
Wasserman–Faust closeness, unit-length eigenvectors), so results are interchangeable.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import Protocol

import networkx as nx

from .catalog import AUTO_THRESHOLD, ENGINE_NAMES

__all__ = [
    "AUTO_THRESHOLD",
    "ENGINE_NAMES",
    "Engine",
    "EngineError",
    "NetworkxEngine",
    "canonical_partition",
    "resolve_engine",
]


Scores = dict[Hashable, float]
Partition = dict[Hashable, int]


class EngineError(ValueError):
    """An engine cannot run the requested measure (or is unknown)."""


class Engine(Protocol):
    """The heavy measures, each returning ``{node: value}`` in networkx conventions."""

    name: str

    def pagerank(self, graph: nx.Graph, *, weight: str | None, alpha: float) -> Scores: ...

    def betweenness(self, graph: nx.Graph, *, k: int | None, seed: int) -> Scores: ...

    def eigenvector(self, graph: nx.Graph, *, weight: str | None) -> Scores: ...

    def closeness(self, graph: nx.Graph) -> Scores: ...

    def louvain(self, graph: nx.Graph, *, weight: str | None, resolution: float,
                seed: int) -> Partition: ...


def canonical_partition(communities: list[set[Hashable]] | list[list[Hashable]]) -> Partition:
    """``{node: community}`` numbered biggest first (ties by smallest member), so two
    engines that find the same groups give identical dictionaries."""
    groups = [sorted(c, key=str) for c in communities if c]
    groups.sort(key=lambda members: (-len(members), [str(m) for m in members]))
    return {node: index for index, members in enumerate(groups) for node in members}


def stack_components(parts: list[tuple[int, Scores]], total: int) -> Scores:
    """Join per-component unit eigenvectors so the whole vector has unit length: each
    component's share is scaled by ``sqrt(size / total)`` (a connected graph is unchanged,
    and a pair of strangers does not outrank the core of a large component)."""
    scores: Scores = {}
    for size, values in parts:
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        share = math.sqrt(size / total)
        scores.update({node: share * abs(v) / norm for node, v in values.items()})
    return scores


class NetworkxEngine:
    """The reference implementation: plain networkx calls."""

    name = "networkx"

    def pagerank(self, graph: nx.Graph, *, weight: str | None, alpha: float) -> Scores:
        return nx.pagerank(graph, alpha=alpha, weight=weight, tol=1e-10, max_iter=1000)

    def betweenness(self, graph: nx.Graph, *, k: int | None, seed: int) -> Scores:
        if k is not None and k >= graph.number_of_nodes():
            k = None
        return nx.betweenness_centrality(graph, k=k, seed=seed, normalized=True)

    def eigenvector(self, graph: nx.Graph, *, weight: str | None) -> Scores:
        parts: list[tuple[int, Scores]] = []
        for component in nx.connected_components(graph):
            if len(component) == 1:
                parts.append((1, dict.fromkeys(component, 0.0)))
                continue
            sub = graph.subgraph(component)
            parts.append((len(component), nx.eigenvector_centrality(
                sub, weight=weight, max_iter=10_000, tol=1e-12)))
        return stack_components(parts, graph.number_of_nodes())

    def closeness(self, graph: nx.Graph) -> Scores:
        return nx.closeness_centrality(graph)

    def louvain(self, graph: nx.Graph, *, weight: str | None, resolution: float,
                seed: int) -> Partition:
        return canonical_partition(nx.community.louvain_communities(
            graph, weight=weight, resolution=resolution, seed=seed))


def resolve_engine(engine: str | Engine, graph: nx.Graph) -> Engine:
    """The engine object for ``engine`` (a name or an engine) on this graph."""
    if not isinstance(engine, str):
        return engine
    if engine == "auto":
        size = graph.number_of_nodes() + graph.number_of_edges()
        engine = "igraph" if size > AUTO_THRESHOLD else "networkx"
    if engine == "networkx":
        return NetworkxEngine()
    if engine == "igraph":
        from .igraph_engine import IgraphEngine

        return IgraphEngine()
    if engine == "gds":
        raise EngineError("the gds engine runs on a Neo4j store: pass GdsEngine(store)")
    raise EngineError(f"unknown engine {engine!r}; choose from {', '.join(ENGINE_NAMES)}")

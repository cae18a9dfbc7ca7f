"""Centrality: who (or what) sits at the heart of a projection, as ``{node: score}``.

Degree is cheap and always networkx; the others take ``engine`` (see :mod:`.engines`).
Betweenness and closeness count hops: a projection's ``weight`` says how strong a tie is,
not how long, so using it as a distance would invert its meaning.
"""

from __future__ import annotations

import logging

import networkx as nx

from .catalog import EXACT_BETWEENNESS_LIMIT, SAMPLED_SOURCES
from .engine_base import Engine, Scores
from .engines import resolve_engine

__all__ = [
    "EXACT_BETWEENNESS_LIMIT",
    "SAMPLED_SOURCES",
    "betweenness",
    "betweenness_sample_size",
    "closeness",
    "degree",
    "eigenvector",
    "pagerank",
]

log = logging.getLogger(__name__)



def degree(graph: nx.Graph, *, weight: str | None = None) -> Scores:
    """Share of the other nodes a node is tied to (``weight`` given: summed tie strength,
    unnormalised)."""
    if weight is None:
        return nx.degree_centrality(graph)
    return {node: float(value) for node, value in graph.degree(weight=weight)}


def pagerank(graph: nx.Graph, *, weight: str | None = "weight", alpha: float = 0.85,
             engine: str | Engine = "auto") -> Scores:
    """PageRank (sums to 1): ties to well-tied nodes count for more."""
    if graph.number_of_nodes() == 0:
        return {}
    return resolve_engine(engine, graph).pagerank(graph, weight=weight, alpha=alpha)


def betweenness_sample_size(graph: nx.Graph, k: int | None = None) -> int | None:
    """How many source nodes betweenness samples: ``None`` (exact) on graphs up to
    :data:`EXACT_BETWEENNESS_LIMIT` nodes unless ``k`` is given, else ``k`` or
    :data:`SAMPLED_SOURCES`."""
    n = graph.number_of_nodes()
    if k is None:
        k = SAMPLED_SOURCES if n > EXACT_BETWEENNESS_LIMIT else None
    return None if k is None or k >= n else k


def betweenness(graph: nx.Graph, *, k: int | None = None, seed: int = 0,
                engine: str | Engine = "auto") -> Scores:
    """Normalised betweenness: the share of shortest paths between others that pass
    through a node (brokers score high).  Exact on small graphs, otherwise estimated
    from ``betweenness_sample_size(graph, k)`` sampled sources (logged)."""
    if graph.number_of_nodes() == 0:
        return {}
    sample = betweenness_sample_size(graph, k)
    if sample is not None:
        log.info("betweenness sampled from k=%d of %d sources (seed %d)", sample,
                 graph.number_of_nodes(), seed)
    return resolve_engine(engine, graph).betweenness(graph, k=sample, seed=seed)


def eigenvector(graph: nx.Graph, *, weight: str | None = "weight",
                engine: str | Engine = "auto") -> Scores:
    """Eigenvector centrality per connected component (networkx refuses disconnected
    graphs), stacked into one unit-length vector: ties to central nodes count most."""
    if graph.number_of_nodes() == 0:
        return {}
    return resolve_engine(engine, graph).eigenvector(graph, weight=weight)


def closeness(graph: nx.Graph, *, engine: str | Engine = "auto") -> Scores:
    """Closeness (Wasserman–Faust, so small components do not look central): how few
    hops a node needs to reach everyone it can reach."""
    if graph.number_of_nodes() == 0:
        return {}
    return resolve_engine(engine, graph).closeness(graph)

"""The igraph engine: the same measures in C, rescaled to networkx's conventions.

igraph counts each undirected shortest path once and leaves scores unnormalised; the
conversions below are the ones that make ``test_engines_agree`` hold.
"""

from __future__ import annotations

import random
import weakref
from collections.abc import Hashable

import igraph as ig
import networkx as nx

from .engine_base import Partition, Scores, canonical_partition, stack_components

__all__ = ["IgraphEngine", "to_igraph"]


def to_igraph(graph: nx.Graph, weight: str | None = None) -> tuple[ig.Graph, list[Hashable]]:
    """An undirected igraph copy of ``graph`` and its node order (vertex i = nodes[i])."""
    nodes = list(graph.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    # one pass over the adjacency, each tie taken from its lower-numbered end, weights
    # read in the same pass (they were a second pass over graph.edges: ~20 % of a
    # weighted conversion at 10^4 people)
    edges: list[tuple[int, int]] = []
    weights: list[float] = []
    for u, neighbours in graph.adjacency():
        i = index[u]
        for v, data in neighbours.items():
            j = index[v]
            if i <= j:
                edges.append((i, j))
                if weight is not None:
                    weights.append(float(data.get(weight, 1.0)))
    result = ig.Graph(n=len(nodes), edges=edges, directed=False)
    if weight is not None:
        result.es["weight"] = weights
    return result, nodes


class IgraphEngine:
    """Heavy measures through python-igraph.

    Each call converts the networkx graph (~1 µs a tie: seconds for the millions of
    ties of a 10^5-people projection).  One engine object keeps its last conversion, so
    several measures of one graph through the same object convert it once; the engine
    that ``engine="igraph"`` names is new on every call and keeps nothing.  The kept copy
    is dropped when the graph's node or edge count changes; after changing a graph in
    place otherwise (weights, rewired edges), use a new engine or call :meth:`forget`.
    """

    name = "igraph"

    def __init__(self) -> None:
        self._kept: tuple[weakref.ref[nx.Graph], tuple[int, int], str | None,
                          ig.Graph, list[Hashable]] | None = None

    def forget(self) -> None:
        """Drop the kept conversion."""
        self._kept = None

    def _convert(self, graph: nx.Graph, weight: str | None) -> tuple[ig.Graph, list[Hashable]]:
        counts = (graph.number_of_nodes(), graph.number_of_edges())
        if self._kept is not None:
            ref, kept_counts, kept_weight, g, nodes = self._kept
            # a weighted copy also serves an unweighted measure
            if ref() is graph and kept_counts == counts and weight in (None, kept_weight):
                return g, nodes
        g, nodes = to_igraph(graph, weight)
        self._kept = (weakref.ref(graph), counts, weight, g, nodes)
        return g, nodes

    def pagerank(self, graph: nx.Graph, *, weight: str | None, alpha: float) -> Scores:
        g, nodes = self._convert(graph, weight)
        values = g.pagerank(damping=alpha, weights="weight" if weight else None,
                            directed=False)
        return dict(zip(nodes, values, strict=True))

    def betweenness(self, graph: nx.Graph, *, k: int | None, seed: int) -> Scores:
        g, nodes = self._convert(graph, None)
        n = len(nodes)
        if n <= 2:
            return dict.fromkeys(nodes, 0.0)
        if k is None or k >= n:
            raw = g.betweenness(directed=False)
            scale = 2.0 / ((n - 1) * (n - 2))  # networkx counts both directions
            return {node: value * scale for node, value in zip(nodes, raw, strict=True)}
        # the same sources networkx samples (same seed, same node order), rescaled by
        # networkx's rule: a sampled source cannot lie inside its own paths
        sources = random.Random(seed).sample(range(n), k)
        raw = g.betweenness(directed=False, sources=sources)
        chosen = set(sources)
        return {node: 2.0 * value / ((k - 1 if i in chosen else k) * (n - 2))
                for i, (node, value) in enumerate(zip(nodes, raw, strict=True))}

    def eigenvector(self, graph: nx.Graph, *, weight: str | None) -> Scores:
        g, nodes = self._convert(graph, weight)
        parts: list[tuple[int, Scores]] = []
        for members in g.connected_components():
            if len(members) == 1:
                parts.append((1, {nodes[members[0]]: 0.0}))
                continue
            sub = g.induced_subgraph(members)
            values = sub.eigenvector_centrality(weights="weight" if weight else None)
            parts.append((len(members), {nodes[m]: v for m, v in
                                         zip(members, values, strict=True)}))
        return stack_components(parts, len(nodes))

    def closeness(self, graph: nx.Graph) -> Scores:
        g, nodes = self._convert(graph, None)
        n = len(nodes)
        scores: Scores = dict.fromkeys(nodes, 0.0)
        if n <= 1:
            return scores
        for members in g.connected_components():
            reach = len(members)
            if reach == 1:
                continue
            values = g.closeness(vertices=members, normalized=True)
            for member, value in zip(members, values, strict=True):
                # Wasserman–Faust, as networkx: scale by the share of nodes reachable
                scores[nodes[member]] = value * (reach - 1) / (n - 1)
        return scores

    def louvain(self, graph: nx.Graph, *, weight: str | None, resolution: float,
                seed: int) -> Partition:
        g, nodes = self._convert(graph, weight)
        ig.set_random_number_generator(random.Random(seed))
        try:
            clusters = g.community_multilevel(weights="weight" if weight else None,
                                              resolution=resolution)
        finally:
            ig.set_random_number_generator(random)
        return canonical_partition([{nodes[i] for i in c} for c in clusters])

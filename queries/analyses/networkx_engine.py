"""The networkx engine: the reference implementation of every measure, in plain networkx."""

from __future__ import annotations

import networkx as nx

from .engine_base import Partition, Scores, canonical_partition, stack_components

__all__ = ["NetworkxEngine"]


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

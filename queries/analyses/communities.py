"""Communities: groups of densely tied nodes (Louvain), their quality, and the brokers
who tie groups together."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable

import networkx as nx

from .engines import Engine, Partition, Scores, resolve_engine

__all__ = ["brokers", "community_links", "groups", "louvain", "modularity"]


def louvain(graph: nx.Graph, *, weight: str | None = "weight", resolution: float = 1.0,
            seed: int = 0, engine: str | Engine = "auto") -> Partition:
    """``{node: community}`` by Louvain; community 0 is the largest.  Seeded, so a run
    is repeatable."""
    if graph.number_of_nodes() == 0:
        return {}
    return resolve_engine(engine, graph).louvain(graph, weight=weight,
                                                 resolution=resolution, seed=seed)


def groups(partition: Partition) -> list[list[Hashable]]:
    """The communities as lists of nodes, in community order."""
    members: dict[int, list[Hashable]] = defaultdict(list)
    for node, community in partition.items():
        members[community].append(node)
    return [sorted(members[c], key=str) for c in sorted(members)]


def modularity(graph: nx.Graph, partition: Partition, *, weight: str | None = "weight",
               resolution: float = 1.0) -> float:
    """How much more tied the communities are inside than chance (-0.5..1; above ~0.3
    is clear structure)."""
    if graph.number_of_edges() == 0:
        return 0.0
    return nx.community.modularity(graph, groups(partition), weight=weight or "weight",
                                   resolution=resolution)


def brokers(graph: nx.Graph, partition: Partition, *, weight: str | None = "weight"
            ) -> Scores:
    """Participation coefficient (Guimerà–Amaral): 0 when all of a node's ties stay in
    its community, towards 1 when they spread evenly over many; high means broker."""
    scores: Scores = {}
    for node in graph:
        per_community: dict[int, float] = defaultdict(float)
        for neighbour, data in graph[node].items():
            per_community[partition[neighbour]] += float(data.get(weight, 1.0)) \
                if weight else 1.0
        total = sum(per_community.values())
        scores[node] = 0.0 if total == 0 else \
            1.0 - sum((w / total) ** 2 for w in per_community.values())
    return scores


def community_links(graph: nx.Graph, partition: Partition, *,
                    weight: str | None = "weight") -> dict[tuple[int, int], float]:
    """Total tie strength between each pair of communities (the bridges between groups)."""
    links: dict[tuple[int, int], float] = defaultdict(float)
    for u, v, data in graph.edges(data=True):
        a, b = sorted((partition[u], partition[v]))
        if a != b:
            links[(a, b)] += float(data.get(weight, 1.0)) if weight else 1.0
    return dict(sorted(links.items()))

"""Communities: groups of densely tied nodes (Louvain), their quality, and how evenly
each node's ties spread over them (participation)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable

import networkx as nx

from .engine_base import Engine, Partition, Scores
from .engines import resolve_engine

__all__ = ["community_links", "groups", "louvain", "modularity", "outsiders", "participation"]


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


def participation(graph: nx.Graph, partition: Partition, *, weight: str | None = "weight"
                  ) -> Scores:
    """Participation coefficient (Guimerà–Amaral): 0 when all of a node's ties stay in
    its community, towards 1 when they spread evenly over many.  (The report's
    "brokers" are another measure: betweenness, the shortest paths through a node.)"""
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


def outsiders(graph: nx.Graph, partition: Partition,
              why_isolated: Callable[[Hashable], str] | None = None
              ) -> list[tuple[str, list[Hashable]]]:
    """The nodes in no community of two or more, grouped by why: ``(reason, nodes)``.

    A node with no tie in the projection is isolated; ``why_isolated`` may say more
    (e.g. that a person is tied to others only through shared skills, which the people
    projection leaves out).  A tied node alone in its community has its ties split
    between groups (Louvain found it a better fit on its own)."""
    sizes: dict[int, int] = defaultdict(int)
    for community in partition.values():
        sizes[community] += 1
    reasons: dict[str, list[Hashable]] = defaultdict(list)
    for node in sorted((n for n, c in partition.items() if sizes[c] == 1), key=str):
        if graph.degree(node) == 0:
            reason = why_isolated(node) if why_isolated else "no tie in this projection"
        else:
            reason = "tied, but to several groups and to none more than the others"
        reasons[reason].append(node)
    return sorted(reasons.items(), key=lambda kv: (-len(kv[1]), kv[0]))

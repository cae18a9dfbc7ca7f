"""Shortest connections between two people, spelled out like
``Hayes Zhao —WORKED_AT→ ByteDance ←WORKED_AT— Hao Wu``.

The networkx twin of ``queries/shortest_connection.cypher``: the same relationship types
(professional ties; skills, places and résumés are left out because everyone shares
Python), every shortest path, one line per choice of relationship on each hop.
"""

from __future__ import annotations

from itertools import pairwise, product

import networkx as nx

from talentgraph.graph.model import TalentGraph
from talentgraph.ontology.schema import Rel

from .projections import display_name

__all__ = ["CONNECTION_TYPES", "shortest_connections"]

CONNECTION_TYPES = frozenset({
    Rel.WORKED_AT, Rel.STUDIED_AT, Rel.AUTHORED, Rel.ADVISED_BY, Rel.RECEIVED,
    Rel.CONFERRED_BY, Rel.WORKED_ON, Rel.PROJECT_AT, Rel.INVENTED,
})


def _hops(g: TalentGraph, a: str, b: str) -> list[str]:
    """Every way to spell the hop from ``a`` to ``b`` (one per relationship between them)."""
    steps = [f" —{d['type']}→ " for d in g.get_edge_data(a, b, default={}).values()
             if d.get("type") in CONNECTION_TYPES]
    steps += [f" ←{d['type']}— " for d in g.get_edge_data(b, a, default={}).values()
              if d.get("type") in CONNECTION_TYPES]
    return sorted(set(steps))


def shortest_connections(g: TalentGraph, a: str, b: str, *, max_hops: int = 8,
                         limit: int | None = 5) -> list[str]:
    """Spelled-out shortest paths from person ``a`` to person ``b`` (node ids), sorted;
    empty when they are not connected within ``max_hops``."""
    view = nx.Graph()
    view.add_nodes_from(g.nodes)
    view.add_edges_from((u, v) for u, v, d in g.edges(data=True)
                        if d.get("type") in CONNECTION_TYPES)
    if a == b or a not in view or b not in view:
        return []
    try:
        paths = list(nx.all_shortest_paths(view, a, b))
    except nx.NetworkXNoPath:
        return []
    if len(paths[0]) - 1 > max_hops:
        return []
    spelled: set[str] = set()
    for path in paths:
        names = [display_name(g.nodes[n], n) for n in path]
        for choice in product(*(_hops(g, x, y) for x, y in pairwise(path))):
            spelled.add(names[0] + "".join(step + name for step, name in
                                           zip(choice, names[1:], strict=True)))
    result = sorted(spelled)
    return result if limit is None else result[:limit]

"""What the explorer sizes, colours and places nodes by: centralities and Louvain
communities from :mod:`talentgraph.queries.analyses`, and a precomputed layout.

The layout is computed here rather than in the browser: a force-directed layout of a few
thousand nodes in JavaScript takes longer than the page's 5-second budget, while igraph's
Fruchterman–Reingold (C) takes a fraction of a second, and starting it from seeded
positions makes the exported file the same on every run.
"""

from __future__ import annotations

import random
from collections.abc import Hashable
from dataclasses import dataclass, field

import igraph as ig
import networkx as nx
import numpy as np

from talentgraph.queries import analyses
from talentgraph.queries.analyses.igraph_engine import to_igraph

__all__ = ["MEASURES", "Measures", "layout", "measure"]

#: the centralities the page offers for node size, in menu order
MEASURES = ("pagerank", "degree", "betweenness")
_SPREAD = 45.0  # pixels per sqrt(node): keeps the mean spacing similar at every size
#: above this many nodes the layout uses igraph's grid variant: 0.4 s instead of 17 s for
#: 3,000 nodes here, with little loss of quality at that size
_GRID_FROM = 500


@dataclass(frozen=True)
class Measures:
    """Per-node scores of one projection, and its communities."""

    scores: dict[str, dict[Hashable, float]] = field(default_factory=dict)
    community: dict[Hashable, int] = field(default_factory=dict)
    modularity: float = 0.0
    sampled: int | None = None  # betweenness sources when it was estimated


def measure(projection: nx.Graph, engine: str = "auto") -> Measures:
    """PageRank, degree and betweenness centrality and Louvain communities of
    ``projection`` (seeded, so a re-export gives the same numbers)."""
    if projection.number_of_nodes() == 0:
        return Measures(scores={name: {} for name in MEASURES})
    chosen = analyses.resolve_engine(engine, projection)  # converts the graph once
    partition = analyses.louvain(projection, engine=chosen)
    return Measures(
        scores={"pagerank": analyses.pagerank(projection, engine=chosen),
                "degree": analyses.degree(projection),
                "betweenness": analyses.betweenness(projection, engine=chosen)},
        community=partition,
        modularity=analyses.modularity(projection, partition),
        sampled=analyses.betweenness_sample_size(projection))


def layout(graph: nx.Graph, seed: int = 0) -> dict[Hashable, tuple[float, float]]:
    """Positions (pixels) for every node of ``graph`` by Fruchterman–Reingold.

    Isolated nodes would drift to the rim, so they are set in rows under the rest."""
    nodes = sorted(graph.nodes, key=str)
    tied = [n for n in nodes if graph.degree(n)]
    alone = [n for n in nodes if not graph.degree(n)]
    positions: dict[Hashable, tuple[float, float]] = {}
    bottom = 0.0
    if tied:
        sub = graph.subgraph(tied)
        ig_graph, order = to_igraph(nx.Graph(sub))
        # the start and the moves are random: seed igraph's generator for this call
        ig.set_random_number_generator(random.Random(seed))
        try:
            found = ig_graph.layout_fruchterman_reingold(
                niter=500, grid="grid" if len(order) > _GRID_FROM else "nogrid")
        finally:
            ig.set_random_number_generator(random)
        coords = np.array(found.coords)
        coords -= coords.mean(axis=0)
        span = np.abs(coords).max() or 1.0
        coords *= _SPREAD * np.sqrt(len(order)) / span
        positions.update({node: (round(float(x), 1), round(float(y), 1))
                          for node, (x, y) in zip(order, coords, strict=True)})
        bottom = float(coords[:, 1].max()) + 2 * _SPREAD
    width = max(1, int(np.sqrt(len(alone)) * 2))
    for i, node in enumerate(alone):
        row, col = divmod(i, width)
        positions[node] = (round((col - width / 2) * _SPREAD, 1),
                           round(bottom + row * _SPREAD, 1))
    return positions

"""What every analysis engine shares: the measures an engine offers (:class:`Engine`), the
error it raises, and the networkx conventions its results are put in.

The engines themselves (:mod:`.networkx_engine`, :mod:`.igraph_engine`,
:mod:`.gds_engine`) import this module and nothing of each other; :mod:`.engines` looks
them up by name.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import Protocol

import networkx as nx

__all__ = ["Engine", "EngineError", "Partition", "Scores", "canonical_partition",
           "stack_components"]


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

"""The Neo4j GDS engine: PageRank, betweenness and Louvain run inside the Neo4j server.

The projection is built here exactly as for the other engines (so all three answer the
same question), sent once as node and edge lists to ``gds.graph.project`` (the Cypher
aggregation), streamed back, and dropped.  Nodes are found by ``elementId`` after one
lookup per label, so the projection needs no label-less scans.  Labels in the lookup
text come from the ontology's closed :class:`~talentgraph.ontology.schema.Label` list.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

import networkx as nx

from talentgraph.ontology.schema import Label

from .engines import EngineError, Partition, Scores, canonical_partition

__all__ = ["GdsEngine"]

log = logging.getLogger(__name__)

_PROJECT = """
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.source
OPTIONAL MATCH (b) WHERE elementId(b) = row.target
WITH gds.graph.project($graph, a, b, {relationshipProperties: {weight: row.weight}},
                       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodes, g.relationshipCount AS relationships
"""
_DROP = "CALL gds.graph.drop($graph, false) YIELD graphName RETURN graphName"
_STREAM = {
    "pagerank": "CALL gds.pageRank.stream($graph, $config) YIELD nodeId, score "
                "RETURN elementId(gds.util.asNode(nodeId)) AS node, score AS value",
    "betweenness": "CALL gds.betweenness.stream($graph, $config) YIELD nodeId, score "
                   "RETURN elementId(gds.util.asNode(nodeId)) AS node, score AS value",
    "louvain": "CALL gds.louvain.stream($graph, $config) YIELD nodeId, communityId "
               "RETURN elementId(gds.util.asNode(nodeId)) AS node, communityId AS value",
}


class _Store(Protocol):
    dialect: str

    def run(self, cypher: str, params: dict[str, Any] | None = None, *,
            write: bool = False) -> list[dict[str, Any]]: ...


class GdsEngine:
    """Runs measures with the Graph Data Science plugin of the Neo4j store it is given."""

    name = "gds"

    def __init__(self, store: _Store) -> None:
        if getattr(store, "dialect", None) != "neo4j":
            raise EngineError("the gds engine needs a Neo4j store with the GDS plugin "
                              "(--store bolt://...)")
        self.store = store

    # -- plumbing -----------------------------------------------------------------------
    def _element_ids(self, graph: nx.Graph) -> dict[str, str]:
        by_label: dict[Label, list[str]] = {}
        for node, data in graph.nodes(data=True):
            by_label.setdefault(Label(data["label"]), []).append(str(node))
        found: dict[str, str] = {}
        for label, ids in by_label.items():
            rows = self.store.run(f"MATCH (n:{label.value}) WHERE n.id IN $ids "
                                  "RETURN n.id AS id, elementId(n) AS element", {"ids": ids})
            found.update({row["id"]: row["element"] for row in rows})
        missing = set(map(str, graph.nodes)) - set(found)
        if missing:
            raise EngineError(f"{len(missing)} projected nodes are not in the store, e.g. "
                              f"{sorted(missing)[0]}: analyse the graph the store holds")
        return found

    @contextmanager
    def _projected(self, graph: nx.Graph, weight: str | None) -> Iterator[tuple[str, dict]]:
        elements = self._element_ids(graph)
        rows: list[dict[str, Any]] = [
            {"source": elements[str(u)], "target": elements[str(v)],
             "weight": float(d.get(weight, 1.0)) if weight else 1.0}
            for u, v, d in graph.edges(data=True)]
        rows += [{"source": elements[str(n)], "target": None, "weight": 1.0}
                 for n in graph.nodes if graph.degree(n) == 0]
        name = f"talentgraph-{uuid.uuid4().hex[:12]}"
        self.store.run(_PROJECT, {"graph": name, "rows": rows})
        try:
            yield name, {element: node for node, element in
                         ((n, elements[str(n)]) for n in graph.nodes)}
        finally:
            self.store.run(_DROP, {"graph": name})

    def _stream(self, graph: nx.Graph, algorithm: str, config: dict[str, Any],
                weight: str | None = None) -> dict[Hashable, Any]:
        with self._projected(graph, weight) as (name, nodes):
            rows = self.store.run(_STREAM[algorithm], {"graph": name, "config": config})
        return {nodes[row["node"]]: row["value"] for row in rows}

    # -- measures -----------------------------------------------------------------------
    def pagerank(self, graph: nx.Graph, *, weight: str | None, alpha: float) -> Scores:
        """GDS leaves PageRank unnormalised; scaled here to sum to 1 like networkx."""
        config: dict[str, Any] = {"dampingFactor": alpha, "maxIterations": 1000,
                                  "tolerance": 1e-10}
        if weight:
            config["relationshipWeightProperty"] = "weight"
        raw = self._stream(graph, "pagerank", config, weight)
        total = sum(raw.values()) or 1.0
        return {node: value / total for node, value in raw.items()}

    def betweenness(self, graph: nx.Graph, *, k: int | None, seed: int) -> Scores:
        """GDS gives raw path counts for an undirected graph (each pair once);
        rescaled to networkx's normalisation."""
        n = graph.number_of_nodes()
        config: dict[str, Any] = {}
        if k is not None:
            config.update(samplingSize=k, samplingSeed=seed)
        raw = self._stream(graph, "betweenness", config)
        if n <= 2:
            return dict.fromkeys(graph.nodes, 0.0)
        # sampled: GDS picks its own sources, so this is an estimate of the same measure
        scale = 2.0 / ((n - 1) * (n - 2)) if k is None else 2.0 / (k * (n - 2))
        return {node: value * scale for node, value in raw.items()}

    def eigenvector(self, graph: nx.Graph, *, weight: str | None) -> Scores:
        raise EngineError("eigenvector is not offered on the gds engine; use igraph")

    def closeness(self, graph: nx.Graph) -> Scores:
        raise EngineError("closeness is not offered on the gds engine; use igraph")

    def louvain(self, graph: nx.Graph, *, weight: str | None, resolution: float,
                seed: int) -> Partition:
        """One thread so the result is repeatable; GDS Louvain has no resolution knob."""
        if resolution != 1.0:
            raise EngineError("GDS Louvain has no resolution parameter; use networkx or igraph")
        config: dict[str, Any] = {"concurrency": 1}
        if weight:
            config["relationshipWeightProperty"] = "weight"
        labels = self._stream(graph, "louvain", config, weight)
        groups: dict[int, set[Hashable]] = {}
        for node, community in labels.items():
            groups.setdefault(int(community), set()).add(node)
        return canonical_partition(list(groups.values()))

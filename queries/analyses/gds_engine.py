"""The Neo4j GDS engine: PageRank, betweenness and Louvain run inside the Neo4j server.

All three engines answer the same question, so the GDS engine measures the very projection
it is handed.  It gets it into the GDS catalog one of two ways:

* **on the server** for the person projection (:func:`~.projections.people`, the one the
  heavy measures run on): ``people_projection.cypher`` builds it from the stored graph
  with a Cypher aggregation, so no edge crosses the wire (at 10^4 people the upload took
  ~35 s of a ~40 s measure).  The result is checked against the networkx projection
  (node and tie counts, sum and sum of squares of the weights, then the node ids the
  measure streams back); on any difference (a graph the store does not hold, another
  ``today_month``) the engine logs why and uploads instead.
* **uploaded** for every other graph: node and edge lists sent to ``gds.graph.project``
  (the Cypher aggregation), nodes found by ``elementId`` after one lookup per label, so the
  projection needs no label-less scans.  Labels in the lookup text come from the
  ontology's closed :class:`~talentgraph.ontology.schema.Label` list.

Either way the measure streams its values back by node id, and the graph is dropped.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

import networkx as nx

from talentgraph.graph.cypher_files import statement
from talentgraph.ontology.schema import Label
from talentgraph.queries.registry import current_month

from .engine_base import EngineError, Partition, Scores, canonical_partition
from .projections import PERSON_TIES

__all__ = ["GdsEngine", "Projected", "people_fingerprint"]

log = logging.getLogger(__name__)

_STREAM = {"pagerank": "gds_pagerank", "betweenness": "gds_betweenness",
           "louvain": "gds_louvain"}


def _cypher(name: str) -> str:
    """The statement ``<name>.cypher`` next to this module (package data)."""
    return statement(__package__, name)


class _Store(Protocol):
    dialect: str

    def run(self, cypher: str, params: dict[str, Any] | None = None, *,
            write: bool = False) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class Projected:
    """A graph in the GDS catalog: its name, how it got there (``"server"`` or
    ``"upload"``), and the catalog's node and relationship counts (undirected ties count
    twice, once per direction)."""

    name: str
    route: str
    nodes: int
    relationships: int


def people_fingerprint(graph: nx.Graph) -> dict[str, int]:
    """What ``people_projection.cypher`` reports about a person projection: nodes,
    relationships in the catalog (two per undirected tie) and the sum and sum of squares
    of the integer weights."""
    weights = [int(w) for _, _, w in graph.edges(data="weight", default=1)]
    return {"nodes": graph.number_of_nodes(), "relationships": 2 * len(weights),
            "total": sum(weights), "squares": sum(w * w for w in weights)}


class GdsEngine:
    """Runs measures with the Graph Data Science plugin of the Neo4j store it is given.

    ``today_month`` is the month open-ended current roles run to when the person
    projection is built on the server; it must be the one the networkx projection was
    built with (a ``today_month`` graph attribute wins; default: this month, as
    :func:`~.projections.people`).  ``server_projection=False`` always uploads.
    """

    name = "gds"

    def __init__(self, store: _Store, *, today_month: int | None = None,
                 server_projection: bool = True) -> None:
        if getattr(store, "dialect", None) != "neo4j":
            raise EngineError("the gds engine needs a Neo4j store with the GDS plugin "
                              "(--store bolt://...)")
        self.store = store
        self.today_month = today_month
        self.server_projection = server_projection

    # -- getting a graph into the catalog -----------------------------------------------
    @contextmanager
    def projected(self, graph: nx.Graph, weight: str | None = "weight", *,
                  route: str = "auto") -> Iterator[Projected]:
        """``graph`` in the GDS catalog for the duration of the block, then dropped.

        ``route="auto"`` builds a person projection on the server when it matches
        ``graph`` and uploads anything else; ``"upload"`` always uploads."""
        projected = None
        if route == "auto" and self._server_side(graph, weight):
            projected = self._project_people(graph)
        if projected is None:
            projected = self._upload(graph, weight)
        try:
            yield projected
        finally:
            self.store.run(_cypher("gds_drop"), {"graph": projected.name})

    def _server_side(self, graph: nx.Graph, weight: str | None) -> bool:
        """Whether ``graph`` says it is a person projection the server can rebuild: the
        server query ties every overlapping pair, so not one whose colleague cap cut
        pairs at a large employer (:data:`~.projections.COLLEAGUE_WINDOW`)."""
        ties = graph.graph.get("ties")
        return (self.server_projection and graph.graph.get("projection") == "people"
                and not graph.graph.get("capped", False)
                and weight in (None, "weight") and ties is not None
                and set(ties) <= set(PERSON_TIES))

    def _project_people(self, graph: nx.Graph) -> Projected | None:
        """The person projection built from the stored graph, or ``None`` (after dropping
        it) when it is not the projection ``graph`` holds."""
        month = graph.graph.get("today_month", self.today_month)
        name = f"talentgraph-people-{uuid.uuid4().hex[:12]}"
        row = self.store.run(_cypher("people_projection"), {
            "graph": name, "ties": sorted(graph.graph["ties"]),
            "today_month": current_month() if month is None else int(month)})[0]
        server = {key: int(row[key] or 0) for key in ("nodes", "relationships", "total",
                                                      "squares")}
        expected = people_fingerprint(graph)
        if server != expected:
            self.store.run(_cypher("gds_drop"), {"graph": name})
            log.warning("the stored graph's person projection differs from the one given "
                        "(server %s, given %s): uploading it instead", server, expected)
            return None
        return Projected(name, "server", server["nodes"], server["relationships"])

    def _element_ids(self, graph: nx.Graph) -> dict[str, str]:
        by_label: dict[Label, list[str]] = {}
        for node, data in graph.nodes(data=True):
            by_label.setdefault(Label(data["label"]), []).append(str(node))
        found: dict[str, str] = {}
        for label, ids in by_label.items():
            lookup = _cypher("gds_element_ids").replace("{label}", Label(label).value)
            rows = self.store.run(lookup, {"ids": ids})
            found.update({row["id"]: row["element"] for row in rows})
        missing = set(map(str, graph.nodes)) - set(found)
        if missing:
            raise EngineError(f"{len(missing)} projected nodes are not in the store, e.g. "
                              f"{sorted(missing)[0]}: analyse the graph the store holds")
        return found

    def _upload(self, graph: nx.Graph, weight: str | None) -> Projected:
        elements = self._element_ids(graph)
        rows: list[dict[str, Any]] = [
            {"source": elements[str(u)], "target": elements[str(v)],
             "weight": float(d.get(weight, 1.0)) if weight else 1.0}
            for u, v, d in graph.edges(data=True)]
        rows += [{"source": elements[str(n)], "target": None, "weight": 1.0}
                 for n in graph.nodes if graph.degree(n) == 0]
        name = f"talentgraph-{uuid.uuid4().hex[:12]}"
        row = self.store.run(_cypher("gds_upload"), {"graph": name, "rows": rows})[0]
        return Projected(name, "upload", int(row["nodes"]), int(row["relationships"]))

    # -- running a measure --------------------------------------------------------------
    def _stream(self, graph: nx.Graph, algorithm: str, config: dict[str, Any],
                weight: str | None = None, route: str = "auto") -> dict[Hashable, Any]:
        nodes = {str(node): node for node in graph.nodes}
        with self.projected(graph, weight, route=route) as projected:
            if not projected.relationships:  # GDS knows no weight property without ties
                config = {k: v for k, v in config.items()
                          if k != "relationshipWeightProperty"}
            rows = self.store.run(_cypher(_STREAM[algorithm]), {"graph": projected.name,
                                                       "config": config})
        streamed = {row["node"] for row in rows}
        if streamed != set(nodes):
            if projected.route == "server":  # same counts, other people: upload after all
                log.warning("the stored graph's person projection holds other people than "
                            "the one given: uploading it instead")
                return self._stream(graph, algorithm, config, weight, route="upload")
            raise EngineError("GDS returned other nodes than were projected")
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

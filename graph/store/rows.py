"""Between a networkx talent graph and store rows, both ways.

Stores write rows grouped by node label and by (relationship type, source label, target
label), because both dialects need the labels spelled out in the statement to use the id
index (a label-less ``MATCH (n {id: ...})`` scans every table).  Reading back goes through
:func:`graph_from_records`, so both stores produce a graph with the same conventions
(:mod:`talentgraph.graph.model`): no ``None`` values, list properties as lists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from talentgraph.graph.model import TalentGraph, new_graph, validate
from talentgraph.ontology.schema import Label, PropertySpec, Rel, schema

__all__ = [
    "NodeRows",
    "RelRows",
    "canonical_dump",
    "graph_from_records",
    "group_rows",
]

SRC = "_src"
DST = "_dst"


class GraphRowError(ValueError):
    """The graph does not follow the model conventions; nothing was written."""


@dataclass
class NodeRows:
    """All nodes of one label; every row has every ontology key (``None`` when absent)."""

    label: Label
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def specs(self) -> dict[str, PropertySpec]:
        return schema().nodes[self.label].properties


@dataclass
class RelRows:
    """All relationships of one type between one pair of labels; rows carry the endpoint
    ids under ``_src`` / ``_dst`` besides every ontology key."""

    type: Rel
    source_label: Label
    target_label: Label
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def specs(self) -> dict[str, PropertySpec]:
        return schema().rels[self.type].properties


def _coerce(specs: Mapping[str, PropertySpec], data: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, spec in specs.items():
        value = data.get(key)
        if value is not None and spec.datatype == "double":
            # the model accepts ints for doubles; both stores must see one type
            value = [float(v) for v in value] if spec.is_list else float(value)
        elif value is not None and spec.is_list:
            value = list(value)
        row[key] = value
    return row


def group_rows(graph: TalentGraph) -> tuple[list[NodeRows], list[RelRows]]:
    """Check ``graph`` against the model and group its nodes and edges for writing.

    Raises :class:`GraphRowError` on a graph that breaks the conventions (unknown label,
    property or type, a missing ``sources``, an edge id used twice): a store must not half
    write it.
    """
    problems = validate(graph)
    if problems:
        raise GraphRowError("graph does not follow the model: " + "; ".join(problems[:5]))
    nodes: dict[Label, NodeRows] = {}
    for node_id, data in graph.nodes(data=True):
        label = Label(data["label"])
        if not data.get("sources"):
            raise GraphRowError(f"node {node_id!r} has no sources")
        group = nodes.setdefault(label, NodeRows(label))
        group.rows.append(_coerce(group.specs, {**data, "id": node_id}))
    rels: dict[tuple[Rel, Label, Label], RelRows] = {}
    seen: set[str] = set()
    for src, dst, key, data in graph.edges(keys=True, data=True):
        if key in seen:
            raise GraphRowError(f"edge id {key!r} is used by more than one edge")
        seen.add(key)
        if not data.get("sources"):
            raise GraphRowError(f"edge {key!r} has no sources")
        rel = Rel(data["type"])
        pair = (rel, Label(graph.nodes[src]["label"]), Label(graph.nodes[dst]["label"]))
        group = rels.setdefault(pair, RelRows(*pair))
        row = _coerce(group.specs, {**data, "id": key})
        row[SRC], row[DST] = src, dst
        group.rows.append(row)
    return list(nodes.values()), list(rels.values())


def _clean(props: Mapping[str, Any], drop: Iterable[str] = ()) -> dict[str, Any]:
    skip = set(drop)
    return {k: v for k, v in props.items() if v is not None and k not in skip}


def graph_from_records(
    nodes: Iterable[tuple[str, Mapping[str, Any]]],
    rels: Iterable[tuple[str, str, str, Mapping[str, Any]]],
) -> TalentGraph:
    """A talent graph from ``(label, properties)`` node records and
    ``(type, source id, target id, properties)`` relationship records (nulls dropped)."""
    graph = new_graph()
    for label, props in nodes:
        clean = _clean(props)
        graph.add_node(clean["id"], label=Label(label).value, **clean)
    for rel, src, dst, props in rels:
        clean = _clean(props)
        graph.add_edge(src, dst, key=clean["id"], type=Rel(rel).value, **clean)
    return graph


def canonical_dump(graph: TalentGraph) -> dict[str, dict[str, dict[str, Any]]]:
    """A plain, order-free picture of a graph for equality checks (tests, store parity):
    ``{"nodes": {id: attrs}, "edges": {id: {"source", "target", **attrs}}}``."""
    dump: dict[str, dict[str, dict[str, Any]]] = {"nodes": {}, "edges": defaultdict(dict)}
    for node_id, data in graph.nodes(data=True):
        dump["nodes"][node_id] = _clean(data)
    for src, dst, key, data in graph.edges(keys=True, data=True):
        dump["edges"][key] = {"source": src, "target": dst, **_clean(data)}
    dump["edges"] = dict(dump["edges"])
    return dump

"""Between a networkx talent graph and store rows, both ways.

Stores write rows grouped by node label and by (relationship type, source label, target
label), because both dialects need the labels spelled out in the statement to use the id
index (a label-less ``MATCH (n {id: ...})`` scans every table).  Reading back goes through
:func:`graph_from_records`, so both stores produce a graph with the same conventions
(:mod:`talentgraph.graph.model`): no ``None`` values, list properties as lists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from talentgraph.graph.model import TalentGraph, edge_problem, new_graph, node_problem
from talentgraph.ontology.schema import Label, PropertySpec, Rel, schema

__all__ = [
    "NodeRows",
    "RelRows",
    "canonical_dump",
    "graph_from_records",
    "group_rows",
    "present_keys",
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


def _coercer(specs: Mapping[str, PropertySpec],
             marker: str) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    """A fast row builder for one label or type (it runs once per node and edge).

    Only for attributes :func:`~talentgraph.graph.model.validate` accepted: every key is
    an ontology key or ``marker`` (``label``/``type``) and list values are lists, so a
    row is the all-``None`` template updated with them; only ints given for doubles
    still need converting (both stores must see one type)."""
    template = dict.fromkeys(specs)
    doubles = [k for k, s in specs.items() if s.datatype == "double" and not s.is_list]
    double_lists = [k for k, s in specs.items() if s.datatype == "double" and s.is_list]

    def coerce(data: Mapping[str, Any]) -> dict[str, Any]:
        row = {**template, **data}
        del row[marker]
        for k in doubles:
            value = row[k]
            if value is not None and type(value) is not float:
                row[k] = float(value)
        for k in double_lists:
            value = row[k]
            if value is not None:
                row[k] = [float(v) for v in value]
        return row

    return coerce


def group_rows(graph: TalentGraph) -> tuple[list[NodeRows], list[RelRows]]:
    """Check ``graph`` against the model and group its nodes and edges for writing.

    Raises :class:`GraphRowError` on a graph that breaks the conventions (unknown label,
    property or type, a missing ``sources``, an edge id used twice): a store must not half
    write it.
    """
    # checked in the same pass as grouped (a write's largest client-side cost after the
    # row building itself); nothing is returned unless every node and edge passes
    problems: list[str] = []
    labels: dict[str, Label] = {}
    nodes: dict[str, tuple[NodeRows, Callable[[Mapping[str, Any]], dict[str, Any]]]] = {}
    for node_id, data in graph.nodes(data=True):
        found = node_problem(node_id, data)
        if found:
            problems.append(found)
            continue
        if not data.get("sources"):
            raise GraphRowError(f"node {node_id!r} has no sources")
        name = data["label"]
        if name not in nodes:
            group = NodeRows(Label(name))
            nodes[name] = (group, _coercer(group.specs, "label"))
        group, coerce = nodes[name]
        labels[node_id] = group.label
        row = coerce(data)
        row["id"] = node_id
        group.rows.append(row)
    rels: dict[tuple[str, Label, Label],
               tuple[RelRows, Callable[[Mapping[str, Any]], dict[str, Any]]]] = {}
    seen: set[str] = set()
    for src, dst, key, data in graph.edges(keys=True, data=True):
        found = edge_problem(src, dst, key, data)
        if found or problems:
            if found:
                problems.append(found)
            continue
        if key in seen:
            raise GraphRowError(f"edge id {key!r} is used by more than one edge")
        seen.add(key)
        if not data.get("sources"):
            raise GraphRowError(f"edge {key!r} has no sources")
        pair = (data["type"], labels[src], labels[dst])
        if pair not in rels:
            group = RelRows(Rel(pair[0]), pair[1], pair[2])
            rels[pair] = (group, _coercer(group.specs, "type"))
        group, coerce = rels[pair]
        row = coerce(data)
        row["id"], row[SRC], row[DST] = key, src, dst
        group.rows.append(row)
    if problems:
        raise GraphRowError("graph does not follow the model: " + "; ".join(problems[:5]))
    return [g for g, _ in nodes.values()], [g for g, _ in rels.values()]


def present_keys(rows: list[dict[str, Any]], specs: Mapping[str, PropertySpec]) -> tuple[str, ...]:
    """The property keys some row sets (``id`` and ``sources`` always): an update only
    touches those, which keeps the generated SET short."""
    return tuple(key for key in specs if key in ("id", "sources")
                 or any(row[key] is not None for row in rows))


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

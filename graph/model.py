"""The in-memory talent graph: a networkx ``MultiDiGraph`` with ontology-typed labels.

Conventions every stage relies on (builder, stores, exporters, analyses):

* node key = the node's ``id`` (a deterministic string such as ``org:bytedance``); node
  attribute ``label`` is a :class:`~talentgraph.ontology.schema.Label` value; every other
  attribute is a property key of that label in the ontology.
* edge key = the edge's ``id``; edge attribute ``type`` is a
  :class:`~talentgraph.ontology.schema.Rel` value; the rest are property keys of that type.
* ``None`` values are never stored (absent means unknown); list properties are Python lists.
* every node and edge has ``sources``: the résumé files it was read from, sorted.

:func:`add_node` and :func:`add_edge` enforce this so a typo is an error at build time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

import networkx as nx

from talentgraph.ontology.schema import Label, Rel, schema

__all__ = ["TalentGraph", "add_edge", "add_node", "new_graph", "validate"]

TalentGraph = nx.MultiDiGraph

_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "boolean": (bool,),
    "double": (float, int),
}


def new_graph() -> TalentGraph:
    """An empty talent graph."""
    return nx.MultiDiGraph()


def _check(owner: str, specs: Mapping[str, Any], props: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in props.items():
        if value is None:
            continue
        spec = specs.get(key)
        if spec is None:
            raise ValueError(f"{owner} has no property {key!r} in the ontology")
        if spec.is_list and not isinstance(value, list):
            raise TypeError(f"{owner}.{key} must be a list")
        types = _PY_TYPES[spec.datatype]
        integer = spec.datatype == "integer"
        for item in value if spec.is_list else (value,):
            if not isinstance(item, types) or (integer and isinstance(item, bool)):
                raise TypeError(f"{owner}.{key} must be {spec.datatype}, got {item!r}")
        clean[key] = list(value) if spec.is_list else value
    return clean


@cache
def _node_spec(label: str) -> tuple[str, Mapping[str, Any]]:
    """A label's value and property specs (looked up once: a build adds 10^5 nodes)."""
    label = Label(label)
    return label.value, schema().nodes[label].properties


@cache
def _rel_spec(rel: str) -> tuple[str, Mapping[str, Any], frozenset[tuple[str, str]]]:
    """A relationship type's value, property specs and allowed (source, target) labels."""
    rel = Rel(rel)
    spec = schema().rels[rel]
    return rel.value, spec.properties, frozenset((a.value, b.value) for a, b in spec.endpoints)


def add_node(graph: TalentGraph, label: Label, node_id: str, **props: Any) -> None:
    """Add (or update) a node, checking its properties against the ontology."""
    value, specs = _node_spec(label)
    clean = _check(value, specs, {"id": node_id, **props})
    old = graph.nodes.get(node_id)
    if old is not None and old["label"] != value:
        raise ValueError(f"node {node_id!r} is a {old['label']}, not {value}")
    graph.add_node(node_id, label=value, **clean)


def add_edge(graph: TalentGraph, rel: Rel, source: str, target: str, edge_id: str,
             **props: Any) -> None:
    """Add (or update) a relationship, checking endpoints and properties against the ontology."""
    value, specs, endpoints = _rel_spec(rel)
    pair = (graph.nodes[source]["label"], graph.nodes[target]["label"])
    if pair not in endpoints:
        raise ValueError(f"{value} cannot go from {pair[0]} to {pair[1]}")
    clean = _check(value, specs, {"id": edge_id, **props})
    graph.add_edge(source, target, key=edge_id, type=value, **clean)


def validate(graph: TalentGraph) -> list[str]:
    """Problems with a graph that did not come through add_node/add_edge (e.g. read back
    from a store); an empty list means it follows the conventions."""
    problems: list[str] = []
    # the specs are looked up once per label and type (_node_spec/_rel_spec are cached)
    for node_id, data in graph.nodes(data=True):
        try:
            props = {k: v for k, v in data.items() if k != "label"}
            _check(str(data.get("label")), _node_spec(data["label"])[1], props)
        except (KeyError, ValueError, TypeError) as err:
            problems.append(f"node {node_id}: {err}")
    for src, dst, key, data in graph.edges(keys=True, data=True):
        try:
            props = {k: v for k, v in data.items() if k != "type"}
            _check(str(data.get("type")), _rel_spec(data["type"])[1], props)
        except (KeyError, ValueError, TypeError) as err:
            problems.append(f"edge {src}-{key}->{dst}: {err}")
    return problems


def merge_sources(*lists: Iterable[str]) -> list[str]:
    """Sorted union of source lists."""
    return sorted({s for items in lists for s in items})

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
        values = value if spec.is_list else [value]
        if spec.is_list and not isinstance(value, list):
            raise TypeError(f"{owner}.{key} must be a list")
        for item in values:
            ok = isinstance(item, _PY_TYPES[spec.datatype])
            if spec.datatype == "integer" and isinstance(item, bool):
                ok = False
            if not ok:
                raise TypeError(f"{owner}.{key} must be {spec.datatype}, got {item!r}")
        clean[key] = list(value) if spec.is_list else value
    return clean


def add_node(graph: TalentGraph, label: Label, node_id: str, **props: Any) -> None:
    """Add (or update) a node, checking its properties against the ontology."""
    spec = schema().nodes[Label(label)]
    clean = _check(str(label), spec.properties, {"id": node_id, **props})
    if node_id in graph and graph.nodes[node_id]["label"] != label:
        raise ValueError(f"node {node_id!r} is a {graph.nodes[node_id]['label']}, not {label}")
    graph.add_node(node_id, label=Label(label).value, **clean)


def add_edge(graph: TalentGraph, rel: Rel, source: str, target: str, edge_id: str,
             **props: Any) -> None:
    """Add (or update) a relationship, checking endpoints and properties against the ontology."""
    spec = schema().rels[Rel(rel)]
    pair = (Label(graph.nodes[source]["label"]), Label(graph.nodes[target]["label"]))
    if pair not in spec.endpoints:
        raise ValueError(f"{rel} cannot go from {pair[0]} to {pair[1]}")
    clean = _check(str(rel), spec.properties, {"id": edge_id, **props})
    graph.add_edge(source, target, key=edge_id, type=Rel(rel).value, **clean)


def validate(graph: TalentGraph) -> list[str]:
    """Problems with a graph that did not come through add_node/add_edge (e.g. read back
    from a store); an empty list means it follows the conventions."""
    problems: list[str] = []
    for node_id, data in graph.nodes(data=True):
        try:
            props = {k: v for k, v in data.items() if k != "label"}
            _check(str(data.get("label")), schema().nodes[Label(data["label"])].properties, props)
        except (KeyError, ValueError, TypeError) as err:
            problems.append(f"node {node_id}: {err}")
    for src, dst, key, data in graph.edges(keys=True, data=True):
        try:
            props = {k: v for k, v in data.items() if k != "type"}
            _check(str(data.get("type")), schema().rels[Rel(data["type"])].properties, props)
        except (KeyError, ValueError, TypeError) as err:
            problems.append(f"edge {src}-{key}->{dst}: {err}")
    return problems


def merge_sources(*lists: Iterable[str]) -> list[str]:
    """Sorted union of source lists."""
    return sorted({s for items in lists for s in items})

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

from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeAlias

from talentgraph.ontology.schema import Label, Rel, schema

__all__ = ["UNION_FLAGS", "TalentGraph", "add_edge", "add_node", "merge_value", "new_graph",
           "validate"]

if TYPE_CHECKING:
    import networkx as nx

#: networkx is imported by the first :func:`new_graph`, not with this module: the stores
#: need the checks below for every write, but a query never builds a graph.
TalentGraph: TypeAlias = "nx.MultiDiGraph"

_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "boolean": (bool,),
    "double": (float, int),
}


def new_graph() -> TalentGraph:
    """An empty talent graph."""
    import networkx as nx

    return nx.MultiDiGraph()


# how one property is checked: (is a list, accepted Python types, integer, datatype name)
_Kind = tuple[bool, tuple[type, ...], bool, str]


def _kinds(specs: Mapping[str, Any]) -> dict[str, _Kind]:
    return {key: (spec.is_list, _PY_TYPES[spec.datatype], spec.datatype == "integer",
                  spec.datatype) for key, spec in specs.items()}


def problem(owner: str, kinds: Mapping[str, _Kind], props: Mapping[str, Any],
            skip: str = "") -> str | None:
    """What is wrong with ``props`` (a node's or edge's attributes, ``skip`` aside) for a
    label or type whose property kinds are ``kinds`` (:func:`node_kinds`,
    :func:`rel_kinds`), or ``None``.  Runs once per node and edge of every write, so it
    builds nothing."""
    for key, value in props.items():
        if value is None or key == skip:
            continue
        kind = kinds.get(key)
        if kind is None:
            return f"{owner} has no property {key!r} in the ontology"
        is_list, types, integer, datatype = kind
        if is_list and not isinstance(value, list):
            return f"{owner}.{key} must be a list"
        for item in value if is_list else (value,):
            if not isinstance(item, types) or (integer and isinstance(item, bool)):
                return f"{owner}.{key} must be {datatype}, got {item!r}"
    return None


def _check(owner: str, kinds: Mapping[str, _Kind], props: Mapping[str, Any]) -> dict[str, Any]:
    found = problem(owner, kinds, props)
    if found is not None:
        raise (ValueError if "has no property" in found else TypeError)(found)
    return {key: list(value) if kinds[key][0] else value
            for key, value in props.items() if value is not None}


@cache
def node_kinds(label: str) -> tuple[str, dict[str, _Kind]]:
    """A label's value and property kinds (looked up once: a build adds 10^5 nodes)."""
    label = Label(label)
    return label.value, _kinds(schema().nodes[label].properties)


@cache
def rel_kinds(rel: str) -> tuple[str, dict[str, _Kind], frozenset[tuple[str, str]]]:
    """A relationship type's value, property kinds and allowed (source, target) labels."""
    rel = Rel(rel)
    spec = schema().rels[rel]
    return (rel.value, _kinds(spec.properties),
            frozenset((a.value, b.value) for a, b in spec.endpoints))


def add_node(graph: TalentGraph, label: Label, node_id: str, **props: Any) -> None:
    """Add (or update) a node, checking its properties against the ontology."""
    value, kinds = node_kinds(label)
    clean = _check(value, kinds, {"id": node_id, **props})
    old = graph.nodes.get(node_id)
    if old is not None and old["label"] != value:
        raise ValueError(f"node {node_id!r} is a {old['label']}, not {value}")
    graph.add_node(node_id, label=value, **clean)


def add_edge(graph: TalentGraph, rel: Rel, source: str, target: str, edge_id: str,
             **props: Any) -> None:
    """Add (or update) a relationship, checking endpoints and properties against the ontology."""
    value, kinds, endpoints = rel_kinds(rel)
    pair = (graph.nodes[source]["label"], graph.nodes[target]["label"])
    if pair not in endpoints:
        raise ValueError(f"{value} cannot go from {pair[0]} to {pair[1]}")
    clean = _check(value, kinds, {"id": edge_id, **props})
    graph.add_edge(source, target, key=edge_id, type=value, **clean)


def _problem_at(where: str, kinds_of: Callable[[str], tuple[Any, ...]], marker: str,
                data: Mapping[str, Any]) -> str | None:
    try:
        kinds = kinds_of(data[marker])[1]
    except (KeyError, ValueError) as err:
        return f"{where}: {err}"
    found = problem(str(data[marker]), kinds, data, marker)
    return f"{where}: {found}" if found else None


def node_problem(node_id: str, data: Mapping[str, Any]) -> str | None:
    """What is wrong with one node's attributes (label included), or ``None``."""
    return _problem_at(f"node {node_id}", node_kinds, "label", data)


def edge_problem(src: str, dst: str, key: str, data: Mapping[str, Any]) -> str | None:
    """What is wrong with one edge's attributes (type included), or ``None``."""
    return _problem_at(f"edge {src}-{key}->{dst}", rel_kinds, "type", data)


def validate(graph: TalentGraph) -> list[str]:
    """Problems with a graph that did not come through add_node/add_edge (e.g. read back
    from a store); an empty list means it follows the conventions."""
    problems = [found for node_id, data in graph.nodes(data=True)
                if (found := node_problem(node_id, data))]
    problems += [found for src, dst, key, data in graph.edges(keys=True, data=True)
                 if (found := edge_problem(src, dst, key, data))]
    return problems


#: Flags where any résumé saying true makes the fact true (a role seen is a role held).
UNION_FLAGS = frozenset({"is_employer", "is_school", "is_owner", "current"})


def merge_value(key: str, old: Any, new: Any) -> Any:
    """Two values of one property that résumés disagree on, merged whatever their order,
    by the builder inside a batch and by the stores across batches: lists become sorted
    unions, a flag of :data:`UNION_FLAGS` is true when either is, any other scalar keeps
    the smaller value (false for other flags); null never replaces a value.  So the graph
    does not depend on how résumés were split into loads."""
    if new is None:
        return old
    if old is None:
        return new
    if isinstance(old, list) or isinstance(new, list):
        if set(new) <= set(old):  # nothing new: keep the list as it is
            return old
        return sorted({*old, *new}, key=str)
    if key in UNION_FLAGS:
        return bool(old) or bool(new)
    if type(old) is not type(new) and not (isinstance(old, int | float)
                                           and isinstance(new, int | float)):
        return min(old, new, key=str)
    return min(old, new)

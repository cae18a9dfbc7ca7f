"""GraphML for Gephi, Cytoscape, yEd, networkx and igraph.

Written with ElementTree rather than ``networkx.write_graphml`` because the attribute types
must come from the ontology, not from whatever Python type a value happens to have:
networkx declares Python ints as ``long`` and may declare one name twice with two types;
here every key is declared once per scope (node or edge) as ``string``, ``int``,
``boolean`` or ``double``, booleans are ``true``/``false`` as XML Schema spells them, and
absent values are simply left out (no nulls).  Nodes come before edges, which igraph needs.
Multigraph edges keep their ids in the ``id`` XML attribute (networkx reads them back as
edge keys).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import BinaryIO
from xml.etree import ElementTree as ET

from talentgraph.graph.model import TalentGraph

from .attributes import (
    Scalar,
    edge_attributes,
    edge_datatypes,
    node_attributes,
    node_datatypes,
    xml_safe,
)

__all__ = ["write_graphml"]

_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA_LOCATION = f"{_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
_GRAPHML_TYPES = {"string": "string", "integer": "int", "boolean": "boolean", "double": "double"}


def _text(value: Scalar) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _declare_keys(root: ET.Element, scope: str, rows: Iterable[Mapping[str, Scalar]],
                  datatypes: Mapping[str, str]) -> dict[str, str]:
    """Add one ``<key>`` per attribute name used in ``rows``; return name -> key id."""
    used = sorted({name for row in rows for name in row},
                  key=lambda name: (name not in ("label", "type"), name))
    key_ids: dict[str, str] = {}
    for name in used:
        key_ids[name] = f"{scope[0]}_{name}"
        ET.SubElement(root, "key", {"id": key_ids[name], "for": scope, "attr.name": name,
                                    "attr.type": _GRAPHML_TYPES[datatypes[name]]})
    return key_ids


def _add_data(element: ET.Element, row: Mapping[str, Scalar], key_ids: Mapping[str, str]) -> None:
    for name, value in row.items():
        ET.SubElement(element, "data", key=key_ids[name]).text = _text(value)


def write_graphml(graph: TalentGraph, stream: BinaryIO) -> None:
    """Write ``graph`` as GraphML (UTF-8) to a binary stream."""
    nodes = [(node_id, node_attributes(data)) for node_id, data in graph.nodes(data=True)]
    edges = [(u, v, key, edge_attributes(data))
             for u, v, key, data in graph.edges(keys=True, data=True)]
    root = ET.Element("graphml", {"xmlns": _NS, "xmlns:xsi": _XSI,
                                  "xsi:schemaLocation": _SCHEMA_LOCATION})
    node_keys = _declare_keys(root, "node", (row for _, row in nodes), node_datatypes())
    edge_keys = _declare_keys(root, "edge", (row for *_, row in edges), edge_datatypes())
    graph_element = ET.SubElement(root, "graph", id="talentgraph", edgedefault="directed")
    for node_id, row in nodes:
        _add_data(ET.SubElement(graph_element, "node", id=xml_safe(node_id)), row, node_keys)
    for u, v, key, row in edges:
        element = ET.SubElement(graph_element, "edge", id=xml_safe(key), source=xml_safe(u),
                                target=xml_safe(v))
        _add_data(element, row, edge_keys)
    ET.indent(root)
    ET.ElementTree(root).write(stream, encoding="utf-8", xml_declaration=True)

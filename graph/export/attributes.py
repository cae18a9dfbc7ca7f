"""Flat, typed attributes for the graph-file formats (GraphML, GEXF).

Gephi, Cytoscape and yEd want one scalar per attribute with one type per attribute name,
and a ``label`` to show.  Our graph uses ``label`` for the node class, so here ``label``
becomes the display name and the class moves to ``type``; lists are joined with ``"; "``;
each value gets the XSD datatype the ontology declares for its key (so ``confidence`` is
always a double, even when a source wrote ``1``).  Characters XML 1.0 cannot carry
(C0 controls other than tab and newlines, which PDF text sometimes contains) become U+FFFD.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from talentgraph.ontology.schema import Label, PropertySpec, Rel, schema

__all__ = [
    "LIST_SEPARATOR",
    "Scalar",
    "display_label",
    "edge_attributes",
    "edge_datatypes",
    "edge_label",
    "node_attributes",
    "node_datatypes",
    "xml_safe",
]

Scalar = str | int | float | bool
LIST_SEPARATOR = "; "
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CASTS: dict[str, type] = {"string": str, "integer": int, "boolean": bool, "double": float}
# Reserved names: `id` is the element's own id in both formats, `label`/`type` are ours.
_SKIP = {"id", "label", "type"}


def xml_safe(text: str) -> str:
    """``text`` with characters XML 1.0 forbids replaced by U+FFFD."""
    return _XML_INVALID.sub("\ufffd", text)


def display_label(data: Mapping[str, Any]) -> str:
    """What a viewer should show for a node: its name, else its title, path or id."""
    for key in ("name", "title", "path", "id"):
        value = data.get(key)
        if value:
            return str(value)
    return ""


def _scalar(spec: PropertySpec, value: Any) -> Scalar:
    if spec.is_list:
        return xml_safe(LIST_SEPARATOR.join(str(item) for item in value))
    cast = _CASTS[spec.datatype]
    return xml_safe(value) if cast is str else cast(value)


def _flatten(specs: Mapping[str, PropertySpec], data: Mapping[str, Any]) -> dict[str, Scalar]:
    return {key: _scalar(specs[key], value) for key, value in data.items()
            if key not in _SKIP and value is not None}


def node_attributes(data: Mapping[str, Any]) -> dict[str, Scalar]:
    """Flat attributes of a node: ``label`` (display name), ``type`` (class), properties."""
    spec = schema().nodes[Label(data["label"])]
    return {"label": xml_safe(display_label(data)), "type": str(data["label"]),
            **_flatten(spec.properties, data)}


def edge_label(rel: Rel) -> str:
    """A readable relationship name: ``WORKED_AT`` -> ``worked at``."""
    return rel.value.lower().replace("_", " ")


def edge_attributes(data: Mapping[str, Any]) -> dict[str, Scalar]:
    """Flat attributes of an edge: ``type`` (relationship type), ``label``, properties."""
    rel = Rel(data["type"])
    return {"type": rel.value, "label": edge_label(rel),
            **_flatten(schema().rels[rel].properties, data)}


def _datatypes(specs: list[PropertySpec]) -> dict[str, str]:
    types = {"label": "string", "type": "string"}
    for spec in specs:
        if spec.key not in _SKIP:
            types[spec.key] = "string" if spec.is_list else spec.datatype
    return types


def node_datatypes() -> dict[str, str]:
    """XSD datatype name of every node attribute :func:`node_attributes` can produce."""
    return _datatypes([p for n in schema().nodes.values() for p in n.properties.values()])


def edge_datatypes() -> dict[str, str]:
    """XSD datatype name of every edge attribute :func:`edge_attributes` can produce."""
    return _datatypes([p for r in schema().rels.values() for p in r.properties.values()])

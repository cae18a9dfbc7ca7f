"""GEXF 1.2 (Gephi's native format) through ``networkx.write_gexf``.

networkx already writes typed GEXF attributes, so this module only hands it a copy with
the same flat attributes as GraphML (see :mod:`.attributes`).  One rename: GEXF reserves
the edge attribute ``type`` for directedness, so the relationship type is ``rel_type``.
"""

from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from talentgraph.graph.model import TalentGraph

from .attributes import edge_attributes, node_attributes, xml_safe

__all__ = ["write_gexf"]


def _flat_copy(graph: TalentGraph) -> nx.MultiDiGraph:
    flat = nx.MultiDiGraph()
    for node_id, data in graph.nodes(data=True):
        flat.add_node(xml_safe(node_id), **node_attributes(data))
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = edge_attributes(data)
        attrs["rel_type"] = attrs.pop("type")
        flat.add_edge(xml_safe(u), xml_safe(v), key=xml_safe(key), id=xml_safe(key), **attrs)
    return flat


def write_gexf(graph: TalentGraph, stream: BinaryIO) -> None:
    """Write ``graph`` as GEXF 1.2 (UTF-8) to a binary stream."""
    nx.write_gexf(_flat_copy(graph), stream, encoding="utf-8", prettyprint=True)

"""GEXF: read back by networkx with labels, relationship types, edge ids and values."""

from __future__ import annotations

import io

import networkx as nx

from talentgraph.graph.export import write
from talentgraph.graph.model import TalentGraph


def _round_trip(graph: TalentGraph) -> nx.MultiDiGraph:
    out = io.BytesIO()
    write(graph, "gexf", out)
    return nx.read_gexf(io.BytesIO(out.getvalue()))


def test_nodes_edges_and_ids_survive(graph: TalentGraph) -> None:
    back = _round_trip(graph)
    assert back.is_directed() and back.is_multigraph()
    assert set(back.nodes) == set(graph.nodes)
    assert sorted(back.edges(keys=True)) == sorted(graph.edges(keys=True))


def test_labels_types_and_values(graph: TalentGraph) -> None:
    back = _round_trip(graph)
    assert back.nodes["org:acme"]["label"] == "Acme & Sons <Ltd>"
    assert back.nodes["org:acme"]["type"] == "Organization"
    assert back.nodes["org:acme"]["aliases"] == "ACME; Acme Inc."
    assert back.nodes["paper:attention"]["year"] == 2021
    edge = back.edges["person:jane", "paper:attention", "authored:jane:attention"]
    assert edge["rel_type"] == "AUTHORED"
    assert edge["label"] == "authored"
    assert edge["position"] == 1
    assert edge["co_first"] is True


def test_hostile_strings_survive(graph: TalentGraph) -> None:
    back = _round_trip(graph)
    assert back.nodes["person:jane"]["headline"] == graph.nodes["person:jane"]["headline"]
    assert back.nodes["paper:attention"]["label"] == graph.nodes["paper:attention"]["title"]

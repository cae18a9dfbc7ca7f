"""GraphML: read back by networkx and igraph with types, labels and values intact."""

from __future__ import annotations

import io
from pathlib import Path
from xml.etree import ElementTree as ET

import igraph
import networkx as nx
import pytest
from export_sample import HOSTILE

from talentgraph.graph.export import write
from talentgraph.graph.model import TalentGraph

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture
def graphml_file(graph: TalentGraph, tmp_path: Path) -> Path:
    path = tmp_path / "talent.graphml"
    write(graph, "graphml", path)
    return path


def test_networkx_reads_back_nodes_edges_and_keys(graph: TalentGraph, graphml_file: Path) -> None:
    back = nx.read_graphml(graphml_file, force_multigraph=True)
    assert isinstance(back, nx.MultiDiGraph)
    assert set(back.nodes) == set(graph.nodes)
    assert sorted(back.edges(keys=True)) == sorted(graph.edges(keys=True))
    for node_id, data in graph.nodes(data=True):
        assert back.nodes[node_id]["type"] == data["label"]


def test_display_label_type_and_typed_values(graphml_file: Path) -> None:
    back = nx.read_graphml(graphml_file, force_multigraph=True)
    jane = back.nodes["person:jane"]
    assert jane["label"] == "Jane \"JJ\" O'Neil"
    assert jane["is_owner"] is True
    assert jane["urls"] == "https://www.linkedin.com/in/jane-oneil; github.com/janeo"
    assert back.nodes["paper:attention"]["label"] == HOSTILE  # a paper shows its title
    assert back.nodes["paper:attention"]["year"] == 2021
    job = back.edges["person:jane", "org:acme", "worked:jane:acme:2019"]
    assert job["type"] == "WORKED_AT"
    assert job["label"] == "worked at"
    assert job["start_date"] == "2019-03"
    assert job["current"] is False
    assert job["confidence"] == pytest.approx(0.9)
    assert back.edges["person:jane", "org:acme", "worked:jane:acme:2022"]["confidence"] == 1.0


def test_hostile_strings_survive(graph: TalentGraph, graphml_file: Path) -> None:
    back = nx.read_graphml(graphml_file, force_multigraph=True)
    assert back.nodes["person:jane"]["headline"] == graph.nodes["person:jane"]["headline"]
    assert back.nodes["org:acme"]["label"] == "Acme & Sons <Ltd>"
    assert back.nodes["project:graph"]["description"] == "Line one\nline two"


def test_keys_declared_once_per_scope_with_ontology_types(graphml_file: Path) -> None:
    keys = ET.parse(graphml_file).getroot().findall("g:key", NS)
    declared = [(k.get("for"), k.get("attr.name")) for k in keys]
    assert len(declared) == len(set(declared))
    types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    assert types[("node", "type")] == types[("edge", "type")] == "string"
    assert types[("node", "year")] == "int"
    assert types[("edge", "confidence")] == "double"
    assert types[("edge", "current")] == "boolean"
    assert types[("node", "emails")] == "string"
    assert ("node", "id") not in types  # the node's id is its XML id


def test_no_null_values(graphml_file: Path) -> None:
    data = ET.parse(graphml_file).getroot().iter(f"{{{NS['g']}}}data")
    assert all(d.text not in (None, "", "None", "null") for d in data)


def test_igraph_reads_back(graph: TalentGraph, graphml_file: Path) -> None:
    back = igraph.Graph.Read_GraphML(str(graphml_file))
    assert back.is_directed()
    assert back.vcount() == graph.number_of_nodes()
    assert back.ecount() == graph.number_of_edges()
    by_id = {v["id"]: v for v in back.vs}
    assert by_id["person:jane"]["type"] == "Person"
    assert by_id["org:uzh"]["label"] == "Universität Zürich"
    assert by_id["org:uzh"]["is_school"] is True
    assert by_id["paper:attention"]["year"] == 2021
    types = sorted(e["type"] for e in back.es)
    assert types == sorted(d["type"] for *_, d in graph.edges(data=True))
    # igraph 1.0 does not keep GraphML edge ids (it fills its own `id`); networkx does.
    positions = {(back.vs[e.source]["id"], e["position"]) for e in back.es
                 if e["type"] == "AUTHORED"}
    assert positions == {("person:jane", 1), ("person:bob", 2)}


def test_xml_forbidden_characters_become_replacement_char(graph: TalentGraph) -> None:
    graph.nodes["person:bob"]["headline"] = "page\x0cbreak\x00"
    out = io.BytesIO()
    write(graph, "graphml", out)
    back = nx.read_graphml(io.BytesIO(out.getvalue()), force_multigraph=True)
    assert back.nodes["person:bob"]["headline"] == "page\ufffdbreak\ufffd"

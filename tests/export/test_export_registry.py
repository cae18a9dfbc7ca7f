"""The writer registry: every format writes, by name, to a stream or a path."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from talentgraph.graph.export import WRITERS, format_for_path, get_writer, write
from talentgraph.graph.export.rdf import to_rdf
from talentgraph.graph.export.redact import redact
from talentgraph.graph.model import TalentGraph
from talentgraph.graph.shacl import validate_rdf


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_every_writer_writes_the_same_bytes_to_a_stream_and_a_path(
        graph: TalentGraph, tmp_path: Path, fmt: str) -> None:
    stream = io.BytesIO()
    write(graph, fmt, stream)
    path = tmp_path / f"out{WRITERS[fmt].extension}"
    write(graph, fmt, path)
    assert stream.getvalue() and path.read_bytes() == stream.getvalue()


def test_names_aliases_and_extensions() -> None:
    assert {"graphml", "gexf", "turtle", "ttl", "jsonld"} <= set(WRITERS)
    assert get_writer("TTL") is get_writer("turtle")
    assert format_for_path("a/b.GraphML") == "graphml"
    assert format_for_path("x.jsonld") == "jsonld"
    assert format_for_path("-") is None
    with pytest.raises(ValueError, match="known formats: gexf, graphml"):
        get_writer("csv")


def test_a_graph_breaking_the_ontology_is_refused_before_writing(graph: TalentGraph,
                                                                tmp_path: Path) -> None:
    graph.nodes["person:jane"]["salary"] = 1
    path = tmp_path / "out.ttl"
    with pytest.raises(ValueError, match="salary"):
        write(graph, "ttl", path)
    assert not path.exists()


def test_redacted_graph_still_conforms(graph: TalentGraph) -> None:
    assert validate_rdf(to_rdf(redact(graph, salt="s"))) == (True, [])

"""``talentgraph export`` and ``talentgraph validate`` on a real temporary embedded store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import networkx as nx
import pytest
from click.testing import CliRunner
from export_sample import EMAIL, build_graph
from rdflib import Graph, Literal, Namespace

from talentgraph.commands.export import export
from talentgraph.commands.validate import validate
from talentgraph.config import Settings
from talentgraph.graph.export import WRITERS
from talentgraph.graph.export.rdf import node_iri, to_rdf

SDO = Namespace("https://schema.org/")


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from talentgraph.graph.store import open_store

    settings = Settings(store=str(tmp_path_factory.mktemp("store") / "talent.lbug"))
    with open_store(settings) as store:
        store.write_graph(build_graph())
    return settings


def _run(command: click.Command, args: list[str], settings: Settings | None = None):
    return CliRunner().invoke(command, args, obj=settings, catch_exceptions=False)


@pytest.mark.parametrize("command", [export, validate])
def test_help_has_an_example(command: click.Command) -> None:
    result = _run(command, ["--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "talentgraph " in result.output


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_export_every_format_to_a_file(settings: Settings, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"talent{WRITERS[fmt].extension}"
    result = _run(export, ["--format", fmt, "-o", str(out)], settings)
    assert result.exit_code == 0, result.output
    assert set(_node_ids(out, fmt)) == set(build_graph().nodes)


def _node_ids(path: Path, fmt: str) -> list[str]:
    """The node ids an exported file holds, read back by a real consumer of its format."""
    if fmt in ("graphml", "gexf"):
        read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
        return list(read(path, force_multigraph=True) if fmt == "graphml" else read(path))
    if fmt == "html":
        page = path.read_text("utf-8")
        data = re.search(r'<script type="application/json" id="tg-data">(.*?)</script>',
                         page, re.S)
        return [node["k"] for node in json.loads(data.group(1))["nodes"]]
    rdf = Graph().parse(path, format="json-ld" if fmt == "jsonld" else "turtle")
    expected = build_graph()
    return [n for n in expected if (node_iri(n), None, None) in rdf]


def test_export_graphml_guessed_from_extension(settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / "talent.graphml"
    result = _run(export, ["-o", str(out)], settings)
    assert result.exit_code == 0, result.output
    back = nx.read_graphml(out, force_multigraph=True)
    expected = build_graph()
    assert back.number_of_nodes() == expected.number_of_nodes()
    assert back.number_of_edges() == expected.number_of_edges()


def test_export_jsonld_to_stdout_with_redaction(settings: Settings) -> None:
    result = _run(export, ["--format", "jsonld", "-o", "-", "--redact"], settings)
    assert result.exit_code == 0, result.output
    assert "@context" in json.loads(result.output)
    assert EMAIL not in result.output
    assert "@redacted.invalid" in result.output


def test_export_needs_a_format_for_stdout(settings: Settings) -> None:
    result = _run(export, ["-o", "-"], settings)
    assert result.exit_code == 2
    assert "--format" in result.output


def test_validate_stored_graph_conforms(settings: Settings) -> None:
    result = _run(validate, [], settings)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "conforms"


def test_validate_store_option_overrides_settings(settings: Settings, tmp_path: Path) -> None:
    result = _run(validate, ["--store", settings.store], Settings(store=str(tmp_path / "x")))
    assert result.exit_code == 0, result.output


def test_validate_rdf_files(tmp_path: Path) -> None:
    rdf = to_rdf(build_graph())
    good = tmp_path / "good.jsonld"
    good.write_text(rdf.serialize(format="json-ld"), encoding="utf-8")
    assert _run(validate, ["--rdf", str(good)]).output.strip() == "conforms"

    rdf.remove((node_iri("person:jane"), SDO.name, None))
    rdf.set((node_iri("paper:attention"), Namespace("https://w3id.org/talentgraph#").year,
             Literal("2021")))
    bad = tmp_path / "bad.ttl"
    bad.write_text(rdf.serialize(format="turtle"), encoding="utf-8")
    result = _run(validate, ["--rdf", str(bad)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert any(line.startswith("person:jane schema:name: a Person needs") for line in lines)
    assert any("tg:year is at most one xsd:integer" in line for line in lines)


def test_validate_rdf_parse_errors_are_user_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    result = _run(validate, ["--rdf", str(broken)])
    assert result.exit_code == 1
    assert "cannot parse" in result.output
    unknown = tmp_path / "data.xyz"
    unknown.write_text("x", encoding="utf-8")
    result = _run(validate, ["--rdf", str(unknown)])
    assert result.exit_code == 2
    assert "cannot tell the RDF format" in result.output


def test_rdf_file_round_trip_keeps_every_triple(tmp_path: Path) -> None:
    rdf = to_rdf(build_graph())
    path = tmp_path / "talent.ttl"
    path.write_bytes(rdf.serialize(format="turtle", encoding="utf-8"))
    assert len(Graph().parse(path)) == len(rdf)

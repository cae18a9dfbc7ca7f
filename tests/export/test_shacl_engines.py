"""The two SHACL engines (pySHACL, the reference, and pyshacl-turbo) report the same lines,
on a conforming export and on broken ones; the fast paths (Oxigraph's Turtle and
N-Triples) hold the same triples as the rdflib graph."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, Namespace
from rdflib.compare import isomorphic

from talentgraph.commands.validate import validate
from talentgraph.graph import shacl
from talentgraph.graph.export.rdf import node_iri, ntriples, role_iri, to_rdf
from talentgraph.graph.model import TalentGraph
from talentgraph.graph.shacl import (
    ENGINES,
    engine_name,
    load_shapes,
    shape_groups,
    validate_ntriples,
    validate_rdf,
)
from talentgraph.ontology.namespace import TG

SDO = Namespace("https://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
ORG = Namespace("http://www.w3.org/ns/org#")
JOB = role_iri("worked:jane:acme:2019")

BREAKS: dict[str, Callable[[Graph], object]] = {
    "conforming": lambda rdf: None,
    "no name": lambda rdf: rdf.remove((node_iri("person:bob"), SDO.name, None)),
    "two names": lambda rdf: rdf.add((node_iri("person:bob"), SDO.name, Literal("Robert Ng"))),
    "role without organization": lambda rdf: (rdf.remove((JOB, SDO.worksFor, None)),
                                              rdf.remove((JOB, ORG.organization, None))),
    "role at a person": lambda rdf: rdf.set((JOB, SDO.worksFor, node_iri("person:bob"))),
    "month 13": lambda rdf: rdf.set((JOB, SDO.startDate,
                                     Literal("2019-13", datatype=XSD.gYearMonth))),
    "date as integer": lambda rdf: rdf.set((JOB, SDO.startDate, Literal(2019))),
    "boolean as text": lambda rdf: rdf.set((node_iri("person:jane"), TG.is_owner,
                                            Literal("yes"))),
    "unknown degree level": lambda rdf: rdf.set(
        (role_iri("studied:jane:uzh"), TG.degree_level, Literal("wizard"))),
}


def test_turbo_is_installed_and_auto_picks_it() -> None:
    assert set(ENGINES) == {"pyshacl", "turbo"}
    assert engine_name() == "turbo"
    with pytest.raises(ValueError, match="unknown SHACL engine"):
        engine_name("jena")


@pytest.mark.parametrize("name", list(BREAKS))
def test_both_engines_report_the_same_lines(graph: TalentGraph, name: str) -> None:
    rdf = to_rdf(graph)
    BREAKS[name](rdf)
    reference = validate_rdf(rdf, engine="pyshacl")
    assert validate_rdf(rdf, engine="turbo") == reference
    assert reference[0] == (name == "conforming")
    assert reference[0] or reference[1]


def test_a_degree_level_outside_the_list_is_caught(graph: TalentGraph) -> None:
    """The one sh:in of the shapes: strings read through Oxigraph carry xsd:string."""
    rdf = to_rdf(graph)
    BREAKS["unknown degree level"](rdf)
    conforms, lines = validate_rdf(rdf)
    assert not conforms and any("degree_level" in line and "wizard" in line for line in lines)


def test_the_n_triples_are_the_rdflib_graph(graph: TalentGraph) -> None:
    parsed = Graph().parse(data=ntriples(graph), format="nt")
    assert isomorphic(parsed, to_rdf(graph))
    assert validate_ntriples(ntriples(graph)) == (True, [])


@pytest.mark.parametrize("engine", ["pyshacl", "turbo"])
def test_validate_command_takes_an_engine(tmp_path, graph: TalentGraph, engine: str) -> None:
    rdf = to_rdf(graph)
    BREAKS["two names"](rdf)
    bad = tmp_path / "bad.ttl"
    bad.write_text(rdf.serialize(format="turtle"), "utf-8")
    result = CliRunner().invoke(validate, ["--rdf", str(bad), "--engine", engine])
    assert result.exit_code == 1
    assert "a Person needs exactly one schema:name" in result.stdout


def test_shape_groups_split_every_named_shape_once_the_heaviest_alone_first() -> None:
    shapes = load_shapes()
    one = shape_groups(shapes, 1)
    two = shape_groups(shapes, 2)
    assert len(one) == 1 and len(two) == 2
    assert sorted(one[0]) == sorted(two[0] + two[1])
    assert len(set(two[0] + two[1])) == len(one[0])
    assert two[0][0].endswith("#Derived")  # fourteen target classes: the most work


@pytest.mark.parametrize("name", list(BREAKS))
def test_shapes_checked_in_groups_side_by_side_report_the_same_lines(
        graph: TalentGraph, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rdf = to_rdf(graph)
    BREAKS[name](rdf)
    data = rdf.serialize(format="nt", encoding="utf-8")
    one_pass = validate_ntriples(data, engine="turbo")
    monkeypatch.setattr(shacl, "PARALLEL_FROM", 0)
    assert validate_ntriples(data, engine="turbo", jobs=2) == one_pass
    assert validate_ntriples(data, engine="turbo", jobs=3) == one_pass


def test_validate_command_takes_jobs_and_refuses_zero(tmp_path, graph: TalentGraph) -> None:
    rdf = to_rdf(graph)
    BREAKS["two names"](rdf)
    bad = tmp_path / "bad.ttl"
    bad.write_text(rdf.serialize(format="turtle"), "utf-8")
    result = CliRunner().invoke(validate, ["--rdf", str(bad), "--jobs", "2"])
    assert result.exit_code == 1
    assert "a Person needs exactly one schema:name" in result.stdout
    refused = CliRunner().invoke(validate, ["--rdf", str(bad), "--jobs", "0"])
    assert refused.exit_code == 2 and "--jobs" in refused.output

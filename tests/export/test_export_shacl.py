"""SHACL: the export conforms; broken RDF does not, and the message names the problem."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal, Namespace

from talentgraph.graph.export.rdf import node_iri, role_iri, statement_iri, to_rdf
from talentgraph.graph.model import TalentGraph
from talentgraph.graph.shacl import load_shapes, validate_rdf
from talentgraph.ontology.namespace import TG

SDO = Namespace("https://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
JOB = role_iri("worked:jane:acme:2019")


@pytest.fixture
def rdf(graph: TalentGraph) -> Graph:
    return to_rdf(graph)


def _fails(rdf: Graph, *expected: str) -> list[str]:
    conforms, violations = validate_rdf(rdf)
    assert not conforms
    assert violations
    for text in expected:
        assert any(text in line for line in violations), (text, violations)
    return violations


def test_shapes_are_package_data_with_several_targets() -> None:
    shapes = load_shapes()
    sh = Namespace("http://www.w3.org/ns/shacl#")
    assert len(set(shapes.objects(None, sh.targetClass))) >= 10


def test_export_conforms(rdf: Graph) -> None:
    assert validate_rdf(rdf) == (True, [])


def test_person_without_name(rdf: Graph) -> None:
    rdf.remove((node_iri("person:bob"), SDO.name, None))
    lines = _fails(rdf, "a Person needs exactly one schema:name")
    assert any("person:bob" in line and "MinCount" in line for line in lines)


def test_person_with_two_names(rdf: Graph) -> None:
    rdf.add((node_iri("person:bob"), SDO.name, Literal("Robert Ng")))
    _fails(rdf, "a Person needs exactly one schema:name", "MaxCount")


def test_role_without_organization(rdf: Graph) -> None:
    rdf.remove((JOB, SDO.worksFor, None))
    rdf.remove((JOB, ORG.organization, None))
    _fails(rdf, "an Employment role needs exactly one schema:worksFor Organization",
           "an Employment role needs exactly one org:organization")


def test_role_pointing_at_a_person_instead_of_an_organization(rdf: Graph) -> None:
    rdf.set((JOB, SDO.worksFor, node_iri("person:bob")))
    _fails(rdf, "schema:worksFor", "Class")


@pytest.mark.parametrize("bad", [Literal("2019-13", datatype=XSD.gYearMonth),
                                 Literal("March 2019"), Literal(2019)])
def test_wrong_date_datatype(rdf: Graph, bad: Literal) -> None:
    rdf.set((JOB, SDO.startDate, bad))
    _fails(rdf, "schema:startDate is at most one xsd:gYear, xsd:gYearMonth or xsd:date")


def test_wrong_boolean_datatype(rdf: Graph) -> None:
    rdf.set((node_iri("person:jane"), TG.is_owner, Literal("yes")))
    _fails(rdf, "tg:is_owner is at most one xsd:boolean", "Datatype")


def test_author_must_be_a_person(rdf: Graph) -> None:
    authorship = role_iri("authored:bob:attention")
    rdf.set((authorship, SDO.author, node_iri("org:acme")))
    _fails(rdf, "an Authorship role needs exactly one schema:author, a Person")


def test_missing_provenance(rdf: Graph) -> None:
    rdf.remove((node_iri("venue:neurips"), PROV.wasDerivedFrom, None))
    _fails(rdf, "venue:neurips", "prov:wasDerivedFrom")


def test_current_role_with_end_date(rdf: Graph) -> None:
    rdf.add((role_iri("worked:jane:acme:2022"), SDO.endDate, Literal("2023", datatype=XSD.gYear)))
    _fails(rdf, "a current role (tg:current true) has no schema:endDate")


def test_start_after_end(rdf: Graph) -> None:
    rdf.set((JOB, TG.start_month, Literal(30000)))
    _fails(rdf, "not after tg:end_month")


def test_skill_needs_one_pref_label(rdf: Graph) -> None:
    skill = node_iri("skill:pytorch")
    rdf.add((skill, Namespace("http://www.w3.org/2004/02/skos/core#").prefLabel,
             Literal("Torch")))
    _fails(rdf, "a Skill needs exactly one skos:prefLabel")


def test_assertion_needs_its_object_and_provenance(rdf: Graph) -> None:
    received = statement_iri("received:jane:best")
    rdf.remove((received, RDF.object, None))
    rdf.remove((received, PROV.wasDerivedFrom, None))
    _fails(rdf, "an Assertion needs exactly one rdf:object IRI", "prov:wasDerivedFrom")

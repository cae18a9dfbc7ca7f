"""RDF export: the ontology-driven mapping, and Turtle / JSON-LD round trips."""

from __future__ import annotations

import io
import json

import pytest
from export_sample import HOSTILE, SRC, SRC_BOB
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import ORG, PROV, SKOS

from talentgraph.graph.export import write
from talentgraph.graph.export.rdf import (
    JSONLD_CONTEXT,
    node_iri,
    role_iri,
    source_iri,
    statement_iri,
    to_rdf,
)
from talentgraph.graph.model import TalentGraph
from talentgraph.ontology.namespace import TG
from talentgraph.ontology.schema import Rel, schema

# Plain namespaces: rdflib's closed SDO/XSD warn when pytest inspects module attributes.
SDO = Namespace("https://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
JANE, BOB = node_iri("person:jane"), node_iri("person:bob")
ACME, UZH = node_iri("org:acme"), node_iri("org:uzh")
PAPER = node_iri("paper:attention")


@pytest.fixture
def rdf(graph: TalentGraph) -> Graph:
    return to_rdf(graph)


def _serialised(graph: TalentGraph, fmt: str) -> bytes:
    out = io.BytesIO()
    write(graph, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize(("fmt", "parser"), [("turtle", "turtle"), ("ttl", "turtle"),
                                              ("jsonld", "json-ld")])
def test_round_trip_is_isomorphic(graph: TalentGraph, rdf: Graph, fmt: str, parser: str) -> None:
    back = Graph().parse(data=_serialised(graph, fmt), format=parser)
    assert isomorphic(back, rdf)


def test_jsonld_has_context_with_prefixes(graph: TalentGraph) -> None:
    document = json.loads(_serialised(graph, "jsonld"))
    assert document["@context"] == JSONLD_CONTEXT
    assert {"tg", "schema", "prov", "skos", "org", "xsd"} <= set(document["@context"])


def test_no_blank_nodes(rdf: Graph) -> None:
    assert all(isinstance(term, URIRef | Literal) for triple in rdf for term in triple)


def test_node_iris_are_quoted_ids() -> None:
    assert str(node_iri("org:acme")) == "https://w3id.org/talentgraph/id/org:acme"
    assert str(node_iri("a b/c")) == "https://w3id.org/talentgraph/id/a%20b%2Fc"
    assert role_iri("x") != node_iri("role/x")


def test_classes_from_the_ontology(rdf: Graph) -> None:
    assert {TG.Person, SDO.Person} <= set(rdf.objects(JANE, RDF.type))
    assert {TG.Organization, SDO.Organization, TG.Employer} <= set(rdf.objects(ACME, RDF.type))
    assert SDO.EducationalOrganization not in set(rdf.objects(ACME, RDF.type))
    assert {TG.School, SDO.EducationalOrganization} <= set(rdf.objects(UZH, RDF.type))
    assert (PAPER, RDF.type, SDO.ScholarlyArticle) in rdf
    assert (node_iri("skill:pytorch"), RDF.type, SKOS.Concept) in rdf


def test_names_and_aligned_properties(rdf: Graph) -> None:
    assert rdf.value(JANE, SDO.name) == Literal("Jane \"JJ\" O'Neil")
    assert rdf.value(PAPER, SDO.name) == Literal(HOSTILE)  # title of a creative work
    assert (JANE, SDO.email, Literal("jane.o-neil+cv@example.com")) in rdf
    assert (JANE, TG.is_owner, Literal(True)) in rdf
    assert (PAPER, TG.year, Literal(2021)) in rdf
    skill = node_iri("skill:pytorch")
    assert rdf.value(skill, SKOS.prefLabel) == Literal("PyTorch")
    assert rdf.value(skill, SKOS.altLabel) == Literal("torch")
    assert (skill, SKOS.broader, node_iri("skill:dl-frameworks")) in rdf


def test_simple_relationships_and_authorship_direction(rdf: Graph) -> None:
    assert (PAPER, SDO.isPartOf, node_iri("venue:neurips")) in rdf
    assert (PAPER, SDO.author, JANE) in rdf
    assert (JANE, SDO.author, PAPER) not in rdf
    assert (JANE, TG.advisedBy, BOB) in rdf
    assert (JANE, SDO.worksFor, ACME) in rdf


def test_dated_relationship_is_also_a_role(rdf: Graph) -> None:
    role = role_iri("worked:jane:acme:2019")
    assert {TG.Employment, SDO.EmployeeRole} <= set(rdf.objects(role, RDF.type))
    assert (JANE, SDO.worksFor, role) in rdf
    assert (role, SDO.worksFor, ACME) in rdf
    assert (role, ORG.member, JANE) in rdf and (role, ORG.organization, ACME) in rdf
    assert rdf.value(role, SDO.roleName) == Literal("Senior Engineer")
    assert rdf.value(role, SDO.startDate) == Literal("2019-03", datatype=XSD.gYearMonth)
    assert rdf.value(role, SDO.endDate) == Literal("2021", datatype=XSD.gYear)
    assert set(rdf.objects(role, TG.titles)) == {Literal("Engineer"), Literal("Senior Engineer")}
    assert rdf.value(role, TG.confidence) == Literal(0.9)
    authorship = role_iri("authored:bob:attention")
    assert (PAPER, SDO.author, authorship) in rdf and (authorship, SDO.author, BOB) in rdf
    assert rdf.value(authorship, TG.position) == Literal(2)


def test_every_node_and_role_is_derived_from_its_sources(graph: TalentGraph, rdf: Graph) -> None:
    resume = node_iri("resume:001")
    assert (resume, RDF.type, PROV.Entity) in rdf
    assert (JANE, PROV.wasDerivedFrom, resume) in rdf
    assert (resume, PROV.wasDerivedFrom, resume) not in rdf
    bob_source = source_iri(SRC_BOB)  # a source without a Resume node gets one
    assert {TG.Resume, PROV.Entity} <= set(rdf.objects(bob_source, RDF.type))
    assert set(rdf.objects(BOB, PROV.wasDerivedFrom)) == {resume, bob_source}
    assert (role_iri("studied:jane:uzh"), PROV.wasDerivedFrom, resume) in rdf
    for node_id, data in graph.nodes(data=True):
        if data["label"] != "Resume":
            assert rdf.value(node_iri(node_id), PROV.wasDerivedFrom) is not None, node_id
    assert SRC in {str(o) for o in rdf.objects(resume, SDO.name)}


def test_malformed_date_stays_a_plain_string(graph: TalentGraph) -> None:
    graph.edges["person:jane", "org:uzh", "studied:jane:uzh"]["start_date"] = "Fall 2014"
    rdf = to_rdf(graph)
    assert rdf.value(role_iri("studied:jane:uzh"), SDO.startDate) == Literal("Fall 2014")


def test_relationship_without_a_role_keeps_its_properties_as_an_assertion(rdf: Graph) -> None:
    received = statement_iri("received:jane:best")
    assert {TG.Assertion, RDF.Statement} <= set(rdf.objects(received, RDF.type))
    assert rdf.value(received, RDF.subject) == JANE
    assert rdf.value(received, RDF.predicate) == SDO.award
    assert rdf.value(received, RDF.object) == node_iri("award:best-paper")
    assert rdf.value(received, TG.date) == Literal("2021-12", datatype=XSD.gYearMonth)
    assert rdf.value(received, PROV.wasDerivedFrom) == node_iri("resume:001")
    advised = statement_iri("advised:jane:bob")
    assert rdf.value(advised, TG.confidence) == Literal(0.8)
    assert (rdf.value(advised, RDF.subject), rdf.value(advised, RDF.predicate),
            rdf.value(advised, RDF.object)) == (JANE, TG.advisedBy, BOB)
    # the reified triple is also stated, so plain consumers need not read assertions
    assert (JANE, TG.advisedBy, BOB) in rdf
    # the assertion follows the triple RDF states (paper schema:isPartOf venue)
    published = statement_iri("published:attention")
    assert rdf.value(published, RDF.subject) == PAPER
    assert statement_iri("x") not in {role_iri("x"), node_iri("statement/x")}


def test_every_assertion_stands_for_a_stated_triple(graph: TalentGraph, rdf: Graph) -> None:
    assertions = set(rdf.subjects(RDF.type, TG.Assertion))
    plain = [d for *_, d in graph.edges(keys=True, data=True)
             if schema().rels[Rel(d["type"])].role_class is None]
    assert len(assertions) == len(plain) > 0
    for statement in assertions:
        triple = (rdf.value(statement, RDF.subject), rdf.value(statement, RDF.predicate),
                  rdf.value(statement, RDF.object))
        assert triple in rdf, statement
        assert rdf.value(statement, PROV.wasDerivedFrom) is not None, statement

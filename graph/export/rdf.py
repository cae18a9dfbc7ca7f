"""The talent graph as linked data (Turtle, JSON-LD), following ``ontology/talent.ttl``.

Mapping, all read from the ontology except the few choices named here:

* A node is the IRI ``https://w3id.org/talentgraph/id/<url-quoted id>``, typed with its
  ``tg:`` class and every superclass the ontology gives it (``schema:Person``,
  ``foaf:Person``, ``prov:Agent``...), so consumers and the SHACL shapes need no reasoner.
  An Organization flagged ``is_school`` / ``is_employer`` is also a ``tg:School`` (hence
  ``schema:EducationalOrganization``) / ``tg:Employer``.
* A property uses the schema.org (or PROV) property the ontology aligns it with
  (``rdfs:subPropertyOf``), else its ``tg:`` IRI.  Names are ``schema:name``; the title of a
  paper, award or patent is its ``schema:name``; a skill's name is also its
  ``skos:prefLabel`` and its aliases ``skos:altLabel``.  Partial dates are ``xsd:gYear``,
  ``xsd:gYearMonth`` or ``xsd:date`` literals (a malformed one stays a plain string, which
  the shapes reject).  A list property is one triple per item.
* A relationship is a triple with its ``tg:rdfProperty`` (``AUTHORED`` runs the other way:
  paper ``schema:author`` person).  One with a ``tg:roleClass`` is also reified, schema.org
  Role style, as ``…/id/role/<edge id>`` carrying the edge's properties: person
  ``schema:worksFor`` role ``schema:worksFor`` org; a role that is an ``org:Membership``
  also gets ``org:member`` / ``org:organization``.  Any other relationship (``RECEIVED``,
  ``ADVISED_BY``, ``BROADER``...) is also reified, RDF-style, as a ``tg:Assertion`` (an
  ``rdf:Statement``) at ``…/id/statement/<edge id>`` with ``rdf:subject``, ``rdf:predicate``
  and ``rdf:object`` naming the plain triple, carrying the edge's properties
  (``RECEIVED.date``, ``ADVISED_BY.confidence``...) and sources, so no fact loses its
  provenance.  Role and assertion IRIs come from edge ids, not blank nodes, so a JSON-LD
  round trip gives the same graph.
* Provenance: each source file is a ``tg:Resume`` (a ``prov:Entity``) — the Resume node whose
  ``path`` or ``name`` is that file, else ``…/id/source/<file>`` — and every node and role
  is ``prov:wasDerivedFrom`` its sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, BinaryIO
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, ORG, PROV, SDO, SKOS

from talentgraph.graph.model import TalentGraph
from talentgraph.ontology.schema import TG, Label, PropertySpec, Rel, load_graph, schema

__all__ = [
    "BASE",
    "JSONLD_CONTEXT",
    "node_iri",
    "role_iri",
    "source_iri",
    "statement_iri",
    "to_rdf",
    "write_jsonld",
    "write_turtle",
]

BASE = "https://w3id.org/talentgraph/id/"
ID = Namespace(BASE)
PREFIXES: dict[str, Namespace] = {
    "tg": TG, "schema": SDO, "prov": PROV, "skos": SKOS, "org": ORG, "foaf": FOAF,
    "xsd": Namespace(str(XSD)), "tgid": ID,
}
JSONLD_CONTEXT: dict[str, str] = {prefix: str(ns) for prefix, ns in PREFIXES.items()}

# Choices the ontology does not spell out (see the module docstring).
_PREDICATES: dict[tuple[str, str], tuple[URIRef, ...]] = {
    (Label.Skill, "name"): (SDO.name, SKOS.prefLabel),
    (Label.Skill, "aliases"): (SDO.alternateName, SKOS.altLabel),
    (Label.Paper, "title"): (SDO.name,),
    (Label.Award, "title"): (SDO.name,),
    (Label.Patent, "title"): (SDO.name,),
    (Rel.WORKED_AT, "title"): (SDO.roleName,),
}
_REVERSED = {Rel.AUTHORED}  # the ontology's rdfProperty points from the target back
_DATE_KEYS = {"start_date", "end_date", "date"}
_MONTH = r"(?:0[1-9]|1[0-2])"
_DATE_TYPES = (
    (re.compile(r"\d{4}"), XSD.gYear),
    (re.compile(rf"\d{{4}}-{_MONTH}"), XSD.gYearMonth),
    (re.compile(rf"\d{{4}}-{_MONTH}-(?:0[1-9]|[12]\d|3[01])"), XSD.date),
)


def node_iri(node_id: str) -> URIRef:
    """The IRI of a node."""
    return ID[quote(node_id, safe=":")]


def role_iri(edge_id: str) -> URIRef:
    """The IRI of the role node reifying a relationship (``/`` in ids is quoted, so these
    never collide with node IRIs)."""
    return ID["role/" + quote(edge_id, safe=":")]


def statement_iri(edge_id: str) -> URIRef:
    """The IRI of the assertion reifying a relationship that has no role class."""
    return ID["statement/" + quote(edge_id, safe=":")]


def source_iri(source: str) -> URIRef:
    """The IRI of a source file that has no Resume node."""
    return ID["source/" + quote(source, safe=":")]


@cache
def _ontology_types() -> dict[URIRef, tuple[URIRef, ...]]:
    """Every ontology class with itself and all its superclasses (sorted)."""
    onto = load_graph()
    classes = {c for c in onto.subjects(RDFS.subClassOf, None) if isinstance(c, URIRef)}
    return {cls: tuple(sorted(t for t in onto.transitive_objects(cls, RDFS.subClassOf)
                              if isinstance(t, URIRef)))
            for cls in classes}


@cache
def _aligned_properties() -> dict[str, URIRef]:
    """Property IRI -> the schema.org/PROV property it specialises, where the ontology says so."""
    onto = load_graph()
    return {str(prop): parent for prop, parent in onto.subject_objects(RDFS.subPropertyOf)
            if isinstance(parent, URIRef) and not str(parent).startswith(str(TG))}


def _types(cls: URIRef) -> tuple[URIRef, ...]:
    return _ontology_types().get(cls, (cls,))


def _predicates(owner: str, spec: PropertySpec) -> tuple[URIRef, ...]:
    special = _PREDICATES.get((owner, spec.key))
    if special:
        return special
    return (_aligned_properties().get(spec.iri, URIRef(spec.iri)),)


def _literal(spec: PropertySpec, value: Any) -> Literal:
    if spec.key in _DATE_KEYS:
        datatype = next((dt for pattern, dt in _DATE_TYPES if pattern.fullmatch(value)), None)
        return Literal(value, datatype=datatype)
    if spec.datatype == "double":
        return Literal(float(value))
    return Literal(value)


class _Builder:
    """Accumulates the triples of one graph; knows which IRI stands for each source file."""

    def __init__(self, graph: TalentGraph) -> None:
        self.graph = graph
        self.rdf = Graph(bind_namespaces="core")
        for prefix, namespace in PREFIXES.items():
            self.rdf.bind(prefix, namespace)
        self.sources: dict[str, URIRef] = {}
        for node_id, data in graph.nodes(data=True):
            if data["label"] == Label.Resume:
                for key in ("path", "name"):
                    if key in data:
                        self.sources.setdefault(data[key], node_iri(node_id))

    def add_types(self, subject: URIRef, cls: URIRef) -> tuple[URIRef, ...]:
        types = _types(cls)
        for rdf_type in types:
            self.rdf.add((subject, RDF.type, rdf_type))
        return types

    def source(self, name: str) -> URIRef:
        """The IRI of a source file, adding a ``tg:Resume`` for it on first use if needed."""
        if name not in self.sources:
            self.sources[name] = iri = source_iri(name)
            self.add_types(iri, TG.Resume)
            self.rdf.add((iri, SDO.name, Literal(name)))
        return self.sources[name]

    def add_properties(self, subject: URIRef, owner: str, specs: Mapping[str, PropertySpec],
                       data: Mapping[str, Any]) -> None:
        for key, value in data.items():
            if key in ("label", "type"):
                continue
            if key == "sources":
                self.add_sources(subject, value)
                continue
            spec = specs[key]
            values: Iterable[Any] = value if spec.is_list else (value,)
            for predicate in _predicates(owner, spec):
                for item in values:
                    self.rdf.add((subject, predicate, _literal(spec, item)))

    def add_sources(self, subject: URIRef, sources: Iterable[str]) -> None:
        for name in sources:
            iri = self.source(name)
            if iri != subject:  # a résumé is not derived from itself
                self.rdf.add((subject, PROV.wasDerivedFrom, iri))

    def add_node(self, node_id: str, data: Mapping[str, Any]) -> None:
        spec = schema().nodes[Label(data["label"])]
        subject = node_iri(node_id)
        self.add_types(subject, URIRef(spec.iri))
        for extra_label, flag in spec.extra_labels:
            if data.get(flag):
                self.add_types(subject, TG[extra_label])
        self.add_properties(subject, spec.label, spec.properties, data)

    def add_edge(self, source: str, target: str, edge_id: str, data: Mapping[str, Any]) -> None:
        spec = schema().rels[Rel(data["type"])]
        if spec.rdf_property is None:
            raise ValueError(f"{spec.type} has no tg:rdfProperty in the ontology")
        predicate = URIRef(spec.rdf_property)
        subject, obj = node_iri(source), node_iri(target)
        if spec.type in _REVERSED:
            subject, obj = obj, subject
        self.rdf.add((subject, predicate, obj))
        if spec.role_class is None:
            statement = statement_iri(edge_id)
            self.add_types(statement, TG.Assertion)
            self.rdf.add((statement, RDF.subject, subject))
            self.rdf.add((statement, RDF.predicate, predicate))
            self.rdf.add((statement, RDF.object, obj))
            self.add_properties(statement, spec.type, spec.properties, data)
            return
        role = role_iri(edge_id)
        types = self.add_types(role, URIRef(spec.role_class))
        self.rdf.add((subject, predicate, role))
        self.rdf.add((role, predicate, obj))
        if ORG.Membership in types:
            self.rdf.add((role, ORG.member, node_iri(source)))
            self.rdf.add((role, ORG.organization, node_iri(target)))
        self.add_properties(role, spec.type, spec.properties, data)


def to_rdf(graph: TalentGraph) -> Graph:
    """The RDF form of a talent graph (see the module docstring for the mapping)."""
    builder = _Builder(graph)
    for node_id, data in graph.nodes(data=True):
        builder.add_node(node_id, data)
    for source, target, edge_id, data in graph.edges(keys=True, data=True):
        builder.add_edge(source, target, edge_id, data)
    return builder.rdf


def write_turtle(graph: TalentGraph, stream: BinaryIO) -> None:
    """Write ``graph`` as Turtle (UTF-8) to a binary stream."""
    stream.write(to_rdf(graph).serialize(format="turtle", encoding="utf-8"))


def write_jsonld(graph: TalentGraph, stream: BinaryIO) -> None:
    """Write ``graph`` as JSON-LD with an inline ``@context`` of the prefixes used."""
    stream.write(to_rdf(graph).serialize(format="json-ld", context=JSONLD_CONTEXT, indent=2,
                                         encoding="utf-8"))

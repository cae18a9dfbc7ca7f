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

The mapping is one generator, :func:`triples`, of pyoxigraph terms (built in Rust, a few
times faster than rdflib's): Turtle is written from it by Oxigraph's streaming serializer,
:func:`to_store` loads it into an Oxigraph store for SHACL validation, and :func:`to_rdf`
gives an rdflib graph (JSON-LD with a compact ``@context``, tests).  Through rdflib the
2,000-person synthetic graph (964k triples) took 37 s to build and 98 s to write as
Turtle; ``bench/cli_bench.py --rdf-people 2000`` times this path.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, BinaryIO
from urllib.parse import quote

import pyoxigraph as ox

from talentgraph.graph.model import TalentGraph
from talentgraph.ontology.namespace import TG
from talentgraph.ontology.schema import Label, PropertySpec, Rel, load_graph, schema

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

__all__ = [
    "BASE",
    "JSONLD_CONTEXT",
    "PREFIXES",
    "node_iri",
    "ntriples",
    "role_iri",
    "source_iri",
    "statement_iri",
    "to_rdf",
    "to_store",
    "triples",
    "write_jsonld",
    "write_turtle",
]

BASE = "https://w3id.org/talentgraph/id/"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_SDO = "https://schema.org/"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PROV = "http://www.w3.org/ns/prov#"
_ORG = "http://www.w3.org/ns/org#"
PREFIXES: dict[str, str] = {
    "tg": str(TG), "schema": _SDO, "prov": _PROV, "skos": _SKOS, "org": _ORG,
    "foaf": "http://xmlns.com/foaf/0.1/", "xsd": _XSD, "tgid": BASE,
}
JSONLD_CONTEXT: dict[str, str] = dict(PREFIXES)

# Choices the ontology does not spell out (see the module docstring).
_PREDICATES: dict[tuple[str, str], tuple[str, ...]] = {
    (Label.Skill, "name"): (_SDO + "name", _SKOS + "prefLabel"),
    (Label.Skill, "aliases"): (_SDO + "alternateName", _SKOS + "altLabel"),
    (Label.Paper, "title"): (_SDO + "name",),
    (Label.Award, "title"): (_SDO + "name",),
    (Label.Patent, "title"): (_SDO + "name",),
    (Rel.WORKED_AT, "title"): (_SDO + "roleName",),
}
_REVERSED = {Rel.AUTHORED}  # the ontology's rdfProperty points from the target back
_DATE_KEYS = {"start_date", "end_date", "date"}
_MONTH = r"(?:0[1-9]|1[0-2])"
_DATE_TYPES = (
    (re.compile(r"\d{4}"), ox.NamedNode(_XSD + "gYear")),
    (re.compile(rf"\d{{4}}-{_MONTH}"), ox.NamedNode(_XSD + "gYearMonth")),
    (re.compile(rf"\d{{4}}-{_MONTH}-(?:0[1-9]|[12]\d|3[01])"), ox.NamedNode(_XSD + "date")),
)
_XSD_TYPES = {name: ox.NamedNode(_XSD + name) for name in ("boolean", "integer", "double")}
_TYPE = ox.NamedNode(_RDF + "type")
_SUBJECT, _PREDICATE, _OBJECT = (ox.NamedNode(_RDF + k) for k in ("subject", "predicate",
                                                                   "object"))
_DERIVED = ox.NamedNode(_PROV + "wasDerivedFrom")
_SDO_NAME = ox.NamedNode(_SDO + "name")
_MEMBER, _ORGANIZATION = ox.NamedNode(_ORG + "member"), ox.NamedNode(_ORG + "organization")
_MEMBERSHIP = _ORG + "Membership"


def _node(node_id: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + quote(node_id, safe=":"))


def _role(edge_id: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + "role/" + quote(edge_id, safe=":"))


def _statement(edge_id: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + "statement/" + quote(edge_id, safe=":"))


def _source(source: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + "source/" + quote(source, safe=":"))


def node_iri(node_id: str) -> URIRef:
    """The IRI of a node (an rdflib term, like :func:`to_rdf`'s)."""
    from rdflib import URIRef

    return URIRef(_node(node_id).value)


def role_iri(edge_id: str) -> URIRef:
    """The IRI of the role node reifying a relationship (``/`` in ids is quoted, so these
    never collide with node IRIs)."""
    from rdflib import URIRef

    return URIRef(_role(edge_id).value)


def statement_iri(edge_id: str) -> URIRef:
    """The IRI of the assertion reifying a relationship that has no role class."""
    from rdflib import URIRef

    return URIRef(_statement(edge_id).value)


def source_iri(source: str) -> URIRef:
    """The IRI of a source file that has no Resume node."""
    from rdflib import URIRef

    return URIRef(_source(source).value)


@cache
def _ontology_types() -> dict[str, tuple[ox.NamedNode, ...]]:
    """Every ontology class IRI with itself and all its superclasses (sorted)."""
    from rdflib import RDFS, URIRef

    onto = load_graph()
    classes = {c for c in onto.subjects(RDFS.subClassOf, None) if isinstance(c, URIRef)}
    return {str(cls): tuple(ox.NamedNode(str(t)) for t in sorted(
                t for t in onto.transitive_objects(cls, RDFS.subClassOf) if isinstance(t, URIRef)))
            for cls in classes}


@cache
def _aligned_properties() -> dict[str, str]:
    """Property IRI -> the schema.org/PROV property it specialises, where the ontology says so."""
    from rdflib import RDFS, URIRef

    onto = load_graph()
    return {str(prop): str(parent) for prop, parent in onto.subject_objects(RDFS.subPropertyOf)
            if isinstance(parent, URIRef) and not str(parent).startswith(str(TG))}


@cache
def _types(cls: str) -> tuple[ox.NamedNode, ...]:
    return _ontology_types().get(cls, (ox.NamedNode(cls),))


@cache
def _predicates(owner: str, spec: PropertySpec) -> tuple[ox.NamedNode, ...]:
    special = _PREDICATES.get((owner, spec.key))
    iris = special or (_aligned_properties().get(spec.iri, spec.iri),)
    return tuple(ox.NamedNode(iri) for iri in iris)


def _double(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    return repr(float(value))


def _date(value: str) -> ox.Literal:
    datatype = next((dt for pattern, dt in _DATE_TYPES if pattern.fullmatch(value)), None)
    return ox.Literal(value, datatype=datatype) if datatype else ox.Literal(value)


_LITERALS: dict[str, Callable[[Any], ox.Literal]] = {
    "double": lambda v: ox.Literal(_double(v), datatype=_XSD_TYPES["double"]),
    "boolean": lambda v: ox.Literal("true" if v else "false", datatype=_XSD_TYPES["boolean"]),
    "integer": lambda v: ox.Literal(str(int(v)), datatype=_XSD_TYPES["integer"]),
    "string": lambda v: ox.Literal(str(v)),
}


@cache
def _property_writers(owner: str) -> dict[str, tuple[tuple[ox.NamedNode, ...], bool,
                                                      Callable[[Any], ox.Literal]]]:
    """For a label or relationship type: property key -> (its predicates, whether it is a
    list, how a value becomes a literal), worked out once per owner."""
    node = schema().nodes.get(owner)  # type: ignore[call-overload]
    specs = node.properties if node is not None else schema().rels[Rel(owner)].properties
    return {key: (_predicates(owner, spec), spec.is_list,
                  _date if key in _DATE_KEYS else _LITERALS[spec.datatype])
            for key, spec in specs.items()}


class _Builder:
    """Yields the triples of one graph; knows which IRI stands for each node and source
    file (each made once: quoting ids was a tenth of the export's time)."""

    def __init__(self, graph: TalentGraph) -> None:
        self.graph = graph
        self.iris: dict[str, ox.NamedNode] = {}
        self.sources: dict[str, ox.NamedNode] = {}
        self.new_sources: list[ox.Triple] = []
        for node_id, data in graph.nodes(data=True):
            if data["label"] == Label.Resume:
                for key in ("path", "name"):
                    if key in data:
                        self.sources.setdefault(data[key], self.iri(node_id))

    def iri(self, node_id: str) -> ox.NamedNode:
        found = self.iris.get(node_id)
        if found is None:
            found = self.iris[node_id] = _node(node_id)
        return found

    @staticmethod
    def types(subject: ox.NamedNode, cls: str) -> Iterator[ox.Triple]:
        for rdf_type in _types(cls):
            yield ox.Triple(subject, _TYPE, rdf_type)

    def source(self, name: str) -> ox.NamedNode:
        """The IRI of a source file; a ``tg:Resume`` for it is added on first use if no
        Resume node stands for it (its triples wait in ``new_sources``)."""
        iri = self.sources.get(name)
        if iri is None:
            self.sources[name] = iri = _source(name)
            self.new_sources += self.types(iri, str(TG.Resume))
            self.new_sources.append(ox.Triple(iri, _SDO_NAME, ox.Literal(name)))
        return iri

    def properties(self, subject: ox.NamedNode, owner: str,
                   data: Mapping[str, Any]) -> Iterator[ox.Triple]:
        writers = _property_writers(owner)
        for key, value in data.items():
            if key in ("label", "type"):
                continue
            if key == "sources":
                for name in value:
                    iri = self.source(name)
                    if iri != subject:  # a résumé is not derived from itself
                        yield ox.Triple(subject, _DERIVED, iri)
                continue
            predicates, is_list, literal = writers[key]
            for item in value if is_list else (value,):
                obj = literal(item)
                for predicate in predicates:
                    yield ox.Triple(subject, predicate, obj)

    def node(self, node_id: str, data: Mapping[str, Any]) -> Iterator[ox.Triple]:
        spec = schema().nodes[Label(data["label"])]
        subject = self.iri(node_id)
        yield from self.types(subject, spec.iri)
        for extra_label, flag in spec.extra_labels:
            if data.get(flag):
                yield from self.types(subject, str(TG[extra_label]))
        yield from self.properties(subject, spec.label, data)

    def edge(self, source: str, target: str, edge_id: str,
             data: Mapping[str, Any]) -> Iterator[ox.Triple]:
        spec = schema().rels[Rel(data["type"])]
        if spec.rdf_property is None:
            raise ValueError(f"{spec.type} has no tg:rdfProperty in the ontology")
        predicate = _named(spec.rdf_property)
        subject, obj = self.iri(source), self.iri(target)
        if spec.type in _REVERSED:
            subject, obj = obj, subject
        yield ox.Triple(subject, predicate, obj)
        if spec.role_class is None:
            statement = _statement(edge_id)
            yield from self.types(statement, str(TG.Assertion))
            yield ox.Triple(statement, _SUBJECT, subject)
            yield ox.Triple(statement, _PREDICATE, predicate)
            yield ox.Triple(statement, _OBJECT, obj)
            yield from self.properties(statement, spec.type, data)
            return
        role = _role(edge_id)
        yield from self.types(role, spec.role_class)
        yield ox.Triple(subject, predicate, role)
        yield ox.Triple(role, predicate, obj)
        if _is_membership(spec.role_class):
            yield ox.Triple(role, _MEMBER, self.iri(source))
            yield ox.Triple(role, _ORGANIZATION, self.iri(target))
        yield from self.properties(role, spec.type, data)


@cache
def _named(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


@cache
def _is_membership(role_class: str) -> bool:
    return any(t.value == _MEMBERSHIP for t in _types(role_class))


def triples(graph: TalentGraph, progress: Callable[[int], None] | None = None
            ) -> Iterator[ox.Triple]:
    """The RDF form of a talent graph, triple by triple (see the module docstring for
    the mapping); ``progress`` is called with 1 per node and relationship done."""
    builder = _Builder(graph)
    step = progress or (lambda _n: None)
    for node_id, data in graph.nodes(data=True):
        yield from builder.node(node_id, data)
        if builder.new_sources:
            yield from builder.new_sources
            builder.new_sources = []
        step(1)
    for source, target, edge_id, data in graph.edges(keys=True, data=True):
        yield from builder.edge(source, target, edge_id, data)
        if builder.new_sources:
            yield from builder.new_sources
            builder.new_sources = []
        step(1)


def ntriples(graph: TalentGraph, progress: Callable[[int], None] | None = None) -> bytes:
    """The RDF form of a talent graph as N-Triples (what the SHACL validators parse
    fastest: Oxigraph writes it, their Rust or Oxigraph parser reads it)."""
    return ox.serialize(triples(graph, progress), format=ox.RdfFormat.N_TRIPLES)


def to_store(graph: TalentGraph, progress: Callable[[int], None] | None = None) -> ox.Store:
    """The RDF form of a talent graph in an in-memory Oxigraph store (what the SHACL
    validators read fastest)."""
    store = ox.Store()
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples(graph, progress))
    return store


def to_rdf(graph: TalentGraph) -> Graph:
    """The RDF form of a talent graph as an rdflib graph, prefixes bound."""
    from rdflib import Graph, Literal, URIRef

    rdf = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    plain = {"http://www.w3.org/2001/XMLSchema#string", None}

    def term(value: ox.NamedNode | ox.Literal) -> URIRef | Literal:
        if isinstance(value, ox.NamedNode):
            return URIRef(value.value)
        datatype = value.datatype.value if value.datatype else None
        return Literal(value.value) if datatype in plain else \
            Literal(value.value, datatype=URIRef(datatype))

    for triple in triples(graph):
        rdf.add((term(triple.subject), term(triple.predicate), term(triple.object)))
    return rdf


def write_turtle(graph: TalentGraph, stream: BinaryIO,
                 progress: Callable[[int], None] | None = None) -> None:
    """Write ``graph`` as Turtle (UTF-8) to a binary stream, as it is built."""
    ox.serialize(triples(graph, progress), output=stream, format=ox.RdfFormat.TURTLE,
                 prefixes=PREFIXES)


def write_jsonld(graph: TalentGraph, stream: BinaryIO) -> None:
    """Write ``graph`` as JSON-LD with an inline ``@context`` of the prefixes used."""
    stream.write(to_rdf(graph).serialize(format="json-ld", context=JSONLD_CONTEXT, indent=2,
                                         encoding="utf-8"))

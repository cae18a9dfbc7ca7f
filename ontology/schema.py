"""The property-graph schema, read from ``talent.ttl`` and mirrored as closed enums.

``Label`` and ``Rel`` are the only node labels and relationship types code may splice into
Cypher; a misspelt member is an ``AttributeError`` at import time, not a bad query at run
time.  :func:`schema` gives every label's and type's typed properties and endpoints, which
the stores turn into DDL and constraints and the exporters into typed attributes.  A test
checks that the enums and the Turtle file agree.

The parsed schema is kept in the ontology cache (:mod:`talentgraph.ontology.cache`) and
rdflib is imported only to parse it: a command that reads the cache never imports rdflib
(0.2 s).  The ontology's rdflib namespace is in :mod:`~talentgraph.ontology.namespace`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from talentgraph.ontology.cache import parsed

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

__all__ = [
    "TG_IRI",
    "Label",
    "NodeSpec",
    "PropertySpec",
    "Rel",
    "RelSpec",
    "Schema",
    "Seniority",
    "schema",
]

TG_IRI = "https://w3id.org/talentgraph#"
XSD_TYPES = {
    "string": "string",
    "integer": "integer",
    "boolean": "boolean",
    "double": "double",
}


class Label(StrEnum):
    """Node labels of the graph (one per ontology node class)."""

    Person = "Person"
    Organization = "Organization"
    Skill = "Skill"
    Paper = "Paper"
    Venue = "Venue"
    Award = "Award"
    Project = "Project"
    Patent = "Patent"
    Location = "Location"
    Resume = "Resume"
    Occupation = "Occupation"


class Rel(StrEnum):
    """Relationship types of the graph (one per ontology ``tg:RelationshipType``)."""

    WORKED_AT = "WORKED_AT"
    STUDIED_AT = "STUDIED_AT"
    HAS_SKILL = "HAS_SKILL"
    AUTHORED = "AUTHORED"
    PUBLISHED_IN = "PUBLISHED_IN"
    ADVISED_BY = "ADVISED_BY"
    RECEIVED = "RECEIVED"
    CONFERRED_BY = "CONFERRED_BY"
    WORKED_ON = "WORKED_ON"
    PROJECT_AT = "PROJECT_AT"
    INVENTED = "INVENTED"
    LOCATED_IN = "LOCATED_IN"
    BROADER = "BROADER"
    DESCRIBED_IN = "DESCRIBED_IN"
    HELD_OCCUPATION = "HELD_OCCUPATION"


class Seniority(StrEnum):
    """Levels of a role (the ``skos:notation`` of each concept of ``seniority.ttl``), the
    only values ``WORKED_AT.seniority`` takes; queries compare them by :attr:`rank`."""

    intern = "intern"
    junior = "junior"
    mid = "mid"
    senior = "senior"
    staff = "staff"
    lead = "lead"
    director = "director"
    executive = "executive"
    phd_student = "phd_student"
    postdoc = "postdoc"
    assistant_professor = "assistant_professor"
    associate_professor = "associate_professor"
    professor = "professor"


@dataclass(frozen=True)
class PropertySpec:
    """One property key: its XSD datatype name, whether it holds a list, and its IRI."""

    key: str
    datatype: str
    is_list: bool
    iri: str
    unique: bool = False
    indexed: bool = False


@dataclass(frozen=True)
class NodeSpec:
    """A node label with its properties and the extra labels a flag property can add."""

    label: Label
    iri: str
    properties: dict[str, PropertySpec]
    extra_labels: tuple[tuple[str, str], ...]  # (label, boolean flag property)


@dataclass(frozen=True)
class RelSpec:
    """A relationship type with its (from, to) label pairs and properties."""

    type: Rel
    iri: str
    endpoints: tuple[tuple[Label, Label], ...]
    properties: dict[str, PropertySpec]
    rdf_property: str | None
    role_class: str | None


@dataclass(frozen=True)
class Schema:
    """All node and relationship specs of the ontology."""

    nodes: dict[Label, NodeSpec]
    rels: dict[Rel, RelSpec]


def _literal(graph: Graph, subject: URIRef, predicate: URIRef) -> str | None:
    value = graph.value(subject, predicate)
    return None if value is None else str(value)


def _flag(graph: Graph, subject: URIRef, predicate: URIRef) -> bool:
    value = graph.value(subject, predicate)
    return value is not None and bool(value.toPython())


def load_graph() -> Graph:
    """The parsed ``talent.ttl``."""
    from rdflib import Graph

    graph = Graph()
    graph.parse(data=files("talentgraph.ontology").joinpath("talent.ttl").read_text("utf-8"),
                format="turtle")
    return graph


def _parse(data: bytes) -> Schema:
    """``talent.ttl`` parsed with rdflib."""
    from rdflib import RDF, RDFS, Graph, Namespace, URIRef

    graph = Graph()
    graph.parse(data=data.decode("utf-8"), format="turtle")
    tg, schema_org = Namespace(TG_IRI), Namespace("https://schema.org/")
    props_by_owner: dict[URIRef, dict[str, PropertySpec]] = {}
    for prop in graph.subjects(tg.key, None):
        key = _literal(graph, prop, tg.key)
        rng = graph.value(prop, RDFS.range)
        datatype = XSD_TYPES[str(rng).rsplit("#", 1)[-1]]
        spec = PropertySpec(
            key=key,
            datatype=datatype,
            is_list=_flag(graph, prop, tg.list),
            iri=str(prop),
            unique=_flag(graph, prop, tg.unique),
            indexed=_flag(graph, prop, tg.indexed),
        )
        for owner in graph.objects(prop, schema_org.domainIncludes):
            props_by_owner.setdefault(owner, {})[key] = spec

    nodes: dict[Label, NodeSpec] = {}
    for cls in graph.subjects(tg.nodeLabel, None):
        if (cls, RDF.type, tg.RelationshipType) in graph or not isinstance(cls, URIRef):
            continue
        label = Label(_literal(graph, cls, tg.nodeLabel))
        extras = tuple(
            sorted(
                (_literal(graph, extra, tg.nodeLabel), _literal(graph, extra, tg.labelFlag))
                for extra in graph.objects(cls, tg.extraLabel)
            )
        )
        nodes[label] = NodeSpec(label, str(cls), dict(sorted(props_by_owner.get(cls, {}).items())),
                                extras)

    rels: dict[Rel, RelSpec] = {}
    for rel_iri in graph.subjects(RDF.type, tg.RelationshipType):
        rel = Rel(_literal(graph, rel_iri, tg.relType))
        endpoints = tuple(
            sorted(
                (
                    Label(_literal(graph, graph.value(ep, tg["from"]), tg.nodeLabel)),
                    Label(_literal(graph, graph.value(ep, tg.to), tg.nodeLabel)),
                )
                for ep in graph.objects(rel_iri, tg.endpoint)
            )
        )
        rdf_prop = graph.value(rel_iri, tg.rdfProperty)
        role = graph.value(rel_iri, tg.roleClass)
        rels[rel] = RelSpec(
            type=rel,
            iri=str(rel_iri),
            endpoints=endpoints,
            properties=dict(sorted(props_by_owner.get(rel_iri, {}).items())),
            rdf_property=None if rdf_prop is None else str(rdf_prop),
            role_class=None if role is None else str(role),
        )
    return Schema(nodes=nodes, rels=rels)


def _to_json(parsed_schema: Schema) -> dict[str, Any]:
    return {"nodes": [{**asdict(spec), "properties": [asdict(p) for p in
                                                        spec.properties.values()]}
                      for spec in parsed_schema.nodes.values()],
            "rels": [{**asdict(spec), "properties": [asdict(p) for p in
                                                       spec.properties.values()]}
                     for spec in parsed_schema.rels.values()]}


def _properties(rows: list[dict[str, Any]]) -> dict[str, PropertySpec]:
    return {row["key"]: PropertySpec(**row) for row in rows}


def _from_json(data: dict[str, Any]) -> Schema:
    nodes = {Label(row["label"]): NodeSpec(
        label=Label(row["label"]), iri=row["iri"], properties=_properties(row["properties"]),
        extra_labels=tuple(tuple(pair) for pair in row["extra_labels"]))
        for row in data["nodes"]}
    rels = {Rel(row["type"]): RelSpec(
        type=Rel(row["type"]), iri=row["iri"],
        endpoints=tuple((Label(a), Label(b)) for a, b in row["endpoints"]),
        properties=_properties(row["properties"]), rdf_property=row["rdf_property"],
        role_class=row["role_class"])
        for row in data["rels"]}
    return Schema(nodes=nodes, rels=rels)


#: Changes when the kept form changes, so an old cache is not read as a new one.
_CACHE_FORMAT = "schema-1:" + ",".join(f.name for cls in (PropertySpec, NodeSpec, RelSpec)
                                       for f in fields(cls))


@cache
def schema() -> Schema:
    """Read ``talent.ttl`` once (or its cached parse) and return the typed schema."""
    return parsed("talent.ttl", _CACHE_FORMAT, _parse, _to_json, _from_json)

"""The property-graph schema, read from ``talent.ttl`` and mirrored as closed enums.

``Label`` and ``Rel`` are the only node labels and relationship types code may splice into
Cypher; a misspelt member is an ``AttributeError`` at import time, not a bad query at run
time.  :func:`schema` gives every label's and type's typed properties and endpoints, which
the stores turn into DDL and constraints and the exporters into typed attributes.  A test
checks that the enums and the Turtle file agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files

from rdflib import RDF, RDFS, Graph, Namespace, URIRef

__all__ = [
    "TG",
    "Label",
    "NodeSpec",
    "PropertySpec",
    "Rel",
    "RelSpec",
    "Schema",
    "Seniority",
    "schema",
]

TG = Namespace("https://w3id.org/talentgraph#")
SCHEMA_ORG = Namespace("https://schema.org/")
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

    def label_of_iri(self, iri: str) -> Label:
        """The node label of a class IRI."""
        for spec in self.nodes.values():
            if spec.iri == iri:
                return spec.label
        raise KeyError(iri)


def _literal(graph: Graph, subject: URIRef, predicate: URIRef) -> str | None:
    value = graph.value(subject, predicate)
    return None if value is None else str(value)


def _flag(graph: Graph, subject: URIRef, predicate: URIRef) -> bool:
    value = graph.value(subject, predicate)
    return value is not None and bool(value.toPython())


def load_graph() -> Graph:
    """The parsed ``talent.ttl``."""
    graph = Graph()
    graph.parse(data=files("talentgraph.ontology").joinpath("talent.ttl").read_text("utf-8"),
                format="turtle")
    return graph


@cache
def schema() -> Schema:
    """Read ``talent.ttl`` once and return the typed schema."""
    graph = load_graph()
    props_by_owner: dict[URIRef, dict[str, PropertySpec]] = {}
    for prop in graph.subjects(TG.key, None):
        key = _literal(graph, prop, TG.key)
        rng = graph.value(prop, RDFS.range)
        datatype = XSD_TYPES[str(rng).rsplit("#", 1)[-1]]
        spec = PropertySpec(
            key=key,
            datatype=datatype,
            is_list=_flag(graph, prop, TG.list),
            iri=str(prop),
            unique=_flag(graph, prop, TG.unique),
            indexed=_flag(graph, prop, TG.indexed),
        )
        for owner in graph.objects(prop, SCHEMA_ORG.domainIncludes):
            props_by_owner.setdefault(owner, {})[key] = spec

    nodes: dict[Label, NodeSpec] = {}
    for cls in graph.subjects(TG.nodeLabel, None):
        if (cls, RDF.type, TG.RelationshipType) in graph or not isinstance(cls, URIRef):
            continue
        label = Label(_literal(graph, cls, TG.nodeLabel))
        extras = tuple(
            sorted(
                (_literal(graph, extra, TG.nodeLabel), _literal(graph, extra, TG.labelFlag))
                for extra in graph.objects(cls, TG.extraLabel)
            )
        )
        nodes[label] = NodeSpec(label, str(cls), dict(sorted(props_by_owner.get(cls, {}).items())),
                                extras)

    rels: dict[Rel, RelSpec] = {}
    for rel_iri in graph.subjects(RDF.type, TG.RelationshipType):
        rel = Rel(_literal(graph, rel_iri, TG.relType))
        endpoints = tuple(
            sorted(
                (
                    Label(_literal(graph, graph.value(ep, TG["from"]), TG.nodeLabel)),
                    Label(_literal(graph, graph.value(ep, TG.to), TG.nodeLabel)),
                )
                for ep in graph.objects(rel_iri, TG.endpoint)
            )
        )
        rdf_prop = graph.value(rel_iri, TG.rdfProperty)
        role = graph.value(rel_iri, TG.roleClass)
        rels[rel] = RelSpec(
            type=rel,
            iri=str(rel_iri),
            endpoints=endpoints,
            properties=dict(sorted(props_by_owner.get(rel_iri, {}).items())),
            rdf_property=None if rdf_prop is None else str(rdf_prop),
            role_class=None if role is None else str(role),
        )
    return Schema(nodes=nodes, rels=rels)

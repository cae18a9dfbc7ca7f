"""The Python mirror of the ontology and talent.ttl agree, and the schema is usable."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF

from talentgraph.ontology import schema as schema_module
from talentgraph.ontology.namespace import TG
from talentgraph.ontology.schema import Label, Rel, load_graph, schema


def test_labels_and_relationship_types_match_the_ontology() -> None:
    graph = load_graph()
    declared = {str(graph.value(s, TG.nodeLabel)) for s in graph.subjects(TG.nodeLabel, None)}
    extra = {str(graph.value(b, TG.nodeLabel)) for b in graph.objects(None, TG.extraLabel)}
    assert {label.value for label in Label} == declared - extra
    rel_types = {str(graph.value(s, TG.relType)) for s in graph.subjects(RDF.type, TG.RelationshipType)}
    assert {rel.value for rel in Rel} == rel_types


def test_misspelt_term_is_an_error() -> None:
    with pytest.raises(AttributeError):
        _ = Label.Persn  # type: ignore[attr-defined]
    with pytest.raises(ValueError):
        Rel("WORKS_AT")


def test_every_label_and_type_has_id_and_sources() -> None:
    s = schema()
    for spec in [*s.nodes.values(), *s.rels.values()]:
        assert spec.properties["id"].unique
        assert spec.properties["sources"].is_list


def test_relationship_endpoints_are_declared_labels() -> None:
    s = schema()
    assert (Label.Person, Label.Organization) in s.rels[Rel.WORKED_AT].endpoints
    assert set(s.rels[Rel.LOCATED_IN].endpoints) == {
        (Label.Person, Label.Location), (Label.Organization, Label.Location)}
    for spec in s.rels.values():
        assert spec.endpoints, spec.type


def test_organization_can_carry_employer_and_school_labels() -> None:
    extras = dict(schema().nodes[Label.Organization].extra_labels)
    assert extras == {"Employer": "is_employer", "School": "is_school"}


def test_dated_roles_have_month_numbers_for_portable_arithmetic() -> None:
    for rel in (Rel.WORKED_AT, Rel.STUDIED_AT):
        props = schema().rels[rel].properties
        assert props["start_month"].datatype == "integer"
        assert props["start_date"].datatype == "string"


def test_the_cached_schema_is_the_parsed_one(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A command reads the schema from the JSON cache: it must be what rdflib parses,
    field for field, and a damaged cache file is parsed again."""
    monkeypatch.setenv("TALENTGRAPH_NO_CACHE", "1")
    parsed = schema.__wrapped__()
    monkeypatch.delenv("TALENTGRAPH_NO_CACHE")
    monkeypatch.setenv("TALENTGRAPH_CACHE_DIR", str(tmp_path))
    assert schema.__wrapped__() == parsed  # parses and writes
    (cached,) = tmp_path.glob("talent-*.json")
    assert schema.__wrapped__() == parsed  # reads the JSON
    assert schema_module._from_json(schema_module._to_json(parsed)) == parsed
    cached.write_text("{not json")
    assert schema.__wrapped__() == parsed

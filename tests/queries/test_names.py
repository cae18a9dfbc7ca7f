"""Names as a person writes them (issue 19, item 1), on the seed résumés in both stores.

Every kind of name a registered canned query takes has cases here: aliases from the
taxonomies and from the résumés, other case and accents, ids; each runs through every
query that takes that kind and must give the rows of the canonical name.  Misspelt names
stop with the closest names; several different matches are listed; namesakes get a note.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from talentgraph.config import Settings
from talentgraph.graph.model import add_node, new_graph
from talentgraph.graph.store import GraphStore, open_store
from talentgraph.ontology.schema import Label
from talentgraph.pipeline import load_paths
from talentgraph.queries import registry
from talentgraph.queries.names import (
    KINDS,
    AmbiguousNameError,
    UnknownNameError,
    resolve_name,
    resolve_params,
)

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"

# kind -> (canonical name in the seed graph, [ways a person may write it])
WRITTEN: dict[str, tuple[str, list[str]]] = {
    "Person": ("Hayes Zhao", ["hayes zhao", "HAYES ZHAO", "Háyes Zhao", "Dr. Hayes Zhao"]),
    "Organization": ("Alibaba Cloud", ["Alibaba Cloud Intelligence", "alibaba cloud", "Aliyun"]),
    "School": ("George Washington University", ["GWU", "gwu", "George Washington Univ.",
                                                "The George Washington University"]),
    "Skill": ("Google Cloud Platform", ["GCP", "google cloud", "gcp", "Google Cloud Platform"]),
    "Venue": ("IEEE Transactions on Parallel and Distributed Systems",
              ["TPDS", "ieee transactions on parallel and distributed systems"]),
    "Occupation": ("Software Developers", ["software developers", "15-1252.00",
                                           "Software Engineer", "software developer"]),
    "Seniority": ("senior", ["Senior", "SENIOR", "Sr."]),
}
# kind -> (misspelt, the suggestion expected)
MISSPELT: dict[str, tuple[str, str]] = {
    "Person": ("Peter Zaho", "Peter Zhao"),
    "Organization": ("Bytedanse", "ByteDance"),
    "School": ("Purdu", "Purdue University"),
    "Skill": ("Kubernets", "Kubernetes"),
    "Venue": ("ASPLSO", "ASPLOS"),
    "Occupation": ("Sofware Developers", "Software Developers"),
    "Seniority": ("senoir", "senior"),
}
# more aliases the issue names, each with what it must find
MORE: list[tuple[str, str, str]] = [
    ("Skill", "k8s", "Kubernetes"),
    ("School", "Purdue", "Purdue University"),
    ("Organization", "GWU", "George Washington University"),
    ("Venue", "IEEE CAL", "IEEE Computer Architecture Letters"),  # stored alias only
    ("Organization", "Sandia National Laboratory", "Sandia National Laboratories"),
]


def _name_params() -> list[tuple[str, str, str]]:
    """(query, parameter, kind) for every name parameter of every registered query."""
    return [(spec.name, p.name, p.names) for spec in registry.list_queries()
            for p in spec.params if p.names]


NAME_PARAMS = _name_params()


def test_every_text_parameter_of_a_canned_query_names_a_known_kind() -> None:
    for spec in registry.list_queries():
        for p in spec.params:
            if p.type in ("string", "list[string]"):
                assert p.names in KINDS, f"{spec.name}.${p.name} needs [names: <kind>]"
    assert {kind for _, _, kind in NAME_PARAMS} == set(WRITTEN) == set(MISSPELT) == set(KINDS)


@pytest.fixture(scope="module",
                params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def seeded(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    if request.param == "embedded":
        settings = Settings(store=str(tmp_path_factory.mktemp("names") / "seeds.lbug"))
    else:
        settings = request.getfixturevalue("neo4j_settings")
    with open_store(settings) as store:
        store.clear()
        assert load_paths([SEEDS], store).failed == []
        yield store
        if request.param == "neo4j":
            store.clear()


def _params(spec: registry.QuerySpec, name: str, value: Any) -> dict[str, Any]:
    """The header's examples, with ``name`` set to ``value`` (a list of it for a list)."""
    params = {p.name: p.example for p in spec.params if p.required}
    is_list = next(p for p in spec.params if p.name == name).type.startswith("list")
    params[name] = [value] if is_list else value
    return params


def _rows(store: GraphStore, spec: registry.QuerySpec, params: dict[str, Any]
          ) -> list[dict[str, Any]]:
    resolved, _notes = resolve_params(store, spec, registry.bind(spec, params))
    return registry.run_query(store, spec.name, resolved)


@pytest.mark.parametrize(("query", "param", "kind"), NAME_PARAMS,
                         ids=[f"{q}.{p}" for q, p, _ in NAME_PARAMS])
def test_every_name_parameter_reads_names_as_a_person_writes_them(
        seeded: GraphStore, query: str, param: str, kind: str) -> None:
    spec = registry.get(query)
    canonical, written = WRITTEN[kind]
    # the other parameters name someone who makes the query answer (Hayes Zhao's employer)
    expected = _rows(seeded, spec, _params(spec, param, canonical))
    [node] = resolve_name(seeded, kind, canonical).matches
    for text in [*written, node.id]:
        assert _rows(seeded, spec, _params(spec, param, text)) == expected, (query, text)
    misspelt, suggestion = MISSPELT[kind]
    with pytest.raises(UnknownNameError, match=f"did you mean [^?]*{suggestion}"):
        _rows(seeded, spec, _params(spec, param, misspelt))


@pytest.mark.parametrize(("kind", "text", "name"), [
    *[(kind, text, canonical) for kind, (canonical, texts) in WRITTEN.items() for text in texts],
    *MORE])
def test_a_written_name_resolves_to_the_stored_one(seeded: GraphStore, kind: str, text: str,
                                                   name: str) -> None:
    resolution = resolve_name(seeded, kind, text)
    assert resolution.value == name
    assert [m.name for m in resolution.matches] == [name]


def test_the_issue_examples_find_their_people(seeded: GraphStore) -> None:
    def people(query: str, **params: Any) -> set[str]:
        return {r["person"] for r in _rows(seeded, registry.get(query), params)}

    gcp = people("people_with_skill", skill="Google Cloud Platform")
    assert len(gcp) == 2
    assert people("people_with_skill", skill="GCP") == gcp
    assert people("people_with_skill", skill="google cloud") == gcp
    assert people("worked_at", organization="Alibaba Cloud Intelligence") == {"Hao Wu"}
    assert people("worked_at", organization="GWU") == {"Hayes Zhao"}
    assert people("alumni", school="Purdue") == {"Bangda Zhou"}


def test_an_id_is_taken_as_it_is(seeded: GraphStore) -> None:
    [row] = seeded.run("MATCH (p:Person {name: 'Hao Wu'}) RETURN p.id AS id")
    resolution = resolve_name(seeded, "Person", row["id"])
    assert resolution.value == row["id"]


def test_a_name_the_taxonomy_knows_but_the_graph_does_not_runs_with_a_note(
        seeded: GraphStore) -> None:
    resolution = resolve_name(seeded, "Skill", "COBOL")
    assert resolution.value == "COBOL" and resolution.matches == ()
    assert resolution.note and "no skill 'COBOL' in this graph" in resolution.note


def test_an_unknown_name_with_nothing_close_says_so(seeded: GraphStore) -> None:
    with pytest.raises(UnknownNameError, match=r"^no person named 'Zzyzx Qwrtp' in this graph$"):
        resolve_name(seeded, "Person", "Zzyzx Qwrtp")


def test_an_empty_optional_name_means_any(seeded: GraphStore) -> None:
    spec = registry.get("colleagues")
    resolved, notes = resolve_params(seeded, spec, registry.bind(spec, {"person": "hayes zhao"}))
    assert resolved["organization"] == "" and resolved["person"] == "Hayes Zhao"
    assert notes == []


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def lookalikes(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    """Two people called Jane Doe, and two differently written K. Zhous."""
    graph = new_graph()
    for node, name in (("person:jane-1", "Jane Doe"), ("person:jane-2", "Jane Doe"),
                       ("person:kz-1", "K. Zhou"), ("person:kz-2", "K Zhou")):
        add_node(graph, Label.Person, node, name=name, name_key=name.lower().replace(".", ""),
                 name_lower=name.lower(), sources=["x.txt"])
    settings = (Settings(store=str(tmp_path / "look.lbug")) if request.param == "embedded"
                else request.getfixturevalue("neo4j_settings"))
    with open_store(settings) as store:
        store.clear()
        store.write_graph(graph)
        yield store
        store.clear()


def test_namesakes_keep_the_name_and_are_listed_in_a_note(lookalikes: GraphStore) -> None:
    resolution = resolve_name(lookalikes, "Person", "jane doe")
    assert resolution.value == "Jane Doe"
    assert {m.id for m in resolution.matches} == {"person:jane-1", "person:jane-2"}
    assert resolution.note and "person:jane-1" in resolution.note and \
        "person:jane-2" in resolution.note
    rows = registry.run_query(lookalikes, "person_profile", {"person": resolution.value})
    assert sorted(r["id"] for r in rows) == ["person:jane-1", "person:jane-2"]


def test_different_things_answering_to_one_name_are_listed(lookalikes: GraphStore) -> None:
    with pytest.raises(AmbiguousNameError) as caught:
        resolve_name(lookalikes, "Person", "k zhou")
    message = str(caught.value)
    assert "K. Zhou (person:kz-1)" in message and "K Zhou (person:kz-2)" in message
    assert resolve_name(lookalikes, "Person", "person:kz-2").value == "person:kz-2"

"""Hostile strings through every input path, on both stores: nothing is ever interpreted.

Names, titles, employers and skills carrying Cypher and SQL metacharacters, quotes,
backslashes, emoji and right-to-left text go in through a résumé; file names with quotes,
spaces, non-UTF-8 bytes and newlines; hostile ``-p`` values go to ``query`` and ``cypher``,
and a hostile name to ``forget``.  Each comes back verbatim (``store.run``, GraphML and
Turtle exports read back) and the graph loses nothing.  ``cypher`` refuses writes without
``--write``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from badinput_support import (
    KINDS,
    assert_no_traceback,
    clear,
    invoke,
    resume_paths,
    rows,
    settings_for,
)
from hostile_files import (
    CYPHER_INJECTION,
    GOOD_SEED,
    HOSTILE_STRINGS,
    SQL_INJECTION,
    tiny_resume,
    write_hostile_resume,
)

from talentgraph.config import Settings
from talentgraph.graph.store import open_store

HOSTILE_PERSON = "Robert" + CYPHER_INJECTION + " Tables"
ORGS = [f"Org {i} {text}" for i, text in enumerate(HOSTILE_STRINGS)]
TITLES = [f"Title {i} {text}" for i, text in enumerate(HOSTILE_STRINGS)]
SKILLS = [f"skill {i} {text}" for i, text in enumerate(HOSTILE_STRINGS)]
#: File names that must be stored as the Resume path, exactly.
ODD_NAMES = ["O'Brien \"CV\" résumé 😀 $x {y} `z`.txt", "'}) MATCH (n) DETACH DELETE n.txt",
             "محمد السيرة الذاتية.txt", "a;b -- DROP TABLE x.md"]

Loaded = tuple[Settings, Path, set[str]]


def node_ids(settings: Settings) -> set[str]:
    """The graph's node ids (not the store's bookkeeping)."""
    with open_store(settings) as store:
        return set(store.to_networkx())


@pytest.fixture(scope="module", params=KINDS)
def loaded(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Loaded]:
    """A seed résumé, then the hostile folder on top; the seed graph's node ids."""
    settings = settings_for(request.param, request, tmp_path_factory.mktemp("store"))
    seed = tmp_path_factory.mktemp("seed")
    (seed / "good.txt").write_bytes(GOOD_SEED.read_bytes())
    assert invoke(settings, "load", str(seed)).exit_code == 0
    before = node_ids(settings)
    folder = tmp_path_factory.mktemp("hostile") / "cvs"
    folder.mkdir()
    write_hostile_resume(folder)
    for i, name in enumerate(ODD_NAMES):
        (folder / name).write_text(tiny_resume(i), "utf-8")
    (folder / "cv \\ back.txt").write_text(tiny_resume(98), "utf-8")
    with open(bytes(folder) + b"/not-utf8-\xff\xfe.txt", "w", encoding="utf-8") as raw:
        raw.write(tiny_resume(99))
    result = invoke(settings, "load", str(folder))
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    yield settings, folder, before
    if settings.is_neo4j:
        clear(settings)


def test_nothing_of_the_existing_graph_is_lost(loaded: Loaded) -> None:
    settings, _, before = loaded
    after = node_ids(settings)
    assert before <= after
    assert len(after) > len(before)


def test_hostile_values_are_stored_verbatim(loaded: Loaded) -> None:
    settings, _, _ = loaded
    with open_store(settings) as store:
        assert rows(store, "MATCH (p:Person {name: $name}) RETURN count(p) AS n",
                    name=HOSTILE_PERSON) == [1]
        for org, title in zip(ORGS, TITLES, strict=True):
            found = rows(store, "MATCH (p:Person)-[w:WORKED_AT]->(o:Organization) "
                                "WHERE o.name = $org RETURN p.name, w.title", org=org)
            assert found == [(HOSTILE_PERSON, title)], org
        stored_skills = set(rows(store, "MATCH (s:Skill) RETURN s.name"))
        assert set(SKILLS) <= stored_skills
        [label] = rows(store, "MATCH (p:Person {name: $name}) RETURN p.headline",
                       name=HOSTILE_PERSON)
        assert label == SQL_INJECTION  # basics.label is the headline, kept verbatim


def test_odd_file_names_are_stored_verbatim(loaded: Loaded) -> None:
    settings, folder, _ = loaded
    paths = resume_paths(settings)
    for name in [*ODD_NAMES, "cv \\ back.txt"]:
        assert f"{folder.name}/{name}" in paths
    # bytes that are not UTF-8 cannot be stored as they are; they become visible escapes
    assert f"{folder.name}/not-utf8-\\xff\\xfe.txt" in paths


def _string_values(graph: nx.MultiDiGraph) -> set[str]:
    values: set[str] = set()
    for _, data in graph.nodes(data=True):
        values.update(v for v in data.values() if isinstance(v, str))
    for *_, data in graph.edges(data=True):
        values.update(v for v in data.values() if isinstance(v, str))
    return values


def test_graphml_export_keeps_hostile_text_verbatim(loaded: Loaded, tmp_path: Path) -> None:
    settings, _, before = loaded
    out = tmp_path / "g.graphml"
    result = invoke(settings, "export", "--format", "graphml", "-o", str(out))
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out, force_multigraph=True)
    values = _string_values(graph)
    missing = [s for s in [HOSTILE_PERSON, *ORGS, *TITLES, *SKILLS] if s not in values]
    assert missing == []
    assert before <= set(graph.nodes)


def test_turtle_export_keeps_hostile_text_verbatim(loaded: Loaded, tmp_path: Path) -> None:
    settings, _, _ = loaded
    out = tmp_path / "g.ttl"
    result = invoke(settings, "export", "--format", "turtle", "-o", str(out))
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(out, format="turtle")
    literals = {str(o) for o in graph.objects() if isinstance(o, rdflib.Literal)}
    missing = [s for s in [HOSTILE_PERSON, *ORGS, *SKILLS] if s not in literals]
    assert missing == []


@pytest.mark.parametrize("org", ORGS)
def test_query_parameters_are_values(loaded: Loaded, org: str) -> None:
    settings, _, before = loaded
    result = invoke(settings, "query", "worked_at", "-p", f"organization={org}",
                    "--format", "json")
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    assert HOSTILE_PERSON in {row.get("person") or row.get("name")
                              for row in json.loads(result.stdout)}, result.stdout
    assert before <= node_ids(settings)


@pytest.mark.parametrize("value", HOSTILE_STRINGS)
def test_cypher_parameters_are_values(loaded: Loaded, value: str) -> None:
    settings, _, before = loaded
    org = ORGS[HOSTILE_STRINGS.index(value)]
    result = invoke(settings, "cypher", "MATCH (o:Organization) WHERE o.name = $n "
                    "RETURN o.name AS name, $raw AS raw", "-p", f"n={org}", "-p",
                    f"raw={value}", "--format", "json")
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"name": org, "raw": value}]
    assert before <= node_ids(settings)


@pytest.mark.parametrize("value", [CYPHER_INJECTION, SQL_INJECTION, "' OR 1=1 --",
                                   "*", ".*", "%", "person:"])
def test_hostile_query_parameters_match_nothing(loaded: Loaded, value: str) -> None:
    settings, _, before = loaded
    for name, key in (("people_with_skill", "skill"), ("person_profile", "person"),
                      ("coauthors", "person")):
        result = invoke(settings, "query", name, "-p", f"{key}={value}", "--format", "json")
        assert_no_traceback(result)
        # a name matching nothing stops before the query, with one line (issue 19)
        assert result.exit_code == 1, result.output
        assert result.stdout == ""
        assert result.stderr.startswith("Error: no ") and len(result.stderr.splitlines()) == 1
    assert before <= node_ids(settings)


WRITES = [
    "CREATE (:Person {id: 'x'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) DELETE n",
    "MATCH (n:Person) SET n.name = 'x'",
    "MERGE (n:Person {id: 'x'})",
    "MATCH (n:Person) REMOVE n.name",
    "DROP CONSTRAINT person_id",
    "match (n) detach delete n",
    "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
    "MATCH (n) RETURN n /* */ CREATE (:Person {id: 'y'})",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "MATCH (n) CALL { WITH n DETACH DELETE n } RETURN 1",
]


@pytest.mark.parametrize("query", WRITES)
def test_cypher_is_read_only_without_write(loaded: Loaded, query: str) -> None:
    settings, _, before = loaded
    result = invoke(settings, "cypher", query)
    assert_no_traceback(result)
    assert result.exit_code != 0
    assert "query refused" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert before <= node_ids(settings)


@pytest.mark.neo4j
def test_neo4j_refuses_a_writing_procedure_in_a_read(loaded: Loaded) -> None:
    """What the keyword check cannot see, the server's read-only transaction refuses."""
    settings, _, before = loaded
    if not settings.is_neo4j:
        pytest.skip("a Neo4j procedure")
    after_ids = node_ids(settings)
    result = invoke(settings, "cypher", "CALL apoc.create.node(['Person'], {id: 'apoc'}) "
                                        "YIELD node RETURN node.id AS id")
    assert_no_traceback(result)
    assert result.exit_code != 0
    assert "Error:" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert node_ids(settings) == after_ids and before <= after_ids


def test_cypher_with_write_writes(loaded: Loaded) -> None:
    settings, _, _ = loaded
    ids = node_ids(settings)
    created = invoke(settings, "cypher", "--write", "CREATE (:Skill {id: 'skill:tmp-write', "
                     "name: $n, sources: ['x']})", "-p", f"n={CYPHER_INJECTION}")
    assert_no_traceback(created)
    assert created.exit_code == 0, created.output
    assert node_ids(settings) == ids | {"skill:tmp-write"}
    deleted = invoke(settings, "cypher", "--write",
                     "MATCH (s:Skill {id: 'skill:tmp-write'}) DETACH DELETE s")
    assert deleted.exit_code == 0, deleted.output
    assert node_ids(settings) == ids


def test_forget_takes_its_argument_as_a_value(loaded: Loaded) -> None:
    settings, _, before = loaded
    ids = node_ids(settings)
    for who in (CYPHER_INJECTION, SQL_INJECTION, "' OR 1=1 --", "*"):
        result = invoke(settings, "forget", who, "--yes")
        assert_no_traceback(result)
        assert result.exit_code == 1
        assert "no person matches" in result.stderr
    assert node_ids(settings) == ids
    result = invoke(settings, "forget", HOSTILE_PERSON, "--yes")
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    after = node_ids(settings)
    assert before <= after < ids
    with open_store(settings) as store:
        assert rows(store, "MATCH (o:Organization) WHERE o.name IN $orgs RETURN o.name",
                    orgs=ORGS) == []


def test_control_characters_in_a_file_name_stay_on_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "evil\nerror: forged.txt").write_bytes(b"")
    (folder / "bell\a\x1b[31mred.txt").write_bytes(b"")
    result = invoke(Settings(store=str(tmp_path / "s.lbug")), "load", str(folder))
    assert_no_traceback(result)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, lines
    assert any(line.endswith("/evil\\nerror: forged.txt: empty file") for line in lines)
    assert any(line.endswith("/bell\\x07\\x1b[31mred.txt: empty file") for line in lines)

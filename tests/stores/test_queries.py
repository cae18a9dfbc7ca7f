"""run(), its read-only guard and plain values; errors; the same on every store."""

from __future__ import annotations

import time

import pytest
from store_graphs import HOSTILE, person_graph

from talentgraph.graph.store import GraphStore, StoreError

WRITES = [
    "CREATE (n:Skill {id: 'x'}) RETURN n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Skill) SET n.name = 'x'",
    "merge (n:Skill {id: 'x'})",
    "MATCH (n:Skill) REMOVE n.name",
    "RETURN 1; MATCH (n) DETACH DELETE n",
    "RETURN 1 AS one; COMMIT; CREATE (n:Skill {id: 'x'})",
    "COPY (MATCH (n) RETURN n.id) TO '/tmp/talentgraph-leak.csv'",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "DROP TABLE Skill",
]


@pytest.mark.parametrize("cypher", WRITES)
def test_run_refuses_writes_unless_asked(store: GraphStore, cypher: str) -> None:
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["python"], papers=[]))
    before = store.stats()
    with pytest.raises(StoreError, match="refused"):
        store.run(cypher)
    assert store.stats() == before


def test_read_transaction_itself_refuses_writes(store: GraphStore) -> None:
    """Defence in depth: even past the keyword check, the read transaction is read-only."""
    with pytest.raises(StoreError, match=r"(?i)read"):
        store._read("CREATE (n:Skill {id: 'x', sources: ['a']})", None)
    assert store.stats()["nodes"] == 0


def test_keywords_inside_strings_comments_and_properties_are_reads(store: GraphStore) -> None:
    rows = store.run("// CREATE in a comment\n"
                     "RETURN 'CREATE (n) SET n.x = 1; DELETE' AS text, $v AS v",
                     {"v": "MERGE"})
    assert rows == [{"text": "CREATE (n) SET n.x = 1; DELETE", "v": "MERGE"}]


def test_run_write_when_asked(store: GraphStore) -> None:
    store.run("MERGE (s:Skill {id: $id}) SET s.name = $name, s.sources = ['cv/a.pdf']",
              {"id": "skill:x", "name": HOSTILE[2]}, write=True)
    assert store.run("MATCH (s:Skill) RETURN s.name AS name") == [{"name": HOSTILE[2]}]


def test_run_returns_plain_values(store: GraphStore) -> None:
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["python"], papers=[]))
    rows = store.run("MATCH p = (a:Person)-[r:HAS_SKILL]->(s:Skill) "
                     "RETURN a, r, s, p, date('2024-02-29') AS day")
    assert len(rows) == 1
    row = rows[0]
    assert row["a"] == {"label": "Person", "id": "ada", "name": "Ada", "is_owner": True,
                        "emails": ["ada@example.org"], "sources": ["cv/ada.pdf"]}
    assert row["r"] == {"type": "HAS_SKILL", "id": "has:ada:python", "sources": ["cv/ada.pdf"]}
    assert row["s"] == {"label": "Skill", "id": "skill:python", "name": "python",
                        "sources": ["cv/ada.pdf"]}
    assert row["p"] == {"nodes": [row["a"], row["s"]], "relationships": [row["r"]]}
    assert row["day"] == "2024-02-29"


def test_hostile_parameters_are_stored_verbatim(store: GraphStore) -> None:
    for n, text in enumerate(HOSTILE):
        store.run("MERGE (s:Skill {id: $id}) SET s.name = $name, s.sources = [$name]",
                  {"id": f"skill:{n}", "name": text}, write=True)
    rows = store.run("MATCH (s:Skill) RETURN s.id AS id, s.name AS name, s.sources AS src "
                     "ORDER BY id")
    assert [(r["name"], r["src"]) for r in rows] == [(t, [t]) for t in HOSTILE]


def test_bad_query_raises_store_error(store: GraphStore) -> None:
    with pytest.raises(StoreError, match="query failed"):
        store.run("MATCH (n:Person RETURN n")


def test_closed_store_raises(store: GraphStore) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.run("RETURN 1 AS one")


# ~10^10 rows to filter: minutes on either store (LadybugDB factorizes a bare count(*) of
# a cross product, so each pair must be looked at)
SLOW = ("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b "
        "WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*) AS n")


def test_a_read_past_its_timeout_is_stopped(store: GraphStore) -> None:
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["python"], papers=[]))
    started = time.perf_counter()
    with pytest.raises(StoreError, match=r"timed out after 0\.5 s"):
        store.run(SLOW, timeout=0.5)
    assert time.perf_counter() - started < 30               # stopped, not run to the end
    # the limit was for that query only: the next one runs, unlimited
    assert store.run("MATCH (p:Person) RETURN p.name AS name") == [{"name": "Ada"}]
    assert store.run("UNWIND range(1, 3) AS x RETURN sum(x) AS s", timeout=30) == [{"s": 6}]
    with pytest.raises(ValueError, match="timeout"):
        store.run("RETURN 1 AS one", timeout=0)

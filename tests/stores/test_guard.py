"""The read-only keyword check on its own (no database needed)."""

from __future__ import annotations

import pytest

from talentgraph.graph.store.guard import check_read_only

READS = [
    "MATCH (n:Person) RETURN n.name AS name",
    "MATCH (n) WHERE n.name = 'CREATE (x)' RETURN n",
    'RETURN "DELETE \\" SET" AS s',
    "MATCH (n) RETURN n.`set` AS s, n.create AS c",
    "// MERGE here is a comment\nRETURN 1",
    "/* DROP\nTABLE */ RETURN 1;",
    "RETURN 1;  // trailing",
    "MATCH (n) RETURN `DELETE` AS x",
    "CALL show_tables() RETURN *",
]
WRITES = [
    "CREATE (n)",
    "match (n) detach delete n",
    "MATCH (n) SET n.x = 1",
    "RETURN 'a'; CREATE (n)",
    "RETURN 1; COMMIT",
    "UNWIND [1] AS x FOREACH (y IN [x] | CREATE (:A))",
    "COPY (MATCH (n) RETURN n) TO 'x.csv'",
    "LOAD FROM 'x.csv' RETURN *",
    "INSTALL json",
    "ATTACH 'other.lbug' AS o",
    "MATCH (n) RETURN 'it''s' AS s, n; DROP TABLE Person",
]


@pytest.mark.parametrize("cypher", READS)
def test_reads_pass(cypher: str) -> None:
    assert check_read_only(cypher) is None


@pytest.mark.parametrize("cypher", WRITES)
def test_writes_are_caught(cypher: str) -> None:
    assert check_read_only(cypher)

"""The read-only keyword check on its own (no database needed)."""

from __future__ import annotations

import pytest

from talentgraph.graph.store.guard import check_ad_hoc, check_query, check_read_only

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


AD_HOC_READS = [
    "CALL db.labels() YIELD label RETURN label",
    "CALL gds.pageRank.stream('g') YIELD nodeId, score RETURN nodeId, score",
    "RETURN apoc.text.join(['a'], ',') AS s, date.truncate('month', date()) AS d",
    "CALL { MATCH (n) RETURN n } RETURN n",
    "CALL (n) { RETURN n } RETURN 1",
    "MATCH (p)-[w:WORKED_AT]->() WITH w.start AS start, w.stop AS stop RETURN start, stop",
    "MATCH (n) RETURN n.`gds.graph.project` AS x, 'CALL db.clearQueryCaches()' AS y",
]
AD_HOC_REFUSED = [
    "CALL db.clearQueryCaches()",
    "CALL `db`.`clearQueryCaches`()",
    "CALL db /* x */ . clearQueryCaches",
    "MATCH (a) WITH gds.graph.project('g', a, null) AS g RETURN g",
    "CALL gds.graph.drop('g')",
    "CALL apoc.periodic.iterate('a', 'b', {})",
    "CALL apoc.convert.setJsonProperty(n, 'k', 1)",
    "CALL unknown.vendor.proc()",
]
READ_ONLY_REFUSED = [
    "TERMINATE TRANSACTIONS 'neo4j-transaction-7'",
    "SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t",
    "START DATABASE neo4j",
    "CALL threads=4",
    "CALL project_graph('g', ['Person'], [])",
    "CALL clear_warnings()",
    "UNINSTALL json",
]


@pytest.mark.parametrize("cypher", READS + AD_HOC_READS)
def test_ad_hoc_reads_pass(cypher: str) -> None:
    assert check_ad_hoc(cypher) is None


@pytest.mark.parametrize("cypher", AD_HOC_REFUSED)
def test_ad_hoc_state_changing_routines_are_refused(cypher: str) -> None:
    reason = check_ad_hoc(cypher)
    assert reason and "--write" in reason
    assert check_read_only(cypher) is None  # the library's own GDS calls go through run()


@pytest.mark.parametrize("cypher", READ_ONLY_REFUSED + WRITES)
def test_read_only_refusals_hold_for_ad_hoc_queries(cypher: str) -> None:
    assert check_read_only(cypher)
    assert check_ad_hoc(cypher)
    assert check_query(cypher, write=True) is None


@pytest.mark.parametrize("cypher", ["CALL READ_CSV_SERIAL('/etc/passwd') RETURN *",
                                    "CALL `read_npy`('x.npy') RETURN *",
                                    "MATCH (n) CALL read_parquet('x') RETURN *"])
def test_crashing_functions_are_refused_even_for_writes(cypher: str) -> None:
    assert "crashes" in (check_query(cypher, write=True) or "")

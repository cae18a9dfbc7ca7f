"""``cypher`` without ``--write`` only reads, on both stores: no file reading, no settings,
no administration, no procedure that changes state, and never a crash.

Every hostile statement is tried on both stores (one meant for the other store must still
be refused, not run).  The LadybugDB functions that crash the process are tried in a
subprocess, so a regression shows as a failed test (rc 139), not a dead test run.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from badinput_support import KINDS, assert_no_traceback, clear, invoke, rows, settings_for
from hostile_files import GOOD_SEED

from talentgraph.config import Settings
from talentgraph.graph.store import StoreError, open_store
from talentgraph.graph.store.embedded import EmbeddedStore

TALENTGRAPH = str(Path(sys.executable).with_name("talentgraph"))
SECRET = "root:x:0:0:SECRET-LINE"

#: ``{path}`` is a CSV file outside the store holding :data:`SECRET`.
REFUSED = [
    "LOAD FROM '{path}' RETURN *",
    "LOAD WITH HEADERS (a STRING) FROM '{path}' RETURN *",
    "LOAD CSV FROM 'file://{path}' AS line RETURN line",
    "COPY (MATCH (p:Person) RETURN p.name) TO '{path}.out'",
    "INSTALL json",
    "LOAD EXTENSION json",
    "ATTACH '{path}' AS other (dbtype lbug)",
    "CALL threads=1",
    "CALL project_graph('g', ['Person'], [])",
    "CALL drop_projected_graph('g')",
    "CALL clear_warnings()",
    "CALL `show_tables`() RETURN *; CALL threads=1",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t",
    "STOP DATABASE neo4j",
    "CALL db.clearQueryCaches()",
    "CALL `db`.`clearQueryCaches`()",
    "CALL db . clearQueryCaches",
    "CALL db.createLabel('Evil')",
    "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
    "MATCH (a:Person) WITH gds.graph.project('tg-hostile', a, null) AS g RETURN g.nodeCount",
    "CALL gds.graph.project('tg-hostile', 'Person', '*')",
    "CALL gds.graph.drop('tg-hostile', false)",
    "CALL gds.pageRank.write('tg-hostile', {writeProperty: 'x'})",
    "CALL apoc.create.node(['Person'], {id: 'apoc'}) YIELD node RETURN node",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
    "CALL apoc.load.csv('file://{path}') YIELD list RETURN list",
    "CALL apoc.export.csv.all('{path}.out', {})",
    "RETURN apoc.convert.setJsonProperty(null, 'x', 1)",
]

#: LadybugDB 0.22 segfaults on a direct call of each, even with ``--write``.
CRASHING = [
    "CALL READ_CSV_SERIAL('{path}') RETURN *",
    "CALL read_csv_parallel('{path}') RETURN *",
    "CALL READ_NPY('{path}') RETURN *",
    "CALL READ_PARQUET('{path}') RETURN *",
    "CALL `READ_PANDAS`(12345) RETURN *",
]

#: Reads that must still pass: catalog listings and read-only routines.
READS = {
    "embedded": ["CALL show_tables() RETURN name", "CALL table_info('Person') RETURN name",
                 "CALL current_setting('threads') RETURN *"],
    "neo4j": ["CALL db.labels() YIELD label RETURN label",
              "RETURN apoc.text.join(['a', 'b'], '-') AS s",
              "CALL gds.graph.list() YIELD graphName RETURN graphName",
              "RETURN date.truncate('month', date('2024-05-17')) AS d"],
}


@pytest.fixture(scope="module")
def secret(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outside") / "secret.csv"
    path.write_text(f"{SECRET}\n{SECRET}\n")
    return path


@pytest.fixture(scope="module", params=KINDS)
def loaded(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """A store of each kind holding one seed résumé."""
    settings = settings_for(request.param, request, tmp_path_factory.mktemp("store"))
    result = invoke(settings, "load", str(GOOD_SEED))
    assert result.exit_code == 0, result.output
    yield settings
    if settings.is_neo4j:
        clear(settings)


def _snapshot(settings: Settings) -> list[str]:
    with open_store(settings) as store:
        return sorted(rows(store, "MATCH (n) RETURN n.id AS id"))


@pytest.mark.parametrize("query", REFUSED)
def test_refused_without_write(loaded: Settings, secret: Path, query: str) -> None:
    before = _snapshot(loaded)
    result = invoke(loaded, "cypher", query.replace('{path}', str(secret)))
    assert_no_traceback(result)
    assert result.exit_code == 1, result.output
    assert "query refused" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "SECRET-LINE" not in result.output
    assert not Path(f"{secret}.out").exists()
    assert _snapshot(loaded) == before


@pytest.mark.parametrize("write", [False, True], ids=["read", "write"])
@pytest.mark.parametrize("query", CRASHING)
def test_crashing_table_functions_are_refused_even_with_write(
        loaded: Settings, secret: Path, query: str, write: bool) -> None:
    args = [TALENTGRAPH, "--store", loaded.store, "cypher", query.replace('{path}', str(secret))]
    done = subprocess.run(args + (["--write"] if write else []), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "query refused" in done.stderr and "Traceback" not in done.stderr
    assert "SECRET-LINE" not in done.stdout


def test_catalog_reads_still_pass(loaded: Settings) -> None:
    kind = "neo4j" if loaded.is_neo4j else "embedded"
    for query in READS[kind]:
        result = invoke(loaded, "cypher", query, "--format", "json")
        assert_no_traceback(result)
        assert result.exit_code == 0, (query, result.output)
    labels = invoke(loaded, "cypher", READS[kind][0], "--format", "json")
    assert "Person" in labels.stdout


def test_load_from_a_file_needs_write(loaded: Settings, secret: Path) -> None:
    if loaded.is_neo4j:
        pytest.skip("LOAD FROM is LadybugDB's")
    result = invoke(loaded, "cypher", "--write", f"LOAD FROM '{secret}' (header=false) "
                                                 "RETURN count(*) AS n", "--format", "json")
    assert result.exit_code == 0, result.output
    assert '"n": 2' in result.stdout


def test_embedded_read_only_mode_refuses_writes_itself(tmp_path: Path) -> None:
    """Defence in depth: past every check, the database opened read-only refuses."""
    EmbeddedStore(tmp_path / "s.lbug").close()
    with EmbeddedStore(tmp_path / "s.lbug", read_only=True) as store, \
            pytest.raises(StoreError, match="read-only"):
        store.run("CREATE (:Skill {id: 'x', sources: ['a']})", write=True)
    with pytest.raises(StoreError, match="no graph at"):
        EmbeddedStore(tmp_path / "missing.lbug", read_only=True)
    assert not (tmp_path / "missing.lbug").exists()


# -- Neo4j: what a read session alone let through -------------------------------------
def _driver(settings: Settings) -> neo4j.Driver:
    return neo4j.GraphDatabase.driver(settings.store, auth=(settings.username,
                                                            settings.password))


@pytest.mark.neo4j
def test_terminate_needs_write_and_spares_other_sessions(loaded: Settings) -> None:
    if not loaded.is_neo4j:
        pytest.skip("TERMINATE TRANSACTIONS is Neo4j's")
    with _driver(loaded) as driver, driver.session() as session:
        tx = session.begin_transaction()
        tx.run("CREATE (:Skill {id: 'skill:victim', sources: ['x']})").consume()
        [mine] = [r["id"] for r in tx.run("SHOW TRANSACTIONS YIELD transactionId AS id, "
                                          "currentQuery WHERE currentQuery STARTS WITH "
                                          "'SHOW' RETURN id").data()]
        refused = invoke(loaded, "cypher", "TERMINATE TRANSACTIONS $t", "-p", f"t={mine}")
        assert refused.exit_code == 1 and "query refused" in refused.stderr
        tx.commit()  # still alive
        tx = session.begin_transaction()
        tx.run("MATCH (s:Skill {id: 'skill:victim'}) DETACH DELETE s").consume()
        [mine] = [r["id"] for r in tx.run("SHOW TRANSACTIONS YIELD transactionId AS id, "
                                          "currentQuery WHERE currentQuery STARTS WITH "
                                          "'SHOW' RETURN id").data()]
        allowed = invoke(loaded, "cypher", "--write", "TERMINATE TRANSACTIONS $t", "-p",
                         f"t={mine}")
        assert allowed.exit_code == 0, allowed.output
        with pytest.raises(neo4j.exceptions.Neo4jError):
            tx.commit()
    with open_store(loaded) as store:
        assert rows(store, "MATCH (s:Skill {id: 'skill:victim'}) RETURN s.id") == \
            ["skill:victim"]
        store.run("MATCH (s:Skill {id: 'skill:victim'}) DETACH DELETE s", write=True)


@pytest.mark.neo4j
def test_gds_catalog_changes_need_write(loaded: Settings) -> None:
    if not loaded.is_neo4j:
        pytest.skip("GDS is Neo4j's")
    listed = "CALL gds.graph.list() YIELD graphName RETURN graphName"
    project = "CALL gds.graph.project('tg-hostile', 'Person', '*') YIELD graphName RETURN 1"
    drop = "CALL gds.graph.drop('tg-hostile', false) YIELD graphName RETURN 1"
    with open_store(loaded) as store:
        store.run("CALL gds.graph.drop('tg-hostile', false)", write=True)  # a past run's
        assert "tg-hostile" not in rows(store, listed)
        assert invoke(loaded, "cypher", project).exit_code == 1
        assert "tg-hostile" not in rows(store, listed)
        assert invoke(loaded, "cypher", "--write", project).exit_code == 0
        assert "tg-hostile" in rows(store, listed)
        assert invoke(loaded, "cypher", drop).exit_code == 1
        assert "tg-hostile" in rows(store, listed)
        assert invoke(loaded, "cypher", "--write", drop).exit_code == 0
        assert "tg-hostile" not in rows(store, listed)


@pytest.mark.neo4j
def test_cache_and_apoc_procedures_run_with_write(loaded: Settings) -> None:
    if not loaded.is_neo4j:
        pytest.skip("Neo4j procedures")
    assert invoke(loaded, "cypher", "--write", "CALL db.clearQueryCaches()").exit_code == 0
    made = invoke(loaded, "cypher", "--write", "CALL apoc.create.node(['Skill'], "
                  "{id: 'skill:apoc', sources: ['x']}) YIELD node RETURN node.id AS id")
    assert made.exit_code == 0, made.output
    with open_store(loaded) as store:
        assert rows(store, "MATCH (s:Skill {id: 'skill:apoc'}) RETURN s.id") == ["skill:apoc"]
        store.run("MATCH (s:Skill {id: 'skill:apoc'}) DETACH DELETE s", write=True)


def test_a_read_never_creates_a_store(tmp_path: Path) -> None:
    missing = tmp_path / "missing.lbug"
    result = invoke(Settings(store=str(missing)), "cypher", "RETURN 1 AS one")
    assert_no_traceback(result)
    assert result.exit_code == 1 and "no store at" in result.stderr
    assert not missing.exists()

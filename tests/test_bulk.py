"""The out-of-core path gives the graph the in-memory path gives.

``talentgraph load`` (parse, resolve and build in memory, write in batches) and the bulk
path (parse into Parquet shards, resolve and build in DuckDB chunk by chunk, ``COPY``
into the store) are run on the same files into fresh stores, and the stores' canonical
dumps compared: on a synthetic corpus (duplicates, co-authors, shared agency contacts)
and on the seeds.  Also: the bookkeeping the bulk path writes lets a later incremental
load continue as if every file had been loaded by ``load``; erasures are honoured;
shards parsed as separate ``--shard`` runs into one folder load as one pool.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from talentgraph.bulkload import bulk_load, parse_to_shards
from talentgraph.cli import main
from talentgraph.config import Settings
from talentgraph.forgetting import forget_person
from talentgraph.graph.store import StoreError, canonical_dump, open_store
from talentgraph.graph.store.ledger import LedgerChanges
from talentgraph.pipeline import discover, load_items, stored_resume

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """150 synthetic people (about 165 files: txt, md, JSON Resume)."""
    from talentgraph.synth import SynthConfig, generate

    out = tmp_path_factory.mktemp("corpus")
    generate(out, SynthConfig(people=150, seed=11, formats=("txt", "md", "json")))
    return out / "resumes"


def differences(a: dict, b: dict) -> list[str]:
    out = []
    for part in ("nodes", "edges"):
        out += [f"{part} only in the first: {k}" for k in sorted(set(a[part]) - set(b[part]))[:3]]
        out += [f"{part} only in the second: {k}" for k in sorted(set(b[part]) - set(a[part]))[:3]]
        out += [f"{part} differ: {k}: {a[part][k]} != {b[part][k]}"
                for k in sorted(set(a[part]) & set(b[part])) if a[part][k] != b[part][k]][:3]
    return out


def in_memory(store_path: Path, folder: Path) -> dict:
    with open_store(Settings(store=str(store_path))) as store:
        report = load_items(list(discover([folder])), store)
        assert not report.failed, report.failed
        return canonical_dump(store.to_networkx())


def bulk(store_path: Path, folder: Path, work: Path) -> dict:
    report = parse_to_shards(list(discover([folder])), work / "shards", jobs=2)
    assert not report.failed, report.failed
    with open_store(Settings(store=str(store_path))) as store:
        bulk_load([work / "shards"], store, work=work)
        return canonical_dump(store.to_networkx())


@pytest.mark.parametrize("which", ["synthetic", "seeds"])
def test_bulk_gives_the_graph_of_load(corpus: Path, which: str, tmp_path: Path) -> None:
    folder = corpus if which == "synthetic" else SEEDS
    reference = in_memory(tmp_path / "memory.lbug", folder)
    people = sum(1 for n in reference["nodes"].values() if n["label"] == "Person")
    assert people > (100 if which == "synthetic" else 20)
    merged = sum(1 for n in reference["nodes"].values()
                 if n["label"] == "Person" and sum(s.startswith("resumes/") for s in n["sources"]) > 1)
    if which == "synthetic":  # the corpus has people with two résumés, merged
        assert merged >= 5
    dump = bulk(tmp_path / "bulk.lbug", folder, tmp_path)
    assert dump == reference, differences(reference, dump)


def test_bulk_bookkeeping_lets_load_continue(corpus: Path, tmp_path: Path) -> None:
    """The ledger the bulk path writes is the one ``load`` writes: same sources, roots
    and parsed résumés, so ``load`` of new files on top (one a second résumé of a stored
    person) ends with the graph of one load of everything."""
    files = sorted(corpus.iterdir())
    first, later = tmp_path / "first" / "resumes", tmp_path / "later" / "resumes"
    first.mkdir(parents=True)
    later.mkdir(parents=True)
    for i, path in enumerate(files):
        shutil.copy(path, (later if i % 5 == 0 else first) / path.name)
    memory, bulked = Settings(store=str(tmp_path / "m.lbug")), Settings(store=str(tmp_path / "b.lbug"))
    with open_store(memory) as store:
        load_items(list(discover([first])), store)
    parse_to_shards(list(discover([first])), tmp_path / "shards", jobs=1)
    with open_store(bulked) as store:
        bulk_load([tmp_path / "shards"], store, work=tmp_path)
    states = []
    for settings in (memory, bulked):
        with open_store(settings) as store:
            state = store.ledger_state()
            resumes = {k: stored_resume(v) for k, v in store.stored_resumes(state.sources).items()}
            states.append(({k: (r.root, r.path, r.sha256, r.parsed) for k, r in state.sources.items()},
                           state.roots, resumes, state.version))
    assert states[0] == states[1]
    assert len(states[0][0]) == len(files) - len(list(later.iterdir()))
    dumps = []
    for settings in (memory, bulked):
        with open_store(settings) as store:
            report = load_items(list(discover([later])), store, batch_size=7)
            assert not report.failed and len(report.loaded) == len(list(later.iterdir()))
            dumps.append(canonical_dump(store.to_networkx()))
    assert dumps[0] == dumps[1], differences(*dumps)


def test_bulk_honours_erasures(corpus: Path, tmp_path: Path) -> None:
    """A store's tombstones hold for the bulk path as for ``load``: the erased person's
    résumés are skipped and the erased name is left out of the papers of others."""
    memory = Settings(store=str(tmp_path / "m.lbug"))
    with open_store(memory) as store:
        load_items(list(discover([corpus])), store)
        [who] = store.run(
            "MATCH (p:Person)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(q:Person) "
            "MATCH (p)-[:DESCRIBED_IN]->(:Resume) "
            "RETURN p.id AS id ORDER BY id LIMIT 1")
        forget_person(store, who["id"], compact=False)
        state = store.ledger_state()
        load_items(list(discover([corpus])), store)  # a re-load skips them again
        after = canonical_dump(store.to_networkx())
    assert who["id"] not in after["nodes"]
    bulked = Settings(store=str(tmp_path / "b.lbug"))
    with open_store(bulked) as store:
        store.update_ledger(LedgerChanges(meta=(state.version, state.salt, 1),
                                          erasures=state.erasures))
    parse_to_shards(list(discover([corpus])), tmp_path / "shards", jobs=1)
    with open_store(bulked) as store:
        report = bulk_load([tmp_path / "shards"], store, work=tmp_path)
        dump = canonical_dump(store.to_networkx())
    assert report.skipped and all(date == state.erasures[0].date for _, date in report.skipped)
    assert dump == after, differences(after, dump)


def test_bulk_needs_an_empty_graph(tmp_path: Path) -> None:
    settings = Settings(store=str(tmp_path / "s.lbug"))
    with open_store(settings) as store:
        load_items(list(discover([SEEDS]))[:1], store)
    parse_to_shards(list(discover([SEEDS])), tmp_path / "shards", jobs=1)
    with open_store(settings) as store, pytest.raises(StoreError, match="incremental"):
        bulk_load([tmp_path / "shards"], store, work=tmp_path)


def test_cli_shards_from_several_runs_load_as_one_pool(corpus: Path, tmp_path: Path) -> None:
    """``parse --shard I/N --out DIR`` on several "machines" into one folder, then
    ``load --parsed DIR``: the graph of ``load`` on the files."""
    runner = CliRunner()
    out = tmp_path / "parsed"
    for part in ("1/3", "2/3", "3/3"):
        result = runner.invoke(main, ["parse", "--jobs", "1", "--shard", part, "--out",
                                      str(out), str(SEEDS), str(corpus)])
        assert result.exit_code == 0, result.output
    assert len(list(out.glob("*.parquet"))) == 3
    store = tmp_path / "cli.lbug"
    result = runner.invoke(main, ["--store", str(store), "load", "--parsed", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{len(list(corpus.iterdir())) + 5} loaded" in result.output
    with open_store(Settings(store=str(store))) as opened:
        dump = canonical_dump(opened.to_networkx())
    with open_store(Settings(store=str(tmp_path / "ref.lbug"))) as opened:
        load_items(list(discover([SEEDS, corpus])), opened)
        reference = canonical_dump(opened.to_networkx())
    assert dump == reference, differences(reference, dump)
    again = runner.invoke(main, ["--store", str(store), "load", "--parsed", str(out)])
    assert again.exit_code == 1 and "incremental" in again.output


def test_import_files_are_the_exporters(corpus: Path, tmp_path: Path) -> None:
    """The ``neo4j-admin import`` files written from the tables are the files
    ``export --format neo4j-import`` writes for the graph ``load`` stores (rows in
    another order), so what tests/export/test_neo4j_import.py proves of those holds."""
    from talentgraph.graph.bulk import bulk_graph
    from talentgraph.graph.bulk.neo4j import write_import
    from talentgraph.graph.export.neo4j_import import write_neo4j_import

    with open_store(Settings(store=str(tmp_path / "m.lbug"))) as store:
        load_items(list(discover([corpus, SEEDS])), store)
        exported = write_neo4j_import(store.to_networkx(), tmp_path / "exported")
    parse_to_shards(list(discover([corpus, SEEDS])), tmp_path / "shards", jobs=1)
    graph = bulk_graph([tmp_path / "shards"], tmp_path / "work")
    written = write_import(graph.tables, tmp_path / "written")
    assert written.options == exported.options
    assert written.node_files == exported.node_files
    assert written.relationship_files == exported.relationship_files
    for name in [*exported.node_files, *exported.relationship_files]:
        a = (tmp_path / "exported" / name).read_text("utf-8").split("\n")
        b = (tmp_path / "written" / name).read_text("utf-8").split("\n")
        assert a[0] == b[0], name
        assert sorted(a[1:]) == sorted(b[1:]), name


@pytest.mark.neo4j
def test_bulk_into_a_live_neo4j(corpus: Path, tmp_path: Path,
                                neo4j_settings: Settings) -> None:
    """The chunked concurrent writer fills an empty Neo4j graph with the graph ``load``
    gives the embedded store."""
    reference = in_memory(tmp_path / "memory.lbug", corpus)
    parse_to_shards(list(discover([corpus])), tmp_path / "shards", jobs=1)
    with open_store(neo4j_settings) as store:
        store.clear()
        bulk_load([tmp_path / "shards"], store, work=tmp_path, writers=2)
        dump = canonical_dump(store.to_networkx())
        state = store.ledger_state()
        store.clear()
    assert dump == reference, differences(reference, dump)
    assert len(state.sources) == len(list(corpus.iterdir()))


@pytest.mark.parametrize("large_employer", [100, 3])
def test_person_projection_from_tables(corpus: Path, tmp_path: Path,
                                       large_employer: int) -> None:
    """The person projection read from the graph tables into igraph has the people, ties
    and weights of ``people()`` on the graph ``load`` stores; with ``large_employer=3``
    the capped colleague sweep is exercised too."""
    from talentgraph.graph.bulk import bulk_graph
    from talentgraph.queries.analyses.projections import people
    from talentgraph.queries.analyses.tables import people_from_tables

    with open_store(Settings(store=str(tmp_path / "m.lbug"))) as store:
        load_items(list(discover([corpus, SEEDS])), store)
        reference = people(store.to_networkx(), today_month=24300,
                           large_employer=large_employer)
    parse_to_shards(list(discover([corpus, SEEDS])), tmp_path / "shards", jobs=1)
    graph = bulk_graph([tmp_path / "shards"], tmp_path / "work")
    got = people_from_tables(graph.work / "graph", tmp_path / "projection",
                             today_month=24300, large_employer=large_employer)
    assert got.ids == sorted(reference.nodes)
    ties = {tuple(sorted((got.ids[e.source], got.ids[e.target]))): e["weight"]
            for e in got.graph.es}
    expected = {tuple(sorted((a, b))): d["weight"] for a, b, d in reference.edges(data=True)}
    assert reference.number_of_edges() > 50
    assert reference.graph["capped"] == (large_employer == 3)
    assert any(w > 1 for w in expected.values())
    assert ties == expected


@pytest.mark.slow
def test_spark_resolution_is_the_engines(corpus: Path, tmp_path: Path) -> None:
    """Spark in local mode gives every résumé's owner and every looked-up name the person
    id DuckDB's resolution gives (which the graph tests above prove is the in-memory
    resolver's), from two résumé shard files with the mentions extracted by Spark tasks;
    the graph built from Spark's resolution is DuckDB's path's."""
    pytest.importorskip("pyspark")
    import duckdb

    from talentgraph.graph.bulk import bulk_graph
    from talentgraph.graph.bulk.spark import mentions_on_spark, resolve_on_spark, session

    parse_to_shards(list(discover([corpus])), tmp_path / "shards", jobs=1, tag="a")
    parse_to_shards(list(discover([SEEDS])), tmp_path / "shards", jobs=1, tag="b")
    graph = bulk_graph([tmp_path / "shards"], tmp_path / "work")
    con = duckdb.connect(str(graph.work / "engine.duckdb"), read_only=True)
    owner = dict(con.execute("SELECT src, person FROM owner").fetchall())
    who = {(s, k): p for s, k, p in con.execute("SELECT src, key, person FROM who").fetchall()}
    con.close()
    assert len(set(owner.values())) < len(owner)  # some people have several résumés
    spark = session("local[2]", partitions=2)
    try:
        # from the résumé shards, one task per shard file, as a cluster runs it (the bench
        # resolves DuckDB's own mention table at 10^5, python -m bench.scale_bench --spark)
        mentions_on_spark([tmp_path / "shards"], tmp_path / "two", spark=spark)
        again = resolve_on_spark(tmp_path / "two" / "mentions", tmp_path / "two" / "names",
                                 tmp_path / "two", spark=spark)
    finally:
        spark.stop()
    assert again == owner
    spark_who = duckdb.sql(f"SELECT src, key, person FROM read_parquet("
                           f"'{tmp_path / 'two' / 'who'}/*.parquet')").fetchall()
    assert {(s, k): p for s, k, p in spark_who} == who
    # and the graph built from Spark's resolution is the graph of DuckDB's, table by table
    built = bulk_graph([tmp_path / "shards"], tmp_path / "built", resolved=tmp_path / "two")
    assert sorted(p.name for p in (built.work / "graph").glob("*.parquet")) == \
        sorted(p.name for p in (graph.work / "graph").glob("*.parquet"))
    for table in (graph.work / "graph").glob("*.parquet"):
        if table.name == "sources.parquet":
            continue
        a = duckdb.sql(f"SELECT * FROM '{table}' ORDER BY ALL").fetchall()
        b = duckdb.sql(f"SELECT * FROM '{built.work / 'graph' / table.name}' ORDER BY ALL")
        assert a and b.fetchall() == a, table.name
    # and 'load --parsed --resolved' stores the graph a plain load of the files stores
    store = tmp_path / "cli.lbug"
    result = CliRunner().invoke(main, ["--store", str(store), "load", "--parsed",
                                       str(tmp_path / "shards"), "--resolved",
                                       str(tmp_path / "two")])
    assert result.exit_code == 0, result.output
    with open_store(Settings(store=str(store))) as opened:
        dump = canonical_dump(opened.to_networkx())
    with open_store(Settings(store=str(tmp_path / "memory.lbug"))) as opened:
        load_items(list(discover([corpus, SEEDS])), opened)
        reference = canonical_dump(opened.to_networkx())
    assert dump == reference, differences(reference, dump)


def test_shards_without_a_newer_field_still_load(tmp_path: Path) -> None:
    """A shard written before the model grew a field (here: without ``warnings``) reads
    back with that field's default, and loads together with newer shards."""
    import duckdb
    import pyarrow.parquet as pq

    from talentgraph.graph.bulk import bulk_graph
    from talentgraph.graph.bulk.columnar import read_resumes, shard_files

    items = list(discover([SEEDS]))
    parse_to_shards(items[:2], tmp_path / "new", jobs=1, tag="new")
    parse_to_shards(items[2:], tmp_path / "old", jobs=1, tag="old")
    [old] = shard_files([tmp_path / "old"])
    pq.write_table(pq.read_table(old).drop_columns(["warnings"]), old)
    assert "warnings" not in pq.read_schema(old).names
    read = [r for r, _ in read_resumes([old])]
    assert len(read) == len(items) - 2 and all(r.warnings == [] for r in read)
    parse_to_shards(items[2:], tmp_path / "all", jobs=1, tag="old")
    shutil.copy(shard_files([tmp_path / "new"])[0], tmp_path / "all")
    mixed = bulk_graph([tmp_path / "new", tmp_path / "old"], tmp_path / "mixed")
    current = bulk_graph([tmp_path / "all"], tmp_path / "current")
    for name in ("Person.parquet", "WORKED_AT__Person__Organization.parquet"):
        a = duckdb.sql(f"SELECT * FROM '{mixed.work / 'graph' / name}' ORDER BY ALL").fetchall()
        b = duckdb.sql(f"SELECT * FROM '{current.work / 'graph' / name}' ORDER BY ALL")
        assert a and a == b.fetchall(), name

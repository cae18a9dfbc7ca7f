"""The out-of-core path end to end, stage by stage, with each stage's time and peak memory.

``python -m bench.scale_bench --sizes 10000,100000`` (``--huge`` adds 10^6) generates or
reuses the bench's synthetic corpus per size (``bench/data``, formats ``--formats``), then
runs the bulk path as ``talentgraph load --bulk`` does, each stage in a forked child so
its wall time, CPU time and peak resident memory are its own:

* parse into Parquet shards on all cores (the shards are kept in the corpus folder, keyed
  by the parser's source, so a later run reuses them and shows the rate measured then);
* resolve + build out of core (:func:`talentgraph.graph.bulk.bulk_graph`, DuckDB);
* entity resolution scored pairwise against ``truth.jsonl``;
* load into a fresh embedded store (``COPY FROM`` Parquet) with the ledger;
* the person projection from the tables and PageRank + Louvain on igraph;
* every canned query on the loaded store (busiest parameters, p50/p95);
* with ``--in-memory``: the in-memory build (``build_graph``) of the same résumés, for
  the side-by-side; with ``--spark``: the same resolution on Spark in local mode
  (:mod:`talentgraph.graph.bulk.spark`), scored the same way and compared person by person.

"peak RSS" is the child's ``VmHWM`` (the parse stage adds its largest worker's); the
machine's 2 cores were shared with other work, so the CPU column is the steadier one.
Prints a table and writes ``bench/results/scale-<timestamp>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import multiprocessing
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.run import (
    CORES,
    ROOT,
    Run,
    _parser_digest,
    _percentile,
    _query_latency,
    _reset_peak_rss,
    _status_kib,
    _trim_heap,
    machine,
    stage_corpus,
)

__all__ = ["main", "options", "run_size"]

log = logging.getLogger("bench.scale")


def in_child(fn: Callable[[], Any]) -> tuple[dict[str, float], Any]:
    """Run ``fn`` in a forked child: its result and ``{"seconds", "cpu", "peak_mib",
    "workers_peak_mib"}`` (the largest RSS of the child's own children, e.g. parsers)."""
    _trim_heap()
    reader, writer = multiprocessing.get_context("fork").Pipe(duplex=False)

    def child() -> None:
        _reset_peak_rss()
        start, cpu = time.perf_counter(), time.process_time()
        try:
            result: Any = fn()
        except Exception as err:  # the parent prints the failure in the stage's cell
            log.exception("stage failed")
            result = err
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        writer.send(({"seconds": time.perf_counter() - start,
                      "cpu": time.process_time() - cpu + children.ru_utime + children.ru_stime,
                      "peak_mib": (_status_kib("VmHWM") or 0) / 1024,
                      "workers_peak_mib": children.ru_maxrss / 1024}, result))

    process = multiprocessing.get_context("fork").Process(target=child)
    process.start()
    measured, result = reader.recv()
    process.join()
    if isinstance(result, Exception):
        raise result
    return measured, result


def _cell(m: dict[str, float], extra: str = "") -> str:
    workers = (f", workers ≤ {m['workers_peak_mib']:,.0f} MiB"
               if m.get("workers_peak_mib", 0) > 1 else "")
    return (f"{m['seconds']:,.1f}s (cpu {m['cpu']:,.1f}s), peak {m['peak_mib']:,.0f} MiB"
            f"{workers}{extra}")


def stage_shards(run: Run, cells: dict[str, Any]) -> Path:
    from talentgraph.bulkload import parse_to_shards
    from talentgraph.pipeline import discover

    folder = run.corpus / f"shards-{_parser_digest()}"
    stamp = folder / "measured.json"
    if stamp.exists():
        saved = json.loads(stamp.read_text())
        cells["parse → shards"] = f"{saved['cell']} (cached run)"
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    items = list(discover([run.corpus / "resumes"]))

    def parse() -> tuple[int, int]:
        report = parse_to_shards(items, folder, jobs=CORES)
        return report.written, len(report.failed)

    measured, (written, failed) = in_child(parse)
    cell = _cell(measured, f"; {written / measured['seconds']:,.0f} résumés/s, "
                           f"{CORES} workers, {failed} failed")
    size = sum(p.stat().st_size for p in folder.glob("*.parquet"))
    cell += f"; {size / 2**20:,.0f} MiB of Parquet"
    stamp.write_text(json.dumps({"cell": cell, "measured": measured}))
    cells["parse → shards"] = cell
    return folder


def stage_bulk(shards: Path, work: Path, cells: dict[str, Any], memory: str) -> None:
    from talentgraph.graph.bulk import bulk_graph

    def build() -> dict[str, Any]:
        graph = bulk_graph([shards], work, memory_limit=memory)
        return {"seconds": graph.seconds, "nodes": graph.tables.node_count,
                "rels": graph.tables.rel_count, "mentions": graph.resolved.mentions,
                "people": graph.resolved.people, "resumes": graph.resumes}

    measured, out = in_child(build)
    steps = ", ".join(f"{k} {v:,.0f}s" for k, v in out["seconds"].items())
    cells["resolve + build, out of core"] = _cell(measured, f" ({steps}; DuckDB {memory})")
    cells["graph nodes / rels"] = f"{out['nodes']:,} / {out['rels']:,}"
    cells["mentions / people"] = f"{out['mentions']:,} / {out['people']:,}"


def stage_er(run: Run, work: Path, cells: dict[str, Any], label: str = "ER") -> dict[str, str]:
    import duckdb

    from talentgraph.synth import file_owners, pairwise

    con = duckdb.connect(str(work / "engine.duckdb"), read_only=True)
    owner = dict(con.execute("SELECT src, person FROM owner").fetchall())
    con.close()
    score = pairwise(file_owners(run.corpus), owner)
    cells[f"{label} precision / recall"] = (
        f"{score.precision:.4f} / {score.recall:.4f} ({score.correct_pairs:,} of "
        f"{score.predicted_pairs:,} predicted pairs correct, {score.true_pairs:,} true)")
    return owner


def stage_load(work: Path, store: Path, cells: dict[str, Any]) -> None:
    from talentgraph.config import Settings
    from talentgraph.graph.bulk.build import GraphTables
    from talentgraph.graph.bulk.ladybug import copy_tables
    from talentgraph.graph.store import open_store
    from talentgraph.ontology.schema import Label, Rel

    graph = work / "graph"
    tables = GraphTables()
    import pyarrow.parquet as pq

    for path in graph.glob("*.parquet"):
        if path.name == "sources.parquet":
            continue
        parts = path.stem.split("__")
        if len(parts) == 3:
            tables.rels[(Rel(parts[0]), Label(parts[1]), Label(parts[2]))] = path
        else:
            tables.nodes[Label(parts[0])] = path
        tables.counts[path] = pq.ParquetFile(path).metadata.num_rows

    def load() -> int:
        with open_store(Settings(store=str(store), create=True)) as opened:
            copy_tables(opened, tables)
        return tables.node_count + tables.rel_count

    measured, rows = in_child(load)
    cells["load embedded (COPY FROM Parquet)"] = _cell(
        measured, f"; {rows / measured['seconds']:,.0f} rows/s")


def stage_analyses(work: Path, cells: dict[str, Any]) -> None:
    from talentgraph.queries.analyses.tables import people_from_tables

    def analyse() -> dict[str, Any]:
        start = time.perf_counter()
        people = people_from_tables(work / "graph", work / "projection")
        built = time.perf_counter() - start
        start = time.perf_counter()
        people.graph.pagerank(weights="weight")
        people.graph.community_multilevel(weights="weight")
        return {"people": people.graph.vcount(), "ties": people.graph.ecount(),
                "projection": built, "measures": time.perf_counter() - start}

    measured, out = in_child(analyse)
    cells["person projection from tables + igraph PageRank + Louvain"] = _cell(
        measured, f"; {out['people']:,} people / {out['ties']:,} ties, projection "
                  f"{out['projection']:.0f}s, measures {out['measures']:.0f}s")


def _busy(graph: Path) -> dict[str, Any]:
    """The queries' busiest parameters, as ``bench.run.busy_params`` picks them from a
    networkx graph, counted over the graph tables instead."""
    import duckdb

    def top(pattern: str, column: str, label: str | None, k: int) -> list[str]:
        files = sorted(str(p) for p in graph.glob(pattern))
        if not files:
            return []
        counted = (f"SELECT {column} AS id, count(*) AS n FROM read_parquet({files!r}) "
                   f"GROUP BY 1 ORDER BY n DESC, id LIMIT {k}")
        if label is None:
            return [row[0] for row in duckdb.sql(counted).fetchall()]
        return [row[0] for row in duckdb.sql(
            f"SELECT t.name FROM ({counted}) c JOIN read_parquet('{graph / label}.parquet') t "
            "USING (id) ORDER BY c.n DESC, c.id").fetchall()]

    params: dict[str, Any] = {}
    people = top("*__Person__*.parquet", "e_src", None, 2)
    for name, found in (("person", people),
                        ("organization", top("WORKED_AT__*", "e_dst", "Organization", 1)),
                        ("school", top("STUDIED_AT__*", "e_dst", "Organization", 1)),
                        ("skill", top("HAS_SKILL__*", "e_dst", "Skill", 2)),
                        ("venue", top("PUBLISHED_IN__*", "e_dst", "Venue", 1))):
        if found:
            params[name] = found[0]
    if len(people) > 1:
        params["person_a"], params["person_b"] = people
    skills = top("HAS_SKILL__*", "e_dst", "Skill", 2)
    if len(skills) > 1:
        params["skills"] = skills
    return params


def stage_queries(work: Path, store: Path, cells: dict[str, Any]) -> None:
    from talentgraph.config import Settings
    from talentgraph.graph.store import open_store

    def ask() -> tuple[list[float], dict[str, float]]:
        busy = _busy(work / "graph")
        with open_store(Settings(store=str(store))) as opened:
            return _query_latency(opened, busy)

    measured, (times, worst) = in_child(ask)
    over = sorted((q for q, p95 in worst.items() if p95 >= 50), key=worst.get)
    cells["canned queries embedded p50 / p95 (ms)"] = (
        f"{statistics.median(times):.1f} / {_percentile(times, 0.95):.1f} ({len(worst)} "
        f"queries, {len(worst) - len(over)} under 50 ms); peak {measured['peak_mib']:,.0f} MiB")


def stage_in_memory(shards: Path, cells: dict[str, Any]) -> None:
    from talentgraph.graph.build import build_graph
    from talentgraph.graph.bulk.columnar import read_resumes, shard_files

    def build() -> tuple[int, int]:
        resumes = [r for r, _ in read_resumes(shard_files([shards]))]
        graph, _ = build_graph(resumes)
        return graph.number_of_nodes(), graph.number_of_edges()

    measured, (nodes, rels) = in_child(build)
    cells["in-memory build_graph (résumés read from the shards)"] = _cell(
        measured, f"; {nodes:,} / {rels:,}")


def stage_spark(run: Run, work: Path, cells: dict[str, Any], owner: dict[str, str]) -> None:
    from talentgraph.graph.bulk.spark import resolve_on_spark
    from talentgraph.synth import file_owners, pairwise

    def resolve() -> dict[str, str]:
        return resolve_on_spark(work / "mentions.parquet", work / "names.parquet",
                                work / "spark", master=f"local[{CORES}]")

    measured, spark_owner = in_child(resolve)
    score = pairwise(file_owners(run.corpus), spark_owner)
    same = sum(1 for k, v in owner.items() if spark_owner.get(k) == v)
    cells["Spark local resolution"] = _cell(measured, f" (local[{CORES}], JVM not counted)")
    cells["Spark ER precision / recall"] = (
        f"{score.precision:.4f} / {score.recall:.4f}; same person id as DuckDB for "
        f"{same:,} of {len(owner):,} résumés")


def run_size(n: int, args: argparse.Namespace) -> dict[str, Any]:
    run = Run(n=n, corpus=Path(args.data) / f"synth-{n}-s{args.seed}")
    cells: dict[str, Any] = {}
    stage_corpus(run, tuple(args.formats.split(",")), args.seed)
    cells["files"] = run.cells["files"]
    cells["generate"] = run.cells["generate"]
    base = Path(tempfile.mkdtemp(prefix=f"tg-scale-{n}-", dir=args.work))
    work, store = base / "work", base / "bench.lbug"
    stages: list[tuple[str, Callable[[], Any]]] = []
    shards: Path | None = None
    owner: dict[str, str] = {}

    def shard() -> None:
        nonlocal shards
        shards = stage_shards(run, cells)

    def er() -> None:
        nonlocal owner
        owner = stage_er(run, work, cells)

    stages = [("parse → shards", shard),
              ("resolve + build, out of core", lambda: stage_bulk(shards, work, cells,
                                                                   args.memory)),
              ("ER precision / recall", er),
              ("load embedded (COPY FROM Parquet)", lambda: stage_load(work, store, cells)),
              ("person projection from tables + igraph PageRank + Louvain",
               lambda: stage_analyses(work, cells)),
              ("canned queries embedded p50 / p95 (ms)", lambda: stage_queries(work, store, cells))]
    if args.in_memory:
        stages.append(("in-memory build_graph (résumés read from the shards)",
                       lambda: stage_in_memory(shards, cells)))
    if args.spark:
        stages.append(("Spark local resolution", lambda: stage_spark(run, work, cells, owner)))
    for name, stage in stages:
        began = time.perf_counter()
        try:
            stage()
        except Exception as err:
            log.exception("stage %s failed at N=%d", name, n)
            cells[name] = f"n/a: failed ({type(err).__name__}: {str(err)[:100]})"
        log.info("N=%d %s: %.1fs", n, name, time.perf_counter() - began)
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)
    return cells


def _table(results: dict[int, dict[str, Any]]) -> str:
    sizes = sorted(results)
    rows: list[str] = []
    for cells in results.values():
        rows += [k for k in cells if k not in rows]
    out = ["| metric | " + " | ".join(f"N = {n:,}" for n in sizes) + " |",
           "|---" * (len(sizes) + 1) + "|"]
    out += [f"| {row} | " + " | ".join(str(results[n].get(row, "")) for n in sizes) + " |"
            for row in rows]
    return "\n".join(out)


def options(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line of ``python -m bench.scale_bench`` (``[]``: its defaults)."""
    parser = argparse.ArgumentParser(prog="python -m bench.scale_bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--huge", action="store_true", help="also N=10^6")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default="txt,md,json")
    parser.add_argument("--memory", default="3GB", help="DuckDB's memory limit")
    parser.add_argument("--data", default=str(ROOT / "data"))
    parser.add_argument("--work", default=None, help="folder for the work files (default: tmp)")
    parser.add_argument("--results", default=str(ROOT / "results"))
    parser.add_argument("--in-memory", action="store_true",
                        help="also the in-memory build of the same résumés")
    parser.add_argument("--spark", action="store_true", help="also resolve on Spark (local)")
    parser.add_argument("--keep", action="store_true", help="keep the work files")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = options(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s: %(message)s", stream=sys.stderr)
    sizes = [int(s) for s in args.sizes.split(",")] + ([10**6] if args.huge else [])
    out = Path(args.results)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"scale-{dt.datetime.now().strftime('%Y%m%dT%H%M%S')}.json"
    results: dict[int, dict[str, Any]] = {}
    for n in sizes:
        results[n] = run_size(n, args)
        path.write_text(json.dumps({"machine": machine(), "args": vars(args),
                                    "load": os.getloadavg(),
                                    "results": {str(k): v for k, v in results.items()}},
                                   indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"N={n:,} done; partial results in {path}", file=sys.stderr)
    print(_table(results))
    print(f"\nmachine: {machine()}\nwritten: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

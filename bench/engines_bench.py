"""DuckDB against Polars' streaming engine on the out-of-core path's own operations.

``python -m bench.engines_bench --copies 1,10,100`` takes the mention table of the bench's
10^4 corpus (extracted from its cached Parquet shards, ``bench/data/synth-10000-s1``; run
``python -m bench.scale_bench --sizes 10000`` once first), makes it ``k`` disjoint pools
large (every source, strong key and name block suffixed with the copy number, so the
joins grow linearly, as a larger pool's would) and times, each engine in a forked child
with its peak RSS:

* **strong pairs**: the e-mails/phones/URLs exploded and self-joined (``a < b``), written
  to Parquet (:func:`talentgraph.graph.bulk.resolve._union_pairs`);
* **blocks in order**: the mentions with a name block sorted by (block, idx) and written
  (what ``_block_pairs`` streams);
* **merge by key**: rows grouped by a key with their values gathered into lists (how
  ``build`` merges a chunk's nodes by id).

DuckDB runs under the path's memory limit (``--memory``); Polars has no such limit.
Prints a table and writes ``bench/results/engines-<timestamp>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.run import ROOT, _parser_digest, machine
from bench.scale_bench import in_child

__all__ = ["main"]

OPERATIONS = ("strong pairs", "blocks in order", "merge by key")


def mention_table(shards: Path, out: Path) -> Path:
    """The mention table of the shards (written once into ``out``)."""
    from talentgraph.graph.bulk.columnar import shard_files
    from talentgraph.graph.bulk.mentions import extract_mentions

    mentions = out / "mentions.parquet"
    if not mentions.exists():
        extract_mentions(shard_files([shards]), mentions, out / "names.parquet")
    return mentions


def scaled(mentions: Path, copies: int, out: Path) -> Path:
    """``copies`` disjoint copies of the mention table, with a dense ``idx``."""
    import duckdb

    target = out / f"mentions-x{copies}.parquet"
    if not target.exists():
        duckdb.sql(f"""
            COPY (SELECT (row_number() OVER (ORDER BY c.k, m.src, m.local) - 1)::BIGINT AS idx,
                         m.src || '#' || c.k AS src, m.local, m.name,
                         list_transform(m.strong, lambda s: s || '#' || c.k) AS strong,
                         m.block || '#' || c.k AS block
                  FROM read_parquet('{mentions}') m, range({copies}) c(k))
            TO '{target}' (FORMAT parquet)""")
    return target


def duckdb_op(name: str, table: Path, out: Path, memory: str) -> Callable[[], int]:
    def run() -> int:
        import duckdb

        con = duckdb.connect(str(out / "bench.duckdb"))
        con.execute(f"SET memory_limit = '{memory}'")
        con.execute(f"SET temp_directory = '{out / 'spill'}'")
        con.execute("SET preserve_insertion_order = false")
        source = f"read_parquet('{table}')"
        query = {
            "strong pairs": f"""
                WITH s AS (SELECT idx, unnest(strong) AS key FROM {source})
                SELECT s1.key, s1.idx AS a, s2.idx AS b FROM s s1
                JOIN s s2 ON s1.key = s2.key AND s1.idx < s2.idx""",
            "blocks in order": f"SELECT block, idx, src, name FROM {source} "
                               "WHERE block IS NOT NULL ORDER BY block, idx",
            "merge by key": f"SELECT block, list(src ORDER BY src) AS sources, count(*) AS n "
                            f"FROM {source} WHERE block IS NOT NULL GROUP BY block",
        }[name]
        con.execute(f"COPY ({query}) TO '{out / 'result.parquet'}' (FORMAT parquet)")
        rows = con.execute(f"SELECT count(*) FROM '{out / 'result.parquet'}'").fetchone()[0]
        con.close()
        os.remove(out / "bench.duckdb")
        return rows
    return run


def polars_op(name: str, table: Path, out: Path) -> Callable[[], int]:
    def run() -> int:
        import polars as pl

        m = pl.scan_parquet(table)
        if name == "strong pairs":
            s = m.select("idx", pl.col("strong").alias("key")).explode("key") \
                .drop_nulls("key")
            plan = (s.join(s, on="key", suffix="_b").filter(pl.col("idx") < pl.col("idx_b"))
                    .select("key", pl.col("idx").alias("a"), pl.col("idx_b").alias("b")))
        elif name == "blocks in order":
            plan = (m.filter(pl.col("block").is_not_null())
                    .select("block", "idx", "src", "name").sort("block", "idx"))
        else:
            plan = (m.filter(pl.col("block").is_not_null()).group_by("block")
                    .agg(pl.col("src").sort().alias("sources"), pl.len().alias("n")))
        plan.sink_parquet(out / "result.parquet", engine="streaming")
        return pl.scan_parquet(out / "result.parquet").select(pl.len()).collect().item()
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.engines_bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--copies", default="1,10,100",
                        help="pool copies; 100 is the mention count of 10^6 people")
    parser.add_argument("--memory", default="1GB", help="DuckDB's memory limit")
    parser.add_argument("--corpus", default=str(ROOT / "data" / "synth-10000-s1"))
    parser.add_argument("--results", default=str(ROOT / "results"))
    args = parser.parse_args(argv)
    shards = Path(args.corpus) / f"shards-{_parser_digest()}"
    if not shards.exists():
        parser.error(f"{shards}: no cached shards; run python -m bench.scale_bench first")
    work = Path(tempfile.mkdtemp(prefix="tg-engines-"))
    (work / "spill").mkdir()
    # set-up in children too: a forked child's peak starts from its parent's RSS
    mentions = in_child(lambda: mention_table(shards, work))[1]
    rows: list[dict[str, Any]] = []
    for copies in [int(c) for c in args.copies.split(",")]:
        table = in_child(lambda c=copies: scaled(mentions, c, work))[1]
        import pyarrow.parquet as pq

        count = pq.ParquetFile(table).metadata.num_rows
        for op in OPERATIONS:
            for engine, fn in (("duckdb", duckdb_op(op, table, work, args.memory)),
                               ("polars", polars_op(op, table, work))):
                measured, result = in_child(fn)
                rows.append({"mentions": count, "operation": op, "engine": engine,
                             "result_rows": result, **measured})
                print(f"{count:>10,} {op:<16} {engine:<7} {measured['seconds']:7.1f}s "
                      f"cpu {measured['cpu']:7.1f}s peak {measured['peak_mib']:7,.0f} MiB "
                      f"({result:,} rows)", file=sys.stderr)
    head = "| mentions | operation | DuckDB s / peak MiB | Polars streaming s / peak MiB |"
    lines = [head, "|---|---|---|---|"]
    for i in range(0, len(rows), 2):
        d, p = rows[i], rows[i + 1]
        lines.append(f"| {d['mentions']:,} | {d['operation']} | {d['seconds']:.1f} / "
                     f"{d['peak_mib']:,.0f} | {p['seconds']:.1f} / {p['peak_mib']:,.0f} |")
    print("\n".join(lines))
    out = Path(args.results)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"engines-{dt.datetime.now().strftime('%Y%m%dT%H%M%S')}.json"
    path.write_text(json.dumps({"machine": machine(), "load": os.getloadavg(), "args": vars(args),
                                "rows": rows}, indent=2) + "\n", "utf-8")
    print(f"\nwritten: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

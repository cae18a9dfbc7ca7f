"""The embedded analytical engine of the out-of-core path: DuckDB.

Why DuckDB and not Polars' streaming engine: ``python -m bench.engines_bench`` ran the
path's heavy operations (the strong-key self-join, the mentions sorted by name block, a
group-by gathering lists, as the build merges rows by id) on both, up to 3.8M mentions
(the mention count of 10^6 people): within ~10% of each other in time, and within a
quarter in peak memory, each ahead on some (docs/scale.md). So the choice rests on what
the path needs beyond those: intermediate tables that persist between steps in one
database file, and one ``memory_limit`` that every join, sort and aggregation spills
under.

One DuckDB database file per run, in the work folder, so intermediate tables spill to
disk instead of living in this process.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

__all__ = ["DEFAULT_MEMORY", "connect", "sql_list", "stream"]

log = logging.getLogger(__name__)

#: DuckDB's memory limit unless told otherwise: the bulk path must run 10^6 résumés
#: within 10 GB for the whole process, Python's own data included.
DEFAULT_MEMORY = "3GB"


def connect(work: Path, memory_limit: str = DEFAULT_MEMORY,
            threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection on ``work/engine.duckdb``, spilling to ``work/spill``."""
    spill = work / "spill"
    spill.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(work / "engine.duckdb"))
    con.execute(f"SET memory_limit = '{memory_limit}'")
    con.execute(f"SET temp_directory = '{sql_text(str(spill))}'")
    con.execute(f"SET threads = {int(threads or os.cpu_count() or 1)}")
    # results are read in the order the queries ask for; nothing else needs order kept
    con.execute("SET preserve_insertion_order = false")
    return con


def sql_text(value: str) -> str:
    """``value`` inside a single-quoted SQL string literal (paths only)."""
    return value.replace("'", "''")


def sql_list(paths: list[Path]) -> str:
    """A SQL list literal of file paths, for ``read_parquet([...])``."""
    return "[" + ", ".join(f"'{sql_text(str(p))}'" for p in paths) + "]"


def stream(con: duckdb.DuckDBPyConnection, query: str, params: list[Any] | None = None,
           rows: int = 50_000) -> Iterator[pa.RecordBatch]:
    """The result of ``query`` in Arrow batches (memory holds one batch)."""
    yield from con.sql(query, params=params).to_arrow_reader(rows)

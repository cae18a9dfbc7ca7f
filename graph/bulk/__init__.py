"""The out-of-core path: parsed résumés as Parquet shards in, the graph as Parquet tables out.

For pools too large to build in one Python process (10^5 résumés held 12–15 GB as a
networkx graph plus parsed résumés), resolve and build run over columnar files with an
embedded analytical engine (:mod:`.engine`, DuckDB), chunk by chunk:

read shards (:mod:`.columnar`) → mentions (:mod:`.mentions`) → resolution by joins and
per-block rules (:mod:`.resolve`) → the graph's rows per chunk, merged by id
(:mod:`.build`) → bulk load: LadybugDB ``COPY FROM`` Parquet (:mod:`.ladybug`) or the
``neo4j-admin database import`` files and the chunked writer for a live Neo4j
(:mod:`.neo4j`).  :mod:`.spark` runs the same blocking and rules on Apache Spark.

Every decision is the in-memory path's own function (the resolver's rules, the builder's
assembler, the stores' merge rules), so both paths give the same graph.  This path fills
a fresh store; incremental loads stay on the in-memory path (``talentgraph load``).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from .build import GraphTables, SourceRow, build_tables
from .columnar import shard_files
from .engine import DEFAULT_MEMORY, connect, sql_text
from .mentions import OrgNames, Screen, extract_mentions
from .resolve import Resolved, resolve_tables

__all__ = ["BulkGraph", "bulk_graph"]

log = logging.getLogger(__name__)


@dataclass
class BulkGraph:
    """What :func:`bulk_graph` made: the graph tables, the resolution's counts, what the
    screen skipped and each step's seconds.  ``work/engine.duckdb`` keeps the engine's
    tables (``owner``: source → person id; ``people``; ``who``)."""

    work: Path
    tables: GraphTables
    resolved: Resolved
    resumes: int
    skipped: list[str]
    seconds: dict[str, float] = field(default_factory=dict)


def _resolved_elsewhere(con: duckdb.DuckDBPyConnection, folder: Path,
                        ) -> tuple[Resolved, OrgNames]:
    """The tables a resolution on Spark wrote (:func:`.spark.resolve_on_spark` after
    :func:`.spark.mentions_on_spark`: ``mentions/ names/ owner/ who/ people/``) as the
    engine's ``owner``, ``who`` and ``people``, and the pool's organization names."""
    def files(part: str) -> str:
        return f"read_parquet('{sql_text(str(folder / part))}/*.parquet')"

    for table in ("owner", "who", "people"):
        con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM {files(table)}")
    orgs = OrgNames(row[0] for row in con.execute(
        f"SELECT DISTINCT a.org FROM (SELECT unnest(affiliations) AS a "
        f"FROM {files('mentions')})").fetchall())
    count = con.execute(f"SELECT count(*) FROM {files('mentions')}").fetchone()[0]
    people = con.execute("SELECT count(*) FROM people").fetchone()[0]
    # Spark does not report its pair count or the refused shared keys
    return Resolved(mentions=count, people=people, pairs=0, conflicts=[]), orgs


def bulk_graph(shards: list[Path], work: Path, *, screen: Screen | None = None,
               source_row: SourceRow | None = None, memory_limit: str = DEFAULT_MEMORY,
               threads: int | None = None, resolved: Path | None = None) -> BulkGraph:
    """Resolve and build the graph of every résumé in ``shards`` (files or folders of
    :mod:`.columnar` shards) out of core, in the folder ``work``; with ``resolved`` (the
    output folder of a Spark resolution of these shards) only build."""
    work.mkdir(parents=True, exist_ok=True)
    files = shard_files(shards)
    seconds: dict[str, float] = {}
    if resolved is not None and screen is not None:
        raise ValueError("a resolution made elsewhere cannot be screened here: screen the "
                         "shards before resolving them")
    con = None
    try:
        if resolved is None:
            start = time.perf_counter()
            found = extract_mentions(files, work / "mentions.parquet", work / "names.parquet",
                                     screen)
            orgs = OrgNames(found.raw_orgs)
            found.raw_orgs.clear()
            seconds["mentions"] = time.perf_counter() - start
            con = connect(work, memory_limit, threads)
            start = time.perf_counter()
            result = resolve_tables(con, work / "mentions.parquet", work / "names.parquet",
                                    orgs, work)
            seconds["resolve"] = time.perf_counter() - start
            resumes, skipped = found.resumes, found.skipped
        else:
            con = connect(work, memory_limit, threads)
            result, orgs = _resolved_elsewhere(con, resolved)
            resumes, skipped = con.execute("SELECT count(*) FROM owner").fetchone()[0], []
        start = time.perf_counter()
        tables = build_tables(con, files, orgs, work, screen=screen, source_row=source_row)
        seconds["build"] = time.perf_counter() - start
    finally:
        if con is not None:
            con.close()
    return BulkGraph(work=work, tables=tables, resolved=result, resumes=resumes,
                     skipped=skipped, seconds=seconds)

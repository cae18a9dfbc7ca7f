"""The graph out of core: résumés assembled chunk by chunk, rows merged by id in the engine.

The in-memory builder (:mod:`talentgraph.graph.build`) turns résumés into nodes and edges
one résumé at a time, given who is who, and merges what several résumés say about one
node by order-free rules (:func:`~talentgraph.graph.model.merge_value`).  Only one of its
decisions looks at more than one résumé: a role told twice by one person's two résumés
becomes one ``WORKED_AT`` edge (``_same_role``).  So:

1. résumés are partitioned by the person who owns them (every résumé of a person in one
   chunk of a few thousand), with the slice of the resolution each chunk needs: the
   records and name look-ups of the people its résumés mention;
2. each chunk goes through the builder's own assembler (``_GraphAssembler``) into a small
   graph, whose rows (:func:`~talentgraph.graph.store.rows.group_rows`, typed as the
   stores write them) are appended to one Parquet file per label and per relationship
   type and endpoint labels;
3. the engine merges the rows of each file by id with the same rules in SQL: lists
   become sorted unions (``sources`` included), :data:`~talentgraph.graph.model.UNION_FLAGS`
   are or-ed, any other value keeps the smallest (nulls never win).

The result is one Parquet table per label and per (type, source label, target label),
the same rows ``write_graph`` would have written for the in-memory graph; no step holds
more than a chunk's graph in Python.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from talentgraph.graph.build import _GraphAssembler
from talentgraph.graph.careers.asof import AsOf
from talentgraph.graph.model import UNION_FLAGS
from talentgraph.graph.resolve import PersonRecord, Resolution
from talentgraph.graph.store.embedded_schema import DST, SRC, arrow_rows
from talentgraph.graph.store.rows import NodeRows, RelRows, group_rows
from talentgraph.loaders.models import Resume
from talentgraph.ontology.schema import Label, PropertySpec, Rel, schema

from .columnar import LOCATION_COLUMNS, resume_of
from .engine import sql_list, sql_text
from .mentions import OrgNames, Screen

__all__ = ["CHUNK_RESUMES", "GraphTables", "build_tables"]

log = logging.getLogger(__name__)

#: Résumés per chunk (rounded to whole people): a chunk's graph is what Python holds.
CHUNK_RESUMES = 5_000

#: What the caller keeps of each résumé besides the graph (the store's ``_Source`` row).
SourceRow = Callable[[Resume, dict[str, str]], dict[str, Any]]


@dataclass
class GraphTables:
    """The graph as Parquet tables: node files by label, relationship files by
    (type, source label, target label), and the rows in each."""

    nodes: dict[Label, Path] = field(default_factory=dict)
    rels: dict[tuple[Rel, Label, Label], Path] = field(default_factory=dict)
    counts: dict[Path, int] = field(default_factory=dict)
    sources: Path | None = None  # the caller's per-résumé rows (the ledger's _Source)

    @property
    def node_count(self) -> int:
        return sum(self.counts[p] for p in self.nodes.values())

    @property
    def rel_count(self) -> int:
        return sum(self.counts[p] for p in self.rels.values())


def _rel_file(rel: Rel, source: Label, target: Label) -> str:
    return f"{rel.value}__{source.value}__{target.value}"


class _Parts:
    """One Parquet writer per label and per relationship group, appended chunk by chunk."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.writers: dict[Any, pq.ParquetWriter] = {}
        self.files: dict[Any, Path] = {}

    def add(self, key: Any, name: str, table: pa.Table) -> None:
        if key not in self.writers:
            self.files[key] = self.folder / f"{name}.parquet"
            self.writers[key] = pq.ParquetWriter(self.files[key], table.schema,
                                                 compression="zstd")
        self.writers[key].write_table(table)

    def close(self) -> None:
        for writer in self.writers.values():
            writer.close()


def _emit(parts: _Parts, nodes: list[NodeRows], rels: list[RelRows]) -> None:
    for group in nodes:
        parts.add(group.label, group.label.value,
                  arrow_rows(group.rows, group.specs, prefix=""))
    for group in rels:
        key = (group.type, group.source_label, group.target_label)
        parts.add(key, _rel_file(*key),
                  arrow_rows(group.rows, group.specs, prefix="", endpoints=(SRC, DST)))


def _merge_expr(key: str, spec: PropertySpec) -> str:
    """SQL merging one property over the rows of one id, as ``merge_value`` does."""
    col = f'"{key}"'
    if spec.is_list:
        # one value is kept as written (merge_value only sorts what it unites)
        return (f"CASE WHEN count({col}) = 0 THEN NULL "
                f"WHEN count({col}) = 1 THEN first({col}) FILTER (WHERE {col} IS NOT NULL) "
                f"ELSE list_sort(list_distinct(flatten("
                f"list({col}) FILTER (WHERE {col} IS NOT NULL)))) END AS {col}")
    if spec.datatype == "boolean":
        return f"{'bool_or' if key in UNION_FLAGS else 'bool_and'}({col}) AS {col}"
    return f"min({col}) AS {col}"


def _merge(con: duckdb.DuckDBPyConnection, part: Path, out: Path,
           specs: dict[str, PropertySpec], rel: bool) -> int:
    keys = ["id", SRC, DST] if rel else ["id"]
    aggregates = [_merge_expr(k, s) for k, s in specs.items() if k != "id"]
    group = ", ".join(f'"{k}"' for k in keys)
    columns = ([f'"{SRC}"', f'"{DST}"'] if rel else []) + [f'"{k}"' for k in specs]
    con.execute(f"""
        COPY (SELECT {', '.join(columns)} FROM (
                SELECT {group}, {', '.join(aggregates)}
                FROM read_parquet('{sql_text(str(part))}') GROUP BY {group}))
        TO '{sql_text(str(out))}' (FORMAT parquet, COMPRESSION zstd)""")
    if rel:
        twice = con.execute(
            f"SELECT id FROM read_parquet('{sql_text(str(out))}') "
            "GROUP BY id HAVING count(*) > 1 LIMIT 1").fetchall()
        if twice:
            raise ValueError(f"edge id {twice[0][0]!r} is used by more than one edge")
    return con.execute(f"SELECT count(*) FROM read_parquet('{sql_text(str(out))}')"
                       ).fetchone()[0]


def _partition(con: duckdb.DuckDBPyConnection, shards: list[Path], work: Path,
               chunks: int) -> Path:
    """Write the résumés, name look-ups and person records partitioned by chunk."""
    folder = work / "chunks"
    folder.mkdir(parents=True, exist_ok=True)
    con.execute(f"CREATE OR REPLACE TABLE chunk_of AS SELECT src, person, "
                f"(hash(person) % {chunks})::INTEGER AS chunk FROM owner")
    con.execute(f"""
        COPY (SELECT c.chunk, c.person AS _owner, r.*
              FROM read_parquet({sql_list(shards)}, union_by_name = true) r
              JOIN chunk_of c ON r.source_file = c.src)
        TO '{sql_text(str(folder / "resumes"))}' (FORMAT parquet, PARTITION_BY (chunk))""")
    con.execute(f"""
        COPY (SELECT c.chunk, w.src, w.key, w.person FROM who w JOIN chunk_of c USING (src))
        TO '{sql_text(str(folder / "who"))}' (FORMAT parquet, PARTITION_BY (chunk))""")
    con.execute(f"""
        COPY (SELECT x.chunk, p.* FROM people p JOIN (
                SELECT DISTINCT c.chunk, w.person FROM (
                    SELECT src, person FROM who UNION ALL SELECT src, person FROM owner) w
                JOIN chunk_of c USING (src)) x ON p.id = x.person)
        TO '{sql_text(str(folder / "people"))}' (FORMAT parquet, PARTITION_BY (chunk))""")
    return folder


def _read(folder: Path) -> list[dict[str, Any]]:
    if not folder.exists():
        return []
    return pq.read_table(folder, partitioning=None).to_pylist()


def _chunk_resolution(folder: Path, chunk: int, resumes: list[dict[str, Any]]) -> Resolution:
    part = f"chunk={chunk}"
    people = {row["id"]: PersonRecord(**{k: row[k] for k in PersonRecord.__dataclass_fields__})
              for row in _read(folder / "people" / part)}
    who = {(row["src"], row["key"]): row["person"] for row in _read(folder / "who" / part)}
    return Resolution(people=people, owner_of={r["source_file"]: r["_owner"] for r in resumes},
                      _by_name=who)


def _chunks(folder: Path, chunks: int) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """Each chunk's résumé rows (with their owner's id), in source order."""
    for chunk in range(chunks):
        rows = _read(folder / "resumes" / f"chunk={chunk}")
        yield chunk, sorted(rows, key=lambda r: r["source_file"])


def build_tables(con: duckdb.DuckDBPyConnection, shards: list[Path], orgs: OrgNames,
                 work: Path, *, screen: Screen | None = None,
                 source_row: SourceRow | None = None,
                 chunk_resumes: int = CHUNK_RESUMES, as_of: AsOf | None = None) -> GraphTables:
    """Assemble the graph of the résumés resolution kept (table ``owner``) into Parquet
    tables under ``work/graph``; ``source_row`` turns each résumé into the caller's
    bookkeeping row, written to ``work/graph/sources.parquet``."""
    as_of = as_of or AsOf()  # open-ended roles run to the load date, as build_graph's
    resumes = con.execute("SELECT count(*) FROM owner").fetchone()[0]
    chunks = max(1, -(-resumes // chunk_resumes))
    folder = _partition(con, shards, work, chunks)
    parts = _Parts(work / "parts")
    source_rows: list[dict[str, Any]] = []
    source_writer: pq.ParquetWriter | None = None
    out = work / "graph"
    out.mkdir(parents=True, exist_ok=True)
    for chunk, rows in _chunks(folder, chunks):
        if not rows:
            continue
        resolution = _chunk_resolution(folder, chunk, rows)
        assembler = _GraphAssembler(resolution, orgs.names, as_of)
        kept: list[Resume] = []
        for row in rows:
            resume = resume_of(row)
            if screen is not None:
                resume = screen(resume)
                if resume is None:  # resolution already left it out
                    raise ValueError(f"{row['source_file']}: screened out after resolution")
            assembler.resume(resume)
            kept.append(resume)
            if source_row is not None:
                source_rows.append(source_row(resume, {c: row[c] for c in LOCATION_COLUMNS}))
        # a chunk holds whole people, so their occupations and skill months are complete
        assembler.careers.finish(kept, resolution.owner_of)
        nodes, rels = group_rows(assembler.b.finish())
        _emit(parts, nodes, rels)
        if source_rows:
            table = pa.Table.from_pylist(source_rows)
            if source_writer is None:
                source_writer = pq.ParquetWriter(out / "sources.parquet", table.schema,
                                                 compression="zstd")
            source_writer.write_table(table)
            source_rows = []
        log.info("chunk %d of %d: %d résumés", chunk + 1, chunks, len(rows))
    parts.close()
    if source_writer is not None:
        source_writer.close()
    tables = GraphTables(sources=out / "sources.parquet" if source_writer else None)
    for key, part in parts.files.items():
        rel = isinstance(key, tuple)
        specs = schema().rels[key[0]].properties if rel else schema().nodes[key].properties
        final = out / part.name
        tables.counts[final] = _merge(con, part, final, specs, rel)
        (tables.rels if rel else tables.nodes)[key] = final
    log.info("graph tables: %d nodes, %d relationships", tables.node_count, tables.rel_count)
    return tables

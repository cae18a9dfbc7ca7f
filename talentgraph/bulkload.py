"""The bulk load, top to bottom: files → Parquet shards (all cores) → resolve + build out
of core (:mod:`talentgraph.graph.bulk`) → the store's bulk path.

For a pool too large for :mod:`talentgraph.pipeline`'s in-memory build (10^5 résumés held
12–15 GB there).  Only into an empty store: LadybugDB takes the tables by ``COPY``,
Neo4j by the chunked concurrent writer (a fresh database can instead be made offline by
``neo4j-admin database import`` from :func:`talentgraph.graph.bulk.neo4j.write_import`).
The store's bookkeeping is written as an in-memory load writes it (``_Root``,
``_Source`` with each parsed résumé, ``_Meta``), so later ``talentgraph load`` runs are
incremental on top, and the store's erasures are honoured: an erased person's résumé is
skipped and erased co-authors are left out (:class:`~talentgraph.erasure.Tombstones`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from talentgraph.erasure import Tombstones, new_salt
from talentgraph.graph.bulk import BulkGraph, bulk_graph
from talentgraph.graph.bulk.columnar import Located, ShardWriter, shard_files
from talentgraph.graph.bulk.engine import DEFAULT_MEMORY
from talentgraph.graph.bulk.ladybug import copy_ledger_sources, copy_tables, graph_is_empty
from talentgraph.graph.cypher_files import NEO4J
from talentgraph.graph.store.base import GraphStore, StoreError
from talentgraph.graph.store.ledger import VERSION, LedgerChanges
from talentgraph.identity import Roots, SourceFile
from talentgraph.loaders import InputError
from talentgraph.loaders.models import Resume
from talentgraph.parallel import run_ordered
from talentgraph.pipeline import Failed, Parsed, Task, failure, prepare, stored_form

__all__ = ["BulkReport", "ShardReport", "bulk_load", "parse_to_shards"]

log = logging.getLogger(__name__)


@dataclass
class ShardReport:
    """What :func:`parse_to_shards` wrote and what failed."""

    written: int = 0
    files: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


def _row(task: Task | Failed) -> dict[str, Any] | Failed:
    """One file parsed into a shard row (a worker's task; plain data back, no pydantic
    object to unpickle in the parent)."""
    outcome = prepare(task)
    if isinstance(outcome, Failed):
        return outcome
    assert isinstance(outcome, Parsed)
    source = outcome.source
    return {"resume": outcome.resume.model_dump(), "root": source.key.partition("/")[0],
            "root_path": str(source.root), "path": source.rel}


def default_tag() -> str:
    """A shard file tag unique to this run (host and process), so shards written by
    several machines into one folder never collide."""
    host = "".join(c if c.isalnum() else "-" for c in socket.gethostname())[:24] or "host"
    return f"{host}-{os.getpid()}-{int(time.time())}"


def parse_to_shards(items: Iterable[SourceFile | InputError], out: Path, *, jobs: int,
                    tag: str | None = None, roots: Roots | None = None,
                    progress: Callable[[int], None] | None = None) -> ShardReport:
    """Parse the discovered files into Parquet shards under ``out``.  A file's source key
    is the one a load gives it: by ``roots`` (a store's), or ``<folder>/<path>``."""
    report = ShardReport()
    start = time.perf_counter()
    tasks: list[Task | Failed] = []
    for item in items:
        if isinstance(item, InputError):
            tasks.append(Failed(str(item.path), item.reason))
            continue
        if roots is not None:
            item = roots.assign(item)
        elif not item.key:
            item = SourceFile(item.path, item.root, item.rel, f"{item.root.name}/{item.rel}")
        # the shard records the root and the path inside it as the key names them
        name, _, rel = item.key.partition("/") if "/" in item.key else ("", "", item.key)
        base = (roots.paths.get(name) if roots is not None else None) or str(item.root)
        tasks.append(Task(SourceFile(item.path, Path(base), rel, item.key), None, True))
    with ShardWriter(out, tag or default_tag()) as writer:
        for task, result in run_ordered(_row, tasks, jobs=jobs, window=max(64, 8 * jobs)):
            if progress:
                progress(1)
            if (failed := failure(task, result)) is not None:
                report.failed.append((failed.path, failed.reason))
                continue
            writer.add(Located(**result))
        writer.close()
        report.written = writer.written
        report.files = list(writer.files)
    report.seconds = time.perf_counter() - start
    return report


@dataclass
class BulkReport:
    """What :func:`bulk_load` did."""

    loaded: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, erasure date)
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)
    nodes: int = 0
    relationships: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    graph: BulkGraph | None = None


def _roots(files: list[Path], recorded: dict[str, str]) -> dict[str, str]:
    """Root name -> path of the shards' files; a name two shards give different folders
    would make two pools' keys collide, so it is refused."""
    import duckdb

    from talentgraph.graph.bulk.engine import sql_list

    found: dict[str, str] = {}
    rows = duckdb.sql(f"SELECT DISTINCT root, root_path FROM read_parquet({sql_list(files)})"
                      ).fetchall() if files else []
    for name, path in rows:
        other = found.get(name) or recorded.get(name)
        if other is not None and other != path:
            raise StoreError(f"the shards name two folders {name!r} ({other} and {path}): "
                             "parse them with distinct folder names")
        found[name] = path
    return {k: v for k, v in found.items() if k not in recorded}


def bulk_load(shards: list[Path], store: GraphStore, *, work: Path | None = None,
              memory_limit: str = DEFAULT_MEMORY, writers: int = 2,
              resolved: Path | None = None) -> BulkReport:
    """Resolve, build and write every résumé of ``shards`` into ``store``, whose graph
    must be empty (see the module docstring); with ``resolved`` (the output folder of
    :func:`talentgraph.graph.bulk.spark.main` on these shards) build from that
    resolution instead."""
    if not graph_is_empty(store):
        raise StoreError("a bulk load needs a store without a graph (this one has résumés "
                         "loaded): use 'talentgraph load' for incremental loads")
    files = shard_files(shards)
    state = store.ledger_state()
    salt = state.salt or new_salt()
    tombstones = Tombstones.of(salt, state.erasures)
    report = BulkReport()
    today = dt.date.today().isoformat()

    def screen(resume: Resume) -> Resume | None:
        erased = tombstones.match(resume)
        if erased is not None:
            report.skipped.append((resume.source_file, erased.date))
            return None
        return tombstones.scrub(resume)

    def source_row(resume: Resume, where: dict[str, str]) -> dict[str, Any]:
        return {"id": resume.source_file, "root": where["root"], "path": where["path"],
                "sha256": resume.sha256, "loaded": today, "resume": stored_form(resume)}

    if resolved is not None and tombstones:
        raise StoreError("this store has erased people, which a resolution made elsewhere "
                         "did not screen out: load the shards without --resolved")
    roots = _roots(files, state.roots)
    with tempfile.TemporaryDirectory(prefix="talentgraph-bulk-", dir=work) as tmp:
        graph = bulk_graph(files, Path(tmp), screen=screen if tombstones else None,
                           source_row=source_row, memory_limit=memory_limit,
                           resolved=resolved)
        report.skipped = sorted(set(report.skipped))
        report.graph = graph
        report.seconds.update(graph.seconds)
        report.conflicts = graph.resolved.conflicts
        start = time.perf_counter()
        _write(store, graph, writers)
        changes = LedgerChanges(meta=(VERSION, salt, state.generation + 1), roots=roots)
        if graph.tables.sources is not None:
            _write_sources(store, graph.tables.sources)
        store.update_ledger(changes)
        report.seconds["write"] = time.perf_counter() - start
    report.loaded = graph.resumes
    report.nodes, report.relationships = graph.tables.node_count, graph.tables.rel_count
    return report


def _write(store: GraphStore, graph: BulkGraph, writers: int) -> None:
    if store.dialect == NEO4J:
        from talentgraph.graph.bulk.neo4j import write_live

        write_live(store, graph.tables, workers=writers)
    else:
        copy_tables(store, graph.tables)


def _write_sources(store: GraphStore, file: Path) -> None:
    if store.dialect != NEO4J:
        copy_ledger_sources(store, file)
        return
    reader = pq.ParquetFile(file)
    for batch in reader.iter_batches(batch_size=2_000):
        store.update_ledger(LedgerChanges(sources=batch.to_pylist()))

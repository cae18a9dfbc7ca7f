"""The graph tables into Neo4j: offline import files for a fresh database, or the
chunked concurrent writer for a running one.

* :func:`write_import` streams each table into the CSV layout of
  :mod:`talentgraph.graph.export.neo4j_import` (headers typed from the ontology, one ID
  space per label, extra labels from the ontology's flags, the same value formatting),
  one Parquet batch at a time, so ``neo4j-admin database import full @import.args neo4j``
  builds the database without a transaction and without the graph in memory.
* :func:`write_live` inserts the rows into a server whose graph is empty: commits of
  ``chunk_rows`` rows by ``workers`` concurrent sessions, nodes before relationships, a
  chunk the server aborts as transient (a deadlock between the writers) retried; the
  rows are known to be new, so nothing is looked up first.  Not atomic: a failure says
  how many rows were committed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from talentgraph.graph.export.files import private_dir
from talentgraph.graph.export.neo4j_import import (
    ImportBundle,
    _Field,
    _labels,
    _write_command,
    _write_csv,
    column,
)
from talentgraph.graph.store.base import GraphStore, StoreError
from talentgraph.graph.store.embedded_schema import DST, SRC
from talentgraph.graph.store.rows import DST as ROW_DST
from talentgraph.graph.store.rows import SRC as ROW_SRC
from talentgraph.graph.store.rows import NodeRows, RelRows

from .build import GraphTables
from .ladybug import graph_is_empty

__all__ = ["write_import", "write_live"]

log = logging.getLogger(__name__)

BATCH_ROWS = 20_000
RETRIES = 8


def _rows(path: Path, batch_rows: int) -> Iterator[list[dict[str, Any]]]:
    """A table's rows in batches, endpoints under the names the store rows use."""
    for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_rows):
        rows = batch.to_pylist()
        if rows and SRC in rows[0]:
            for row in rows:
                row[ROW_SRC], row[ROW_DST] = row.pop(SRC), row.pop(DST)
        yield rows


def write_import(tables: GraphTables, out_dir: str | Path) -> ImportBundle:
    """Write the tables as ``neo4j-admin database import full`` CSVs plus
    ``import.args`` and ``import.sh``; the files are those
    :func:`~talentgraph.graph.export.neo4j_import.write_neo4j_import` writes for the
    same graph, rows in another order."""
    out = Path(out_dir)
    private_dir(out)
    bundle = ImportBundle(out)
    fmt = _Field()
    for label, path in sorted(tables.nodes.items()):
        group = NodeRows(label)
        specs = group.specs
        keys = [k for k in specs if k != "id"]
        header = [f"id:ID({label.value})", ":LABEL", *(column(k, specs[k]) for k in keys)]
        lines = ([fmt.text(row["id"]), _labels(group, row),
                  *(fmt.value(row[k], specs[k]) for k in keys)]
                 for rows in _rows(path, BATCH_ROWS) for row in rows)
        name = f"nodes/{label.value}.csv"
        bundle.node_files[name] = _write_csv(out / name, header, lines)
    for (rel, source, target), path in sorted(tables.rels.items()):
        specs = RelRows(rel, source, target).specs
        header = [f":START_ID({source.value})", f":END_ID({target.value})", ":TYPE",
                  *(column(k, spec) for k, spec in specs.items())]
        lines = ([fmt.text(row[ROW_SRC]), fmt.text(row[ROW_DST]), rel.value,
                  *(fmt.value(row[k], spec) for k, spec in specs.items())]
                 for rows in _rows(path, BATCH_ROWS) for row in rows)
        name = f"relationships/{rel.value}__{source.value}__{target.value}.csv"
        bundle.relationship_files[name] = _write_csv(out / name, header, lines)
    _write_command(out, bundle, fmt)
    return bundle


def _insert(store: GraphStore, group: NodeRows | RelRows) -> int:
    for attempt in range(1, RETRIES + 1):
        try:
            with store._chunk_transaction() as tx:
                store._insert(tx, group, group.rows, {})
            return len(group.rows)
        except StoreError as err:
            if not err.transient or attempt == RETRIES:
                raise
            log.info("live bulk write: retrying a chunk of %d rows (%s)", len(group.rows), err)
            time.sleep(0.05 * attempt)
    raise AssertionError("unreachable")


def write_live(store: GraphStore, tables: GraphTables, *, workers: int = 2,
               chunk_rows: int = 5_000) -> int:
    """Insert every row of ``tables`` into ``store`` (its graph must be empty); the rows
    written.  Nodes first, then relationships, each kind by ``workers`` sessions."""
    if not graph_is_empty(store):
        raise StoreError("a bulk write needs a store without a graph")
    committed = 0
    total = tables.node_count + tables.rel_count
    kinds: list[list[tuple[Any, Path]]] = [
        [(NodeRows(label), path) for label, path in sorted(tables.nodes.items())],
        [(RelRows(*key), path) for key, path in sorted(tables.rels.items())],
    ]
    try:
        for kind in kinds:
            chunks = ((type(proto)(**{**vars(proto), "rows": rows}))
                      for proto, path in kind for rows in _rows(path, chunk_rows))
            with ThreadPoolExecutor(max(1, workers), thread_name_prefix="bulk-live") as pool:
                pending = set()
                for chunk in chunks:
                    pending.add(pool.submit(_insert, store, chunk))
                    if len(pending) >= 2 * workers:  # a bounded number of chunks in memory
                        done = next(as_completed(pending))
                        pending.remove(done)
                        committed += done.result()
                for done in as_completed(pending):
                    committed += done.result()
    except StoreError as err:
        raise StoreError(f"bulk write failed after committing {committed:,} of {total:,} "
                         f"rows: {err}") from err
    return committed

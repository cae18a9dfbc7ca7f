"""Bulk load of the graph tables into a fresh embedded store: ``COPY ... FROM`` Parquet.

LadybugDB reads the Parquet files itself (no row passes through Python), one statement
per label and per relationship file, each committed on its own: as one transaction the
10^5 graph spent 84 of 132 s in ``COMMIT`` (docs/scale.md), and ``COPY`` of a file is
its fastest path.  Nodes go first (a relationship's endpoints are found by primary key).

``COPY`` appends and refuses a primary key twice, so this is for an empty graph only; the
caller checks (:func:`graph_is_empty`).  It is not atomic: a failure leaves the tables
copied so far, and the message says which.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pyarrow.parquet as pq

from talentgraph.graph.store.base import GraphStore, StoreError
from talentgraph.graph.store.embedded_schema import count_statements, q
from talentgraph.graph.store.ledger import COLUMNS, Ledger
from talentgraph.ontology.schema import schema

from .build import GraphTables
from .engine import sql_text

__all__ = ["copy_ledger_sources", "copy_tables", "graph_is_empty"]

log = logging.getLogger(__name__)


def graph_is_empty(store: GraphStore) -> bool:
    """True when the store holds no graph node and no loaded résumé (erasures, roots and
    the salt may be there: a bulk load honours them)."""
    nodes_q, _ = count_statements()
    if store.run(nodes_q)[0]["count"]:
        return False
    return not store.ledger_state().sources


def _copy(store: GraphStore, table: str, columns: list[str], file: Path,
          ends: tuple[str, str] | None = None) -> None:
    names = ", ".join(q(c) for c in columns)
    pairs = f" (from='{ends[0]}', to='{ends[1]}')" if ends else ""
    store.run(f"COPY {q(table)}({names}) FROM '{sql_text(str(file))}'{pairs}", write=True)


def copy_tables(store: GraphStore, tables: GraphTables) -> dict[str, float]:
    """Copy every node table, then every relationship table, into ``store`` (an embedded
    store whose graph is empty); seconds per table."""
    seconds: dict[str, float] = {}
    done: list[str] = []
    jobs = [(label.value, list(schema().nodes[label].properties), path, None)
            for label, path in sorted(tables.nodes.items())]
    jobs += [(rel.value, list(schema().rels[rel].properties), path, (a.value, b.value))
             for (rel, a, b), path in sorted(tables.rels.items())]
    for table, columns, path, ends in jobs:
        if not pq.ParquetFile(path).metadata.num_rows:
            continue
        start = time.perf_counter()
        try:
            _copy(store, table, columns, path, ends)
        except StoreError as err:
            raise StoreError(f"bulk copy of {path.name} failed after {len(done)} of "
                             f"{len(jobs)} tables ({', '.join(done) or 'none'}): {err}") from err
        seconds[path.name] = time.perf_counter() - start
        done.append(path.stem)
        log.info("copied %s in %.1fs", path.name, seconds[path.name])
    return seconds


def copy_ledger_sources(store: GraphStore, file: Path) -> None:
    """The ``_Source`` rows (one per résumé, its parsed form included) from Parquet."""
    _copy(store, Ledger.Source.value, list(COLUMNS[Ledger.Source]), file)

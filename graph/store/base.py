"""The :class:`GraphStore` interface and the write logic both stores share.

A store only has to provide a few primitives (a write transaction, a read-only query, the
per-group upserts, a full scan); how a write is ordered and counted lives here once, so
both stores give the same answers: replace the sources first, then upsert nodes, then
relationships, all in one transaction, with created/updated/deleted counted as
differences of the node and relationship totals inside that transaction.
"""

from __future__ import annotations

import logging
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, Self

from talentgraph.graph.model import TalentGraph
from talentgraph.graph.store.guard import check_query
from talentgraph.graph.store.merge import merge_row
from talentgraph.graph.store.queries import query
from talentgraph.graph.store.rows import (
    DST,
    SRC,
    GraphRowError,
    NodeRows,
    RelRows,
    graph_from_records,
    group_rows,
)
from talentgraph.ontology.schema import Label, Rel

if TYPE_CHECKING:
    from talentgraph.config import Settings

__all__ = ["ForgetStats", "GraphStore", "StoreError", "Tx", "WriteStats", "open_store"]

log = logging.getLogger(__name__)

NodeRecord = tuple[str, Mapping[str, Any]]
RelRecord = tuple[str, str, str, Mapping[str, Any]]


class StoreError(Exception):
    """A store operation failed; the message is safe to show (no credentials).

    ``transient`` marks a failure the database says may pass on a retry of the whole
    transaction (a deadlock between concurrent writers, a leader switch)."""

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class WriteStats:
    """What one :meth:`GraphStore.write_graph` call changed."""

    nodes_created: int = 0
    nodes_updated: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0

    @property
    def nodes(self) -> int:
        """Nodes written (created or updated)."""
        return self.nodes_created + self.nodes_updated

    @property
    def relationships(self) -> int:
        """Relationships written (created or updated)."""
        return self.relationships_created + self.relationships_updated

    @property
    def deleted(self) -> int:
        """Nodes and relationships removed because ``replace_sources`` left them unsupported."""
        return self.nodes_deleted + self.relationships_deleted


@dataclass(frozen=True)
class ForgetStats:
    """What :meth:`GraphStore.forget_person` removed."""

    person_id: str
    files: tuple[str, ...]
    nodes_deleted: int
    relationships_deleted: int

    def __str__(self) -> str:
        files = ", ".join(self.files) or "no résumé files"
        return (f"{self.nodes_deleted} nodes and {self.relationships_deleted} relationships "
                f"deleted ({files})")


class Tx(Protocol):
    """An open write transaction of a store."""

    def run(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one statement inside the transaction; rows as dicts."""
        ...


class GraphStore(ABC):
    """A talent graph database: write built graphs, query, read back, forget people.

    Use as a context manager (``with open_store(settings) as store: ...``) so the database
    is closed.  Every write method is one transaction: it lands whole or not at all.
    """

    dialect: ClassVar[str]

    # -- lifecycle ----------------------------------------------------------------------
    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @abstractmethod
    def close(self) -> None:
        """Release the database (idempotent)."""

    # -- primitives each store provides ------------------------------------------------
    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Tx]:
        """A write transaction: committed on normal exit, rolled back on an exception."""

    @abstractmethod
    def _read(self, cypher: str, params: Mapping[str, Any] | None,
              timeout: float | None = None) -> list[dict[str, Any]]:
        """Run ``cypher`` in a read-only transaction; rows of plain values.  With
        ``timeout`` (seconds) the database stops the query then: :class:`StoreError`
        saying it timed out."""

    @abstractmethod
    def _write(self, cypher: str, params: Mapping[str, Any] | None) -> list[dict[str, Any]]:
        """Run ``cypher`` as its own write transaction; rows of plain values."""

    @abstractmethod
    def _existing(self, tx: Tx, group: NodeRows | RelRows,
                  rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """The stored properties of the rows among ``rows`` already stored, by id
        (relationships: only those between the row's endpoints)."""

    @abstractmethod
    def _insert(self, tx: Tx, group: NodeRows | RelRows, rows: list[dict[str, Any]],
                handles: Mapping[str, Any]) -> Mapping[str, Any] | None:
        """Create rows known to be absent (the cheap bulk path).

        ``handles`` maps the ids of nodes created earlier in this write to what the node
        insert returned for them (Neo4j: element ids, so a relationship insert finds its
        endpoints without an index lookup); a node insert may return such a mapping for
        its rows (``None``: the store has no use for it)."""

    @abstractmethod
    def _update(self, tx: Tx, group: NodeRows | RelRows, rows: list[dict[str, Any]]) -> None:
        """Overwrite stored rows with already merged ones (:func:`merge_row`: every
        non-null value is the final one)."""

    @abstractmethod
    def _records(self) -> tuple[Iterator[NodeRecord], Iterator[RelRecord]]:
        """Every node as ``(label, props)`` and relationship as ``(type, src, dst, props)``."""

    # -- the interface ------------------------------------------------------------------
    def write_graph(self, graph: TalentGraph, *, replace_sources: Collection[str] = (),
                    chunk_rows: int | None = None, workers: int = 1) -> WriteStats:
        """Upsert every node and edge of ``graph`` in one transaction.

        First each file in ``replace_sources`` is taken out of every ``sources`` list and
        the nodes and relationships left without sources are deleted, so re-loading an
        edited résumé drops the facts only it stated while facts with other sources stay.
        Then nodes and relationships are merged on ``id``: scalar properties take the new
        values (an absent value keeps the stored one), ``sources`` becomes the sorted
        union, other list properties the union (stored order first).

        ``chunk_rows`` is the opt-in bulk path for loads too big or too slow for one
        transaction: each label's (then each relationship type's) rows are written in
        transactions of at most ``chunk_rows`` rows, so the write is **not atomic**.
        Neo4j keeps a transaction's state on its heap, and its cost grows faster than
        the rows: the 10^4-people graph (396k rows) took 41 server CPU-seconds as one
        transaction and 11 in commits of 5,000 rows (``bench/load_bench.py``).
        ``workers`` (bulk path only, on stores that take concurrent writers) runs that
        many chunks at once: nodes first, then relationships once every node is in; a
        chunk the database aborts as transient (a deadlock between the writers) is
        retried.  A failure raises :class:`StoreError` saying how many rows were already
        committed; the write is an upsert, so running it again completes it.  The
        default (``None``) is one transaction, which is what ``talentgraph load`` needs:
        a failed batch leaves nothing behind.
        """
        if chunk_rows is not None and chunk_rows < 1:
            raise ValueError("chunk_rows must be positive")
        if workers < 1:
            raise ValueError("workers must be positive")
        try:
            nodes, rels = group_rows(graph)
        except GraphRowError as err:
            raise StoreError(str(err)) from err
        files = sorted(set(replace_sources))
        node_rows = sum(len(g.rows) for g in nodes)
        rel_rows = sum(len(g.rows) for g in rels)
        if chunk_rows is None:
            with self._transaction() as tx:
                before, kept, after = self._write_groups(tx, nodes, rels, files)
        else:
            bulk = _Bulk(self, workers if self.concurrent_writes else 1)
            try:
                before, kept, after = bulk.write(nodes, rels, files, chunk_rows)
            except StoreError as err:
                raise StoreError(
                    f"bulk write failed after committing "
                    f"{'' if self.atomic_chunks else 'at least '}{bulk.committed:,} of "
                    f"{node_rows + rel_rows:,} rows (the store holds that part; writing "
                    f"the same graph again completes it): {err}") from err
        stats = WriteStats(
            nodes_created=after[0] - kept[0],
            nodes_updated=node_rows - (after[0] - kept[0]),
            relationships_created=after[1] - kept[1],
            relationships_updated=rel_rows - (after[1] - kept[1]),
            nodes_deleted=before[0] - kept[0],
            relationships_deleted=before[1] - kept[1],
        )
        log.info("wrote %s", stats)
        return stats

    def _write_groups(self, tx: Tx, nodes: list[NodeRows], rels: list[RelRows],
                      files: list[str],
                      ) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
        """The body of :meth:`write_graph`: totals before, after replacing the sources and
        at the end."""
        before, kept, state = self._begin_write(tx, nodes, files)
        for node_group in nodes:
            self._upsert_nodes(tx, node_group, state)
        for rel_group in rels:
            self._upsert_relationships(tx, rel_group, state)
        return before, kept, self._totals(tx)

    def _begin_write(self, tx: Tx, nodes: list[NodeRows], files: list[str],
                     ) -> tuple[tuple[int, int], tuple[int, int], _WriteState]:
        """What every write does first, on either path: totals before, the sources
        replaced, totals after that, and the state its upserts share."""
        before = self._totals(tx)
        if files:
            self._replace_sources(tx, files)
        kept = self._totals(tx) if files else before
        return before, kept, _WriteState({}, self._empty_labels(tx, nodes))

    def forget_person(self, person_id: str) -> ForgetStats:
        """Delete a person and every fact whose only sources are their own résumés
        (:meth:`person_sources`); facts that other résumés also state stay."""
        with self._transaction() as tx:
            files = [row["file"] for row in tx.run(query("person_sources", self.dialect),
                                                   {"person_id": person_id})]
            before = self._totals(tx)
            if files:
                self._replace_sources(tx, files)
            tx.run(query("delete_person", self.dialect), {"person_id": person_id})
            after = self._totals(tx)
        return ForgetStats(person_id, tuple(files), before[0] - after[0], before[1] - after[1])

    def person_sources(self, person_id: str) -> list[str]:
        """The résumé files that describe the person (``DESCRIBED_IN`` a Resume) and are
        among the person's sources; a co-author's CV that only mentions them is not one."""
        rows = self._read(query("person_sources", self.dialect), {"person_id": person_id})
        return [row["file"] for row in rows]

    def resume_sha(self, source: str) -> str | None:
        """The stored SHA-256 of résumé file ``source``, or ``None`` if it was never loaded."""
        rows = self._read(query("resume_sha", self.dialect), {"resume_id": f"resume:{source}"})
        return rows[0]["sha256"] if rows else None

    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False, timeout: float | None = None) -> list[dict[str, Any]]:
        """Run one Cypher statement; rows as dicts of plain values.

        Read-only unless ``write=True``: a read runs in a read-only transaction and a
        statement with a write clause is refused before it reaches the database
        (:mod:`~talentgraph.graph.store.guard`), as is, even with ``write=True``, a call
        that would crash LadybugDB.
        ``timeout`` (seconds, reads only) has the database stop a read that runs longer,
        with a :class:`StoreError` saying so: some questions explode on a large graph
        (every shortest path between all eight namesakes of one name and all of
        another's, at 10^5 people: 28 s and 5 GB on the embedded store).
        """
        if timeout is not None and timeout <= 0:
            raise ValueError("timeout must be positive")
        reason = check_query(cypher, write=write)
        if reason:
            raise StoreError(f"query refused: {reason}")
        if not write:
            return self._read(cypher, params, timeout)
        return self._write(cypher, params)

    def to_networkx(self) -> TalentGraph:
        """The whole stored graph, following :mod:`talentgraph.graph.model`."""
        nodes, rels = self._records()
        return graph_from_records(nodes, rels)

    def stats(self) -> dict[str, Any]:
        """Counts per ontology label and relationship type, and totals."""
        labels = {label.value: self._count(f"MATCH (n:{label.value}) RETURN count(*) AS count")
                  for label in Label}
        types = {rel.value: self._count(f"MATCH ()-[r:{rel.value}]->() RETURN count(*) AS count")
                 for rel in Rel}
        return {"nodes": sum(labels.values()), "relationships": sum(types.values()),
                "labels": labels, "types": types}

    def clear(self) -> None:
        """Delete every node and relationship (the schema stays)."""
        self._write(query("clear", self.dialect), None)

    # -- helpers ------------------------------------------------------------------------
    batch_size: int

    concurrent_writes: ClassVar[bool] = False
    """Whether write transactions may run at once (on separate connections)."""

    atomic_chunks: ClassVar[bool] = True
    """Whether a bulk chunk lands whole or not at all (so a transient failure can be
    retried); False where :meth:`_chunk_transaction` commits statement by statement."""

    def _chunk_transaction(self) -> AbstractContextManager[Tx]:
        """Where one chunk of the bulk path runs: a transaction of its own here; a store
        may commit a chunk's statements one by one instead (see the embedded store)."""
        return self._transaction()

    def _batch_rows(self, rows: int) -> int:
        """Rows per statement when upserting a group of ``rows``."""
        return self.batch_size

    def _empty_labels(self, tx: Tx, nodes: list[NodeRows]) -> frozenset[Label]:
        """The labels of ``nodes`` with no stored node: their rows need no lookup."""
        return frozenset(group.label for group in nodes if not tx.run(
            f"MATCH (n:`{group.label.value}`) RETURN count(n) AS count")[0]["count"])

    def _upsert(self, tx: Tx, group: NodeRows | RelRows, state: _WriteState) -> None:
        """Upsert in batches: look up which rows exist (with their stored values), insert
        the others in bulk (much faster than MERGE on both stores) and write back only
        the existing rows the merge changes.

        ``state.fresh`` maps the ids of the nodes created earlier in this write to their
        handles (:meth:`_insert`); node groups add to it, and a relationship with a fresh
        endpoint cannot exist yet, so it skips the lookup (on an empty store no
        relationship is looked up at all).
        """
        fresh = state.fresh
        # a label without stored nodes (every label, on a new store) needs no lookup
        empty = isinstance(group, NodeRows) and group.label in state.empty
        step = self._batch_rows(len(group.rows))
        for start in range(0, len(group.rows), step):
            batch = group.rows[start:start + step]
            if isinstance(group, RelRows):
                probe = [row for row in batch if row[SRC] not in fresh and row[DST] not in fresh]
            else:
                probe = [] if empty else batch
            stored = self._existing(tx, group, probe) if probe else {}
            new = [row for row in batch if row["id"] not in stored] if stored else batch
            if new:
                handles = self._insert(tx, group, new, fresh)
                if isinstance(group, NodeRows):
                    fresh.update(handles if handles is not None
                                 else dict.fromkeys(row["id"] for row in new))
            changed = [merged for row in batch if row["id"] in stored
                       and (merged := merge_row(stored[row["id"]], row, group.specs)) is not None]
            if changed:
                self._update(tx, group, changed)

    def _upsert_nodes(self, tx: Tx, group: NodeRows, state: _WriteState) -> None:
        self._upsert(tx, group, state)

    def _upsert_relationships(self, tx: Tx, group: RelRows, state: _WriteState) -> None:
        self._upsert(tx, group, state)

    def _count(self, cypher: str) -> int:
        return int(self._read(cypher, None)[0]["count"])

    def _totals(self, tx: Tx) -> tuple[int, int]:
        nodes = tx.run(query("count_nodes", self.dialect))[0]["count"]
        rels = tx.run(query("count_relationships", self.dialect))[0]["count"]
        return int(nodes), int(rels)

    def _replace_sources(self, tx: Tx, files: list[str]) -> None:
        log.info("replacing the facts of %d file(s)", len(files))
        tx.run(query("replace_sources_relationships", self.dialect), {"files": files})
        tx.run(query("replace_sources_nodes", self.dialect), {"files": files})


@dataclass
class _WriteState:
    """What the upserts of one write share."""

    fresh: dict[str, Any]    # ids of the nodes this write created -> their handles
    empty: frozenset[Label]  # labels that had no stored node when the write began


class _Bulk:
    """The chunked bulk path of :meth:`GraphStore.write_graph`: every chunk of a group
    is its own transaction, run by ``workers`` threads, nodes before relationships."""

    RETRIES = 8  # attempts of a chunk that fails transiently (a deadlock between writers)

    def __init__(self, store: GraphStore, workers: int) -> None:
        self._store = store
        self._workers = workers
        self._lock = threading.Lock()
        self.committed = 0  # rows in committed transactions

    def write(self, nodes: list[NodeRows], rels: list[RelRows], files: list[str],
              chunk_rows: int) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
        """Write the groups; totals before, after replacing the sources and at the end."""
        store = self._store
        with store._transaction() as tx:
            before, kept, state = store._begin_write(tx, nodes, files)
        for groups, upsert in ((nodes, store._upsert_nodes),
                               (rels, store._upsert_relationships)):
            chunks = [replace(group, rows=group.rows[start:start + chunk_rows])
                      for group in groups for start in range(0, len(group.rows), chunk_rows)]
            self._run(chunks, upsert, state)
        with store._transaction() as tx:
            after = store._totals(tx)
        return before, kept, after

    def _run(self, chunks: list[Any], upsert: Callable[[Tx, Any, _WriteState], None],
             state: _WriteState) -> None:
        if self._workers == 1:
            for chunk in chunks:
                self._chunk(chunk, upsert, state)
            return
        pool = ThreadPoolExecutor(self._workers, thread_name_prefix="bulk-write")
        try:
            for future in as_completed([pool.submit(self._chunk, chunk, upsert, state)
                                        for chunk in chunks]):
                future.result()  # the first failure ends the write
        finally:
            # chunks not started are dropped; running ones finish (each lands whole)
            pool.shutdown(wait=True, cancel_futures=True)

    def _chunk(self, group: NodeRows | RelRows, upsert: Callable[[Tx, Any, _WriteState], None],
               state: _WriteState) -> None:
        """One chunk in its own transaction, retried while the database calls the
        failure transient; a node chunk's handles are shared only once committed."""
        for attempt in range(1, self.RETRIES + 1):
            own = _WriteState({}, state.empty) if isinstance(group, NodeRows) else state
            try:
                with self._store._chunk_transaction() as tx:
                    upsert(tx, group, own)
            except StoreError as err:
                # a chunk committed statement by statement may be partly in: running it
                # again could add its new relationships twice (the caller's re-run of
                # the whole write looks every row up first, so that one is safe)
                if (not err.transient or attempt == self.RETRIES
                        or not self._store.atomic_chunks):
                    raise
                log.info("bulk write: retrying a chunk of %d rows (%s)", len(group.rows), err)
                time.sleep(0.05 * attempt)
                continue
            with self._lock:
                if own is not state:
                    state.fresh.update(own.fresh)
                self.committed += len(group.rows)
            return


def open_store(settings: Settings, **options: Any) -> GraphStore:
    """The store ``settings`` names: Neo4j for a ``bolt://``/``neo4j://`` URI, otherwise
    the embedded LadybugDB file.  ``options`` go to the store (e.g. ``batch_size``)."""
    if settings.is_neo4j:
        from talentgraph.graph.store.neo4j_store import Neo4jStore

        return Neo4jStore.from_settings(settings, **options)
    from talentgraph.graph.store.embedded import EmbeddedStore

    return EmbeddedStore(settings.store, **options)

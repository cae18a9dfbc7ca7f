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
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, Self

from talentgraph.graph.cypher_files import statement
from talentgraph.graph.store.guard import check_query
from talentgraph.graph.store.ledger import (
    VERSION,
    Erasure,
    Ledger,
    LedgerChanges,
    LedgerState,
    SourceRecord,
)
from talentgraph.graph.store.merge import merge_row
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
    from talentgraph.graph.model import TalentGraph

__all__ = ["ForgetStats", "GraphStore", "StoreError", "Tx", "WriteStats"]

log = logging.getLogger(__name__)

STATEMENTS = "talentgraph.graph.store"  # the package whose cypher/ holds the statements

NodeRecord = tuple[str, Mapping[str, Any]]
RelRecord = tuple[str, str, str, Mapping[str, Any]]


class StoreError(Exception):
    """A store operation failed; the message is safe to show (no credentials).

    ``transient`` marks a failure the database says may pass on a retry of the whole
    transaction (a deadlock between concurrent writers, a leader switch); ``raced`` a
    write refused because another load wrote since this one read the store."""

    def __init__(self, message: str, *, transient: bool = False,
                 raced: bool = False) -> None:
        super().__init__(message)
        self.transient = transient
        self.raced = raced


@dataclass(frozen=True)
class WriteStats:
    """What one :meth:`GraphStore.write_graph` call changed, counted exactly: a row
    written back unchanged is not "updated", and a node or relationship the write
    removed with a replaced file and then wrote again is updated, not removed and
    created.  So ``created - deleted`` is always the change in the store's totals."""

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

    Use as a context manager (``with open_store(path_or_uri) as store: ...``) so the
    database is closed.  Every write method is one transaction: it lands whole or not at
    all.  ``dialect`` names the Cypher it speaks (:data:`~talentgraph.graph.cypher_files.DIALECTS`).
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
                    chunk_rows: int | None = None, workers: int = 1,
                    ledger: LedgerChanges | None = None,
                    generation: int | None = None,
                    delete_people: Collection[str] = ()) -> WriteStats:
        """Upsert every node and edge of ``graph`` in one transaction.

        First each file in ``replace_sources`` is taken out of every ``sources`` list and
        the nodes and relationships left without sources are deleted, so re-loading an
        edited résumé drops the facts only it stated while facts with other sources stay.
        Then nodes and relationships are merged on ``id`` (:mod:`.merge`: a scalar two
        sources disagree on takes the smaller value, flags are or-ed, lists are sorted
        unions), so the result does not depend on the order writes come in.
        ``ledger`` changes to the bookkeeping (:mod:`.ledger`) are made in the same
        transaction.  With ``generation`` (what :meth:`ledger_state` read) the write is
        refused with a ``raced`` :class:`StoreError` when another load has written since,
        and otherwise raises the store's generation by one.  A transaction the database
        aborts as transient (a deadlock, or a uniqueness race with a concurrent load on
        Neo4j) is run again.

        ``delete_people`` are Person ids deleted (with their relationships) in the same
        transaction, once the replaced sources are out: an erasure's nodes that other
        résumés still cite, so the erasure is all or nothing.  The ledger's erasures of
        a :attr:`LedgerChanges.erasure_write` are stamped with what this write deleted.

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
        if delete_people and chunk_rows is not None:
            raise ValueError("delete_people needs the one-transaction write")
        try:
            nodes, rels = group_rows(graph)
        except GraphRowError as err:
            raise StoreError(str(err)) from err
        with self._write_scope():
            return self._write_graph(nodes, rels, sorted(set(replace_sources)), chunk_rows,
                                     workers, ledger, generation, delete_people)

    def _write_scope(self) -> AbstractContextManager[None]:
        """What a whole :meth:`write_graph` runs inside (the embedded store: one copy of
        its file to put back if the write is killed)."""
        return nullcontext()

    def _write_graph(self, nodes: list[NodeRows], rels: list[RelRows], files: list[str],
                     chunk_rows: int | None, workers: int, ledger: LedgerChanges | None,
                     generation: int | None, delete_people: Collection[str]) -> WriteStats:
        node_rows = sum(len(g.rows) for g in nodes)
        rel_rows = sum(len(g.rows) for g in rels)
        if chunk_rows is None:
            for attempt in range(1, _Bulk.RETRIES + 1):
                try:
                    with self._transaction() as tx:
                        if generation is not None:
                            self._claim(tx, generation)
                        state = self._write_groups(tx, nodes, rels, files,
                                                   sorted(set(delete_people)))
                        if ledger:
                            done = state.stats()
                            self._apply_ledger(tx, ledger.counted(
                                done.nodes_deleted, done.relationships_deleted))
                    break
                except StoreError as err:
                    if not err.transient or attempt == _Bulk.RETRIES:
                        raise
                    log.info("write aborted as transient (%s); running it again", err)
                    time.sleep(0.1 * attempt)
        else:
            bulk = _Bulk(self, workers if self.concurrent_writes else 1)
            try:
                state = bulk.write(nodes, rels, files, chunk_rows)
                if ledger:
                    with self._transaction() as tx:
                        self._apply_ledger(tx, ledger)
            except StoreError as err:
                raise StoreError(
                    f"bulk write failed after committing "
                    f"{'' if self.atomic_chunks else 'at least '}{bulk.committed:,} of "
                    f"{node_rows + rel_rows:,} rows (the store holds that part; writing "
                    f"the same graph again completes it): {err}") from err
        stats = state.stats()
        log.info("wrote %s", stats)
        return stats

    def _write_groups(self, tx: Tx, nodes: list[NodeRows], rels: list[RelRows],
                      files: list[str], delete_people: list[str]) -> _WriteState:
        """The body of :meth:`write_graph`: replace, upsert, count."""
        state = self._begin_write(tx, nodes, files)
        for node_group in nodes:
            self._upsert_nodes(tx, node_group, state)
        for rel_group in rels:
            self._upsert_relationships(tx, rel_group, state)
        state.after = self._totals(tx)
        if delete_people:  # last, so nothing this write upserts brings them back
            tx.run(self._statement("erasure_delete_people"), {"ids": delete_people})
            left = self._totals(tx)
            state.dropped = (state.after[0] - left[0], state.after[1] - left[1])
            state.after = left
        return state

    def _begin_write(self, tx: Tx, nodes: list[NodeRows], files: list[str]) -> _WriteState:
        """What every write does first, on either path: totals before, the sources
        replaced (remembering what that deleted), totals after that."""
        state = _WriteState({}, frozenset(), before=self._totals(tx))
        if files:
            state.removed_nodes, state.removed_rels = self._replace_sources(tx, files)
        state.kept = self._totals(tx) if files else state.before
        state.empty = self._empty_labels(tx, nodes)
        return state

    def forget_person(self, person_id: str) -> ForgetStats:
        """Delete a person and every fact whose only sources are their own résumés
        (:meth:`person_sources`); facts that other résumés also state stay.  The graph
        step only: ``talentgraph forget`` (:mod:`talentgraph.forgetting`) also removes
        the person's other nodes and mentions, records the tombstone and compacts."""
        with self._transaction() as tx:
            files = [row["file"] for row in tx.run(self._statement("person_sources"),
                                                   {"person_id": person_id})]
            before = self._totals(tx)
            if files:
                self._replace_sources(tx, files)
            tx.run(self._statement("delete_person"), {"person_id": person_id})
            after = self._totals(tx)
        return ForgetStats(person_id, tuple(files), before[0] - after[0], before[1] - after[1])

    def person_sources(self, person_id: str) -> list[str]:
        """The résumé files that describe the person (``DESCRIBED_IN`` a Resume) and are
        among the person's sources; a co-author's CV that only mentions them is not one."""
        rows = self._read(self._statement("person_sources"), {"person_id": person_id})
        return [row["file"] for row in rows]

    def resume_sha(self, source: str) -> str | None:
        """The stored SHA-256 of résumé file ``source``, or ``None`` if it was never loaded."""
        rows = self._read(self._statement("resume_sha"), {"resume_id": f"resume:{source}"})
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
        self._write(self._statement("clear"), None)

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
        relationship is looked up at all).  What was inserted and changed is counted in
        ``state`` for :class:`WriteStats`.
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
                state.inserted(group, new)
            changed = [merged for row in batch if row["id"] in stored
                       and (merged := merge_row(stored[row["id"]], row, group.specs)) is not None]
            if changed:
                self._update(tx, group, changed)
                state.changed(group, len(changed))

    def _upsert_nodes(self, tx: Tx, group: NodeRows, state: _WriteState) -> None:
        self._upsert(tx, group, state)

    def _upsert_relationships(self, tx: Tx, group: RelRows, state: _WriteState) -> None:
        self._upsert(tx, group, state)

    def _statement(self, name: str) -> str:
        """The store's own statement ``cypher/<name>.cypher`` in its dialect."""
        return statement(STATEMENTS, name, self.dialect, "cypher")

    def _count(self, cypher: str) -> int:
        return int(self._read(cypher, None)[0]["count"])

    def _count_statements(self) -> tuple[str, str]:
        """Statements counting the graph's nodes and relationships (not the ledger)."""
        raise NotImplementedError

    def _totals(self, tx: Tx) -> tuple[int, int]:
        nodes_q, rels_q = self._count_statements()
        return int(tx.run(nodes_q)[0]["count"]), int(tx.run(rels_q)[0]["count"])

    def _replace_sources(self, tx: Tx, files: list[str]) -> tuple[set[str], set[tuple]]:
        """Take ``files`` out of every ``sources`` list; the ids of the nodes and the
        (id, source, target) of the relationships this deleted."""
        log.info("replacing the facts of %d file(s)", len(files))
        rels = tx.run(self._statement("replace_sources_relationships"), {"files": files})
        rels += tx.run(self._statement("replace_sources_detached"), {"files": files})
        nodes = tx.run(self._statement("replace_sources_nodes"), {"files": files})
        return ({row["id"] for row in nodes},
                {(row["id"], row["src"], row["dst"]) for row in rels})

    # -- the ledger -------------------------------------------------------------------
    def _ledger_upsert(self, kind: Ledger) -> str:
        raise NotImplementedError

    def _ledger_param(self, kind: Ledger, rows: list[dict[str, Any]]) -> Any:
        return rows

    def _apply_ledger(self, tx: Tx, changes: LedgerChanges) -> None:
        for kind, rows in changes.rows().items():
            tx.run(self._ledger_upsert(kind), {"rows": self._ledger_param(kind, rows)})
        if changes.drop_sources:
            tx.run(self._statement("ledger_drop_sources"),
                   {"keys": sorted(changes.drop_sources)})

    def _claim(self, tx: Tx, generation: int) -> None:
        """Refuse the write if another load wrote since ``generation``; else raise it."""
        tx.run(self._statement("ledger_claim"))
        rows = tx.run(self._statement("ledger_meta"))
        current = int(rows[0]["generation"] or 0) if rows else 0
        if current != generation:
            raise StoreError("another load wrote to the store meanwhile", raced=True)
        tx.run(self._statement("ledger_advance"), {"generation": generation + 1})

    def update_ledger(self, changes: LedgerChanges) -> None:
        """Apply ``changes`` to the bookkeeping alone, in one transaction."""
        with self._transaction() as tx:
            self._apply_ledger(tx, changes)

    def ledger_state(self) -> LedgerState:
        """The bookkeeping as it stands (without the parsed résumés)."""
        meta = self._read(self._statement("ledger_meta"), None)
        roots = {row["id"]: row["path"] for row in
                 self._read(self._statement("ledger_roots"), None)}
        sources = {row["key"]: SourceRecord(row["key"], row["root"], row["path"],
                                            row["sha256"] or "", row["loaded"],
                                            bool(row["parsed"]))
                   for row in self._read(self._statement("ledger_sources"), None)}
        version = int(meta[0]["version"]) if meta else (1 if self._has_resumes() else VERSION)
        return LedgerState(version=version, salt=meta[0]["salt"] if meta else None,
                           generation=int(meta[0]["generation"] or 0) if meta else 0,
                           roots=roots, sources=sources, erasures=self.erasures())

    def _has_resumes(self) -> bool:
        return bool(self._read("MATCH (r:Resume) RETURN r.id AS id LIMIT 1", None))

    def erasures(self) -> list[Erasure]:
        """Every erasure's audit line (with its hashes unless re-admitted), oldest first."""
        return [Erasure(id=row["id"], date=row["date"], kind=row["kind"],
                        files=int(row["files"] or 0), nodes=int(row["nodes"] or 0),
                        relationships=int(row["relationships"] or 0),
                        hashes=tuple(row["hashes"] or ()), readmitted=row["readmitted"])
                for row in self._read(self._statement("ledger_erasures"), None)]

    def stored_resumes(self, keys: Collection[str]) -> dict[str, str]:
        """The stored parsed résumés (:func:`.ledger.encode_resume` text) of ``keys``."""
        if not keys:
            return {}
        rows = self._read(self._statement("ledger_resumes"), {"keys": sorted(keys)})
        return {row["key"]: row["resume"] for row in rows if row["resume"]}


@dataclass
class _WriteState:
    """What the upserts of one write share, and what they did."""

    fresh: dict[str, Any]    # ids of the nodes this write created -> their handles
    empty: frozenset[Label]  # labels that had no stored node when the write began
    before: tuple[int, int] = (0, 0)
    kept: tuple[int, int] = (0, 0)     # after the replaced sources' facts were deleted
    after: tuple[int, int] = (0, 0)
    dropped: tuple[int, int] = (0, 0)  # deleted at the end (``delete_people``)
    removed_nodes: set[str] = field(default_factory=set)
    removed_rels: set[tuple] = field(default_factory=set)
    recreated: list[int] = field(default_factory=lambda: [0, 0])
    updated: list[int] = field(default_factory=lambda: [0, 0])
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def inserted(self, group: NodeRows | RelRows, rows: list[dict[str, Any]]) -> None:
        if isinstance(group, NodeRows):
            again = sum(1 for row in rows if row["id"] in self.removed_nodes)
            with self._lock:
                self.recreated[0] += again
        else:
            again = sum(1 for row in rows
                        if (row["id"], row[SRC], row[DST]) in self.removed_rels)
            with self._lock:
                self.recreated[1] += again

    def changed(self, group: NodeRows | RelRows, count: int) -> None:
        with self._lock:
            self.updated[0 if isinstance(group, NodeRows) else 1] += count

    def stats(self) -> WriteStats:
        created = [self.after[i] + self.dropped[i] - self.kept[i] - self.recreated[i]
                   for i in (0, 1)]
        deleted = [self.before[i] - self.kept[i] - self.recreated[i] + self.dropped[i]
                   for i in (0, 1)]
        updated = [self.updated[i] + self.recreated[i] for i in (0, 1)]
        return WriteStats(nodes_created=created[0], nodes_updated=updated[0],
                          relationships_created=created[1], relationships_updated=updated[1],
                          nodes_deleted=deleted[0], relationships_deleted=deleted[1])


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
              chunk_rows: int) -> _WriteState:
        """Write the groups; the shared state, counts included."""
        store = self._store
        with store._transaction() as tx:
            state = store._begin_write(tx, nodes, files)
        for groups, upsert in ((nodes, store._upsert_nodes),
                               (rels, store._upsert_relationships)):
            chunks = [replace(group, rows=group.rows[start:start + chunk_rows])
                      for group in groups for start in range(0, len(group.rows), chunk_rows)]
            self._run(chunks, upsert, state)
        with store._transaction() as tx:
            state.after = store._totals(tx)
        return state

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
            own = (_WriteState({}, state.empty, removed_nodes=state.removed_nodes)
                   if isinstance(group, NodeRows) else state)
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
                    state.recreated[0] += own.recreated[0]
                    state.updated[0] += own.updated[0]
                self.committed += len(group.rows)
            return

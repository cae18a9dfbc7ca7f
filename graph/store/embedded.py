"""The embedded store: one LadybugDB (Kùzu fork) database file, no server.

Writes take the fastest path that is still an upsert: inside the transaction the rows of
a batch that already exist are looked up with their stored values (``LOAD FROM $rows
MATCH``; relationships with an endpoint created in the same call are known to be new and
skip it), new rows go in with ``COPY ... FROM`` an Arrow table (bulk path, several times
faster) and existing ones are merged in Python (:mod:`~talentgraph.graph.store.merge`)
and written back with ``LOAD FROM $rows MATCH ... SET`` only when the merge changes
them.  ``COPY`` is only ever given ids that are absent and distinct: a duplicate primary
key inside a manual transaction crashes LadybugDB 0.22 (segfault) instead of raising.

LadybugDB rolls a manual transaction back by itself when a statement fails; a later
``ROLLBACK`` then reports "no active transaction", which is expected and ignored.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import ladybug

from talentgraph.graph.cypher_files import EMBEDDED
from talentgraph.graph.store.base import GraphStore, NodeRecord, RelRecord, StoreError, Tx
from talentgraph.graph.store.config import DEFAULT_STORE, StoreConfig
from talentgraph.graph.store.embedded_files import UndoCopy, shred_tree
from talentgraph.graph.store.embedded_schema import (
    DST,
    SRC,
    arrow_rows,
    copy_rows,
    count_statements,
    drop_schema,
    ensure_schema,
    existing_node_ids,
    existing_rel_ids,
    ledger_param,
    ledger_upsert,
    node_update,
    q,
    rel_update,
    schema_changes,
)
from talentgraph.graph.store.guard import check_read_only
from talentgraph.graph.store.ledger import Ledger
from talentgraph.graph.store.rows import NodeRows, RelRows, present_keys
from talentgraph.graph.store.values import plain
from talentgraph.ontology.schema import Label, Rel

__all__ = ["EmbeddedStore"]

log = logging.getLogger(__name__)

DEFAULT_BATCH = 100_000
_INTERNAL = {"_ID", "_LABEL", "_SRC", "_DST"}
MAGIC = b"LBUG"  # the first bytes of every LadybugDB database file
_LOCKED = re.compile(r"Could not set lock on file.*?(?:held by PID (?P<pid>\d+))?", re.S)


def check_store_file(path: Path, *, create: bool) -> None:
    """Refuse, before LadybugDB sees it, a path that is not a store this tool may open.

    LadybugDB turns a zero-length file into a new empty database, so a truncated store
    would silently become an empty one; a file that is not a database at all is refused
    by LadybugDB too, but here the message says what to do.  ``create`` (only ``load``)
    allows a missing path."""
    if path.is_dir():
        raise StoreError(f"cannot open {path}: it is a folder, not a talentgraph store "
                         "(pass the database file, e.g. --store graph.lbug)")
    if not path.exists():
        if create:
            return
        raise StoreError(f"no graph at {path}: run 'talentgraph load' first, or pass --store")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(MAGIC))
    except OSError as err:
        raise StoreError(f"cannot read {path}: {err.strerror or err}") from err
    if not head:
        raise StoreError(f"{path} is empty (zero bytes), not a LadybugDB database: it was "
                         "not written completely or is not a store; it is left as it is "
                         "(remove it to start a new store)")
    if head != MAGIC:
        raise StoreError(f"{path} is not a LadybugDB database (it starts with "
                         f"{head!r}); it is left as it is: pass the store's path with --store")


def open_error(path: Path, err: BaseException) -> StoreError:
    """LadybugDB's error on opening ``path`` as one line saying the likely cause."""
    text = " ".join(str(err).split())
    locked = _LOCKED.search(text)
    if locked:
        holder = f" (process {locked['pid']})" if locked["pid"] else ""
        return StoreError(f"{path} is in use by another talentgraph process{holder}: "
                          "an embedded store takes one writer at a time; wait for it to "
                          "finish, or use Neo4j for concurrent loads")
    if isinstance(err, OSError):
        return StoreError(f"cannot open {path}: {err.strerror or text}")
    if "left behind from a previous database" in text:
        return StoreError(f"cannot open {path}: a leftover write-ahead file of another "
                          f"database with that name is beside it ({path}.wal*); remove "
                          "it if that database is gone")
    return StoreError(f"cannot open {path}: the file is damaged or was written by an "
                      f"incompatible LadybugDB version ({text})")


class _PrivateFiles:
    """While any embedded store is open, files and folders the process creates are the
    user's only (0600 / 0700) unless the umask is stricter: a store holds contact details,
    and LadybugDB creates its WAL and checkpoint files beside the database as it goes.
    Counted, so two stores open at once restore the user's umask only when both close."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open = 0
        self._saved = 0

    def acquire(self) -> None:
        with self._lock:
            if self._open == 0:
                self._saved = os.umask(0o077)
                os.umask(self._saved | 0o077)
            self._open += 1

    def release(self) -> None:
        with self._lock:
            self._open -= 1
            if self._open == 0:
                os.umask(self._saved)


_PRIVATE = _PrivateFiles()


def _rows(result: ladybug.QueryResult | list[ladybug.QueryResult]) -> list[dict[str, Any]]:
    last = result[-1] if isinstance(result, list) else result
    columns = last.get_column_names()
    return [dict(zip(columns, row, strict=True)) for row in last.get_all()]


class _EmbeddedTx:
    """The open transaction of an :class:`EmbeddedStore` (statements return raw rows)."""

    def __init__(self, store: EmbeddedStore) -> None:
        self._store = store
        self._failed = False

    def run(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        # after a failed statement LadybugDB has already rolled back: anything run now
        # would auto-commit on its own, outside the all-or-nothing write
        if self._failed:
            raise StoreError("the transaction failed and was rolled back")
        try:
            return self._store._execute(cypher, params)
        except StoreError:
            self._failed = True
            raise


class _Unsettled(StoreError):
    """A commit or fold failed: the file may be neither before nor after the write."""


class _AutoCommitTx:
    """Statements committed one by one (the bulk path's chunks, see
    :meth:`EmbeddedStore._chunk_transaction`)."""

    def __init__(self, store: EmbeddedStore) -> None:
        self._store = store

    def run(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        rows = self._store._execute(cypher, params)
        if _writes(cypher):  # a look-up has nothing to fold
            self._store._fold()
        return rows


@lru_cache(maxsize=256)
def _writes(cypher: str) -> bool:
    """Whether a statement may write (the bulk path runs a few statements many times)."""
    return check_read_only(cypher) is not None


class EmbeddedStore(GraphStore):
    """A talent graph in a LadybugDB database file (created with its schema on first open).

    Parameters
    ----------
    path
        The database file (default ``./talentgraph.lbug``); its folder is created.
    batch_size
        Rows per ``COPY`` / ``LOAD FROM`` statement; all batches share one transaction.
    create
        Whether a missing file may be created (``load``); otherwise a missing, empty or
        foreign file is refused (:func:`check_store_file`).
    read_only
        Open the database in LadybugDB's read-only mode (an existing file only; no
        schema upgrade): the database itself then refuses every write, whatever a query
        slips past :mod:`~talentgraph.graph.store.guard`.
    """

    dialect = EMBEDDED

    def __init__(self, path: str | Path = DEFAULT_STORE, *,
                 batch_size: int = DEFAULT_BATCH, create: bool = True,
                 read_only: bool = False) -> None:
        self.path = Path(path)
        self.batch_size = batch_size
        self._closed = True
        check_store_file(self.path, create=create and not read_only)
        stale = sorted(self.path.parent.glob(f".{self.path.name}.compact-*"))
        self._undo = UndoCopy(self.path)
        self._read_only = read_only
        _PRIVATE.acquire()
        try:
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._undo.recover()
            self._open_db()
        except (RuntimeError, OSError) as err:
            _PRIVATE.release()
            raise open_error(self.path, err) from err
        self._closed = False
        self._torn = False
        self._bulk_chunk = False  # inside a bulk chunk (one writer: no race)
        # what the ontology adds since the file was written, read first: a current
        # store is not written to (each write copies the file aside)
        try:
            with self._transaction(" READ ONLY") as tx:
                changes = schema_changes(lambda cypher: tx.run(cypher))
            if changes and not read_only:
                # one transaction: DDL auto-committed statement by statement costs ~3 s on
                # a new database (a commit and checkpoint each), ~0.3 s together
                with self._transaction() as tx:
                    for statement in changes:
                        tx.run(statement)
        except StoreError as err:
            self.close()
            raise StoreError(f"cannot open {self.path}: the file is damaged or is not a "
                             f"talentgraph store ({err})") from err
        if changes and read_only:
            self.close()
            raise StoreError(
                f"{self.path} was written by an older talentgraph: it lacks "
                f"{len(changes)} table(s) or column(s) this version reads, so answers would "
                "be incomplete; load any folder into it once (files already loaded are "
                f"skipped) to bring it up to date: talentgraph --store {self.path} load FOLDER")
        if read_only:
            return
        if stale:  # a compaction was interrupted: finish it, the old bytes must go
            log.warning("finishing an interrupted compaction of %s", self.path)
            for folder in stale:
                shred_tree(folder)
            self.compact()

    @classmethod
    def from_config(cls, config: StoreConfig, **options: Any) -> EmbeddedStore:
        """The file ``config`` names, created only when ``config.create``."""
        return cls(config.path, create=config.create, **options)

    def __repr__(self) -> str:
        return f"EmbeddedStore({str(self.path)!r})"

    def _open_db(self) -> None:
        """Open the file; a writer folds its commits itself, right after each (see
        :mod:`~talentgraph.graph.store.embedded_files`)."""
        self._db = ladybug.Database(str(self.path), read_only=self._read_only,
                                    auto_checkpoint=False)
        self._conn = ladybug.Connection(self._db)

    def _close_db(self) -> None:
        self._conn.close()
        self._db.close()

    @contextmanager
    def _undoable(self) -> Iterator[None]:
        """A write a kill leaves undone, never half done: the file is copied aside
        before it and the copy dropped once the write is committed and folded, or rolled
        back (nested writes share the outermost copy)."""
        if self._torn:
            raise StoreError(f"{self.path}: an earlier write failed while it was being "
                             "folded into the file; close and open the store again")
        try:
            self._undo.begin()
        except OSError as err:
            raise StoreError(f"cannot write {self.path}: {err}") from err
        settled = False
        try:
            yield
            settled = True
        except _Unsettled:
            self._torn = True
            raise
        except BaseException:
            settled = True  # rolled back: the file is as before
            raise
        finally:
            self._undo.end(folded=settled)

    def _fold(self) -> None:
        """Fold what was just committed into the file (see _undoable)."""
        try:
            self._conn.execute("CHECKPOINT")
        except RuntimeError as err:
            raise _Unsettled(f"LadybugDB could not checkpoint {self.path}: {err}") from err

    def _write_scope(self) -> AbstractContextManager[None]:
        return self._undoable()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            try:
                self._close_db()
            finally:
                _PRIVATE.release()

    # -- execution ----------------------------------------------------------------------
    def _execute(self, cypher: str, params: Mapping[str, Any] | None) -> list[dict[str, Any]]:
        if self._closed:
            raise StoreError(f"{self!r} is closed")
        try:
            return _rows(self._conn.execute(cypher, dict(params or {})))
        except RuntimeError as err:
            raise StoreError(f"LadybugDB query failed: {err}") from err
        except (UnicodeDecodeError, ValueError, OverflowError, IndexError, KeyError,
                TypeError, MemoryError) as err:
            # what a damaged file makes the binding raise while converting values
            raise StoreError(f"cannot read {self.path}: the file is damaged "
                             f"({type(err).__name__}: {err})") from err

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError as err:  # already rolled back by the failed statement
            log.debug("rollback: %s", err)

    @contextmanager
    def _transaction(self, mode: str = "") -> Iterator[Tx]:
        if mode:  # a read
            self._execute(f"BEGIN TRANSACTION{mode}", None)
            try:
                yield _EmbeddedTx(self)
            except BaseException:
                self._rollback()
                raise
            self._execute("COMMIT", None)
            return
        with self._undoable():
            self._execute("BEGIN TRANSACTION", None)
            try:
                yield _EmbeddedTx(self)
            except BaseException:
                self._rollback()
                raise
            try:
                self._execute("COMMIT", None)
            except StoreError as err:  # whether LadybugDB rolled back is not known
                raise _Unsettled(str(err)) from err
            self._fold()

    atomic_chunks = False

    @contextmanager
    def _chunk_transaction(self) -> Iterator[Tx]:
        """A bulk chunk's statements each commit on their own.  LadybugDB commits the
        rows a manual transaction inserted far more slowly than a ``COPY`` run on its
        own, and the gap grows with the rows: the 10^5-people graph (3.8M rows) spent
        84 s of its 132 s in ``COMMIT`` as one transaction; the same ``COPY`` statements
        auto-committed, one per label and type, took 47 s in all.  The bulk path is
        not atomic anyway; a chunk is an upsert, so writing again completes it.

        Each commit also checkpoints, so a chunk goes in as one statement per kind of
        row, whatever ``batch_size`` (chunks of 200k rows took minutes at 10^5): pass a
        ``chunk_rows`` above the largest label or type for one ``COPY`` each."""
        self._bulk_chunk = True
        try:
            yield _AutoCommitTx(self)
        finally:
            self._bulk_chunk = False

    def _batch_rows(self, rows: int) -> int:
        return max(rows, 1) if self._bulk_chunk else self.batch_size

    def _read(self, cypher: str, params: Mapping[str, Any] | None,
              timeout: float | None = None) -> list[dict[str, Any]]:
        if timeout is not None:
            self._conn.set_query_timeout(max(1, round(timeout * 1000)))
        try:
            with self._transaction(" READ ONLY") as tx:
                rows = tx.run(cypher, params)
        except StoreError as err:
            if timeout is not None and "Interrupted" in str(err):
                raise StoreError(f"query timed out after {timeout:g} s") from err
            raise
        finally:
            if timeout is not None:
                self._conn.set_query_timeout(0)  # 0: no limit, for the next statement
        return [{k: plain(v) for k, v in row.items()} for row in rows]

    def _write(self, cypher: str, params: Mapping[str, Any] | None) -> list[dict[str, Any]]:
        return [{k: plain(v) for k, v in row.items()} for row in self._execute(cypher, params)]

    def clear(self) -> None:
        """Delete every node and relationship by dropping and re-creating the tables: a
        table emptied by ``DETACH DELETE`` keeps its deleted rows' traces, and the next
        bulk write into it took 1.7x the CPU of one into new tables (10^4 people)."""
        with self._transaction() as tx:
            drop_schema(lambda cypher: tx.run(cypher))
            ensure_schema(lambda cypher: tx.run(cypher))

    def compact(self) -> None:
        """Rewrite the database file so that deleted data is gone from it.

        LadybugDB marks deleted rows and leaves their bytes in the file (an erased
        person's e-mail could still be read with ``grep -a``), and neither ``CHECKPOINT``
        nor overwriting a value first removes them; ``EXPORT DATABASE`` does not take
        relationship tables with several endpoint pairs.  So the graph and the ledger are
        read out and written into a new file beside the old one (the bulk path: one
        ``COPY`` per table), which then replaces it; the old file's bytes are
        overwritten with zeros before it is removed.  Needs the graph in memory."""
        graph = self.to_networkx()
        ledger = {kind: [{k: v for k, v in row["n"].items() if k not in _INTERNAL}
                         for row in self._execute(f"MATCH (n:{q(kind)}) RETURN n", None)]
                  for kind in Ledger}
        work = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.compact-", dir=self.path.parent))
        fresh_path = work / "fresh.lbug"
        reopen = False
        try:
            with EmbeddedStore(fresh_path, create=True) as fresh:
                rows = graph.number_of_nodes() + graph.number_of_edges()
                fresh.write_graph(graph, chunk_rows=max(rows, 1))
                with fresh._transaction() as tx:
                    for kind, kind_rows in ledger.items():
                        if kind_rows:
                            tx.run(ledger_upsert(kind), {"rows": ledger_param(kind, kind_rows)})
            self._close_db()
            reopen = True
            # the old file stays reachable (a second link) until the new one has
            # atomically taken its name: killed anywhere, the store is whole, and the
            # next open finds the folder and finishes the job
            os.link(self.path, work / "old.lbug")
            os.replace(fresh_path, self.path)
            shred_tree(work)
        except (RuntimeError, OSError) as err:
            raise StoreError(f"could not compact {self.path}: {err}") from err
        finally:
            shutil.rmtree(work, ignore_errors=True)
            if reopen:
                self._open_db()

    # -- writes -------------------------------------------------------------------------
    def _count_statements(self) -> tuple[str, str]:
        return count_statements()

    def _ledger_upsert(self, kind: Ledger) -> str:
        return ledger_upsert(kind)

    def _ledger_param(self, kind: Ledger, rows: list[dict[str, Any]]) -> Any:
        return ledger_param(kind, rows)

    def _existing(self, tx: Tx, group: NodeRows | RelRows,
                  rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        ids = {"id": group.specs["id"]}
        if isinstance(group, NodeRows):
            found = tx.run(existing_node_ids(group.label), {"rows": arrow_rows(rows, ids)})
        else:
            found = tx.run(existing_rel_ids(group.type, group.source_label, group.target_label),
                           {"rows": arrow_rows(rows, ids, endpoints=(SRC, DST))})
        return {row["id"]: row["props"] for row in found}

    def _insert(self, tx: Tx, group: NodeRows | RelRows, rows: list[dict[str, Any]],
                handles: Mapping[str, Any]) -> None:
        # only ever absent, distinct ids here: see the module docstring; COPY finds the
        # endpoints by primary key itself, so no handles
        if isinstance(group, NodeRows):
            tx.run(copy_rows(group.label.value, group.specs),
                   {"rows": arrow_rows(rows, group.specs, prefix="")})
        else:
            ends = (group.source_label.value, group.target_label.value)
            tx.run(copy_rows(group.type.value, group.specs, ends),
                   {"rows": arrow_rows(rows, group.specs, prefix="", endpoints=(SRC, DST))})

    def _update(self, tx: Tx, group: NodeRows | RelRows, rows: list[dict[str, Any]]) -> None:
        # rows are merged (merge_row): a key every row leaves null needs no SET
        keys = present_keys(rows, group.specs)
        specs = {key: group.specs[key] for key in keys}
        if isinstance(group, NodeRows):
            tx.run(node_update(group.label, keys), {"rows": arrow_rows(rows, specs)})
        else:
            tx.run(rel_update(group.type, group.source_label, group.target_label, keys),
                   {"rows": arrow_rows(rows, specs, endpoints=(SRC, DST))})

    # -- reads --------------------------------------------------------------------------
    def _records(self) -> tuple[Iterator[NodeRecord], Iterator[RelRecord]]:
        nodes: list[NodeRecord] = []
        rels: list[RelRecord] = []
        with self._transaction(" READ ONLY") as tx:
            for label in Label:
                for row in tx.run(f"MATCH (n:{q(label)}) RETURN n"):
                    props = {k: v for k, v in row["n"].items() if k not in _INTERNAL}
                    nodes.append((label.value, props))
            for rel in Rel:
                for row in tx.run(f"MATCH (a)-[r:{q(rel)}]->(b) "
                                  "RETURN a.id AS src, b.id AS dst, r"):
                    props = {k: v for k, v in row["r"].items() if k not in _INTERNAL}
                    rels.append((rel.value, row["src"], row["dst"], props))
        return iter(nodes), iter(rels)

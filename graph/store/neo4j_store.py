"""The Neo4j store, through the official driver (``neo4j`` 6.x; ``neo4j-rust-ext`` speeds
up row encoding when installed, with no code change).

Credentials are given to the constructor (:func:`~talentgraph.graph.store.open_store` takes
them from a :class:`~talentgraph.graph.store.config.StoreConfig`) and never appear in messages:
errors name the URI without its user-info part and the user name only.  Ad-hoc reads run
in managed read transactions with ``READ`` access mode, so the server itself refuses a
write (``Neo.ClientError.Statement.AccessMode``) besides the keyword check in
:mod:`~talentgraph.graph.store.guard`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j.exceptions import (
    AuthError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    TransientError,
)

from talentgraph.graph.cypher_files import NEO4J
from talentgraph.graph.store.base import GraphStore, NodeRecord, RelRecord, StoreError, Tx
from talentgraph.graph.store.config import StoreConfig
from talentgraph.graph.store.ledger import Ledger
from talentgraph.graph.store.neo4j_schema import (
    count_statements,
    existing_node_ids,
    existing_rel_ids,
    insert_row,
    ledger_upsert,
    node_insert,
    node_update,
    rel_insert,
    rel_insert_by_element_id,
    rel_update,
    schema_statements,
    update_row,
)
from talentgraph.graph.store.rows import NodeRows, RelRows
from talentgraph.graph.store.values import plain, primary_label
from talentgraph.ontology.schema import Label, Rel

__all__ = ["Neo4jStore", "redact_uri"]

log = logging.getLogger(__name__)

DEFAULT_BATCH = 5_000  # rows per UNWIND statement
CONSTRAINT_RACE = "Neo.ClientError.Schema.ConstraintValidationFailed"
_LABELS = frozenset(label.value for label in Label)
_TYPES = frozenset(rel.value for rel in Rel)


def redact_uri(uri: str) -> str:
    """``uri`` without a ``user:password@`` part, for messages."""
    parts = urlsplit(uri)
    if "@" not in parts.netloc:
        return uri
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


class _Rows(list[dict[str, Any]]):
    """A statement's ``$rows`` with a short repr: the driver formats every RUN message for
    its debug log whether or not the log is on (``" ".join(map(repr, fields))``), which
    costs ~4 µs per row, about a tenth of the client's time in a bulk write."""

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _params(params: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: _Rows(v) if type(v) is list else v for k, v in (params or {}).items()}


class _Neo4jTx:
    """An explicit driver transaction whose errors become :class:`StoreError`."""

    def __init__(self, store: Neo4jStore, tx: neo4j.Transaction) -> None:
        self._store = store
        self._tx = tx

    def run(self, cypher: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        try:
            return self._tx.run(cypher, _params(params)).data()
        except (Neo4jError, DriverError) as err:
            raise self._store._error(err) from err


class Neo4jStore(GraphStore):
    """A talent graph in a Neo4j 5 database; constraints and indexes are created from the
    ontology on first use.

    Parameters
    ----------
    uri
        ``bolt://``, ``neo4j://`` or a TLS variant (``neo4j+s://``); the driver picks TLS
        from the scheme.
    auth
        ``(user, password)``.
    database
        The database name, or ``None`` for the server's default.
    batch_size
        Rows per ``UNWIND`` statement; all batches of a call share one transaction
        (except on the bulk path, :meth:`write_graph` with ``chunk_rows``).
    """

    dialect = NEO4J
    concurrent_writes = True  # each transaction has its own session

    def __init__(self, uri: str, auth: tuple[str, str], *, database: str | None = None,
                 batch_size: int = DEFAULT_BATCH) -> None:
        self.uri = redact_uri(uri)
        self.user = auth[0]
        self.database = database
        self.batch_size = batch_size
        self._secret = auth[1]
        # a password written into the URI itself ends up in the driver's own messages
        self._uri_secret = urlsplit(uri).password or ""
        self._driver: neo4j.Driver | None = None
        try:
            # notifications off: stats() names types that may not exist yet, and the
            # server would warn about each of them on every call
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth,
                                                      notifications_min_severity="OFF")
            self._driver.verify_connectivity()
        except AuthError as err:
            self.close()
            raise StoreError(f"authentication failed for user {self.user} at {self.uri}") from err
        except (ServiceUnavailable, DriverError, Neo4jError, ValueError, OSError) as err:
            self.close()
            raise self._unreachable(err) from err
        for statement in schema_statements():
            self._write(statement, None)

    @classmethod
    def from_config(cls, config: StoreConfig, **options: Any) -> Neo4jStore:
        """The server ``config`` names, with its credentials and database."""
        return cls(config.store, config.auth, database=config.database, **options)

    def __repr__(self) -> str:
        return f"Neo4jStore({self.uri!r}, database={self.database!r})"

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    # -- execution ----------------------------------------------------------------------
    def _scrub_text(self, text: str | None) -> str:
        text = text or ""
        for secret in (self._secret, self._uri_secret):
            if secret:
                text = text.replace(secret, "***")
        return text

    def _scrub(self, err: BaseException) -> str:
        return self._scrub_text(str(err))

    def _unreachable(self, err: BaseException) -> StoreError:
        # one line: the driver lists each address it tried on a line of its own
        return StoreError(f"cannot reach Neo4j at {self.uri}: {' '.join(self._scrub(err).split())}")

    def _error(self, err: BaseException) -> StoreError:
        if isinstance(err, AuthError):
            return StoreError(f"authentication failed for user {self.user} at {self.uri}")
        if isinstance(err, ServiceUnavailable):
            return self._unreachable(err)
        if isinstance(err, Neo4jError) and err.code:
            # e.g. Neo.TransientError.Transaction.DeadlockDetected between bulk writers; a
            # uniqueness violation on a write means another load created the same node
            # between this one's lookup and its CREATE: run again, the lookup finds it
            race = err.code == CONSTRAINT_RACE
            return StoreError(f"Neo4j query failed: {err.code}: {self._scrub_text(err.message)}",
                              transient=race or isinstance(err, TransientError))
        return StoreError(f"Neo4j query failed: {self._scrub(err)}")

    def _session(self, access: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        if self._driver is None:
            raise StoreError(f"{self!r} is closed")
        return self._driver.session(database=self.database, default_access_mode=access)

    @contextmanager
    def _transaction(self) -> Iterator[Tx]:
        with self._session() as session:
            try:
                tx = session.begin_transaction()
            except (Neo4jError, DriverError) as err:
                raise self._error(err) from err
            try:
                yield _Neo4jTx(self, tx)
                tx.commit()
            except (Neo4jError, DriverError) as err:
                raise self._error(err) from err
            finally:
                tx.close()  # rolls back unless committed

    def _read(self, cypher: str, params: Mapping[str, Any] | None,
              timeout: float | None = None) -> list[dict[str, Any]]:
        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(cypher, dict(params or {}))
            return [{k: plain(v) for k, v in record.items()} for record in result]

        if timeout is not None:
            work = neo4j.unit_of_work(timeout=timeout)(work)
        try:
            with self._session(neo4j.READ_ACCESS) as session:
                return session.execute_read(work)
        except (Neo4jError, DriverError) as err:
            # Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration
            if timeout is not None and "TimedOut" in (getattr(err, "code", None) or ""):
                raise StoreError(f"query timed out after {timeout:g} s") from err
            raise self._error(err) from err

    def _write(self, cypher: str, params: Mapping[str, Any] | None) -> list[dict[str, Any]]:
        # auto-commit, so that CALL { ... } IN TRANSACTIONS works
        try:
            with self._session() as session:
                result = session.run(cypher, dict(params or {}))
                return [{k: plain(v) for k, v in record.items()} for record in result]
        except (Neo4jError, DriverError) as err:
            raise self._error(err) from err

    # -- writes -------------------------------------------------------------------------
    def _count_statements(self) -> tuple[str, str]:
        return count_statements()

    def _ledger_upsert(self, kind: Ledger) -> str:
        return ledger_upsert(kind)

    def _existing(self, tx: Tx, group: NodeRows | RelRows,
                  rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        if isinstance(group, NodeRows):
            probe = [{"id": r["id"]} for r in rows]
            found = tx.run(existing_node_ids(group.label), {"rows": probe})
        else:
            probe = [{"id": r["id"], "src": r["_src"], "dst": r["_dst"]} for r in rows]
            found = tx.run(existing_rel_ids(group.type, group.source_label, group.target_label),
                           {"rows": probe})
        return {row["id"]: row["props"] for row in found}

    def _insert(self, tx: Tx, group: NodeRows | RelRows, rows: list[dict[str, Any]],
                handles: Mapping[str, Any]) -> dict[str, str] | None:
        shaped = [insert_row(row, group.specs) for row in rows]
        if isinstance(group, NodeRows):
            # the element ids let the relationship inserts skip two index seeks per row
            created = tx.run(node_insert(group.label), {"rows": shaped})
            return {row["id"]: row["eid"] for row in created}
        by_eid, by_id = [], []
        for row in shaped:
            src, dst = handles.get(row["src"]), handles.get(row["dst"])
            if src is not None and dst is not None:
                row["src"], row["dst"] = src, dst
                by_eid.append(row)
            else:
                by_id.append(row)
        if by_eid:
            tx.run(rel_insert_by_element_id(group.type), {"rows": by_eid})
        if by_id:
            tx.run(rel_insert(group.type, group.source_label, group.target_label),
                   {"rows": by_id})
        return None

    def _update(self, tx: Tx, group: NodeRows | RelRows, rows: list[dict[str, Any]]) -> None:
        shaped = [update_row(row, group.specs) for row in rows]
        if isinstance(group, NodeRows):
            tx.run(node_update(group.label), {"rows": shaped})
        else:
            tx.run(rel_update(group.type, group.source_label, group.target_label),
                   {"rows": shaped})

    # -- reads --------------------------------------------------------------------------
    def _records(self) -> tuple[Iterator[NodeRecord], Iterator[RelRecord]]:
        nodes: list[NodeRecord] = []
        rels: list[RelRecord] = []
        for row in self._read(self._statement("all_nodes"), None):
            label = primary_label(row["labels"])
            if label in _LABELS:
                nodes.append((label, row["props"]))
            else:
                log.warning("skipping a node with labels %s outside the ontology", row["labels"])
        for row in self._read(self._statement("all_relationships"), None):
            if row["type"] in _TYPES:
                rels.append((row["type"], row["src"], row["dst"], row["props"]))
        return iter(nodes), iter(rels)

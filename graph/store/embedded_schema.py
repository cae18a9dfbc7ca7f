"""LadybugDB DDL and upsert statements, generated from the ontology.

Only :class:`~talentgraph.ontology.schema.Label` / :class:`~talentgraph.ontology.schema.Rel`
names and ontology property keys are spliced into the text (always back-quoted, since
keys such as ``position`` or ``date`` may be reserved words); values travel as parameters
(Arrow tables scanned with ``LOAD FROM $rows`` / ``COPY ... FROM $rows``).  In those
tables a property ``k`` is the column ``v_k`` and the endpoints are ``e_src`` / ``e_dst``,
so no column can collide with a keyword or with a pattern variable.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from talentgraph.graph.store.ledger import COLUMNS, Ledger
from talentgraph.ontology.schema import Label, NodeSpec, PropertySpec, Rel, RelSpec, schema

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "arrow_rows",
    "copy_rows",
    "count_statements",
    "ensure_schema",
    "existing_node_ids",
    "existing_rel_ids",
    "ledger_param",
    "ledger_upsert",
    "node_update",
    "rel_update",
    "schema_changes",
]

log = logging.getLogger(__name__)

_COLUMN_TYPES = {"string": "STRING", "integer": "INT64", "boolean": "BOOLEAN",
                 "double": "DOUBLE"}
SRC, DST = "e_src", "e_dst"

Execute = Callable[[str], list[dict[str, Any]]]


def q(name: str) -> str:
    """A back-quoted identifier (names come from the ontology only)."""
    return f"`{name}`"


def column_type(spec: PropertySpec) -> str:
    """The LadybugDB column type of a property."""
    base = _COLUMN_TYPES[spec.datatype]
    return f"{base}[]" if spec.is_list else base


@cache
def _arrow() -> dict[str, Any]:
    """pyarrow and its column types, imported by the first write (reads need neither)."""
    import pyarrow as pa

    return {"pa": pa, "string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_(),
            "double": pa.float64(), "string[]": pa.list_(pa.string())}


def arrow_type(spec: PropertySpec) -> pa.DataType:
    """The Arrow type of a property column (typed even when every value is null)."""
    types = _arrow()
    base = types[spec.datatype]
    return types["pa"].list_(base) if spec.is_list else base


def arrow_rows(rows: list[dict[str, Any]], specs: Mapping[str, PropertySpec], *,
               prefix: str = "v_", endpoints: tuple[str, str] | None = None) -> pa.Table:
    """Rows as a typed Arrow table: ``endpoints`` (column names for ``_src``/``_dst``)
    first, then one column per ontology property in schema order."""
    pa = _arrow()["pa"]
    columns: dict[str, pa.Array] = {}
    if endpoints:
        columns[endpoints[0]] = pa.array([r["_src"] for r in rows], pa.string())
        columns[endpoints[1]] = pa.array([r["_dst"] for r in rows], pa.string())
    for key, spec in specs.items():
        columns[prefix + key] = pa.array([r[key] for r in rows], arrow_type(spec))
    return pa.table(columns)


def _columns(specs: Mapping[str, PropertySpec], skip: str = "") -> str:
    return ", ".join(f"{q(key)} {column_type(spec)}" for key, spec in specs.items()
                     if key != skip)


def node_table_ddl(spec: NodeSpec) -> str:
    """``CREATE NODE TABLE`` for a label, keyed on ``id``."""
    return (f"CREATE NODE TABLE IF NOT EXISTS {q(spec.label)}"
            f"(`id` STRING PRIMARY KEY, {_columns(spec.properties, skip='id')})")


def rel_table_ddl(spec: RelSpec) -> str:
    """``CREATE REL TABLE`` for a type with every (from, to) pair of the ontology."""
    pairs = ", ".join(f"FROM {q(a)} TO {q(b)}" for a, b in spec.endpoints)
    return f"CREATE REL TABLE IF NOT EXISTS {q(spec.type)}({pairs}, {_columns(spec.properties)})"


def _missing_columns(execute: Execute, table: str,
                     columns: Mapping[str, str]) -> list[str]:
    present = {row["name"] for row in execute(f"CALL table_info('{table}') RETURN name")}
    return [f"ALTER TABLE {q(table)} ADD {q(key)} {kind}"
            for key, kind in columns.items() if key not in present]


def schema_changes(execute: Execute) -> list[str]:
    """The DDL that creates the tables the ontology names, or brings existing ones up to
    date (new properties become new columns, new endpoint pairs are added); empty when
    the store is current.  Reads only, so a read-only open can tell an older store."""
    tables = {row["name"] for row in execute("CALL show_tables() RETURN name")}
    out: list[str] = []
    for label, spec in schema().nodes.items():
        if label.value in tables:
            out += _missing_columns(execute, label.value,
                                    {k: column_type(v) for k, v in spec.properties.items()})
        else:
            out.append(node_table_ddl(spec))
    for rel, spec in schema().rels.items():
        if rel.value not in tables:
            out.append(rel_table_ddl(spec))
            continue
        out += _missing_columns(execute, rel.value,
                                {k: column_type(v) for k, v in spec.properties.items()})
        pairs = {(row["src"], row["dst"]) for row in execute(
            f"CALL show_connection('{rel.value}') "
            "RETURN `source table name` AS src, `destination table name` AS dst")}
        out += [f"ALTER TABLE {q(rel)} ADD FROM {q(a)} TO {q(b)}"
                for a, b in spec.endpoints if (a.value, b.value) not in pairs]
    for kind, columns in COLUMNS.items():
        types = {k: _LEDGER_TYPES[t] for k, t in columns.items()}
        if kind.value not in tables:
            rest = ", ".join(f"{q(k)} {t}" for k, t in types.items() if k != "id")
            out.append(f"CREATE NODE TABLE IF NOT EXISTS {q(kind)}(`id` STRING PRIMARY KEY, "
                       f"{rest})")
        else:
            out += _missing_columns(execute, kind.value, types)
    return out


def ensure_schema(execute: Execute) -> None:
    """Run :func:`schema_changes` (idempotent)."""
    for statement in schema_changes(execute):
        log.info("schema: %s", statement)
        execute(statement)


_LEDGER_TYPES = {"string": "STRING", "integer": "INT64", "string[]": "STRING[]"}


def ledger_param(kind: Ledger, rows: list[dict[str, Any]]) -> pa.Table:
    """Ledger rows as the typed Arrow table :func:`ledger_upsert` scans."""
    types = _arrow()
    pa = types["pa"]
    return pa.table({f"v_{key}": pa.array([row.get(key) for row in rows], types[t])
                     for key, t in COLUMNS[kind].items()})


def ledger_upsert(kind: Ledger) -> str:
    """Create or overwrite ledger rows of ``kind`` from a :func:`ledger_param` table."""
    sets = ", ".join(f"n.{q(key)} = v_{key}" for key in COLUMNS[kind] if key != "id")
    return f"LOAD FROM $rows\nMERGE (n:{q(kind)} {{id: v_id}})\nSET {sets}"


def count_statements() -> tuple[str, str]:
    """Count the graph's nodes and relationships, leaving the ledger out (a label list
    in a pattern is a union of tables in LadybugDB)."""
    labels = ":".join(q(label) for label in Label)
    types = "|".join(q(rel) for rel in Rel)
    return (f"MATCH (n:{labels}) RETURN count(*) AS count",
            f"MATCH ()-[r:{types}]->() RETURN count(*) AS count")


def drop_schema(execute: Execute) -> None:
    """Drop every table, also any an older ontology made (relationship tables first: a
    node table with relationship tables on it cannot be dropped)."""
    tables = execute("CALL show_tables() RETURN name, type")
    for kind in ("REL", "NODE"):
        for row in tables:
            if row["type"] == kind:
                execute(f"DROP TABLE {q(row['name'])}")


def _set_clause(var: str, keys: tuple[str, ...]) -> str:
    """SET items copying the ``v_`` columns of merged rows into ``var`` (a null column
    leaves the stored null as it is)."""
    return "SET " + ", ".join(f"{var}.{q(key)} = v_{key}" for key in keys if key != "id")


def copy_rows(table: str, specs: Mapping[str, PropertySpec],
              endpoints: tuple[str, str] | None = None) -> str:
    """Bulk-insert new rows from an :func:`arrow_rows` table (``prefix=""``), naming the
    columns so the table's column order does not matter."""
    columns = ", ".join(q(key) for key in specs)
    pairs = f" (from='{endpoints[0]}', to='{endpoints[1]}')" if endpoints else ""
    return f"COPY {q(table)}({columns}) FROM $rows{pairs}"


def existing_node_ids(label: Label) -> str:
    """Which of the ``v_id`` rows already exist, with their stored properties."""
    return f"LOAD FROM $rows\nMATCH (n:{q(label)} {{id: v_id}})\nRETURN n.id AS id, n AS props"


def node_update(label: Label, keys: tuple[str, ...]) -> str:
    """Overwrite existing nodes of ``label`` with merged rows (columns ``v_<key>``)."""
    return f"LOAD FROM $rows\nMATCH (n:{q(label)} {{id: v_id}})\n{_set_clause('n', keys)}"


def _rel_match(rel: Rel, source: Label, target: Label) -> str:
    return (f"LOAD FROM $rows\nMATCH (a:{q(source)} {{id: {SRC}}})"
            f"-[r:{q(rel)} {{id: v_id}}]->(b:{q(target)} {{id: {DST}}})")


def existing_rel_ids(rel: Rel, source: Label, target: Label) -> str:
    """Which rows' relationships already exist between their endpoints, with their
    stored properties."""
    return f"{_rel_match(rel, source, target)}\nRETURN r.id AS id, r AS props"


def rel_update(rel: Rel, source: Label, target: Label, keys: tuple[str, ...]) -> str:
    """Overwrite existing relationships with merged rows (columns ``v_<key>``)."""
    return f"{_rel_match(rel, source, target)}\n{_set_clause('r', keys)}"

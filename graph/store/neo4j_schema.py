"""Neo4j constraints, indexes and batched upserts, generated from the ontology.

Only :class:`~talentgraph.ontology.schema.Label` / :class:`~talentgraph.ontology.schema.Rel`
names, extra labels and property keys are spliced into the text; every value arrives in
``$rows``.  Rows for inserts are ``{"props": {...}}`` (all non-null properties, ``id``
included); rows for updates are ``{"id", "props": {non-null scalars}, <list key>: [...] |
null}``, so ``SET x += row.props`` overwrites scalars without erasing stored values the
new row does not know.  Relationship rows also carry the endpoint ids ``src`` / ``dst``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from talentgraph.ontology.schema import Label, PropertySpec, Rel, schema

__all__ = [
    "existing_node_ids",
    "existing_rel_ids",
    "insert_row",
    "node_insert",
    "node_update",
    "rel_insert",
    "rel_update",
    "schema_statements",
    "update_row",
]


def q(name: str) -> str:
    """A back-quoted identifier (names come from the ontology only)."""
    return f"`{name}`"


def schema_statements() -> list[str]:
    """A uniqueness constraint on ``id`` for every label, an index for every indexed
    property (``IF NOT EXISTS``: safe to run on every open)."""
    statements = []
    for label, spec in schema().nodes.items():
        statements.append(f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
                          f"FOR (n:{q(label)}) REQUIRE n.id IS UNIQUE")
        for key, prop in spec.properties.items():
            if prop.indexed and not prop.unique:
                statements.append(f"CREATE INDEX {label.lower()}_{key} IF NOT EXISTS "
                                  f"FOR (n:{q(label)}) ON (n.{q(key)})")
    return statements


def _ends(row: Mapping[str, Any], out: dict[str, Any]) -> dict[str, Any]:
    if "_src" in row:
        out["src"], out["dst"] = row["_src"], row["_dst"]
    return out


def insert_row(row: Mapping[str, Any], specs: Mapping[str, PropertySpec]) -> dict[str, Any]:
    """A :mod:`~talentgraph.graph.store.rows` row shaped for the inserts."""
    props = {key: row[key] for key in specs if row[key] is not None}
    return _ends(row, {"props": props})


def update_row(row: Mapping[str, Any], specs: Mapping[str, PropertySpec]) -> dict[str, Any]:
    """A :mod:`~talentgraph.graph.store.rows` row shaped for the updates."""
    out: dict[str, Any] = {"id": row["id"], "props": {}}
    for key, spec in specs.items():
        if spec.is_list:
            out[key] = row[key]
        elif row[key] is not None and key != "id":
            out["props"][key] = row[key]
    return _ends(row, out)


def _extra_labels(label: Label, *, new: bool) -> list[str]:
    """FOREACH clauses keeping the flag-driven extra labels in step with the flags."""
    lines = []
    for extra, flag in schema().nodes[label].extra_labels:
        lines.append(f"FOREACH (_ IN CASE WHEN n.{q(flag)} THEN [1] ELSE [] END "
                     f"| SET n:{q(extra)})")
        if not new:
            lines.append(f"FOREACH (_ IN CASE WHEN n.{q(flag)} THEN [] ELSE [1] END "
                         f"| REMOVE n:{q(extra)})")
    return lines


def _merge_items(var: str, specs: Mapping[str, PropertySpec], keys: tuple[str, ...]) -> list[str]:
    items = [f"SET {var} += row.props"]
    for key in keys:
        old, new = f"{var}.{q(key)}", f"row.{q(key)}"
        if key == "sources":
            items.append(f"SET {old} = COLLECT {{ UNWIND coalesce({old}, []) + {new} AS s "
                         "RETURN DISTINCT s ORDER BY s }")
        elif specs[key].is_list:
            items.append(f"SET {old} = CASE WHEN {new} IS NULL THEN {old} "
                         f"ELSE coalesce({old}, []) + "
                         f"[x IN {new} WHERE NOT x IN coalesce({old}, [])] END")
    return items


def existing_node_ids(label: Label) -> str:
    """Which of ``$rows`` (``{"id"}``) already exist."""
    return f"UNWIND $rows AS row\nMATCH (n:{q(label)} {{id: row.id}})\nRETURN n.id AS id"


def node_insert(label: Label) -> str:
    """Create absent nodes of ``label`` (no MERGE needed: the ids were looked up)."""
    return "\n".join(["UNWIND $rows AS row", f"CREATE (n:{q(label)})", "SET n = row.props",
                      *_extra_labels(label, new=True)])


def node_update(label: Label, keys: tuple[str, ...]) -> str:
    """Merge rows into existing nodes of ``label``; ``keys`` are the properties present."""
    specs = schema().nodes[label].properties
    return "\n".join(["UNWIND $rows AS row", f"MATCH (n:{q(label)} {{id: row.id}})",
                      *_merge_items("n", specs, keys), *_extra_labels(label, new=False)])


def _ends_match(source: Label, target: Label) -> list[str]:
    # two separate MATCHes, each on the unique id (a comma join can plan as a cross join)
    return [f"MATCH (a:{q(source)} {{id: row.src}})", f"MATCH (b:{q(target)} {{id: row.dst}})"]


def existing_rel_ids(rel: Rel, source: Label, target: Label) -> str:
    """Which of ``$rows`` (``{"id", "src", "dst"}``) already exist between their ends."""
    return "\n".join(["UNWIND $rows AS row", *_ends_match(source, target),
                      f"MATCH (a)-[r:{q(rel)} {{id: row.id}}]->(b)", "RETURN r.id AS id"])


def rel_insert(rel: Rel, source: Label, target: Label) -> str:
    """Create absent relationships between matched endpoints."""
    return "\n".join(["UNWIND $rows AS row", *_ends_match(source, target),
                      f"CREATE (a)-[r:{q(rel)}]->(b)", "SET r = row.props"])


def rel_update(rel: Rel, source: Label, target: Label, keys: tuple[str, ...]) -> str:
    """Merge rows into existing relationships; ``keys`` are the properties present."""
    specs = schema().rels[rel].properties
    return "\n".join(["UNWIND $rows AS row", *_ends_match(source, target),
                      f"MATCH (a)-[r:{q(rel)} {{id: row.id}}]->(b)",
                      *_merge_items("r", specs, keys)])

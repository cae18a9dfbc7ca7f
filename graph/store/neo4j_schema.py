"""Neo4j constraints, indexes and batched upserts, generated from the ontology.

Only :class:`~talentgraph.ontology.schema.Label` / :class:`~talentgraph.ontology.schema.Rel`
names, extra labels and property keys are spliced into the text; every value arrives in
``$rows``.  A row is ``{"id", "props": {non-null scalars}, "sources": [...], <list key>:
[...] | null}`` (plus ``src`` / ``dst`` for relationships), so ``SET x += row.props``
overwrites scalars without erasing stored values the new row does not know.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from talentgraph.ontology.schema import Label, PropertySpec, Rel, schema

__all__ = ["node_upsert", "rel_upsert", "schema_statements", "split_row"]


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


def split_row(row: Mapping[str, Any], specs: Mapping[str, PropertySpec]) -> dict[str, Any]:
    """A :mod:`~talentgraph.graph.store.rows` row in the shape the upserts expect."""
    out: dict[str, Any] = {"id": row["id"], "props": {}}
    for key, spec in specs.items():
        if key == "id":
            continue
        if spec.is_list:
            out[key] = row[key]
        elif row[key] is not None:
            out["props"][key] = row[key]
    if "_src" in row:
        out["src"], out["dst"] = row["_src"], row["_dst"]
    return out


def _set_items(var: str, specs: Mapping[str, PropertySpec]) -> list[str]:
    items = [f"SET {var} += row.props"]
    for key, spec in specs.items():
        old, new = f"{var}.{q(key)}", f"row.{q(key)}"
        if key == "sources":
            items.append(f"SET {old} = COLLECT {{ UNWIND coalesce({old}, []) + {new} AS s "
                         "RETURN DISTINCT s ORDER BY s }")
        elif spec.is_list:
            items.append(f"SET {old} = CASE WHEN {new} IS NULL THEN {old} "
                         f"ELSE coalesce({old}, []) + "
                         f"[x IN {new} WHERE NOT x IN coalesce({old}, [])] END")
    return items


def node_upsert(label: Label) -> str:
    """``UNWIND $rows`` merge of one label; flags named by the ontology add or remove the
    extra labels (``Organization`` + ``:Employer`` / ``:School``)."""
    spec = schema().nodes[label]
    lines = ["UNWIND $rows AS row", f"MERGE (n:{q(label)} {{id: row.id}})",
             *_set_items("n", spec.properties)]
    for extra, flag in spec.extra_labels:
        lines.append(f"FOREACH (_ IN CASE WHEN n.{q(flag)} THEN [1] ELSE [] END "
                     f"| SET n:{q(extra)})")
        lines.append(f"FOREACH (_ IN CASE WHEN n.{q(flag)} THEN [] ELSE [1] END "
                     f"| REMOVE n:{q(extra)})")
    return "\n".join(lines)


def rel_upsert(rel: Rel, source: Label, target: Label) -> str:
    """``UNWIND $rows`` merge of one relationship type between matched endpoints
    (two separate MATCHes, each on the unique ``id``)."""
    return "\n".join([
        "UNWIND $rows AS row",
        f"MATCH (a:{q(source)} {{id: row.src}})",
        f"MATCH (b:{q(target)} {{id: row.dst}})",
        f"MERGE (a)-[r:{q(rel)} {{id: row.id}}]->(b)",
        *_set_items("r", schema().rels[rel].properties),
    ])

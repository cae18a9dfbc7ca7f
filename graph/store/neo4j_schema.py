"""Neo4j constraints, indexes and batched upserts, generated from the ontology.

Only :class:`~talentgraph.ontology.schema.Label` / :class:`~talentgraph.ontology.schema.Rel`
names, extra labels and property keys are spliced into the text; every value arrives in
``$rows``.  Rows for inserts are flat maps of the non-null properties (``id`` included);
rows for updates are ``{"id", "props": {...}}`` holding already merged values
(:mod:`~talentgraph.graph.store.merge`), so ``SET x += row.props`` is exact.  Relationship
rows also carry the endpoint ids ``src`` / ``dst``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from talentgraph.graph.store.ledger import COLUMNS, Ledger
from talentgraph.ontology.schema import Label, PropertySpec, Rel, schema

__all__ = [
    "count_statements",
    "existing_node_ids",
    "existing_rel_ids",
    "insert_row",
    "ledger_upsert",
    "node_insert",
    "node_update",
    "rel_insert",
    "rel_insert_by_element_id",
    "rel_update",
    "schema_statements",
    "update_row",
]


def q(name: str) -> str:
    """A back-quoted identifier (names come from the ontology only)."""
    return f"`{name}`"


def schema_statements() -> list[str]:
    """A uniqueness constraint on ``id`` for every label, an index for every indexed
    property (of nodes and of relationships) and on every relationship type's ``id``
    (``IF NOT EXISTS``: safe to run on every open)."""
    statements = []
    for label, spec in schema().nodes.items():
        statements.append(f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
                          f"FOR (n:{q(label)}) REQUIRE n.id IS UNIQUE")
        for key, prop in spec.properties.items():
            if prop.indexed and not prop.unique:
                statements.append(f"CREATE INDEX {label.lower()}_{key} IF NOT EXISTS "
                                  f"FOR (n:{q(label)}) ON (n.{q(key)})")
    for kind in Ledger:
        statements.append(f"CREATE CONSTRAINT ledger{kind.lower()}_id IF NOT EXISTS "
                          f"FOR (n:{q(kind)}) REQUIRE n.id IS UNIQUE")
    for rel, rel_spec in schema().rels.items():
        # not unique: the same edge id between other endpoints is another relationship
        statements.append(f"CREATE INDEX rel_{rel.lower()}_id IF NOT EXISTS "
                          f"FOR ()-[r:{q(rel)}]-() ON (r.id)")
        for key, prop in rel_spec.properties.items():
            if prop.indexed and key != "id":  # e.g. confidence: the few guessed facts
                statements.append(f"CREATE INDEX rel_{rel.lower()}_{key} IF NOT EXISTS "
                                  f"FOR ()-[r:{q(rel)}]-() ON (r.{q(key)})")
    return statements


def count_statements() -> tuple[str, str]:
    """Count the graph's nodes and relationships, leaving the ledger out; one count per
    label and type, which Neo4j answers from its count store."""
    nodes = " UNION ALL ".join(f"MATCH (n:{q(label)}) RETURN count(n) AS c" for label in Label)
    rels = " UNION ALL ".join(f"MATCH ()-[r:{q(rel)}]->() RETURN count(r) AS c" for rel in Rel)
    return (f"CALL () {{ {nodes} }} RETURN sum(c) AS count",
            f"CALL () {{ {rels} }} RETURN sum(c) AS count")


def ledger_upsert(kind: Ledger) -> str:
    """Create or overwrite ledger rows of ``kind`` from ``$rows`` (maps with every column)."""
    sets = ", ".join(f"n.{q(key)} = row.{q(key)}" for key in COLUMNS[kind] if key != "id")
    return f"UNWIND $rows AS row\nMERGE (n:{q(kind)} {{id: row.id}})\nSET {sets}"


def _ends(row: Mapping[str, Any], out: dict[str, Any]) -> dict[str, Any]:
    if "_src" in row:
        out["src"], out["dst"] = row["_src"], row["_dst"]
    return out


def insert_row(row: Mapping[str, Any], specs: Mapping[str, PropertySpec]) -> dict[str, Any]:
    """A :mod:`~talentgraph.graph.store.rows` row shaped for the inserts: its non-null
    properties, flat (an absent key reads as null, which ``CREATE`` does not store)."""
    # rows hold exactly the ontology keys plus the endpoints (rows.group_rows)
    out = {key: value for key, value in row.items() if value is not None}
    if "_src" in out:
        out["src"], out["dst"] = out.pop("_src"), out.pop("_dst")
    return out


def _pattern_props(specs: Mapping[str, PropertySpec]) -> str:
    # the keys spelled out: ``SET x = row.props`` after CREATE makes the planner add an
    # Eager (it cannot tell which properties a map writes), which buffers every row
    return "{" + ", ".join(f"{q(key)}: row.{q(key)}" for key in specs) + "}"


def update_row(row: Mapping[str, Any], specs: Mapping[str, PropertySpec]) -> dict[str, Any]:
    """A merged row (:func:`~talentgraph.graph.store.merge.merge_row`) shaped for the
    updates: its non-null values are the final ones, so ``SET x += row.props`` is exact."""
    props = {key: row[key] for key in specs if key != "id" and row[key] is not None}
    return _ends(row, {"id": row["id"], "props": props})


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


def existing_node_ids(label: Label) -> str:
    """Which of ``$rows`` (``{"id"}``) already exist, with their stored properties."""
    return (f"UNWIND $rows AS row\nMATCH (n:{q(label)} {{id: row.id}})\n"
            "RETURN n.id AS id, properties(n) AS props")


def node_insert(label: Label) -> str:
    """Create absent nodes of ``label`` (no MERGE needed: the ids were looked up); returns
    each new node's ``id`` and ``eid`` (element id) for :func:`rel_insert_by_element_id`."""
    props = _pattern_props(schema().nodes[label].properties)
    return "\n".join(["UNWIND $rows AS row", f"CREATE (n:{q(label)} {props})",
                      *_extra_labels(label, new=True),
                      "RETURN row.id AS id, elementId(n) AS eid"])


def node_update(label: Label) -> str:
    """Overwrite existing nodes of ``label`` with merged rows."""
    return "\n".join(["UNWIND $rows AS row", f"MATCH (n:{q(label)} {{id: row.id}})",
                      "SET n += row.props", *_extra_labels(label, new=False)])


def _rel_match(rel: Rel, source: Label, target: Label) -> list[str]:
    # seek the relationship by its indexed id: expanding from an endpoint instead costs
    # the endpoint's degree per row (an employer with thousands of WORKED_AT)
    return [f"MATCH (a:{q(source)})-[r:{q(rel)} {{id: row.id}}]->(b:{q(target)})",
            f"USING INDEX r:{q(rel)}(id)",
            "WHERE a.id = row.src AND b.id = row.dst"]


def existing_rel_ids(rel: Rel, source: Label, target: Label) -> str:
    """Which of ``$rows`` (``{"id", "src", "dst"}``) already exist between their ends,
    with their stored properties."""
    return "\n".join(["UNWIND $rows AS row", *_rel_match(rel, source, target),
                      "RETURN r.id AS id, properties(r) AS props"])


def rel_insert(rel: Rel, source: Label, target: Label) -> str:
    """Create absent relationships between matched endpoints (two MATCHes, each a seek on
    the unique id; a comma join can plan as a cross join)."""
    props = _pattern_props(schema().rels[rel].properties)
    return "\n".join(["UNWIND $rows AS row", f"MATCH (a:{q(source)} {{id: row.src}})",
                      f"MATCH (b:{q(target)} {{id: row.dst}})",
                      f"CREATE (a)-[r:{q(rel)} {props}]->(b)"])


def rel_insert_by_element_id(rel: Rel) -> str:
    """Create absent relationships between endpoints given by element id (``src`` /
    ``dst`` hold what :func:`node_insert` returned): a seek by element id is about half
    the server time of the two id-index seeks of :func:`rel_insert`."""
    props = _pattern_props(schema().rels[rel].properties)
    return "\n".join(["UNWIND $rows AS row", "MATCH (a) WHERE elementId(a) = row.src",
                      "MATCH (b) WHERE elementId(b) = row.dst",
                      f"CREATE (a)-[r:{q(rel)} {props}]->(b)"])


def rel_update(rel: Rel, source: Label, target: Label) -> str:
    """Overwrite existing relationships with merged rows."""
    return "\n".join(["UNWIND $rows AS row", *_rel_match(rel, source, target),
                      "SET r += row.props"])

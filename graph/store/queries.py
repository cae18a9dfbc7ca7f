"""The fixed Cypher statements of the stores, one ``cypher/<name>.cypher`` file each.

Where LadybugDB's dialect differs, ``cypher/<name>.lbug.cypher`` overrides the shared file
(list comprehensions become ``list_filter`` lambdas, ``IN TRANSACTIONS`` does not exist).
Statements generated from the ontology (DDL, per-label upserts) live next to the store
that runs them, built only from :class:`~talentgraph.ontology.schema.Label` /
:class:`~talentgraph.ontology.schema.Rel` and property names.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["EMBEDDED", "NEO4J", "query"]

NEO4J = "neo4j"
EMBEDDED = "lbug"


@cache
def query(name: str, dialect: str = NEO4J) -> str:
    """The text of statement ``name`` for ``dialect`` (``"neo4j"`` or ``"lbug"``)."""
    folder = files("talentgraph.graph.store").joinpath("cypher")
    override = folder.joinpath(f"{name}.{dialect}.cypher")
    source = override if override.is_file() else folder.joinpath(f"{name}.cypher")
    return source.read_text("utf-8")

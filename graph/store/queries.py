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
from importlib.resources.abc import Traversable

__all__ = ["EMBEDDED", "NEO4J", "dialect_text", "query"]

NEO4J = "neo4j"
EMBEDDED = "lbug"


def dialect_text(folder: Traversable, name: str, dialect: str | None) -> str:
    """``folder/<name>.<dialect>.cypher`` when it exists, else ``folder/<name>.cypher``."""
    override = folder.joinpath(f"{name}.{dialect}.cypher") if dialect else None
    source = override if override is not None and override.is_file() \
        else folder.joinpath(f"{name}.cypher")
    return source.read_text("utf-8")


@cache
def query(name: str, dialect: str = NEO4J) -> str:
    """The text of statement ``name`` for ``dialect`` (``"neo4j"`` or ``"lbug"``)."""
    return dialect_text(files("talentgraph.graph.store").joinpath("cypher"), name, dialect)

"""Which store a command talks to, from ``--store`` / ``TALENTGRAPH_STORE`` and Neo4j env vars."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

__all__ = ["DEFAULT_STORE", "NEO4J_SCHEMES", "Settings"]

DEFAULT_STORE = "./talentgraph.lbug"
NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


@dataclass(frozen=True)
class Settings:
    """The store a command uses.  A URI with a Neo4j scheme means Neo4j, anything else a path
    to the embedded database.  Credentials are read from the environment when needed and
    are never part of ``repr`` (so they cannot leak into logs or errors)."""

    store: str = DEFAULT_STORE
    username: str = field(default_factory=lambda: os.environ.get("NEO4J_USERNAME", "neo4j"),
                          repr=False)
    password: str = field(default_factory=lambda: os.environ.get("NEO4J_PASSWORD", ""),
                          repr=False)
    database: str | None = field(default_factory=lambda: os.environ.get("NEO4J_DATABASE"))

    @property
    def is_neo4j(self) -> bool:
        """True when the store names a Neo4j server."""
        return self.store.lower().startswith(NEO4J_SCHEMES)

"""Which store a command talks to, from ``--store`` / ``TALENTGRAPH_STORE`` and Neo4j env vars.

The only module that reads the environment for the store: the library takes a
:class:`~talentgraph.graph.store.config.StoreConfig` and never looks at ``os.environ``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from talentgraph.graph.store.config import (
    DEFAULT_STORE,
    NEO4J_SCHEMES,
    StoreConfig,
    store_problem,
)

__all__ = ["DEFAULT_STORE", "NEO4J_SCHEMES", "Settings", "store_problem"]


@dataclass(frozen=True)
class Settings(StoreConfig):
    """The store a command uses, with Neo4j's credentials and database read from
    ``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` unless given.  The CLI
    passes ``create=False`` to every command but ``load``."""

    username: str = field(default_factory=lambda: os.environ.get("NEO4J_USERNAME", "neo4j"),
                          repr=False)
    password: str = field(default_factory=lambda: os.environ.get("NEO4J_PASSWORD", ""),
                          repr=False)
    database: str | None = field(default_factory=lambda: os.environ.get("NEO4J_DATABASE"))

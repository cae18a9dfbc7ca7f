"""What a command reads from the environment: the store (``--store`` /
``TALENTGRAPH_STORE`` and the Neo4j variables) and the redaction salt.

The library takes these as values (a :class:`~talentgraph.graph.store.config.StoreConfig`,
a ``salt=``) and does not look at ``os.environ`` for them.
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

__all__ = ["DEFAULT_STORE", "NEO4J_SCHEMES", "SALT_ENV", "Settings", "redact_salt",
           "store_problem"]

SALT_ENV = "TALENTGRAPH_REDACT_SALT"


def redact_salt() -> str | None:
    """The salt of ``--redact`` pseudonyms, ``$TALENTGRAPH_REDACT_SALT``; None: the export
    derives one from the graph's sources."""
    return os.environ.get(SALT_ENV) or None


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

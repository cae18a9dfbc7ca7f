"""Which store to open: a path for the embedded LadybugDB file or a Neo4j URI, with the
Neo4j credentials.

The library takes these as values; reading them from the environment and the command line
is the CLI's job (:mod:`talentgraph.config`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["ACCEPTED", "DEFAULT_STORE", "NEO4J_SCHEMES", "StoreConfig", "is_neo4j_uri",
           "store_problem"]

DEFAULT_STORE = "./talentgraph.lbug"
NEO4J_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")
_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<rest>.*)$", re.DOTALL)
ACCEPTED = (f"a file path for the embedded store (or file:///path), or a Neo4j URI "
            f"({', '.join(s.removesuffix('://') for s in NEO4J_SCHEMES)})")


def is_neo4j_uri(store: str) -> bool:
    """True when ``store`` names a Neo4j server (one of :data:`NEO4J_SCHEMES`)."""
    return store.lower().startswith(NEO4J_SCHEMES)


def store_problem(store: str) -> str | None:
    """Why ``store`` names no store talentgraph can use, or ``None``.

    Anything that looks like a URI must be a Neo4j one: ``--store http://localhost:7474``
    used to become a folder ``./http:/localhost:7474`` holding an empty database.  A
    ``file://`` URI is taken only without a host (``file:///data/graph.lbug``)."""
    if not store.strip():
        return "the store path is empty"
    match = _SCHEME.match(store)
    if match is None or is_neo4j_uri(store):
        return None
    if match["scheme"].lower() == "file" and match["rest"].startswith("/"):
        return None
    return f"cannot use {store!r} as a store: expected {ACCEPTED}"


@dataclass(frozen=True)
class StoreConfig:
    """The store to open.  A URI with a Neo4j scheme means Neo4j, anything else a path to
    the embedded database.  The password is never part of ``repr`` (so it cannot leak
    into logs or errors).

    ``create`` says whether opening may create a missing embedded store: only a load
    does; readers refuse a path where no graph is, so a mistyped path is an error rather
    than an empty answer."""

    store: str = DEFAULT_STORE
    username: str = field(default="neo4j", repr=False)
    password: str = field(default="", repr=False)
    database: str | None = None
    create: bool = True

    @property
    def is_neo4j(self) -> bool:
        """True when the store names a Neo4j server."""
        return is_neo4j_uri(self.store)

    @property
    def path(self) -> str:
        """The embedded store's path (a ``file:///`` URI turned into its path)."""
        if self.store.lower().startswith("file://"):
            return self.store[len("file://"):]
        return self.store

    @property
    def auth(self) -> tuple[str, str]:
        """``(user, password)`` for a Neo4j server."""
        return (self.username, self.password)

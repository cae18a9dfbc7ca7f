"""Graph stores: one small interface (:class:`GraphStore`), two real implementations.

:func:`open_store` picks the implementation from :class:`~talentgraph.config.Settings`:
a Neo4j URI means :class:`~talentgraph.graph.store.neo4j_store.Neo4jStore`, anything else
the embedded LadybugDB file (:class:`~talentgraph.graph.store.embedded.EmbeddedStore`).
"""

from __future__ import annotations

from talentgraph.graph.store.base import ForgetStats, GraphStore, StoreError, WriteStats, open_store
from talentgraph.graph.store.rows import canonical_dump

__all__ = ["ForgetStats", "GraphStore", "StoreError", "WriteStats", "canonical_dump", "open_store"]

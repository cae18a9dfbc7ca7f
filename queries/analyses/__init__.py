"""Graph analyses: pure functions of networkx projections of the talent graph.

Nothing here opens a database: build a projection (:mod:`.projections`) from the graph a
store returns (``store.to_networkx()``), then measure it (:mod:`.centrality`,
:mod:`.communities`, :mod:`.similarity`, :mod:`.paths`).  Heavy measures take
``engine="networkx" | "igraph" | "auto"`` or a :class:`~.gds_engine.GdsEngine` (which runs
them inside Neo4j on the same projection).
"""

from .centrality import (
    betweenness,
    betweenness_sample_size,
    closeness,
    degree,
    eigenvector,
    pagerank,
)
from .communities import brokers, community_links, groups, louvain, modularity
from .engines import AUTO_THRESHOLD, ENGINE_NAMES, Engine, EngineError, resolve_engine
from .paths import shortest_connections
from .projections import PROJECTIONS, people, person_skill, project, skill_cooccurrence, whole_graph
from .similarity import jaccard, similar_people

__all__ = [
    "AUTO_THRESHOLD",
    "ENGINE_NAMES",
    "PROJECTIONS",
    "Engine",
    "EngineError",
    "betweenness",
    "betweenness_sample_size",
    "brokers",
    "closeness",
    "community_links",
    "degree",
    "eigenvector",
    "groups",
    "jaccard",
    "louvain",
    "modularity",
    "pagerank",
    "people",
    "person_skill",
    "project",
    "resolve_engine",
    "shortest_connections",
    "similar_people",
    "skill_cooccurrence",
    "whole_graph",
]

"""Graph analyses: pure functions of networkx projections of the talent graph.

Nothing here opens a database: build a projection (:mod:`.projections`) from the graph a
store returns (``store.to_networkx()``), then measure it (:mod:`.centrality`,
:mod:`.communities`, :mod:`.similarity`, :mod:`.paths`).  Heavy measures take
``engine="networkx" | "igraph" | "auto"`` or a :class:`~.gds_engine.GdsEngine` (which runs
them inside Neo4j on the same projection).

The names below load their module on first use (PEP 562), so that importing this package
for its names and limits (:mod:`.catalog`, the CLI's options) does not import networkx.
"""

from __future__ import annotations

from talentgraph.graph.lazy import lazy_names

from .catalog import AUTO_THRESHOLD, ENGINE_NAMES, PROJECTION_NAMES

__all__ = [
    "AUTO_THRESHOLD",
    "ENGINE_NAMES",
    "PROJECTIONS",
    "PROJECTION_NAMES",
    "Engine",
    "EngineError",
    "betweenness",
    "betweenness_sample_size",
    "closeness",
    "community_links",
    "degree",
    "eigenvector",
    "groups",
    "jaccard",
    "louvain",
    "modularity",
    "outsiders",
    "pagerank",
    "participation",
    "people",
    "person_skill",
    "project",
    "resolve_engine",
    "shortest_connections",
    "similar_people",
    "skill_cooccurrence",
    "whole_graph",
    "why_alone",
]

_HOME = {
    "betweenness": "centrality", "betweenness_sample_size": "centrality",
    "closeness": "centrality", "degree": "centrality", "eigenvector": "centrality",
    "pagerank": "centrality",
    "community_links": "communities", "groups": "communities", "louvain": "communities",
    "modularity": "communities", "outsiders": "communities", "participation": "communities",
    "Engine": "engine_base", "EngineError": "engine_base", "resolve_engine": "engines",
    "shortest_connections": "paths",
    "PROJECTIONS": "projections", "people": "projections", "person_skill": "projections",
    "project": "projections", "skill_cooccurrence": "projections",
    "whole_graph": "projections", "why_alone": "projections",
    "jaccard": "similarity", "similar_people": "similarity",
}
_MODULES = {"catalog", "centrality", "communities", "engine_base", "engines", "gds_engine",
            "igraph_engine", "networkx_engine", "paths", "projections", "similarity"}


__getattr__, __dir__ = lazy_names(__name__, _HOME, __all__, _MODULES)

"""The analyses' names and limits, importable without networkx.

The CLI builds its options and help from these before any graph code is loaded (a
``talentgraph --help`` that imported networkx and igraph took 0.2 s more); the modules that
do the work read them from here too, so each is stated once.
"""

from __future__ import annotations

__all__ = [
    "AUTO_THRESHOLD",
    "ENGINE_NAMES",
    "EXACT_BETWEENNESS_LIMIT",
    "PROJECTION_NAMES",
    "SAMPLED_SOURCES",
]

ENGINE_NAMES = ("auto", "networkx", "igraph", "gds")
AUTO_THRESHOLD = 20_000  # nodes + edges above which "auto" picks igraph
EXACT_BETWEENNESS_LIMIT = 2_000  # nodes; above this betweenness samples sources
SAMPLED_SOURCES = 256  # the notes' measured setting: 25 s in igraph at 10^5 people
PROJECTION_NAMES = ("people", "colleagues", "coauthors", "alumni", "skills", "person-skill",
                    "whole")
"""The projections ``projections.PROJECTIONS`` builds, in the order the CLI lists them."""

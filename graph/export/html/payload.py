"""The data the explorer page runs on, as one JSON-ready dict.

Everything the page shows comes from here; the page's script only draws it.  Nodes and
relationships keep their ontology properties (the side panel lists them) and their
``sources``; elements are referred to by position in the lists, so the page never has to
put a graph id into a selector.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from typing import Any

import networkx as nx

from talentgraph.graph.model import TalentGraph
from talentgraph.ontology.schema import Label, Rel
from talentgraph.queries.analyses.paths import CONNECTION_TYPES

from ..attributes import display_label, edge_label
from .measures import MEASURES, Measures
from .view import View

__all__ = ["MAX_SOURCES", "SCHOOL", "build_payload", "headline", "node_type"]

SCHOOL = "School"  # an Organization with is_school, drawn apart from employers
MAX_SOURCES = 25  # sources listed per element, the rest counted (an employer can have thousands)
_HIDDEN = {"id", "label", "type", "sources", "name_key", "name_lower"}

Point = tuple[float, float]


def node_type(data: Mapping[str, Any]) -> str:
    """The type the page draws a node as: its label, or ``School`` for a school."""
    if data.get("label") == Label.Organization and data.get("is_school"):
        return SCHOOL
    return str(data.get("label"))


def _props(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in sorted(data.items()) if k not in _HIDDEN and v is not None}


def _sources(data: Mapping[str, Any]) -> dict[str, Any]:
    sources = list(data.get("sources", ()))
    out: dict[str, Any] = {"src": sources[:MAX_SOURCES]}
    if len(sources) > MAX_SOURCES:
        out["src_more"] = len(sources) - MAX_SOURCES
    return out


def _scores(measures: Measures, node: Hashable) -> list[float]:
    values = [round(measures.scores[name].get(node, 0.0), 6) for name in MEASURES]
    return [*values, measures.community.get(node, -1)]


def headline(graph: TalentGraph, whole: Measures) -> list[dict[str, Any]]:
    """The report's headline numbers for the top of the page, over the whole graph."""
    types = Counter(node_type(d) for _, d in graph.nodes(data=True))
    owners = sum(1 for _, d in graph.nodes(data=True)
                 if d.get("label") == Label.Person and d.get("is_owner"))
    rows: list[dict[str, Any]] = [
        {"label": "people", "value": types[Label.Person], "detail": f"{owners} with résumés"},
        {"label": "organizations", "value": types[Label.Organization] + types[SCHOOL],
         "detail": f"{types[SCHOOL]} schools"},
        {"label": "skills", "value": types[Label.Skill]},
        {"label": "papers", "value": types[Label.Paper]},
        {"label": "relationships", "value": graph.number_of_edges()},
    ]
    communities = Counter(whole.community.values())
    if communities:
        rows.append({"label": "communities",
                     "value": sum(1 for size in communities.values() if size > 1),
                     "detail": f"Louvain, modularity {whole.modularity:.2f}"})
    pagerank = whole.scores.get("pagerank", {})
    people = [n for n in pagerank if graph.nodes[n].get("label") == Label.Person]
    if people:
        best = max(people, key=lambda n: (pagerank[n], str(n)))
        rows.append({"label": "most central person",
                     "value": display_label(graph.nodes[best]),
                     "detail": f"PageRank {pagerank[best]:.3f}"})
    return rows


def build_payload(graph: TalentGraph, view: View, *, whole: Measures, people: Measures,
                  positions: Mapping[Hashable, Point], people_positions: Mapping[Hashable, Point],
                  ties: nx.Graph, default_view: str = "whole",
                  report: Sequence[tuple[str, Sequence[Mapping[str, Any]]]] = (),
                  redacted: bool = False) -> dict[str, Any]:
    """Nodes, relationships and person–person ties of ``view``, with their measures,
    positions and the page's texts."""
    order = sorted(view.nodes)
    index = {node: i for i, node in enumerate(order)}
    nodes = []
    for node in order:
        data = graph.nodes[node]
        record: dict[str, Any] = {"k": node, "t": node_type(data), "n": display_label(data),
                                  "p": _props(data), **_sources(data),
                                  "xy": positions.get(node, (0.0, 0.0)),
                                  "m": _scores(whole, node)}
        if data.get("aliases"):
            record["a"] = list(data["aliases"])
        if node in people_positions:
            record["pxy"] = people_positions[node]
            record["pm"] = _scores(people, node)
        nodes.append(record)
    shown = graph.subgraph(order)  # a view: walks only the drawn nodes' relationships
    edges = [{"k": key, "s": index[u], "t": index[v], "y": str(data["type"]),
              "p": _props(data), **_sources(data)}
             for u, v, key, data in sorted(shown.edges(keys=True, data=True),
                                           key=lambda e: str(e[2]))]
    tie_rows = [{"s": index[u], "t": index[v], "w": data.get("weight", 1),
                 "why": list(data.get("ties", ()))}
                for u, v, data in sorted(ties.edges(data=True), key=lambda e: (e[0], e[1]))
                if u in index and v in index]
    return {
        "meta": {"note": view.note, "cut": view.cut, "redacted": redacted,
                 "total_nodes": graph.number_of_nodes(),
                 "total_edges": graph.number_of_edges(), "view": default_view,
                 "sampled": whole.sampled},
        "headline": headline(graph, whole),
        "measures": list(MEASURES),
        "rel_labels": {rel.value: edge_label(rel) for rel in Rel},
        "connection_types": sorted(str(t) for t in CONNECTION_TYPES),
        "nodes": nodes,
        "edges": edges,
        "ties": tie_rows,
        "report": [{"title": title, "columns": list(rows[0]) if rows else [],
                    "rows": [[row.get(c) for c in rows[0]] for row in rows] if rows else []}
                   for title, rows in report],
    }

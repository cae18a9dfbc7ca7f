"""The interactive explorer: the graph as one self-contained, offline HTML page.

``export --format html`` (and ``report --format html``) writes a single file holding
Cytoscape.js (vendored by :mod:`.vendor`, never loaded from a network), the page's own
script and style, and the graph as JSON.  The steps, in order:

1. measure the whole graph (:mod:`.measures`: PageRank, degree, betweenness, Louvain on
   the projection without résumés), so sizes and colours mean the same in every view;
2. choose what to draw (:mod:`.view`: everything, ``around`` a person, the ``top`` people,
   or a cut default for a big graph, said on the page);
3. project the drawn people onto each other (shared employers, papers, advisors) for the
   people view, measure and lay out both (:mod:`.measures`);
4. put it together (:mod:`.payload`) and into the template (:mod:`.page`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, BinaryIO

import networkx as nx

from talentgraph.graph.model import TalentGraph
from talentgraph.queries import analyses

from .measures import layout, measure
from .page import render_page
from .payload import build_payload
from .view import DEFAULT_LIMIT, DEFAULT_TOP, choose

__all__ = ["DEFAULT_LIMIT", "DEFAULT_TOP", "VIEWS", "explorer_html", "write_html"]

log = logging.getLogger(__name__)

VIEWS = ("whole", "people")  # what the page shows first


def explorer_html(graph: TalentGraph, *, around: str | None = None, hops: int = 2,
                  top: int | None = None, everything: bool = False, view: str = "whole",
                  report: Sequence[tuple[str, Sequence[Mapping[str, Any]]]] = (),
                  redacted: bool = False, engine: str = "auto") -> str:
    """The explorer page for ``graph`` as text.

    ``around`` (a person's id or name) with ``hops``, ``top`` or ``everything`` choose the
    drawn part (see :func:`.view.choose`); ``view`` is ``"whole"`` or ``"people"``;
    ``report`` adds the report's sections as tables; ``redacted`` only says so on the page
    (the graph must already be redacted); ``engine`` runs the measures (as in
    :mod:`talentgraph.queries.analyses`).  Raises ``ValueError`` for an unknown person or
    view.
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    if hops < 0 or (top is not None and top < 1):
        raise ValueError("hops must be 0 or more and top 1 or more")
    whole = measure(analyses.whole_graph(graph), engine)
    chosen = choose(graph, whole.scores["pagerank"], around_person=around, hops=hops,
                    top_people=top, everything=everything)
    # a copy, not a view: the projection and the payload walk it many times
    shown = graph.subgraph(chosen.nodes).copy()
    ties = analyses.people(shown)
    log.info("explorer: %s", chosen.note)
    payload = build_payload(graph, chosen, whole=whole, people=measure(ties, engine),
                            positions=layout(nx.Graph(shown)), people_positions=layout(ties),
                            ties=ties, default_view=view, report=report, redacted=redacted)
    return render_page(payload)


def write_html(graph: TalentGraph, stream: BinaryIO, **options: Any) -> None:
    """Write the explorer page for ``graph`` (UTF-8) to a binary stream; ``options`` as
    :func:`explorer_html` takes them."""
    stream.write(explorer_html(graph, **options).encode("utf-8"))

"""``talentgraph analyse``: centrality, communities and participation over a projection.

The store is read once into networkx; the measure runs in-process (networkx or igraph)
or, with ``--engine gds``, inside Neo4j on the same projection.  networkx, igraph and the
store are imported only when a measure runs (``--help`` stays fast).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from talentgraph.output import FORMATS, emit_rows
from talentgraph.queries.analyses.catalog import (
    ENGINE_NAMES,
    EXACT_BETWEENNESS_LIMIT,
    PROJECTION_NAMES,
    SAMPLED_SOURCES,
)

if TYPE_CHECKING:
    import networkx as nx

    from talentgraph.graph.model import TalentGraph
    from talentgraph.queries.analyses.engines import Engine

__all__ = ["MEASURES", "analyse", "measure_rows"]


@dataclass(frozen=True)
class Options:
    """What a measure may use besides the projection: the whole graph it came from (to
    say why someone is in no community), the engine and the knobs."""

    engine: str | Engine
    top: int
    k: int | None
    seed: int
    resolution: float
    source: TalentGraph | None = None
    projection: str = "people"


def _analyses() -> Any:
    """The analyses package, imported when a measure runs (it brings networkx)."""
    from talentgraph.queries import analyses

    return analyses


def _ranked(graph: nx.Graph, scores: dict[Any, float], top: int) -> list[dict[str, Any]]:
    """The ``top`` highest scores, ranked; a score of 0 (no tie, no path through) ranks
    nobody, so those nodes are left out (the caption counts them)."""
    order = sorted(((n, v) for n, v in scores.items() if v > 0),
                   key=lambda kv: (-kv[1], str(kv[0])))[:top]
    return [{"rank": i, "name": graph.nodes[n].get("name", str(n)),
             "label": graph.nodes[n].get("label"), "id": str(n), "score": round(v, 6)}
            for i, (n, v) in enumerate(order, start=1)]


Measure = Callable[["nx.Graph", Options], tuple[list[dict[str, Any]], str | None]]


def _scores(fn: Callable[[nx.Graph, Options], dict[Any, float]]) -> Measure:
    def rows(graph: nx.Graph, opt: Options) -> tuple[list[dict[str, Any]], str | None]:
        scores = fn(graph, opt)
        zero = sum(1 for v in scores.values() if v <= 0)
        note = (f"{zero} of {len(scores)} nodes score 0 and are not ranked" if zero else None)
        return _ranked(graph, scores, opt.top), note
    return rows


def _names(graph: nx.Graph, nodes: list[Any]) -> list[str]:
    return [graph.nodes[n].get("name", str(n)) for n in nodes]


def _communities(graph: nx.Graph, opt: Options) -> tuple[list[dict[str, Any]], str | None]:
    from talentgraph.queries import analyses

    partition = analyses.louvain(graph, engine=opt.engine, resolution=opt.resolution,
                                 seed=opt.seed)
    quality = round(analyses.modularity(graph, partition, resolution=opt.resolution), 4)
    groups = [members for members in analyses.groups(partition) if len(members) > 1]
    rows: list[dict[str, Any]] = [
        {"community": i, "size": len(members), "modularity": quality,
         "members": _names(graph, members), "note": None}
        for i, members in enumerate(groups[:opt.top])]
    source = opt.source
    people = opt.projection in ("people", "colleagues", "coauthors", "alumni")

    def why(node: Any) -> str:
        if source is None or not people:
            return "no tie in this projection"
        return analyses.why_alone(source, node)

    left_out = analyses.outsiders(graph, partition, why)
    rows += [{"community": None, "size": len(nodes), "modularity": quality,
              "members": _names(graph, nodes), "note": f"in no community: {reason}"}
             for reason, nodes in left_out]
    alone = sum(len(nodes) for _, nodes in left_out)
    note = f"{len(groups)} communities of two or more; {alone} in none" if alone else None
    return rows, note


def _participation(graph: nx.Graph, opt: Options) -> dict[Any, float]:
    from talentgraph.queries import analyses

    partition = analyses.louvain(graph, engine=opt.engine, resolution=opt.resolution,
                                 seed=opt.seed)
    return analyses.participation(graph, partition)


MEASURES: dict[str, Measure] = {
    "degree": _scores(lambda g, o: _analyses().degree(g)),
    "pagerank": _scores(lambda g, o: _analyses().pagerank(g, engine=o.engine)),
    "betweenness": _scores(lambda g, o: _analyses().betweenness(g, k=o.k, seed=o.seed,
                                                                engine=o.engine)),
    "eigenvector": _scores(lambda g, o: _analyses().eigenvector(g, engine=o.engine)),
    "closeness": _scores(lambda g, o: _analyses().closeness(g, engine=o.engine)),
    "communities": _communities,
    "participation": _scores(_participation),
}


def measure_rows(graph: nx.Graph, measure: str, options: Options) -> list[dict[str, Any]]:
    """Rows for ``measure`` on a projection (ranked scores, or communities)."""
    return MEASURES[measure](graph, options)[0]


@click.command("analyse")
@click.argument("measure", type=click.Choice(list(MEASURES)))
@click.option("--projection", type=click.Choice(PROJECTION_NAMES), default="people",
              show_default=True, help="Which graph to measure (see docs/analyses.md).")
@click.option("--engine", type=click.Choice(ENGINE_NAMES), default="auto",
              show_default=True,
              help="auto: igraph on large projections; gds: inside Neo4j (needs the GDS "
              "plugin; pagerank, betweenness, communities, participation).")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many rows to show.")
@click.option("--k", type=click.IntRange(min=2), default=None,
              help="Betweenness: sample this many sources (default: exact up to "
              f"{EXACT_BETWEENNESS_LIMIT} nodes, else {SAMPLED_SOURCES}).")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Random seed (Louvain, sampled betweenness).")
@click.option("--resolution", type=float, default=1.0, show_default=True,
              help="Louvain resolution: above 1 finds smaller communities.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
              show_default=True, help="Output format.")
@click.pass_obj
def analyse(settings: Any, measure: str, projection: str, engine: str, top: int,
            k: int | None, seed: int, resolution: float, fmt: str) -> None:
    """Rank nodes by MEASURE, or list communities, on a projection of the graph.

    Nodes scoring 0 are not ranked; communities list the people in none and why.
    participation is how evenly a node's ties spread over communities (the report's
    "brokers" are betweenness).  See docs/analyses.md.

    \b
    Examples:
      talentgraph analyse pagerank --projection whole --top 20
      talentgraph analyse communities --projection people
      talentgraph analyse betweenness --k 256 --engine igraph --format json
      talentgraph --store bolt://localhost:7687 analyse pagerank --engine gds
    """
    from talentgraph.graph.store import StoreError, open_store
    from talentgraph.queries import analyses
    from talentgraph.queries.analyses.engines import EngineError

    try:
        with ExitStack() as stack:
            store = stack.enter_context(open_store(settings))
            source = store.to_networkx()
            graph = analyses.project(source, projection)
            chosen: str | Engine = engine
            if engine == "gds":  # runs inside the store: keep it open
                chosen = analyses.resolve_engine(engine, graph, store=store)
            else:
                stack.close()  # in-process engines need no database
            options = Options(engine=chosen, top=top, k=k, seed=seed, resolution=resolution,
                              source=source, projection=projection)
            rows, note = MEASURES[measure](graph, options)
    except (StoreError, EngineError) as err:
        raise click.ClickException(str(err)) from err
    how = ""
    if measure == "betweenness":
        sample = analyses.betweenness_sample_size(graph, k)
        how = "; exact" if sample is None else f"; estimated from k={sample} sampled sources"
    emit_rows(rows, fmt, title=f"{measure} on the {projection} projection "
              f"({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges{how})",
              caption=note, layout="table")

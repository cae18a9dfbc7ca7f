"""``talentgraph analyse``: centrality, communities and brokers over a projection.

The store is read once into networkx; the measure runs in-process (networkx or igraph)
or, with ``--engine gds``, inside Neo4j on the same projection.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import click
import networkx as nx

from talentgraph.graph.store import StoreError, open_store
from talentgraph.output import FORMATS, emit_rows
from talentgraph.queries import analyses
from talentgraph.queries.analyses.engines import Engine, EngineError

__all__ = ["MEASURES", "analyse", "measure_rows"]


@dataclass(frozen=True)
class Options:
    """What a measure may use besides the graph."""

    engine: str | Engine
    top: int
    k: int | None
    seed: int
    resolution: float


def _names(graph: nx.Graph, nodes: list[Any]) -> list[str]:
    return [graph.nodes[n].get("name", str(n)) for n in nodes]


def _ranked(graph: nx.Graph, scores: dict[Any, float], top: int) -> list[dict[str, Any]]:
    order = sorted(scores.items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]
    return [{"rank": i, "name": graph.nodes[n].get("name", str(n)),
             "label": graph.nodes[n].get("label"), "id": str(n), "score": round(v, 6)}
            for i, (n, v) in enumerate(order, start=1)]


def _scores(fn: Callable[[nx.Graph, Options], dict[Any, float]]
            ) -> Callable[[nx.Graph, Options], list[dict[str, Any]]]:
    return lambda graph, opt: _ranked(graph, fn(graph, opt), opt.top)


def _communities(graph: nx.Graph, opt: Options) -> list[dict[str, Any]]:
    partition = analyses.louvain(graph, engine=opt.engine, resolution=opt.resolution,
                                 seed=opt.seed)
    quality = round(analyses.modularity(graph, partition, resolution=opt.resolution), 4)
    return [{"community": i, "size": len(members), "modularity": quality,
             "members": _names(graph, members)}
            for i, members in enumerate(analyses.groups(partition)[:opt.top])]


def _brokers(graph: nx.Graph, opt: Options) -> dict[Any, float]:
    partition = analyses.louvain(graph, engine=opt.engine, resolution=opt.resolution,
                                 seed=opt.seed)
    return analyses.brokers(graph, partition)


MEASURES: dict[str, Callable[[nx.Graph, Options], list[dict[str, Any]]]] = {
    "degree": _scores(lambda g, o: analyses.degree(g)),
    "pagerank": _scores(lambda g, o: analyses.pagerank(g, engine=o.engine)),
    "betweenness": _scores(lambda g, o: analyses.betweenness(g, k=o.k, seed=o.seed,
                                                             engine=o.engine)),
    "eigenvector": _scores(lambda g, o: analyses.eigenvector(g, engine=o.engine)),
    "closeness": _scores(lambda g, o: analyses.closeness(g, engine=o.engine)),
    "communities": _communities,
    "brokers": _scores(_brokers),
}


def measure_rows(graph: nx.Graph, measure: str, options: Options) -> list[dict[str, Any]]:
    """Rows for ``measure`` on a projection (ranked scores, or communities)."""
    return MEASURES[measure](graph, options)


@click.command("analyse")
@click.argument("measure", type=click.Choice(list(MEASURES)))
@click.option("--projection", type=click.Choice(list(analyses.PROJECTIONS)), default="people",
              show_default=True, help="Which graph to measure (see docs/analyses.md).")
@click.option("--engine", type=click.Choice(analyses.ENGINE_NAMES), default="auto",
              show_default=True,
              help="auto: igraph on large projections; gds: inside Neo4j (needs the GDS "
              "plugin; pagerank, betweenness, communities, brokers).")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many rows to show.")
@click.option("--k", type=click.IntRange(min=2), default=None,
              help="Betweenness: sample this many sources (default: exact up to "
              f"{analyses.centrality.EXACT_BETWEENNESS_LIMIT} nodes, else "
              f"{analyses.centrality.SAMPLED_SOURCES}).")
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

    \b
    Examples:
      talentgraph analyse pagerank --projection whole --top 20
      talentgraph analyse communities --projection people
      talentgraph analyse betweenness --k 256 --engine igraph --format json
      talentgraph --store bolt://localhost:7687 analyse pagerank --engine gds
    """
    try:
        with ExitStack() as stack:
            store = stack.enter_context(open_store(settings))
            graph = analyses.project(store.to_networkx(), projection)
            chosen: str | Engine = engine
            if engine == "gds":
                from talentgraph.queries.analyses.gds_engine import GdsEngine

                chosen = GdsEngine(store)
            else:
                stack.close()  # in-process engines need no database
            options = Options(engine=chosen, top=top, k=k, seed=seed, resolution=resolution)
            rows = measure_rows(graph, measure, options)
    except (StoreError, EngineError) as err:
        raise click.ClickException(str(err)) from err
    caption = None
    if measure == "betweenness":
        sample = analyses.betweenness_sample_size(graph, k)
        caption = "exact" if sample is None else f"estimated from k={sample} sampled sources"
    emit_rows(rows, fmt, title=f"{measure} on the {projection} projection "
              f"({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)"
              if fmt == "table" else None, caption=caption)

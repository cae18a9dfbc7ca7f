"""``talentgraph report``: the graph report as tables, JSON or Markdown."""

from __future__ import annotations

from typing import Any

import click

from talentgraph.output import emit_rows, to_json
from talentgraph.queries.analyses.catalog import ENGINE_NAMES

__all__ = ["report"]


@click.command("report")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]),
              default="table", show_default=True, help="Output format.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="Rows per ranking.")
@click.option("--engine", type=click.Choice([e for e in ENGINE_NAMES if e != "gds"]),
              default="auto", show_default=True, help="Engine for the graph measures.")
@click.pass_obj
def report(settings: Any, fmt: str, top: int, engine: str) -> None:
    """Summarise the graph: counts, top skills, employers and schools, central people,
    organizations and skills, brokers (betweenness), communities (and who is in none),
    and facts to check by hand.

    \b
    Examples:
      talentgraph report
      talentgraph report --format markdown > report.md
      talentgraph --store bolt://localhost:7687 report --format json --top 20
    """
    from talentgraph.graph.store import StoreError, open_store
    from talentgraph.queries.analyses.engines import EngineError
    from talentgraph.report import build_report, render_markdown

    try:
        with open_store(settings) as store:
            result = build_report(store, top=top, engine=engine)
    except (StoreError, EngineError) as err:
        raise click.ClickException(str(err)) from err
    if fmt == "json":
        click.echo(to_json(result.to_dict()))
    elif fmt == "markdown":
        click.echo(render_markdown(result))
    else:
        for number, (title, rows) in enumerate(result.sections()):
            if number:
                click.echo()
            emit_rows(rows, "table", title=f"== {title}", layout="table")

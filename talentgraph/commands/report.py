"""``talentgraph report``: the graph report as tables, JSON, Markdown or an HTML page
(the report's tables above the interactive explorer)."""

from __future__ import annotations

from typing import Any

import click

from talentgraph.output import emit_rows, to_json
from talentgraph.queries.analyses.catalog import ENGINE_NAMES

__all__ = ["report"]


def _write_html(graph: Any, sections: list[tuple[str, list[dict[str, Any]]]],
                engine: str) -> None:
    from talentgraph.graph.export import write

    with click.open_file("-", "wb") as stdout:
        try:
            write(graph, "html", stdout, report=sections, engine=engine)
        except ValueError as err:
            raise click.ClickException(str(err)) from err


@click.command("report")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown", "html"]),
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
      talentgraph report --format html > report.html   # tables + the graph explorer

    For a page to share, use talentgraph export --format html --redact (the report's
    page shows contact details as stored).
    """
    from talentgraph.graph.store import StoreError, open_store
    from talentgraph.queries.analyses.engines import EngineError
    from talentgraph.queries.report import build_report
    from talentgraph.report import render_markdown

    try:
        with open_store(settings) as store:
            result = build_report(store, top=top, engine=engine)
            graph = store.to_networkx() if fmt == "html" else None
    except (StoreError, EngineError) as err:
        raise click.ClickException(str(err)) from err
    if graph is not None:
        _write_html(graph, result.sections(), engine)
    elif fmt == "json":
        click.echo(to_json(result.to_dict()))
    elif fmt == "markdown":
        click.echo(render_markdown(result))
    else:
        for number, (title, rows) in enumerate(result.sections()):
            if number:
                click.echo()
            emit_rows(rows, "table", title=f"== {title}", layout="table")

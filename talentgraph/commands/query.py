"""``talentgraph query``: run a canned query from ``queries/`` and print its rows."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import click

from talentgraph.graph.store import StoreError, open_store
from talentgraph.output import FORMATS, format_rows
from talentgraph.queries import registry

__all__ = ["FORMATS", "emit_rows", "parse_params", "query"]


def emit_rows(rows: Sequence[Mapping[str, Any]], fmt: str, *, title: str | None = None,
              caption: str | None = None) -> None:
    """Print rows in ``fmt`` (``talentgraph.output``); a table gets a title and caption."""
    if fmt == "table" and title:
        click.echo(title)
    click.echo(format_rows([dict(r) for r in rows], fmt))
    if fmt == "table" and caption:
        click.echo(caption)


def parse_params(pairs: Sequence[str]) -> dict[str, str]:
    """``["skill=Machine Learning", ...]`` as a dict of text; unlike
    ``talentgraph.output.parse_params`` nothing is decoded here, because each query's
    header types its parameters (``-p organization=3M`` stays text)."""
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="-p")
        params[key.strip()] = value
    return params


def _list_rows() -> list[dict[str, Any]]:
    rows = []
    for spec in registry.list_queries():
        params = ", ".join(
            f"{p.name}={json.dumps(p.example, ensure_ascii=False)}"
            + ("" if p.required else " (optional)") for p in spec.params)
        rows.append({"name": spec.name, "description": spec.description,
                     "parameters": params, "example": spec.usage()})
    return rows


@click.command("query")
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter; repeat for several. Lists: -p skills=Python,PyTorch.")
@click.option("--list", "list_only", is_flag=True, help="List the canned queries and exit.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
              show_default=True, help="Output format.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="SECONDS", help="Stop the query if it runs longer (default: no limit).")
@click.pass_obj
def query(settings: Any, name: str | None, params: tuple[str, ...], list_only: bool,
          fmt: str, timeout: float | None) -> None:
    """Run the canned query NAME (see --list) on the store and print its rows.

    \b
    Examples:
      talentgraph query --list
      talentgraph query people_with_skill -p skill="Machine Learning"
      talentgraph query colleagues -p person='Hayes Zhao' --format json
      talentgraph query people_with_all_skills -p skills=Python,PyTorch --format csv
      talentgraph query shortest_connection -p person_a='Hayes Zhao' -p person_b='Hao Wu'
        --timeout 30
    """
    if list_only:
        emit_rows(_list_rows(), fmt, title="canned queries")
        return
    if not name:
        raise click.UsageError("give a query NAME or --list")
    try:
        spec = registry.get(name)
        bound = registry.bind(spec, parse_params(params))
    except registry.QueryError as err:
        raise click.ClickException(str(err)) from err
    try:
        with open_store(settings) as store:
            rows = registry.run_query(store, name, bound, timeout=timeout)
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    emit_rows(rows, fmt, title=f"{name}: {spec.description}" if fmt == "table" else None)

"""``talentgraph query``: run a canned query from ``queries/`` and print its rows.

Name parameters are read as a person means them before the query runs
(:mod:`talentgraph.queries.names`): ``-p skill=GCP`` finds Google Cloud Platform, an
unknown name stops with the closest names in the graph.  Imports of the store and the
name resolver wait until a query runs, so ``--help`` and ``--list`` start fast.
"""

from __future__ import annotations

import json
from typing import Any

import click

from talentgraph.output import FORMATS, UsageProblem, emit_rows, parse_params, safe_text

__all__ = ["query"]


def _list_rows() -> list[dict[str, Any]]:
    from talentgraph.queries import registry

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
              help="A query parameter; repeat for several. Lists: -p skills=Python,PyTorch. "
              "Names are read as a person means them: any case, accents or not, an alias "
              "(GCP, k8s, GWU) or an id.")
@click.option("--list", "list_only", is_flag=True, help="List the canned queries and exit.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
              show_default=True, help="Output format.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="SECONDS", help="Stop the query if it runs longer (default: no limit).")
@click.pass_obj
def query(settings: Any, name: str | None, params: tuple[str, ...], list_only: bool,
          fmt: str, timeout: float | None) -> None:
    """Run the canned query NAME (see --list) on the store and print its rows.

    A name that matches nothing stops with the closest names in the graph (exit status
    1); a bad parameter stops with one line (exit status 2).

    \b
    Examples:
      talentgraph query --list
      talentgraph query people_with_skill -p skill="Machine Learning"
      talentgraph query people_with_skill -p skill=GCP       # = Google Cloud Platform
      talentgraph query alumni -p school=Purdue --format csv
      talentgraph query colleagues -p person='Hayes Zhao' --format json
      talentgraph query people_with_all_skills -p skills=Python,PyTorch
      talentgraph query shortest_connection -p person_a='Hayes Zhao' -p person_b='Hao Wu'
        --timeout 30
    """
    from talentgraph.queries import registry

    if list_only:
        emit_rows(_list_rows(), fmt, title="canned queries")
        return
    if not name:
        raise UsageProblem("give a query NAME or --list")
    try:
        spec = registry.get(name)
        bound = registry.bind(spec, parse_params(params, decode=False))
    except registry.QueryError as err:
        raise UsageProblem(str(err)) from err
    from talentgraph.graph.store import StoreError, open_store
    from talentgraph.queries.names import resolve_params

    # canned queries only read: the embedded file opens read-only (no schema check at open)
    options = {} if settings.is_neo4j else {"read_only": True}
    try:
        with open_store(settings, **options) as store:
            values, notes = resolve_params(store, spec, bound)
            rows = registry.run_query(store, name, values, timeout=timeout)
            columns = spec.columns(store.dialect)
    except (StoreError, registry.QueryError) as err:
        raise click.ClickException(str(err)) from err
    for note in notes:
        click.echo(f"note: {safe_text(note)}", err=True)
    emit_rows(rows, fmt, title=f"{name}: {spec.description}", columns=columns,
              layout="record" if spec.display == "record" else "auto")

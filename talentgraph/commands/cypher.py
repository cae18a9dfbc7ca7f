"""``talentgraph cypher``: ad-hoc Cypher on the chosen store, read-only unless ``--write``."""

from __future__ import annotations

from pathlib import Path

import click

from talentgraph.config import Settings
from talentgraph.output import FORMATS, emit_rows, parse_params

__all__ = ["cypher"]


@click.command()
@click.argument("query")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A query parameter ($NAME); JSON values (numbers, lists) are decoded.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--write", is_flag=True, help="Allow queries that change the graph.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="SECONDS", help="Stop a read that runs longer (default: no limit).")
@click.pass_obj
def cypher(settings: Settings, query: str, params: tuple[str, ...], fmt: str,
           write: bool, timeout: float | None) -> None:
    """Run a Cypher QUERY and print the rows.

    Values go in as parameters, never spliced into the text.  Without --write the
    query may only read: write clauses, file-reading functions (LOAD FROM, READ_CSV...),
    settings, administration (TERMINATE...) and procedures not known to be read-only
    (db.clearQueryCaches, gds.graph.project, apoc.periodic...) are refused.

    Columns are named as the query writes them (``count(*)``, ``label(r)``) or by their
    alias, on either store.  The embedded store speaks LadybugDB's dialect: ``label(r)``
    for Neo4j's ``type(r)``, ``* SHORTEST 1..8`` for ``shortestPath``; an error names the
    other spelling.

    \b
    Examples:
      talentgraph cypher "MATCH (p:Person)-[:WORKED_AT]->(o:Organization
        {name:'ByteDance'}) RETURN p.name ORDER BY p.name"
      talentgraph cypher "MATCH (s:Skill {name: \\$s})<-[:HAS_SKILL]-(p)
        RETURN p.name" -p s=PyTorch --format json
      talentgraph cypher "MATCH p = (a:Person)-[*..6]-(b:Person) RETURN count(p)"
        --timeout 30
    """
    from talentgraph.graph.store import StoreError, open_store
    from talentgraph.graph.store.guard import check_ad_hoc
    from talentgraph.queries.columns import rename_columns

    values = parse_params(params)
    if not write:
        reason = check_ad_hoc(query)
        if reason:
            raise click.ClickException(f"query refused: {reason}")
    # the embedded database opens read-only too: LadybugDB itself refuses any write
    options = {} if write or settings.is_neo4j else {"read_only": True}
    if options and not Path(settings.store).exists():
        raise click.ClickException(f"no store at {settings.store}: load résumés first "
                                   "(talentgraph load FOLDER)")
    try:
        with open_store(settings, **options) as store:
            rows = store.run(query, values, write=write, timeout=timeout)
    except StoreError as err:
        from talentgraph.queries.dialect import hints

        instead = hints(query, "neo4j" if settings.is_neo4j else "lbug")
        raise click.ClickException("\n".join([str(err).rstrip(),
                                              *(f"hint: {h}" for h in instead)])) from err
    columns, rows = rename_columns(rows, query)
    emit_rows(rows, fmt, columns=columns)

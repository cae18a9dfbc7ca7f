"""``talentgraph erasures``: the erasure audit (dates and counts, no personal data), and
re-admitting an erased person."""

from __future__ import annotations

import click

from talentgraph.config import Settings
from talentgraph.output import format_rows

__all__ = ["erasures"]


@click.command()
@click.option("--readmit", metavar="ID",
              help="Drop erasure ID's tombstone so that person's résumés load again "
                   "(the audit line stays, marked re-admitted).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
              default="table", show_default=True, help="Output format.")
@click.pass_obj
def erasures(settings: Settings, readmit: str | None, fmt: str) -> None:
    """List the erasures made with `talentgraph forget`: when, what kind, how many
    résumés, nodes and relationships they removed, and how many salted hashes keep
    their résumés out of later loads.  Nothing about who was erased is shown or kept.

    \b
    Examples:
      talentgraph erasures
      talentgraph erasures --readmit 3f2a9c0d51e4b7a8
    """
    from talentgraph.forgetting import readmit as do_readmit
    from talentgraph.graph.store import StoreError, open_store

    try:
        with open_store(settings) as store:
            if readmit:
                done = do_readmit(store, readmit)
                click.echo(f"erasure {done.id} re-admitted on {done.readmitted}: its résumés "
                           "load again")
                return
            rows = [{"id": e.id, "date": e.date, "kind": e.kind, "files": e.files,
                     "nodes": e.nodes, "relationships": e.relationships,
                     "hashes": len(e.hashes), "readmitted": e.readmitted or ""}
                    for e in store.erasures()]
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    click.echo(format_rows(rows, fmt))

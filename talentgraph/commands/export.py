"""``talentgraph export``: the stored graph as GraphML, GEXF, Turtle or JSON-LD."""

from __future__ import annotations

import click

from talentgraph.config import Settings
from talentgraph.graph.export import WRITERS, format_for_path

__all__ = ["export"]


@click.command()
@click.option("-f", "--format", "fmt", type=click.Choice(sorted(WRITERS), case_sensitive=False),
              help="Output format; by default guessed from the output file's extension.")
@click.option("-o", "--output", default="-", show_default=True, metavar="FILE|-",
              type=click.Path(dir_okay=False, writable=True, allow_dash=True),
              help="Where to write; - is standard output.")
@click.option("--redact", is_flag=True,
              help="Replace e-mails, phones, personal URLs and street addresses with stable "
              "pseudonyms (salt: TALENTGRAPH_REDACT_SALT).")
@click.pass_obj
def export(settings: Settings | None, fmt: str | None, output: str, redact: bool) -> None:
    """Export the stored graph for Gephi, Cytoscape, yEd or linked-data tools.

    \b
    Examples:
      talentgraph export -o talent.graphml            # format from the extension
      talentgraph export --format gexf -o talent.gexf
      talentgraph export --format ttl --redact -o talent.ttl
      talentgraph export --format jsonld -o - | jq .
    """
    from talentgraph.graph.export import write
    from talentgraph.graph.store import StoreError, open_store

    fmt = fmt or format_for_path(output)
    if fmt is None:
        raise click.UsageError("cannot tell the format from the output name; pass --format "
                               f"({', '.join(sorted(WRITERS))})")
    try:
        with open_store(settings or Settings()) as store:
            graph = store.to_networkx()
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    try:
        if output == "-":
            with click.open_file("-", "wb") as stdout:
                write(graph, fmt, stdout, redact=redact)
        else:
            write(graph, fmt, output, redact=redact)
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    except OSError as err:
        raise click.ClickException(f"cannot write {output}: {err.strerror or err}") from err
    if output != "-":
        click.echo(f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} "
                   f"relationships to {output} ({fmt})", err=True)

"""``talentgraph export``: the stored graph as GraphML, GEXF, Turtle or JSON-LD, as an
interactive HTML explorer (see :mod:`talentgraph.graph.export.html`), or as bulk CSV for
``neo4j-admin database import`` (a folder, see :mod:`talentgraph.graph.export.neo4j_import`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from talentgraph.config import Settings, redact_salt
from talentgraph.graph.export import WRITERS, format_for_path
from talentgraph.output import stage

if TYPE_CHECKING:
    from talentgraph.graph.model import TalentGraph

__all__ = ["NEO4J_IMPORT", "export"]

NEO4J_IMPORT = "neo4j-import"  # a folder of CSVs, not a single-file writer


def _export_neo4j_import(graph: TalentGraph, out_dir: str, redact: bool) -> None:
    from talentgraph.graph.export.neo4j_import import write_neo4j_import

    target = Path(out_dir)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise click.ClickException(f"{out_dir} must be an empty or new folder")
    if redact:
        from talentgraph.graph.export.redact import redact as redact_graph

        graph = redact_graph(graph, redact_salt())
    try:
        bundle = write_neo4j_import(graph, target)
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    except OSError as err:
        raise click.ClickException(f"cannot write {out_dir}: {err.strerror or err}") from err
    click.echo(f"wrote {bundle.nodes} nodes and {bundle.relationships} relationships in "
               f"{len(bundle.node_files) + len(bundle.relationship_files)} CSV files to "
               f"{out_dir}; import into an empty database with:\n"
               f"  cd {out_dir} && neo4j-admin database import full @import.args neo4j\n"
               f"(or run {target / 'import.sh'})", err=True)


def _html_options(fmt: str, around: str | None, hops: int, top: int | None, everything: bool,
                  view: str, redact: bool) -> dict[str, object]:
    """The explorer's options for ``--format html``; refused for the other formats."""
    if fmt.lower() != "html":
        if around or top or everything or view != "whole":
            raise click.UsageError("--around, --top, --all and --view apply to --format html")
        return {}
    if sum((around is not None, top is not None, everything)) > 1:
        raise click.UsageError("choose one of --around, --top and --all")
    return {"around": around, "hops": hops, "top": top, "everything": everything,
            "view": view, "redacted": redact}


@click.command()
@click.argument("target", required=False, metavar="[OUT]")
@click.option("-f", "--format", "fmt",
              type=click.Choice([*sorted(WRITERS), NEO4J_IMPORT], case_sensitive=False),
              help="Output format; by default guessed from the output file's extension. "
              f"{NEO4J_IMPORT} writes a folder of CSVs plus the neo4j-admin command.")
@click.option("-o", "--output", default=None, metavar="FILE|DIR|-",
              type=click.Path(writable=True, allow_dash=True),
              help="Where to write (or give it as the argument); - is standard output "
              "(the default for the single-file formats).")
@click.option("--redact", is_flag=True,
              help="Replace e-mails, phones, street addresses, URL paths (the host stays), "
              "résumé file names and ids built from personal data with stable pseudonyms, "
              "scrub free text, drop résumé hashes (salt: TALENTGRAPH_REDACT_SALT).")
@click.option("--around", metavar="PERSON", default=None,
              help="html: draw only the people and things within --hops professional ties of "
              "PERSON (a name or an id).")
@click.option("--hops", type=click.IntRange(min=0), default=2, show_default=True,
              help="html: how far --around reaches.")
@click.option("--top", type=click.IntRange(min=1), default=None, metavar="N",
              help="html: draw the N most central people and what ties them.")
@click.option("--all", "everything", is_flag=True,
              help="html: draw the whole graph even when it is big (by default a graph over "
              "a few thousand nodes is cut to its most central people, as the page says).")
@click.option("--view", type=click.Choice(["whole", "people"]), default="whole",
              show_default=True, help="html: the view the page opens in (people: people only, "
              "tied by shared employers, papers and advisors).")
@click.pass_obj
def export(settings: Settings | None, target: str | None, fmt: str | None, output: str | None,
           redact: bool, around: str | None, hops: int, top: int | None, everything: bool,
           view: str) -> None:
    """Export the stored graph for Gephi, Cytoscape, yEd, linked-data tools or a bulk
    import into a fresh Neo4j database.  Files are created readable by their owner only
    (0600; folders 0700).

    \b
    Examples:
      talentgraph export -o talent.graphml            # format from the extension
      talentgraph export --format gexf -o talent.gexf
      talentgraph export --format ttl --redact -o talent.ttl
      talentgraph export --format jsonld -o - | jq .
      talentgraph export --format html -o graph.html   # open it in a browser, offline
      talentgraph export --format html --around "Hayes Zhao" --hops 2 -o hayes.html
      talentgraph export --format neo4j-import bulk/  # then: bulk/import.sh
    """
    from talentgraph.graph.export import write
    from talentgraph.graph.store import StoreError, open_store

    if target and output:
        raise click.UsageError("give the output either as the argument or with -o, not both")
    output = target or output
    if fmt and fmt.lower() == NEO4J_IMPORT and output in (None, "-"):
        raise click.UsageError(f"--format {NEO4J_IMPORT} writes a folder: name it, e.g. "
                               f"talentgraph export --format {NEO4J_IMPORT} bulk/")
    output = output or "-"
    fmt = fmt or format_for_path(output)
    if fmt is None:
        raise click.UsageError("cannot tell the format from the output name; pass --format "
                               f"({', '.join([*sorted(WRITERS), NEO4J_IMPORT])})")
    try:  # each step shows on stderr in a terminal (talentgraph.output.stage)
        with stage("reading the store") as done, open_store(settings or Settings()) as store:
            graph = store.to_networkx()
            done(f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} relationships")
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    options = _html_options(fmt, around, hops, top, everything, view, redact)
    if fmt.lower() == NEO4J_IMPORT:
        with stage(f"writing {NEO4J_IMPORT} CSVs"):
            _export_neo4j_import(graph, output, redact)
        return
    try:
        with stage(f"writing {fmt}"):
            if output == "-":
                with click.open_file("-", "wb") as stdout:
                    write(graph, fmt, stdout, redact=redact, salt=redact_salt(), **options)
            else:
                write(graph, fmt, output, redact=redact, salt=redact_salt(), **options)
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    except OSError as err:
        raise click.ClickException(f"cannot write {output}: {err.strerror or err}") from err
    if output != "-":
        click.echo(f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} "
                   f"relationships to {output} ({fmt})", err=True)

"""``talentgraph validate``: check the graph (or an RDF file) against the SHACL shapes."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

import click

from talentgraph.config import Settings

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["validate"]


def _read_rdf(path: str) -> Graph:
    """Parse an RDF file (rdflib is imported here, not at start-up, to keep --help fast)."""
    from rdflib import Graph
    from rdflib.util import guess_format

    rdf_format = guess_format(path)
    if rdf_format not in ("turtle", "json-ld", "nt", "xml", "n3", "trig", "nquads"):
        raise click.UsageError(f"cannot tell the RDF format of {path}; use .ttl or .jsonld")
    try:
        return Graph().parse(path, format=rdf_format)
    except Exception as err:  # rdflib raises many parser-specific types
        raise click.ClickException(f"cannot parse {path} as {rdf_format}: {err}") from err


def _stored_rdf(settings: Settings) -> tuple[list[str], Graph | None]:
    """Problems with the stored property graph, and its RDF form when there are none."""
    from talentgraph.graph.export.rdf import to_rdf
    from talentgraph.graph.model import validate as check_graph
    from talentgraph.graph.store import StoreError, open_store

    try:
        with open_store(settings) as store:
            graph = store.to_networkx()
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    problems = check_graph(graph)
    return problems, None if problems else to_rdf(graph)


@click.command()
@click.option("--rdf", "rdf_file", metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=str),
              help="Validate this Turtle or JSON-LD file instead of the stored graph.")
@click.option("--store", metavar="PATH|URI",
              help="Validate this store instead of the one given to the talentgraph group.")
@click.pass_obj
def validate(settings: Settings | None, rdf_file: str | None, store: str | None) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl).

    Prints "conforms", or one line per violation and exits with status 1.

    \b
    Examples:
      talentgraph validate
      talentgraph validate --store bolt://localhost:7687
      talentgraph validate --rdf talent.ttl
    """
    from talentgraph.graph.shacl import validate_rdf

    if rdf_file is not None:
        conforms, violations = validate_rdf(_read_rdf(rdf_file))
        source = Path(rdf_file).name
    else:
        settings = settings or Settings()
        if store is not None:
            settings = dataclasses.replace(settings, store=store)
        problems, rdf = _stored_rdf(settings)
        conforms, violations = (False, problems) if rdf is None else validate_rdf(rdf)
        source = settings.store
    if conforms:
        click.echo("conforms")
        return
    for line in violations:
        click.echo(line)
    click.echo(f"{source}: {len(violations)} violation(s)", err=True)
    raise click.exceptions.Exit(1)

"""``talentgraph validate``: check the graph (or an RDF file) against the SHACL shapes.

Each step shows on stderr in a terminal (reading the store, building the RDF, checking
it); rdflib, pyoxigraph and the SHACL engines are imported only here.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import click

from talentgraph.config import Settings
from talentgraph.output import one_line, progress_bar, stage

__all__ = ["validate"]

_FORMATS = {".ttl": "TURTLE", ".turtle": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS",
            ".jsonld": "JSON_LD", ".json": "JSON_LD", ".rdf": "RDF_XML", ".xml": "RDF_XML",
            ".owl": "RDF_XML", ".trig": "TRIG", ".n3": "N3"}


def _file_ntriples(path: str) -> bytes:
    """An RDF file as N-Triples (read by Oxigraph: a 150 MB Turtle file in seconds)."""
    import pyoxigraph as ox

    name = _FORMATS.get(Path(path).suffix.lower())
    if name is None:
        raise click.UsageError(f"cannot tell the RDF format of {one_line(path)}; use .ttl, "
                               ".nt or .jsonld")
    try:
        quads = ox.parse(path=path, format=getattr(ox.RdfFormat, name))
        return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                            format=ox.RdfFormat.N_TRIPLES)
    except (SyntaxError, ValueError, OSError) as err:
        raise click.ClickException(f"cannot parse {one_line(path)} as "
                                   f"{name.lower().replace('_', '-')}: {err}") from err


def _stored_ntriples(settings: Settings) -> tuple[list[str], bytes | None]:
    """Problems with the stored property graph, and its RDF form when there are none."""
    from talentgraph.graph.export.rdf import ntriples
    from talentgraph.graph.model import validate as check_graph
    from talentgraph.graph.store import StoreError, open_store

    try:
        with stage("reading the store") as done, open_store(settings) as store:
            graph = store.to_networkx()
            done(f"{graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} "
                 "relationships")
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    problems = check_graph(graph)
    if problems:
        return problems, None
    size = graph.number_of_nodes() + graph.number_of_edges()
    with progress_bar(size, "building the RDF", minimum=1000) as advance:
        return [], ntriples(graph, advance)


@click.command()
@click.option("--rdf", "rdf_file", metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=str),
              help="Validate this Turtle, N-Triples or JSON-LD file instead of the stored "
              "graph.")
@click.option("--store", metavar="PATH|URI",
              help="Validate this store instead of the one given to the talentgraph group.")
@click.option("--engine", type=click.Choice(["auto", "pyshacl", "turbo"]), default="auto",
              show_default=True,
              help="SHACL engine: turbo (Rust, pyshacl-turbo) when installed, else pyshacl "
              "(the reference; minutes on a large graph). Both report the same.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="With turbo, check the shapes in N groups side by side on a large graph "
                   "(default: one per core, at most 2; each group loads the data, so "
                   "N groups take N times the memory).")
@click.pass_obj
def validate(settings: Settings | None, rdf_file: str | None, store: str | None,
             engine: str, jobs: int | None) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl).

    Prints "conforms", or one line per violation and exits with status 1.

    \b
    Examples:
      talentgraph validate
      talentgraph validate --store bolt://localhost:7687
      talentgraph validate --rdf talent.ttl
    """
    from talentgraph.graph.shacl import engine_name, validate_ntriples

    if rdf_file is not None:
        with stage(f"reading {rdf_file}"):
            data: bytes | None = _file_ntriples(rdf_file)
        problems: list[str] = []
        source = Path(rdf_file).name
    else:
        settings = settings or Settings()
        if store is not None:
            settings = dataclasses.replace(settings, store=store)
        problems, data = _stored_ntriples(settings)
        source = settings.store
    if data is None:
        conforms, violations = False, problems
    else:
        triples = data.count(b"\n")
        with stage(f"checking {triples:,} triples with {engine_name(engine)}") as done:
            jobs = jobs or min(2, os.cpu_count() or 1)
            conforms, violations = validate_ntriples(data, engine=engine, jobs=jobs)
            done("conforms" if conforms else f"{len(violations)} violation(s)")
    if conforms:
        click.echo("conforms")
        return
    for line in violations:
        click.echo(one_line(line))
    click.echo(f"{one_line(source)}: {len(violations)} violation(s)", err=True)
    raise click.exceptions.Exit(1)

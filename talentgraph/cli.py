"""The ``talentgraph`` command: one click group, one module per verb in ``commands/``.

Each command is a thin call into the library; this module only wires them together and
carries the store choice (``--store`` / ``TALENTGRAPH_STORE``) down in the context object.
Command modules import their heavy dependencies (the stores, networkx, rdflib, the
loaders) inside the command, so ``talentgraph --help`` and a query import only what they
use (``bench/cli_bench.py`` times it; a test checks what ``--help`` imports).
"""

from __future__ import annotations

import logging

import click

from .commands import COMMANDS
from .config import DEFAULT_STORE, Settings
from .output import safe_text

__all__ = ["main"]

EPILOG = """\b
Examples:
  talentgraph load seeds/                  # parse résumés into ./talentgraph.lbug
  talentgraph report                       # print the graph report
  talentgraph parse seeds/001_*.txt        # one résumé as JSON Resume
  talentgraph cypher "MATCH (p:Person) RETURN p.name ORDER BY p.name"
  talentgraph --store bolt://localhost:7687 load seeds/   # use a Neo4j server
"""


class _Group(click.Group):
    """The command group; an error any command raises is printed with its control and
    bidi characters escaped (a file or person name in it cannot move the cursor, retitle
    the terminal or forge another line)."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except click.ClickException as err:
            err.message = safe_text(err.message, keep_lines=True)
            raise


@click.group(cls=_Group, epilog=EPILOG,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "--version", "-V", package_name="talentgraph",
                      prog_name="talentgraph")
@click.option(
    "--store",
    envvar="TALENTGRAPH_STORE",
    default=DEFAULT_STORE,
    show_default=True,
    metavar="PATH|URI",
    help="Where the graph lives: a file path for the embedded LadybugDB store, or a "
    "bolt://, neo4j:// or neo4j+s:// URI for Neo4j (credentials from NEO4J_USERNAME and "
    "NEO4J_PASSWORD). Env: TALENTGRAPH_STORE.",
)
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.pass_context
def main(ctx: click.Context, store: str, verbose: int) -> None:
    """Turn a folder of résumés into a talent knowledge graph and query it."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # pypdf warns about damaged files without naming them; the loader reports those itself
    logging.getLogger("pypdf").setLevel(level if verbose else logging.ERROR)
    ctx.obj = Settings(store=store, create=False)  # only `load` creates a store


for _command in COMMANDS:
    main.add_command(_command)

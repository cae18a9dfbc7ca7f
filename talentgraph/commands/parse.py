"""``talentgraph parse``: résumé files in, JSON Resume documents out (no store involved)."""

from __future__ import annotations

import click

__all__ = ["parse"]


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def parse(files: tuple[str, ...]) -> None:
    """Parse résumé FILES and print JSON Resume.

    \b
    Example:
      talentgraph parse seeds/000_0f15580d076a714f.txt
    """
    raise click.ClickException("parse is not implemented yet")

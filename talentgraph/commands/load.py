"""``talentgraph load``: résumés in, graph written to the chosen store."""

from __future__ import annotations

import sys

import click

from talentgraph.config import Settings
from talentgraph.output import one_line, progress_bar

__all__ = ["load"]


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--batch-size", default=500, show_default=True,
              help="Résumés written per transaction (each batch lands all or nothing).")
@click.option("--force", is_flag=True, help="Re-load files even when their content is unchanged.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Parse in N worker processes while this one builds and writes "
                   "(default: one per core; 1 parses in this process).")
@click.pass_obj
def load(settings: Settings, paths: tuple[str, ...], batch_size: int, force: bool,
         jobs: int | None) -> None:
    """Load résumé files and folders (recursively, by extension) into the store.

    Loading is idempotent and incremental: unchanged files are skipped, an edited file's
    facts are replaced, and a new résumé of a known person merges into that person.
    Files that cannot be read are listed with the reason; the rest still load, and the
    exit code is 1 when any file failed.

    \b
    Examples:
      talentgraph load seeds/
      talentgraph --store bolt://localhost:7687 load ~/cvs/ new-cv.pdf
      talentgraph load --jobs 8 ~/cvs/
    """
    from talentgraph.graph.store import StoreError, open_store
    from talentgraph.parallel import default_jobs
    from talentgraph.pipeline import discover, load_items

    items = list(discover(paths))
    try:
        with open_store(settings) as store, progress_bar(len(items), "loading") as advance:
            report = load_items(items, store, batch_size=batch_size, force=force,
                                progress=advance, jobs=jobs or default_jobs())
    except KeyboardInterrupt:
        _interrupted()
    except StoreError as err:
        if _during_interrupt(err):
            _interrupted()
        raise click.ClickException(str(err)) from err
    except Exception as err:
        # Ctrl-C mid-write can make the driver's clean-up fail on a half-sent message;
        # that error replaces the interrupt, but the user still only pressed Ctrl-C
        if _during_interrupt(err):
            _interrupted()
        raise
    for path, reason in report.failed:
        click.echo(f"error: {_one_line(path)}: {_one_line(reason)}", err=True)
    click.echo(
        f"{len(report.loaded)} loaded, {len(report.unchanged)} unchanged, "
        f"{len(report.failed)} failed; {report.nodes_written} nodes and "
        f"{report.relationships_written} relationships written, {report.removed} removed"
    )
    if report.failed:
        sys.exit(1)


def _during_interrupt(err: BaseException) -> bool:
    """True when ``err`` was raised while a KeyboardInterrupt was being handled."""
    seen = err.__context__
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__context__
    return False


def _interrupted() -> None:
    click.echo("interrupted: every batch written so far is whole; run the same load again "
               "to finish", err=True)
    sys.exit(130)


def _one_line(text: str) -> str:
    """``text`` printable on one line: a file named ``a\\nerror: b.txt`` (or with U+2028,
    NEL or an ESC sequence in its name) must not print as two lines, forge a second error
    line or reach the terminal as a command (``output.one_line``), and a name that is not
    UTF-8 must not make the error message itself fail to encode."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return one_line(text)


"""``talentgraph load``: résumés in, graph written to the chosen store."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

import click

from talentgraph.config import Settings
from talentgraph.output import one_line, progress_bar

__all__ = ["load"]


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--batch-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Résumés written per transaction (each batch lands all or nothing).")
@click.option("--force", is_flag=True, help="Re-load files even when their content is unchanged.")
@click.option("--prune", is_flag=True,
              help="Remove résumés loaded before from these paths whose files are gone, "
                   "with the facts only they supported.")
@click.option("--follow-symlinks", is_flag=True,
              help="Read symbolic links that lead outside the given folders (never "
                   "/proc, /sys or devices).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Parse in N worker processes while this one builds and writes "
                   "(default: one per core; 1 parses in this process).")
@click.option("--bulk", is_flag=True,
              help="Into an empty store, for large pools: parse into Parquet shards, "
                   "resolve and build out of core (DuckDB), then bulk-write.  The same "
                   "graph as a plain load; later loads are incremental as usual.")
@click.option("--parsed", is_flag=True,
              help="PATHS are folders of Parquet shards written by 'talentgraph parse "
                   "--out' (implies --bulk).")
@click.option("--resolved", type=click.Path(exists=True, file_okay=False, path_type=Path),
              default=None, metavar="DIR",
              help="With --parsed: build from the resolution a Spark run wrote into DIR "
                   "(graph/bulk/spark.py; docs/scale.md) instead of resolving here.")
@click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              metavar="YYYY-MM-DD",
              help="The date open-ended roles ('2021 - present') run to when months of "
                   "experience are counted, for résumés without a date of their own "
                   "(default: the day the load starts). Pin it to rebuild a graph "
                   "identically on another day.")
@click.option("--memory-limit", default="3GB", show_default=True, metavar="SIZE",
              help="Memory the out-of-core engine may use before spilling to disk "
                   "(--bulk).")
@click.pass_obj
def load(settings: Settings, paths: tuple[str, ...], batch_size: int, force: bool,
         prune: bool, follow_symlinks: bool, jobs: int | None, bulk: bool, parsed: bool,
         resolved: Path | None, as_of: dt.datetime | None, memory_limit: str) -> None:
    """Load résumé files and folders (recursively, by extension) into the store.

    Loading is idempotent and incremental: unchanged files are skipped, an edited file's
    facts are replaced, a moved file re-cites its new path, and a new résumé of a known
    person merges into that person.  Files that cannot be read are listed with the
    reason; the rest still load, and the exit code is 1 when any file failed.  Résumés
    of erased people are skipped (see `talentgraph erasures`).  The graph is the same
    whatever the batch size, the order or the number of jobs.

    \b
    Examples:
      talentgraph load seeds/
      talentgraph load --prune ~/cvs/          # also drop résumés deleted from ~/cvs
      talentgraph --store bolt://localhost:7687 load ~/cvs/ new-cv.pdf
      talentgraph load --jobs 8 ~/cvs/
      talentgraph load --bulk ~/million-cvs/   # a large pool into an empty store
      talentgraph load --parsed parsed/        # shards from 'parse --out parsed/'
      talentgraph load --parsed parsed/ --resolved spark-out/   # resolved on Spark
    """
    from talentgraph.config import store_problem
    from talentgraph.graph.store import StoreError, open_store
    from talentgraph.parallel import default_jobs
    from talentgraph.pipeline import discover, load_items

    problem = store_problem(settings.store)
    if problem:
        raise click.ClickException(problem)
    if resolved is not None and not parsed:
        raise click.UsageError("--resolved goes with --parsed (the shards it resolved)")
    if as_of is not None and (bulk or parsed):
        raise click.UsageError("--as-of goes with a plain load, not --bulk")
    if bulk or parsed:
        from talentgraph.commands.bulk import bulk_command

        bulk_command(settings, paths, parsed=parsed, jobs=jobs or default_jobs(),
                     memory_limit=memory_limit, follow_symlinks=follow_symlinks,
                     resolved=resolved)
        return
    items = list(discover(paths, follow_symlinks=follow_symlinks))
    if not items:
        raise click.ClickException(
            f"no résumé files found under {', '.join(_one_line(p) for p in paths)} "
            "(looked for .txt .md .pdf .docx .json .tex)")
    try:
        with (open_store(dataclasses.replace(settings, create=True)) as store,
              progress_bar(len(items), "loading") as advance):
            report = load_items(items, store, batch_size=batch_size, force=force,
                                progress=advance, jobs=jobs or default_jobs(), prune=prune,
                                given=paths, as_of=as_of.date() if as_of else None)
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
    _print(report, paths)
    if report.failed:
        sys.exit(1)


def _print(report, paths: tuple[str, ...]) -> None:
    for path, reason in report.failed:
        click.echo(f"error: {_one_line(path)}: {_one_line(reason)}", err=True)
    for path, date in report.skipped:
        click.echo(f"skipped: {_one_line(path)}: erased on {date}", err=True)
    for old, new in report.moved:
        click.echo(f"moved: {_one_line(old)} -> {_one_line(new)}", err=True)
    for key in report.pruned:
        click.echo(f"pruned: {_one_line(key)} (file gone)", err=True)
    for key in report.missing:
        click.echo(f"missing: {_one_line(key)} (file gone; still in the store)", err=True)
    if report.missing:
        click.echo(f"  {len(report.missing)} stored résumé(s) no longer exist; remove them "
                   f"with: talentgraph load --prune {' '.join(paths)}", err=True)
    for key, a, b in sorted(report.conflicts):
        kind = key.partition(":")[0]
        click.echo(f"review: {_one_line(a)} and {_one_line(b)} share a {kind} but not a "
                   "name; kept as two people", err=True)
    if report.low_coverage:
        worst = ", ".join(f"{_one_line(path)} ({share:.0%})"
                          for path, share in sorted(report.low_coverage, key=lambda x: x[1])[:5])
        more = f" and {len(report.low_coverage) - 5} more" if len(report.low_coverage) > 5 else ""
        click.echo(f"check: {len(report.low_coverage)} résumé(s) read only in part (share of "
                   f"lines placed): {worst}{more}; see: talentgraph query low_coverage_resumes",
                   err=True)
    skipped = f", {len(report.skipped)} skipped (erased)" if report.skipped else ""
    pruned = f", {len(report.pruned)} pruned" if report.pruned else ""
    click.echo(
        f"{len(report.loaded)} loaded, {len(report.unchanged)} unchanged, "
        f"{len(report.failed)} failed{skipped}{pruned}; nodes: {report.nodes_created} "
        f"created, {report.nodes_updated} updated, {report.nodes_removed} removed; "
        f"relationships: {report.relationships_created} created, "
        f"{report.relationships_updated} updated, {report.relationships_removed} removed"
    )


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


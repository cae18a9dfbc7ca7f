"""The bulk seams of ``talentgraph parse --out`` and ``talentgraph load --bulk/--parsed``
(:mod:`talentgraph.bulkload` does the work)."""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from pathlib import Path

import click

from talentgraph.config import Settings
from talentgraph.output import one_line, progress_bar

__all__ = ["bulk_command", "shards_command"]


def shards_command(items: list, out: Path, *, jobs: int, shard: tuple[int, int] | None,
                   failed: int) -> None:
    """Parse ``items`` (discovered files) into Parquet shards under ``out``."""
    from talentgraph.bulkload import default_tag, parse_to_shards

    tag = default_tag() + (f"-shard{shard[0]}of{shard[1]}" if shard else "")
    with progress_bar(len(items), "parsing") as advance:
        report = parse_to_shards(items, out, jobs=jobs, tag=tag, progress=advance)
    for path, reason in report.failed:
        click.echo(f"talentgraph parse: {one_line(path)}: {one_line(reason)}", err=True)
    click.echo(f"{report.written} résumé(s) parsed into {len(report.files)} shard file(s) "
               f"in {one_line(str(out))}; {len(report.failed) + failed} failed "
               f"({report.seconds:.1f}s)")
    if report.failed or failed:
        sys.exit(1)


def bulk_command(settings: Settings, paths: tuple[str, ...], *, parsed: bool, jobs: int,
                 memory_limit: str, follow_symlinks: bool,
                 resolved: Path | None = None) -> None:
    """``load --bulk`` (parse into shards first) or ``load --parsed`` (shards given)."""
    from talentgraph.bulkload import bulk_load, parse_to_shards
    from talentgraph.graph.store import StoreError, open_store
    from talentgraph.identity import Roots
    from talentgraph.pipeline import discover

    failed: list[tuple[str, str]] = []
    try:
        with (open_store(dataclasses.replace(settings, create=True)) as store,
              tempfile.TemporaryDirectory(prefix="talentgraph-shards-") as tmp):
            if parsed:
                shards = [Path(p) for p in paths]
                missing = [p for p in shards if not p.exists()]
                if missing:
                    raise click.ClickException(f"no such folder: {one_line(str(missing[0]))}")
            else:
                items = list(discover(paths, follow_symlinks=follow_symlinks))
                roots = Roots(store.ledger_state().roots)
                with progress_bar(len(items), "parsing") as advance:
                    parsed_report = parse_to_shards(items, Path(tmp) / "shards", jobs=jobs,
                                                    roots=roots, progress=advance)
                failed = parsed_report.failed
                shards = [Path(tmp) / "shards"]
            report = bulk_load(shards, store, work=Path(tmp), memory_limit=memory_limit,
                               resolved=resolved)
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    for path, reason in failed:
        click.echo(f"error: {one_line(path)}: {one_line(reason)}", err=True)
    for key, date in report.skipped:
        click.echo(f"skipped: {one_line(key)}: erased on {date}", err=True)
    for key, a, b in report.conflicts:
        click.echo(f"review: {one_line(a)} and {one_line(b)} share a "
                   f"{key.partition(':')[0]} but not a name; kept as two people", err=True)
    skipped = f", {len(report.skipped)} skipped (erased)" if report.skipped else ""
    click.echo(f"{report.loaded} loaded, 0 unchanged, {len(failed)} failed{skipped}; "
               f"nodes: {report.nodes} created; relationships: {report.relationships} "
               "created (bulk)")
    if failed:
        sys.exit(1)

"""``talentgraph parse``: résumé files in, JSON Resume documents out (no store involved).

Folders are walked as ``load`` walks them (``pipeline.discover``: recursively, by
extension, hidden files and folders skipped), so ``--shard`` splits a folder the way the
loads that follow will name its files.  The loaders are imported when the command runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from talentgraph.output import one_line, safe_text, to_json

__all__ = ["FORMATTERS", "parse"]


def _json(docs: list[dict[str, Any]], single: bool) -> str:
    return to_json(docs[0] if single else docs)


def _yaml(docs: list[dict[str, Any]], single: bool) -> str:
    try:
        import yaml
    except ImportError as err:  # a default dependency, so only a broken install gets here
        raise click.ClickException("--format yaml needs PyYAML: pip install pyyaml") from err
    text = yaml.safe_dump(docs[0] if single else docs, allow_unicode=True, sort_keys=False)
    return safe_text(text.rstrip(), keep_lines=True)


def _table(docs: list[dict[str, Any]], single: bool) -> str:
    del single
    rows: list[str] = []
    for doc in docs:
        basics = doc.get("basics", {})
        rows.append(f"== {doc.get('x-talentgraph', {}).get('source', '')}")
        rows.append(f"name       {basics.get('name', '(anonymous)')}"
                    + ("  (inferred)" if basics.get("name_inferred") else ""))
        for w in doc.get("work", []):
            dates = f"{w.get('startDate', '?')} – {w.get('endDate', 'present')}"
            rows.append(f"work       {dates:<20} {w.get('position', '')} @ {w.get('name', '')}")
        for e in doc.get("education", []):
            rows.append(f"education  {e.get('endDate', ''):<20} {e.get('studyType', '')} "
                        f"{e.get('area', '')} @ {e.get('institution', '')}")
        for s in doc.get("skills", []):
            rows.append(f"skills     {s['name']}: {', '.join(s.get('keywords', []))}")
        for p in doc.get("publications", []):
            venue = p.get("publisher", "")
            rows.append(f"paper      {p.get('releaseDate', ''):<6} {p['name']} ({venue})")
        for a in doc.get("awards", []):
            rows.append(f"award      {a.get('date', ''):<8} {a['title']}")
        for p in doc.get("projects", []):
            rows.append(f"project    {p['name']}")
    return "\n".join(safe_text(row) for row in rows)


FORMATTERS: dict[str, Callable[[list[dict[str, Any]], bool], str]] = {
    "json": _json,
    "yaml": _yaml,
    "table": _table,
}


def _parse_one(path: str) -> dict[str, Any] | str:
    """One file as a JSON Resume document, or the error line for it (a worker's task:
    errors come back as values, never as exceptions)."""
    from talentgraph.loaders import InputError, parse_file, to_json_resume

    try:
        return to_json_resume(parse_file(path))
    except InputError as err:
        return f"talentgraph parse: {one_line(str(err))}"


def _shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    from talentgraph.parallel import parse_shard

    try:
        return parse_shard(text)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--shard") from None


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(), metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATTERS)), default="json",
              show_default=True, help="Output format (yaml uses PyYAML, installed with "
              "talentgraph).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Parse in N worker processes (default: one per core; 1 parses in this "
                   "process).  The output order is the order of PATHs (a folder's files "
                   "sorted by name) either way.")
@click.option("--shard", metavar="I/N", default=None,
              help="Parse only shard I of N (1 <= I <= N): the files whose source key "
                   "(folder/name, as load stores it) hashes into it.  N runs with 1/N..N/N "
                   "split the files into disjoint parts that together cover them; the output "
                   "is then always an array.")
@click.option("--out", "out", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="Write the parsed résumés as Parquet shards into DIR instead of printing "
                   "them (for 'talentgraph load --parsed DIR'); shards of several runs or "
                   "machines can share one folder.")
def parse(files: tuple[str, ...], fmt: str, jobs: int | None, shard: str | None,
          out: str | None) -> None:
    """Parse résumé files, and folders recursively, and print JSON Resume.

    One file prints one document; several files or a folder print a JSON array.  A file
    that cannot be read is reported on stderr (file and reason) and the others are still
    printed; the exit status is then 1.

    \b
    Example:
      talentgraph parse seeds/000_0f15580d076a714f.txt
      talentgraph parse --format table seeds/
      talentgraph parse --format yaml seeds/001_4361c076815501ef.txt
      talentgraph parse --jobs 4 --shard 2/3 cvs/     # the second of three machines
      talentgraph parse --shard 2/3 --out parsed/ cvs/ # Parquet shards for load --parsed
    """
    from talentgraph.loaders import InputError
    from talentgraph.parallel import WorkerDied, default_jobs, in_shard, run_ordered
    from talentgraph.pipeline import discover

    part = _shard(shard)
    failed = 0
    selected: list[str] = []
    chosen = []  # the discovered files, for --out
    for item in discover(files):
        if isinstance(item, InputError):
            failed += 1
            click.echo(f"talentgraph parse: {one_line(str(item))}", err=True)
        elif part is None or in_shard(item.key or f"{item.root.name}/{item.rel}", part):
            # the key load would give it (<folder>/<path>): the same on every machine
            selected.append(str(item.path))
            chosen.append(item)
    if out is not None:
        from talentgraph.commands.bulk import shards_command

        shards_command(chosen, Path(out), jobs=jobs or default_jobs(), shard=part,
                       failed=failed)
        return
    single = len(files) == 1 and part is None and not Path(files[0]).is_dir()
    docs: list[dict[str, Any]] = []
    workers = (jobs or default_jobs()) if len(selected) > 1 else 1
    for path, result in run_ordered(_parse_one, selected, jobs=workers):
        if isinstance(result, dict):
            docs.append(result)
            continue
        failed += 1
        if isinstance(result, WorkerDied):
            result = f"talentgraph parse: {one_line(path)}: {one_line(result.reason)}"
        click.echo(result, err=True)
    if docs:
        click.echo(FORMATTERS[fmt](docs, single and len(docs) == 1))
    elif not failed and not single:
        click.echo(FORMATTERS[fmt]([], False) if fmt != "table" else "(no résumé files)")
    if failed:
        raise SystemExit(1)

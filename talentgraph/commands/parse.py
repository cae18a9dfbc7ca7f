"""``talentgraph parse``: résumé files in, JSON Resume documents out (no store involved)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from talentgraph.loaders import InputError, parse_file, to_json_resume

__all__ = ["FORMATTERS", "parse"]


def _json(docs: list[dict[str, Any]], single: bool) -> str:
    return json.dumps(docs[0] if single else docs, indent=2, ensure_ascii=False)


def _yaml(docs: list[dict[str, Any]], single: bool) -> str:
    try:
        import yaml
    except ImportError as err:
        raise click.ClickException("--format yaml needs PyYAML: pip install pyyaml") from err
    return yaml.safe_dump(docs[0] if single else docs, allow_unicode=True, sort_keys=False).rstrip()


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
    return "\n".join(rows)


FORMATTERS: dict[str, Callable[[list[dict[str, Any]], bool], str]] = {
    "json": _json,
    "yaml": _yaml,
    "table": _table,
}


def _parse_one(path: str) -> dict[str, Any] | str:
    """One file as a JSON Resume document, or the error line for it (a worker's task:
    errors come back as values, never as exceptions)."""
    try:
        return to_json_resume(parse_file(path))
    except InputError as err:
        return f"talentgraph parse: {err}"


def _shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    from talentgraph.parallel import parse_shard

    try:
        return parse_shard(text)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--shard") from None


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATTERS)), default="json",
              show_default=True, help="Output format.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Parse in N worker processes (default: one per core; 1 parses in this "
                   "process).  The output order is the order of FILES either way.")
@click.option("--shard", metavar="I/N", default=None,
              help="Parse only shard I of N (1 <= I <= N): the files whose source key "
                   "(folder/name, as load stores it) hashes into it.  N runs with 1/N..N/N "
                   "split FILES into disjoint parts that together cover them; the output is "
                   "then always an array.")
def parse(files: tuple[str, ...], fmt: str, jobs: int | None, shard: str | None) -> None:
    """Parse résumé FILES and print JSON Resume.

    One file prints one document, several files a JSON array.  A file that cannot be read
    is reported on stderr (file and reason) and the others are still printed; the exit
    status is then 1.

    \b
    Example:
      talentgraph parse seeds/000_0f15580d076a714f.txt
      talentgraph parse --format table seeds/*.txt
      talentgraph parse --jobs 4 --shard 2/3 cvs/*     # the second of three machines
    """
    from talentgraph.parallel import WorkerDied, default_jobs, in_shard, run_ordered

    part = _shard(shard)
    selected = list(files)
    if part is not None:
        from talentgraph.pipeline import source_key

        selected = [f for f in files if in_shard(source_key(f), part)]
    docs: list[dict[str, Any]] = []
    failed = 0
    workers = (jobs or default_jobs()) if len(selected) > 1 else 1
    for path, result in run_ordered(_parse_one, selected, jobs=workers):
        if isinstance(result, dict):
            docs.append(result)
            continue
        failed += 1
        if isinstance(result, WorkerDied):
            result = f"talentgraph parse: {path}: {result.reason}"
        click.echo(result, err=True)
    if docs:
        click.echo(FORMATTERS[fmt](docs, len(files) == 1 and part is None))
    if failed:
        raise SystemExit(1)

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


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATTERS)), default="json",
              show_default=True, help="Output format.")
def parse(files: tuple[str, ...], fmt: str) -> None:
    """Parse résumé FILES and print JSON Resume.

    One file prints one document, several files a JSON array.  A file that cannot be read
    is reported on stderr (file and reason) and the others are still printed; the exit
    status is then 1.

    \b
    Example:
      talentgraph parse seeds/000_0f15580d076a714f.txt
      talentgraph parse --format table seeds/*.txt
    """
    docs: list[dict[str, Any]] = []
    failed = 0
    for path in files:
        try:
            docs.append(to_json_resume(parse_file(path)))
        except InputError as err:
            failed += 1
            click.echo(f"talentgraph parse: {err}", err=True)
    if docs:
        click.echo(FORMATTERS[fmt](docs, len(files) == 1))
    if failed:
        raise SystemExit(1)

"""Printing rows for people and machines: a readable table, JSON or CSV, and ``-p`` params."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

__all__ = ["FORMATS", "format_rows", "parse_params", "progress_bar"]

FORMATS = ("table", "json", "csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def _table(rows: Sequence[dict[str, Any]], columns: list[str]) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    buffer = io.StringIO()
    Console(file=buffer, width=160, force_terminal=False, no_color=True).print(table)
    return buffer.getvalue().rstrip("\n") + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"


def format_rows(rows: Sequence[dict[str, Any]], fmt: str = "table") -> str:
    """Rows as a table, a JSON array or CSV (lists joined with "; ")."""
    columns: list[str] = []
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return buffer.getvalue().rstrip("\n")
    if fmt == "table":
        return _table(rows, columns)
    raise click.BadParameter(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def parse_params(pairs: Iterable[str]) -> dict[str, Any]:
    """``name=value`` pairs to a dict; a value that is JSON (number, list, true, null) is
    decoded, anything else stays a string."""
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected name=value, got {pair!r}", param_hint="-p")
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        params[name.strip()] = value
    return params


@contextmanager
def progress_bar(length: int, label: str, *, minimum: int = 20) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr for long work, silent when stderr is not a terminal (or
    the work is short); yields the function that advances it."""
    if not sys.stderr.isatty() or length < minimum:
        yield lambda _n: None
        return
    with click.progressbar(length=length, label=label, file=sys.stderr, show_pos=True) as bar:
        yield bar.update

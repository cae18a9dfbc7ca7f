"""Printing rows for people and machines: a table that fits the terminal, JSON or CSV.

Every value printed here passes :func:`safe_text` first (JSON: :func:`to_json`): a name read
from a résumé may hold an escape sequence (``ESC ] 0 ;`` retitles a terminal), a
right-to-left override (U+202E shows ``txt.exe`` as ``exe.txt``) or a line separator
(U+2028, NEL) that makes one value print as two lines.  Such characters are shown as their
Python escapes (``\\x1b``, ``\\u202e``), so what is printed is what is stored.

Tables fit the terminal they are printed to; piped to a file they keep their natural width.
Rows whose cells are long lists (``person_profile``) read better as records, one block per
row with a section per list, like psql's expanded display: ``layout="record"`` asks for it,
``"auto"`` picks it when a table would not fit.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import click

__all__ = [
    "FORMATS",
    "UsageProblem",
    "emit_rows",
    "format_rows",
    "one_line",
    "parse_params",
    "progress_bar",
    "safe_text",
    "stage",
    "to_json",
]

FORMATS = ("table", "json", "csv")

# C0 and C1 controls and DEL (ESC, CSI \x9b, NEL \x85 ...), the line and paragraph
# separators, and the bidirectional formatting characters (embeddings, overrides,
# isolates, marks) that reorder what a reader sees.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
# the same, less tab and newline, for multi-line text that is not one value
_UNSAFE_KEEP_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f"
                                "\u2028-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")
ELLIPSIS = "…"
MAX_CELL = 300  # characters of one cell shown in a terminal before it is cut with "…"
RECORD_ROWS = 3  # "auto" prints at most this many rows as records
RECORD_ITEMS = 6  # ... when a list cell has more items than this
RECORD_WIDTH = 100  # piped records wrap their lists of short items at this width


class UsageProblem(click.ClickException):
    """Bad input on the command line (a parameter, a limit): one line, exit status 2,
    like click's own usage errors but without the usage text around it."""

    exit_code = 2


def _escape(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def safe_text(text: str, *, keep_lines: bool = False) -> str:
    """``text`` with control, line-separator and bidi characters shown as escapes
    (``\\x1b``, ``\\u2028``) and lone surrogates as ``\\udcxx``; tab and newline are kept
    with ``keep_lines`` (a message of several lines), escaped otherwise (one value)."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return (_UNSAFE_KEEP_LINES if keep_lines else _UNSAFE).sub(_escape, text)


def one_line(text: str) -> str:
    """``text`` as a single printable line (an error line naming a file: a file called
    ``a\\u2028error: b`` must not print a second, forged ``error:`` line)."""
    return safe_text(text)


def to_json(value: Any) -> str:
    """``value`` as indented JSON whose strings escape what :func:`safe_text` escapes
    (JSON already escapes C0; U+2028, U+202E, C1 are valid raw but not safe to print)."""
    text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
    # json.dumps escapes C0 inside strings, so a raw newline or tab here is layout
    return _UNSAFE_KEEP_LINES.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


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


def terminal_width() -> int | None:
    """The width of the terminal standard output is, or None when it is not one (a
    pipe or a file: tables then keep their natural width).  ``COLUMNS`` wins, as in
    every other program."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size().columns


def _render(renderable: Any, width: int | None) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    # width None: wide enough that nothing wraps (a table takes its natural width)
    Console(file=buffer, width=width or 100_000, force_terminal=False, no_color=True,
            highlight=False, emoji=False, markup=False).print(renderable)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())


def _shown(value: Any, width: int | None) -> str:
    text = safe_text(_cell(value))
    if width is not None and len(text) > MAX_CELL:
        text = text[:MAX_CELL - 1] + ELLIPSIS
    return text


def _plural(count: int, noun: str = "row") -> str:
    return f"({count} {noun}{'' if count == 1 else 's'})"


def _table(rows: Sequence[Mapping[str, Any]], columns: list[str], width: int | None) -> str:
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, header_style="", show_edge=False, pad_edge=False)
    for col in columns:
        table.add_column(safe_text(col), overflow="fold")
    for row in rows:
        table.add_row(*(_shown(row.get(c), width) for c in columns))
    body = _render(table, width) if columns else ""
    return (body + "\n" if body else "") + _plural(len(rows))


def _items_block(items: list[Any], width: int | None) -> tuple[Any, bool]:
    """A list cell as a sub-table: items split on " | " into columns (person_profile's
    "ByteDance | Data Engineer | 2025-09 – present"), or one per line; short items side
    by side instead (then the second value is True)."""
    from rich import box
    from rich.table import Table

    texts = [_shown(item, width) for item in items]
    parts = [t.split(" | ") for t in texts]
    table = Table(box=box.SIMPLE, show_header=False, show_edge=False, pad_edge=False,
                  padding=(0, 2, 0, 0))
    if max(len(p) for p in parts) > 1:
        for _ in range(max(len(p) for p in parts)):
            table.add_column(overflow="fold")
        for p in parts:
            table.add_row(*p)
        return table, False
    if max(len(t) for t in texts) <= 32:
        from rich.columns import Columns
        return Columns(texts, padding=(0, 3), column_first=True), True
    table.add_column(overflow="fold")
    for t in texts:
        table.add_row(t)
    return table, False


def _records(rows: Sequence[Mapping[str, Any]], columns: list[str], width: int | None) -> str:
    """Each row as a block: scalar columns as ``name  value`` lines, then one indented
    section per list column."""
    from rich.padding import Padding
    from rich.table import Table

    blocks: list[str] = []
    for row in rows:
        scalars = Table.grid(padding=(0, 2))
        scalars.add_column(style="", no_wrap=True)
        scalars.add_column(overflow="fold")
        lists = []
        for col in columns:
            value = row.get(col)
            if isinstance(value, list | tuple):
                lists.append((col, list(value)))
            else:
                scalars.add_row(safe_text(col), _shown(value, width))
        parts = [_render(scalars, width)]
        for col, items in lists:
            if not items:
                parts.append(f"{safe_text(col)}: none")
                continue
            parts.append(f"{safe_text(col)} ({len(items)})")
            block, side_by_side = _items_block(items, width)
            # piped, short items side by side still wrap at a readable width
            shown = width or (RECORD_WIDTH if side_by_side else None)
            parts.append(_render(Padding(block, (0, 0, 0, 2)), shown))
        blocks.append("\n".join(parts))
    return "\n\n".join(blocks) + ("\n" if blocks else "") + _plural(len(rows))


def _wants_records(rows: Sequence[Mapping[str, Any]], columns: list[str],
                   width: int | None) -> bool:
    """A few rows holding long lists, or too wide for the terminal, read better as
    records; many rows stay a table (their long cells wrap)."""
    if not rows or len(rows) > RECORD_ROWS:
        return False
    if any(isinstance(v, list | tuple) and len(v) > RECORD_ITEMS
           for row in rows for v in row.values()):
        return True
    if width is None:
        return False
    natural = sum(max([len(c), *(len(_cell(r.get(c))) for r in rows)]) + 3 for c in columns)
    return natural > 2 * width


def format_rows(rows: Sequence[Mapping[str, Any]], fmt: str = "table", *,
                columns: Sequence[str] | None = None, width: int | None = None,
                layout: str = "auto") -> str:
    """Rows as a table, records, a JSON array or CSV (lists joined with "; ").

    ``columns`` names the columns in order (so an empty result still has its header);
    by default they are the rows' keys.  ``width`` is the terminal's (None: natural
    width).  ``layout`` is ``"table"``, ``"record"`` or ``"auto"`` (records when a
    cell holds a long list or the table would not fit)."""
    names = list(columns or [])
    for row in rows:
        names.extend(k for k in row if k not in names)
    if fmt == "json":
        return to_json([{c: row.get(c) for c in names} for row in rows])
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([safe_text(c) for c in names])
        for row in rows:
            writer.writerow([safe_text(_cell(row.get(c))) for c in names])
        return buffer.getvalue().rstrip("\n")
    if fmt == "table":
        if layout == "record" or (layout == "auto" and _wants_records(rows, names, width)):
            return _records(rows, names, width)
        return _table(rows, names, width)
    raise click.BadParameter(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def emit_rows(rows: Sequence[Mapping[str, Any]], fmt: str, *, title: str | None = None,
              caption: str | None = None, columns: Sequence[str] | None = None,
              layout: str = "auto") -> None:
    """Print rows in ``fmt`` to standard output; a table gets its title above and its
    caption below and fits the terminal."""
    width = terminal_width() if fmt == "table" else None
    if fmt == "table" and title:
        click.echo(_wrapped(safe_text(title), width))
    click.echo(format_rows(rows, fmt, columns=columns, width=width, layout=layout))
    if fmt == "table" and caption:
        click.echo(_wrapped(safe_text(caption), width))


def _wrapped(text: str, width: int | None) -> str:
    import textwrap

    return text if width is None else textwrap.fill(text, width, break_on_hyphens=False)


def parse_params(pairs: Iterable[str], *, decode: bool = True) -> dict[str, Any]:
    """``name=value`` pairs to a dict.  With ``decode`` a value that is JSON (number,
    list, true, null) is decoded, anything else stays text.  A name given twice is an
    error (which one was meant?)."""
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageProblem(f"-p expects NAME=VALUE, got {one_line(pair)!r}")
        if name in params:
            raise UsageProblem(f"-p {one_line(name)} is given twice; give it once")
        value: Any = raw
        if decode:
            try:
                value = json.loads(raw)
            except json.JSONDecodeError:
                value = raw
        params[name] = value
    return params


@contextmanager
def stage(label: str) -> Iterator[Callable[[str], None]]:
    """One step of long work, shown on stderr in a terminal: a spinner with the elapsed
    time while it runs, then ``label: <result> (<seconds> s)``; silent when stderr is
    not a terminal.  Yields a function that sets the result text (e.g. counts)."""
    if not sys.stderr.isatty():
        yield lambda _text: None
        return
    import time

    from rich.console import Console

    console = Console(stderr=True, highlight=False)
    result = {"text": "done"}
    start = time.perf_counter()
    with console.status(f"{safe_text(label)}…"):
        yield lambda text: result.update(text=text)
    console.print(f"{safe_text(label)}: {safe_text(result['text'])} "
                  f"({time.perf_counter() - start:.1f} s)", markup=False)


@contextmanager
def progress_bar(length: int, label: str, *, minimum: int = 20) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr for long work, silent when stderr is not a terminal (or
    the work is short); yields the function that advances it."""
    if not sys.stderr.isatty() or length < minimum:
        yield lambda _n: None
        return
    # redrawn about 200 times in all: a redraw per item cost seconds over 86k nodes
    with click.progressbar(length=length, label=label, file=sys.stderr, show_pos=True,
                           update_min_steps=max(1, length // 200)) as bar:
        yield bar.update

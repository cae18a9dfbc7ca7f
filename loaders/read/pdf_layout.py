"""Reading order of a PDF page: a two-column page is read one column at a time.

pypdf's layout mode groups a page's text by baseline across the whole width, which keeps a
job title and the dates printed at the right margin on one line, but also zips a sidebar
(contact, skills, education) and the main column (experience) together line by line.  This
module takes the same text runs that layout mode places (pypdf's "BT groups": a run of text
with the x where it starts and ends and its baseline y), looks for a gutter between two
columns, and renders the text above the columns, the left column, the right column and the
text below them as separate blocks, each with pypdf's own fixed-width renderer.

A page is read as columns only when the geometry leaves little doubt:

* a common left edge shared by many lines (where the right column starts), with an empty
  strip of at least :data:`MIN_GUTTER` points to its left;
* a run of consecutive lines that never cross that strip, covering a good share of the
  page, with at least :data:`MIN_COLUMN_ROWS` lines on each side;
* each side is a dense flow of lines, not a date or a heading now and then in a margin;
* the two sides flow independently: where a line has text on both sides, the baselines
  mostly differ.  Text that is *meant* to be read across, such as a title with its dates
  flush right, a label/value table or a timeline of dates in the left margin, shares
  baselines, so those pages keep the row-by-row reading, a tab between the parts.

Anything else (most résumés) goes through exactly the layout-mode rendering as before.

Layout mode's building blocks are private to pypdf (``pypdf._text_extraction._layout_mode``
and ``PageObject._layout_mode_fonts``); their shape is checked once on import, and if a
pypdf release changes them the page is read with the public layout mode, without columns.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Sequence
from itertools import accumulate
from math import ceil
from typing import Any

from pypdf import PageObject
from pypdf.generic import ArrayObject, ContentStream, StreamObject

try:
    from pypdf._text_extraction import _layout_mode
except ImportError:  # pragma: no cover - depends on the installed pypdf
    _layout_mode = None

__all__ = ["MIN_COLUMN_ROWS", "MIN_GUTTER", "page_blocks"]

logger = logging.getLogger(__name__)

#: Lines of text each column needs before a page is read as two columns.
MIN_COLUMN_ROWS = 5
#: Width, in points, of the empty strip that must separate the columns.
MIN_GUTTER = 10.0
#: Share of the page's lines the side-by-side stretch must cover.
MIN_BAND_SHARE = 0.4
#: Share of lines with text on both sides whose baselines must differ.
MIN_MISALIGNED_SHARE = 0.5
#: Share of the lines within a column's own top and bottom that must have text in it.
MIN_DENSITY = 0.5
#: Text coverage is counted up to this x (points); a gutter further right skips that test.
MAX_PAGE_WIDTH = 5000
#: Baselines closer than this (points) count as the same line of text.
BASELINE_TOLERANCE = 2.0
#: How far (points) a line may start left of the column edge and still be in the column.
EDGE_TOLERANCE = 2.0

#: pypdf's text run: keys tx, ty, displaced_tx, text, font_height, flip_sort, ...
Fragment = dict[str, Any]
Row = list[Fragment]


def _internals_usable() -> bool:
    """Whether pypdf's layout-mode internals have the shape this module was written for."""
    names = ("text_show_operations", "y_coordinate_groups", "fixed_char_width", "fixed_width_page")
    if _layout_mode is None or not hasattr(PageObject, "_layout_mode_fonts"):
        return False
    if not all(hasattr(_layout_mode, name) for name in names):
        return False
    # (ty_groups, char_width, space_vertically, font_height_weight) since pypdf 4.x
    return len(inspect.signature(_layout_mode.fixed_width_page).parameters) == 4


_USABLE = _internals_usable()


def page_blocks(page: PageObject) -> list[str]:
    """The page's layout-mode text as blocks in reading order.

    One block for an ordinary page.  For a page with two columns: the full-width text
    above them, the left column, the right column and the full-width text below, leaving
    out the empty ones.
    """
    if not _USABLE:
        return [page.extract_text(extraction_mode="layout")]
    fragments = _fragments(page)
    if not fragments:
        return []
    char_width = _layout_mode.fixed_char_width(fragments)
    parts = _split_columns(fragments)
    if parts is None:
        return [_render(fragments, char_width)]
    return [_render(part, char_width) for part in parts if part]


def _fragments(page: PageObject) -> list[Fragment]:
    """The page's text runs, as layout mode finds them (``PageObject._layout_mode_text``)."""
    contents = page.get("/Contents")
    if contents is not None:
        contents = contents.get_object()
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return []
    fonts = page._layout_mode_fonts()
    ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
    return list(_layout_mode.text_show_operations(ops, fonts, True, None))


def _render(fragments: list[Fragment], char_width: float) -> str:
    rows = _layout_mode.y_coordinate_groups(fragments, None)
    return _layout_mode.fixed_width_page(rows, char_width, True, 1)


def _split_columns(fragments: list[Fragment]) -> list[list[Fragment]] | None:
    """Split a two-column page into above / left / right / below, or ``None`` if it isn't one.

    ``fragments`` come in layout mode's order (top to bottom, then left to right); each
    part keeps that order so that pypdf renders it as it would a page of its own.
    """
    if any(fragment["flip_sort"] != 1 for fragment in fragments):
        return None
    rows = [row for row in _layout_mode.y_coordinate_groups(fragments, None).values()
            if any(fragment["text"].strip() for fragment in row)]
    if len(rows) < 2 * MIN_COLUMN_ROWS:
        return None
    best: tuple[int, int, float] | None = None
    for edge in _candidate_edges(rows):
        band = _band(rows, edge)
        if band and (best is None or band[1] - band[0] > best[1] - best[0]):
            best = (*band, edge)
    if best is None:
        return None
    start, stop, edge = best
    # Until both columns have begun, lines are on one side only and read fine as rows; so
    # a short centred name above the columns stays on top instead of joining a column.
    start = max(_first_row(rows, start, edge, side) for side in (-1, 1))
    logger.debug("two columns at x=%.1f over rows %d-%d of %d", edge, start, stop, len(rows))
    in_band = {id(fragment) for row in rows[start:stop] for fragment in row}
    above = {id(fragment) for row in rows[:start] for fragment in row}
    parts: list[list[Fragment]] = [[], [], [], []]
    for fragment in fragments:
        if id(fragment) in in_band:
            parts[1 if fragment["tx"] < edge - EDGE_TOLERANCE else 2].append(fragment)
        else:
            parts[0 if id(fragment) in above else 3].append(fragment)
    return parts


def _candidate_edges(rows: Sequence[Row]) -> list[float]:
    """Left edges (x) where at least :data:`MIN_COLUMN_ROWS` lines start a run of text."""
    left_margin = min(fragment["tx"] for row in rows for fragment in row)
    starts: dict[int, set[int]] = {}
    for number, row in enumerate(rows):
        for fragment in row:
            if fragment["text"].strip() and fragment["tx"] > left_margin + MIN_GUTTER:
                starts.setdefault(round(fragment["tx"]), set()).add(number)
    covered = _coverage(rows)
    most_crossing = (1 - MIN_BAND_SHARE) * len(rows)
    edges = []
    for x in sorted(starts):
        near = set().union(*(starts.get(x + dx, set()) for dx in (-1, 0, 1)))
        edge = float(x) - 1
        # Cheap test first: if most lines run through the gutter, no band can be wide enough.
        strip = covered[max(0, round(edge - MIN_GUTTER)):max(0, round(edge - EDGE_TOLERANCE))]
        if len(near) >= MIN_COLUMN_ROWS and max(strip, default=0) <= most_crossing:
            edges.append(edge)
    return edges


def _coverage(rows: Sequence[Row]) -> list[int]:
    """For each whole x (points), how many rows have text over it.

    Each row adds one over the union of its text runs' spans: merged spans go into a
    difference array summed once, instead of a page-wide list rebuilt per row.
    """
    width = ceil(max(fragment["displaced_tx"] for row in rows for fragment in row)) + 1
    size = max(0, min(width, MAX_PAGE_WIDTH))
    diff = [0] * (size + 1)
    for row in rows:
        spans = sorted((max(0, int(fragment["tx"])),
                        min(size, ceil(fragment["displaced_tx"]) + 1))
                       for fragment in row if fragment["text"].strip())
        lo = hi = -1
        for start, stop in spans:
            if stop <= start:
                continue
            if start <= hi:
                hi = max(hi, stop)
                continue
            if hi > lo:
                diff[lo] += 1
                diff[hi] -= 1
            lo, hi = start, stop
        if hi > lo:
            diff[lo] += 1
            diff[hi] -= 1
    return list(accumulate(diff))[:size]


def _first_row(rows: Sequence[Row], start: int, edge: float, side: int) -> int:
    """The first row from ``start`` with text on ``side`` of the gutter at ``edge``."""
    return next(number for number in range(start, len(rows))
                if any(_side(fragment, edge) == side for fragment in rows[number]))


def _side(fragment: Fragment, edge: float) -> int:
    """-1 left of the gutter, 1 right of it, 0 in it (crossing it or blank)."""
    if not fragment["text"].strip():
        return 0
    if fragment["tx"] >= edge - EDGE_TOLERANCE:
        return 1
    if fragment["displaced_tx"] <= edge - MIN_GUTTER:
        return -1
    return 0


def _band(rows: Sequence[Row], edge: float) -> tuple[int, int] | None:
    """The longest run of rows that reads as two columns split at ``edge``, if any."""
    best: tuple[int, int] | None = None
    start = 0
    for number in range(len(rows) + 1):
        crossing = number == len(rows) or any(
            _side(fragment, edge) == 0 and fragment["text"].strip() for fragment in rows[number])
        if not crossing:
            continue
        if number - start > (best[1] - best[0] if best else 0) and _is_columns(
                rows[start:number], edge, len(rows)):
            best = (start, number)
        start = number + 1
    return best


def _is_columns(band: Sequence[Row], edge: float, page_rows: int) -> bool:
    """Whether ``band`` (rows not crossing the gutter at ``edge``) holds two real columns."""
    if len(band) < MIN_BAND_SHARE * page_rows:
        return False
    left_rows: list[int] = []
    right_rows: list[int] = []
    both = misaligned = 0
    for number, row in enumerate(band):
        left = [fragment["ty"] for fragment in row if _side(fragment, edge) == -1]
        right = [fragment["ty"] for fragment in row if _side(fragment, edge) == 1]
        if left:
            left_rows.append(number)
        if right:
            right_rows.append(number)
        if left and right:
            both += 1
            misaligned += abs(max(left) - max(right)) > BASELINE_TOLERANCE
    return (_is_flow(left_rows) and _is_flow(right_rows)
            and misaligned >= MIN_MISALIGNED_SHARE * both)


def _is_flow(rows: list[int]) -> bool:
    """Enough lines, and dense: not a date or heading now and then in a margin."""
    if len(rows) < MIN_COLUMN_ROWS:
        return False
    return len(rows) >= MIN_DENSITY * (rows[-1] - rows[0] + 1)

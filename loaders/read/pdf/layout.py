"""A PDF page's runs arranged as a person reads them: lines, cells, columns, headings.

Runs on one baseline form a line; a wide gap between two runs of a line separates cells
(a title and its dates flush right stay one line, apart as cells).  A page laid out in two
columns (a sidebar beside the main column) is read one column after the other, each its
own region, instead of zipping the two together line by line.  Font size and weight say
what a heading is; a vertical gap, where a paragraph ends.

Columns are found only when the geometry leaves little doubt:

* a common left edge shared by many lines (where the right column starts), with an empty
  strip of at least :data:`MIN_GUTTER` points to its left;
* a run of consecutive lines that never cross that strip, covering a good share of the
  page, with at least :data:`MIN_COLUMN_ROWS` lines on each side;
* each side is a dense flow of lines, not a date or a heading now and then in a margin;
* the two sides flow independently: where a line has text on both sides, the baselines
  mostly differ.  Text that is *meant* to be read across, such as a title with its dates
  flush right, a label/value table or a timeline of dates in the left margin, shares
  baselines, so those pages keep the line-by-line reading, the parts as cells.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
from collections.abc import Sequence
from itertools import accumulate, pairwise
from math import ceil

from ...document import Block, Bullet, Heading, TextLine
from ...lexicon.headings import classify as classify_heading
from .glyphs import CELL_GAP as GLYPH_CELL_GAP
from .glyphs import Run

__all__ = ["MIN_COLUMN_ROWS", "MIN_GUTTER", "Row", "page_blocks", "rows_of"]

#: Lines of text each column needs before a page is read as two columns.
MIN_COLUMN_ROWS = 5
#: Width, in points, of the empty strip that must separate the columns.
MIN_GUTTER = 10.0
#: Share of the page's lines the side-by-side stretch must cover.
MIN_BAND_SHARE = 0.4
#: Share of a column's lines that must not share their baseline with a line of the other.
MIN_MISALIGNED_SHARE = 0.5
#: Share of the lines within a column's own top and bottom that must have text in it.
MIN_DENSITY = 0.5
#: Line pitch, in type sizes, of a column of text set solid enough to read as a flow.
FLOW_LEADING = 1.5
#: Text coverage is counted up to this x (points); a gutter further right skips that test.
MAX_PAGE_WIDTH = 5000
#: Baselines closer than this share of the font size count as the same line of text.
BASELINE_TOLERANCE = 0.2
#: How far (points) a line may start left of the column edge and still be in the column.
EDGE_TOLERANCE = 2.0
#: How far (points) right of a column's edge its lines may start: bullets, indents and
#: centred headings leave a column's own left edge ragged.
COLUMN_INDENT = 24
#: Columns a page may number (the reader numbers regions ``10 * page + column``).
MAX_SIDE = 9
#: A gap wider than this many font sizes between two runs of a line separates cells.
CELL_GAP = GLYPH_CELL_GAP
#: Two letter-spaced words this close (in font sizes) are words of one phrase, not cells.
TRACKED_WORD_SPACE = 2.0
#: A letter-spaced line of at most this many words is a heading.
MAX_TRACKED_WORDS = 4
#: A line at least this much larger than the body text is a heading.
HEADING_RATIO = 1.15

Row = list[Run]
_SECTION_KINDS = frozenset({"experience", "education", "skills", "publications", "awards",
                            "projects", "summary", "contact", "other", "patents"})
_SPACED_RE = re.compile(r"(?:[^\W\d_] )+[^\W\d_]")
_BULLET_RE = re.compile(r"^[•∙·●○◦▪▫■□►▸‣➢➤✓✔\-–*]\s*(?=\S)|^[•∙·●○◦▪▫■□►▸‣➢➤✓✔]$")


def rows_of(runs: Sequence[Run]) -> list[Row]:
    """Runs grouped by baseline, top to bottom; each row left to right."""
    rows: list[Row] = []
    for run in sorted(runs, key=lambda r: (-round(r.y, 1), r.x0)):
        if rows:
            row = rows[-1]
            size = min(run.size, min(r.size for r in row))
            if abs(row[0].y - run.y) <= BASELINE_TOLERANCE * size:
                row.append(run)
                continue
        rows.append([run])
    for row in rows:
        row.sort(key=lambda r: r.x0)
    return rows


def page_blocks(rows: list[Row], body_size: float, region_base: int, *,
                title_size: float = 0.0) -> list[Block]:
    """The page's blocks in reading order: rows above two columns, the left column, the
    right one, the rows below; one region per column.  Line numbers are set later."""
    out: list[Block] = []
    for part, side in _parts(rows, [1]):
        region = region_base + side if side else 0
        if out:
            out.append(TextLine("", 0, region=region))
        out += _blocks(part, body_size, region, title_size)
    return out


def _parts(rows: list[Row], sides: list[int]) -> list[tuple[list[Row], int]]:
    """The rows cut into flows to read one after the other, each with its column's number
    on the page (0 for rows read across).  A page may change its columns part-way down (a
    full-width summary between two-column parts, skills and languages side by side under
    the experience): the rows above and below two columns are searched for columns too.
    The longest two columns get 1 and 2, as on every page; others the next free pair."""
    split = _split_columns(rows) if sides[0] < MAX_SIDE else None
    if split is None:
        return [(rows, 0)] if rows else []
    above, left, right, below = split
    first = sides[0]
    sides[0] += 2
    return [*_parts(above, sides), (left, first), (right, first + 1), *_parts(below, sides)]


def _cells(row: Row) -> list[tuple[str, float]]:
    """The row's text cut at wide gaps: (text, largest font size) per cell.

    A justified line stretches every space alike, some past the cell gap: when three gaps
    or more are wide, the typical one is a word space, and only a gap well beyond it (a
    list number set apart, a date flush right) separates cells."""
    gaps = [b.x0 - a.x1 for a, b in pairwise(row)]
    wide = [g for g, a, b in zip(gaps, row, row[1:], strict=False)
            if g > CELL_GAP * max(a.size, b.size)]
    stretched = statistics.median(wide) if len(wide) >= 3 else 0.0
    cells: list[list[Run]] = [[row[0]]]
    for run, gap in zip(row[1:], gaps, strict=True):
        last = cells[-1][-1]
        if (last.tracked and (run.tracked or _SPACED_RE.fullmatch(run.text))
                and gap <= TRACKED_WORD_SPACE * max(run.size, last.size)):
            # "A B O U T   M E": letter-spaced words stand far apart; a short one ("M E")
            # is letter-spaced for being set beside one
            cells[-1].append(dataclasses.replace(run, text=run.text.replace(" ", "")))
        elif gap > max(CELL_GAP * max(run.size, last.size), 1.8 * stretched):
            cells.append([run])
        else:
            cells[-1].append(run)
    return [(" ".join(r.text for r in cell), max(r.size for r in cell)) for cell in cells]


def _blocks(rows: list[Row], body_size: float, region: int, title_size: float) -> list[Block]:
    out: list[Block] = []
    local_size = min(body_size, _body_size(rows))
    spacing = _line_spacing(rows)
    margin = min((row[0].x0 for row in rows), default=0.0)
    previous: Row | None = None
    for row in rows:
        # indentation in spaces of an average glyph, as a text export would print it
        indent = round((row[0].x0 - margin) / (0.5 * body_size)) if body_size else 0
        if previous is not None and spacing and (previous[0].y - row[0].y) > 1.3 * spacing:
            out.append(TextLine("", 0, region=region))
        previous = row
        cells = [text for text, _ in _cells(row)]
        size = max(r.size for r in row)
        bold = all(r.bold for r in row)
        text = " | ".join(cells)
        if m := _BULLET_RE.match(cells[0]):
            first = cells[0][m.end():].strip()
            rest = [first, *cells[1:]] if first else cells[1:]
            if rest:
                out.append(Bullet(" ".join(rest), 0, region=region, bold=bold, indent=indent))
            continue
        if title_size and size >= title_size - 0.01 and len(text.split()) <= 6:
            title = Heading(text, 0, region=region, level=1, bold=bold, indent=indent)
            _add_title(out, title)
        elif (len(text.split()) <= 8 and len(cells) == 1 and size >= HEADING_RATIO * body_size
              and (bold or text.isupper() or size >= 1.4 * body_size)):
            out.append(Heading(text, 0, region=region, level=2, bold=bold, indent=indent))
        elif (len(cells) == 1 and len(text.split()) <= MAX_TRACKED_WORDS
              and all(r.tracked for r in row)):
            # letter-spaced ("E X P E R I E N C E"): a heading's look, whatever its size
            out.append(Heading(text, 0, region=region, level=2, bold=bold, indent=indent))
        elif (len(cells) == 1 and size >= HEADING_RATIO * local_size
              and classify_heading(text) in _SECTION_KINDS):
            # a heading's words in type larger than the text around them: a sidebar in
            # small type has its headings in the body size of the page ("Contact")
            out.append(Heading(text, 0, region=region, level=2, bold=bold, indent=indent))
        elif len(cells) > 1:
            out.append(TextLine(text, 0, region=region, cells=tuple(cells), bold=bold,
                                indent=indent))
        else:
            out.append(TextLine(text, 0, region=region, bold=bold, indent=indent))
    return out


def _add_title(out: list[Block], title: Heading) -> None:
    """A name in title type set over two lines ("JANE MARY" / "DOE") is one title: a line
    in title type right under another joins it."""
    blanks = 0
    while blanks < len(out) and not out[-1 - blanks].text:
        blanks += 1  # the gap a large type's leading opens is no paragraph break
    last = out[-1 - blanks] if blanks < len(out) else None
    if isinstance(last, Heading) and last.level == 1 and len(
            (joined := f"{last.text} {title.text}").split()) <= 6:
        del out[len(out) - blanks:]
        out[-1] = dataclasses.replace(last, text=joined)
        return
    out.append(title)


def _body_size(rows: list[Row]) -> float:
    """The type size most of these rows' letters are set in."""
    sizes: dict[float, int] = {}
    for row in rows:
        for run in row:
            sizes[round(run.size, 1)] = sizes.get(round(run.size, 1), 0) + len(run.text)
    return max(sizes, key=sizes.__getitem__, default=0.0) or float("inf")


def _line_spacing(rows: list[Row]) -> float:
    gaps = [a[0].y - b[0].y for a, b in pairwise(rows) if a[0].y > b[0].y]
    return statistics.median(gaps) if gaps else 0.0


# ---------------------------------------------------------------- columns


def _split_columns(rows: list[Row]) -> list[list[Row]] | None:
    """Rows above, left, right and below two columns, or ``None`` if the page has none."""
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
    # A section heading among them ("Experience" over the main column, set higher than the
    # sidebar's first line) opens its column: the column begins there.
    begun = max(_first_row(rows, start, edge, side) for side in (-1, 1))
    start = next((number for number in range(start, begun) if _is_section(rows[number])),
                 begun)
    left = [[r for r in row if r.x0 < edge - EDGE_TOLERANCE] for row in rows[start:stop]]
    right = [[r for r in row if r.x0 >= edge - EDGE_TOLERANCE] for row in rows[start:stop]]
    return [rows[:start], [r for r in left if r], [r for r in right if r], rows[stop:]]


def _candidate_edges(rows: Sequence[Row]) -> list[float]:
    """Left edges (x) of an empty strip where at least :data:`MIN_COLUMN_ROWS` lines start a
    run of text, at the edge or up to :data:`COLUMN_INDENT` right of it."""
    left_margin = min(run.x0 for row in rows for run in row)
    starts: dict[int, set[int]] = {}
    for number, row in enumerate(rows):
        for run in row:
            if run.x0 > left_margin + MIN_GUTTER:
                starts.setdefault(round(run.x0), set()).add(number)
    covered = _coverage(rows)
    most_crossing = (1 - MIN_BAND_SHARE) * len(rows)
    edges = []
    for x in sorted(starts):
        # a column's lines start at the edge or a little right of it (bullets, indented
        # or centred lines); the empty strip left of the edge is what makes it a gutter
        near = set().union(*(starts.get(x + dx, set()) for dx in range(-1, COLUMN_INDENT)))
        edge = float(x) - 1
        strip = covered[max(0, round(edge - MIN_GUTTER)):max(0, round(edge - EDGE_TOLERANCE))]
        if len(near) >= MIN_COLUMN_ROWS and max(strip, default=0) <= most_crossing:
            edges.append(edge)
    return edges


def _coverage(rows: Sequence[Row]) -> list[int]:
    """For each whole x (points), how many rows have text over it (a difference array of
    each row's merged spans, summed once)."""
    width = ceil(max(run.x1 for row in rows for run in row)) + 1
    size = max(0, min(width, MAX_PAGE_WIDTH))
    diff = [0] * (size + 1)
    for row in rows:
        spans = sorted((max(0, int(r.x0)), min(size, ceil(r.x1) + 1)) for r in row)
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


def _is_section(runs: Sequence[Run]) -> bool:
    """Whether the runs read as a section heading ("Experience", "Skills")."""
    return classify_heading(" ".join(r.text for r in runs)) in _SECTION_KINDS


def _first_row(rows: Sequence[Row], start: int, edge: float, side: int) -> int:
    """The first row from ``start`` with text on ``side`` of the gutter at ``edge``."""
    return next((number for number in range(start, len(rows))
                 if any(_side(run, edge) == side for run in rows[number])), start)


def _side(run: Run, edge: float) -> int:
    """-1 left of the gutter, 1 right of it, 0 in it (crossing it)."""
    if run.x0 >= edge - EDGE_TOLERANCE:
        return 1
    if run.x1 <= edge - MIN_GUTTER:
        return -1
    return 0


def _band(rows: Sequence[Row], edge: float) -> tuple[int, int] | None:
    """The longest run of rows that reads as two columns split at ``edge``, if any."""
    best: tuple[int, int] | None = None
    start = 0
    for number in range(len(rows) + 1):
        crossing = number == len(rows) or any(_side(run, edge) == 0 for run in rows[number])
        if not crossing:
            continue
        if number - start > (best[1] - best[0] if best else 0) and _is_columns(
                rows[start:number], edge, len(rows)):
            best = (start, number)
        start = number + 1
    return best


def _is_columns(band: Sequence[Row], edge: float, page_rows: int) -> bool:
    """Whether ``band`` (rows not crossing the gutter at ``edge``) holds two real columns:
    two dense flows of lines whose baselines mostly differ.  A label/value table, a date
    column beside its entries or dates flush right share their baselines with the text
    they belong to, so they are read across."""
    if len(band) < MIN_BAND_SHARE * page_rows:
        return False
    left_rows: list[int] = []
    right_rows: list[int] = []
    lines: dict[int, list[Row]] = {-1: [], 1: []}
    aligned = 0
    headed = {-1: False, 1: False}
    for number, row in enumerate(band):
        left = [run for run in row if _side(run, edge) == -1]
        right = [run for run in row if _side(run, edge) == 1]
        if left:
            left_rows.append(number)
            lines[-1].append(left)
        if right:
            right_rows.append(number)
            lines[1].append(right)
        aligned += bool(left and right)
        for side, runs in ((-1, left), (1, right)):
            if runs and _is_section(runs):
                headed[side] = True
    if not (_is_flow(left_rows, lines[-1]) and _is_flow(right_rows, lines[1])):
        return False
    # sections on both sides (Education left, Experience right) make columns even where
    # the two share their line pitch and so their baselines
    return (headed[-1] and headed[1]) or (
        aligned <= (1 - MIN_MISALIGNED_SHARE) * min(len(left_rows), len(right_rows)))


def _is_flow(rows: list[int], lines: list[Row]) -> bool:
    """Enough lines, and dense: not a date or heading now and then in a margin.

    Dense counts the page's rows between the side's first and last line, or, where the
    other side sets its lines closer (a sidebar in looser type beside the main column, so
    that half the rows are the other side's), the lines the side's height would hold at
    :data:`FLOW_LEADING` times its type size."""
    if len(rows) < MIN_COLUMN_ROWS:
        return False
    if len(rows) >= MIN_DENSITY * (rows[-1] - rows[0] + 1):
        return True
    size = statistics.median(max(run.size for run in line) for line in lines)
    room = (lines[0][0].y - lines[-1][0].y) / (FLOW_LEADING * size) + 1
    return len(lines) >= MIN_DENSITY * room

"""Cut an experience-like section into entries: header lines, a date, then a body.

Layouts differ in where the date sits (before the title lines, after them, or on the same
line) but agree that each entry has one date range on a short non-bullet line.  Those date
lines anchor the entries; the short lines next to them are the entry's header and the rest
until the next entry is its body.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .dates import DateSpan, find_dates
from .lines import Line
from .places import parse_location

__all__ = ["Entry", "is_header_like", "split_entries"]

_MAX_HEADER_WORDS = 16
_MAX_HEADER_LINES = 4


@dataclass
class Entry:
    """One entry: its header lines (anchor included), the anchor's date and its body."""

    header: list[Line]
    anchor: Line
    date: DateSpan | None
    body: list[Line]

    @property
    def first_line(self) -> int:
        return min(line.number for line in [*self.header, self.anchor])

    @property
    def last_line(self) -> int:
        return max(line.number for line in [*self.header, self.anchor, *self.body])


def is_header_like(line: Line) -> bool:
    """A short line that can name a title, employer, school or place (not prose)."""
    text = line.text
    words = text.split()
    if not words or len(words) > _MAX_HEADER_WORDS or text.endswith(":"):
        return False
    sentences = [s for s in text.split(". ") if s]
    if len(sentences) > 1 and len(words) > 8:
        return False
    return not (text.endswith(".") and len(words) > 8)


def _anchor_date(line: Line) -> DateSpan | None:
    spans = find_dates(line.text)
    ranges = [s for s in spans if s.is_range]
    return (ranges or spans or [None])[0]


def _is_anchor(line: Line, allow_bullets: bool) -> bool:
    if line.bullet and not allow_bullets:
        return False
    if not is_header_like(line):
        return False
    return _anchor_date(line) is not None


def split_entries(
    lines: Sequence[Line],
    self_contained: Callable[[Line], bool],
    leads: Callable[[Line], bool] | None = None,
) -> list[Entry]:
    """Entries of a section in order; lines before the first header stay unclaimed.

    ``self_contained`` tells whether a date line already names the whole entry
    (``05/2025-08/2025 Engineer at Meta``), so no neighbouring line belongs to its header;
    ``leads`` tells whether the line just above such an anchor still heads it (an employer
    line over ``Title — Team | dates``).
    """
    items = [line for line in lines if line.text]
    anchors = [i for i, line in enumerate(items) if _is_anchor(line, allow_bullets=False)]
    if not anchors:
        anchors = [i for i, line in enumerate(items)
                   if _is_anchor(line, allow_bullets=True)
                   and (d := _anchor_date(line)) is not None and d.is_range]
    if not anchors:
        return []
    first = anchors[0]
    header_before = any(not items[j].bullet and is_header_like(items[j]) for j in range(first))
    spans: list[tuple[int, int]] = []  # (first header index, last header index)
    for k, a in enumerate(anchors):
        lo_limit = spans[-1][1] + 1 if spans else 0
        hi_limit = anchors[k + 1] if k + 1 < len(anchors) else len(items)
        top, bottom = a, a
        if self_contained(items[a]):
            j = a - 1 if header_before else a + 1
            if (leads is not None and lo_limit <= j < hi_limit and not items[j].bullet
                    and is_header_like(items[j]) and leads(items[j])):
                top, bottom = min(top, j), max(bottom, j)
        elif header_before:
            j = a - 1
            while (j >= lo_limit and a - j <= _MAX_HEADER_LINES and not items[j].bullet
                   and is_header_like(items[j])):
                top = j
                j -= 1
        else:
            j = a + 1
            while (j < hi_limit and j - a <= _MAX_HEADER_LINES - 1 and not items[j].bullet
                   and is_header_like(items[j])):
                bottom = j
                j += 1
        if bottom + 1 < hi_limit and not items[bottom + 1].bullet and parse_location(
                items[bottom + 1].text):
            bottom += 1
        spans.append((top, bottom))
    entries = []
    for k, (a, (top, bottom)) in enumerate(zip(anchors, spans, strict=True)):
        end = spans[k + 1][0] if k + 1 < len(spans) else len(items)
        header = [items[i] for i in range(top, bottom + 1) if i != a]
        entries.append(Entry(header, items[a], _anchor_date(items[a]), items[bottom + 1:end]))
    return entries

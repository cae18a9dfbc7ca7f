"""Cut an experience-like section into entries: header lines, a date, then a body.

Layouts differ in where the date sits (before the title lines, after them, or on the same
line) but agree that each entry has one date range on a short non-bullet line.  Those date
lines anchor the entries; the short lines next to them are the entry's header and the rest
until the next entry is its body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from talentgraph.ontology.legal_forms import LEGAL_FORMS

from ..lexicon.dates import DateSpan, duration_tail, find_dates, strip_dates
from ..lexicon.places import parse_location
from .lines import Line

__all__ = ["Entry", "is_header_like", "split_entries"]

_MAX_HEADER_WORDS = 16
_MAX_HEADER_LINES = 4
# A one-line entry that opens with its dates may name title, employer and unit at length.
_MAX_DATED_HEADER_WORDS = 28
# A full stop that ends a sentence: not one closing an abbreviation (``Inc.``, ``Jan.``,
# ``Dr.``) or an initial, which header lines are full of.
_STOP_RE = re.compile(r"(\S*)\.\s+")
_ABBREVIATIONS = frozenset([
    "bros", "intl", "univ", "dept", "assoc", "jr",
    "sr", "dr", "st", "mr", "ms", "mrs", "prof", "no", "vs", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "им", "ул", "г",
    # a firm's or company's abbreviation before its name: "Fa. Muster GbR", "Cía.", "Gebr."
    "fa", "gebr", "cia", "cía", "hnos",
    # legal forms close a name, not a sentence: "Acme Ltda. – Líder em ..."
    *(form.words for form in LEGAL_FORMS if " " not in form.words)])
# A single date set off at the end of a bullet (``- *Intern* · Summer 2016``): a role's date
# when the section's roles sit in bullets, not a date inside a sentence.
_SET_OFF_DATE_RE = re.compile(r"(?:[·|—–,(]|\s-)\s*$")


def _sentences(text: str) -> list[str]:
    """The text cut at full stops that end sentences (``Inc. — Engineer`` stays whole)."""
    out, start = [], 0
    for m in _STOP_RE.finditer(text):
        word = m[1].rsplit(".", 1)[-1].lower()
        if len(word) <= 1 or word in _ABBREVIATIONS:
            continue
        out.append(text[start:m.start(1) + len(m[1])])
        start = m.end()
    return [s for s in [*out, text[start:]] if s]


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
    if not words or text.endswith(":"):
        return False
    undated = strip_dates(text)
    most = _MAX_HEADER_WORDS
    if (spans := find_dates(text)) and spans[0].begin <= 2 and len(_sentences(undated)) == 1:
        most = _MAX_DATED_HEADER_WORDS  # "2018 – now — Researcher, Institute of ..., Lab of ..."
    if len(words) > most and sum(
            any(c.isalnum() for c in w) for w in undated.split()) > most:
        return False  # the dates and separators of a one-line header do not count
    if len(words) > 8 and len(_sentences(undated)) > 1:
        return False
    return not (text.endswith(".") and len(undated.split()) > 8)


# The heading row of a table of jobs or degrees (``Period | Position / Employer``).
_COLUMN_LABEL_RE = re.compile(
    r"(?:period|dates?|duration|years?|from|to|position|role|title|job title|designation|"
    r"employer|company|organi[sz]ation|institution|school|university|degree|qualification|"
    r"location|place|details|description)", re.I)
_CELL_SPLIT_RE = re.compile(r"\s*[|/&]\s*|\s+and\s+")


def is_column_header(line: Line) -> bool:
    """A table's heading row: two or more cells, every one a column label."""
    if "|" not in line.text:
        return False
    cells = [c for c in _CELL_SPLIT_RE.split(line.text.strip()) if c]
    return len(cells) >= 2 and all(
        _COLUMN_LABEL_RE.fullmatch(c) for c in cells)


def _anchor_date(line: Line) -> DateSpan | None:
    spans = find_dates(line.text)
    ranges = [s for s in spans if s.is_range]
    return (ranges or spans or [None])[0]


def _is_anchor(line: Line, allow_bullets: bool) -> bool:
    if line.bullet and not allow_bullets:
        return False
    # the date first: most lines have none, and it is the cheaper test
    return _anchor_date(line) is not None and is_header_like(line)


def _dates_only(line: Line) -> bool:
    """A line that holds dates and nothing else (``2023 – 2024``, ``**05/2019**``)."""
    return not strip_dates(line.text).strip(" |·•,;:–—-()*")


def _is_timed(line: Line) -> bool:
    """A header line closed by a time span and holding no date: ``Title - (6 mois)``."""
    return (not line.bullet and duration_tail(line.text) is not None
            and not find_dates(line.text) and is_header_like(line))


def _header_run(items: Sequence[Line], a: int, step: int, limit: int,
                gaps: frozenset[int] = frozenset()) -> int:
    """How many header-like lines sit next to the anchor at ``a``, going ``step`` ways;
    going up, a blank line above a header line already taken (``gaps``: indexes with one)
    ends the run (a blank line right above the anchor does not: ``Title | Org`` / blank /
    ``Place | dates``)."""
    most = _MAX_HEADER_LINES if step < 0 else _MAX_HEADER_LINES - 1
    count, j = 0, a + step
    while (count < most and (j >= limit if step < 0 else j < limit) and not items[j].bullet
           and not (step < 0 and count and j + 1 in gaps) and is_header_like(items[j])):
        count += 1
        j += step
    return count


def _gaps(lines: Sequence[Line], items: Sequence[Line]) -> frozenset[int]:
    """Indexes of ``items`` a blank line precedes, when blank lines part entries: some
    pairs of lines have one and most do not (a page that puts one after every line says
    nothing)."""
    gaps: set[int] = set()
    index = {id(line): k for k, line in enumerate(items)}
    blank = False
    for line in lines:
        if not line.text:
            blank = True
        elif id(line) in index:
            if blank and index[id(line)] > 0:
                gaps.add(index[id(line)])
            blank = False
    return frozenset(gaps) if len(gaps) * 2 <= len(items) else frozenset()


def _reader_entries(items: Sequence[Line]) -> list[Entry]:
    anchors = [i for i, line in enumerate(items) if line.entry]
    entries = []
    for k, a in enumerate(anchors):
        end = anchors[k + 1] if k + 1 < len(anchors) else len(items)
        entries.append(Entry([], items[a], _anchor_date(items[a]), list(items[a + 1:end])))
    return entries


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
    items = [line for line in lines if line.text and not is_column_header(line)]
    gaps = _gaps(lines, items)
    if any(line.entry for line in items):
        # the reader saw the entries (a template's entry macros): each is a whole header,
        # dated or not, and what follows it up to the next is its body
        return _reader_entries(items)
    anchors = [i for i, line in enumerate(items) if _is_anchor(line, allow_bullets=False)]
    if not anchors:
        anchors = [i for i, line in enumerate(items)
                   if _is_anchor(line, allow_bullets=True)
                   and (d := _anchor_date(line)) is not None
                   and (d.is_range or (_SET_OFF_DATE_RE.search(line.text[:d.begin])
                        and not line.text[d.stop:].strip(" .)")))]
    timed = [i for i, line in enumerate(items) if _is_timed(line)]
    if len(timed) > len(anchors):
        # "Technicien de support - (1 an)": the layout gives each job a time span instead
        # of dates; the few dates left are inside descriptions
        anchors = timed
    if not anchors:
        return []
    # "Senior Engineer (from 2016)" right under "Sep 2013 – May 2019": a date inside the
    # entry the range line opens, not an entry of its own
    anchors = [a for k, a in enumerate(anchors) if not (
        k and anchors[k - 1] == a - 1 and _anchor_date(items[a]) is not None
        and _anchor_date(items[anchors[k - 1]]) is not None
        and not _anchor_date(items[a]).is_range
        and _anchor_date(items[anchors[k - 1]]).is_range
        and not strip_dates(items[anchors[k - 1]].text))]
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
        else:
            below = 0 if header_before else _header_run(items, a, 1, hi_limit)
            if below and _anchor_date(items[a]) is None:
                below = 1  # "Title - (6 mois)" / "Employer, Place" / the description
            # header lines above the date, unless the layout puts them below and this entry
            # has some there (a date-only line after one-line entries: "Org — City" /
            # "Title" / "2018/09 – 2021/02"); a header-above layout never looks below, where
            # the next entry's employer line may sit
            if below:
                bottom = a + below
            else:
                # after an entry, a blank line parts its body from the next header; the
                # first may be a group's (LinkedIn: employer block, blank, role lines)
                top = a - _header_run(items, a, -1, lo_limit, gaps if k else frozenset())
                if top == a and _dates_only(items[a]):
                    # "2023 – 2024" under the last duty of the entry above: the date
                    # heads the lines below it, the entry's own header
                    bottom = a + _header_run(items, a, 1, hi_limit)
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

"""Sections of a résumé written without headings, told apart by what their entries say.

Some résumés (many European CVs among them) have no ``Experience`` or ``Education``
headings: after the name and contact lines come date-led blocks, ``07.2021 – now  Zalando
SE, Berlin`` over a title and a description, ``10.2012 – 09.2014  M.Sc. Physics, ...``,
``2019  Otto Hahn Medal ...``.  Each block is classed by its first lines — a degree makes it
education, an honor word an award, a job title a position — and consecutive blocks of one
kind become one section, so the usual section extractors read them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..fields.awards import is_award_like
from ..fields.education import starts_with_degree
from ..lexicon.dates import find_dates
from ..lexicon.words import title_score
from .lines import Line, fragments
from .sections import Section

__all__ = ["claim_headerless", "date_led"]

_MIN_BLOCKS = 2


def date_led(line: Line) -> bool:
    """A non-bullet line that opens with a date or date range: ``03.2019 – 06.2021 ...``."""
    if line.bullet or not line.text:
        return False
    spans = find_dates(line.text)
    return bool(spans) and spans[0].begin == 0


def _blocks(lines: Sequence[Line]) -> list[list[Line]]:
    """Blocks from the first date-led line on: a date-led line and the lines under it, up
    to the next date-led line or a blank line followed by a line not indented under it."""
    start = next((i for i, line in enumerate(lines) if date_led(line)), len(lines))
    blocks: list[list[Line]] = []
    blank = False
    for line in lines[start:]:
        if not line.text:
            blank = True
            continue
        if date_led(line):
            blocks.append([line])
        elif blocks and (not blank or line.indent > blocks[-1][0].indent):
            blocks[-1].append(line)
        else:
            break
        blank = False
    return blocks


def _kind(block: Sequence[Line]) -> str | None:
    head = block[0].text
    rest = head[find_dates(head)[0].stop:]
    pieces = [p for f in fragments(rest) for p in f.split(",") if p.strip()]
    if any(starts_with_degree(p.strip()) for p in pieces):
        return "education"
    if len(block) == 1 and is_award_like(rest):
        return "awards"
    if any(title_score(line.text) for line in block[:3]):
        return "experience"
    return None


def claim_headerless(sections: list[Section]) -> None:
    """Turn the date-led blocks of a heading-less preamble into sections, in place.

    Only a résumé with no experience and no education heading is read this way, and only
    when at least two blocks are recognised, so a stray dated line in a contact block is
    never claimed.
    """
    if any(s.kind in ("experience", "education") for s in sections):
        return
    preamble = sections[0]
    blocks = _blocks(preamble.lines)
    kinds = [_kind(block) for block in blocks]
    if sum(k is not None for k in kinds) < _MIN_BLOCKS:
        return
    claimed: list[Section] = []
    taken: set[int] = set()
    for block, kind in zip(blocks, kinds, strict=True):
        if kind is None:
            continue
        if not claimed or claimed[-1].kind != kind:
            claimed.append(Section(kind, "", heading_line=block[0].number))
        claimed[-1].lines.extend(block)
        taken.update(line.number for line in block)
    preamble.lines = [line for line in preamble.lines if line.number not in taken]
    sections[1:1] = claimed

"""The date an open-ended role ("2021 – present") runs to when experience is counted.

Commercial parsers call this their most important setting, and it must never be a silent
"today": a résumé written in 2023 that says "present" means 2023, not the day it is loaded.
The rule, per résumé:

1. **the résumé's own date** where one is known: a date the caller passes in
   ``resume_dates`` (e.g. ``talentgraph synth`` knows when its résumés were written; a
   reader that finds a PDF's or DOCX's creation date, or JSON Resume ``meta.lastModified``,
   can pass it the same way);
2. otherwise **the load date**, the day the load starts, or the date the load was given
   (``talentgraph load --as-of``, basis ``given date``).

The file's modification time is never used: copying, unzipping or checking files out resets
it, so it says when the file reached this disk, not when the career it describes was current.

Whichever applies is stored on the Resume node (``as_of``, ``as_of_basis``) and on every
HAS_SKILL that counts months (``as_of``), and shown by the queries and the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from talentgraph.loaders.models import Position

from ..normalize import month_number

__all__ = ["GIVEN_DATE", "LOAD_DATE", "RESUME_DATE", "AsOf", "month_label", "month_of",
           "role_period"]

RESUME_DATE = "résumé date"
LOAD_DATE = "load date"
GIVEN_DATE = "given date"  # the load's --as-of


def month_of(day: date) -> int:
    """Months since year 0 (``year * 12 + month - 1``), like the ``*_month`` properties."""
    return day.year * 12 + day.month - 1


@dataclass(frozen=True)
class AsOf:
    """The load date and the known résumé dates (by source file)."""

    load_date: date = field(default_factory=date.today)
    resume_dates: Mapping[str, date] = field(default_factory=dict)
    load_basis: str = LOAD_DATE  # GIVEN_DATE when the caller pinned load_date

    def of(self, source: str) -> tuple[date, str]:
        """The date a résumé's open-ended roles run to, and which rule gave it."""
        known = self.resume_dates.get(source)
        return (known, RESUME_DATE) if known else (self.load_date, self.load_basis)


def month_label(month: int) -> str:
    """``YYYY-MM`` of a month number."""
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def role_period(position: Position, now: int) -> tuple[int, int] | None:
    """A role's first and last month (both counted); an open-ended role runs to ``now``
    (the as-of month), a role with a start and no end to the end of its start ("2019":
    January to December); None for a role without a start."""
    return _period(position.start, position.end, position.current, now)


@lru_cache(maxsize=1 << 16)
def _period(start_date: str | None, end_date: str | None, current: bool,
            now: int) -> tuple[int, int] | None:
    """:func:`role_period` of the dates as written (cached: a pool repeats its dates, and
    every role is asked for by the levels and by the months)."""
    start = month_number(start_date)
    if start is None:
        return None
    end = month_number(end_date, end=True)
    if end is None:
        end = now if current else month_number(start_date, end=True)
    return start, max(start, end if end is not None else start)

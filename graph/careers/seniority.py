"""The level of each role, from its title and, where the title names none, its context.

The title's words decide first (``seniority.ttl``: "Senior", "Staff", "Intern", "Head of",
"Assistant Professor", grade codes such as "II" or "SDE-3").  A title without such words
("Data Engineer", "Research Assistant") takes its level from the résumé:

* held while the owner was studying for a doctorate -> PhD student;
* held while studying for another degree, and shorter than a year -> intern;
* otherwise the months of earlier, non-student work: under two years -> junior, else mid.

Each reading says which words, or which context, decided it.
"""

from __future__ import annotations

from dataclasses import dataclass

from talentgraph.loaders.models import Position, Resume
from talentgraph.ontology.careers import SeniorityScheme
from talentgraph.ontology.schema import Seniority

from ..normalize import degree_level, month_number
from .asof import role_period

__all__ = ["SeniorityReading", "seniority_of", "seniority_of_resume"]

#: earlier work under this many months reads as junior
JUNIOR_MONTHS = 24
_STUDENT = {Seniority.intern, Seniority.phd_student}


@dataclass(frozen=True)
class SeniorityReading:
    """A role's level and what decided it."""

    level: Seniority
    evidence: str


def _from_title(title: str | None, scheme: SeniorityScheme) -> SeniorityReading | None:
    found = scheme.find(title) if title else None
    if found is None:
        return None
    kind = "grade" if found.is_code else "title word"
    return SeniorityReading(Seniority(found.level.notation), f'{kind} "{found.word}"')


def seniority_of(position: Position, resume: Resume, scheme: SeniorityScheme, now: int,
                 earlier_months: int) -> SeniorityReading:
    """The level of one role of ``resume``; ``now`` is the month open-ended periods run to
    and ``earlier_months`` the months of non-student work before this role."""
    reading = _from_title(position.title, scheme)
    if reading is not None:
        return reading
    period = role_period(position, now)
    if period is not None:
        for study in resume.education:
            start = month_number(study.start)
            end = month_number(study.end, end=True) or (now if study.current else start)
            if start is None or end is None or not (start <= period[1] and period[0] <= end):
                continue
            level = degree_level(study.degree, study.degree_level)
            if level == "doctorate":
                return SeniorityReading(Seniority.phd_student,
                                        f"held during a doctorate at {study.school}")
            if period[1] - period[0] < 12:
                return SeniorityReading(Seniority.intern,
                                        f"held during studies at {study.school}")
    if period is None:
        return SeniorityReading(Seniority.mid, "no level word in the title, no dates")
    level = Seniority.junior if earlier_months < JUNIOR_MONTHS else Seniority.mid
    return SeniorityReading(level, f"no level word in the title; {earlier_months} months "
                                   "of earlier work")


def seniority_of_resume(resume: Resume, scheme: SeniorityScheme,
                        now: int) -> list[SeniorityReading]:
    """The level of every position of ``resume``, in its order; roles are read from the
    earliest so that each knows the months of work before it."""
    order = sorted(range(len(resume.positions)),
                   key=lambda i: month_number(resume.positions[i].start) or 0)
    readings: dict[int, SeniorityReading] = {}
    worked: list[tuple[int, int]] = []  # periods of earlier non-student work
    for i in order:
        position = resume.positions[i]
        period = role_period(position, now)
        before = set()
        if period is not None:
            for start, end in worked:
                before.update(range(start, min(end, period[0] - 1) + 1))
        readings[i] = seniority_of(position, resume, scheme, now, len(before))
        if period is not None and readings[i].level not in _STUDENT:
            worked.append(period)
    return [readings[i] for i in range(len(resume.positions))]

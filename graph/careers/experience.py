"""Months of experience per skill: the union of the dated roles whose text names it.

For one person (all their résumés together): a role "uses" a skill when its title, team or
bullets name it: any label of the skill's taxonomy concept, with the case rules of a listed
skill ("Go" and "R" count when written with that case; :meth:`SkillTaxonomy.label_pattern`),
or for a skill the taxonomy does not know, its name as a whole word.  The months of those roles
are unioned, so two overlapping roles (or the same role told by two résumés) count once; an
open-ended role runs to the résumé's as-of month (:mod:`.asof`).  A skill no dated role
names has no months: listed is not used.  Where it was found is kept too: a skills section,
a job, a project, a paper.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from talentgraph.loaders.models import Resume
from talentgraph.ontology import taxonomy

from .asof import month_label, role_period

__all__ = ["FOUND_IN", "SkillExperience", "skill_experience"]

#: where a skill can be found, in the order found_in lists them
FOUND_IN = ("skills", "job", "project", "paper")


@dataclass(frozen=True)
class SkillExperience:
    """One skill of one person: months (None when no dated role names it), the first and
    last month used (``YYYY-MM``) and where the résumés name it."""

    months: int | None
    first_used: str | None
    last_used: str | None
    found_in: tuple[str, ...]


class _Spotter:
    """Which of a person's skills a text names.  Each skill's pattern runs only when the
    text holds the first word of one of its labels (a substring test, many times cheaper
    than the search, and most roles name few of a person's skills)."""

    def __init__(self, skills: Mapping[str, tuple[str, str | None]]) -> None:
        known = taxonomy.skills()
        self.patterns = [(sid, *(_known(known, cid) if cid in known else _literal(name)))
                         for sid, (name, cid) in skills.items() if cid or name.strip()]

    def __call__(self, text: str) -> set[str]:
        if not text.strip():
            return set()
        lowered = text.lower()
        return {sid for sid, starts, pattern in self.patterns
                if any(s in lowered for s in starts) and pattern.search(text)}


def _first_words(labels: Iterable[str]) -> tuple[str, ...]:
    return tuple({re.split(r"[\s\-\u2010-\u2015]+", label.strip())[0].lower()
                  for label in labels if label.strip()})


@lru_cache(maxsize=8192)
def _known(skills: Any, concept_id: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    return (_first_words(skills.get(concept_id).labels), skills.label_pattern(concept_id))


@lru_cache(maxsize=8192)
def _literal(name: str) -> tuple[tuple[str, ...], re.Pattern[str]]:
    return (_first_words([name]),
            re.compile(rf"(?<![\w+#]){re.escape(name.strip())}(?![\w+#])", re.IGNORECASE))


def _texts(*parts: str | Iterable[str] | None) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif part is not None:
            out.extend(part)
    return "\n".join(out)


def skill_experience(resumes: Sequence[Resume], skills: Mapping[str, tuple[str, str | None]],
                     listed: Iterable[str], now_of: Callable[[str], int],
                     ) -> dict[str, SkillExperience]:
    """Experience of each of a person's skills (``skills``: skill node id -> (name,
    taxonomy concept id or None); ``listed``: those a skills section lists) from the
    person's ``resumes``; ``now_of`` gives each résumé's as-of month."""
    spot = _Spotter(skills)
    periods: dict[str, list[tuple[int, int]]] = {sid: [] for sid in skills}
    where: dict[str, set[str]] = {sid: set() for sid in skills}
    for sid in listed:
        where[sid].add("skills")
    for resume in resumes:
        now = now_of(resume.source_file)
        for position in resume.positions:
            named = spot(_texts(position.title, position.team, position.bullets))
            period = role_period(position, now)
            for sid in named:
                where[sid].add("job")
                if period is not None:
                    periods[sid].append(period)
        for project in resume.projects:
            for sid in spot(_texts(project.name, project.description, project.bullets)):
                where[sid].add("project")
        for paper in resume.publications:
            for sid in spot(paper.title):
                where[sid].add("paper")
    return {sid: SkillExperience(
        months=_union_months(periods[sid]) or None,
        first_used=month_label(min(s for s, _ in periods[sid])) if periods[sid] else None,
        last_used=month_label(max(e for _, e in periods[sid])) if periods[sid] else None,
        found_in=tuple(f for f in FOUND_IN if f in where[sid]),
    ) for sid in skills}


def _union_months(periods: list[tuple[int, int]]) -> int:
    """Months covered by the periods (first and last month counted), overlaps once."""
    total, reach = 0, None
    for start, end in sorted(periods):
        if reach is None or start > reach:
            total += end - start + 1
            reach = end
        elif end > reach:
            total += end - reach
            reach = end
    return total

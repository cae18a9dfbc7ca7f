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


#: a word: letters, digits, "+" and "#", dots only inside ("Go." and ".NET" are "Go" and
#: "NET"; "Node.js" stays one word)
_WORD = re.compile(r"[\w+#](?:[\w+#.]*[\w+#])?")


def _words(text: str) -> set[str]:
    """The words of a text, lower-cased, as the first words of labels are kept."""
    return set(_WORD.findall(text.lower()))


class _Spotter:
    """Which of a person's skills a text names.  Each skill's pattern runs only when the
    text holds the first word of one of its labels (a set look-up, many times cheaper than
    the search, and most roles name few of a person's skills)."""

    def __init__(self, skills: Mapping[str, tuple[str, str | None]]) -> None:
        known = taxonomy.skills()
        self.patterns = [(sid, *(_known(known, cid) if cid in known else _literal(name)))
                         for sid, (name, cid) in skills.items() if cid or name.strip()]

    def only(self, ids: set[str]) -> _Spotter:
        """A spotter of some of these skills (those a person's whole text names: each
        role is then searched for those few)."""
        narrowed = object.__new__(_Spotter)
        narrowed.patterns = [p for p in self.patterns if p[0] in ids]
        return narrowed

    def __call__(self, text: str) -> set[str]:
        words = _words(text)
        if not words:
            return set()
        return {sid for sid, starts, pattern in self.patterns
                if not starts.isdisjoint(words) and pattern.search(text)}


def _first_words(labels: Iterable[str]) -> frozenset[str]:
    firsts = set()
    for label in labels:
        words = _WORD.findall(label.lower())
        if words:
            firsts.add(words[0])
    return frozenset(firsts)


@lru_cache(maxsize=8192)
def _known(skills: Any, concept_id: str) -> tuple[frozenset[str], re.Pattern[str]]:
    return (_first_words(skills.get(concept_id).labels), skills.label_pattern(concept_id))


@lru_cache(maxsize=8192)
def _literal(name: str) -> tuple[frozenset[str], re.Pattern[str]]:
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
    roles = [[_texts(p.title, p.team, p.bullets) for p in r.positions] for r in resumes]
    spot = spot.only(spot("\n".join(text for texts in roles for text in texts)))
    for resume, texts in zip(resumes, roles, strict=True):
        now = now_of(resume.source_file)
        for position, text in zip(resume.positions, texts, strict=True):
            named = spot(text) if spot.patterns else ()
            period = role_period(position, now)
            for sid in named:
                where[sid].add("job")
                if period is not None:
                    periods[sid].append(period)
    spot = _Spotter(skills)  # projects and papers may name skills no role names
    for resume in resumes:
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

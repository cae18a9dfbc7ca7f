"""Scores of one person for one job, per category, from the facts the store gave.

Pure functions of a :class:`Profile` (one person's facts) and a
:class:`~.models.Job`: no store, no clock (``today`` is a month number passed in), so the
same facts always give the same score and a test can compute every number by hand.

Skills
    Each wanted skill earns the best credit among the held skills related to it:
    ``kind × experience × recency``.  *Kind*: the skill itself 1.0; a narrower one 0.5 one
    step down, 0.35 further (PyTorch for Deep Learning Frameworks: evidence of the general
    skill, not all of it); a broader one 0.2 one step up, 0.1 two steps up (Deep Learning
    Frameworks for PyTorch: could learn it).  A related skill always earns less than the
    skill itself listed without dates: the benchmark's relevance (bench/match_bench.py)
    counts skills as named, and larger credits for related skills cost nDCG there
    (docs/matching.md).  *Experience*: with the months the dated roles give,
    ``0.8 + 0.2 × min(1, months / 36)`` (three years counts in full); a skill listed
    without dates 0.8; only mentioned in prose 0.6.  *Recency*: full when last used within
    two years of the résumé's date, then falling linearly to 0.7 at twelve years.  The
    skills score is the mean credit, required skills counting twice as much as preferred.
Title
    The occupation (O*NET-SOC) held closest to the job's: the same occupation 1.0, the
    same broad group 0.7, minor group 0.5, major group 0.25, times 0.8 for a role ended
    over two years ago; and the seniority of the latest role against the job's: the same
    level 1.0, one rank apart 0.6, two 0.25, unknown 0.5.  Occupation counts twice the level.
    A job title no occupation matched is compared by its words with the person's titles.
Experience
    Months of work (overlaps once, internships left out) over the years asked, capped at 1.
Education
    The highest degree level: at or above the one asked 1.0, one below 0.5.
Location
    The same city 1.0, region 0.6, country 0.5; a remote job 1.0 for everyone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from talentgraph.ontology.careers import title_tokens
from talentgraph.ontology.taxonomy import label_key

from .models import CATEGORIES, Candidate, Explanation, Job, SkillEvidence, Weights

__all__ = [
    "DEGREE_RANK",
    "HeldSkill",
    "Profile",
    "Role",
    "SkillLink",
    "score_candidate",
    "skill_credit",
]

KIND_CREDIT = {"exact": 1.0, "literal": 1.0}
NARROWER_CREDIT = (0.5, 0.35)  # one step down, further down
BROADER_CREDIT = (0.2, 0.1)  # one step up, two steps up
FULL_MONTHS = 36
LISTED, MENTIONED = 0.8, 0.6
RECENT_MONTHS, FLOOR_AT_MONTHS, FLOOR = 24, 144, 0.7
REQUIRED_WEIGHT, PREFERRED_WEIGHT = 1.0, 0.5
DEGREE_RANK = {"associate": 1, "diploma": 1, "bachelor": 2, "master": 3, "doctorate": 4}
OLD_ROLE = 0.8


@dataclass(frozen=True)
class HeldSkill:
    """A HAS_SKILL of the person: the skill's id and name and what the edge says."""

    id: str
    name: str
    months: int | None = None
    last_used: str | None = None
    as_of: str | None = None
    mentioned: bool = False


@dataclass(frozen=True)
class Role:
    """A WORKED_AT (with the seniority notation and its rank) or a HELD_OCCUPATION (with
    the occupation's code)."""

    title: str | None = None
    organization: str | None = None
    start_month: int | None = None
    end_month: int | None = None
    current: bool = False
    seniority: str | None = None
    occupation: str | None = None  # O*NET-SOC code
    occupation_name: str | None = None


@dataclass(frozen=True)
class Profile:
    """One person's facts, as the store gives them."""

    id: str
    name: str
    emails: tuple[str, ...] = ()
    skills: tuple[HeldSkill, ...] = ()
    roles: tuple[Role, ...] = ()
    occupations: tuple[Role, ...] = ()
    degrees: tuple[str, ...] = ()  # degree levels
    places: tuple[tuple[str | None, str | None, str | None], ...] = ()  # city, region, country
    resumes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkillLink:
    """A skill related to a wanted one: ``kind`` and the taxonomy path, narrower first."""

    id: str
    kind: str
    path: tuple[str, ...]
    depth: int = 0


@dataclass
class _Scored:
    scores: dict[str, float] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)


def _month(date: str | None) -> int | None:
    """Months since year 0 of a partial ISO date (``2024-05``, ``2024-05-31``, ``2024``)."""
    if not date:
        return None
    parts = date.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 12
    except ValueError:
        return None
    return year * 12 + month - 1


def skill_credit(kind: str, depth: int, held: HeldSkill) -> float:
    """Credit (0-1) a held skill earns for a wanted one (see the module docstring)."""
    base = KIND_CREDIT.get(kind)
    if base is None:
        steps = NARROWER_CREDIT if kind == "narrower" else BROADER_CREDIT
        base = steps[min(depth, len(steps)) - 1]
    if held.months is not None:
        experience = LISTED + (1 - LISTED) * min(1.0, held.months / FULL_MONTHS)
    else:
        experience = MENTIONED if held.mentioned else LISTED
    recency = 1.0
    last, now = _month(held.last_used), _month(held.as_of)
    if last is not None and now is not None and now - last > RECENT_MONTHS:
        gap = now - last - RECENT_MONTHS
        recency = max(FLOOR, 1 - (1 - FLOOR) * gap / (FLOOR_AT_MONTHS - RECENT_MONTHS))
    return round(base * experience * recency, 4)


def _skills(job: Job, person: Profile, links: dict[str, list[SkillLink]], out: _Scored
            ) -> tuple[list[SkillEvidence], list[str], list[str]]:
    held = {s.id: s for s in person.skills}
    matched: list[SkillEvidence] = []
    missing_required: list[str] = []
    missing_preferred: list[str] = []
    total = weight_sum = 0.0
    for wanted in job.skills:
        weight = REQUIRED_WEIGHT if wanted.required else PREFERRED_WEIGHT
        weight_sum += weight
        best: SkillEvidence | None = None
        for link in links.get(wanted.name, ()):
            skill = held.get(link.id)
            if skill is None:
                continue
            credit = skill_credit(link.kind, link.depth, skill)
            if best is None or (credit, -len(link.path)) > (best.credit, -len(best.path)):
                best = SkillEvidence(wanted.name, skill.name, link.kind, link.path,  # type: ignore[arg-type]
                                     wanted.required, skill.months, skill.last_used, credit)
        if best is None:
            (missing_required if wanted.required else missing_preferred).append(wanted.name)
            continue
        matched.append(best)
        total += weight * best.credit
    if weight_sum:
        out.scores["skills"] = round(total / weight_sum, 4)
    return matched, missing_required, missing_preferred


def _code_similarity(a: str, b: str) -> float:
    """Two O*NET-SOC codes: the same occupation, broad group (``15-125``), minor group
    (``15-12``) or major group (``15-``)."""
    if a == b or a.split(".")[0] == b.split(".")[0]:
        return 1.0
    for prefix, value in ((6, 0.7), (5, 0.5), (3, 0.25)):
        if a[:prefix] == b[:prefix]:
            return value
    return 0.0


def _ended_long_ago(role: Role, today: int) -> bool:
    if role.current or role.end_month is None:
        return False
    return today - role.end_month > RECENT_MONTHS


def _latest(roles: Iterable[Role], today: int) -> Role | None:
    def key(role: Role) -> tuple[int, int]:
        end = today if role.current else (role.end_month or role.start_month or 0)
        return end, role.start_month or 0
    dated = [r for r in roles if r.start_month is not None or r.current]
    return max(dated, key=key) if dated else None


def _words(text: str) -> set[str]:
    return set(title_tokens(text))


def _title(job: Job, person: Profile, today: int, ranks: dict[str, int], out: _Scored) -> None:
    parts: list[tuple[float, float]] = []  # (score, weight)
    if job.occupation:
        best, note = 0.0, "no occupation held"
        for role in person.occupations:
            if not role.occupation:
                continue
            value = _code_similarity(job.occupation, role.occupation)
            if _ended_long_ago(role, today):
                value *= OLD_ROLE
            if value > best:
                best, note = value, f"{role.occupation_name} ({role.occupation})"
        parts.append((best, 2.0))
        out.notes.append(("occupation", note))
    elif job.title:
        want = _words(job.title)
        best, note = 0.0, "no title shares a word"
        for role in person.roles:
            if role.title and want:
                value = len(want & _words(role.title)) / len(want)
                if value > best:
                    best, note = round(value, 4), role.title
        parts.append((best, 2.0))
        out.notes.append(("title", note))
    if job.seniority:
        latest = _latest([r for r in person.roles if r.seniority], today)
        if latest is None or job.seniority not in ranks:
            value, note = 0.5, "level unknown"
        else:
            gap = abs(ranks[job.seniority] - ranks[latest.seniority])  # type: ignore[index]
            value = {0: 1.0, 1: 0.6, 2: 0.25}.get(gap, 0.0)
            note = f"{latest.seniority} ({latest.title})"
        parts.append((value, 1.0))
        out.notes.append(("seniority", note))
    if parts:
        out.scores["title"] = round(sum(s * w for s, w in parts) / sum(w for _, w in parts), 4)


def months_worked(roles: Sequence[Role], today: int) -> int:
    """Months covered by the dated roles (overlaps counted once, internships left out,
    open-ended current roles up to ``today``)."""
    spans = []
    for role in roles:
        if role.start_month is None or role.seniority == "intern":
            continue
        end = role.end_month if role.end_month is not None else (
            today if role.current else role.start_month)
        if end >= role.start_month:
            spans.append((role.start_month, end))
    total, reach = 0, -1
    for start, end in sorted(spans):
        if end > reach:
            total += end - max(start, reach + 1) + 1
            reach = end
    return total


def _experience(job: Job, person: Profile, today: int, out: _Scored) -> None:
    if not job.min_years:
        return
    months = months_worked(person.roles, today)
    out.scores["experience"] = round(min(1.0, months / (12 * job.min_years)), 4)
    out.notes.append(("experience", f"{months} months of work"))


def _education(job: Job, person: Profile, out: _Scored) -> None:
    if not job.degree_level:
        return
    need = DEGREE_RANK.get(job.degree_level, 0)
    have = max((DEGREE_RANK.get(level, 0) for level in person.degrees), default=0)
    out.scores["education"] = 1.0 if have >= need else 0.5 if have == need - 1 else 0.0
    best = max(person.degrees, key=lambda level: DEGREE_RANK.get(level, 0), default=None)
    out.notes.append(("education", best or "no degree"))


def _location(job: Job, person: Profile, place: tuple[str | None, str | None, str | None] | None,
              out: _Scored) -> None:
    if not job.location:
        return
    if "remote" in job.location.lower():
        out.scores["location"] = 1.0
        out.notes.append(("location", "remote job"))
        return
    best, note = 0.0, "no location known"
    city, region, country = place or (None, None, None)
    for c, r, k in person.places:
        for mine, theirs, value in ((city, c, 1.0), (region, r, 0.6), (country, k, 0.5)):
            if mine and theirs and label_key(mine) == label_key(theirs) and value > best:
                best, note = value, ", ".join(x for x in (c, r, k) if x)
        if best == 0.0 and note == "no location known":
            note = ", ".join(x for x in (c, r, k) if x)
    out.scores["location"] = best
    out.notes.append(("location", note))


def score_candidate(job: Job, person: Profile, links: dict[str, list[SkillLink]], *,
                    weights: Weights, today: int, ranks: dict[str, int],
                    place: tuple[str | None, str | None, str | None] | None = None
                    ) -> Candidate:
    """The candidate record of one person: per-category scores, the weighted total over
    the categories the job asks about, and the explanation.

    ``links`` maps each wanted skill's name to the held skill ids that count for it
    (:class:`SkillLink`); ``ranks`` the seniority notations to their rank; ``place`` the
    job's location as (city, region, country)."""
    out = _Scored()
    matched, missing_required, missing_preferred = _skills(job, person, links, out)
    _title(job, person, today, ranks, out)
    _experience(job, person, today, out)
    _education(job, person, out)
    _location(job, person, place, out)
    asked = {c: getattr(weights, c) for c in CATEGORIES if c in out.scores}
    mass = sum(asked.values())
    total = sum(w * out.scores[c] for c, w in asked.items()) / mass if mass else 0.0
    explanation = Explanation(
        matched=tuple(matched), missing_required=tuple(missing_required),
        missing_preferred=tuple(missing_preferred),
        unknown_to_taxonomy=job.unknown_skills, notes=tuple(out.notes),
        resumes=person.resumes, job=job.source)
    scores = {c: out.scores[c] for c in CATEGORIES if c in out.scores}
    return Candidate(person.id, person.name, round(total, 4), scores, person.emails,
                     explanation)

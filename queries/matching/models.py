"""The typed hand-offs of matching: a :class:`Job` in, ranked :class:`Candidate` records out.

A job is what a posting asks for (parsed by :mod:`.posting` or given directly); a candidate
carries its total, its per-category scores and an :class:`Explanation` that names every
fact the score used, so a recruiter can check each number against a résumé.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

__all__ = [
    "CATEGORIES",
    "Candidate",
    "Explanation",
    "Job",
    "SkillEvidence",
    "WantedSkill",
    "Weights",
]

#: the scored categories, in the order they are shown
CATEGORIES = ("skills", "title", "experience", "education", "location")

MatchKind = Literal["exact", "narrower", "broader", "literal"]


@dataclass(frozen=True)
class WantedSkill:
    """A skill a job asks for: ``name`` as the taxonomy spells it (or as written when the
    taxonomy does not know it: ``concept`` is then None and it is matched literally)."""

    name: str
    required: bool = True
    concept: str | None = None
    written: str = ""

    @property
    def known(self) -> bool:
        """Whether the skills taxonomy knows the skill."""
        return self.concept is not None


@dataclass(frozen=True)
class Job:
    """What a job asks for.  Every field is optional; a category the job says nothing
    about is not scored (its weight goes to the others).

    ``occupation`` is an O*NET-SOC code (``15-1252.00``), ``seniority`` a notation of
    ``seniority.ttl`` (``senior``), ``degree_level`` one of the degrees taxonomy's levels
    (``bachelor``, ``master``, ``doctorate``...), ``location`` a place as written
    (``Berlin, Germany``) or ``remote``.  ``source`` names the posting file; ``evidence``
    maps a field to the posting line it was read from."""

    title: str | None = None
    occupation: str | None = None
    occupation_name: str | None = None
    seniority: str | None = None
    min_years: float | None = None
    degree_level: str | None = None
    location: str | None = None
    skills: tuple[WantedSkill, ...] = ()
    source: str | None = None
    evidence: tuple[tuple[str, str], ...] = ()

    @property
    def required(self) -> tuple[WantedSkill, ...]:
        return tuple(s for s in self.skills if s.required)

    @property
    def preferred(self) -> tuple[WantedSkill, ...]:
        return tuple(s for s in self.skills if not s.required)

    @property
    def unknown_skills(self) -> tuple[str, ...]:
        """Skills the taxonomy does not know (matched literally, by name)."""
        return tuple(s.name for s in self.skills if not s.known)

    def is_empty(self) -> bool:
        """True when the job asks for nothing a candidate could be scored on."""
        return not (self.skills or self.occupation or self.title or self.seniority
                    or self.min_years or self.degree_level or self.location)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title, "occupation": self.occupation,
            "occupation_name": self.occupation_name, "seniority": self.seniority,
            "min_years": self.min_years, "degree_level": self.degree_level,
            "location": self.location,
            "required_skills": [s.name for s in self.required],
            "preferred_skills": [s.name for s in self.preferred],
            "unknown_to_taxonomy": list(self.unknown_skills),
            "source": self.source,
            "evidence": {k: v for k, v in self.evidence},
        }


@dataclass(frozen=True)
class Weights:
    """How much each category counts in the total (renormalised over the categories a job
    asks about).

    The defaults: skills carry over half the score because they are what a posting
    mostly lists and what the taxonomy can compare finely; title/occupation and seniority
    0.15 (the same occupation at the right level is the next best signal, but titles vary
    more than skills, and on the benchmark a weight of 0.2 ranked worse than 0.1); years
    of experience, education and location 0.1 each: they are usually thresholds, met or
    not, and say little once met."""

    skills: float = 0.55
    title: float = 0.15
    experience: float = 0.1
    education: float = 0.1
    location: float = 0.1

    @classmethod
    def parse(cls, text: str) -> Weights:
        """``"skills=0.6,title=0.2"``: named categories set, the others keep their
        defaults; raises ValueError naming a wrong category or value."""
        values: dict[str, float] = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            name, sep, value = part.partition("=")
            name = name.strip().lower()
            if not sep or name not in CATEGORIES:
                raise ValueError(f"weights: {part!r} is not CATEGORY=NUMBER (categories: "
                                 f"{', '.join(CATEGORIES)})")
            try:
                number = float(value)
            except ValueError:
                raise ValueError(f"weights: {value.strip()!r} for {name} is not a number") \
                    from None
            if not math.isfinite(number) or number < 0:
                raise ValueError(f"weights: {name} must be a number >= 0, not {value.strip()}")
            values[name] = number
        weights = replace(cls(), **values)
        if not any(getattr(weights, f.name) for f in fields(weights)):
            raise ValueError("weights: at least one category must weigh more than 0")
        return weights

    def as_dict(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in CATEGORIES}


@dataclass(frozen=True)
class SkillEvidence:
    """How one wanted skill was met: by which held skill, through which taxonomy path
    (held first, ``PyTorch → Deep Learning Frameworks``), with the months and last use the
    résumés give, and the credit (0-1) it earned."""

    wanted: str
    held: str
    kind: MatchKind
    path: tuple[str, ...]
    required: bool
    months: int | None
    last_used: str | None
    credit: float

    def to_dict(self) -> dict[str, Any]:
        return {"wanted": self.wanted, "held": self.held, "kind": self.kind,
                "path": " → ".join(self.path), "required": self.required,
                "months": self.months, "last_used": self.last_used, "credit": self.credit}


@dataclass(frozen=True)
class Explanation:
    """Why a candidate scored what they did."""

    matched: tuple[SkillEvidence, ...] = ()
    missing_required: tuple[str, ...] = ()
    missing_preferred: tuple[str, ...] = ()
    unknown_to_taxonomy: tuple[str, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()
    resumes: tuple[str, ...] = ()
    job: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"matched": [m.to_dict() for m in self.matched],
                "missing_required": list(self.missing_required),
                "missing_preferred": list(self.missing_preferred),
                "unknown_to_taxonomy": list(self.unknown_to_taxonomy),
                "notes": {k: v for k, v in self.notes},
                "resumes": list(self.resumes), "job": self.job}


@dataclass(frozen=True)
class Candidate:
    """One ranked person: ``score`` (0-1) is the weighted mean of ``scores`` over the
    categories the job asks about."""

    person: str
    name: str
    score: float
    scores: dict[str, float] = field(default_factory=dict)
    emails: tuple[str, ...] = ()
    explanation: Explanation = field(default_factory=Explanation)
    referrers: tuple[tuple[str, str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"person": self.person, "name": self.name, "score": self.score,
                "scores": dict(self.scores), "emails": list(self.emails),
                "explanation": self.explanation.to_dict(),
                "referrers": [{"name": n, "organization": o, "how": h}
                              for n, o, h in self.referrers]}

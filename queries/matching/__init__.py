"""Match people to a job: a ranked, explained shortlist with the skill gaps.

:func:`match` ranks the people of a store for a :class:`Job` (parsed from a posting by
:func:`parse_posting`, or built directly); each :class:`Candidate` carries per-category
scores and an :class:`Explanation`.  The stages: :mod:`.posting` (posting file -> Job),
:mod:`.match` (candidate generation and facts from the store), :mod:`.score` (pure scoring).
"""

from __future__ import annotations

from .match import DEFAULT_POOL, match, skill_links
from .models import CATEGORIES, Candidate, Explanation, Job, SkillEvidence, WantedSkill, Weights
from .posting import PostingError, job_from_text, parse_posting
from .score import score_candidate

__all__ = [
    "CATEGORIES",
    "DEFAULT_POOL",
    "Candidate",
    "Explanation",
    "Job",
    "PostingError",
    "SkillEvidence",
    "WantedSkill",
    "Weights",
    "job_from_text",
    "match",
    "parse_posting",
    "score_candidate",
    "skill_links",
]

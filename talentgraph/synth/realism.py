"""How much of a synthetic résumé the parser gets back: the renderer–parser realism check.

Compares a parsed :class:`~talentgraph.loaders.models.Resume` with the truth record of its
person, job by job: was the employer found (under its label or any alias), the title, the
start and end dates?  Low numbers mean either the parser misses a real layout or the
renderer produces one nobody writes; the per-layout breakdown in the tests tells which.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from talentgraph.loaders.models import Resume

__all__ = ["FIELDS", "job_recovery"]

FIELDS = ("jobs", "employer", "title", "start", "end")


def _fold(text: str | None) -> str:
    """:func:`~talentgraph.ontology.names.fold_words` keeping ``+`` and ``#``
    (a ``C++ Developer`` title is not a ``C Developer`` one) and only ASCII letters."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9+#]+", " ", text).strip()


def _employer_keys(job: dict[str, Any]) -> set[str]:
    keys = {_fold(job["employer"]), *(_fold(a) for a in job.get("employer_aliases", ()))}
    return {k for k in keys if k}


def _employer_match(parsed: str, keys: set[str]) -> bool:
    got = _fold(parsed)
    return got in keys or any(k and (got.startswith(k + " ") or k.startswith(got + " "))
                              for k in keys)


def job_recovery(resume: Resume, truth: dict[str, Any], shown_jobs: int | None = None,
                 ) -> Counter[str]:
    """Counts per field of the truth's jobs the parse recovered (``jobs`` is the total).

    A job counts as found when some parsed position names its employer; title and dates
    are then compared with that position (titles by prefix, since a team may follow).
    """
    counts: Counter[str] = Counter()
    positions = list(resume.positions)
    for job in truth["jobs"][: shown_jobs if shown_jobs is not None else None]:
        counts["jobs"] += 1
        keys = _employer_keys(job)
        match = next((p for p in positions if _employer_match(p.employer, keys)), None)
        if match is None:
            continue
        positions.remove(match)
        counts["employer"] += 1
        title, got = _fold(job["title"]), _fold(match.title)
        counts["title"] += bool(got) and (got == title or got.startswith(title)
                                          or title.startswith(got))
        counts["start"] += match.start == job["start"]
        counts["end"] += (match.end == job["end"]) if job["end"] else bool(
            match.current or match.end is None)
    return counts

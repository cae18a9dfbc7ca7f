"""The ground truth of a synthetic corpus, and scoring against it.

``truth.jsonl`` has one line per person: the canonical facts (name, contacts, jobs with
dates, education, skills, papers) and the files that describe them, each with its format
and, for a duplicate, what links it to the primary and which variations it carries.  One
line per person keeps writing streaming and lets a reader answer "who owns this file?"
without loading the facts of 10^6 people at once (:func:`file_owners`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from math import comb
from pathlib import Path
from typing import Any

from .people import TODAY, YM, Person

__all__ = ["MANIFEST", "TRUTH", "PairScore", "file_owners", "pairwise", "person_record",
           "read_manifest", "read_truth", "skill_months"]

TRUTH = "truth.jsonl"
MANIFEST = "manifest.json"


def _ym(ym: YM | None) -> str | None:
    return f"{ym[0]:04d}-{ym[1]:02d}" if ym else None


def person_record(person: Person, files: list[dict[str, Any]]) -> dict[str, Any]:
    """The truth line of one person (canonical labels, ``YYYY-MM`` dates)."""
    return {
        "person": person.pid,
        "name": person.name.full,
        "culture": person.name.culture,
        "emails": [person.email],
        "phones": [person.phone] if person.phone else [],
        "researcher": person.researcher,
        "cluster": person.cluster,
        "jobs": [{"employer": j.employer.label, "employer_aliases": list(j.employer.aliases),
                  "title": j.title, "start": _ym(j.start), "end": _ym(j.end),
                  "current": j.end is None, "skills": list(j.skills)} for j in person.jobs],
        "education": [{"school": s.school.label, "degree": s.degree.label, "level": s.level,
                       "field": s.field, "start": _ym(s.start), "end": _ym(s.end),
                       "advisor": s.advisor} for s in person.studies],
        "skills": person.skill_names,
        "papers": [{"title": p.title, "venue": p.venue.label, "year": p.year,
                    "authors": list(p.authors)} for p in person.papers],
        "files": files,
    }


def read_truth(folder: str | Path) -> Iterator[dict[str, Any]]:
    """Person records of a corpus, one at a time."""
    with (Path(folder) / TRUTH).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def read_manifest(folder: str | Path) -> dict[str, Any]:
    """What a corpus was generated with (seed, counts, formats, vocabulary)."""
    return json.loads((Path(folder) / MANIFEST).read_text("utf-8"))


def file_owners(folder: str | Path) -> dict[str, str]:
    """File path (relative to the corpus folder) → true person id."""
    return {f["file"]: rec["person"] for rec in read_truth(folder) for f in rec["files"]}


@dataclass(frozen=True)
class PairScore:
    """Pairwise entity-resolution quality: over all pairs of files, is "same person"
    predicted exactly when it is true?"""

    precision: float
    recall: float
    true_pairs: int
    predicted_pairs: int
    correct_pairs: int
    files: int

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(truth: Mapping[str, str], predicted: Mapping[str, str]) -> PairScore:
    """Score ``predicted`` (file → resolved id) against ``truth`` (file → person id) on the
    files both know.  Counts pairs from cluster sizes, so it is linear in the files."""
    shared = [f for f in truth if f in predicted]
    true_pairs = sum(comb(n, 2) for n in Counter(truth[f] for f in shared).values())
    pred_pairs = sum(comb(n, 2) for n in Counter(predicted[f] for f in shared).values())
    correct = sum(comb(n, 2) for n in Counter((truth[f], predicted[f]) for f in shared).values())
    return PairScore(
        precision=correct / pred_pairs if pred_pairs else 1.0,
        recall=correct / true_pairs if true_pairs else 1.0,
        true_pairs=true_pairs, predicted_pairs=pred_pairs, correct_pairs=correct,
        files=len(shared),
    )


def _month(ym: str) -> int:
    year, month = ym.split("-")
    return int(year) * 12 + int(month) - 1


def skill_months(record: Mapping[str, Any]) -> dict[str, int | None]:
    """Months of experience of each listed skill of a truth record: the union of the months
    of the jobs naming it (first and last month counted; a current job runs to the
    corpus's "now", :data:`~talentgraph.synth.people.TODAY`), None for a skill no job
    names."""
    now = TODAY[0] * 12 + TODAY[1] - 1
    used: dict[str, set[int]] = {skill: set() for skill in record["skills"]}
    for job in record["jobs"]:
        end = _month(job["end"]) if job["end"] else now
        for skill in job.get("skills", ()):
            if skill in used:
                used[skill].update(range(_month(job["start"]), end + 1))
    return {skill: len(months) or None for skill, months in used.items()}

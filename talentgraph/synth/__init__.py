"""Synthetic résumés at scale, with ground truth, for benchmarks and realism tests.

``generate(out, SynthConfig(people=10_000, seed=1))`` writes ``out/resumes/*`` in every
format the loaders read (txt, md, JSON Resume, docx, pdf), ``out/truth.jsonl`` (who each
file belongs to, and their canonical facts) and ``out/manifest.json``.  A known fraction
of people get a second, varied résumé, so entity resolution can be scored
(:func:`~talentgraph.synth.truth.pairwise`).
"""

from __future__ import annotations

from .generate import FORMATS, SynthConfig, SynthReport, generate
from .truth import (
    PairScore,
    file_owners,
    pairwise,
    read_manifest,
    read_truth,
    skill_months,
)

__all__ = [
    "FORMATS",
    "PairScore",
    "SynthConfig",
    "SynthReport",
    "file_owners",
    "generate",
    "pairwise",
    "read_manifest",
    "read_truth",
    "skill_months",
]

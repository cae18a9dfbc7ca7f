"""Months of experience against the synthetic ground truth, on a small corpus (the 10^3
check is ``python -m bench.experience_eval``; docs/accuracy.md records it)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

from talentgraph.graph.build import build_graph
from talentgraph.graph.careers.asof import AsOf
from talentgraph.loaders import parse_file
from talentgraph.synth import SynthConfig, generate, read_manifest, read_truth, skill_months

ROOT = Path(__file__).resolve().parents[2]


def _bench(name: str):
    spec = importlib.util.spec_from_file_location(f"bench.{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_truth_months_union_the_jobs_naming_a_skill() -> None:
    record = {"skills": ["Python", "Go", "Rust"], "jobs": [
        {"start": "2020-01", "end": "2020-12", "skills": ["Python"]},
        {"start": "2020-07", "end": "2021-06", "skills": ["Python", "Go"]},
        {"start": "2025-11", "end": None, "skills": ["Go"]}]}  # runs to 2025-12
    assert skill_months(record) == {"Python": 18, "Go": 14, "Rust": None}


def test_months_agree_with_the_truth_on_a_small_corpus(tmp_path: Path) -> None:
    generate(tmp_path, SynthConfig(people=60, seed=7, formats=("txt", "md", "json")))
    year, month = (int(x) for x in read_manifest(tmp_path)["as_of"].split("-"))
    as_of = date(year, month, 28)
    resumes = [parse_file(path).model_copy(update={"source_file": path.relative_to(
        tmp_path).as_posix()}) for path in sorted((tmp_path / "resumes").iterdir())]
    graph, resolution = build_graph(
        resumes, as_of=AsOf(resume_dates={r.source_file: as_of for r in resumes}))
    result = _bench("experience_eval").compare(graph, resolution, list(read_truth(tmp_path)),
                                               resumes)
    # end to end (0.986 here, 0.989 at 10^3): a job the parser misreads costs its months;
    # where every job's dates were read right (0.996 here) the months logic must agree
    assert result.pairs > 500 and result.share >= 0.95, result.examples
    exact = result.dates_read
    assert exact.pairs > 0.8 * result.pairs
    assert exact.share >= 0.98, exact.examples
    # listed-only skills exist and keep no months on both sides
    assert any(m is None for r in read_truth(tmp_path) for m in skill_months(r).values())

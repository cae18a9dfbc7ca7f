"""Months of experience per person and skill, checked against the synthetic ground truth.

``talentgraph synth`` knows every job's dates and which of the person's skills its title
and bullets name (``truth.jsonl``, ``jobs[].skills``), and the month "present" means
(``manifest.json``, ``as_of``).  This script generates (or reuses) a corpus, parses every
file, builds the graph with the corpus date as each résumé's as-of date, and compares the
months on each person's HAS_SKILL with the truth's (:func:`talentgraph.synth.skill_months`)
for every listed skill of every person: equal months, or no months on both sides for a
skill only listed, is a match.

    python -m bench.experience_eval --people 1000

Prints the agreement and the kinds of disagreement, as docs/accuracy.md records them.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["Agreement", "compare", "load_corpus", "main"]

ROOT = Path(__file__).resolve().parent


@dataclass
class Agreement:
    """How many person-skill pairs agree with the truth, and how the others differ."""

    pairs: int = 0
    equal: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        """The share of pairs that agree."""
        return self.equal / self.pairs if self.pairs else 0.0


def _parse(path_and_key: tuple[Path, str]) -> Any:
    from talentgraph.loaders import parse_file

    path, key = path_and_key
    try:
        return parse_file(path).model_copy(update={"source_file": key})
    except Exception as err:  # a failed file is a disagreement, not a crash
        return f"{key}: {err!r}"


def load_corpus(folder: Path, people: int, seed: int, jobs: int) -> tuple[list[Any], date]:
    """Generate the corpus when absent, parse it; the résumés and the corpus's date."""
    from talentgraph.synth import SynthConfig, generate, read_manifest

    if not (folder / "manifest.json").exists() or read_manifest(folder).get("people") != people:
        generate(folder, SynthConfig(people=people, seed=seed), jobs=jobs)
    manifest = read_manifest(folder)
    year, month = (int(x) for x in manifest["as_of"].split("-"))
    files = sorted(p for p in (folder / "resumes").rglob("*") if p.is_file())
    tasks = [(p, p.relative_to(folder).as_posix()) for p in files]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        parsed = pool.map(_parse, tasks, chunksize=8)
    resumes = [r for r in parsed if not isinstance(r, str)]
    # the last day of the corpus's "present" month: open roles run to that month
    last_day = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
    return resumes, date.fromordinal(last_day)


def compare(graph: Any, resolution: Any, truth: list[dict[str, Any]],
            examples: int = 10) -> Agreement:
    """Months on the graph's HAS_SKILL against the truth's, for every listed skill."""
    from talentgraph.graph.normalize import canonical_skill
    from talentgraph.synth import skill_months

    result = Agreement()
    for record in truth:
        files = [f["file"] for f in record["files"] if f["file"] in resolution.owner_of]
        if not files:
            continue
        person = resolution.owner_of[files[0]]
        months = {}
        for _, skill, data in graph.out_edges(person, data=True):
            if data["type"] == "HAS_SKILL":
                months[graph.nodes[skill]["name"]] = data.get("months")
        for skill, want in skill_months(record).items():
            result.pairs += 1
            name = canonical_skill(skill)[0]
            if name not in months:
                kind = "skill not in the graph"
                got = None
            else:
                got = months[name]
                kind = ("equal" if got == want else "months where the truth has none"
                        if want is None else "no months where the truth has some"
                        if got is None else "more months" if got > want else "fewer months")
            if kind == "equal":
                result.equal += 1
                continue
            result.kinds[kind] += 1
            if len(result.examples) < examples:
                result.examples.append(f"{record['person']} {skill}: graph {got}, truth {want}")
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the check and print the table; returns 1 below ``--target``."""
    from talentgraph.graph.build import build_graph
    from talentgraph.graph.careers.asof import AsOf
    from talentgraph.synth import read_truth

    parser = argparse.ArgumentParser(prog="python -m bench.experience_eval",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--target", type=float, default=0.95)
    args = parser.parse_args(argv)
    folder = args.data / f"synth-{args.people}-s{args.seed}-experience"
    start = time.perf_counter()
    resumes, as_of = load_corpus(folder, args.people, args.seed, args.jobs)
    parsed = time.perf_counter() - start
    start = time.perf_counter()
    graph, resolution = build_graph(
        resumes, as_of=AsOf(resume_dates={r.source_file: as_of for r in resumes}))
    built = time.perf_counter() - start
    result = compare(graph, resolution, list(read_truth(folder)))
    print("| people | person-skill pairs | months agree | share |")
    print("|---|---|---|---|")
    print(f"| {args.people:,} | {result.pairs:,} | {result.equal:,} | {result.share:.4f} |")
    print(f"\nas of {as_of.isoformat()} (the corpus's date); {len(resumes):,} résumés parsed in "
          f"{parsed:.0f} s, graph built in {built:.1f} s")
    for kind, count in result.kinds.most_common():
        print(f"  {kind}: {count}")
    for line in result.examples:
        print(f"  e.g. {line}")
    return 0 if result.share >= args.target else 1


if __name__ == "__main__":
    raise SystemExit(main())

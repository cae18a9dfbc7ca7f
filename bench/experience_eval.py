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
    """How many person-skill pairs agree with the truth, and how the others differ;
    ``dates_read`` is the same count over the people whose every job the parser read with
    the truth's dates (the months logic itself, apart from parsing errors)."""

    pairs: int = 0
    equal: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    dates_read: Agreement | None = None

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


def _dates_read(record: dict[str, Any], resumes: list[Any]) -> bool:
    """Every job of the truth record is among the parsed roles, with its dates."""
    parsed = {(p.start, p.end if p.end or not p.current else "now")
              for r in resumes for p in r.positions}
    return all((j["start"], j["end"] or "now") in parsed for j in record["jobs"])


def compare(graph: Any, resolution: Any, truth: list[dict[str, Any]],
            resumes: list[Any] | None = None, examples: int = 10) -> Agreement:
    """Months on the graph's HAS_SKILL against the truth's, for every listed skill; with
    the parsed ``resumes``, also over the people whose job dates were read right."""
    from talentgraph.graph.normalize import canonical_skill
    from talentgraph.synth import skill_months

    result = Agreement()
    exact = result.dates_read = Agreement() if resumes is not None else None
    by_file = {r.source_file: r for r in resumes or ()}
    for record in truth:
        files = [f["file"] for f in record["files"] if f["file"] in resolution.owner_of]
        if not files:
            continue
        counts = [result]
        if exact is not None and _dates_read(record, [by_file[f] for f in files]):
            counts.append(exact)
        person = resolution.owner_of[files[0]]
        months = {}
        for _, skill, data in graph.out_edges(person, data=True):
            if data["type"] == "HAS_SKILL":
                months[graph.nodes[skill]["name"]] = data.get("months")
        for skill, want in skill_months(record).items():
            for agreement in counts:
                agreement.pairs += 1
            name = canonical_skill(skill)[0]
            if name not in months:
                kind = "skill not in the graph"
                got = None
            else:
                got = months[name]
                kind = ("equal" if got == want else "months where the truth has none"
                        if want is None else "no months where the truth has some"
                        if got is None else "more months" if got > want else "fewer months")
            for agreement in counts:
                if kind == "equal":
                    agreement.equal += 1
                    continue
                agreement.kinds[kind] += 1
                if len(agreement.examples) < examples:
                    agreement.examples.append(
                        f"{record['person']} {skill}: graph {got}, truth {want}")
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
    result = compare(graph, resolution, list(read_truth(folder)), resumes)
    exact = result.dates_read
    print("| people | pairs compared | person-skill pairs | months agree | share |")
    print("|---|---|---|---|---|")
    print(f"| {args.people:,} | all | {result.pairs:,} | {result.equal:,} | "
          f"{result.share:.4f} |")
    print(f"| {args.people:,} | people whose job dates were all parsed right | "
          f"{exact.pairs:,} | {exact.equal:,} | {exact.share:.4f} |")
    print(f"\nas of {as_of.isoformat()} (the corpus's date); {len(resumes):,} résumés parsed in "
          f"{parsed:.0f} s, graph built in {built:.1f} s")
    for name, agreement in (("all", result), ("job dates parsed right", exact)):
        print(f"{name}: " + ", ".join(f"{kind} {count}"
                                      for kind, count in agreement.kinds.most_common()))
        for line in agreement.examples:
            print(f"  e.g. {line}")
    return 0 if result.share >= args.target else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""What a folder of every hostile file costs a load: wall time and peak memory, next to the
seeds, and whether the graph holds exactly the seeds' people.

Issue 18's bound: ``load`` on the hostile corpus (``tests/bad_inputs/hostile_corpus.py``:
bad files, files over the per-file budget, reads outside the folder, parser bombs) plus
the seeds finishes within 2 minutes and 2 GB and stores the same people as the seeds
alone.  The load runs as a real ``talentgraph load`` process; its memory is measured two
ways: the peak of the whole process tree's resident size summed (sampled every 50 ms:
the caller and its parse workers together) and the largest single process
(``ru_maxrss`` from ``wait4``, exact).  Example::

    .venv/bin/python bench/hostile_bench.py              # a table
    .venv/bin/python bench/hostile_bench.py --jobs 1     # single-process parsing
    .venv/bin/python bench/hostile_bench.py --json       # for tests/bad_inputs
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
TALENTGRAPH = str(Path(sys.executable).with_name("talentgraph"))
sys.path.insert(0, str(ROOT / "tests" / "bad_inputs"))

from hostile_corpus import CASES, write_hostile_corpus  # noqa: E402

from talentgraph.config import Settings  # noqa: E402
from talentgraph.graph.store import open_store  # noqa: E402

MB = 1024 * 1024
LIMIT_SECONDS = 120
LIMIT_BYTES = 2048 * MB
_PAGE = os.sysconf("SC_PAGE_SIZE")
_ERROR = re.compile(r"^error: (?P<path>.+?): (?P<reason>.+)$")


@dataclass
class Run:
    """One measured load of the seeds plus the hostile corpus."""

    jobs: int
    seconds: float = 0.0
    tree_peak_bytes: int = 0
    largest_process_bytes: int = 0
    exit_code: int = 0
    seed_people: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    extra_people: dict[str, list[str]] = field(default_factory=dict)  # résumé -> people
    errors: dict[str, str] = field(default_factory=dict)
    cases: int = len(CASES)

    @property
    def within_bounds(self) -> bool:
        return self.seconds < LIMIT_SECONDS and self.tree_peak_bytes < LIMIT_BYTES


def _tree_rss(root: int) -> int:
    """The resident size of ``root`` and all its descendants, summed."""
    parents: dict[int, int] = {}
    sizes: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            with open(f"/proc/{entry.name}/statm", "rb") as statm:
                sizes[int(entry.name)] = int(statm.read().split()[1]) * _PAGE
            parents[int(entry.name)] = int(fields[1])
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(sizes.get(pid, 0) for pid in tree)


def _measured(args: list[str]) -> tuple[int, float, int, int, str]:
    """Run ``args``; exit code, seconds, tree peak, largest process, stderr."""
    with tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
        peak = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, _tree_rss(process.pid))
                done.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.monotonic() - started
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return process.returncode, seconds, peak, usage.ru_maxrss * 1024, err.read()


def _people(store: str) -> dict[str, list[str]]:
    """``{person id + name: [résumé paths]}`` of a store."""
    with open_store(Settings(store=store)) as opened:
        rows = opened.run("MATCH (p:Person) OPTIONAL MATCH (p)-[:DESCRIBED_IN]->(r:Resume) "
                          "RETURN p.id AS id, p.name AS name, collect(r.path) AS paths")
    return {f"{row['id']} ({row['name']})": sorted(row["paths"]) for row in rows}


def measure(jobs: int, work: Path) -> Run:
    """Load the seeds alone, then the seeds plus the hostile corpus, into fresh stores."""
    corpus = write_hostile_corpus(work / "cvs")
    alone, both = str(work / "seeds.lbug"), str(work / "hostile.lbug")
    subprocess.run([TALENTGRAPH, "--store", alone, "load", str(SEEDS)], check=True,
                   capture_output=True)
    run = Run(jobs)
    run.exit_code, run.seconds, run.tree_peak_bytes, run.largest_process_bytes, stderr = \
        _measured([TALENTGRAPH, "--store", both, "load", "--jobs", str(jobs), str(SEEDS),
                   str(corpus)])
    for line in stderr.splitlines():
        match = _ERROR.match(line)
        if match:
            run.errors[Path(match["path"]).name] = match["reason"]
    seeds, everything = _people(alone), _people(both)
    run.seed_people, run.people = sorted(seeds), sorted(everything)
    for person, paths in everything.items():
        if person not in seeds:
            for path in paths or ["(no résumé)"]:
                run.extra_people.setdefault(path, []).append(person)
    return run


def _table(run: Run) -> str:
    extra = sum(len(v) for v in run.extra_people.values())
    rows = [
        ("hostile files", f"{run.cases} cases, jobs={run.jobs}"),
        ("wall time", f"{run.seconds:.1f} s (limit {LIMIT_SECONDS} s)"),
        ("peak RSS, process tree", f"{run.tree_peak_bytes / MB:.0f} MB "
                                   f"(limit {LIMIT_BYTES / MB:.0f} MB)"),
        ("peak RSS, largest process", f"{run.largest_process_bytes / MB:.0f} MB"),
        ("people", f"{len(run.people)} stored, {len(run.seed_people)} from the seeds alone, "
                   f"{extra} extra"),
        ("files refused", str(len(run.errors))),
        ("within bounds", "yes" if run.within_bounds else "NO"),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"{name:<{width}}  {value}" for name, value in rows]
    lines += [f"  extra: {path}: {', '.join(people)}"
              for path, people in sorted(run.extra_people.items())]
    lines += [f"  refused: {name}: {reason}" for name, reason in sorted(run.errors.items())]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2, help="parse workers (1: in-process)")
    parser.add_argument("--json", action="store_true", help="one JSON object, for tests")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hostile-bench-") as work:
        run = measure(args.jobs, Path(work))
    if args.json:
        print(json.dumps({**asdict(run), "within_bounds": run.within_bounds}))
    else:
        print(_table(run))


if __name__ == "__main__":
    main()

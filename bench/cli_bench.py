"""Wall time of the ``talentgraph`` command as a user runs it, against issue 19's targets.

``python -m bench.cli_bench [--runs N] [--rdf-people N] [--data DIR]`` times whole
processes: start-up, imports, opening the store, the work and printing.  With
``hyperfine`` on the PATH (``apt-get install hyperfine``) each command is timed by it
(``-N``, warm-up runs first); otherwise by repeated ``subprocess.run`` here (one warm-up,
then ``--runs`` timed runs).  It prints one table: mean, min and max wall time per
command, the mean CPU time (user + system: what the command costs, while wall time also
counts waiting for a core on a busy machine), and whether the target is met or the gap.

* start-up: ``talentgraph --help`` (< 150 ms) and a canned query on the seed graph
  (< 500 ms), the seeds loaded into a temporary embedded store first;
* ``--rdf-people N`` (e.g. 2000): the synthetic corpus of N people (``talentgraph synth``,
  kept in ``--data``), loaded once into an embedded store there, then ``export --format
  turtle`` (≤ 10 s at 2,000) and ``validate`` (≤ 20 s at 2,000), each timed ``--rdf-runs``
  times (default 1: they take seconds).

Speed is measured here, never in a unit test (the machine is shared; a timed test would
fail for reasons that are not the code's).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Case", "main", "measure"]

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Case:
    """One command line to time, and its target in seconds (None: shown, not judged)."""

    name: str
    args: list[str]
    target: float | None = None


def _talentgraph() -> list[str]:
    """The installed ``talentgraph`` script next to this Python (what a user runs)."""
    script = Path(sys.executable).with_name("talentgraph")
    if not script.exists():
        sys.exit(f"no talentgraph script beside {sys.executable}: pip install -e . first")
    return [str(script)]


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _subprocess_times(command: list[str], runs: int, warmup: int) -> tuple[list[float], float]:
    times, cpu = [], 0.0
    for attempt in range(warmup + runs):
        start, start_cpu = time.perf_counter(), _children_cpu()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              check=False)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
        if attempt >= warmup:
            times.append(elapsed)
            cpu += _children_cpu() - start_cpu
    return times, cpu / runs


def _hyperfine_times(command: list[str], runs: int, warmup: int) -> tuple[list[float], float]:
    import shlex

    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(["hyperfine", "-N", "--style", "none", "--warmup", str(warmup),
                        "--runs", str(runs), "--export-json", out.name, shlex.join(command)],
                       check=True, stdout=subprocess.DEVNULL)
        result = json.loads(Path(out.name).read_text())["results"][0]
        return result["times"], result["user"] + result["system"]


def measure(command: list[str], runs: int, warmup: int = 1) -> tuple[list[float], float]:
    """Wall times (s) of ``runs`` runs of ``command`` after ``warmup`` untimed ones, and
    the mean CPU time (s) of a run."""
    if shutil.which("hyperfine"):
        return _hyperfine_times(command, runs, warmup)
    return _subprocess_times(command, runs, warmup)


def _seed_store(folder: Path) -> str:
    store = str(folder / "seeds.lbug")
    subprocess.run([*_talentgraph(), "--store", store, "load", str(ROOT / "seeds")],
                   check=True, stdout=subprocess.DEVNULL)
    return store


def _synthetic_store(data: Path, people: int) -> str:
    corpus = data / f"synth-{people}-s0"
    store = data / f"synth-{people}-s0.lbug"
    if not (corpus / "manifest.json").exists():
        subprocess.run([*_talentgraph(), "synth", "--people", str(people), "--out",
                        str(corpus), "--seed", "0", "--jobs", "2", "--overwrite"], check=True)
    if not store.exists():
        subprocess.run([*_talentgraph(), "--store", str(store), "load", str(corpus / "resumes"),
                        "--jobs", "2"], check=True, stdout=subprocess.DEVNULL)
    return str(store)


def start_up_cases(store: str) -> list[Case]:
    """The commands issue 19 times at start-up, on the seed graph in ``store``."""
    tg = _talentgraph()
    return [
        Case("talentgraph --help", [*tg, "--help"], 0.150),
        Case("talentgraph query --help", [*tg, "query", "--help"], 0.150),
        Case("query --list", [*tg, "query", "--list"]),
        Case("query people_with_skill -p skill=GCP",
             [*tg, "--store", store, "query", "people_with_skill", "-p", "skill=GCP"], 0.5),
        Case("query person_profile -p person='Hayes Zhao'",
             [*tg, "--store", store, "query", "person_profile", "-p", "person=Hayes Zhao"], 0.5),
        Case("cypher count(*)",
             [*tg, "--store", store, "cypher", "MATCH (p:Person) RETURN count(*)"], 0.5),
        Case("report", [*tg, "--store", store, "report"]),
    ]


def rdf_cases(store: str, people: int, out: Path) -> list[Case]:
    """Export to Turtle and SHACL validation of the stored ``people``-person graph."""
    tg = _talentgraph()
    big = people >= 2000
    return [
        Case(f"export --format turtle ({people} people)",
             [*tg, "--store", store, "export", "--format", "turtle", "-o",
              str(out / "export.ttl")], 10.0 if big else None),
        Case(f"validate ({people} people)", [*tg, "--store", store, "validate"],
             20.0 if big else None),
    ]


def _verdict(case: Case, mean: float) -> str:
    if case.target is None:
        return ""
    if mean <= case.target:
        return f"met (< {case.target * 1000:.0f} ms)" if case.target < 1 else \
            f"met (≤ {case.target:g} s)"
    return f"GAP: {mean / case.target:.1f}x the target {case.target:g} s"


def _row(case: Case, times: list[float], cpu: float) -> str:
    mean = statistics.fmean(times)
    cells = [case.name, f"{mean * 1000:.0f}", f"{min(times) * 1000:.0f}",
             f"{max(times) * 1000:.0f}", f"{cpu * 1000:.0f}", str(len(times)),
             _verdict(case, mean)]
    return f"| {' | '.join(cells)} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs per start-up case")
    parser.add_argument("--rdf-people", type=int, default=0,
                        help="also time export/validate of an N-person synthetic graph")
    parser.add_argument("--rdf-runs", type=int, default=1, help="timed runs per RDF case")
    parser.add_argument("--data", default=str(ROOT / "bench" / "data"),
                        help="where synthetic corpora and their stores are kept")
    parser.add_argument("--only", default="", help="comma-separated case-name substrings")
    args = parser.parse_args(argv)
    # A user's installed package has its bytecode cached; without this every timed run
    # would compile talentgraph's sources again (0.1-0.2 s of CPU)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    timer = "hyperfine" if shutil.which("hyperfine") else "subprocess.run"
    print(f"timer: {timer}; python {sys.version.split()[0]}; {ROOT}")
    print("| command | mean ms | min ms | max ms | CPU ms | runs | target (mean) |")
    print("|---|---|---|---|---|---|---|")
    wanted = [w for w in args.only.split(",") if w]
    with tempfile.TemporaryDirectory() as tmp:
        cases = [(case, args.runs) for case in start_up_cases(_seed_store(Path(tmp)))]
        if args.rdf_people:
            data = Path(args.data)
            data.mkdir(parents=True, exist_ok=True)
            store = _synthetic_store(data, args.rdf_people)
            cases += [(case, args.rdf_runs)
                      for case in rdf_cases(store, args.rdf_people, Path(tmp))]
        for case, runs in cases:
            if wanted and not any(w in case.name for w in wanted):
                continue
            warmup = 1 if runs > 1 else 0
            print(_row(case, *measure(case.args, runs, warmup)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

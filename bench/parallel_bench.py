"""How parsing scales over worker processes, as ``load`` and ``parse --jobs`` run it.

``python -m bench.parallel_bench [FOLDER] [--files N] [--jobs 1,2] [--repeats R]``

Parses an evenly spaced sample of the résumés under FOLDER (default: the 10^3 corpus of
``python -m bench``) through :func:`talentgraph.parallel.run_ordered`, the pool ``load``
and ``parse`` use, with each ``--jobs`` value in turn, and prints one row per value:

* wall time and résumés per second, and the speed-up over the first value;
* CPU seconds of the caller (receiving and decoding results) and of the workers
  (``RUSAGE_CHILDREN``, read after they are joined), each per résumé;
* peak resident memory of the caller and of the largest worker (``ru_maxrss``: a
  high-water mark over the whole bench so far, so rows after the first never show less).

On a shared machine the wall-clock speed-up measures the other tenants as much as the
pool; the CPU columns do not: with ``W`` workers the pool can go ``W`` times as fast only
if the caller's CPU per résumé stays well under ``1/W`` of a worker's.  ``--task load``
(default) runs ``pipeline.prepare`` (hash, parse, a ``Resume`` back to the caller, as
``load`` does, and the ledger form the caller writes); ``--task parse`` runs what
``talentgraph parse`` does (a JSON Resume dict back); ``--task store`` runs the whole of
``load`` into a fresh embedded store, whose caller also builds and writes every batch.
Each setting is run ``--repeats`` times and the fastest run is shown.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["main", "measure"]

ROOT = Path(__file__).resolve().parent
SUFFIXES = {".txt", ".md", ".json", ".pdf", ".docx", ".tex", ".html"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _peak_mib(who: int) -> float:
    """The largest resident size so far, in MiB, of this process or (``RUSAGE_CHILDREN``)
    of its largest finished child."""
    return resource.getrusage(who).ru_maxrss / 1024


def _sample(folder: Path, count: int) -> list[Path]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
    if not files:
        sys.exit(f"no résumés under {folder}")
    step = max(1, len(files) // count)
    return files[::step][:count]


def _task(name: str, root: Path) -> tuple[Callable[[Any], Any], Callable[[Path], Any]]:
    """The worker function and how a file becomes its item."""
    if name == "parse":
        from talentgraph.commands.parse import _parse_one

        return _parse_one, str
    from talentgraph.identity import SourceFile
    from talentgraph.pipeline import Task, prepare

    def item(path: Path) -> Task:
        source = SourceFile(path=path, root=root, rel=path.relative_to(root).as_posix(),
                            key=path.relative_to(root).as_posix())
        return Task(source=source, stored_sha=None, force=False)

    return prepare, item


def _ledger_form(parsed: Any) -> str:
    """What ``load`` does with each parsed résumé besides building it: its ledger form,
    made by the worker when it sent one."""
    from talentgraph.pipeline import stored_form

    return getattr(parsed, "stored", None) or stored_form(parsed.resume)


def _load(files: list[Path], jobs: int) -> int:
    """``load`` of ``files`` into a fresh embedded store; the files that failed."""
    import tempfile

    from talentgraph.config import Settings
    from talentgraph.graph.store import open_store
    from talentgraph.pipeline import load_paths

    with tempfile.TemporaryDirectory(prefix="parallel-bench-") as folder, \
            open_store(Settings(store=str(Path(folder) / "bench.lbug"), create=True)) as store:
        return len(load_paths(files, store, jobs=jobs).failed)


def measure(files: list[Path], jobs: int, task: str, root: Path) -> dict[str, float]:
    """One run: wall seconds, caller and worker CPU seconds, failures."""
    from talentgraph.parallel import WorkerDied, run_ordered

    if task == "store":
        start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
        failed = _load(files, jobs)
        return {"wall": time.perf_counter() - start, "caller": time.process_time() - cpu,
                "workers": _children_cpu() - children, "failed": failed,
                "caller_mib": _peak_mib(resource.RUSAGE_SELF),
                "worker_mib": _peak_mib(resource.RUSAGE_CHILDREN)}
    fn, item = _task(task, root)
    items = [item(path) for path in files]
    start, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    failed = 0
    for _item, result in run_ordered(fn, items, jobs=jobs):
        failed += isinstance(result, WorkerDied | str) or type(result).__name__ == "Failed"
        if task == "load" and type(result).__name__ == "Parsed":
            _ledger_form(result)
    wall = time.perf_counter() - start
    return {"wall": wall, "caller": time.process_time() - cpu,
            "workers": _children_cpu() - children, "failed": failed,
            "caller_mib": _peak_mib(resource.RUSAGE_SELF),
            "worker_mib": _peak_mib(resource.RUSAGE_CHILDREN)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=ROOT / "data" / "synth-1000-s1" / "resumes")
    parser.add_argument("--files", type=int, default=400, help="résumés in the sample")
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--task", choices=("load", "parse", "store"), default="load")
    args = parser.parse_args(argv)
    files = _sample(args.folder, args.files)
    from talentgraph.loaders import parse_file

    parse_file(files[0])  # warm the taxonomies and regexes before workers fork
    print(f"{len(files)} résumés from {args.folder} ({args.task} task), best of "
          f"{args.repeats}")
    print(f"{'jobs':>4} {'wall s':>7} {'résumés/s':>9} {'speed-up':>8} "
          f"{'caller ms/r':>11} {'workers ms/r':>12} {'failed':>6} {'caller MiB':>10} "
          f"{'worker MiB':>10}")
    first = None
    for jobs in (int(j) for j in args.jobs.split(",")):
        best = min((measure(files, jobs, args.task, args.folder)
                    for _ in range(args.repeats)), key=lambda r: r["wall"])
        rate = len(files) / best["wall"]
        first = first or rate
        print(f"{jobs:>4} {best['wall']:>7.2f} {rate:>9.1f} {rate / first:>7.2f}x "
              f"{1000 * best['caller'] / len(files):>11.2f} "
              f"{1000 * best['workers'] / len(files):>12.2f} {best['failed']:>6.0f} "
              f"{best['caller_mib']:>10.0f} {best['worker_mib']:>10.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Speeds and memory figures that tests once asserted, measured here instead.

A test that fails because the machine is busy (or because glibc's allocator kept a page)
fails for a reason that is not the code's; these figures are printed as a table, each
next to the budget it was held to::

    .venv/bin/python -m bench.budgets            # all rows
    .venv/bin/python -m bench.budgets --files 10000

* skill mentions in 4 KiB of a seed résumé, per call (budget 20 ms: about 1 ms idle);
* ``load`` of a folder of tiny files, half résumés, half empty or binary (budget 0.25 s
  a file);
* refusing a 50 MB text file by its size (budget 10 s: a stat, not a read or a parse);
* the bench's own peak-memory measure (``bench/run.py``, a forked child): 120 MB allocated
  after the parent freed 300 MB must read 100-300 MiB, a child that allocates nothing
  under 50 MiB.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "bad_inputs"))

__all__ = ["main"]


def mentions_ms() -> float:
    """Milliseconds per :meth:`SkillTaxonomy.mentions` call on 4 KiB of a seed."""
    from talentgraph.ontology import taxonomy

    text = (ROOT / "seeds" / "002_bb68f992505d4ef0.txt").read_text("utf-8")[:4096]
    skills = taxonomy.skills()
    skills.mentions(text)  # builds the matcher once
    start = time.perf_counter()
    for _ in range(20):
        skills.mentions(text)
    return (time.perf_counter() - start) / 20 * 1000


def tiny_files_seconds_each(count: int) -> float:
    """Wall seconds per file of ``talentgraph load`` on ``count`` tiny files."""
    import subprocess

    from hostile_files import write_tiny_folder

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "many"
        write_tiny_folder(folder, count)
        start = time.perf_counter()
        subprocess.run([str(Path(sys.executable).with_name("talentgraph")), "--store",
                        str(Path(tmp) / "s.lbug"), "load", "--batch-size", "250",
                        str(folder)], capture_output=True, check=False)
        return (time.perf_counter() - start) / count


def huge_file_seconds() -> float:
    """Seconds to refuse a 50 MB text file."""
    from hostile_files import BAD_FILES

    from talentgraph.loaders import InputError, parse_file

    (huge,) = [bad for bad in BAD_FILES if bad.name == "huge.txt"]
    with tempfile.TemporaryDirectory() as tmp:
        huge.write(Path(tmp))
        start = time.perf_counter()
        with contextlib.suppress(InputError):
            parse_file(Path(tmp) / "huge.txt")
        return time.perf_counter() - start


def child_peak_mib() -> tuple[float, float]:
    """What ``bench/run.py``'s forked measure reads for 120 MB allocated after the parent
    freed 300 MB, and for nothing allocated."""
    from bench.run import _measure_in_child

    made = [bytes(2048) for _ in range(150_000)]
    kept = made[::64]  # the heap cannot shrink from the top: freed pages stay resident
    del made

    def allocate() -> None:
        block = [bytes(2048) for _ in range(60_000)]
        assert block

    _, allocated, _ = _measure_in_child(allocate)
    _, idle, _ = _measure_in_child(lambda: None)
    del kept
    return allocated, idle


def _row(name: str, value: float, unit: str, ok: Callable[[float], bool], budget: str) -> str:
    return f"| {name} | {value:,.2f} {unit} | {budget} | {'met' if ok(value) else 'OVER'} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000, help="tiny files to load")
    args = parser.parse_args(argv)
    print("| measure | value | budget | verdict |")
    print("|---|---|---|---|")
    print(_row("skill mentions, 4 KiB", mentions_ms(), "ms/call", lambda v: v < 20, "< 20 ms"),
          flush=True)
    print(_row(f"load {args.files} tiny files", tiny_files_seconds_each(args.files),
               "s/file", lambda v: v < 0.25, "< 0.25 s"), flush=True)
    print(_row("refuse a 50 MB file", huge_file_seconds(), "s", lambda v: v < 10, "< 10 s"),
          flush=True)
    allocated, idle = child_peak_mib()
    print(_row("child peak, 120 MB allocated", allocated, "MiB", lambda v: 100 <= v < 300,
               "100-300 MiB"))
    print(_row("child peak, nothing allocated", idle, "MiB", lambda v: v < 50, "< 50 MiB"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

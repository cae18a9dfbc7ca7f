"""PDF parsing speed beside openresume-parser's, on the same files, one core each.

``python -m bench.peer_bench [FOLDER] [--peer-python PATH] [--rounds N]``

openresume-parser (a rule-based parser on pypdf) is the peer issue 23 sets the PDF target
against: talentgraph should parse the same PDFs at least twice as fast.  It lives in a
virtual environment of its own, so that its dependencies (openai, an older pypdf) never
meet talentgraph's::

    python3 -m venv bench/.peer && bench/.peer/bin/pip install openresume-parser

The peer runs in a child process with that environment's Python (``--peer-python``, or
``$OPENRESUME_PYTHON``, default ``bench/.peer/bin/python``); without it the table says so
and shows talentgraph's row alone.  Both sides are timed the same way: CPU time of the
process over every PDF under FOLDER (default: the 10^3 corpus of ``python -m bench``),
after one warm-up file, best of ``--rounds``.  talentgraph's row
splits reading (PDFium and page layout) from extraction, the peer's is its one call.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["main", "ours", "peer", "peer_python"]

ROOT = Path(__file__).resolve().parent

# What the peer's Python runs: the same protocol as ours, except that its API takes a path
# and reads the file itself (from the page cache after the first round).
_PEER_SCRIPT = r"""
import json, sys, time
from openresume.parser import parse_resume_from_pdf
paths, rounds = json.loads(sys.argv[1]), int(sys.argv[2])
parse_resume_from_pdf(paths[0])
best, ok = None, 0
for _ in range(rounds):
    start = time.process_time()
    ok = sum(bool(parse_resume_from_pdf(p).get("ok")) for p in paths)
    took = time.process_time() - start
    best = took if best is None else min(best, took)
print(json.dumps({"seconds": best, "ok": ok}))
"""


def peer_python() -> Path:
    """Where the peer's Python is looked for: ``$OPENRESUME_PYTHON`` or the venv beside
    this file."""
    return Path(os.environ.get("OPENRESUME_PYTHON", ROOT / ".peer" / "bin" / "python"))


def ours(files: list[Path], rounds: int) -> dict[str, float]:
    """CPU seconds talentgraph takes over ``files``: reading, extracting, parsed files."""
    from talentgraph.loaders import extract
    from talentgraph.loaders.read import READERS

    datas = [(str(p), p.read_bytes()) for p in files]
    extract(READERS[".pdf"](*datas[0]))
    best: dict[str, float] | None = None
    for _ in range(rounds):
        read = extracted = 0.0
        ok = 0
        for path, data in datas:
            start = time.process_time()
            doc = READERS[".pdf"](path, data)
            middle = time.process_time()
            ok += bool(extract(doc).contact.name)
            extracted += time.process_time() - middle
            read += middle - start
        if best is None or read + extracted < best["seconds"]:
            best = {"seconds": read + extracted, "read": read, "extract": extracted, "ok": ok}
    assert best is not None
    return best


def peer(files: list[Path], python: Path, rounds: int) -> dict[str, float] | str:
    """The peer's CPU seconds over ``files``, or why it could not run."""
    if not python.exists():
        return f"not installed ({python} missing; see the module docstring)"
    done = subprocess.run(
        [str(python), "-c", _PEER_SCRIPT, json.dumps([str(p) for p in files]), str(rounds)],
        capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or ["no output"]
        return f"failed: {lines[-1]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=ROOT / "data" / "synth-1000-s1" / "resumes")
    parser.add_argument("--peer-python", type=Path, default=peer_python())
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    files = sorted(args.folder.rglob("*.pdf"))
    if not files:
        sys.exit(f"no PDFs under {args.folder}")
    mine = ours(files, args.rounds)
    theirs = peer(files, args.peer_python, args.rounds)
    n = len(files)
    print(f"{n} PDFs from {args.folder}, CPU time, best of {args.rounds}")
    print(f"{'parser':<18} {'read ms':>8} {'extract ms':>10} {'total ms':>8} "
          f"{'résumés/s':>9} {'with a name':>11}")
    print(f"{'talentgraph':<18} {1000 * mine['read'] / n:>8.2f} "
          f"{1000 * mine['extract'] / n:>10.2f} {1000 * mine['seconds'] / n:>8.2f} "
          f"{n / mine['seconds']:>9.0f} {mine['ok']:>11.0f}")
    if isinstance(theirs, str):
        print(f"{'openresume-parser':<18} {theirs}")
        return 0
    print(f"{'openresume-parser':<18} {'':>8} {'':>10} {1000 * theirs['seconds'] / n:>8.2f} "
          f"{n / theirs['seconds']:>9.0f} {theirs['ok']:>11.0f} (answered ok)")
    ratio = theirs["seconds"] / mine["seconds"]
    print(f"talentgraph / peer speed: {ratio:.2f}x (target >= 2x: "
          f"{'met' if ratio >= 2 else 'GAP'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

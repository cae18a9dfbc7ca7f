"""How many résumés per second parsing handles (file → Resume), per format, on one core.

Usage: ``python bench/parse_bench.py [FOLDER] [--rounds N] [--cold] [--formats txt,md,...]``.

Every supported file under FOLDER (default: the seed résumés) goes through the same two
steps as :func:`talentgraph.loaders.parse_file`: the format's reader (bytes → Document) and,
for text formats, extraction (Document → Resume).  Reading bytes from disk is excluded.
The report separates the one-time costs, which a batch pays once and a per-file figure
should not carry, from the per-file cost:

* *import*: importing the loaders and every reader library (pypdfium2, lxml...);
* *warm-up*: the first file of each format (taxonomy load, regex compilation, lazy
  imports inside third-party libraries).

Per-file time is the process's CPU time, so the figure is per core and does not move much
with the machine's load.  The extractors memoize per-text answers (dates, places, taxonomy
look-ups); when the same few résumés are parsed again and again (``--rounds`` > 1 on the
seeds) those caches flatter the number, so ``--cold`` empties them before every file.
"""

from __future__ import annotations

import argparse
import gc
import inspect
import sys
import time
from collections import defaultdict
from pathlib import Path

_START = time.process_time()
from talentgraph.loaders import extract  # noqa: E402
from talentgraph.loaders.read import READERS  # noqa: E402

_IMPORT = time.process_time() - _START


def _files(folder: Path, formats: set[str] | None) -> list[tuple[str, Path, bytes]]:
    out = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        fmt = path.suffix.lower().lstrip(".")
        if path.suffix.lower() in READERS and (formats is None or fmt in formats):
            out.append((fmt, path, path.read_bytes()))
    return out


def _clear_caches() -> None:
    """Empty every per-text memo cache of the loader modules (functools.lru_cache
    wrappers taking arguments).  A cache of a function without parameters holds a one-time
    load (the lexicon, a taxonomy, a compiled matcher) that a batch pays once: clearing it
    would count start-up as per-file cost."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(("talentgraph.loaders", "loaders")):
            continue
        for value in vars(module).values():
            if not (callable(getattr(value, "cache_clear", None))
                    and hasattr(value, "cache_info")):
                continue
            try:
                one_time = not inspect.signature(value).parameters
            except (TypeError, ValueError):
                one_time = False
            if not one_time and getattr(value, "__name__", "") != "_taxonomy":
                value.cache_clear()


def _parse(path: Path, data: bytes) -> tuple[float, float]:
    """CPU seconds of the reader and of extraction for one file."""
    start = time.process_time()
    doc = READERS[path.suffix.lower()](str(path), data)
    read = time.process_time()
    if doc.structured is None:
        extract(doc)
    return read - start, time.process_time() - read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).parents[1] / "seeds"))
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--cold", action="store_true",
                        help="empty the per-text caches before every résumé")
    parser.add_argument("--formats", help="comma-separated extensions to keep (default: all)")
    args = parser.parse_args()
    formats = set(args.formats.split(",")) if args.formats else None
    files = _files(Path(args.folder), formats)
    if not files:
        parser.error(f"no supported résumés in {args.folder}")
    warm: dict[str, float] = {}
    for fmt, path, data in files:
        if fmt not in warm:
            warm[fmt] = sum(_parse(path, data))
    read: dict[str, float] = defaultdict(float)
    extracted: dict[str, float] = defaultdict(float)
    count: dict[str, int] = defaultdict(int)
    gc.collect()
    for _ in range(args.rounds):
        for fmt, path, data in files:
            if args.cold:
                _clear_caches()
            r, e = _parse(path, data)
            read[fmt] += r
            extracted[fmt] += e
            count[fmt] += 1
    print(f"import {1000 * _IMPORT:.0f} ms; warm-up (first file) "
          + ", ".join(f"{fmt} {1000 * t:.0f} ms" for fmt, t in sorted(warm.items())))
    print(f"{'format':<6} {'files':>6} {'read ms':>8} {'extract ms':>10} {'total ms':>8} "
          f"{'résumés/s':>9}")
    for fmt in sorted(count):
        _row(fmt, count[fmt], read[fmt], extracted[fmt])
    _row("all", sum(count.values()), sum(read.values()), sum(extracted.values()))


def _row(fmt: str, n: int, read: float, extracted: float) -> None:
    total = read + extracted
    print(f"{fmt:<6} {n:>6} {1000 * read / n:>8.2f} {1000 * extracted / n:>10.2f} "
          f"{1000 * total / n:>8.2f} {n / total:>9.0f}")


if __name__ == "__main__":
    main()

"""How many résumés per second extraction handles (text → Resume), over the seed résumés.

Usage: ``python bench/parse_bench.py [SEED_DIR] [--rounds N] [--cold]``.  The taxonomies
load once before timing starts; reading files is excluded, so this measures extraction
alone.  The extractors memoize per-text answers (dates, places, taxonomy look-ups); since
this benchmark parses the same few résumés again and again, ``--cold`` empties those
caches before every résumé so that repetition does not flatter the number.  Time is the
process's CPU time, so the figure is per core and does not move with the machine's load.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import sys
import time
from pathlib import Path

from talentgraph.loaders import Document, extract


def _documents(folder: Path) -> list[Document]:
    docs = []
    for path in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.md")):
        data = path.read_bytes()
        docs.append(Document(path=str(path), format=path.suffix[1:],
                             sha256=hashlib.sha256(data).hexdigest(),
                             lines=tuple(data.decode("utf-8").splitlines())))
    return docs


def _clear_caches() -> None:
    """Empty every memo cache of the loader modules (functools.lru_cache wrappers)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(("talentgraph.loaders", "loaders")):
            continue
        for value in vars(module).values():
            if (callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info")
                    and getattr(value, "__name__", "") != "_taxonomy"):
                value.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).parents[1] / "seeds"))
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--cold", action="store_true",
                        help="empty the per-text caches before every résumé")
    args = parser.parse_args()
    docs = _documents(Path(args.folder))
    if not docs:
        parser.error(f"no .txt or .md résumés in {args.folder}")
    for doc in docs:  # warm-up: taxonomy load and regex compilation are one-time costs
        extract(doc)
    elapsed = 0.0
    gc.collect()
    for _ in range(args.rounds):
        for doc in docs:
            if args.cold:
                _clear_caches()
            start = time.process_time()
            extract(doc)
            elapsed += time.process_time() - start
    count = args.rounds * len(docs)
    print(f"{count} résumés in {elapsed:.2f} s: {count / elapsed:.0f} résumés/s "
          f"({1000 * elapsed / count:.2f} ms each)")


if __name__ == "__main__":
    main()

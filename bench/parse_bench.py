"""How many résumés per second extraction handles (text → Resume), over the seed résumés.

Usage: ``python bench/parse_bench.py [SEED_DIR] [--rounds N]``.  The taxonomies load once
before timing starts; reading files is excluded, so this measures extraction alone.
"""

from __future__ import annotations

import argparse
import hashlib
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).parents[1] / "seeds"))
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    docs = _documents(Path(args.folder))
    if not docs:
        parser.error(f"no .txt or .md résumés in {args.folder}")
    for doc in docs:  # warm-up: taxonomy load and regex compilation are one-time costs
        extract(doc)
    start = time.perf_counter()
    for _ in range(args.rounds):
        for doc in docs:
            extract(doc)
    elapsed = time.perf_counter() - start
    count = args.rounds * len(docs)
    print(f"{count} résumés in {elapsed:.2f} s: {count / elapsed:.0f} résumés/s "
          f"({1000 * elapsed / count:.2f} ms each)")


if __name__ == "__main__":
    main()

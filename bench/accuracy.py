"""Extraction accuracy per file and per format, scored like ``../shared/score.py``.

Usage: ``python -m bench.accuracy GOLD_DIR DOCS_DIR [--scorer PATH] [--files] [--json OUT]``.

``score.py`` prints one table over a whole folder; tuning the parser needs to know which
files and which formats lose points.  This script loads the scorer's own field comparison
(``fields``), so the numbers are the scorer's, parses every document in this process
(no start-up per file) and prints micro F1 per format, per field and, with ``--files``,
per file.  A document the parser refuses counts as empty, as in the scorer.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from talentgraph.loaders import InputError, parse_file, to_json_resume

_DEFAULT_SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "score.py"
_FORMATS = {".tex": "LaTeX", ".pdf": "PDF", ".docx": "DOCX", ".json": "JSON",
            ".md": "Markdown", ".txt": "text"}


def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("talentgraph_scorer", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _prf(g: int, p: int, h: int) -> tuple[float, float, float]:
    pr = h / p if p else (1.0 if g == 0 else 0.0)
    rc = h / g if g else 1.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def score(gold_dir: Path, docs_dir: Path, scorer: ModuleType) -> list[dict[str, Any]]:
    """One row per gold file: its stem, format, per-field counts and any parse error."""
    rows = []
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        stem = gold_file.name[: -len(".gold.json")]
        docs = [p for p in docs_dir.glob(stem + ".*") if not p.name.endswith(".gold.json")]
        if not docs:
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        error = ""
        try:
            pred = to_json_resume(parse_file(docs[0]))
        except InputError as err:
            pred, error = {}, err.reason
        counts = {f: (g, p, h) for f, g, p, h in scorer.fields(gold, pred)}
        rows.append({"stem": stem, "format": _FORMATS.get(docs[0].suffix.lower(), "other"),
                     "fields": counts, "error": error})
    return rows


def _micro(rows: list[dict[str, Any]]) -> tuple[float, int]:
    g = sum(c[0] for r in rows for c in r["fields"].values())
    p = sum(c[1] for r in rows for c in r["fields"].values())
    h = sum(c[2] for r in rows for c in r["fields"].values())
    return _prf(g, p, h)[2], g


def report(rows: list[dict[str, Any]], per_file: bool) -> str:
    out = []
    if per_file:
        out.append(f"{'file':28} {'micro F1':>8}  weakest fields")
        for row in rows:
            f1, _ = _micro([row])
            weak = sorted(((_prf(*c)[2], f) for f, c in row["fields"].items() if c[0] or c[1]))
            note = ", ".join(f"{f} {v:.2f}" for v, f in weak[:3] if v < 1)
            out.append(f"{row['stem']:28} {f1:8.3f}  {row['error'] or note}")
        out.append("")
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row["format"]].append(row)
        if row["format"] in ("PDF", "DOCX"):
            groups["PDF+DOCX"].append(row)
    out.append(f"{'format':10} {'files':>5} {'gold':>5} {'micro F1':>8}")
    for name in [*_FORMATS.values(), "PDF+DOCX"]:
        if name in groups:
            f1, g = _micro(groups[name])
            out.append(f"{name:10} {len(groups[name]):5} {g:5} {f1:8.3f}")
    f1, g = _micro(rows)
    out.append(f"{'all':10} {len(rows):5} {g:5} {f1:8.3f}")
    out.append("")
    totals: dict[str, list[int]] = {}
    for row in rows:
        for f, c in row["fields"].items():
            t = totals.setdefault(f, [0, 0, 0])
            for i in range(3):
                t[i] += c[i]
    out.append(f"{'field':32} {'gold':>5} {'pred':>5} {'hit':>5}  P     R     F1")
    for f, (g, p, h) in totals.items():
        pr, rc, f1 = _prf(g, p, h)
        out.append(f"{f:32} {g:5} {p:5} {h:5}  {pr:.2f}  {rc:.2f}  {f1:.2f}")
    live = [t for t in totals.values() if t[0] or t[1]]
    macro = sum(_prf(*t)[2] for t in live) / max(1, len(live))
    out.append(f"macro F1 {macro:.3f}, micro F1 {_micro(rows)[0]:.3f}, "
               f"failed documents {sum(1 for r in rows if r['error'])}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("docs_dir", type=Path)
    ap.add_argument("--scorer", type=Path, default=_DEFAULT_SCORER)
    ap.add_argument("--files", action="store_true", help="a line per file")
    ap.add_argument("--json", type=Path, help="write the per-file counts here")
    args = ap.parse_args(argv)
    rows = score(args.gold_dir, args.docs_dir, _scorer(args.scorer))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    sys.stdout.write(report(rows, args.files) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

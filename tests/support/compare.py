"""Per-document scores and gold-vs-parser differences for one test corpus
(``tests/corpora/<name>/``, with ``docs/`` and ``gold/``).

``score.py`` prints totals over a folder; this prints, for each document, the macro F1 of
its fields and (with ``--diff``) what the gold has that the parser missed and what the
parser produced that matches nothing in gold, using score.py's own matching rules::

    .venv/bin/python tests/support/compare.py tests/corpora/software            # per document
    .venv/bin/python tests/support/compare.py tests/corpora/software --diff     # differences
    .venv/bin/python tests/support/compare.py tests/corpora/software h03 --diff # some stems

The pytest floors use the simpler scorer in ``tests/support/scorer.py``.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# score.py lives in shared/, beside the repository (../shared/score.py from the repo root)
SCORE_PY = Path(os.environ.get("TALENTGRAPH_SCORE_PY", REPO.parent / "shared" / "score.py"))


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def parse(resume: str, cmd: str) -> dict:
    r = subprocess.run(cmd.replace("{file}", resume), shell=True, capture_output=True, text=True, timeout=120)
    try:
        doc = json.loads(r.stdout) if r.returncode == 0 else {}
    except json.JSONDecodeError:
        doc = {}
    return doc[0] if isinstance(doc, list) and doc else doc


def unmatched(gold: list, pred: list, eq) -> tuple[list, list]:
    """Gold items no prediction matched, and predictions left over (greedy, as score.py)."""
    used, missed = set(), []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and eq(g, p):
                used.add(i)
                break
        else:
            missed.append(g)
    return missed, [p for i, p in enumerate(pred) if i not in used]


def short(x) -> str:
    if isinstance(x, dict):
        keep = ("name", "institution", "title", "position", "studyType", "startDate", "endDate", "date")
        return json.dumps({k: x[k] for k in keep if x.get(k)}, ensure_ascii=False)
    return json.dumps(x, ensure_ascii=False)


def digits(s) -> str:
    return "".join(ch for ch in str(s or "") if ch.isdigit())


def extra_fields(S, gold: dict, pred: dict):
    """Fields score.py does not score: (field, gold_count, pred_count, hits, missed, spurious)."""
    specs = [
        ("projects", [g.get("name") for g in gold.get("projects", [])],
         [p.get("name") for p in pred.get("projects", []) or []], lambda g, p: S.same(g, p, 0.8)),
        ("patents", gold.get("patents", []), pred.get("patents", []) or [],
         lambda g, p: (digits(g.get("id")) and digits(g.get("id")) == digits(p.get("id")))
         or S.same(g.get("name"), p.get("name"), 0.8)),
        ("advisors", gold.get("advisors", []), pred.get("advisors", []) or [], lambda g, p: S.same(g, p, 0.9)),
        ("work.location", [g for g in gold.get("work", []) if g.get("location")], pred.get("work", []) or [],
         lambda g, p: S.same(g["name"], p.get("name"), 0.8) and S.same(g["location"], p.get("location"), 0.6)),
    ]
    for name, g, p, eq in specs:
        miss, spurious = unmatched(g, p, eq)
        if name == "work.location":
            spurious = []
            yield name, len(g), len(g), len(g) - len(miss), miss, spurious
        else:
            yield name, len(g), len(p), len(g) - len(miss), miss, spurious


def diff(S, gold: dict, pred: dict) -> list[str]:
    out = []
    gb, pb = gold.get("basics", {}), pred.get("basics", {}) or {}
    for k in ("name", "email", "phone"):
        if gb.get(k) and not any(f == "basics." + k and h for f, _, _, h in S.fields(
                {"basics": {k: gb[k]}}, {"basics": {k: pb.get(k)}})):
            out.append(f"  basics.{k}: gold {gb[k]!r}  got {pb.get(k)!r}")
    checks = [
        ("work", "work", "work", lambda g, p: S.same(g["name"], p.get("name"), 0.8)
         and S.same(g["position"], p.get("position"), 0.6) and S.date_eq(g, p, "startDate") and S.end_eq(g, p)),
        ("education", "education", "education", lambda g, p: S.same(g["institution"], p.get("institution"), 0.8)
         and S.degree(g.get("studyType")) == S.degree(p.get("studyType"))
         and S.ym(g.get("endDate"), True) == S.ym(p.get("endDate"), True)),
        ("publications", "publications", "publications", lambda g, p: S.same(g["name"], p.get("name"), 0.8)),
        ("awards", "awards", "awards", lambda g, p: S.same(g["title"], p.get("title"), 0.6)),
    ]
    for label, gk, pk, eq in checks:
        miss, extra = unmatched(gold.get(gk, []), pred.get(pk, []) or [], eq)
        for m in miss:
            out.append(f"  {label} MISSED  {short(m)}")
        for e in extra:
            out.append(f"  {label} EXTRA   {short(e)}")
    ga = [a for g in gold.get("publications", []) for a in g.get("authors", [])]
    pa = [a for p in pred.get("publications", []) or [] for a in (p.get("authors") or [])]
    miss, extra = unmatched(ga, pa, lambda g, p: S.same(g, p, 0.9))
    if miss or extra:
        out.append(f"  authors MISSED {miss}  EXTRA {extra}")
    mentioned = gold.get("skills_source") == "mentioned"
    gs = gold.get("skills", [])
    ps = S.skills_of(pred, listed_only=not mentioned)
    miss, extra = unmatched(gs, ps, lambda g, p: S.norm(g) == S.norm(p))
    if miss:
        out.append(f"  skills MISSED {miss}")
    if extra and not mentioned:
        out.append(f"  skills EXTRA  {extra}")
    for name, _, _, _, miss, spurious in extra_fields(S, gold, pred):
        for m in miss:
            out.append(f"  (unscored) {name} MISSED  {short(m)}")
        for e in spurious:
            out.append(f"  (unscored) {name} EXTRA   {short(e)}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("only", nargs="*", help="stem prefixes to keep, e.g. h03")
    ap.add_argument("--diff", action="store_true")
    ap.add_argument("--cmd", default="talentgraph parse {file}")
    a = ap.parse_args()
    S = load_score()
    extra_tot: dict[str, list[int]] = {}
    for gf in sorted(glob.glob(os.path.join(a.folder, "gold", "*.gold.json"))):
        stem = os.path.basename(gf)[: -len(".gold.json")]
        if a.only and not any(stem.startswith(o) for o in a.only):
            continue
        cands = [f for f in glob.glob(os.path.join(a.folder, "docs", stem + ".*")) if not f.endswith(".gold.json")]
        if not cands:
            continue
        with open(gf, encoding="utf-8") as fh:
            gold = json.load(fh)
        pred = parse(cands[0], a.cmd)
        rows = list(S.fields(gold, pred))
        f1s = {f: S.prf(g, p, h)[2] for f, g, p, h in rows}
        worst = ", ".join(f"{f}={v:.2f}" for f, v in sorted(f1s.items(), key=lambda kv: kv[1])[:3] if v < 1)
        print(f"{stem:28} macro {sum(f1s.values()) / len(f1s):.3f}   {worst}")
        for name, g, p, h, _, _ in extra_fields(S, gold, pred):
            t = extra_tot.setdefault(name, [0, 0, 0])
            t[0] += g
            t[1] += p
            t[2] += h
        if a.diff:
            for line in diff(S, gold, pred):
                print(line)
    print(f"\n{'unscored field':32} {'gold':>5} {'pred':>5} {'hit':>5}  P     R     F1")
    for name, (g, p, h) in extra_tot.items():
        pr, rc, f1 = S.prf(g, p, h)
        print(f"{name:32} {g:5} {p:5} {h:5}  {pr:.2f}  {rc:.2f}  {f1:.2f}")
    sys.exit(0)


if __name__ == "__main__":
    main()

"""The held-out résumés (tests/heldout): every document parses, finds its owner and its work,
and a small scorer — a simplified copy of the shared score.py rules — keeps each split's
macro F1 from sliding back."""

from __future__ import annotations

import json
import re
import unicodedata
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from talentgraph.loaders import parse_file, to_json_resume

HELDOUT = Path(__file__).parents[1] / "heldout"
DOCS = sorted(p for split in ("dev", "test") for p in (HELDOUT / split).glob("h*.*")
              if not p.name.endswith(".gold.json"))
DEV_MACRO_F1_FLOOR = 0.98  # reached 0.99 when the floor was set
TEST_MACRO_F1_FLOOR = 0.98  # reached 0.997 when the floor was set (both splits are dev data now)


@cache
def _parsed(path: Path) -> dict[str, Any]:
    return to_json_resume(parse_file(path))


def _gold(path: Path) -> dict[str, Any]:
    return json.loads(path.with_name(path.name.split(".")[0] + ".gold.json").read_text())


# Known misses on the held-out splits (none at present).
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_MISSES[p.name], strict=False))
    if p.name in KNOWN_MISSES else p for p in DOCS], ids=lambda p: p.name)
def test_heldout_document_parses_with_owner_and_work(path: Path) -> None:
    out, gold = _parsed(path), _gold(path)
    assert out["basics"].get("name"), "no owner name found"
    if gold.get("work"):
        assert out.get("work"), "no work entry found"


def _norm(s: Any) -> str:
    s = unicodedata.normalize("NFKD", str(s or "")).lower().replace("&", " and ")
    s = re.sub(r"[^\w#+.]+", " ", s).replace(".", " ")
    s = re.sub(r"\b(?:inc|llc|ltd|corp|corporation|co)\b", " ", s)
    return " ".join(s.split())


def _same(a: Any, b: Any, cut: float) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a == b or SequenceMatcher(None, a, b).ratio() >= cut or (
        len(a) > 4 and len(b) > 4 and (a in b or b in a)))


def _ym(d: Any, year_only: bool = False) -> str:
    m = re.match(r"(\d{4})(?:-(\d{2}))?", str(d or ""))
    if not m:
        return ""
    return m.group(1) if year_only or not m.group(2) else f"{m.group(1)}-{m.group(2)}"


def _hits(gold: list[Any], pred: list[Any], eq: Any) -> int:
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and eq(g, p):
                used.add(i)
                break
    return len(used)


def _dates_match(g: dict[str, Any], p: dict[str, Any]) -> bool:
    start = not g.get("startDate") or _ym(p.get("startDate"))[:len(_ym(g["startDate"]))] == \
        _ym(g["startDate"])
    end = (_ym(p.get("endDate"))[:len(_ym(g["endDate"]))] == _ym(g["endDate"])
           if g.get("endDate") else not _ym(p.get("endDate")))
    return start and end


def _fields(gold: dict[str, Any], pred: dict[str, Any]) -> list[tuple[str, int, int, int]]:
    gw, pw = gold.get("work", []), pred.get("work", [])
    ge, pe = gold.get("education", []), pred.get("education", [])
    gp, pp = gold.get("publications", []), pred.get("publications", [])
    ga, pa = gold.get("awards", []), pred.get("awards", [])
    mentioned = gold.get("skills_source") == "mentioned"
    ps = {_norm(k) for s in pred.get("skills", []) if mentioned or s.get("name") != "Mentioned"
          for k in s.get("keywords", [])}
    gs = {_norm(k) for k in gold.get("skills", [])}
    skill_hits = len(gs & ps)
    return [
        ("work.org", len(gw), len(pw), _hits(gw, pw, lambda g, p: _same(g["name"], p.get("name"), .8))),
        ("work.full", len(gw), len(pw), _hits(gw, pw, lambda g, p: _same(
            g["name"], p.get("name"), .8) and _same(g["position"], p.get("position"), .6)
            and _dates_match(g, p))),
        ("education.school", len(ge), len(pe), _hits(ge, pe, lambda g, p: _same(
            g["institution"], p.get("institution"), .8))),
        ("education.end", len(ge), len(pe), _hits(ge, pe, lambda g, p: _same(
            g["institution"], p.get("institution"), .8)
            and _ym(g.get("endDate"), True) == _ym(p.get("endDate"), True))),
        ("skills", len(gs), skill_hits if mentioned else len(ps), skill_hits),
        ("publications", len(gp), len(pp), _hits(gp, pp, lambda g, p: _same(
            g["name"], p.get("name"), .8))),
        ("awards", len(ga), len(pa), _hits(ga, pa, lambda g, p: _same(g["title"], p.get("title"), .6))),
    ]


def _f1(g: int, p: int, h: int) -> float:
    precision = h / p if p else (1.0 if g == 0 else 0.0)
    recall = h / g if g else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@pytest.mark.parametrize(("split", "floor"), [("dev", DEV_MACRO_F1_FLOOR),
                                               ("test", TEST_MACRO_F1_FLOOR)])
def test_split_macro_f1_stays_above_its_floor(split: str, floor: float) -> None:
    totals: dict[str, list[int]] = {}
    for path in (p for p in DOCS if p.parent.name == split):
        for name, g, p, h in _fields(_gold(path), _parsed(path)):
            t = totals.setdefault(name, [0, 0, 0])
            t[0], t[1], t[2] = t[0] + g, t[1] + p, t[2] + h
    macro = sum(_f1(*t) for t in totals.values()) / len(totals)
    assert macro >= floor, {k: round(_f1(*t), 2) for k, t in totals.items()}

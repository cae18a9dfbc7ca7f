"""The corpus scorer: how close a parse (JSON Resume) comes to a hand-written gold.

A simplified copy of ``../shared/score.py``'s rules, so the corpus floors run without the
shared folder: per field (employer, whole job, school, school and year, skills, papers,
awards), gold items matched greedily to predicted ones by normalised text similarity, and
the macro F1 over the fields of a whole corpus.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from typing import Any

__all__ = ["f1", "fields", "macro_f1", "same"]

Record = dict[str, Any]


def _norm(text: Any) -> str:
    text = unicodedata.normalize("NFKD", str(text or "")).lower().replace("&", " and ")
    text = re.sub(r"[^\w#+.]+", " ", text).replace(".", " ")
    text = re.sub(r"\b(?:inc|llc|ltd|corp|corporation|co)\b", " ", text)
    return " ".join(text.split())


def same(a: Any, b: Any, cut: float) -> bool:
    """Whether two strings name the same thing: equal once normalised, similar above
    ``cut``, or one (longer than four characters) inside the other."""
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a == b or SequenceMatcher(None, a, b).ratio() >= cut or (
        len(a) > 4 and len(b) > 4 and (a in b or b in a)))


def _ym(date: Any, year_only: bool = False) -> str:
    match = re.match(r"(\d{4})(?:-(\d{2}))?", str(date or ""))
    if not match:
        return ""
    return match.group(1) if year_only or not match.group(2) else \
        f"{match.group(1)}-{match.group(2)}"


def _hits(gold: list[Any], pred: list[Any], eq: Callable[[Any, Any], bool]) -> int:
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and eq(g, p):
                used.add(i)
                break
    return len(used)


def _dates_match(g: Record, p: Record) -> bool:
    start = not g.get("startDate") or \
        _ym(p.get("startDate"))[:len(_ym(g["startDate"]))] == _ym(g["startDate"])
    end = (_ym(p.get("endDate"))[:len(_ym(g["endDate"]))] == _ym(g["endDate"])
           if g.get("endDate") else not _ym(p.get("endDate")))
    return start and end


def fields(gold: Record, pred: Record) -> list[tuple[str, int, int, int]]:
    """``(field, gold items, predicted items, matched)`` for each scored field."""
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
        ("work.org", len(gw), len(pw),
         _hits(gw, pw, lambda g, p: same(g["name"], p.get("name"), .8))),
        ("work.full", len(gw), len(pw), _hits(gw, pw, lambda g, p: same(
            g["name"], p.get("name"), .8) and same(g["position"], p.get("position"), .6)
            and _dates_match(g, p))),
        ("education.school", len(ge), len(pe), _hits(ge, pe, lambda g, p: same(
            g["institution"], p.get("institution"), .8))),
        ("education.end", len(ge), len(pe), _hits(ge, pe, lambda g, p: same(
            g["institution"], p.get("institution"), .8)
            and _ym(g.get("endDate"), True) == _ym(p.get("endDate"), True))),
        ("skills", len(gs), skill_hits if mentioned else len(ps), skill_hits),
        ("publications", len(gp), len(pp), _hits(gp, pp, lambda g, p: same(
            g["name"], p.get("name"), .8))),
        ("awards", len(ga), len(pa),
         _hits(ga, pa, lambda g, p: same(g["title"], p.get("title"), .6))),
    ]


def f1(gold: int, pred: int, hits: int) -> float:
    """F1 of ``hits`` matches among ``gold`` and ``pred`` items (1.0 when both are none)."""
    precision = hits / pred if pred else (1.0 if gold == 0 else 0.0)
    recall = hits / gold if gold else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def macro_f1(pairs: Iterable[tuple[Record, Record]]) -> tuple[float, dict[str, float]]:
    """The macro F1 over the fields of ``(gold, parse)`` pairs, and each field's F1."""
    totals: dict[str, list[int]] = {}
    for gold, pred in pairs:
        for name, g, p, h in fields(gold, pred):
            total = totals.setdefault(name, [0, 0, 0])
            total[0], total[1], total[2] = total[0] + g, total[1] + p, total[2] + h
    per_field = {name: round(f1(*total), 3) for name, total in totals.items()}
    return sum(f1(*total) for total in totals.values()) / len(totals), per_field

"""The fourth held-out corpus (tests/heldout4): sixteen résumés written without reading the
parser, from professions outside software (nurse, civil engineer, teacher after a career
break, chef, pharmacist, HR, sales, finance, designer, marketing, ecologist, a PhD student) in
all six formats.  Every document parses with its owner's email and some work, and the macro
F1 against the hand-written gold stays above a floor set just under the score measured when
the corpus was first run, so a later change that loses ground on unseen-style résumés fails.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from talentgraph.loaders import parse_file, to_json_resume

from .test_heldout import _f1, _fields, _same

HELDOUT4 = Path(__file__).parents[1] / "heldout4"
DOCS = sorted((HELDOUT4 / "docs").glob("*.*"))
# 0.853 on the first run, before any change made for this corpus (score.py's macro, which
# also counts basics and authors, was 0.889); after the wt/quality rules (underlined
# headings, form entries, name particles, occupations) 0.882, and the floor is that minus 0.02.
MACRO_F1_FLOOR = 0.86
# Documents the parser got wrong at the first run.  strict: once one is fixed the test
# reports XPASS as a failure, so the entry is removed and the fix is kept.
KNOWN_GAPS = {
    "carlos_ramirez_trevino.pdf": "sidebar printed first: its city is taken as the name",
}


@cache
def _parsed(path: Path) -> dict[str, Any]:
    return to_json_resume(parse_file(path))


def _gold(path: Path) -> dict[str, Any]:
    return json.loads((HELDOUT4 / "gold" / f"{path.stem}.gold.json").read_text())


def test_corpus_is_complete_in_all_six_formats() -> None:
    assert len(DOCS) == 16
    assert {p.suffix for p in DOCS} == {".txt", ".md", ".pdf", ".docx", ".tex", ".json"}
    assert all((HELDOUT4 / "gold" / f"{p.stem}.gold.json").exists() for p in DOCS)


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_GAPS[p.name], strict=True))
    if p.name in KNOWN_GAPS else p for p in DOCS], ids=lambda p: p.name)
def test_document_parses_with_owner_and_work(path: Path) -> None:
    out, gold = _parsed(path), _gold(path)
    assert _same(gold["basics"]["name"], out["basics"].get("name"), .95), out["basics"].get("name")
    assert out["basics"].get("email") == gold["basics"]["email"]
    if gold.get("work"):
        assert out.get("work"), "no work entry found"


def _macro() -> tuple[float, dict[str, float]]:
    totals: dict[str, list[int]] = {}
    for path in DOCS:
        for name, g, p, h in _fields(_gold(path), _parsed(path)):
            t = totals.setdefault(name, [0, 0, 0])
            t[0], t[1], t[2] = t[0] + g, t[1] + p, t[2] + h
    per_field = {k: round(_f1(*t), 3) for k, t in totals.items()}
    return sum(_f1(*t) for t in totals.values()) / len(totals), per_field


def test_macro_f1_stays_above_its_floor() -> None:
    macro, per_field = _macro()
    assert macro >= MACRO_F1_FLOOR, (round(macro, 3), per_field)

"""The multilingual corpus (tests/corpora/multilingual): 21 invented résumés in ten languages
and five formats, written with their gold by a helper who never saw the parser's output.
Every document parses, names its owner where the gold does, finds work where there is some,
and the corpus's macro F1 stays above a floor measured when it was added."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from talentgraph.loaders import parse_file, to_json_resume

from .test_heldout import _f1, _fields

CORPUS = Path(__file__).parents[1] / "corpora" / "multilingual"
DOCS = sorted(p for p in (CORPUS / "docs").iterdir() if p.suffix != ".json")
# Documents the parser still misreads, each with what it misses (left visible, not skipped).
KNOWN_GAPS = {
    "ru02_md_sokolov": "a school written as a bare acronym after a lower-case degree word "
                       "(аспирантура, МФТИ.) is not read as a school",
}
# 0.79 by this test's scoring when the corpus arrived (micro 0.725 by ../shared/score.py),
# 0.83 when the floor was last raised (micro 0.762).
MACRO_F1_FLOOR = 0.81


@cache
def _parsed(path: Path) -> dict[str, Any]:
    return to_json_resume(parse_file(path))


def _gold(path: Path) -> dict[str, Any]:
    return json.loads((CORPUS / "gold" / f"{path.stem}.gold.json").read_text())


def test_corpus_is_complete() -> None:
    assert len(DOCS) == 21
    assert {p.stem[:2] for p in DOCS} >= {"de", "fr", "es", "pt", "it", "nl", "ru", "zh", "ja"}
    assert all((CORPUS / "gold" / f"{p.stem}.gold.json").exists() for p in DOCS)


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_GAPS[p.stem], strict=True))
    if p.stem in KNOWN_GAPS else p for p in DOCS], ids=lambda p: p.name)
def test_document_parses_with_its_work(path: Path) -> None:
    out, gold = _parsed(path), _gold(path)
    if gold.get("work"):
        assert out.get("work"), "no work entry found"
    if gold.get("education"):
        assert out.get("education"), "no education entry found"


def test_macro_f1_stays_above_its_floor() -> None:
    totals: dict[str, list[int]] = {}
    for path in DOCS:
        for name, g, p, h in _fields(_gold(path), _parsed(path)):
            t = totals.setdefault(name, [0, 0, 0])
            t[0], t[1], t[2] = t[0] + g, t[1] + p, t[2] + h
    macro = sum(_f1(*t) for t in totals.values()) / len(totals)
    assert macro >= MACRO_F1_FLOOR, {k: round(_f1(*t), 2) for k, t in totals.items()}

"""Issue 7's targets, judged from a bench run's cells: met, or the measured gap.

Works on the cells :mod:`bench.run` keeps and saves (``bench/results/<stamp>.json``), so
an earlier run can be judged again: ``python -m bench --targets bench/results/X.json``.
A verdict reads a cell's numbers (:mod:`bench.cells`), never its text.
A target stated at a size (10^5 people) is judged at that size when the run has it; a
run without it shows the largest size it has and says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bench.cells import value as number

__all__ = ["Verdict", "judge", "targets_table"]

Cells = Mapping[str, Any]


@dataclass(frozen=True)
class Verdict:
    """One target at one size: what was measured against what was asked."""

    target: str
    size: int | None
    measured: str
    met: bool | None  # None: not measured in this run

    @property
    def word(self) -> str:
        return {True: "met", False: "GAP", None: "not measured"}[self.met]


def _at(results: Mapping[int, Cells], wanted: int | None,
        cell: str | None = None) -> tuple[int | None, str]:
    """The size to judge a target at: ``wanted`` when the run has it, else the largest
    size that measured ``cell`` (any size, without one)."""
    if not results:
        return None, ""
    if wanted is not None and wanted in results:
        return wanted, ""
    sizes = [n for n in results if cell is None or number(results[n].get(cell)) is not None]
    largest = max(sizes or results)
    return largest, (f" (no N={wanted:,} in this run)" if wanted is not None else "")


def _floor(name: str, cell: str, goal: float, unit: str, at: int | None = None,
           fmt: str = ",.0f") -> Callable[[Mapping[int, Cells]], list[Verdict]]:
    """A target met when the cell's first number is at least ``goal``."""

    def judge_one(results: Mapping[int, Cells]) -> list[Verdict]:
        size, note = _at(results, at, cell)
        value = number(results[size].get(cell)) if size is not None else None
        if value is None:
            return [Verdict(name, size, "not measured" + note, None)]
        gap = "" if value >= goal else f", {goal / value:.1f}x short" if value else ""
        shown = f"{value:{fmt}} {unit}".rstrip()
        return [Verdict(name, size, f"{shown}{gap}{note}", value >= goal)]

    return judge_one


def _ceiling(name: str, cell: str, goal: float, unit: str, at: int | None = None,
             index: int = 0) -> Callable[[Mapping[int, Cells]], list[Verdict]]:
    """A target met when the cell's ``index``-th number is at most ``goal``."""

    def judge_one(results: Mapping[int, Cells]) -> list[Verdict]:
        size, note = _at(results, at, cell)
        value = number(results[size].get(cell), index) if size is not None else None
        if value is None:
            return [Verdict(name, size, "not measured" + note, None)]
        gap = "" if value <= goal else f", {value / goal:.1f}x over"
        return [Verdict(name, size, f"{value:,.1f} {unit}{gap}{note}", value <= goal)]

    return judge_one


def _embedded_beats_neo4j(results: Mapping[int, Cells]) -> list[Verdict]:
    size, _ = _at(results, None, "load neo4j (nodes+rels/s)")
    cells = results[size] if size is not None else {}
    mine = number(cells.get("load embedded (nodes+rels/s)"))
    theirs = number(cells.get("load neo4j (nodes+rels/s)"))
    if mine is None or theirs is None:
        return [Verdict("embedded load faster than Neo4j", size, "not measured", None)]
    return [Verdict("embedded load faster than Neo4j", size,
                    f"{mine:,.0f} vs {theirs:,.0f} rows/s ({mine / theirs:.1f}x)",
                    mine > theirs)]


def _naive_ratio(results: Mapping[int, Cells]) -> list[Verdict]:
    verdicts = []
    for store in ("embedded", "neo4j"):
        size, _ = _at(results, None, f"naive {store} (nodes+rels/s)")
        cell = results[size].get(f"naive {store} (nodes+rels/s)") if size else None
        ratio = number(cell, 2)
        name = f"{store} load >= 20x the naive baseline"
        verdicts.append(Verdict(name, size, "not measured", None) if ratio is None else
                        Verdict(name, size, f"{ratio:,.0f}x", ratio >= 20))
    return verdicts


def _analyses(results: Mapping[int, Cells]) -> list[Verdict]:
    size, note = _at(results, 100_000)
    verdicts = []
    for engine in ("igraph", "networkx"):
        cell = (results[size].get(f"{engine} pagerank + louvain (target < 30 s at 10^5)")
                if size else None)
        value = number(cell)
        name = f"PageRank + Louvain < 30 s at 10^5 ({engine})"
        stopped = [str(results[size].get(f"{engine} {m}")) for m in ("pagerank", "louvain")
                   if "stopped" in str(results[size].get(f"{engine} {m}"))] if size else []
        if value is None and stopped:  # a measure ran past the bench's limit
            verdicts.append(Verdict(name, size, f"{stopped[0]}{note}", False))
        else:
            verdicts.append(Verdict(name, size, "not measured" + note, None) if value is None
                            else Verdict(name, size, f"{value:.1f} s{note}", value < 30))
    return verdicts


def _memory(results: Mapping[int, Cells]) -> list[Verdict]:
    """Linear memory: the graph and one analysis's peak grow no faster than the people
    (within 1.5x), between the smallest and the largest size of the run."""
    sizes = sorted(results)
    name = "memory grows linearly"
    if len(sizes) < 2:
        return [Verdict(name, None, "needs two sizes", None)]
    small, large = sizes[0], sizes[-1]
    people = large / small
    parts, linear = [], True
    rows = [number(results[n].get("graph nodes / rels"), 1) for n in (small, large)]
    if None not in rows:
        growth = rows[1] / rows[0]
        parts.append(f"relationships x{growth:,.0f}")
        linear &= growth <= 1.5 * people
    peaks = [number(results[n].get("igraph louvain"), 2) for n in (small, large)]
    if None not in peaks and peaks[0]:
        growth = peaks[1] / peaks[0]
        parts.append(f"igraph Louvain peak x{growth:,.0f}")
        linear &= growth <= 1.5 * people
    if not parts:
        return [Verdict(name, large, "not measured", None)]
    return [Verdict(name, large, f"people x{people:,.0f}: " + ", ".join(parts), linear)]


TARGETS: list[Callable[[Mapping[int, Cells]], list[Verdict]]] = [
    _floor("parsing >= 1,000 résumés/s per core", "parse 1 proc (résumés/s)", 1000,
           "résumés/s in 1 process"),
    _floor("loading >= 50,000 nodes+rels/s into Neo4j", "load neo4j (nodes+rels/s)",
           50_000, "rows/s"),
    _embedded_beats_neo4j,
    _naive_ratio,
    _ceiling("canned queries p95 < 50 ms at 10^5 (embedded)", "queries embedded p50/p95 ms",
             50, "ms", at=100_000, index=1),
    _ceiling("canned queries p95 < 50 ms at 10^5 (Neo4j)", "queries neo4j p50/p95 ms", 50,
             "ms", at=100_000, index=1),
    _analyses,
    _memory,
    _floor("entity resolution precision >= 0.95", "ER precision", 0.95, "", fmt=".3f"),
    _floor("entity resolution recall >= 0.90", "ER recall", 0.90, "", fmt=".3f"),
]


def judge(results: Mapping[int, Cells]) -> list[Verdict]:
    """Every target's verdict for one run (sizes → cells)."""
    return [verdict for target in TARGETS for verdict in target(results)]


def targets_table(results: Mapping[int, Cells]) -> str:
    """The verdicts as a plain-text table."""
    rows = [("target", "N", "measured", "verdict")] + [
        (v.target, f"{v.size:,}" if v.size else "-", v.measured, v.word)
        for v in judge(results)]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)

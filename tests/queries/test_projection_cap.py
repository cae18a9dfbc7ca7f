"""The colleague window of the person projection: exact on small employers, bounded and
nearest-in-time on large ones, so the projection grows linearly with the people."""

from __future__ import annotations

import random
from collections import Counter
from itertools import combinations

import networkx as nx
from graphs import TODAY_MONTH, seed_like_graph

from talentgraph.graph.model import TalentGraph, add_edge, add_node, new_graph
from talentgraph.ontology.schema import Label, Rel
from talentgraph.queries import analyses
from talentgraph.queries.analyses.projections import (
    COLLEAGUE_WINDOW,
    LARGE_EMPLOYER,
    _colleague_pairs,
)

Stint = tuple[int, int, str]


def overlapping(rows: list[Stint]) -> set[frozenset[str]]:
    """Every pair of people whose stints share a month (the uncapped definition)."""
    return {frozenset((a, b)) for (a, a0, a1), (b, b0, b1) in
            combinations([(p, s, e) for s, e, p in rows], 2)
            if a != b and max(a0, b0) <= min(a1, b1)}


def random_stints(rng: random.Random, count: int, span: int = 240) -> list[Stint]:
    rows = []
    for i in range(count):
        start = rng.randrange(span)
        rows.append((start, start + rng.choice((0, 0, 3, 12, 30, 90)), f"p{i:04d}"))
    return rows


def pairs(rows: list[Stint], window: int) -> list[frozenset[str]]:
    return [frozenset(p) for p in _colleague_pairs(rows, window) if p[0] != p[1]]


def test_a_wide_window_is_every_overlapping_pair() -> None:
    rng = random.Random(3)
    for _ in range(20):
        rows = random_stints(rng, rng.randrange(2, 60))
        found = pairs(rows, len(rows))
        assert len(found) == len(set(found))  # each pair once
        assert set(found) == overlapping(rows)


def test_a_capped_window_keeps_the_nearest_earlier_colleagues() -> None:
    rng = random.Random(5)
    rows = random_stints(rng, 300, span=60)  # a big employer: many people at once
    window = 4
    every = overlapping(rows)
    degree = Counter(person for pair in every for person in pair)
    assert max(degree.values()) > 2 * window
    found = pairs(rows, window)
    assert set(found) <= every  # the cap drops ties, never invents one
    assert len(found) <= window * len(rows)
    # each stint's earlier ties are the `window` overlapping ones that started last
    ordered = sorted(rows)
    rank = {person: i for i, (_, _, person) in enumerate(ordered)}
    back: dict[str, set[str]] = {person: set() for _, _, person in ordered}
    for pair in found:
        first, last = sorted(pair, key=rank.__getitem__)
        back[last].add(first)
    for i, (start, _, person) in enumerate(ordered):
        earlier = [p for s, e, p in ordered[:i] if e >= start]
        assert back[person] == set(earlier[-window:])


def employer_graph(people: int, seed: int = 0) -> TalentGraph:
    """One employer where everyone's tenure is drawn from the same few years."""
    rng = random.Random(seed)
    g = new_graph()
    add_node(g, Label.Organization, "org:big", name="Big", sources=["t"])
    for i in range(people):
        node = f"person:{i}"
        add_node(g, Label.Person, node, name=f"P{i}", sources=["t"])
        start = 2015 * 12 + rng.randrange(60)
        add_edge(g, Rel.WORKED_AT, node, "org:big", f"w:{i}", sources=["t"],
                 start_month=start, end_month=start + rng.randrange(6, 36), current=False)
    return g


def test_ties_grow_linearly_with_a_large_employer() -> None:
    assert LARGE_EMPLOYER < 150
    small = analyses.people(employer_graph(150), today_month=TODAY_MONTH)
    large = analyses.people(employer_graph(600), today_month=TODAY_MONTH)
    uncapped = analyses.people(employer_graph(600), today_month=TODAY_MONTH,
                               colleague_window=None)
    assert large.number_of_edges() <= COLLEAGUE_WINDOW * 600
    assert uncapped.number_of_edges() > 4 * large.number_of_edges()  # quadratic without
    ratio = large.number_of_edges() / small.number_of_edges()
    assert 3.5 <= ratio <= 4.5  # 4x the people, about 4x the ties
    # the cap thins the employer but does not cut it into pieces
    assert nx.is_connected(large)


def test_small_graphs_are_uncapped() -> None:
    capped = analyses.people(seed_like_graph(), today_month=TODAY_MONTH)
    exact = analyses.people(seed_like_graph(), today_month=TODAY_MONTH,
                            colleague_window=None)
    assert nx.utils.edges_equal(capped.edges(data=True), exact.edges(data=True))
    few = analyses.people(employer_graph(LARGE_EMPLOYER), today_month=TODAY_MONTH)
    every = overlapping([(d["start_month"], d["end_month"], p) for p, _, d in
                         employer_graph(LARGE_EMPLOYER).edges(data=True)])
    assert max(Counter(p for pair in every for p in pair).values()) > 2 * COLLEAGUE_WINDOW
    assert few.number_of_edges() == len(every)

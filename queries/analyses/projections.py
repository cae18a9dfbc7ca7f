"""Projections of the talent graph onto the simple graphs the measures run on.

Centrality and communities need a plain undirected graph whose nodes are one kind of thing
(people, skills) or everything at once.  Each projection keeps ``label`` and ``name`` on
its nodes so results can be shown, and puts the strength of a tie in ``weight`` (how many
reasons two nodes are linked), with the reasons in ``ties``.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations, islice
from typing import Any

import networkx as nx

from talentgraph.graph.model import TalentGraph
from talentgraph.ontology.schema import Label, Rel
from talentgraph.queries.registry import current_month

__all__ = [
    "COLLEAGUE_WINDOW",
    "LARGE_EMPLOYER",
    "PERSON_TIES",
    "PROJECTIONS",
    "Projection",
    "display_name",
    "people",
    "person_skill",
    "project",
    "skill_cooccurrence",
    "whole_graph",
    "why_alone",
]

PERSON_TIES = ("colleagues", "coauthors", "advising", "alumni")
_DEFAULT_TIES = ("colleagues", "coauthors", "advising")


def display_name(data: dict[str, Any], node: str) -> str:
    """What to call a node in output: its name, else its title, else its id."""
    return str(data.get("name") or data.get("title") or node)


def _add_nodes(target: nx.Graph, g: TalentGraph, nodes: Iterable[str]) -> None:
    for node in nodes:
        data = g.nodes[node]
        target.add_node(node, label=data["label"], name=display_name(data, node))


def _tie(target: nx.Graph, a: str, b: str, reason: str) -> None:
    if a == b:
        return
    if target.has_edge(a, b):
        edge = target.edges[a, b]
        if reason in edge["ties"]:
            return
        edge["weight"] += 1
        edge["ties"] = sorted([*edge["ties"], reason])
    else:
        target.add_edge(a, b, weight=1, ties=[reason])


def _of_label(g: TalentGraph, label: Label) -> list[str]:
    return sorted(n for n, d in g.nodes(data=True) if d.get("label") == label)


def _edges(g: TalentGraph, rel: Rel) -> Iterable[tuple[str, str, dict[str, Any]]]:
    for src, dst, data in g.edges(data=True):
        if data.get("type") == rel:
            yield src, dst, data


def _tenure(data: dict[str, Any], today_month: int) -> tuple[int, int] | None:
    """A role's months, both ends included; an open-ended role runs to ``today_month``
    only when it is marked current (an unknown end counts as the start month only), the
    same rule as ``queries/colleagues.cypher``."""
    start = data.get("start_month")
    if start is None:
        return None
    end = data.get("end_month")
    if end is None:
        end = today_month if data.get("current") else start
    return start, end


#: Colleague pairs at one employer grow with the square of its headcount: at 10^4
#: synthetic people the projection had 59 ties per person, 47x the ties of 10^3 for 10x
#: the people, because the employers grow with the pool.  So an employer with more than
#: ``LARGE_EMPLOYER`` stints ties each stint only to the ``COLLEAGUE_WINDOW`` overlapping
#: colleagues who joined nearest before it (later joiners tie back to it the same way):
#: the cohort one joined with, a bounded number per stint, so the projection grows
#: linearly.  Smaller employers keep every overlapping pair; the largest employer of the
#: 10^3 synthetic corpus has 55 stints and the seeds' far fewer, so those projections are
#: exact.
LARGE_EMPLOYER = 100
COLLEAGUE_WINDOW = 4


def _colleague_pairs(rows: list[tuple[int, int, str]], window: int,
                     ) -> Iterator[tuple[str, str]]:
    """The colleague pairs among one organization's stints ``(start, end, person)``.

    A sweep in start order: the stints still running when a stint starts are exactly
    those whose tenure overlaps it (they started no later and end no earlier), so with
    at most ``window`` of them every overlapping pair is produced; beyond that only the
    ``window`` that started most recently (nearest in time) are.  Each stint adds at most
    ``window`` pairs, so the projection grows linearly with the number of stints."""
    running: dict[int, str] = {}  # stints not yet ended, by start order: who
    ends: list[tuple[int, int]] = []  # heap of (end month, start order)
    for order, (start, end, person) in enumerate(sorted(rows)):
        while ends and ends[0][0] < start:
            del running[heapq.heappop(ends)[1]]
        for other in islice(reversed(running.values()), window):
            yield other, person
        running[order] = person
        heapq.heappush(ends, (end, order))


def _colleagues(target: nx.Graph, g: TalentGraph, today_month: int,
                window: int | None, large: int) -> bool:
    """Adds the colleague ties; whether the cap cut any employer's pairs."""
    stints: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for person, org, data in _edges(g, Rel.WORKED_AT):
        tenure = _tenure(data, today_month)
        if tenure:
            stints[org].append((*tenure, person))
    cut = False
    for org, rows in stints.items():
        name = display_name(g.nodes[org], org)
        capped = window is not None and len(rows) > large
        cut = cut or capped
        for a, b in _colleague_pairs(rows, window if capped else len(rows)):
            _tie(target, a, b, f"colleagues@{name}")
    return cut


def _shared(target: nx.Graph, g: TalentGraph, rel: Rel, kind: str) -> None:
    members: dict[str, set[str]] = defaultdict(set)
    for person, thing, _ in _edges(g, rel):
        members[thing].add(person)
    for thing, people_ in members.items():
        name = display_name(g.nodes[thing], thing)
        for a, b in combinations(sorted(people_), 2):
            _tie(target, a, b, f"{kind}@{name}")


def people(g: TalentGraph, *, ties: Iterable[str] = _DEFAULT_TIES,
           today_month: int | None = None,
           colleague_window: int | None = COLLEAGUE_WINDOW,
           large_employer: int = LARGE_EMPLOYER) -> nx.Graph:
    """Person–person graph: colleagues (overlapping tenures at one organization),
    co-authors, advisor–student pairs and, if asked, alumni of one school.  Alumni are off
    by default: a large school is a clique that drowns every other tie.  At an employer
    with more than ``large_employer`` stints, a stint is tied to the ``colleague_window``
    overlapping colleagues who joined nearest before it (see :data:`COLLEAGUE_WINDOW`);
    ``colleague_window=None`` ties every overlapping pair everywhere."""
    chosen = set(ties)
    unknown = chosen - set(PERSON_TIES)
    if unknown:
        raise ValueError(f"unknown ties {sorted(unknown)}; choose from {PERSON_TIES}")
    month = current_month() if today_month is None else today_month
    # the month and whether the cap cut anything travel with the graph, so an engine that
    # rebuilds the projection elsewhere (GDS, from the stored graph) knows if it can
    target = nx.Graph(projection="people", ties=sorted(chosen), today_month=month,
                      capped=False)
    _add_nodes(target, g, _of_label(g, Label.Person))
    if "colleagues" in chosen:
        target.graph["capped"] = _colleagues(target, g, month, colleague_window,
                                             large_employer)
    if "coauthors" in chosen:
        _shared(target, g, Rel.AUTHORED, "coauthors")
    if "alumni" in chosen:
        _shared(target, g, Rel.STUDIED_AT, "alumni")
    if "advising" in chosen:
        for student, advisor, _ in _edges(g, Rel.ADVISED_BY):
            _tie(target, student, advisor, "advising")
    return target


def why_alone(g: TalentGraph, person: str) -> str:
    """Why a person has no tie in a people projection, from the whole graph: what, if
    anything, they share with other people (skills, a school, an employer at other
    times), which the projection does not count as a tie."""
    shared: dict[str, set[str]] = {}
    for rel, what in ((Rel.HAS_SKILL, "skills"), (Rel.STUDIED_AT, "a school"),
                      (Rel.WORKED_AT, "an employer at other times")):
        others: set[str] = set()
        for _, thing, data in g.out_edges(person, data=True):
            if data.get("type") != rel:
                continue
            others.update(p for p, _, d in g.in_edges(thing, data=True)
                          if d.get("type") == rel and p != person)
        if others:
            shared[what] = others
    if not shared:
        return "isolated: no colleague, co-author or advisor, and nothing shared with anyone"
    people_count = len(set().union(*shared.values()))
    return (f"no colleague, co-author or advisor; only tied through {' and '.join(shared)} "
            f"(shared with {people_count} {'person' if people_count == 1 else 'people'})")


def skill_cooccurrence(g: TalentGraph) -> nx.Graph:
    """Skill–skill graph: two skills are tied by every person who has both."""
    target = nx.Graph(projection="skills")
    held: dict[str, set[str]] = defaultdict(set)
    for person, skill, _ in _edges(g, Rel.HAS_SKILL):
        held[person].add(skill)
    _add_nodes(target, g, sorted({s for skills in held.values() for s in skills}))
    for person, skills in held.items():
        for a, b in combinations(sorted(skills), 2):
            _tie(target, a, b, person)
    return target


def person_skill(g: TalentGraph) -> nx.Graph:
    """Bipartite person–skill graph (``bipartite`` is 0 for people, 1 for skills)."""
    target = nx.Graph(projection="person-skill")
    _add_nodes(target, g, _of_label(g, Label.Person))
    _add_nodes(target, g, _of_label(g, Label.Skill))
    for _node, data in target.nodes(data=True):
        data["bipartite"] = 0 if data["label"] == Label.Person else 1
    for person, skill, _ in _edges(g, Rel.HAS_SKILL):
        _tie(target, person, skill, "HAS_SKILL")
    return target


def whole_graph(g: TalentGraph) -> nx.Graph:
    """Every node but résumés, undirected; parallel relationships add to ``weight``.
    Résumé nodes are provenance, not talent: each would only hang off its owner."""
    target = nx.Graph(projection="whole")
    _add_nodes(target, g, sorted(n for n, d in g.nodes(data=True)
                                 if d.get("label") != Label.Resume))
    for src, dst, data in g.edges(data=True):
        if src in target and dst in target:
            _tie(target, src, dst, str(data.get("type")))
    return target


@dataclass(frozen=True)
class Projection:
    """A named projection, as ``--projection`` offers it."""

    name: str
    description: str
    build: Callable[..., nx.Graph]


PROJECTIONS: dict[str, Projection] = {
    p.name: p for p in (
        Projection("people", "people tied as colleagues, co-authors or advisor-student",
                   people),
        Projection("colleagues", "people whose tenures at one organization overlapped",
                   lambda g, **kw: people(g, ties=("colleagues",), **kw)),
        Projection("coauthors", "people who wrote a paper together",
                   lambda g, **kw: people(g, ties=("coauthors",), **kw)),
        Projection("alumni", "people who studied at the same school",
                   lambda g, **kw: people(g, ties=("alumni",), **kw)),
        Projection("skills", "skills tied by the people who have both",
                   lambda g, **kw: skill_cooccurrence(g)),
        Projection("person-skill", "bipartite people and their skills",
                   lambda g, **kw: person_skill(g)),
        Projection("whole", "the whole graph (no résumé nodes), undirected",
                   lambda g, **kw: whole_graph(g)),
    )
}


def project(g: TalentGraph, name: str, **options: Any) -> nx.Graph:
    """Build the projection called ``name`` (see :data:`PROJECTIONS`)."""
    try:
        projection = PROJECTIONS[name]
    except KeyError:
        raise ValueError(f"unknown projection {name!r}; choose from "
                         f"{', '.join(PROJECTIONS)}") from None
    return projection.build(g, **options)

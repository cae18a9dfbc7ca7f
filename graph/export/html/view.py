"""Which part of the graph the explorer draws: everything, an ego network, or the most
central people and what ties them.

A browser draws a few thousand nodes smoothly; the 10^4-people synthetic graph has
~55,000.  So above :data:`DEFAULT_LIMIT` nodes the default is the :data:`DEFAULT_TOP` most
central people, and the page says so.  Walks go through professional ties only (the
relationship types of :data:`~talentgraph.queries.analyses.paths.CONNECTION_TYPES`):
skills, places, venues and résumés are shown where they touch the view but never walked
through, since everyone shares Python and two hops through it reach the whole pool.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

from talentgraph.graph.model import TalentGraph
from talentgraph.ontology.schema import Label
from talentgraph.queries.analyses.paths import CONNECTION_TYPES

__all__ = ["DEFAULT_LIMIT", "DEFAULT_TOP", "View", "around", "choose", "find_person", "top"]

DEFAULT_LIMIT = 3_000  # nodes above which the default view is cut
DEFAULT_TOP = 300  # people the cut default view keeps (~1,300 nodes at 10^4 people)


@dataclass(frozen=True)
class View:
    """The node ids to draw and a sentence for the page saying what they are."""

    nodes: frozenset[str]
    note: str
    cut: bool  # True when the view is not the whole graph


def find_person(graph: TalentGraph, ref: str) -> str:
    """The id of the person ``ref`` names: an id, or a name (case-insensitive) that
    exactly one person has."""
    if graph.nodes.get(ref, {}).get("label") == Label.Person:
        return ref
    wanted = ref.casefold().strip()
    found = sorted(n for n, d in graph.nodes(data=True)
                   if d.get("label") == Label.Person
                   and str(d.get("name", "")).casefold() == wanted)
    if not found:
        raise ValueError(f"no person is called {ref!r} (give a name or an id such as "
                         "person:…)")
    if len(found) > 1:
        raise ValueError(f"{len(found)} people are called {ref!r}: "
                         f"{', '.join(found[:5])}; give one of these ids")
    return found[0]


def _connections(graph: TalentGraph, node: str) -> Iterable[str]:
    for _, other, data in graph.out_edges(node, data=True):
        if data.get("type") in CONNECTION_TYPES:
            yield other
    for other, _, data in graph.in_edges(node, data=True):
        if data.get("type") in CONNECTION_TYPES:
            yield other


def _with_leaves(graph: TalentGraph, reached: set[str], person: str) -> set[str]:
    """``reached`` and the nodes one relationship away that are not walked through (a
    skill, place, venue, résumé): those of ``person`` and of the reached things, not of
    the other people (at 10^4 people their skills were most of a two-hop view)."""
    owners = {n for n in reached if n == person
              or graph.nodes[n].get("label") != Label.Person}
    leaves = {other for node in owners
              for other in (*graph.successors(node), *graph.predecessors(node))
              if other not in reached and not any(True for _ in _connections(graph, other))}
    return reached | leaves


def around(graph: TalentGraph, person: str, hops: int) -> set[str]:
    """The ego network: nodes within ``hops`` professional ties of ``person``, with what
    the person and those things touch."""
    reached = {person}
    frontier = {person}
    for _ in range(hops):
        frontier = {o for n in frontier for o in _connections(graph, n)} - reached
        reached |= frontier
    return _with_leaves(graph, reached, person)


def top(graph: TalentGraph, scores: Mapping[Hashable, float], n: int) -> tuple[set[str], int]:
    """The ``n`` people with the highest ``scores`` and every node two or more of them
    are professionally tied to (the employers, schools, papers, awards… they share); also
    how many people.  Shared skills are left out: at 10^4 people they were four in five
    of the drawn relationships and tie nearly everyone to everyone."""
    people = sorted((node for node, d in graph.nodes(data=True)
                     if d.get("label") == Label.Person),
                    key=lambda node: (-scores.get(node, 0.0), node))[:n]
    chosen = set(people)
    shared = Counter(other for person in people
                     for other in set(_connections(graph, person)) if other not in chosen)
    return chosen | {node for node, count in shared.items() if count >= 2}, len(people)


def _describe(graph: TalentGraph, nodes: set[str]) -> str:
    rels = graph.subgraph(nodes).number_of_edges()
    return (f"{len(nodes):,} of {graph.number_of_nodes():,} nodes and {rels:,} of "
            f"{graph.number_of_edges():,} relationships")


def _size_warning(nodes: set[str]) -> str:
    if len(nodes) <= DEFAULT_LIMIT:
        return ""
    return (f" This view has {len(nodes):,} nodes: the page may take several seconds to "
            "open; fewer --hops or a smaller --top draws faster.")


def choose(graph: TalentGraph, scores: Mapping[Hashable, float], *, around_person: str | None
           = None, hops: int = 2, top_people: int | None = None, everything: bool = False
           ) -> View:
    """The view the options ask for (``scores`` rank people for ``top_people`` and the
    default cut; PageRank on the whole graph)."""
    total = graph.number_of_nodes()
    hint = ("Export another view with talentgraph export --format html --around PERSON "
            "--hops N, --top N or --all.")
    if around_person is not None:
        person = find_person(graph, around_person)
        nodes = around(graph, person, hops)
        name = graph.nodes[person].get("name") or person
        return View(frozenset(nodes), f"Showing everything within {hops} professional "
                    f"{'tie' if hops == 1 else 'ties'} of {name}, with {name}'s skills, places and "
                    f"résumés: {_describe(graph, nodes)}.{_size_warning(nodes)}",
                    cut=len(nodes) < total)
    if top_people is not None or (total > DEFAULT_LIMIT and not everything):
        nodes, kept = top(graph, scores, top_people or DEFAULT_TOP)
        reason = "" if top_people is not None else (
            f"This graph has {total:,} nodes, more than a browser draws smoothly. ")
        return View(frozenset(nodes), f"{reason}Showing the {kept:,} most central people "
                    "(PageRank on the whole graph) and the employers, schools, papers… two "
                    f"or more of them share: {_describe(graph, nodes)}."
                    f"{_size_warning(nodes)} {hint}",
                    cut=len(nodes) < total)
    return View(frozenset(graph.nodes), f"Showing the whole graph: {total:,} nodes and "
                f"{graph.number_of_edges():,} relationships.", cut=False)

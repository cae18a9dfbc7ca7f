"""People like a given person: Jaccard similarity over what they have and where they were.

The in-memory twin of ``queries/similar_people.cypher`` (same features, same numbers); an
inverted index makes it cheap where the Cypher version scans (1.5 ms vs 250 ms at 10^5
people in the notes).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from talentgraph.graph.model import TalentGraph
from talentgraph.ontology.schema import Label, Rel

__all__ = ["FEATURE_TYPES", "features", "jaccard", "similar_people"]

FEATURE_TYPES = (Rel.HAS_SKILL, Rel.WORKED_AT, Rel.STUDIED_AT)


def jaccard(a: set[str], b: set[str]) -> float:
    """Shared over combined (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def features(g: TalentGraph, types: Iterable[Rel] = FEATURE_TYPES) -> dict[str, set[str]]:
    """Each person's skills, employers and schools (node ids)."""
    wanted = {Rel(t).value for t in types}
    result: dict[str, set[str]] = defaultdict(set)
    for src, dst, data in g.edges(data=True):
        if data.get("type") in wanted and g.nodes[src].get("label") == Label.Person:
            result[src].add(dst)
    return dict(result)


def similar_people(g: TalentGraph, person: str, *, top: int | None = 10,
                   types: Iterable[Rel] = FEATURE_TYPES) -> dict[str, float]:
    """``{person id: Jaccard}`` for everyone sharing at least one feature with ``person``,
    most similar first (ties by id)."""
    feats = features(g, types)
    own = feats.get(person, set())
    holders: dict[str, set[str]] = defaultdict(set)
    for other, items in feats.items():
        for item in items:
            holders[item].add(other)
    candidates = {other for item in own for other in holders[item]} - {person}
    scores = {other: jaccard(own, feats[other]) for other in candidates}
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return dict(ranked if top is None else ranked[:top])

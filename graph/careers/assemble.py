"""Careers in the graph: what the builder adds to roles, people and skills.

The model (``ontology/talent.ttl``), and why:

* Each ``WORKED_AT`` carries its role's ``occupation`` (the id of an ``:Occupation`` node),
  ``occupation_confidence``, ``occupation_title`` (the label that matched: the evidence) and
  ``occupation_note`` (how, or why no occupation), and ``seniority`` with
  ``seniority_evidence``.  The per-role facts stay on the role, where the title and dates
  are; no query has to guess which role an occupation came from.
* ``(:Person)-[:HELD_OCCUPATION]->(:Occupation)``, one per person and occupation, sums up
  the roles (titles, matched labels, best confidence, levels, first and last month), so
  that "people by occupation" (and "data scientists by seniority", "which occupation
  next") is a traversal over a few edges per person like "people by skill", and
  ``(:Occupation)-[:BROADER]->(:Occupation)`` (the SOC minor and major groups) lets a query
  include narrower occupations exactly as ``BROADER`` does for skills.
* Reifying the role as a ``:Position`` node was rejected: every query, export and analysis
  of ``WORKED_AT`` would change and gain a hop, for a node holding what the relationship
  already holds.
* ``HAS_SKILL`` gains ``months``, ``first_used``, ``last_used``, ``found_in`` and ``as_of``;
  the Resume node ``as_of`` and ``as_of_basis`` (:mod:`.asof`).

Months of a person whose résumés arrive in separate load batches are those of the latest
batch's résumés (a store keeps the newest value of a property): load a person's résumés
together to count them all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from talentgraph.loaders.models import Position, Resume
from talentgraph.ontology.careers import OccupationConcept, occupations, seniority
from talentgraph.ontology.schema import Label, Rel

from ..model import problem, rel_kinds
from ..normalize import hash_id
from .asof import AsOf, month_of
from .experience import skill_experience
from .occupations import matcher
from .seniority import seniority_of_resume

__all__ = ["OCCUPATION_SOURCE", "CareerAssembler", "occupation_id"]

OCCUPATION_SOURCE = "ontology:occupations.ttl"


class Builder(Protocol):
    """What this module needs of ``graph.build._Builder``."""

    graph: Any

    def node(self, label: Label, node_id: str, sources: Iterable[str], **props: Any) -> str: ...

    def edge(self, rel: Rel, src: str, dst: str, edge_id: str, sources: Iterable[str],
             **props: Any) -> str: ...

    def edge_sources(self, src: str, dst: str, edge_id: str) -> set[str]: ...


def occupation_id(concept: OccupationConcept) -> str:
    """The node id of an occupation or group: ``occupation:<code>``."""
    return f"occupation:{concept.id}"


class CareerAssembler:
    """Adds occupations, levels and months of experience to a graph being built."""

    def __init__(self, builder: Builder, as_of: AsOf) -> None:
        self.b = builder
        self.as_of = as_of
        self.matcher = matcher()
        self.scheme = seniority()
        self._readings: dict[str, list[Any]] = {}
        self._roles: list[tuple[str, str, str]] = []  # WORKED_AT with an occupation

    # -- per résumé ----------------------------------------------------------------------
    def resume_props(self, resume: Resume) -> dict[str, Any]:
        """``as_of`` and ``as_of_basis`` of the Resume node."""
        day, basis = self.as_of.of(resume.source_file)
        return {"as_of": day.isoformat(), "as_of_basis": basis}

    def role_props(self, resume: Resume, index: int, position: Position) -> dict[str, Any]:
        """Occupation and seniority properties of the ``index``-th role of ``resume``
        (adding the occupation's node and the groups above it)."""
        readings = self._readings.get(resume.source_file)
        if readings is None:
            now = month_of(self.as_of.of(resume.source_file)[0])
            readings = self._readings[resume.source_file] = seniority_of_resume(
                resume, self.scheme, now)
        reading = readings[index]
        match = self.matcher.match(position.title)
        props: dict[str, Any] = {"seniority": reading.level.value,
                                 "seniority_evidence": reading.evidence,
                                 "occupation_note": match.note}
        if match.occupation is not None:
            props.update(occupation=self._occupation(match.occupation, [resume.source_file]),
                         occupation_confidence=match.confidence,
                         occupation_title=match.label)
        return props

    def role_added(self, person: str, organization: str, edge_id: str) -> None:
        """Note a WORKED_AT just built, for :meth:`finish` (cheaper than finding the
        roles again among every edge of every person)."""
        self._roles.append((person, organization, edge_id))

    def _occupation(self, concept: OccupationConcept, sources: list[str]) -> str:
        node_id = occupation_id(concept)
        fresh = node_id not in self.b.graph
        self.b.node(Label.Occupation, node_id, sources, name=concept.pref_label,
                    code=concept.notation, kind=concept.kind, isco08=list(concept.isco08))
        if fresh:
            self._broader(concept, node_id)
        return node_id

    def _broader(self, concept: OccupationConcept, node_id: str) -> None:
        taxonomy = occupations()
        for parent_id in concept.broader:
            parent = taxonomy.get(parent_id)
            parent_node = occupation_id(parent)
            fresh = parent_node not in self.b.graph
            self.b.node(Label.Occupation, parent_node, [OCCUPATION_SOURCE],
                        name=parent.pref_label, code=parent.notation, kind=parent.kind,
                        isco08=list(parent.isco08))
            self.b.edge(Rel.BROADER, node_id, parent_node,
                        f"broader:{hash_id(node_id, parent_node)}", [OCCUPATION_SOURCE])
            if fresh:
                self._broader(parent, parent_node)

    # -- per person, once every résumé is in ------------------------------------------------
    def finish(self, resumes: Iterable[Resume], owner_of: Mapping[str, str]) -> None:
        """HELD_OCCUPATION of every person, and the months of experience of their skills."""
        self._held_occupations()
        by_person: dict[str, list[Resume]] = defaultdict(list)
        for resume in resumes:
            by_person[owner_of[resume.source_file]].append(resume)
        for person, own in by_person.items():
            self._experience(person, own)

    def _held_occupations(self) -> None:
        graph = self.b.graph
        held: dict[tuple[str, str], dict[str, tuple[str, str, str, dict[str, Any]]]] = \
            defaultdict(dict)
        for src, dst, key in self._roles:
            data = graph.edges[src, dst, key]
            if data.get("occupation"):  # a role told twice is one edge, noted twice
                held[src, data["occupation"]][key] = (src, dst, key, data)
        for (person, occupation), by_key in held.items():
            roles = list(by_key.values())
            sources = set().union(*(self.b.edge_sources(s, d, k) for s, d, k, _ in roles))
            datas = [data for *_, data in roles]
            current = any(d.get("current") for d in datas)
            starts = [d["start_month"] for d in datas if d.get("start_month") is not None]
            ends = [d["end_month"] for d in datas if d.get("end_month") is not None]
            self.b.edge(
                Rel.HELD_OCCUPATION, person, occupation,
                f"held:{hash_id(person, occupation)}", sorted(sources),
                titles=sorted({t for d in datas for t in d.get("titles", ())}),
                matched_titles=sorted({d["occupation_title"] for d in datas
                                       if d.get("occupation_title")}),
                confidence=max(d.get("occupation_confidence", 0.0) for d in datas),
                levels=sorted({d["seniority"] for d in datas if d.get("seniority")},
                              key=lambda level: self.scheme.levels[level].rank),
                start_month=min(starts) if starts else None,
                end_month=None if current or not ends else max(ends), current=current)

    def _experience(self, person: str, resumes: list[Resume]) -> None:
        graph = self.b.graph
        skills: dict[str, tuple[str, str | None]] = {}
        listed: set[str] = set()
        edges: dict[str, str] = {}
        for _, skill, key, data in graph.out_edges(person, keys=True, data=True):
            if data["type"] != Rel.HAS_SKILL:
                continue
            node = graph.nodes[skill]
            skills[skill] = (node["name"], skill.removeprefix("skill:")
                             if node.get("in_taxonomy") else None)
            edges[skill] = key
            if not data.get("mentioned"):
                listed.add(skill)
        if not skills:
            return
        dates = {r.source_file: self.as_of.of(r.source_file)[0] for r in resumes}
        as_of = max(dates.values()).isoformat()
        found = skill_experience(resumes, skills, listed,
                                 lambda source: month_of(dates[source]))
        _, kinds, _ = rel_kinds(Rel.HAS_SKILL)
        for skill, experience in found.items():
            props = {"months": experience.months, "first_used": experience.first_used,
                     "last_used": experience.last_used, "found_in": list(experience.found_in),
                     "as_of": as_of if experience.months is not None else None}
            props = {k: v for k, v in props.items() if v is not None}
            # new properties of an edge built moments ago: checked, then set in place (the
            # builder's merge and checks of the whole edge cost 13k times at 10^3 people)
            found_problem = problem(Rel.HAS_SKILL.value, kinds, props)
            if found_problem:
                raise TypeError(found_problem)
            graph.edges[person, skill, edges[skill]].update(props)

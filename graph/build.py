"""Graph builder: resolved résumé records → the talent graph (networkx ``MultiDiGraph``).

This is the graph the stores write and the analyses and exporters read.  Nodes and edges
that several résumés describe are built once and list every source; the same role told
twice ("Research Assistant" and "Graduate Research Assistant" at one employer over the same
months) becomes one WORKED_AT edge carrying both titles.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any

from talentgraph.loaders.models import Location, Resume
from talentgraph.ontology import taxonomy
from talentgraph.ontology.names import fold_words
from talentgraph.ontology.schema import Label, Rel

from .careers.asof import AsOf
from .careers.assemble import CareerAssembler
from .model import TalentGraph, add_edge, add_node, merge_value, new_graph
from .normalize import (
    KnownOrgs,
    affiliation_key,
    awarder_in_title,
    canonical_org,
    canonical_skill,
    canonical_venue,
    degree_level,
    hash_id,
    is_school_name,
    month_number,
    name_key,
    slug,
    title_key,
)
from .resolve import KnownPerson, Resolution, resolve_people

__all__ = ["TAXONOMY_SOURCE", "build_graph"]

log = logging.getLogger(__name__)

TAXONOMY_SOURCE = "ontology:skills.ttl"
_LAB_WORDS = re.compile(r"\b(laborator(y|ies)|labs?|research center|national lab)\b", re.I)
_SOCIETY_WORDS = re.compile(r"\b(society|association|academy of|honor|honour|fraternity)\b", re.I)


class _Builder:
    """Accumulates nodes and edges, merging repeats (sources and lists unioned).

    A node most résumés mention (a popular skill, a big employer, a taxonomy parent)
    collects thousands of sources; re-sorting and re-checking that list on every mention
    made a build quadratic (10^4 résumés: 149 s).  Sources are kept in sets and written
    once by :meth:`finish`, and a repeat checks and merges only the properties it brings.
    """

    def __init__(self) -> None:
        self.graph = new_graph()
        self._node_sources: dict[str, set[str]] = {}
        self._edge_sources: dict[tuple[str, str, str], set[str]] = {}

    def node(self, label: Label, node_id: str, sources: Iterable[str], **props: Any) -> str:
        props = {k: v for k, v in props.items() if v is not None}
        old = self.graph.nodes.get(node_id)
        if old is not None:
            props = _merged(old, props)
            self._node_sources[node_id].update(sources)
            if not props and old["label"] == label:  # a repeat that adds nothing
                return node_id
        else:
            self._node_sources[node_id] = set(sources)
        add_node(self.graph, label, node_id, **props)
        return node_id

    def edge(self, rel: Rel, src: str, dst: str, edge_id: str, sources: Iterable[str],
             **props: Any) -> str:
        props = {k: v for k, v in props.items() if v is not None}
        old = self.graph.get_edge_data(src, dst, edge_id)
        if old is not None:
            props = _merged(old, props)
            self._edge_sources[src, dst, edge_id].update(sources)
            if not props and old["type"] == rel:  # a repeat that adds nothing
                return edge_id
        else:
            self._edge_sources[src, dst, edge_id] = set(sources)
        add_edge(self.graph, rel, src, dst, edge_id, **props)
        return edge_id

    def edge_sources(self, src: str, dst: str, edge_id: str) -> set[str]:
        """The sources gathered so far for an edge."""
        return self._edge_sources.get((src, dst, edge_id), set())

    def finish(self) -> TalentGraph:
        """The graph, every node and edge listing its sources, sorted."""
        for node_id, sources in self._node_sources.items():
            self.graph.nodes[node_id]["sources"] = sorted(sources)
        for (src, dst, key), sources in self._edge_sources.items():
            self.graph.get_edge_data(src, dst, key)["sources"] = sorted(sources)
        return self.graph


def _merged(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The new properties merged with the existing ones by the store's order-free rule
    (:func:`~talentgraph.graph.store.merge.merge_value`: lists unioned, flags or-ed, the
    smaller of two values kept), so one batch and many give the same values.  Only the
    keys of ``new`` that change are returned: the rest of ``old`` stays as it is."""
    out: dict[str, Any] = {}
    for key, value in new.items():
        if key not in old:
            out[key] = value
            continue
        merged = merge_value(key, old[key], value)
        if merged != old[key]:
            out[key] = merged
    return out


def _org_kind(name: str, *, school: bool) -> str:
    concept = taxonomy.organizations().lookup(name)
    if concept is not None and concept.kind:
        return concept.kind
    if _LAB_WORDS.search(name):
        return "lab"
    if school or is_school_name(name):
        return "university"
    if _SOCIETY_WORDS.search(name):
        return "society"
    return "company"


def _location_id(loc: Location) -> str | None:
    if loc.remote:
        return None
    parts = [p for p in (loc.city, loc.region, loc.country) if p] or [loc.raw]
    key = slug(", ".join(parts))
    return f"loc:{key}" if key != "x" else None


class _GraphAssembler:
    """Turns each résumé into nodes and edges, given who is who."""

    def __init__(self, resolution: Resolution, known_orgs: set[str], as_of: AsOf) -> None:
        self.b = _Builder()
        self.res = resolution
        self.known_orgs = known_orgs
        self.careers = CareerAssembler(self.b, as_of)

    # -- organizations, places, skills ------------------------------------------------
    def org(self, raw: str, source: str, *, employer: bool = False, school: bool = False,
            kind: str | None = None) -> tuple[str, str | None]:
        name, department = canonical_org(raw, self.known_orgs)
        node_id = f"org:{slug(name)}"
        aliases = [raw] if raw != name else []
        self.b.node(Label.Organization, node_id, [source], name=name, name_key=fold_words(name),
                    name_lower=name.lower(),
                    kind=kind or _org_kind(name, school=school),
                    # only a role seen sets a flag: "not an employer in this batch" is
                    # unknown, and must not clear a flag another batch set in the store
                    is_employer=True if employer else None,
                    is_school=True if school else None, aliases=aliases)
        return node_id, department

    def located(self, node_id: str, loc: Location | None, source: str) -> None:
        if loc is None:
            return
        loc_id = _location_id(loc)
        if loc_id is None:
            return
        name = ", ".join(p for p in (loc.city, loc.region, loc.country) if p) or loc.raw
        self.b.node(Label.Location, loc_id, [source], name=name, city=loc.city,
                    region=loc.region, country=loc.country)
        self.b.edge(Rel.LOCATED_IN, node_id, loc_id, f"located:{hash_id(node_id, loc_id)}",
                    [source])

    def skill(self, raw: str, sources: list[str]) -> str:
        name, concept_id = canonical_skill(raw)
        node_id = f"skill:{concept_id or slug(name)}"
        fresh = node_id not in self.b.graph
        self.b.node(Label.Skill, node_id, sources, name=name, in_taxonomy=concept_id is not None)
        if concept_id is not None and fresh:  # its parents come with its first mention
            self._broader(concept_id, node_id)
        return node_id

    def _broader(self, concept_id: str, node_id: str) -> None:
        skills = taxonomy.skills()
        for parent_id in skills.get(concept_id).broader:
            parent = skills.get(parent_id)
            parent_node = f"skill:{parent.id}"
            fresh = parent_node not in self.b.graph
            self.b.node(Label.Skill, parent_node, [TAXONOMY_SOURCE], name=parent.pref_label,
                        in_taxonomy=True)
            self.b.edge(Rel.BROADER, node_id, parent_node,
                        f"broader:{hash_id(node_id, parent_node)}", [TAXONOMY_SOURCE])
            if fresh:
                self._broader(parent.id, parent_node)

    # -- one résumé --------------------------------------------------------------------
    def resume(self, resume: Resume) -> None:
        src = resume.source_file
        person = self.res.owner_of[src]
        record = self.res.people[person]
        contact = resume.contact
        self.b.node(
            Label.Person, person, [src], name=record.name, name_key=name_key(record.name),
            name_lower=record.name.lower(),
            emails=record.emails, phones=record.phones, urls=record.urls,
            headline=contact.label, location=contact.location.raw if contact.location else None,
            name_inferred=record.name_inferred, name_evidence=record.name_evidence,
            is_owner=True, anonymous=record.anonymous,
        )
        doc_id = f"resume:{src}"
        self.b.node(Label.Resume, doc_id, [src], name=PurePosixPath(src).name, path=src,
                    sha256=resume.sha256, format=resume.format,
                    unparsed_lines=len(resume.unparsed),
                    coverage=resume.coverage.share_used if resume.coverage else None,
                    low_coverage=resume.coverage.low_confidence if resume.coverage else None,
                    **self.careers.resume_props(resume))
        self.b.edge(Rel.DESCRIBED_IN, person, doc_id, f"described:{hash_id(person, doc_id)}",
                    [src])
        self.located(person, contact.location, src)
        self.positions(resume, person)
        self.education(resume, person)
        self.skills(resume, person)
        self.publications(resume, person)
        self.honors(resume, person)

    def positions(self, resume: Resume, person: str) -> None:
        src = resume.source_file
        for index, pos in enumerate(resume.positions):
            org_id, department = self.org(pos.employer, src, employer=True)
            self.located(org_id, pos.location, src)
            start, end = month_number(pos.start), month_number(pos.end, end=True)
            edge_id = self._same_role(person, org_id, start, end) or (
                f"worked:{hash_id(person, org_id, pos.start or pos.title or '')}")
            self.b.edge(
                Rel.WORKED_AT, person, org_id, edge_id, [src], title=pos.title,
                titles=[pos.title] if pos.title else [], team=pos.team or department,
                location=pos.location.raw if pos.location else None, start_date=pos.start,
                end_date=pos.end, start_month=start, end_month=end, current=pos.current,
                confidence=pos.confidence, **self.careers.role_props(resume, index, pos),
            )
            self.careers.role_added(person, org_id, edge_id)

    def _same_role(self, person: str, org_id: str, start: int | None,
                   end: int | None) -> str | None:
        """An existing WORKED_AT edge this role repeats: same start month, or a mostly
        overlapping period."""
        if not self.b.graph.has_edge(person, org_id):
            return None
        for key, data in self.b.graph.get_edge_data(person, org_id).items():
            if data["type"] != Rel.WORKED_AT:
                continue
            other_start, other_end = data.get("start_month"), data.get("end_month")
            if start is None or other_start is None:
                continue
            if start == other_start:
                return key
            hi_a = end if end is not None else 10**6
            hi_b = other_end if other_end is not None else 10**6
            overlap = min(hi_a, hi_b) - max(start, other_start) + 1
            shorter = min(hi_a - start, hi_b - other_start) + 1
            if overlap > 0 and overlap >= 0.5 * shorter:
                return key
        return None

    def education(self, resume: Resume, person: str) -> None:
        src = resume.source_file
        for edu in resume.education:
            org_id, _ = self.org(edu.school, src, school=True)
            self.located(org_id, edu.location, src)
            level = degree_level(edu.degree, edu.degree_level)
            edge_id = f"studied:{hash_id(person, org_id, level or edu.degree or edu.start or '')}"
            self.b.edge(
                Rel.STUDIED_AT, person, org_id, edge_id, [src], degree=edu.degree,
                degree_level=level, field=edu.field,
                location=edu.location.raw if edu.location else None, start_date=edu.start,
                end_date=edu.end, start_month=month_number(edu.start),
                end_month=month_number(edu.end, end=True), current=edu.current,
                confidence=edu.confidence,
            )
            if edu.advisor:
                self.advisor(resume, person, edu.advisor)
        for advisor in resume.advisors:
            self.advisor(resume, person, advisor.name)

    def advisor(self, resume: Resume, person: str, name: str) -> None:
        if not name_key(name):  # no letter or digit ("—", an emoji): names nobody
            return
        src = resume.source_file
        advisor_id = self.res.person_id(src, name)
        if advisor_id == person:
            return
        record = self.res.people[advisor_id]
        self.b.node(Label.Person, advisor_id, [src], name=record.name,
                    name_key=name_key(record.name), name_lower=record.name.lower(),
                    is_owner=record.is_owner)
        self.b.edge(Rel.ADVISED_BY, person, advisor_id, f"advised:{hash_id(person, advisor_id)}",
                    [src])

    def skills(self, resume: Resume, person: str) -> None:
        src = resume.source_file
        for skill in resume.skills:
            skill_id = self.skill(skill.name, [src])
            edge_id = f"has_skill:{hash_id(person, skill_id)}"
            mentioned = skill.mentioned
            if self.b.graph.has_edge(person, skill_id, key=edge_id):
                mentioned = mentioned and self.b.graph.edges[person, skill_id, edge_id]["mentioned"]
                self.b.graph.edges[person, skill_id, edge_id]["mentioned"] = mentioned
            self.b.edge(Rel.HAS_SKILL, person, skill_id, edge_id, [src], category=skill.category,
                        mentioned=mentioned, confidence=skill.confidence)

    def publications(self, resume: Resume, person: str) -> None:
        src = resume.source_file
        for pub in resume.publications:
            paper = f"paper:{hash_id(title_key(pub.title))}"
            year = int(pub.year[:4]) if pub.year and pub.year[:4].isdigit() else None
            self.b.node(Label.Paper, paper, [src], title=pub.title, year=year, kind=pub.kind,
                        url=pub.url)
            if pub.venue:
                venue = canonical_venue(pub.venue)
                venue_id = f"venue:{slug(venue)}"
                concept = taxonomy.venues().lookup(venue)
                self.b.node(Label.Venue, venue_id, [src], name=venue,
                            kind=concept.kind if concept else None,
                            aliases=[pub.venue] if pub.venue != venue else [])
                self.b.edge(Rel.PUBLISHED_IN, paper, venue_id,
                            f"published:{hash_id(paper, venue_id)}", [src])
            co_first = {name_key(n) for n in pub.co_first_authors}
            authors = pub.authors or []
            if not authors:
                self.b.edge(Rel.AUTHORED, person, paper, f"authored:{hash_id(person, paper)}",
                            [src], confidence=pub.confidence)
            for i, author in enumerate(authors):
                if not name_key(author):  # no letter or digit: resolution has no one to name
                    continue
                author_id = self.res.person_id(src, author)
                if author_id != person:
                    record = self.res.people[author_id]
                    self.b.node(Label.Person, author_id, [src], name=record.name,
                                name_key=name_key(record.name), name_lower=record.name.lower(),
                                is_owner=record.is_owner)
                self.b.edge(Rel.AUTHORED, author_id, paper,
                            f"authored:{hash_id(author_id, paper)}", [src], position=i + 1,
                            co_first=name_key(author) in co_first, confidence=pub.confidence)

    def honors(self, resume: Resume, person: str) -> None:
        src = resume.source_file
        for award in resume.awards:
            award_id = f"award:{hash_id(person, title_key(award.title), award.date or '')}"
            self.b.node(Label.Award, award_id, [src], title=award.title, date=award.date)
            self.b.edge(Rel.RECEIVED, person, award_id, f"received:{hash_id(person, award_id)}",
                        [src], date=award.date)
            awarder = award.awarder or awarder_in_title(award.title)
            if awarder:
                org_id, _ = self.org(awarder, src)
                self.b.edge(Rel.CONFERRED_BY, award_id, org_id,
                            f"conferred:{hash_id(award_id, org_id)}", [src])
        for project in resume.projects:
            project_id = f"project:{hash_id(person, title_key(project.name))}"
            self.b.node(Label.Project, project_id, [src], name=project.name,
                        description=project.description, url=project.url)
            self.b.edge(Rel.WORKED_ON, person, project_id,
                        f"worked_on:{hash_id(person, project_id)}", [src])
            if project.organization:
                org_id, _ = self.org(project.organization, src)
                self.b.edge(Rel.PROJECT_AT, project_id, org_id,
                            f"project_at:{hash_id(project_id, org_id)}", [src])
        for patent in resume.patents:
            key = re.sub(r"\W", "", patent.number or "").upper() or hash_id(title_key(patent.title))
            patent_id = f"patent:{key}"
            self.b.node(Label.Patent, patent_id, [src], title=patent.title, number=patent.number,
                        date=patent.date)
            self.b.edge(Rel.INVENTED, person, patent_id, f"invented:{hash_id(person, patent_id)}",
                        [src])


def _org_names(resumes: list[Resume], known_orgs: set[str]) -> tuple[set[str], dict[str, set[str]]]:
    """Canonical org names of the batch (for department suffixes) and, per résumé, the
    owner's dated affiliations (:func:`affiliation_key`, for resolution)."""
    names = KnownOrgs(known_orgs)
    for resume in resumes:
        raw = [p.employer for p in resume.positions] + [e.school for e in resume.education]
        names.update(canonical_org(r)[0] for r in raw)
    per_resume = {
        r.source_file: {affiliation_key(canonical_org(p.employer, names)[0], "work", p.start)
                        for p in r.positions}
        | {affiliation_key(canonical_org(e.school, names)[0], "study", e.end or e.start)
           for e in r.education}
        for r in resumes
    }
    return names, per_resume


def build_graph(
    resumes: list[Resume],
    known_people: list[KnownPerson] | None = None,
    known_orgs: set[str] | None = None,
    *,
    as_of: AsOf | None = None,
) -> tuple[TalentGraph, Resolution]:
    """Build the talent graph of ``resumes`` (each ``source_file`` already the source key).

    ``known_people`` and ``known_orgs`` come from the store on an incremental load, so new
    résumés resolve against what is already there.  ``as_of`` is the date open-ended roles
    run to when months of experience are counted (:mod:`.careers.asof`; by default the
    load date, today, which is stored with the months).
    """
    resumes = sorted(resumes, key=lambda r: r.source_file)
    org_names, per_resume = _org_names(resumes, known_orgs or set())
    resolution = resolve_people(resumes, per_resume, known_people)
    assembler = _GraphAssembler(resolution, org_names, as_of or AsOf())
    for resume in resumes:
        assembler.resume(resume)
    assembler.careers.finish(resumes, resolution.owner_of)
    graph = assembler.b.finish()
    if log.isEnabledFor(logging.INFO):  # counting edges walks the whole graph
        log.info("built graph: %d nodes, %d edges from %d résumés",
                 graph.number_of_nodes(), graph.number_of_edges(), len(resumes))
    return graph, resolution

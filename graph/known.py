"""What entity resolution needs from the store during a load, read once and kept current.

Besides the candidates a batch resolves against, it says which stored people a batch
*touches* (:meth:`KnownEntities.touched`): those a mention of the batch could be the same
person as.  The load rebuilds every résumé of a touched person together with the batch,
so their identity is decided from all their mentions at once, as one load of every file
would decide it, whatever the batches were (the load pipeline, :mod:`talentgraph.pipeline`).

Resolving each batch against the store used to re-read every stored person, affiliation and
paper per batch: O(N²/batch) for a load of N résumés.  :class:`KnownEntities` reads them once
per load, refreshes only what a written batch can have changed (its people and
organizations, and on a re-load whatever cited the replaced files), and hands each batch only
the stored people resolution could join with its mentions.

Why a subset gives the same answer as every stored person: :func:`resolve_people` never
merges two stored people, so a stored person takes part only by meeting a mention of the
batch, and it can meet one only on a shared strong key (email, phone, profile URL) or inside
a name block (last name, first initial).  The candidates are exactly the stored people
sharing one of those with some name or key the batch mentions, in the store's order (by
id), so unions happen in the same order as with the full list.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from talentgraph.graph.cypher_files import dialect_of, statement
from talentgraph.graph.model import TalentGraph
from talentgraph.graph.normalize import (
    affiliation_key,
    email_key,
    is_initialed,
    name_key,
    names_compatible,
    person_name,
    phone_key,
    title_key,
    url_key,
)
from talentgraph.graph.resolve import KnownPerson, block_of, strong_keys
from talentgraph.loaders.models import Resume
from talentgraph.ontology.schema import Label

__all__ = ["KnownEntities", "mentioned_keys", "mentioned_names"]

Block = tuple[str, str]


class Store(Protocol):
    """What the index reads through (a :class:`~talentgraph.graph.store.GraphStore`)."""

    dialect: str

    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> list[dict[str, Any]]: ...


def mentioned_names(resume: Resume) -> list[str]:
    """Every person name a résumé writes (owner, authors, advisors), cleaned."""
    contact = resume.contact
    names = [contact.name, *(a for pub in resume.publications for a in pub.authors),
             *(e.advisor for e in resume.education), *(a.name for a in resume.advisors)]
    return [person_name(n) for n in names if n]


def mentioned_keys(resume: Resume) -> tuple[set[Block], set[str]]:
    """The name blocks and strong keys of every person a résumé names (its owner, authors,
    advisors), normalized as the resolver normalizes them."""
    contact = resume.contact
    blocks = {b for b in map(block_of, mentioned_names(resume)) if b}
    keys = strong_keys(
        (email_key(e) for e in contact.emails), (phone_key(p) for p in contact.phones),
        [url_key(p.url) for p in contact.profiles] + [url_key(u) for u in contact.urls])
    return blocks, keys


@dataclass(frozen=True)
class _Person:
    name: str | None
    is_owner: bool
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    urls: tuple[str, ...]
    sources: tuple[str, ...] = ()
    name_inferred: bool = False
    name_evidence: str | None = None
    anonymous: bool = False


class KnownEntities:
    """The stored people and organizations a load resolves against (see the module doc).

    Affiliations are kept by organization id, so a later batch renaming a stored
    organization changes every affiliation key with it, as a fresh read would.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._dialect = dialect_of(store)
        self._people: dict[str, _Person] = {}
        # person id -> (org id, org name as read, role, date)
        self._affiliations: dict[str, list[tuple[str, str, str, str | None]]] = {}
        self._papers: dict[str, list[str]] = {}
        self._orgs: dict[str, str] = {}
        self._by_block: dict[Block, set[str]] = defaultdict(set)
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._index: dict[str, tuple[Block | None, tuple[str, ...]]] = {}
        self._read(people=None, orgs=None)

    def __len__(self) -> int:
        return len(self._people)

    # -- what a batch resolves against ----------------------------------------------------
    def people_for(self, resumes: Iterable[Resume]) -> list[KnownPerson]:
        """The stored people that can meet a mention of ``resumes``, ordered by id."""
        ids: set[str] = set()
        for resume in resumes:
            blocks, keys = mentioned_keys(resume)
            for block in blocks:
                ids |= self._by_block.get(block, set())
            for key in keys:
                ids |= self._by_key.get(key, set())
        return [self.person(i) for i in sorted(ids)]

    def touched(self, resumes: Iterable[Resume]) -> set[str]:
        """Ids of the stored people some mention of ``resumes`` could be: the same
        cleaned name, an initialed name and a name it fits, or a shared strong key."""
        ids: set[str] = set()
        for resume in resumes:
            _, keys = mentioned_keys(resume)
            for key in keys:
                ids |= self._by_key.get(key, set())
            for name in mentioned_names(resume):
                block = block_of(name)
                if block is None:
                    continue
                key, initialed = name_key(name), is_initialed(name)
                for pid in self._by_block.get(block, ()):
                    other = self._people[pid].name or ""
                    if name_key(other) == key or ((initialed or is_initialed(other))
                                                  and names_compatible(name, other)):
                        ids.add(pid)
        return ids

    def stored(self, person_id: str) -> _Person | None:
        """A stored person's record as read, or None for an id not stored."""
        return self._people.get(person_id)

    def sources_of(self, ids: Iterable[str]) -> set[str]:
        """The résumés that mention any of the stored people ``ids``."""
        return {s for pid in ids if pid in self._people for s in self._people[pid].sources}

    def all_people(self) -> list[KnownPerson]:
        """Every stored person, ordered by id (what a full re-read would give)."""
        return [self.person(i) for i in sorted(self._people)]

    def person(self, person_id: str) -> KnownPerson:
        """One stored person as the resolver takes it."""
        p = self._people[person_id]
        orgs = tuple(affiliation_key(self._orgs.get(org_id, name), role, date)
                     for org_id, name, role, date in self._affiliations.get(person_id, ()))
        return KnownPerson(id=person_id, name=p.name, is_owner=p.is_owner, emails=p.emails,
                           phones=p.phones, urls=p.urls, orgs=orgs,
                           papers=tuple(self._papers.get(person_id, ())),
                           name_inferred=p.name_inferred, name_evidence=p.name_evidence,
                           anonymous=p.anonymous)

    def org_names(self) -> set[str]:
        """Canonical names of the stored organizations."""
        return set(self._orgs.values())

    # -- keeping up with the writes -------------------------------------------------------
    def cited_by(self, files: list[str]) -> set[str]:
        """Ids of the people and organizations a re-load of ``files`` may change or delete;
        call before the write (afterwards the replaced facts are gone)."""
        if not files:
            return set()
        rows = self._store.run(self._cypher("known_cited_by"),
                               {"files": files})
        return {row["id"] for row in rows}

    def written(self, graph: TalentGraph, also: set[str] = frozenset()) -> None:
        """Re-read what the write of ``graph`` (and the facts replaced with it, ``also``
        from :meth:`cited_by`) can have changed."""
        people, orgs = set(), set()
        for node_id, data in graph.nodes(data=True):
            if data.get("label") == Label.Person.value:
                people.add(node_id)
            elif data.get("label") == Label.Organization.value:
                orgs.add(node_id)
        people |= {i for i in also if i in self._people}
        orgs |= {i for i in also if i in self._orgs}
        self._read(people=people, orgs=orgs)

    # -- reading ----------------------------------------------------------------------------
    def _cypher(self, name: str) -> str:
        return statement("talentgraph.graph", name, self._dialect, "cypher")

    def _rows(self, name: str, ids: set[str] | None) -> list[dict]:
        if ids is None:
            return self._store.run(self._cypher(name))
        if not ids:
            return []
        return self._store.run(self._cypher(f"{name}_of"), {"ids": sorted(ids)})

    def _read(self, *, people: set[str] | None, orgs: set[str] | None) -> None:
        """Read all (``None``) or the given people and organizations, dropping those that
        are no longer stored."""
        for org_id in (self._orgs.keys() & orgs) if orgs is not None else ():
            del self._orgs[org_id]
        for row in self._rows("known_orgs", orgs):
            self._orgs[row["id"]] = row["name"]
        for person_id in (self._people.keys() & people) if people is not None else ():
            self._forget(person_id)
        for row in self._rows("known_affiliations", people):
            self._affiliations.setdefault(row["id"], []).append(
                (row["org_id"], row["org"], row["role"], row["date"]))
        for row in self._rows("known_papers", people):
            self._papers.setdefault(row["id"], []).append(title_key(row["title"] or ""))
        for row in self._rows("known_people", people):
            self._remember(row["id"], _Person(
                name=row["name"], is_owner=bool(row["is_owner"]),
                emails=tuple(row["emails"] or ()), phones=tuple(row["phones"] or ()),
                urls=tuple(row["urls"] or ()), sources=tuple(row["sources"] or ()),
                name_inferred=bool(row["name_inferred"]), name_evidence=row["name_evidence"],
                anonymous=bool(row["anonymous"])))

    def _forget(self, person_id: str) -> None:
        del self._people[person_id]
        self._affiliations.pop(person_id, None)
        self._papers.pop(person_id, None)
        block, keys = self._index.pop(person_id)
        if block:
            self._by_block[block].discard(person_id)
        for key in keys:
            self._by_key[key].discard(person_id)

    def _remember(self, person_id: str, person: _Person) -> None:
        self._people[person_id] = person
        block = block_of(person.name)
        # normalized as resolve_people normalizes a stored person's keys
        keys = tuple(strong_keys(person.emails, map(phone_key, person.phones),
                                 map(url_key, person.urls)))
        self._index[person_id] = (block, keys)
        if block:
            self._by_block[block].add(person_id)
        for key in keys:
            self._by_key[key].add(person_id)

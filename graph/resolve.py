"""Entity resolution for people: one Person node per real person across all résumés.

Every person named in a batch is a *mention*: a résumé's owner, a co-author, an advisor;
people already in the store come in as mentions with a fixed id.  Mentions merge

1. on strong keys: a shared email, phone number or profile URL, when the names could be
   one person's (:func:`~.normalize.same_person_names`: an office number or an agency's
   address on two CVs does not make two people one; such pairs are kept apart and
   listed in :attr:`Resolution.conflicts` for review);
2. on the same full name *with corroboration*: a shared paper, two shared co-authors or
   two shared dated affiliations (employer or school, at the same start month or degree
   year; one suffices when it is all one résumé dates);
3. an initialed name ("K. Zhou") merges with a full name ("Keren Zhou") only when they
   share a paper, or inside one résumé when exactly one full name fits.

Every rule compares two mentions, never a growing cluster, so the people are the
connected components of one graph over all mentions: the same whatever order or
batches the mentions come in.  Two people who merely share a name never merge, and two
people already stored under different ids (``known``) are never merged by a load.
Comparisons are blocked by (last name, first initial) so resolution stays near-linear
on large batches.

Ids are deterministic: a stored person keeps its id; a new person's id hashes its
smallest strong key (or, without one, its name and first source), so re-loading the same
files gives the same ids.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from talentgraph.loaders.models import Resume

from .normalize import (
    email_key,
    hash_id,
    is_initialed,
    name_key,
    name_tokens,
    names_compatible,
    person_name,
    phone_key,
    same_person_names,
    slug,
    title_key,
    url_key,
)

__all__ = [
    "KnownPerson",
    "Mention",
    "PersonRecord",
    "Resolution",
    "block_of",
    "resolve_people",
    "shared_affiliations",
    "strong_keys",
]


@dataclass
class Mention:
    """One appearance of a person in one résumé (or in the store)."""

    index: int
    source: str | None
    name: str | None
    is_owner: bool = False
    name_inferred: bool = False
    name_evidence: str | None = None
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    papers: set[str] = field(default_factory=set)
    coauthors: set[str] = field(default_factory=set)
    existing_id: str | None = None

    @property
    def key(self) -> str:
        return name_key(self.name) if self.name else ""

    def strong_keys(self) -> set[str]:
        return strong_keys(self.emails, self.phones, self.urls)


def strong_keys(emails: Iterable[str], phones: Iterable[str | None],
                urls: Iterable[str]) -> set[str]:
    """The identity keys of normalized contacts (``email:…``, ``phone:…``, ``url:…``): one
    shared key merges two people.  Public so the load pipeline indexes stored people by
    the same keys."""
    return ({f"email:{e}" for e in emails} | {f"phone:{p}" for p in phones if p}
            | {f"url:{u}" for u in urls})


@dataclass(frozen=True)
class KnownPerson:
    """A person already in the store, with what resolution compares."""

    id: str
    name: str | None
    is_owner: bool
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    papers: tuple[str, ...] = ()
    name_inferred: bool = False
    name_evidence: str | None = None
    anonymous: bool = False


@dataclass
class PersonRecord:
    """A resolved person: the merged facts of its mentions."""

    id: str
    name: str
    is_owner: bool
    name_inferred: bool
    name_evidence: str | None
    anonymous: bool
    emails: list[str]
    phones: list[str]
    urls: list[str]
    sources: list[str]


@dataclass
class Resolution:
    """Who is who: person records and the id of every (source, name) mention."""

    people: dict[str, PersonRecord]
    owner_of: dict[str, str]  # source -> person id
    _by_name: dict[tuple[str, str], str]  # (source, name key) -> person id
    #: (strong key, name, name) of records sharing a contact but not a name: kept apart
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)
    #: pairs of stored people (``known``) a mention would have joined, left apart
    refused: set[tuple[str, str]] = field(default_factory=set)

    def mentions(self) -> list[tuple[str, str, str]]:
        """Every (source, name key, person id) this resolution decided."""
        return [(src, key, pid) for (src, key), pid in self._by_name.items()]

    def person_id(self, source: str, name: str) -> str:
        """The id of the person called ``name`` in résumé ``source``."""
        return self._by_name[(source, name_key(name))]


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i


def _owner_names(resume: Resume) -> set[str]:
    return {name_key(resume.contact.name)} if resume.contact.name else set()


def _is_owner_author(resume: Resume, authors: list[str], index: int, owner_pos: int | None) -> bool:
    if owner_pos is not None:
        return index == owner_pos - 1
    owner = resume.contact.name
    return bool(owner) and (name_key(authors[index]) == name_key(owner)
                            or names_compatible(authors[index], owner))


def _mentions_of(
    resume: Resume, start: int, org_keys: set[str]
) -> tuple[list[Mention], dict[str, Mention]]:
    """The owner and every other person named in one résumé, one mention per name."""
    source = resume.source_file
    contact = resume.contact
    owner = Mention(
        index=start, source=source, name=person_name(contact.name) if contact.name else None,
        is_owner=True, name_inferred=contact.name_inferred, name_evidence=contact.name_evidence,
        emails={email_key(e) for e in contact.emails},
        phones={p for p in (phone_key(x) for x in contact.phones) if p},
        urls={url_key(p.url) for p in contact.profiles} | {url_key(u) for u in contact.urls},
        orgs=set(org_keys),
    )
    others: dict[str, Mention] = {}
    owner_aliases: set[str] = set()  # how the owner is written in author lists

    def other(name: str) -> Mention | None:
        clean = person_name(name)
        key = name_key(clean)
        if not key or key in _owner_names(resume):
            return None
        if key not in others:
            others[key] = Mention(index=start + 1 + len(others), source=source, name=clean)
        return others[key]

    for pub in resume.publications:
        paper = title_key(pub.title)
        names = [person_name(a) for a in pub.authors]
        owner.papers.add(paper)
        for i, author in enumerate(pub.authors):
            if _is_owner_author(resume, pub.authors, i, pub.owner_position):
                if owner.name is None and not is_initialed(author):
                    owner.name = person_name(author)
                owner_aliases.add(name_key(person_name(author)))
                continue
            mention = other(author)
            if mention is not None:
                mention.papers.add(paper)
                mention.coauthors.update(name_key(n) for n in names if name_key(n) != mention.key)
    for advisor in [e.advisor for e in resume.education if e.advisor] + [
        a.name for a in resume.advisors
    ]:
        other(advisor)
    # inside one résumé an initialed name is the unique full name it fits, if any
    for key, mention in list(others.items()):
        if is_initialed(mention.name or ""):
            fits = [m for k, m in others.items() if k != key and not is_initialed(m.name or "")
                    and names_compatible(m.name or "", mention.name or "")]
            if len(fits) == 1:
                fits[0].papers |= mention.papers
                fits[0].coauthors |= mention.coauthors
                others[key] = fits[0]
    unique = {id(m): m for m in others.values()}
    # the builder looks every author up by name, the owner's variants too ("George Parker"
    # for "George J. Parker")
    aliases = {key: owner for key in owner_aliases if key and key not in others}
    return [owner, *unique.values()], {**others, **aliases}


def _dates_agree(a: str, b: str) -> bool:
    """Two dates of one affiliation tell the same time: equal, or one is the year of the
    other ("2025" and "2025-06": résumés often give a degree's year only)."""
    return a == b or (len(a) == 4 and b.startswith(a + "-")) or (
        len(b) == 4 and a.startswith(b + "-"))


def shared_affiliations(a: set[str] | tuple[str, ...], b: set[str] | tuple[str, ...]) -> int:
    """How many dated affiliations (:func:`~.normalize.affiliation_key`) two histories
    share: same organization and role at an agreeing date; each one counted once."""
    exact = set(a) & set(b)
    count = sum(1 for key in exact if not key.endswith("|"))
    left: dict[str, list[str]] = defaultdict(list)
    for key in set(a) - exact:
        place, _, date = key.rpartition("|")
        if date:
            left[place].append(date)
    for key in set(b) - exact:
        place, _, date = key.rpartition("|")
        dates = left.get(place)
        if not date or not dates:
            continue
        for i, other in enumerate(dates):
            if _dates_agree(date, other):
                count += 1
                del dates[i]
                break
    return count


def _corroborated(a: Mention, b: Mention) -> bool:
    """Evidence beyond the name: a shared paper, two shared co-authors, or two shared dated
    affiliations (one when that is the whole dated history of one résumé).

    One of anything is too weak when both names are common: at 10^4 synthetic people,
    same-name strangers who started at one employer in one month, or finished one degree
    at one school in the same June, made 7 false merges; two résumés of one person share
    most of their history."""
    if a.papers & b.papers:
        return True
    if is_initialed(a.name or "") or is_initialed(b.name or ""):
        return False
    if len(a.coauthors & b.coauthors) >= 2:
        return True
    shared = shared_affiliations(a.orgs, b.orgs)
    shorter = min(_dated(a.orgs), _dated(b.orgs))
    return shared >= 1 and shared >= min(2, shorter)


def _dated(affiliations: set[str]) -> int:
    return sum(1 for key in affiliations if not key.endswith("|"))


def _candidate_pairs(group: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Pairs in a block whose names could be one person: full names only pair with the
    same name; an initialed name pairs with every compatible name of the block."""
    same_name: dict[str, list[Mention]] = defaultdict(list)
    initialed = []
    for mention in group:
        (initialed if is_initialed(mention.name or "") else same_name[mention.key]).append(mention)
    pairs = [(a, b) for members in same_name.values()
             for i, a in enumerate(members) for b in members[i + 1:]]
    done: set[int] = set()  # initialed mentions already paired with the whole block
    for a in initialed:
        done.add(id(a))
        pairs += [(a, b) for b in group
                  if id(b) not in done and names_compatible(a.name or "", b.name or "")]
    return pairs


def block_of(name: str | None) -> tuple[str, str] | None:
    """The comparison block of a cleaned person name: (folded last name, first initial).
    Public because the load pipeline asks the store only for people in a batch's blocks."""
    tokens = name_tokens(name) if name else ()
    if len(tokens) < 2:
        return None
    return tokens[-1], tokens[0][0]


def resolve_people(
    resumes: list[Resume],
    org_keys: dict[str, set[str]] | None = None,
    known: list[KnownPerson] | None = None,
) -> Resolution:
    """Resolve every person mentioned in ``resumes`` (and ``known`` stored people).

    ``org_keys`` maps a résumé's source to the canonical names of its owner's employers and
    schools (corroboration for same-name owners).
    """
    org_keys = org_keys or {}
    mentions: list[Mention] = []
    by_name: dict[tuple[str, str], Mention] = {}
    owner_mention: dict[str, Mention] = {}
    for resume in resumes:
        found, others = _mentions_of(resume, len(mentions), org_keys.get(resume.source_file, set()))
        mentions.extend(found)
        owner_mention[resume.source_file] = found[0]
        for key, mention in others.items():
            by_name[(resume.source_file, key)] = mention
        if found[0].name:
            by_name[(resume.source_file, found[0].key)] = found[0]
    for person in known or []:
        mentions.append(Mention(
            index=len(mentions), source=None, name=person.name, is_owner=person.is_owner,
            name_inferred=person.name_inferred, name_evidence=person.name_evidence,
            emails=set(person.emails), phones={p for p in map(phone_key, person.phones) if p},
            urls={url_key(u) for u in person.urls}, orgs=set(person.orgs),
            papers=set(person.papers), existing_id=person.id,
        ))
    # re-index: a mention's index is its position (initialed aliases share one object)
    for i, mention in enumerate(mentions):
        mention.index = i

    uf = _UnionFind(len(mentions))
    refused: set[tuple[str, str]] = set()
    fixed: dict[int, str | None] = {i: m.existing_id for i, m in enumerate(mentions)}

    def union(a: int, b: int) -> None:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            return
        ida, idb = fixed[ra], fixed[rb]
        if ida and idb and ida != idb:
            refused.add((min(ida, idb), max(ida, idb)))
            return  # never merge two stored people during a load
        uf.parent[rb] = ra
        fixed[ra] = ida or idb

    with_key: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        for key in mention.strong_keys():
            with_key[key].append(mention)
    conflicts: set[tuple[str, str, str]] = set()
    for key, sharing in sorted(with_key.items()):
        for i, a in enumerate(sharing):
            for b in sharing[i + 1:]:
                if same_person_names(a.name, b.name):
                    union(a.index, b.index)
                else:
                    conflicts.add((key, *sorted((a.name or "", b.name or ""))))

    blocks: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for mention in mentions:
        block = block_of(mention.name)
        if block:
            blocks[block].append(mention)
    for group in blocks.values():
        for a, b in _candidate_pairs(group):
            if a.source is not None and a.source == b.source:
                continue
            if uf.find(a.index) != uf.find(b.index) and _corroborated(a, b):
                union(a.index, b.index)

    clusters: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        clusters[uf.find(mention.index)].append(mention)
    people: dict[str, PersonRecord] = {}
    id_of_root: dict[int, str] = {}
    for root, members in clusters.items():
        record = _record(members, fixed[root])
        id_of_root[root] = record.id
        if record.id in people:  # a stored person only re-confirmed: keep the first record
            continue
        people[record.id] = record
    resolution = Resolution(
        people=people,
        owner_of={src: id_of_root[uf.find(m.index)] for src, m in owner_mention.items()},
        _by_name={k: id_of_root[uf.find(m.index)] for k, m in by_name.items()},
        conflicts=sorted(c for c in conflicts if c[1] != c[2]),
        refused=refused,
    )
    return resolution


def _record(members: list[Mention], existing_id: str | None) -> PersonRecord:
    owners = [m for m in members if m.is_owner and m.source is not None]
    named = [m for m in members if m.name]
    stated = [m for m in owners if m.name and not m.name_inferred]
    full = [m for m in named if not is_initialed(m.name or "")]
    # a stored person keeps the name every load before chose from all its mentions
    stored = [m for m in members if m.existing_id and m.name]
    pick = (stored or stated or [m for m in owners if m.name] or full or named or [None])[0]
    name = pick.name if pick else None
    strong = sorted(set().union(*(m.strong_keys() for m in members)))
    sources = sorted({m.source for m in members if m.source})
    if existing_id:
        person_id = existing_id
    elif strong:
        person_id = f"person:{slug(name or 'anonymous')}-{hash_id(strong[0])[:8]}"
    else:
        anchor = f"{name_key(name) if name else ''}|{sources[0] if sources else ''}"
        person_id = f"person:{slug(name or 'anonymous')}-{hash_id(anchor)[:8]}"
    anonymous = name is None
    inferred = bool(pick and pick.name_inferred and (pick.existing_id or not stated))
    return PersonRecord(
        id=person_id,
        name=name or f"Anonymous ({sources[0] if sources else person_id})",
        is_owner=any(m.is_owner for m in members),
        name_inferred=inferred,
        name_evidence=pick.name_evidence if inferred and pick else None,
        anonymous=anonymous,
        emails=sorted(set().union(*(m.emails for m in members))),
        phones=sorted(set().union(*(m.phones for m in members))),
        urls=sorted(set().union(*(m.urls for m in members))),
        sources=sources,
    )

"""Erasing a person or a résumé so that nothing of them is left and they stay erased.

Erasing a person removes

* their own résumés and every fact only those support (facts other résumés also state
  stay, citing only those);
* every other stored Person that is them: one sharing an e-mail, phone or profile URL
  with them under a compatible name, or a same-name co-author node sharing a paper with
  them (made from a co-author's CV before they were merged);
* their name from other people's résumés: as a co-author of their papers and as the
  advisor of their students, in the stored parsed résumés too (those résumés are
  rebuilt without them, like an edit);

and records a tombstone (:mod:`talentgraph.erasure`) in the same transaction, then an
audit line with the counts.  On the embedded store the file is then rewritten so no
byte of theirs remains in it (:meth:`~talentgraph.graph.store.embedded.EmbeddedStore.compact`);
on Neo4j a checkpoint is asked for (what stays in transaction logs is in the README).
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from dataclasses import dataclass, replace

from talentgraph.erasure import contact_hashes, digest, pair_hashes
from talentgraph.graph.normalize import (
    email_key,
    name_key,
    names_compatible,
    phone_key,
    same_person_names,
    title_key,
    url_key,
)
from talentgraph.graph.store.base import GraphStore, StoreError
from talentgraph.graph.store.ledger import Erasure, LedgerChanges
from talentgraph.loaders.models import Resume
from talentgraph.pipeline import Parsed, Session, cypher, stored_resume

__all__ = ["Forgotten", "forget_file", "forget_person", "readmit"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Forgotten:
    """What an erasure removed."""

    erasure: Erasure
    name: str | None
    files: tuple[str, ...]


def _same(a: str, b: str) -> bool:
    return name_key(a) == name_key(b) or names_compatible(a, b)


def _titles(store: GraphStore, ids: list[str]) -> set[str]:
    return {r["title"] for r in store.run(cypher("erasure_papers", store), {"ids": ids})}


def _targets(store: GraphStore, person_id: str) -> tuple[list[dict], set[str], set[str]]:
    """The stored people who are this person, their paper titles and their students."""
    people = {row["id"]: row for row in store.run(cypher("erasure_people", store))}
    target = people[person_id]
    papers = _titles(store, [person_id])
    keys = set(target["emails"] or ()) | set(target["phones"] or ()) | set(target["urls"] or ())
    found = [target]
    for pid, row in people.items():
        if pid == person_id:
            continue
        shares_key = keys & (set(row["emails"] or ()) | set(row["phones"] or ())
                             | set(row["urls"] or ()))
        same_key = bool(shares_key) and same_person_names(row["name"], target["name"])
        same_paper = _same(row["name"] or "", target["name"] or "") and bool(
            _titles(store, [pid]) & papers)
        if same_key or same_paper:
            found.append(row)
    ids = [p["id"] for p in found]
    papers = _titles(store, ids)
    students = {r["name"] for r in store.run(cypher("erasure_students", store), {"ids": ids})}
    return found, papers, students


def forget_person(store: GraphStore, person_id: str, *, compact: bool = True) -> Forgotten:
    """Erase the person ``person_id`` (see the module doc)."""
    session = Session(store)
    people, papers, students = _targets(store, person_id)
    ids = [p["id"] for p in people]
    own = {file for pid in ids for file in store.person_sources(pid)}
    names = {p["name"] for p in people if p["name"]}
    citing = set().union(*(set(p["sources"] or ()) for p in people)) - own
    decoded = _decode(store, own | citing)
    titles = {title_key(t) for t in papers}
    for key in sorted(citing):  # how other résumés write their name
        resume = decoded.get(key)
        if resume is None:
            continue
        for pub in resume.publications:
            if title_key(pub.title) in titles:
                names |= {a for a in pub.authors if any(_same(a, n) for n in names)}
        advisors = [e.advisor for e in resume.education if e.advisor]
        names |= {a for a in advisors + [a.name for a in resume.advisors]
                  if any(_same(a, n) for n in names)}
    salt = session.salt
    hashes = pair_hashes(salt, names, papers, students)
    for p in people:
        hashes |= {digest(salt, "email", email_key(e)) for e in p["emails"] or ()}
        hashes |= {digest(salt, "phone", k) for k in map(phone_key, p["phones"] or ()) if k}
        hashes |= {digest(salt, "url", url_key(u)) for u in p["urls"] or ()}
    for key in own:
        if key in decoded:
            hashes |= contact_hashes(salt, decoded[key])
        elif session.stored.get(key):
            hashes.add(digest(salt, "sha256", session.stored[key]))
    erasure = Erasure(id=secrets.token_hex(8), date=dt.date.today().isoformat(), kind="person",
                      files=len(own), nodes=0, relationships=0, hashes=tuple(sorted(hashes)))
    session.tombstones = session.tombstones.__class__.of(salt, [erasure])
    scrubbed = []
    for key in sorted(citing):
        resume = decoded.get(key)
        if resume is not None:
            clean = session.tombstones.scrub(resume)
            if clean is not resume:
                scrubbed.append(Parsed(clean, key, None))  # type: ignore[arg-type]
    return _apply(store, session, scrubbed, own, erasure,
                  people[0]["name"], compact=compact, extra=ids)


def forget_file(store: GraphStore, key: str, *, compact: bool = True) -> Forgotten:
    """Remove one résumé (by source key) and every fact only it supported; its content
    hash is tombstoned, so loading the file again skips it."""
    session = Session(store)
    sha = session.stored.get(key)
    if sha is None:
        raise StoreError(f"no résumé {key!r} in the store")
    erasure = Erasure(id=secrets.token_hex(8), date=dt.date.today().isoformat(), kind="file",
                      files=1, nodes=0, relationships=0,
                      hashes=(digest(session.salt, "sha256", sha),))
    return _apply(store, session, [], {key}, erasure, None, compact=compact)


def _apply(store: GraphStore, session: Session, scrubbed: list[Parsed], own: set[str],
           erasure: Erasure, name: str | None, *, compact: bool,
           extra: list[str] = ()) -> Forgotten:
    leftovers = [pid for pid in extra
                 if store.run("MATCH (p:Person {id: $id}) RETURN p.id AS id", {"id": pid})]
    stats = session.apply(scrubbed, own,
                          changes=LedgerChanges(erasures=[erasure], erasure_write=True),
                          delete_people=leftovers)
    done = replace(erasure, nodes=stats.nodes_deleted, relationships=stats.relationships_deleted)
    if compact:
        _purge(store)
    return Forgotten(done, name, tuple(sorted(own)))


def _purge(store: GraphStore) -> None:
    compact = getattr(store, "compact", None)
    if compact is not None:
        compact()
        return
    try:  # Neo4j: flush the page cache so the deleted records are written over
        store.run("CALL db.checkpoint()", write=True)
    except StoreError as err:
        log.warning("could not checkpoint after the erasure: %s", err)


def _decode(store: GraphStore, keys: set[str]) -> dict[str, Resume]:
    out = {}
    for key, text in store.stored_resumes(keys).items():
        try:
            out[key] = stored_resume(text)
        except ValueError:
            log.warning("stored résumé %s cannot be read back; it is not scrubbed", key)
    return out


def readmit(store: GraphStore, erasure_id: str) -> Erasure:
    """Drop an erasure's hashes so its person's résumés load again; the audit line stays,
    dated."""
    for erasure in store.erasures():
        if erasure.id == erasure_id:
            if erasure.readmitted:
                return erasure
            done = replace(erasure, hashes=(), readmitted=dt.date.today().isoformat())
            store.update_ledger(LedgerChanges(erasures=[done]))
            return done
    raise StoreError(f"no erasure {erasure_id!r} (see `talentgraph erasures`)")

"""Tombstones: what a store remembers of an erased person so they stay erased.

A tombstone holds salted hashes (HMAC-SHA256 under the store's random salt), never the
data: one per e-mail, phone and profile URL the person's résumés gave, one per résumé's
content hash, and one per (name, paper title) and (advisor name, student name) pair by
which other résumés named them.  A later load hashes the same things of each résumé it
reads: a résumé whose content or owner's contact matches is skipped (and said so), and a
co-author or advisor matching a pair is left out of the résumé that names them.

What someone holding the store can learn: the salt is in the store, so they can test a
guess ("was alice@example.com erased?", "was this file?") at the speed of a hash, and
phone numbers are few enough to try them all.  What they cannot: read any erased value
back without guessing it, or link the store to another store's tombstones (each store
has its own salt).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from talentgraph.graph.normalize import email_key, name_key, phone_key, title_key, url_key
from talentgraph.graph.store.ledger import Erasure
from talentgraph.loaders.models import Resume

__all__ = ["Tombstones", "contact_hashes", "digest", "new_salt", "pair_hashes"]


def new_salt() -> str:
    """A store's salt: 32 random bytes, hex."""
    return secrets.token_hex(32)


def digest(salt: str, kind: str, value: str) -> str:
    """The salted hash of one value (``kind`` keeps an e-mail from matching a name)."""
    return hmac.new(bytes.fromhex(salt), f"{kind}\x1f{value}".encode(),
                    hashlib.sha256).hexdigest()


def contact_hashes(salt: str, resume: Resume) -> set[str]:
    """Hashes of a résumé's content and of its owner's e-mails, phones and profile URLs,
    normalized as resolution compares them."""
    contact = resume.contact
    values = {("sha256", resume.sha256)}
    values |= {("email", email_key(e)) for e in contact.emails}
    values |= {("phone", p) for p in map(phone_key, contact.phones) if p}
    values |= {("url", url_key(u)) for u in [*contact.urls, *(p.url for p in contact.profiles)]}
    return {digest(salt, kind, value) for kind, value in values if value}


def pair_hashes(salt: str, names: Iterable[str], papers: Iterable[str],
                students: Iterable[str]) -> set[str]:
    """Hashes of (name, paper title) for every name and paper of an erased person, and of
    (advisor name, student name) for the students they advised."""
    keys = {name_key(n) for n in names if name_key(n)}
    out = {digest(salt, "author", f"{k}\x1f{title_key(t)}") for k in keys for t in papers}
    out |= {digest(salt, "advisor", f"{k}\x1f{name_key(s)}") for k in keys for s in students}
    return out


@dataclass
class Tombstones:
    """The store's live tombstones, to check résumés against."""

    salt: str
    by_hash: dict[str, Erasure]

    @classmethod
    def of(cls, salt: str | None, erasures: Iterable[Erasure]) -> Tombstones:
        by_hash = {h: e for e in erasures if not e.readmitted for h in e.hashes}
        return cls(salt or "", by_hash)

    def __bool__(self) -> bool:
        return bool(self.by_hash)

    def match(self, resume: Resume) -> Erasure | None:
        """The erasure a résumé belongs to (its content or its owner's contact), if any."""
        if not self.by_hash:
            return None
        for h in sorted(contact_hashes(self.salt, resume)):
            if h in self.by_hash:
                return self.by_hash[h]
        return None

    def scrub(self, resume: Resume) -> Resume:
        """``resume`` without the erased people it names as co-authors or advisors."""
        if not self.by_hash:
            return resume
        owner = resume.contact.name or ""
        publications = []
        changed = False
        for pub in resume.publications:
            title = title_key(pub.title)
            kept = [a for a in pub.authors
                    if digest(self.salt, "author", f"{name_key(a)}\x1f{title}") not in self.by_hash]
            changed |= len(kept) != len(pub.authors)
            publications.append(drop_authors(pub, kept) if len(kept) != len(pub.authors)
                                else pub)
        education = []
        for edu in resume.education:
            erased = edu.advisor and digest(self.salt, "advisor", f"{name_key(edu.advisor)}"
                                            f"\x1f{name_key(owner)}") in self.by_hash
            changed |= bool(erased)
            education.append(edu.model_copy(update={"advisor": None}) if erased else edu)
        advisors = [a for a in resume.advisors if digest(
            self.salt, "advisor", f"{name_key(a.name)}\x1f{name_key(owner)}") not in self.by_hash]
        changed |= len(advisors) != len(resume.advisors)
        if not changed:
            return resume
        return resume.model_copy(update={"publications": publications, "education": education,
                                         "advisors": advisors})


def drop_authors(pub, kept: list[str]):
    """A publication with only the ``kept`` authors (owner position re-counted)."""
    position = pub.owner_position
    if position is not None:
        owner = pub.authors[position - 1] if 0 < position <= len(pub.authors) else None
        position = kept.index(owner) + 1 if owner in kept else None
    return pub.model_copy(update={
        "authors": kept, "owner_position": position,
        "co_first_authors": [a for a in pub.co_first_authors if a in kept]})

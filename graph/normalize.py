"""Normalization: one spelling per real-world thing, before identities are resolved.

Names of organizations, skills, venues and degrees go through the ontology's SKOS
taxonomies (so "Bytedance" and "ByteDance", "Pytorch" and "PyTorch" meet); person names,
emails, phones and URLs get canonical keys that resolution compares; dates become month
numbers both stores can do arithmetic on.
"""

from __future__ import annotations

import hashlib
import re

from talentgraph.ontology import taxonomy
from talentgraph.ontology.names import (
    fold_words,
    is_initialed,
    name_key,
    name_signatures,
    name_tokens,
    names_compatible,
    person_name,
    same_person_names,
    title_key,
)

__all__ = [
    "affiliation_key",
    "awarder_in_title",
    "canonical_org",
    "canonical_skill",
    "canonical_venue",
    "degree_level",
    "email_key",
    "hash_id",
    "is_initialed",
    "is_school_name",
    "month_number",
    "name_key",
    "name_signatures",
    "name_tokens",
    "names_compatible",
    "person_name",
    "phone_key",
    "same_person_names",
    "slug",
    "title_key",
    "url_key",
]

_DEPARTMENT_REST = re.compile(
    r"^(?:dept\.?|department|school|college|faculty|lab|laboratory|group|center|centre|"
    r"program|computer|electrical|mechanical|civil|chemical|mathematics|physics|chemistry|"
    r"biology|engineering|science|sciences|statistics|economics|of|and|&|\s|,|-)+$",
    re.I,
)


def slug(text: str) -> str:
    """A short URL-safe form of a name, for readable ids.

    Letters that do not fold to ASCII (Chinese, Arabic, Cyrillic...) would vanish from
    the slug, and 清华大学 and 北京大学 would share the id ``x``; such a name also gets a
    hash of its folded form.
    """
    folded = fold_words(text)
    readable = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:60] or "x"
    return readable if folded.isascii() else f"{readable}-{hash_id(folded)[:8]}"


def hash_id(*parts: object) -> str:
    """A short stable hash of the parts (ids must not depend on load order or Python's
    randomised ``hash``)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:12]


def email_key(email: str) -> str:
    """Lower-cased email address."""
    return email.strip().lower()


def phone_key(phone: str) -> str | None:
    """A phone number as compared: E.164 (``+442079460958``) when it is written with a
    country code (``+44 …`` or ``0044 …``), otherwise its digits as written, so a
    number without a country code only ever meets the same digits (its country is
    unknown: "(207) 946-0958" is not "+44 20 7946 0958", and no two numbers match on
    their last digits).  None when too short to identify anyone."""
    text = phone.strip()
    digits = re.sub(r"\D", "", text)
    if len(digits) < 7:
        return None
    international = text.startswith("+") or digits.startswith("00")
    if not international:
        return digits
    candidate = text if text.startswith("+") else "+" + digits[2:]
    import phonenumbers  # 30 ms to import, and only international numbers need it

    try:
        number = phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException:
        return "+" + (digits if text.startswith("+") else digits[2:])
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def url_key(url: str) -> str:
    """A URL without scheme, ``www.``, query or trailing slash, lower-cased."""
    url = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip().lower())
    url = re.sub(r"^www\.", "", url)
    return url.split("?", 1)[0].split("#", 1)[0].rstrip("/")


def canonical_skill(name: str) -> tuple[str, str | None]:
    """The skill's preferred label and taxonomy concept id (None for a skill the taxonomy
    does not know yet; it is kept as a new concept)."""
    concept = taxonomy.skills().lookup(name)
    if concept is None:
        return re.sub(r"\s+", " ", name).strip(), None
    return concept.pref_label, concept.id


def canonical_org(name: str, known: set[str] | None = None) -> tuple[str, str | None]:
    """The organization's canonical name and, when the name carried a department after a
    university's name ("Williams College Computer Science"), that department.

    ``known`` holds canonical names already seen in the batch, so a department suffix is
    recognised even for schools the taxonomy does not list.
    """
    orgs = taxonomy.organizations()
    concept = orgs.lookup(name)
    if concept is not None:
        return concept.pref_label, None
    canonical = orgs.canonical(name)
    if known:
        lowered = (known.by_lower if isinstance(known, KnownOrgs)
                   else {k.lower(): k for k in known})
        words = canonical.split(" ")
        for count in range(len(words) - 1, 0, -1):  # longest known prefix first
            base = lowered.get(" ".join(words[:count]).lower())
            rest = " " + " ".join(words[count:])
            if base and is_school_name(base) and _DEPARTMENT_REST.match(rest):
                return base, rest.strip(" ,-")
    return canonical, None


def is_school_name(name: str) -> bool:
    """Whether an organization's name says it is a school (University, Hochschule, 大学...):
    the school words of every language the loaders read (``loaders/lexicon/data``, loaded
    on first use: a query that resolves a name needs none of the loaders)."""
    from talentgraph.loaders.lexicon.words import school_score

    return school_score(name) > 0


class KnownOrgs(set):
    """Canonical organization names with a lower-case index, so department suffixes are
    found by looking up a name's leading words (linear), not by scanning every name."""

    @property
    def by_lower(self) -> dict[str, str]:
        """Lower-cased name → name, rebuilt only when the set has grown."""
        if getattr(self, "_size", -1) != len(self):
            self._index = {k.lower(): k for k in self}
            self._size = len(self)
        return self._index


def awarder_in_title(title: str) -> str | None:
    """The known organization an award's title starts with ("Sigma Xi Scientific Honor
    Society" → Sigma Xi, "Intel Parallel Application Challenge" → Intel), for honors whose
    awarder is not written separately."""
    orgs = taxonomy.organizations()
    words = re.split(r"[\s:,\-–—]+", title.strip())
    for n in range(min(len(words), 8), 0, -1):
        concept = orgs.lookup(" ".join(words[:n]))
        if concept is not None:
            return concept.pref_label
    return None


def affiliation_key(org: str, role: str, date: str | None) -> str:
    """What two résumés must share for a same-name match to count as corroborated: the
    same organization *and* the same date at it, to the month when given (a job's start,
    a degree's end).  A big employer, even with the year, is weak evidence: at 10^4
    synthetic people, same-name strangers who started at one company in one year made
    8 % of the merges."""
    return f"{fold_words(org)}|{role}|{(date or '')[:7]}"


def canonical_venue(name: str) -> str:
    """The venue's canonical name (acronym for conferences, full name for journals)."""
    return taxonomy.venues().canonical(name)


def degree_level(degree: str | None, level: str | None = None) -> str | None:
    """The level of a degree: bachelor, master, doctorate, associate or diploma."""
    if level:
        return level
    if not degree:
        return None
    return taxonomy.degrees().level(degree)


def month_number(date: str | None, *, end: bool = False) -> int | None:
    """Months since year 0 (``year * 12 + month - 1``) of a partial ISO date; a year-only
    date counts as January when it starts a period and December when it ends one."""
    if not date:
        return None
    match = re.match(r"^(\d{4})(?:-(\d{1,2}))?", date)
    if not match:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else (12 if end else 1)
    return year * 12 + min(max(month, 1), 12) - 1

"""The loaders' one door to the shared taxonomies (skills, organizations, venues, degrees).

The loaders recognise terms only through these questions, answered by
:mod:`talentgraph.ontology.taxonomy` (loaded once per process, on first use); the answers
are memoised because a batch asks about the same few thousand labels over and over.
"""

from __future__ import annotations

import re
from functools import lru_cache

from talentgraph.ontology.taxonomy import Concept, degrees, label_key, organizations, skills, venues

__all__ = [
    "degree_is_school_leaving",
    "degree_label",
    "degree_level",
    "degree_name",
    "degree_prefix",
    "known_org_part",
    "org_canonical",
    "org_known",
    "school_known",
    "skill_canonical",
    "skill_is_broader",
    "skill_is_category",
    "skill_known",
    "skill_labelled",
    "skill_mentions",
    "skill_translated",
    "venue_canonical",
    "venue_known",
]


@lru_cache(maxsize=8192)
def skill_known(label: str) -> bool:
    """True when the skills taxonomy knows the label (pref or alt)."""
    return bool(label.strip()) and skills().lookup(label.strip()) is not None


@lru_cache(maxsize=8192)
def skill_labelled(label: str) -> bool:
    """True when the label is one the taxonomy lists as written (``ROS 2``), not one it
    only reads by leaving a version off (``Python 3.11``)."""
    concept = skills().lookup(label.strip()) if label.strip() else None
    key = label_key(label)
    return concept is not None and any(label_key(k) == key for k in concept.labels)


@lru_cache(maxsize=8192)
def skill_is_broader(outer: str, inner: str) -> bool:
    """True when ``outer`` names an ancestor of ``inner`` (``Optimization`` of ``MILP``)."""
    tax = skills()
    a, b = tax.lookup(outer.strip()), tax.lookup(inner.strip())
    return a is not None and b is not None and a.id in tax.broader_closure(b.id)


@lru_cache(maxsize=8192)
def skill_is_category(label: str) -> bool:
    """True when the label names a kind of skill in the plural (``Databases``,
    ``Programming Languages``): a group's name, not a skill of its own (``Docker``)."""
    word = label.strip()
    if not word.lower().endswith("s") or word.lower().endswith("ss"):
        return False
    tax = skills()
    concept, singular = tax.lookup(word), tax.lookup(word[:-1])
    return concept is not None and singular is not None and concept.id == singular.id


@lru_cache(maxsize=8192)
def skill_canonical(label: str) -> str:
    """``Pytorch`` → ``PyTorch``; unknown labels come back tidied."""
    return skills().canonical(label)


@lru_cache(maxsize=8192)
def skill_translated(label: str) -> bool:
    """True when the label is a translation of its skill (``Aprendizado de Máquina``), a
    label the taxonomy tags with a language other than English."""
    concept = skills().lookup(label.strip()) if label.strip() else None
    if concept is None or not concept.translations:
        return False
    key = label_key(label)
    return any(label_key(t) == key for t in concept.translations)


def skill_mentions(text: str) -> list[tuple[str, int, int]]:
    """Skills named in prose: ``(canonical name, start, end)`` for each mention."""
    return list(_skill_mentions(text))


@lru_cache(maxsize=8192)
def _skill_mentions(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((concept.pref_label, start, end)
                 for concept, start, end in skills().mentions(text))


@lru_cache(maxsize=8192)
def org_canonical(label: str) -> str:
    """Canonical organization name (``Tesla, Inc.`` → ``Tesla``)."""
    return organizations().canonical(label)


@lru_cache(maxsize=8192)
def org_known(label: str) -> bool:
    """True when the organizations taxonomy knows the label."""
    return bool(label.strip()) and organizations().lookup(label.strip()) is not None


@lru_cache(maxsize=8192)
def school_known(label: str) -> bool:
    """True when the organizations taxonomy knows the label as a university (``UCL``,
    ``EPFL``): a school whose written name holds no school word."""
    concept = organizations().lookup(label.strip()) if label.strip() else None
    return concept is not None and concept.kind == "university"


@lru_cache(maxsize=8192)
def known_org_part(name: str) -> tuple[str, str] | None:
    """``(organization, rest)`` when a comma part or leading words of ``name`` form an
    organization the taxonomy knows and the whole does not (``Williams College Computer
    Science`` → ``Williams College``, ``Computer Science``)."""
    if org_known(name):
        return None
    parts = [p.strip() for p in name.split(",") if p.strip()]
    if len(parts) > 1:
        for i, part in enumerate(parts):
            if org_known(part):
                return part, ", ".join(parts[:i] + parts[i + 1:])
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if org_known(head) and len(head) > 3:
            rest = " ".join(words[n:])
            # "Georgia Tech Research Institute" is an organization of its own, not a unit
            return (head, rest) if _UNIT_RE.search(rest) and not _OWN_ORG_RE.search(rest) \
                else None
    return None


# What follows a known organization's name when it names one of its units.
_UNIT_RE = re.compile(
    r"\b(?:department|dept|faculty|school|division|group|team|lab|science|sciences|"
    r"engineering|studies|mathematics|physics|chemistry|biology|economics|medicine|program)\b",
    re.I)
_OWN_ORG_RE = re.compile(
    r"\b(?:institute|university|college|inc|llc|ltd|corp|corporation|gmbh|foundation)\b",
    re.I)


@lru_cache(maxsize=8192)
def venue_known(label: str) -> bool:
    """True when the venues taxonomy knows the label."""
    return bool(label.strip()) and venues().lookup(label.strip()) is not None


@lru_cache(maxsize=8192)
def venue_canonical(label: str) -> str:
    """Canonical venue name (``Proceedings of ... (ASPLOS)`` → ``ASPLOS``)."""
    return venues().canonical(label)


@lru_cache(maxsize=8192)
def degree_prefix(text: str) -> str | None:
    """The degree a text starts with, as written (``S.M.`` in ``S.M. in EECS``), when the
    degrees taxonomy knows it."""
    concept, rest = degrees().split(text)
    if concept is None:
        return None
    cut = text.rfind(rest) if rest else len(text)
    written = re.sub(r"[\s,;:(]+(?:in|of|on)?\s*$", "", text[:cut]).strip(" ,;:(")
    return written or None


@lru_cache(maxsize=4096)
def degree_is_school_leaving(label: str) -> bool:
    """Whether the degree a text names is a school-leaving diploma (Abitur, A-levels, High
    School Diploma): narrower than the taxonomy's ``high-school-diploma``."""
    concept = _degree(label)
    return concept is not None and (concept.id == _SCHOOL_LEAVING
                                    or _SCHOOL_LEAVING in degrees().broader_closure(concept.id))


_SCHOOL_LEAVING = "high-school-diploma"


def _degree(label: str) -> Concept | None:
    """The degree a text names or starts with."""
    if not label.strip():
        return None
    tax = degrees()
    return tax.lookup(label.strip()) or tax.split(label.strip())[0]


def degree_label(label: str) -> bool:
    """Whether the whole text is one of the degrees taxonomy's labels (``Diplom (FH)``)."""
    return degrees().lookup(label.strip()) is not None


@lru_cache(maxsize=8192)
def degree_name(label: str) -> str | None:
    """The preferred label of the degree a text names or starts with (``S.M.`` → ``MS``)."""
    concept = _degree(label)
    return concept.pref_label if concept is not None else None


@lru_cache(maxsize=8192)
def degree_level(label: str) -> str | None:
    """``bachelor`` / ``master`` / ``doctorate``... from the degrees taxonomy, if it knows."""
    return degrees().level(label.strip()) if label.strip() else None

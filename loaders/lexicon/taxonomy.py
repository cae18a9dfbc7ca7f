"""The loaders' one door to the shared taxonomies (skills, organizations, venues, degrees).

Extraction must still work when the taxonomy module is absent or lacks a label, so every
helper here degrades to a plain cleaned label.  Taxonomies load once per process.
"""

from __future__ import annotations

import importlib
import logging
import re
from functools import cache, lru_cache
from typing import Any

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
    "skill_mentions",
    "skill_translated",
    "venue_canonical",
    "venue_known",
]

log = logging.getLogger(__name__)
_TAXONOMY_MODULE = "talentgraph.ontology.taxonomy"


@cache
def _taxonomy(name: str) -> Any | None:
    """The taxonomy built by ``taxonomy.<name>()``, or None when it is not available."""
    try:
        module = importlib.import_module(_TAXONOMY_MODULE)
    except ImportError:
        log.info("%s not available; labels stay as written", _TAXONOMY_MODULE)
        return None
    factory = getattr(module, name, None)
    return factory() if callable(factory) else None


def _clean(label: str) -> str:
    return " ".join(label.split()).strip(" .,;:")


@lru_cache(maxsize=8192)
def skill_known(label: str) -> bool:
    """True when the skills taxonomy knows the label (pref or alt)."""
    tax = _taxonomy("skills")
    return bool(tax is not None and label.strip() and tax.lookup(label.strip()) is not None)


@lru_cache(maxsize=8192)
def skill_is_broader(outer: str, inner: str) -> bool:
    """True when ``outer`` names an ancestor of ``inner`` (``Optimization`` of ``MILP``)."""
    tax = _taxonomy("skills")
    if tax is None:
        return False
    a, b = tax.lookup(outer.strip()), tax.lookup(inner.strip())
    return a is not None and b is not None and a.id in tax.broader_closure(b.id)


@lru_cache(maxsize=8192)
def skill_is_category(label: str) -> bool:
    """True when the label names a kind of skill in the plural (``Databases``,
    ``Programming Languages``): a group's name, not a skill of its own (``Docker``)."""
    tax = _taxonomy("skills")
    word = label.strip()
    if tax is None or not word.lower().endswith("s") or word.lower().endswith("ss"):
        return False
    concept, singular = tax.lookup(word), tax.lookup(word[:-1])
    return concept is not None and singular is not None and concept.id == singular.id


@lru_cache(maxsize=8192)
def skill_canonical(label: str) -> str:
    """``Pytorch`` → ``PyTorch``; unknown labels come back cleaned."""
    tax = _taxonomy("skills")
    return tax.canonical(label) if tax is not None else _clean(label)


@lru_cache(maxsize=8192)
def skill_translated(label: str) -> bool:
    """True when the label is a translation of its skill (``Aprendizado de Máquina``), a
    label the taxonomy tags with a language other than English."""
    tax = _taxonomy("skills")
    concept = tax.lookup(label.strip()) if tax is not None and label.strip() else None
    if concept is None or not concept.translations:
        return False
    from talentgraph.ontology.taxonomy import label_key

    key = label_key(label)
    return any(label_key(t) == key for t in concept.translations)


def skill_mentions(text: str) -> list[tuple[str, int, int]]:
    """Skills named in prose: ``(canonical name, start, end)`` for each mention."""
    return list(_skill_mentions(text))


@lru_cache(maxsize=8192)
def _skill_mentions(text: str) -> tuple[tuple[str, int, int], ...]:
    tax = _taxonomy("skills")
    if tax is None or not hasattr(tax, "mentions"):
        return ()
    return tuple((concept.pref_label, start, end) for concept, start, end in tax.mentions(text))


@lru_cache(maxsize=8192)
def org_canonical(label: str) -> str:
    """Canonical organization name (``Tesla, Inc.`` → ``Tesla``)."""
    tax = _taxonomy("organizations")
    if tax is not None:
        return tax.canonical(label)
    return re.sub(r",?\s+(?:inc|llc|ltd|corp|gmbh|plc)\.?$", "", _clean(label), flags=re.I)


@lru_cache(maxsize=8192)
def org_known(label: str) -> bool:
    """True when the organizations taxonomy knows the label."""
    tax = _taxonomy("organizations")
    return bool(tax is not None and label.strip() and tax.lookup(label.strip()) is not None)


@lru_cache(maxsize=8192)
def school_known(label: str) -> bool:
    """True when the organizations taxonomy knows the label as a university (``UCL``,
    ``EPFL``): a school whose written name holds no school word."""
    tax = _taxonomy("organizations")
    concept = tax.lookup(label.strip()) if tax is not None and label.strip() else None
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
    tax = _taxonomy("venues")
    return bool(tax is not None and label.strip() and tax.lookup(label.strip()) is not None)


@lru_cache(maxsize=8192)
def venue_canonical(label: str) -> str:
    """Canonical venue name (``Proceedings of ... (ASPLOS)`` → ``ASPLOS``)."""
    tax = _taxonomy("venues")
    return tax.canonical(label) if tax is not None else _clean(label)


@lru_cache(maxsize=8192)
def degree_prefix(text: str) -> str | None:
    """The degree a text starts with, as written (``S.M.`` in ``S.M. in EECS``), when the
    degrees taxonomy knows it."""
    tax = _taxonomy("degrees")
    if tax is None or not hasattr(tax, "split"):
        return None
    concept, rest = tax.split(text)
    if concept is None:
        return None
    cut = text.rfind(rest) if rest else len(text)
    written = re.sub(r"[\s,;:(]+(?:in|of|on)?\s*$", "", text[:cut]).strip(" ,;:(")
    return written or None


@lru_cache(maxsize=4096)
def degree_is_school_leaving(label: str) -> bool:
    """Whether the degree a text names is a school-leaving diploma (Abitur, A-levels, High
    School Diploma): narrower than the taxonomy's ``high-school-diploma``."""
    tax = _taxonomy("degrees")
    if tax is None or not label.strip():
        return False
    concept = tax.lookup(label.strip()) or tax.split(label.strip())[0]
    return concept is not None and (concept.id == _SCHOOL_LEAVING
                                    or _SCHOOL_LEAVING in tax.broader_closure(concept.id))


_SCHOOL_LEAVING = "high-school-diploma"


def degree_label(label: str) -> bool:
    """Whether the whole text is one of the degrees taxonomy's labels (``Diplom (FH)``)."""
    tax = _taxonomy("degrees")
    return tax is not None and tax.lookup(label.strip()) is not None


@lru_cache(maxsize=8192)
def degree_name(label: str) -> str | None:
    """The preferred label of the degree a text names or starts with (``S.M.`` → ``MS``)."""
    tax = _taxonomy("degrees")
    if tax is None or not label.strip():
        return None
    concept = tax.lookup(label.strip()) or tax.split(label.strip())[0]
    return concept.pref_label if concept is not None else None


@lru_cache(maxsize=8192)
def degree_level(label: str) -> str | None:
    """``bachelor`` / ``master`` / ``doctorate``... from the degrees taxonomy, if it knows."""
    tax = _taxonomy("degrees")
    if tax is None or not label.strip():
        return None
    if hasattr(tax, "level"):
        return tax.level(label.strip())
    concept = tax.lookup(label.strip())
    return getattr(concept, "kind", None) if concept is not None else None

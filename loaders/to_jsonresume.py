"""Resume → a JSON Resume (v1.0.0) document, with talentgraph's extras in named fields.

JSON Resume is what other tools read.  Employers and schools keep the name the résumé
writes ("Technische Universität München"), since that is what a reader of the record
expects to find; the taxonomy's canonical name, when it differs, sits beside it in
``canonicalName`` (the graph canonicalises on its own, from the :class:`Resume`).  Venues
carry taxonomy labels; skills too where the label only spells out what is written
(``AWS`` → ``Amazon Web Services``), not where it names something broader or different
(``REST`` stays, not ``REST APIs``; see :func:`skill_label`).  What the standard lacks goes
in extra fields:
``publications[].authors``, ``basics.name_inferred``, ``patents``, ``advisors`` and an
``x-talentgraph`` block with each item's source lines and confidence.
"""

from __future__ import annotations

import re
from typing import Any

from talentgraph.ontology.legal_forms import WRITTEN_TAIL

from .fields.skills import SPOKEN
from .lexicon.taxonomy import (
    degree_is_school_leaving,
    org_canonical,
    skill_canonical,
    skill_translated,
    venue_canonical,
)
from .models import Education, Location, Position, Resume, Skill

__all__ = ["MENTIONED_GROUP", "skill_label", "to_json_resume"]

MENTIONED_GROUP = "Mentioned"
SPOKEN_GROUP = SPOKEN
_SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"


def _drop_empty(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in (None, "", [], {})}


def _location(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return _drop_empty({"address": loc.raw if loc.remote else None, "city": loc.city,
                        "region": loc.region, "countryCode": loc.country})


def _degree(degree: str | None, level: str | None) -> str | None:
    """``Ph.D.`` → ``PhD``, ``B.Tech.`` → ``BTech``: the usual undotted spelling of a
    mixed-case abbreviation; initials in capitals (``M.S.E.``, ``B.S.``) stay as written.

    A degree of another system keeps its wording and gets its level in brackets
    (``Staatsexamen (Master)``, ``本科 (Bachelor)``): a reader of ``studyType`` should not
    need to know every country's degrees to see what level one is."""
    if degree and _DOTTED_RE.fullmatch(degree) and any(c.islower() for c in degree):
        return re.sub(r"[.\s]", "", degree)
    if degree and level in _LEVEL_NAMES and not _ENGLISH_LEVEL_RE.search(degree):
        return f"{degree} ({_LEVEL_NAMES[level]})"
    if (degree and not re.search(r"high\s+school|secondary", degree, re.I)
            and degree_is_school_leaving(degree)):
        return f"{degree} (High School)"  # "Abitur (High School)", "HAVO (High School)"
    return degree


_LEVEL_NAMES = {"associate": "Associate", "bachelor": "Bachelor", "master": "Master",
                "doctorate": "PhD"}
# How English writes each level, so "MSc", "Bachelor of Arts" or "PhD (ABD)" get nothing added.
_ENGLISH_LEVEL_RE = re.compile(
    r"\b(?:ph\.?\s?d|d\.?\s?phil|doctor|doctorate|master|masters|mba|m\.?\s?sc|m\.?\s?s|"
    r"m\.?\s?a|m\.?\s?eng|m\.?\s?phil|m\.?\s?res|bachelor|bachelors|b\.?\s?sc|b\.?\s?s|"
    r"b\.?\s?a|b\.?\s?eng|b\.?\s?tech|b\.?\s?e|associate|associates|a\.?\s?s|a\.?\s?a|"
    r"bachelier|master's|bachelor's|md|jd|llm|llb)\b", re.I)


_DOTTED_RE = re.compile(r"(?:[A-Za-z]{1,4}\.\s?)+[A-Za-z]{0,4}\.?|[A-Z][a-z]?[A-Z][A-Za-z]{0,3}")


_SHORT_NAME = 4


def _org(name: str | None) -> tuple[str | None, str | None]:
    """The organization as written (less a trailing legal form: ``Globex Corporation`` →
    ``Globex``), and its canonical name when that differs."""
    if not name:
        return name, None
    whole = " ".join(name.split())
    written = WRITTEN_TAIL.sub("", whole) or whole
    if len(written.split()) == 1 and len(written) <= _SHORT_NAME:
        written = whole  # "Q7 GmbH", "Brix AG": a short word alone names no company
    canonical = org_canonical(written)
    return written, canonical if canonical != written else None


def _work(p: Position) -> dict[str, Any]:
    name, canonical = _org(p.employer)
    return _drop_empty({
        "name": name, "canonicalName": canonical, "position": p.title, "team": p.team,
        "location": p.location.raw if p.location else None, "startDate": p.start,
        "endDate": None if p.current else p.end, "highlights": p.bullets,
    })


def _education(e: Education) -> dict[str, Any]:
    name, canonical = _org(e.school)
    return _drop_empty({
        "institution": name, "canonicalName": canonical,
        "studyType": _degree(e.degree, e.degree_level), "area": e.field,
        "startDate": e.start, "endDate": None if e.current and not e.end else e.end,
        "score": e.gpa, "degreeLevel": e.degree_level, "advisor": e.advisor, "thesis": e.thesis,
        "location": e.location.raw if e.location else None,
    })


_WORD_RE = re.compile(r"[^\W_]+")
# A last word that adds nothing to the skill it follows (singular, as compared).
_ADDS_NOTHING = frozenset({"skill", "suite"})
# What a tool's name may carry after it without naming another thing: its language or web
# suffix, or the kind of program it is ("React.js", "Cypress.io", "Spyder IDE").  Only taken
# off, never added: "Express" stays as written, though the taxonomy says "Express.js".
_TOOL_TAILS = ("js", "io", "ide")


def skill_label(written: str) -> str:
    """The name a skill is given in the record: the taxonomy's label where that only spells
    out the written one (``AWS`` → ``Amazon Web Services``, ``Spark`` → ``Apache Spark``,
    ``Pytorch`` → ``PyTorch``, ``Postgres`` → ``PostgreSQL``, ``k8s`` → ``Kubernetes``), the
    written one where the label says something else — a more general concept (``ROS 2``
    under ``ROS``), another head noun (``REST`` → ``REST APIs``), other words (``Bayesian
    Statistics`` → ``Bayesian Inference``) or a sibling tool the taxonomy files with it
    (``Vite`` under ``webpack``).  The graph files both under the taxonomy's concept."""
    canonical = skill_canonical(written)
    if skill_translated(written):
        return canonical  # "Aprendizado de Máquina" → "Machine Learning"
    mine = [w.lower().removesuffix("s") for w in _WORD_RE.findall(written)]
    theirs = [w.lower().removesuffix("s") for w in _WORD_RE.findall(canonical)]
    as_written = " ".join(written.split())
    if not mine or mine == theirs or (mine[:-1] == theirs and mine[-1] in _ADDS_NOTHING):
        return canonical  # "Communication skills", "Microsoft Office Suite"
    if any(_compact(written) == _compact(canonical) + tail for tail in _TOOL_TAILS):
        return canonical  # "React.js", "ReactJS", "Cypress.io", "Spyder IDE"
    if set(theirs) < set(mine):
        return as_written  # the written skill is the narrower one
    if len(mine) < len(theirs) and theirs[:len(mine)] == mine:
        return as_written  # the label adds a head noun: REST → REST APIs
    if any(_spells_out(part, canonical) for part in {written, *written.split("/")} if part):
        return canonical  # "AI/ML" → Machine Learning, as its "ML" spells
    return as_written  # other words for a neighbouring concept, or a sibling tool


def _spells_out(written: str, canonical: str) -> bool:
    """True when ``canonical`` is another spelling of ``written``: a vendor in front, a
    longer or shorter form, an acronym or abbreviation, or a numeronym (``k8s``)."""
    mine, theirs = written.lower().split(), canonical.lower().split()
    if len(mine) < len(theirs) and theirs[-len(mine):] == mine:
        return True  # Spark → Apache Spark
    short, full = _compact(written), _compact(canonical)
    if any(_compact(" ".join(theirs[k:])) == short for k in range(1, len(theirs))):
        return True  # Power Point → Microsoft PowerPoint: the last words, spaced otherwise
    if not short or not full:
        return False
    if short.startswith(full) or full.startswith(short):
        return True  # Postgres → PostgreSQL, Golang → Go
    if (m := _NUMERONYM_RE.fullmatch(short)) and len(full) == int(m[2]) + 2:
        return full[0] == m[1] and full[-1] == m[3]  # k8s → kubernetes
    if short[0] != full[0]:
        return False
    letters = iter(full)
    return all(ch in letters for ch in short)  # JS, TF, sklearn, GCP


def _compact(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


_NUMERONYM_RE = re.compile(r"([a-z])(\d+)([a-z])")


def _skills(skills: list[Skill]) -> list[dict[str, Any]]:
    groups: dict[str, list[str]] = {}
    mentioned: list[str] = []
    seen: set[str] = set()
    for skill in skills:
        # prose mentions are spans the taxonomy matched: its label names them best
        name = skill_canonical(skill.name) if skill.mentioned else skill_label(skill.name)
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        if skill.mentioned:
            mentioned.append(name)
        elif skill.category == SPOKEN_GROUP:
            continue  # written in ``languages``
        else:
            groups.setdefault(skill.category or "Skills", []).append(name)
    out: list[dict[str, Any]] = [{"name": g, "keywords": k} for g, k in groups.items()]
    if mentioned:
        out.append({"name": MENTIONED_GROUP, "mentioned": True, "keywords": mentioned})
    return out


def _provenance(resume: Resume) -> dict[str, Any]:
    def spans(items: list[Any]) -> list[dict[str, Any]]:
        return [{"lines": [i.source.line_start, i.source.line_end], "confidence": i.confidence}
                for i in items]

    contact = resume.contact.source
    return {
        "source": resume.source_file, "sha256": resume.sha256, "format": resume.format,
        "basics": {"lines": [contact.line_start, contact.line_end]} if contact else None,
        "work": spans(resume.positions), "education": spans(resume.education),
        "publications": spans(resume.publications), "awards": spans(resume.awards),
        "projects": spans(resume.projects), "patents": spans(resume.patents),
        "warnings": resume.warnings,
        "coverage": resume.coverage.model_dump() if resume.coverage else None,
    }


def to_json_resume(resume: Resume) -> dict[str, Any]:
    """The résumé as one JSON Resume document (a plain dict, ready for ``json.dumps``)."""
    c = resume.contact
    basics = _drop_empty({
        "name": c.name, "label": c.label, "email": c.emails[0] if c.emails else None,
        "phone": c.phones[0] if c.phones else None, "url": c.urls[0] if c.urls else None,
        "summary": c.summary, "location": _location(c.location),
        "profiles": [_drop_empty({"network": p.network, "url": p.url, "username": p.username})
                     for p in c.profiles],
    })
    if c.name_inferred:
        basics["name_inferred"] = True
        basics["name_evidence"] = c.name_evidence
    return {"$schema": _SCHEMA, "basics": basics} | _drop_empty({
        "work": [_work(p) for p in resume.positions],
        "education": [_education(e) for e in resume.education],
        "skills": _skills(resume.skills),
        "languages": [{"language": s.name} for s in resume.skills
                      if s.category == SPOKEN_GROUP and not s.mentioned],
        "publications": [_drop_empty({
            "name": p.title, "publisher": venue_canonical(p.venue) if p.venue else None,
            "releaseDate": p.year, "url": p.url, "authors": p.authors, "kind": p.kind,
            "ownerPosition": p.owner_position, "coFirstAuthors": p.co_first_authors,
        }) for p in resume.publications],
        "awards": [_drop_empty({"title": a.title, "date": a.date, "awarder": a.awarder,
                                "summary": a.summary}) for a in resume.awards],
        "projects": [_drop_empty({
            "name": p.name, "description": p.description, "entity": p.organization,
            "startDate": p.start, "endDate": p.end, "url": p.url, "highlights": p.bullets,
        }) for p in resume.projects],
        "patents": [_drop_empty({"name": p.title, "id": p.number, "date": p.date})
                    for p in resume.patents],
        "advisors": [a.name for a in resume.advisors],
        "x-talentgraph": _drop_empty(_provenance(resume)),
    })

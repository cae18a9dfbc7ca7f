"""Resume → a JSON Resume (v1.0.0) document, with talentgraph's extras in named fields.

JSON Resume is what other tools read, so standard fields carry canonical names (taxonomy
labels for skills, organizations and venues).  What the standard lacks goes in extra
fields: ``publications[].authors``, ``basics.name_inferred``, ``patents``, ``advisors`` and
an ``x-talentgraph`` block with each item's source lines and confidence.
"""

from __future__ import annotations

import re
from typing import Any

from .models import Education, Location, Position, Resume, Skill
from .skills import SPOKEN
from .vocab import org_canonical, skill_canonical, venue_canonical

__all__ = ["MENTIONED_GROUP", "to_json_resume"]

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


def _degree(degree: str | None) -> str | None:
    """``Ph.D.`` → ``PhD``, ``M.Sc`` → ``MSc``: abbreviations without their dots."""
    if degree and _DOTTED_RE.fullmatch(degree):
        return re.sub(r"[.\s]", "", degree)
    return degree


_DOTTED_RE = re.compile(r"(?:[A-Za-z]{1,4}\.\s?)+[A-Za-z]{0,4}\.?|[A-Z][a-z]?[A-Z][A-Za-z]{0,3}")


def _work(p: Position) -> dict[str, Any]:
    return _drop_empty({
        "name": org_canonical(p.employer), "position": p.title, "team": p.team,
        "location": p.location.raw if p.location else None, "startDate": p.start,
        "endDate": None if p.current else p.end, "highlights": p.bullets,
    })


def _education(e: Education) -> dict[str, Any]:
    return _drop_empty({
        "institution": org_canonical(e.school), "studyType": _degree(e.degree), "area": e.field,
        "startDate": e.start, "endDate": None if e.current and not e.end else e.end,
        "score": e.gpa, "degreeLevel": e.degree_level, "advisor": e.advisor, "thesis": e.thesis,
        "location": e.location.raw if e.location else None,
    })


def _skills(skills: list[Skill]) -> list[dict[str, Any]]:
    groups: dict[str, list[str]] = {}
    mentioned: list[str] = []
    seen: set[str] = set()
    for skill in skills:
        name = skill_canonical(skill.name)
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

"""JSON Resume (v1.0.0) documents, with talentgraph's extensions (publication authors,
advisors) so a structured résumé carries the same facts as a rendered one."""

from __future__ import annotations

import json
from typing import Any

from .people import YM
from .variants import Rendition

__all__ = ["SCHEMA_URL", "render_json"]

SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"


def _date(ym: YM | None) -> str | None:
    return f"{ym[0]:04d}-{ym[1]:02d}" if ym else None


def _drop_empty(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if v not in (None, "", [])}


def _location(raw: str) -> dict[str, str]:
    parts = [p.strip() for p in raw.split(",")]
    if raw == "Remote":
        return {"address": "Remote"}
    out = {"city": parts[0]}
    if len(parts) == 2 and len(parts[1]) == 2:
        out.update(region=parts[1], countryCode="US")
    elif len(parts) >= 2:
        out["region"] = parts[-1]
    return out


def render_json(r: Rendition, indent: int | None = 2) -> str:
    """The JSON Resume document of ``r`` (keys in schema order, for stable bytes)."""
    p = r.person
    profiles = []
    if p.linkedin:
        profiles.append({"network": "LinkedIn", "username": p.linkedin,
                         "url": f"https://www.linkedin.com/in/{p.linkedin}"})
    if p.github:
        profiles.append({"network": "GitHub", "username": p.github,
                         "url": f"https://github.com/{p.github}"})
    doc: dict[str, Any] = {
        "$schema": SCHEMA_URL,
        "basics": _drop_empty({
            "name": p.name.full, "label": p.headline, "email": p.email, "phone": p.phone,
            "summary": p.summary, "location": _location(p.location), "profiles": profiles,
        }),
        "work": [_drop_empty({
            "name": r.sp(j.employer), "position": j.title, "location": j.location,
            "startDate": _date(j.start), "endDate": _date(j.end), "highlights": list(j.bullets),
        }) for j in p.jobs],
        "education": [_drop_empty({
            "institution": r.sp(s.school), "area": s.field, "studyType": s.degree.label,
            "startDate": _date(s.start), "endDate": _date(s.end), "score": s.gpa,
        }) for s in p.studies],
        "skills": [{"name": c, "keywords": [r.sp(s) for s in g]} for c, g in p.skills],
        "publications": [_drop_empty({
            "name": x.title, "publisher": r.sp(x.venue), "releaseDate": str(x.year),
            "authors": list(x.authors),
        }) for x in p.papers],
        "awards": [_drop_empty({"title": h.title, "date": str(h.year), "awarder": h.awarder})
                   for h in p.honors],
        "projects": [_drop_empty({"name": x.name, "description": x.description,
                                  "highlights": list(x.bullets)}) for x in p.projects],
        "advisors": [{"name": s.advisor, "school": r.sp(s.school)}
                     for s in p.studies if s.advisor],
        "meta": {"version": "v1.0.0"},
    }
    doc = {k: v for k, v in doc.items() if v not in ([], {})}
    return json.dumps(doc, ensure_ascii=False, indent=indent) + "\n"

"""JSON Resume (v1.0.0) files: already structured, so they skip text extraction.

The file is validated against the parts of the schema talentgraph uses (wrong types are
refused with the JSON path of the culprit, e.g. ``work[0].startDate must be a string``) and
mapped onto :class:`~talentgraph.loaders.models.Resume`.  The document's ``lines`` are the
file re-printed as indented JSON, so each fact's source points at the line where its entry
starts and ends.  Besides the schema, talentgraph's own extensions are read:
``publications[].authors``, ``patents``, ``advisors`` and ``basics.name_inferred``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError

from ..document import Document, TextLine
from ..errors import InputError
from ..models import (
    Advisor,
    Award,
    Contact,
    Education,
    Location,
    Patent,
    Position,
    Profile,
    Project,
    Publication,
    Resume,
    Skill,
    Source,
)
from .text import decode_text, sha256_hex

__all__ = ["read_jsonresume"]

Path_ = tuple[str | int, ...]
Spans = dict[Path_, tuple[int, int]]
T = TypeVar("T")

_SECTIONS = ("basics", "work", "education", "skills", "publications", "awards", "projects",
             "volunteer", "languages", "interests", "references", "certificates", "patents",
             "advisors")
_PRESENT = {"present", "current", "now", "ongoing", "today"}
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:T.*)?")
_MONTH_YEAR = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{4})")
_NUMERIC_MONTH_YEAR = re.compile(r"(\d{1,2})[/.](\d{4})")
_PROFILE_URLS = {"github": "https://github.com/{}", "linkedin": "https://www.linkedin.com/in/{}",
                 "gitlab": "https://gitlab.com/{}", "twitter": "https://twitter.com/{}"}


class _Schema(BaseModel):
    """Field names are JSON Resume's own (camelCase); unknown keys are ignored."""

    model_config = ConfigDict(extra="ignore")


class _JLocation(_Schema):
    address: StrictStr | None = None
    postalCode: StrictStr | None = None
    city: StrictStr | None = None
    countryCode: StrictStr | None = None
    region: StrictStr | None = None


class _JProfile(_Schema):
    network: StrictStr | None = None
    username: StrictStr | None = None
    url: StrictStr | None = None


class _JBasics(_Schema):
    name: StrictStr | None = None
    label: StrictStr | None = None
    email: StrictStr | None = None
    phone: StrictStr | None = None
    url: StrictStr | None = None
    summary: StrictStr | None = None
    location: _JLocation | None = None
    profiles: list[_JProfile] = Field(default_factory=list)
    name_inferred: StrictBool = False
    name_evidence: StrictStr | None = None


class _JWork(_Schema):
    name: StrictStr | None = None
    company: StrictStr | None = None
    position: StrictStr | None = None
    location: StrictStr | None = None
    url: StrictStr | None = None
    startDate: StrictStr | None = None
    endDate: StrictStr | None = None
    summary: StrictStr | None = None
    highlights: list[StrictStr] = Field(default_factory=list)


class _JEducation(_Schema):
    institution: StrictStr | None = None
    area: StrictStr | None = None
    studyType: StrictStr | None = None
    startDate: StrictStr | None = None
    endDate: StrictStr | None = None
    score: StrictStr | None = None
    location: StrictStr | None = None


class _JSkill(_Schema):
    name: StrictStr | None = None
    level: StrictStr | None = None
    keywords: list[StrictStr] = Field(default_factory=list)


class _JPublication(_Schema):
    name: StrictStr | None = None
    publisher: StrictStr | None = None
    releaseDate: StrictStr | None = None
    url: StrictStr | None = None
    summary: StrictStr | None = None
    authors: list[StrictStr] = Field(default_factory=list)


class _JAward(_Schema):
    title: StrictStr | None = None
    date: StrictStr | None = None
    awarder: StrictStr | None = None
    summary: StrictStr | None = None


class _JProject(_Schema):
    name: StrictStr | None = None
    description: StrictStr | None = None
    entity: StrictStr | None = None
    startDate: StrictStr | None = None
    endDate: StrictStr | None = None
    url: StrictStr | None = None
    highlights: list[StrictStr] = Field(default_factory=list)


class _JPatent(_Schema):
    title: StrictStr | None = None
    name: StrictStr | None = None
    number: StrictStr | None = None
    date: StrictStr | None = None


class _JAdvisor(_Schema):
    name: StrictStr | None = None
    school: StrictStr | None = None
    role: StrictStr | None = None


class _JResume(_Schema):
    basics: _JBasics = Field(default_factory=_JBasics)
    work: list[_JWork] = Field(default_factory=list)
    education: list[_JEducation] = Field(default_factory=list)
    skills: list[_JSkill] = Field(default_factory=list)
    publications: list[_JPublication] = Field(default_factory=list)
    awards: list[_JAward] = Field(default_factory=list)
    projects: list[_JProject] = Field(default_factory=list)
    patents: list[_JPatent] = Field(default_factory=list)
    advisors: list[_JAdvisor] = Field(default_factory=list)


def read_jsonresume(path: str, data: bytes) -> Document:
    """Validate a JSON Resume file and map it onto a structured :class:`Resume`."""
    raw = _load(path, decode_text(path, data))
    try:
        parsed = _JResume.model_validate(raw)
    except ValidationError as err:
        raise InputError(path, f"JSON Resume: {_describe(err)}") from err
    lines, spans = _pretty(raw)
    resume = _Mapper(path, sha256_hex(data), spans).resume(parsed)
    blocks = tuple(TextLine(line, number) for number, line in enumerate(lines, start=1))
    return Document(path=path, format="jsonresume", sha256=resume.sha256, blocks=blocks,
                    structured=resume)


def _load(path: str, text: str) -> dict[str, Any]:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(path, f"not valid JSON ({err.msg} at line {err.lineno})") from err
    except RecursionError as err:
        raise InputError(path, "not valid JSON (nested too deeply)") from err
    if not isinstance(raw, dict):
        raise InputError(path, "JSON Resume: the top level must be an object")
    if not any(key in raw for key in _SECTIONS):
        raise InputError(path, "not a JSON Resume (no basics, work, education... section)")
    return raw


def _describe(err: ValidationError) -> str:
    first = err.errors()[0]
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
    expected = {"string_type": "a string", "list_type": "a list", "bool_type": "true or false",
                "model_type": "an object", "dict_type": "an object",
                "model_attributes_type": "an object"}.get(first["type"])
    reason = f"must be {expected}" if expected else first["msg"].lower()
    return f"{where.lstrip('.')} {reason}"


def _pretty(value: Any) -> tuple[list[str], Spans]:
    """Indented JSON (as ``json.dumps(indent=2)``) plus the 1-based line span of each path."""
    lines: list[str] = []
    spans: Spans = {}

    def emit(node: Any, path: Path_, depth: int, prefix: str, comma: str) -> None:
        start, pad = len(lines) + 1, "  " * depth
        if isinstance(node, dict | list) and node:
            is_dict = isinstance(node, dict)
            lines.append(pad + prefix + ("{" if is_dict else "["))
            items = list(node.items()) if is_dict else list(enumerate(node))
            for i, (key, child) in enumerate(items):
                head = json.dumps(key, ensure_ascii=False) + ": " if is_dict else ""
                emit(child, (*path, key), depth + 1, head, "," if i < len(items) - 1 else "")
            lines.append(pad + ("}" if is_dict else "]") + comma)
        else:
            lines.append(pad + prefix + json.dumps(node, ensure_ascii=False) + comma)
        spans[path] = (start, len(lines))

    emit(value, (), 0, "", "")
    return lines, spans


class _Mapper:
    """Schema objects to talentgraph models, collecting warnings for skipped entries."""

    def __init__(self, path: str, sha256: str, spans: Spans) -> None:
        self.path, self.sha256, self.spans = path, sha256, spans
        self.warnings: list[str] = []

    def resume(self, doc: _JResume) -> Resume:
        owner = doc.basics.name
        return Resume(
            source_file=self.path, sha256=self.sha256, format="jsonresume",
            contact=self._contact(doc.basics),
            positions=_compact(self._position(w, i) for i, w in enumerate(doc.work)),
            education=_compact(self._education(e, i) for i, e in enumerate(doc.education)),
            skills=[s for i, skill in enumerate(doc.skills) for s in self._skills(skill, i)],
            publications=_compact(self._publication(p, i, owner)
                                  for i, p in enumerate(doc.publications)),
            awards=_compact(self._award(a, i) for i, a in enumerate(doc.awards)),
            projects=_compact(self._project(p, i) for i, p in enumerate(doc.projects)),
            patents=_compact(self._patent(p, i) for i, p in enumerate(doc.patents)),
            advisors=_compact(self._advisor(a, i) for i, a in enumerate(doc.advisors)),
            warnings=self.warnings,
        )

    def source(self, *path: str | int) -> Source:
        start, end = self.spans.get(path, (0, 0))
        return Source(file=self.path, line_start=start, line_end=end)

    def date(self, value: str | None, where: str) -> str | None:
        text = (value or "").strip()
        if not text or text.lower() in _PRESENT:
            return None
        parsed = _parse_date(text)
        if parsed is None:
            self.warnings.append(f"{where}: unrecognised date {text!r}, ignored")
        return parsed

    def missing(self, where: str, field: str) -> None:
        self.warnings.append(f"{where} has no {field}; skipped")

    def _contact(self, basics: _JBasics) -> Contact:
        profiles = []
        for i, prof in enumerate(basics.profiles):
            network = (prof.network or "").strip()
            url = prof.url or _PROFILE_URLS.get(network.lower(), "").format(prof.username or "")
            if not url or (not prof.url and not prof.username):
                self.missing(f"basics.profiles[{i}]", "url")
                continue
            profiles.append(Profile(network=network or "web", url=url, username=prof.username))
        return Contact(
            name=_clean(basics.name), name_inferred=basics.name_inferred,
            name_evidence=basics.name_evidence, label=_clean(basics.label),
            emails=_present(basics.email), phones=_present(basics.phone),
            urls=_present(basics.url), profiles=profiles,
            location=_basics_location(basics.location), summary=_clean(basics.summary),
            source=self.source("basics") if ("basics",) in self.spans else None,
        )

    def _position(self, work: _JWork, i: int) -> Position | None:
        employer = _clean(work.name) or _clean(work.company)
        if not employer:
            self.missing(f"work[{i}]", "name")
            return None
        start = self.date(work.startDate, f"work[{i}].startDate")
        end = self.date(work.endDate, f"work[{i}].endDate")
        bullets = [*_present(work.summary), *(h.strip() for h in work.highlights if h.strip())]
        return Position(employer=employer, title=_clean(work.position),
                        location=_location(work.location), start=start, end=end,
                        current=_is_current(start, work.endDate), bullets=bullets,
                        source=self.source("work", i))

    def _education(self, edu: _JEducation, i: int) -> Education | None:
        school = _clean(edu.institution)
        if not school:
            self.missing(f"education[{i}]", "institution")
            return None
        start = self.date(edu.startDate, f"education[{i}].startDate")
        end = self.date(edu.endDate, f"education[{i}].endDate")
        return Education(school=school, degree=_clean(edu.studyType), field=_clean(edu.area),
                         location=_location(edu.location), start=start, end=end,
                         current=_is_current(start, edu.endDate), gpa=_clean(edu.score),
                         source=self.source("education", i))

    def _skills(self, skill: _JSkill, i: int) -> list[Skill]:
        source = self.source("skills", i)
        category = _clean(skill.name)
        keywords = [k.strip() for k in skill.keywords if k.strip()]
        if keywords:
            return [Skill(name=k, category=category, source=source) for k in keywords]
        return [Skill(name=category, source=source)] if category else []

    def _publication(self, pub: _JPublication, i: int, owner: str | None) -> Publication | None:
        title = _clean(pub.name)
        if not title:
            self.missing(f"publications[{i}]", "name")
            return None
        marked = [a.strip() for a in pub.authors if a.strip()]
        authors = [a.rstrip("*† ").strip() for a in marked]
        co_first = [a.rstrip("*† ").strip() for a in marked if a.endswith(("*", "†"))]
        date = self.date(pub.releaseDate, f"publications[{i}].releaseDate")
        return Publication(title=title, venue=_clean(pub.publisher),
                           year=date[:4] if date else None, authors=authors,
                           owner_position=_owner_position(authors, owner),
                           co_first_authors=co_first, url=_clean(pub.url),
                           source=self.source("publications", i))

    def _award(self, award: _JAward, i: int) -> Award | None:
        title = _clean(award.title)
        if not title:
            self.missing(f"awards[{i}]", "title")
            return None
        return Award(title=title, date=self.date(award.date, f"awards[{i}].date"),
                     awarder=_clean(award.awarder), summary=_clean(award.summary),
                     source=self.source("awards", i))

    def _project(self, proj: _JProject, i: int) -> Project | None:
        name = _clean(proj.name)
        if not name:
            self.missing(f"projects[{i}]", "name")
            return None
        return Project(name=name, description=_clean(proj.description),
                       organization=_clean(proj.entity),
                       start=self.date(proj.startDate, f"projects[{i}].startDate"),
                       end=self.date(proj.endDate, f"projects[{i}].endDate"),
                       url=_clean(proj.url),
                       bullets=[h.strip() for h in proj.highlights if h.strip()],
                       source=self.source("projects", i))

    def _patent(self, patent: _JPatent, i: int) -> Patent | None:
        title = _clean(patent.title) or _clean(patent.name)
        if not title:
            self.missing(f"patents[{i}]", "title")
            return None
        return Patent(title=title, number=_clean(patent.number),
                      date=self.date(patent.date, f"patents[{i}].date"),
                      source=self.source("patents", i))

    def _advisor(self, advisor: _JAdvisor, i: int) -> Advisor | None:
        name = _clean(advisor.name)
        if not name:
            self.missing(f"advisors[{i}]", "name")
            return None
        return Advisor(name=name, school=_clean(advisor.school),
                       role=_clean(advisor.role) or "advisor", source=self.source("advisors", i))


def _parse_date(text: str) -> str | None:
    """ISO dates (and the common ``Jan 2020`` / ``01/2020`` slips) as ``YYYY`` or ``YYYY-MM``."""
    if match := _ISO.fullmatch(text):
        year, month = match.group(1), match.group(2)
        return f"{year}-{int(month):02d}" if month and 1 <= int(month) <= 12 else year
    if match := _MONTH_YEAR.fullmatch(text):
        month = _MONTHS.get(match.group(1)[:3].lower())
        return f"{match.group(2)}-{month:02d}" if month else None
    if match := _NUMERIC_MONTH_YEAR.fullmatch(text):
        month = int(match.group(1))
        return f"{match.group(2)}-{month:02d}" if 1 <= month <= 12 else None
    return None


def _is_current(start: str | None, raw_end: str | None) -> bool:
    """JSON Resume leaves ``endDate`` out for an ongoing role; without a start, we cannot tell."""
    end = (raw_end or "").strip().lower()
    return end in _PRESENT or (not end and start is not None)


def _owner_position(authors: list[str], owner: str | None) -> int | None:
    if not owner:
        return None
    wanted = " ".join(owner.split()).casefold()
    for i, author in enumerate(authors, 1):
        if " ".join(author.split()).casefold() == wanted:
            return i
    return None


def _basics_location(loc: _JLocation | None) -> Location | None:
    if loc is None:
        return None
    parts = [p.strip() for p in (loc.city, loc.region, loc.countryCode) if p and p.strip()]
    if not parts:
        return _location(loc.address)
    return Location(raw=", ".join(parts), city=_clean(loc.city), region=_clean(loc.region),
                    country=_clean(loc.countryCode))


def _location(text: str | None) -> Location | None:
    raw = _clean(text)
    return Location(raw=raw, remote=raw.lower() == "remote") if raw else None


def _clean(text: str | None) -> str | None:
    cleaned = " ".join((text or "").split())
    return cleaned or None


def _present(text: str | None) -> list[str]:
    cleaned = _clean(text)
    return [cleaned] if cleaned else []


def _compact(items: Iterable[T | None]) -> list[T]:
    return [item for item in items if item is not None]

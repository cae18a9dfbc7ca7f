"""JSON Resume files: already structured, so they skip text extraction.

Files in the wild bend the schema: a string where a list belongs (``"highlights": "Led
..."``), numbers for dates, pre-1.0 keys (``company``, ``website``), a job's bullets inside a
multi-line ``summary``, skills under a key of their own (``"Technical skills": [...]``).
Each such value is coerced to what the schema means and the coercion recorded as a warning
naming its JSON path (:func:`coerce`); a file is refused only when it is not JSON or holds
nothing a résumé has.  The document's blocks are the file re-printed as indented JSON, so
each fact's source points at the lines where its entry starts and ends.  Besides the schema,
talentgraph's own extensions are read: ``publications[].authors``, ``patents``,
``advisors`` and ``basics.name_inferred``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from types import UnionType
from typing import Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError

from ..document import Document, TextLine
from ..errors import InputError
from ..lexicon.dates import find_dates, strip_dates
from ..lexicon.headings import classify as classify_heading
from ..lexicon.skill_names import is_field_name, split_item, split_list
from ..lexicon.taxonomy import skill_is_category, skill_known
from ..lexicon.vocabulary import alternation, vocabulary
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
_PRESENT_RE = re.compile(alternation(vocabulary().present, bounded=False))
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:T.*)?")
_SHORT_YEAR = re.compile(r"['’](\d{2})")
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
    coercions: list[str] = []
    origins: dict[Path_, Path_] = {}
    fixed = coerce(raw, coercions, origins)
    if not any(fixed.get(key) for key in _SECTIONS):
        raise InputError(path, "not a JSON Resume: no section holds anything a résumé has")
    try:
        parsed = _JResume.model_validate(fixed)
    except ValidationError as err:  # coerce() leaves every value of the schema's type
        raise InputError(path, f"JSON Resume: {_describe(err)}") from err
    lines, spans = _pretty(raw)
    mapper = _Mapper(path, sha256_hex(data),
                     {new: spans[old] for new, old in origins.items() if old in spans})
    mapper.warnings.extend(coercions)
    resume = mapper.resume(parsed)
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
    if not any(_section_of(key) for key in raw):
        raise InputError(path, "not a JSON Resume (no basics, work, education... section)")
    return raw


# Keys of other JSON Resume versions and tools, and the schema key each stands for.
_KEY_ALIASES = {
    "work": {"company": "name", "website": "url", "title": "position", "role": "position",
             "start": "startDate", "end": "endDate", "description": "summary"},
    "education": {"school": "institution", "university": "institution", "degree": "studyType",
                  "field": "area", "major": "area", "gpa": "score", "start": "startDate",
                  "end": "endDate", "graduationDate": "endDate"},
    "basics": {"website": "url", "fullName": "name", "title": "label", "mobile": "phone"},
    "publications": {"title": "name", "website": "url", "date": "releaseDate",
                     "journal": "publisher", "venue": "publisher"},
    "awards": {"name": "title", "issuer": "awarder"},
    "projects": {"title": "name", "website": "url"},
    "skills": {"category": "name", "items": "keywords", "list": "keywords"},
}
_MODELS: dict[str, type[BaseModel]] = {}


def _section_of(key: str) -> str | None:
    """The schema section a top-level key holds: its own name, or what its words name
    (``"Technical skills"`` holds skills, ``"Experience"`` work)."""
    if key in _SECTIONS:
        return key
    kind = classify_heading(key.replace("_", " "))
    return {"experience": "work", "education": "education", "skills": "skills",
            "publications": "publications", "awards": "awards",
            "projects": "projects", "patents": "patents"}.get(kind or "")


def coerce(raw: dict[str, Any], notes: list[str],
           origins: dict[Path_, Path_] | None = None) -> dict[str, Any]:
    """The file's sections as the schema types them, each change noted with its path.

    Values of the wrong type are turned into what they mean: a string where a list belongs
    becomes its lines (``"- "`` bullets read as items), a number a string, a list where one
    string belongs is joined; old and foreign keys are renamed; a section under a key of its
    own is merged into the section it holds.  What cannot mean anything is dropped, noted.
    ``origins`` receives, for each entry that moved, the path it has in the file.
    """
    out: dict[str, Any] = {}
    origins = {} if origins is None else origins
    for key, value in raw.items():
        section = _section_of(key)
        if section is None or section not in _fields(_JResume):
            continue  # volunteer, languages, interests...: sections the graph does not hold
        model = _fields(_JResume)[section]
        where = key if key == section else f"{key} (read as {section})"
        if key != section:
            notes.append(f"{key}: read as {section}")
        value = _value(value, model, where, notes)
        if value is None:
            continue
        if isinstance(value, list):
            held = out.get(section) if isinstance(out.get(section), list) else []
            for index in range(len(value)):
                origins[(section, len(held) + index)] = (key, index)
            out[section] = [*held, *value]
        else:
            origins[(section,)] = (key,)
            out[section] = value
    return out


@cache
def _fields(model: type[BaseModel]) -> dict[str, Any]:
    """A schema model's field names and their types (pydantic's ``model_fields`` is a
    property that costs a call each time, and coercion asks for every value)."""
    return {name: field.annotation for name, field in model.model_fields.items()}


#: :func:`_shape`'s answers by the type's id, with the type kept alive beside them (so its
#: id is never reused): hashing a typing construct runs Python code for every value
_SHAPES: dict[int, tuple[Any, str, Any]] = {}


def _shape(annotation: Any) -> tuple[str, Any]:
    """What coercing to ``annotation`` does: ``("optional", inner)``, ``("list", item)``,
    ``("object", model)``, ``("bool", None)`` or ``("string", None)``; worked out once
    per type rather than once per value."""
    known = _SHAPES.get(id(annotation))
    if known is not None:
        return known[1], known[2]
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (Union, UnionType):
        shape = "optional", next(a for a in args if a is not type(None))
    elif origin is list:
        shape = "list", args[0]
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
        shape = "object", annotation
    elif annotation is StrictBool or annotation is bool:
        shape = "bool", None
    else:
        shape = "string", None
    _SHAPES[id(annotation)] = (annotation, *shape)
    return shape


def _value(value: Any, annotation: Any, where: str, notes: list[str]) -> Any:
    """``value`` coerced to the schema type ``annotation``, or None when it means nothing."""
    shape, inner = _shape(annotation)
    if shape == "optional":
        return None if value is None else _value(value, inner, where, notes)
    if shape == "list":
        return _list(value, inner, where, notes)
    if shape == "object":
        return _object(value, inner, where, notes)
    if shape == "bool":
        if isinstance(value, bool):
            return value
        notes.append(f"{where}: {type(value).__name__} read as true/false")
        return bool(value)
    return _string(value, where, notes)


def _string(value: Any, where: str, notes: list[str]) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        notes.append(f"{where}: true/false where text belongs; dropped")
        return None
    if isinstance(value, int | float):
        notes.append(f"{where}: number read as text")
        return str(value)
    if isinstance(value, list):
        parts = [p for v in value if (p := _string(v, where, [])) and p.strip()]
        notes.append(f"{where}: list joined into one text")
        return ", ".join(parts) or None
    if isinstance(value, dict):
        parts = [p for v in value.values() if (p := _string(v, where, [])) and p.strip()]
        notes.append(f"{where}: object joined into one text")
        return ", ".join(parts) or None
    return None


_ITEM_LINE_RE = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


def _list(value: Any, item: Any, where: str, notes: list[str]) -> list[Any] | None:
    if value is None:
        return None
    if isinstance(value, dict) and isinstance(item, type) and issubclass(item, BaseModel):
        if item is _JSkill and all(isinstance(v, list | str) for v in value.values()):
            notes.append(f"{where}: an object of skill lists read as skill groups")
            value = [{"name": k, "keywords": v} for k, v in value.items()]
        else:
            notes.append(f"{where}: one entry where a list belongs")
            value = [value]
    elif isinstance(value, str):
        lines = [ln for ln in value.splitlines() if ln.strip()]
        if item is StrictStr or item is str:
            items = [_ITEM_LINE_RE.sub("", ln).strip() for ln in lines]
            if len(items) == 1 and ("," in items[0] or ";" in items[0]):
                items = [p.strip() for p in re.split(r"[,;]", items[0]) if p.strip()]
            notes.append(f"{where}: text where a list belongs, read as its items")
            return items
        notes.append(f"{where}: text where a list of entries belongs, read as one entry")
        value = [value]
    elif not isinstance(value, list):
        notes.append(f"{where}: {type(value).__name__} where a list belongs; dropped")
        return None
    out = []
    for index, element in enumerate(value):
        coerced = _value(element, item, f"{where}[{index}]", notes)
        if coerced is not None:
            out.append(coerced)
    return out


def _object(value: Any, model: type[BaseModel], where: str,
            notes: list[str]) -> dict[str, Any] | None:
    if isinstance(value, str):
        first = next(iter(_fields(model)))
        notes.append(f"{where}: text where an entry belongs, read as its {first}")
        return {first: value}
    if not isinstance(value, dict):
        notes.append(f"{where}: {type(value).__name__} where an entry belongs; dropped")
        return None
    aliases = _KEY_ALIASES.get(where.split("[")[0].split(" ")[0], {})
    fields = _fields(model)
    out: dict[str, Any] = {}
    for key, element in value.items():
        name = key if key in fields else aliases.get(key)
        if name is None or name not in fields or (name in out and key != name):
            continue
        if name != key:
            notes.append(f"{where}.{key}: read as {name}")
        coerced = _value(element, fields[name], f"{where}.{key}", notes)
        if coerced is not None:
            out[name] = coerced
    return out


def _describe(err: ValidationError) -> str:
    first = err.errors()[0]
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
    expected = {"string_type": "a string", "list_type": "a list", "bool_type": "true or false",
                "model_type": "an object", "dict_type": "an object",
                "model_attributes_type": "an object"}.get(first["type"])
    reason = f"must be {expected}" if expected else first["msg"].lower()
    return f"{where.lstrip('.')} {reason}"


#: ``json.dumps(value, ensure_ascii=False)`` without building an encoder for every value
_json = json.JSONEncoder(ensure_ascii=False).encode


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
                head = _json(key) + ": " if is_dict else ""
                emit(child, (*path, key), depth + 1, head, "," if i < len(items) - 1 else "")
            lines.append(pad + ("}" if is_dict else "]") + comma)
        else:
            lines.append(pad + prefix + _json(node) + comma)
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
        if not text or _is_present(text):
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
        bullets = [*_summary_items(work.summary),
                   *(h.strip() for h in work.highlights if h.strip())]
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
        """A group's keywords, each read as a listed item is (``CI/CD (GitHub Actions &
        Travis CI)`` is three skills, ``Laravel 5.*`` is Laravel); a group named after a
        skill (``Docker``) is one itself, a group named for a kind (``Databases``) is not."""
        source = self.source("skills", i)
        category = _clean(skill.name)
        names = [name for k in skill.keywords if k.strip() for name in _keyword(k)]
        out = [Skill(name=name, category=category, source=source) for name in names]
        if category and (not names or (
                skill_known(category) and not skill_is_category(category)
                and not is_field_name(category)
                and category.lower() not in {n.lower() for n in names})):
            out.insert(0, Skill(name=category, source=source))
        return out

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
    """ISO dates (day precision cut to the month, ``2024-09-31`` included) and whatever a
    résumé writes (``Jan 2020``, ``01/2020``, ``Okt. 2015``, ``'16``) as ``YYYY`` or
    ``YYYY-MM``."""
    if match := _ISO.fullmatch(text):
        year, month = match.group(1), match.group(2)
        return f"{year}-{int(month):02d}" if month and 1 <= int(month) <= 12 else year
    if match := _SHORT_YEAR.fullmatch(text):
        short = int(match.group(1))
        return f"{2000 + short if short < 70 else 1900 + short}"
    spans = find_dates(text)
    if len(spans) == 1 and len(strip_dates(text).split()) <= 1:
        return spans[0].start
    return None


def _is_present(text: str) -> bool:
    """``Present``, ``heute``, ``Actualidad``...: an open end, in any language."""
    return bool(_PRESENT_RE.fullmatch(" ".join(text.strip(" .").split()).casefold()))


def _is_current(start: str | None, raw_end: str | None) -> bool:
    """JSON Resume leaves ``endDate`` out (or empty) for an ongoing role; without a start,
    we cannot tell."""
    end = (raw_end or "").strip()
    return _is_present(end) if end else start is not None


_LABELLED_RE = re.compile(r"^[^:,()]{2,40}?\s*:\s*(?P<rest>[^:]*,[^:]*)$")


def _keyword(keyword: str) -> list[str]:
    """A keyword's skills: split as a listed item is, when what it splits into is skills the
    taxonomy knows (``CI/CD (GitHub Actions & Travis CI)``); otherwise kept whole, as the
    file wrote it."""
    if m := _LABELLED_RE.match(keyword):
        # "Package Managers: npm, Yarn": a sub-group's label, then its list
        return [name for item in split_list(m["rest"]) for name in _keyword(item)]
    parts = split_item(keyword)
    if not any(skill_known(part) for part in parts):
        return [" ".join(keyword.split())]
    return parts


def _summary_items(text: str | None) -> list[str]:
    """A job's ``summary`` written as a list (``- Led ...`` lines) is its bullets."""
    lines = [ln.strip() for ln in (text or "").splitlines() if ln.strip()]
    if len(lines) > 1 and sum(bool(_ITEM_LINE_RE.match(ln)) for ln in lines) >= len(lines) / 2:
        return [_ITEM_LINE_RE.sub("", ln).strip() for ln in lines]
    return _present(text)


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

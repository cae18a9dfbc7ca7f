"""A job posting file -> :class:`~.models.Job`: what the job asks for, with the line of
the posting each part was read from.

The posting goes through the résumé readers (:func:`talentgraph.loaders.read.read_document`
and :func:`~talentgraph.loaders.segment.lines.to_lines`: text, Markdown, PDF, DOCX), and its
words through the same vocabularies: skills are the skills taxonomy's mentions (the spotter
the résumé extractor uses, in its list mode for list items), the title goes to the
occupation matcher and the seniority scheme of :mod:`talentgraph.graph.careers`, degrees
to the degrees taxonomy, places to the loaders' place parser.  What is only a posting's
(its headings, "nice to have", "5+ years") is data in ``data/posting.toml``.

Required or preferred: a skill under a requirements heading is required, under a "nice to
have" heading preferred, and a line's own cue ("... is a plus", "must have ...") overrides
its heading; skills named only in the description of the role are preferred; those in
"About us" or the benefits are not asked of anyone.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Literal

from talentgraph.loaders.errors import InputError

from .models import Job, WantedSkill

__all__ = ["PostingError", "job_from_fields", "job_from_text", "parse_posting"]

log = logging.getLogger(__name__)

Kind = Literal["required", "preferred", "neutral", "ignored"]
_YEARS = r"(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to|bis|à|a)\s*\d{1,2}\s*)?(?:\+\s*)?"
_DEGREE_LINE = re.compile(
    r"\b(?:degree|diploma|bachelor|master|ph\.?\s?d|doctora|b\.?\s?s\.?c?|m\.?\s?s\.?c?|"
    r"b\.?a\.?|m\.?a\.?|mba|studium|abschluss|diplôme|licenciatura)", re.IGNORECASE)
_DEGREE_RANK = {"associate": 1, "diploma": 1, "bachelor": 2, "master": 3, "doctorate": 4}
_LIST_PREFIX = re.compile(
    r"^(?:(?:strong |solid |good |hands-on |proven |deep )?(?:experience|knowledge|"
    r"proficiency|expertise|familiarity) (?:with|in|of)|with|in|and|or|e\.g\.|such as|"
    r"including|like)\s+", re.IGNORECASE)
_MAX_TITLE_WORDS = 10


class PostingError(InputError):
    """A posting that cannot be read as a job: the message names the file and why."""


@dataclass(frozen=True)
class _Words:
    headings: dict[str, tuple[str, ...]]
    cues: dict[str, re.Pattern[str]]
    title_labels: re.Pattern[str]
    location_labels: re.Pattern[str]
    remote: re.Pattern[str]
    years: re.Pattern[str]


def _any_of(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@cache
def _words() -> _Words:
    data = tomllib.loads(files("talentgraph.queries.matching").joinpath(
        "data", "posting.toml").read_text("utf-8"))
    cues = data["cues"]

    def label(key: str) -> re.Pattern[str]:
        return re.compile(rf"^\s*(?:{_any_of(cues[key])})\s*[:：]\s*(.+)$", re.IGNORECASE)

    return _Words(
        headings={k: tuple(v) for k, v in data["headings"].items()},
        cues={k: re.compile(rf"(?<!\w)(?:{_any_of(cues[k])})(?!\w)", re.IGNORECASE)
              for k in ("preferred", "required")},
        title_labels=label("title_labels"), location_labels=label("location_labels"),
        remote=re.compile(rf"(?<!\w)(?:{_any_of(cues['remote_words'])})(?!\w)",
                          re.IGNORECASE),
        years=re.compile(rf"{_YEARS}(?:{_any_of(cues['years_words'])})\b", re.IGNORECASE))


def _fold(text: str) -> str:
    """Lower-case words keeping accents, ``'``, ``+``, ``#`` and ``-``: a heading is matched
    word by word against the vocabulary's phrases as written there (``Nice-to-have``),
    unlike the loaders' keys (:func:`~talentgraph.ontology.names.fold_words`)."""
    return " ".join(re.sub(r"[^\w'+#-]+", " ", text.lower()).split())


def _heading_kind(text: str) -> Kind | None:
    """The kind of a heading (None when no vocabulary phrase starts it)."""
    folded = _fold(text)
    best: tuple[int, Kind] | None = None
    for kind, phrases in _words().headings.items():
        for phrase in phrases:
            key = _fold(phrase)
            if (folded == key or folded.startswith(key + " ")) and (
                    best is None or len(key) > best[0]):
                best = (len(key), kind)  # type: ignore[assignment]
    return best[1] if best else None


def _is_heading(line_text: str, heading: int, bullet: bool, bold: bool) -> bool:
    words = line_text.rstrip(":：").split()
    if bullet or not words or len(words) > 7:
        return False
    return bool(heading or bold or line_text.rstrip().endswith((":", "："))
                or (line_text.isupper() and len(words) <= 5))


@dataclass
class _Reading:
    title: tuple[str, int] | None = None
    location: tuple[str, int] | None = None
    years: tuple[float, int, bool] | None = None  # value, line, required
    degrees: list[tuple[str, int, bool]] | None = None
    skills: dict[str, tuple[WantedSkill, int]] | None = None
    structured: bool = False  # saw a heading or a cue of a posting


def _line_kind(text: str, section: Kind) -> Kind:
    """A line's own cue wins over its heading ("Kafka is a plus" under Requirements)."""
    words = _words()
    if section == "ignored":
        return section
    if words.cues["preferred"].search(text):
        return "preferred"
    if words.cues["required"].search(text):
        return "required"
    return section


def _list_items(text: str) -> list[str]:
    """The items of a list-like line ("Python, Go, Frobnicator"), each without the
    "experience with" before it; [] for prose."""
    from talentgraph.loaders.lexicon.skill_names import split_list

    body = text.split(":", 1)[1] if ":" in text[:40] else text
    items = [_LIST_PREFIX.sub("", item.strip(" .;()")).strip(" .;()")
             for item in split_list(body)]
    items = [re.sub(r"^(?:and|or)\s+", "", item, flags=re.IGNORECASE) for item in items]
    if len(items) < 2 or any(len(item.split()) > 3 for item in items):
        return []
    return [item for item in items if item]


def _skills(text: str, listed: bool) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Known skills (pref label, concept id, as written) and unknown list items."""
    from talentgraph.ontology.taxonomy import skills

    taxonomy = skills()
    found = [(c.pref_label, c.id, text[a:b]) for c, a, b in taxonomy.mentions(text,
                                                                              listed=listed)]
    unknown = []
    for item in _list_items(text) if listed else ():
        if taxonomy.mentions(item, listed=True) or not re.search(r"[A-Z0-9+#]", item):
            continue
        unknown.append(item)
    return found, unknown


def _degree_levels(text: str) -> list[str]:
    """Degree levels a line names (``Bachelor's or Master's`` -> both)."""
    from talentgraph.ontology.taxonomy import degrees

    if not _DEGREE_LINE.search(text):
        return []
    taxonomy = degrees()
    levels = []
    for word in re.finditer(r"\b\w", text):
        concept, _ = taxonomy.split(text[word.start():])
        if concept is None or concept.kind not in _DEGREE_RANK:
            continue
        # an abbreviation counts only before a field or another degree ("MS in CS", "BS/MS",
        # "BS or MS"): "MS Office" names no degree
        written = text[word.start():].split()[0]
        after = text[word.start() + len(written):]
        if len(written.strip(".,;:()")) <= 3 and not re.match(
                r"[\s.,;:()]*(?:in\b|of\b|/|or\b|and\b|degree|$)", after, re.IGNORECASE):
            continue
        levels.append(concept.kind)
    return levels


def _read(lines: Sequence[tuple[int, str, int, bool, bool]]) -> _Reading:
    words = _words()
    reading = _Reading(degrees=[], skills={})
    section: Kind = "neutral"
    for index, (number, text, heading, bullet, bold) in enumerate(lines):
        if not text.strip():
            continue
        labelled = words.title_labels.match(text)
        if labelled and reading.title is None:
            reading.title = (labelled.group(1).strip(), number)
            continue
        place = words.location_labels.match(text)
        if place:
            reading.location = (place.group(1).strip(), number)
            continue
        if reading.location is None and words.remote.search(text) and len(text.split()) <= 8:
            reading.location = ("remote", number)
        if _is_heading(text, heading, bullet, bold):
            kind = _heading_kind(text)
            inline = text.split(":", 1)[1].strip() if ":" in text else ""
            if kind is not None:
                reading.structured = True
                if not inline:
                    section = kind
                    continue
            elif reading.title is None and index < 3 and not inline:
                reading.title = (text.strip(" #*:"), number)
                continue
            elif not inline:
                section = "neutral"
                continue
        elif reading.title is None and index == 0 and len(text.split()) <= _MAX_TITLE_WORDS:
            reading.title = (text.strip(" #*:"), number)
            continue
        inline_kind = _heading_kind(text.split(":", 1)[0]) if ":" in text[:40] else None
        kind = _line_kind(text, inline_kind or section)
        if kind != section or inline_kind:
            reading.structured = True
        if kind == "ignored":
            continue
        required = kind == "required"
        years = words.years.search(text)
        if years and (reading.years is None or (required and not reading.years[2])):
            reading.years = (float(years.group(1)), number, required)
        levels = _degree_levels(text)
        for level in levels:
            reading.degrees.append((level, number, required))  # type: ignore[union-attr]
        if levels:
            continue  # "in Computer Science" is the degree's field, not a skill asked for
        listed = bullet or bool(_list_items(text))
        known, unknown = _skills(text, listed)
        for name, concept, written in known:
            _want(reading, WantedSkill(name, required, concept, written), number)
        for name in unknown if kind in ("required", "preferred") else ():
            _want(reading, WantedSkill(name, required, None, name), number)
    return reading


def _want(reading: _Reading, skill: WantedSkill, number: int) -> None:
    """Keep one entry per skill; required wins over preferred."""
    assert reading.skills is not None
    seen = reading.skills.get(skill.name.lower())
    if seen is None or (skill.required and not seen[0].required):
        reading.skills[skill.name.lower()] = (skill, number)


def job_from_lines(lines: Sequence[tuple[int, str, int, bool, bool]], source: str) -> Job:
    """The job of a posting's lines: ``(number, text, heading level, bullet, bold)``."""
    from talentgraph.graph.careers.occupations import matcher
    from talentgraph.ontology.careers import seniority

    reading = _read(lines)
    skills = reading.skills or {}
    if not any(line[1].strip() for line in lines):
        raise PostingError(source, "empty posting")
    if not skills and not reading.structured:
        raise PostingError(source, "does not read as a job posting: no skills the taxonomy "
                                   "knows and no requirements or 'nice to have' section")
    evidence: list[tuple[str, str]] = []
    title = occupation = occupation_name = level = None
    if reading.title:
        title = reading.title[0]
        evidence.append(("title", f"line {reading.title[1]}"))
        found = matcher().match(title)
        if found.occupation is not None:
            occupation, occupation_name = found.occupation.notation, found.occupation.pref_label
            evidence.append(("occupation", f"{found.note} ({found.confidence})"))
        named = seniority().find(title)
        if named is not None:
            level = named.level.notation
            evidence.append(("seniority", f"'{named.word}' in the title"))
    years = None
    if reading.years:
        years = reading.years[0]
        evidence.append(("min_years", f"line {reading.years[1]}"))
    degree = None
    wanted = [d for d in reading.degrees or () if d[2]] or []
    if wanted:
        level_name, number, _ = min(wanted, key=lambda d: _DEGREE_RANK[d[0]])
        degree = level_name
        evidence.append(("degree_level", f"line {number}"))
    location = None
    if reading.location:
        location = reading.location[0]
        evidence.append(("location", f"line {reading.location[1]}"))
    ordered = sorted(skills.values(), key=lambda pair: (pair[1], pair[0].name))
    for skill, number in ordered:
        evidence.append((f"skill {skill.name}", f"line {number}"))
    return Job(title=title, occupation=occupation, occupation_name=occupation_name,
               seniority=level, min_years=years, degree_level=degree, location=location,
               skills=tuple(s for s, _ in ordered), source=source,
               evidence=tuple(evidence))


def job_from_text(text: str, source: str = "<text>") -> Job:
    """The job of a posting given as plain text (one line each)."""
    lines = []
    for number, raw in enumerate(text.splitlines(), 1):
        heading = len(raw) - len(raw.lstrip("#")) if raw.startswith("#") else 0
        stripped = raw.strip()
        bullet = bool(re.match(r"^[-*•·]\s+", stripped))
        clean = re.sub(r"^(?:#+|[-*•·])\s*", "", stripped).replace("**", "")
        lines.append((number, clean, heading, bullet, stripped.startswith("**")))
    return job_from_lines(lines, source)


def parse_posting(path: str | Path) -> Job:
    """Read a posting file (.txt, .md, .pdf, .docx...) into a :class:`Job`.

    Raises
    ------
    PostingError
        For a file that is empty, unreadable or not a job posting (an InputError: the
        message names the file and the reason).
    """
    from talentgraph.loaders.read import read_document
    from talentgraph.loaders.segment.lines import to_lines

    shown = str(path)
    try:
        doc = read_document(shown)
    except InputError as err:
        raise PostingError(shown, err.reason) from None
    if doc.structured is not None:
        raise PostingError(shown, "a JSON Resume is a résumé, not a job posting")
    lines = [(line.number, line.text, line.heading, line.bullet, line.bold)
             for line in to_lines(doc.blocks)]
    job = job_from_lines(lines, shown)
    log.debug("%s: %d skills, title %r", shown, len(job.skills), job.title)
    return job


def job_from_fields(*, skills: Sequence[str] = (), nice: Sequence[str] = (),
                    title: str | None = None, min_years: float | None = None,
                    degree: str | None = None, location: str | None = None,
                    base: Job | None = None) -> Job:
    """A job from fields given directly (the command line's ``--skill``, ``--title``...),
    read through the same vocabularies as a posting; with ``base``, added to (skills) or
    replacing (the rest) what a posting said."""
    from talentgraph.ontology.taxonomy import degrees
    from talentgraph.ontology.taxonomy import skills as skill_taxonomy

    job = base or Job()
    taxonomy = skill_taxonomy()
    wanted = {s.name.lower(): s for s in job.skills}
    for names, required in ((skills, True), (nice, False)):
        for name in names:
            concept = taxonomy.lookup(name.strip())
            skill = WantedSkill(concept.pref_label if concept else name.strip(), required,
                                concept.id if concept else None, name)
            seen = wanted.get(skill.name.lower())
            if seen is None or (required and not seen.required):
                wanted[skill.name.lower()] = skill
    fields: dict[str, object] = {"skills": tuple(wanted.values())}
    if title:
        from talentgraph.graph.careers.occupations import matcher
        from talentgraph.ontology.careers import seniority

        found = matcher().match(title)
        level = seniority().find(title)
        fields.update(title=title, occupation=found.occupation.notation
                      if found.occupation else None,
                      occupation_name=found.occupation.pref_label if found.occupation else None,
                      seniority=level.level.notation if level else None)
    if min_years is not None:
        fields["min_years"] = min_years
    if degree:
        level_name = degree.strip().lower() if degree.strip().lower() in _DEGREE_RANK \
            else degrees().level(degree.strip())
        if level_name is None:
            raise ValueError(f"degree: {degree!r} is no degree the degrees taxonomy knows "
                             f"(try one of: {', '.join(_DEGREE_RANK)})")
        fields["degree_level"] = level_name
    if location:
        fields["location"] = "remote" if _words().remote.fullmatch(location.strip()) \
            else location.strip()
    from dataclasses import replace

    return replace(job, **fields)  # type: ignore[arg-type]

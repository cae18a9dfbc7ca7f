"""Named projects from a projects section, with their bullets and context.

Projects appear as bold or heading lines over bullets, as ``Name: description`` bullets,
or under a dated context line (``06/2023-01/2024 Platform of A.I., Alibaba Cloud``) that
gives the organization and dates of the projects below it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon.dates import DateSpan, find_dates, strip_dates
from ..lexicon.places import parse_location, split_trailing_location
from ..lexicon.taxonomy import known_org_part
from ..models import Project, Source
from ..segment.entries import is_header_like
from ..segment.lines import Line, fragments

__all__ = ["extract_projects", "project_name"]

_LEAD_TAG_RE = re.compile(r"^\[[^\]]{1,40}\]\s*")
_NAME_SPLIT_RE = re.compile(r"\s*(?:—|–|:\s|\s-\s|\s\|\s)\s*")
_TRAILING_PAREN_RE = re.compile(r"\s*\((?P<inner>[^()]*)\)\s*$")
_LABEL_RE = re.compile(r"^(?P<label>[^:]{2,60}):\s+(?P<rest>.+)$")
_MAX_NAME_WORDS = 10


def project_name(text: str) -> tuple[str, str | None]:
    """``DeepContext—A Context-Aware Profiler`` → ``("DeepContext", "A Context-Aware ...")``."""
    text = _LEAD_TAG_RE.sub("", strip_dates(text).strip())
    description = None
    if m := _TRAILING_PAREN_RE.search(text):
        description = m["inner"]
        text = text[:m.start()]
    parts = _NAME_SPLIT_RE.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0]:
        name, rest = parts
        description = f"{rest} ({description})" if description else rest
    else:
        name = text
    return name.strip(" .,;:"), description


def _bold_lead(line: Line) -> tuple[str, str | None] | None:
    """``- **ko-bench** — Korean benchmark ...``: a bullet that opens with its project's
    name in bold, set off from the description by a dash or colon."""
    if not line.bullet or not line.bold_spans:
        return None
    name = line.bold_spans[0].strip()
    if not name or not line.text.startswith(name) or len(name.split()) > _MAX_NAME_WORDS:
        return None
    rest = line.text[len(name):]
    if not (sep := _NAME_SPLIT_RE.match(rest)) or not sep.group().strip():
        return None
    return name.strip(" .,;:"), rest[sep.end():].strip() or None


def _context(line: Line, following: Line | None) -> bool:
    """A dated line that introduces the projects below it rather than naming one."""
    return (not line.bullet and bool(find_dates(line.text)) and bool(strip_dates(line.text))
            and following is not None and not following.bullet)


def extract_projects(lines: Sequence[Line], path: str) -> list[Project]:
    """Projects of a projects section."""
    items = [line for line in lines if line.text]
    projects: list[Project] = []
    organization: str | None = None
    date: DateSpan | None = None
    for i, line in enumerate(items):
        following = items[i + 1] if i + 1 < len(items) else None
        if _context(line, following):
            date = find_dates(line.text)[0]
            frags = [f for f in fragments(strip_dates(line.text)) if not parse_location(f)]
            organization = split_trailing_location(frags[0])[0] if frags else None
            if organization and (known := known_org_part(organization)):
                organization = known[0]
            continue
        if not line.bullet and parse_location(line.text):
            continue
        if not line.bullet and not strip_dates(line.text) and projects:
            span = find_dates(line.text)[0]  # a date line under its project's name
            projects[-1] = projects[-1].model_copy(update={
                "start": span.start, "end": None if span.current else span.end})
            continue
        source = Source(file=path, line_start=line.number, line_end=line.number)
        label = _LABEL_RE.match(line.text)
        named = line.bullet and label is not None and len(label["label"].split()) <= 6
        lead = _bold_lead(line)
        detail = not line.bullet and label is not None and "," in label["rest"]
        if (not line.bullet and is_header_like(line) and not detail) or named or lead:
            if named and label:
                name, description = label["label"].strip(), label["rest"].strip()
            elif lead:
                name, description = lead
            else:
                name, description = project_name(line.text)
            if not name or len(name.split()) > _MAX_NAME_WORDS:
                continue
            own = find_dates(line.text)
            span = own[0] if own else date
            projects.append(Project(
                name=name, description=description, organization=organization,
                start=span.start if span else None,
                end=span.end if span and not span.current else None,
                url=line.links[0] if line.links else None, source=source))
            continue
        if projects:
            last = projects[-1]
            projects[-1] = last.model_copy(update={
                "bullets": [*last.bullets, line.text],
                "source": Source(file=path, line_start=last.source.line_start,
                                 line_end=line.number)})
    return projects

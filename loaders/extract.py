"""Text → :class:`Resume`: clean the lines, split the sections, run one extractor per kind.

Section extractors are looked up in a registry by section kind (experience, education...),
each returning the facts it found as :class:`Parts`; cross-section steps come last: skills
mentioned in prose, papers named in bullets, the owner of an anonymous résumé.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from talentgraph.ontology.names import same_author, title_key

from .coverage import measure_coverage
from .document import Document
from .fields.awards import extract_awards, opens_with_award
from .fields.contact import extract_contact, owner_line
from .fields.education import extract_education, looks_like_education, starts_with_degree
from .fields.owner import infer_owner, with_owner_positions
from .fields.positions import extract_positions
from .fields.projects import extract_projects
from .fields.publications import extract_publications, linked_articles, publications_in_bullets
from .fields.skills import extract_skills, mentioned_skills
from .lexicon.dates import strip_dates
from .models import (
    Advisor,
    Award,
    Education,
    Patent,
    Position,
    Project,
    Publication,
    Resume,
    Skill,
)
from .segment.implicit import claim_headerless
from .segment.lines import (
    Line,
    europass_lines,
    form_lines,
    join_dangling,
    join_wrapped,
    to_lines,
)
from .segment.sections import Section, split_sections

__all__ = ["Parts", "extract"]

log = logging.getLogger(__name__)
_MIXED_HONORS_RE = re.compile(
    r"\b(?:experience|activities|leadership|involvement|service|additional|other)\b", re.I)


@dataclass
class Parts:
    """Facts found in one or more sections, merged into the résumé at the end."""

    positions: list[Position] = field(default_factory=list)
    education: list[Education] = field(default_factory=list)
    skills: list[Skill] = field(default_factory=list)
    publications: list[Publication] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    patents: list[Patent] = field(default_factory=list)
    advisors: list[Advisor] = field(default_factory=list)

    def add(self, other: Parts) -> None:
        for name in self.__dataclass_fields__:
            getattr(self, name).extend(getattr(other, name))


def _experience(section: Section, path: str) -> Parts:
    positions, projects, advisors = extract_positions(join_wrapped(section.lines), path)
    return Parts(positions=positions, projects=projects, advisors=advisors)


def _education(section: Section, path: str) -> Parts:
    # a scholarship listed among the degrees ("2014 – 2020 Stipendium der ...") is an honor
    honors = [line for line in section.lines if not line.bullet and opens_with_award(line.text)
              and not starts_with_degree(strip_dates(line.text).strip(" ,:–-|"))]
    education, advisors = extract_education(
        [line for line in section.lines if line not in honors], path)
    awards, _ = extract_awards(honors, path)
    return Parts(education=education, advisors=advisors, awards=awards)


def _skills(section: Section, path: str) -> Parts:
    skills, award_lines = extract_skills(section.lines, path)
    awards, patents = extract_awards(award_lines, path)
    return Parts(skills=skills, awards=awards, patents=patents)


def _awards(section: Section, path: str) -> Parts:
    mixed = bool(_MIXED_HONORS_RE.search(section.title))
    awards, patents = extract_awards(join_wrapped(section.lines), path, only_honors=mixed,
                                     patents_only=section.kind == "patents")
    return Parts(awards=awards, patents=patents)


def _publications(section: Section, path: str) -> Parts:
    return Parts(publications=extract_publications(section.lines, path))


def _projects(section: Section, path: str) -> Parts:
    return Parts(projects=extract_projects(section.lines, path))


SECTION_EXTRACTORS: dict[str, Callable[[Section, str], Parts]] = {
    "experience": _experience,
    "education": _education,
    "skills": _skills,
    "awards": _awards,
    "patents": _awards,
    "publications": _publications,
    "projects": _projects,
}

# Sections whose prose may mention skills and papers; "unknown" is a section the document
# declares under a heading the lexicon does not know ("Research", "Eigene Codes").
_PROSE_KINDS = frozenset({"preamble", "summary", "experience", "projects", "unknown"})


def _claim_implicit(sections: list[Section]) -> None:
    """Move education lines written before any heading into an education section."""
    preamble = sections[0]
    if any(s.kind == "education" for s in sections):
        return  # "PhD Candidate in X · University of Y" under the name is a headline
    edu = [line for line in preamble.lines if looks_like_education(line)]
    if not edu:
        return
    preamble.lines = [line for line in preamble.lines if line not in edu]
    sections.insert(1, Section("education", "", edu, heading_line=0))


def _claim_owner_block(sections: list[Section], emails: Sequence[str]) -> bool:
    """A name block printed after the headings (a two-column PDF read sidebar first): when
    the contact lines name nobody, the line naming the e-mail's owner and the lines under
    it, up to the next heading, become a contact section.  True when one was moved."""
    for k, section in enumerate(sections):
        if section.kind in ("preamble", "contact"):
            continue
        if section.kind in ("other", "unknown") and section.heading_line and owner_line(
                [heading := Line(section.heading_line, section.title, section.title)],
                emails) is not None:
            # "JANE ROE" in capitals read as the heading of a section of its own
            section.kind, section.title, section.heading_line = "contact", "", 0
            section.lines.insert(0, heading)
            return True
        index = owner_line(section.lines, emails)
        if index is not None:
            block = section.lines[index:]
            section.lines = section.lines[:index]
            sections.insert(k + 1, Section("contact", "", block, heading_line=0))
            return True
    return False


def _contact_lines(sections: Sequence[Section]) -> list[Line]:
    return [line for s in sections if s.kind in ("preamble", "contact") for line in s.lines]


def _dedupe_advisors(advisors: Sequence[Advisor]) -> list[Advisor]:
    out: list[Advisor] = []
    for advisor in advisors:
        if not any(same_author(advisor.name, seen.name) for seen in out):
            out.append(advisor)
    return out


def _dedupe_papers(papers: Sequence[Publication]) -> list[Publication]:
    """One paper per title; a title listed again in another year is another version of
    the work (the proceedings paper, then the journal article), kept."""
    out: list[Publication] = []
    years: dict[str, set[str | None]] = {}
    for paper in sorted(papers, key=lambda p: p.kind == "mentioned"):
        key = title_key(paper.title).replace(" ", "")  # one title inside another is it
        seen = [k for k in years if key and (key == k or key in k)]
        if any(paper.year is None or None in years[k] or paper.year in years[k]
               for k in seen):
            continue
        years.setdefault(key, set()).add(paper.year)
        out.append(paper)
    return sorted(out, key=lambda p: p.source.line_start)


def _prose(sections: Sequence[Section]) -> list[Line]:
    return [line for s in sections if s.kind in _PROSE_KINDS for line in s.lines if line.text]


def _drop_repeats(lines: list[Line]) -> list[Line]:
    """A line printed twice in a row dropped the second time: pages copied from a profile site
    (LinkedIn) repeat each title for screen readers ("Shopify" / "Shopify")."""
    out: list[Line] = []
    for line in lines:
        if (out and line.text and line.text == out[-1].text and not line.bullet
                and re.search(r"[^\W\d_]{2}", line.text)):
            continue
        out.append(line)
    return out


def extract(doc: Document) -> Resume:
    """Extract every fact of a text résumé, each with its source file and line span."""
    path = doc.path
    lines = europass_lines(_drop_repeats(to_lines(doc.blocks)))
    sections = split_sections(join_dangling(form_lines(lines)))
    claim_headerless(sections)
    _claim_implicit(sections)
    summary_lines = [line for s in sections if s.kind == "summary" for line in s.lines]
    contact = extract_contact(_contact_lines(sections), path, summary_lines)
    if not contact.name and contact.emails and _claim_owner_block(sections, contact.emails):
        contact = extract_contact(_contact_lines(sections), path, summary_lines)
    articles = linked_articles([line for s in sections if s.kind != "publications"
                                for line in s.lines], path)
    listed = {paper.source.line_start for paper in articles}
    for section in sections:  # an article's line is read once, as the article
        if listed and section.kind != "publications":
            section.lines = [line for line in section.lines if line.number not in listed]
    parts = Parts()
    unparsed: list[str] = []
    for section in sections:
        handler = SECTION_EXTRACTORS.get(section.kind)
        if handler is not None:
            parts.add(handler(section, path))
        elif section.kind in ("other", "unknown"):
            unparsed.extend(line.text for line in section.lines if line.text)
    prose = _prose(sections)
    bullet_papers = publications_in_bullets(
        [line for s in sections if s.kind in ("experience", "projects", "summary")
         for line in s.lines], path)
    papers = _dedupe_papers([*parts.publications, *bullet_papers, *articles])
    advisors = _dedupe_advisors(parts.advisors)
    contact = infer_owner(contact, papers, advisors)
    papers = with_owner_positions(papers, contact.name)
    skills = [*parts.skills, *mentioned_skills(prose, path, [s.name for s in parts.skills])]
    warnings = []
    if not contact.name:
        warnings.append("no owner name found; the résumé stays anonymous")
    if not (parts.positions or parts.education):
        warnings.append("no positions or education found")
    log.debug("%s: %d sections, %d positions", path, len(sections), len(parts.positions))
    resume = Resume(
        source_file=path, sha256=doc.sha256, format=doc.format, contact=contact,
        positions=parts.positions, education=parts.education, skills=skills,
        publications=papers, awards=parts.awards, projects=parts.projects,
        patents=parts.patents, advisors=advisors, unparsed=unparsed, warnings=warnings,
    )
    coverage = measure_coverage([block.text for block in doc.blocks], lines, sections, resume)
    if coverage.low_confidence:
        warnings.append(f"low confidence: {coverage.lines_used} of {coverage.lines} lines "
                        f"placed ({coverage.share_used:.0%}); check this résumé by hand")
    return resume.model_copy(update={"coverage": coverage, "warnings": warnings})

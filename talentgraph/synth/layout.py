"""A résumé laid out as a list of blocks, before any file format.

Text, Markdown, Word and PDF renderers all draw the same blocks, so their content agrees
and the variety lives in one place: a :class:`Style` picks the section order, heading
names, bullet glyph, date format ("Sep. 2025 – Present", "2019/03 – now",
"01/2024-Present"), and where an entry's dates sit (below, at the right margin, before it),
the way real résumé templates differ.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .people import TODAY, YM, Job, Paper, Study
from .variants import Rendition

__all__ = [
    "Block",
    "Bullet",
    "Contact",
    "Entry",
    "Heading",
    "Name",
    "Para",
    "SkillGroup",
    "Style",
    "blocks",
    "date_range",
    "random_style",
]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

_AP_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec.")
DATE_FORMATS = ("mon_dot", "mon", "month", "slash_ym", "mm_yyyy", "iso")
SECTION_NAMES: dict[str, tuple[str, ...]] = {
    "summary": ("Summary", "Profile", "About"),
    "experience": ("Experience", "Work Experience", "Professional Experience", "Employment"),
    "education": ("Education",),
    "skills": ("Skills", "Technical Skills", "Skills & Interests"),
    "publications": ("Publications", "Selected Publications"),
    "projects": ("Projects", "Selected Projects"),
    "awards": ("Awards", "Honors & Awards", "Awards and Honors"),
}


@dataclass(frozen=True)
class Style:
    """Every presentational choice of one file."""

    order: tuple[str, ...]
    section_names: tuple[tuple[str, str], ...]
    heading: str  # upper | title | md2 | md1 | colon
    bullet: str
    date_format: str
    present: str
    dash: str
    job_layout: str  # pipe | at | comma | stacked
    meta_pos: str  # below | right | before
    contact_sep: str
    skills_table: bool = False
    degree_form: str = "label"  # label | dotted | long

    @property
    def name(self) -> str:
        """A short description of the layout, for the truth file and failure reports."""
        return (f"{self.job_layout}/{self.meta_pos}/{self.date_format}/{self.heading}/"
                f"{'table' if self.skills_table else 'lines'}")

    def section(self, key: str) -> str:
        """The heading text of section ``key``."""
        return dict(self.section_names)[key]


def random_style(rng: random.Random, markdown: bool) -> Style:
    """A style as some template or hand-written résumé would use."""
    middle = ["experience", "education"] if rng.random() < 0.7 else ["education", "experience"]
    tail = ["skills", "publications", "projects", "awards"]
    rng.shuffle(tail)
    if rng.random() < 0.3:
        middle.insert(0, tail.pop(tail.index("skills")))
    order = ("summary", *middle, *tail) if rng.random() < 0.6 else (*middle, *tail)
    fmt = rng.choice(DATE_FORMATS)
    compact = fmt in ("mm_yyyy", "slash_ym", "iso")
    return Style(
        order=tuple(order),
        section_names=tuple((k, rng.choice(v)) for k, v in SECTION_NAMES.items()),
        heading=rng.choice(("md2", "md1", "md2")) if markdown
        else rng.choice(("upper", "title", "md2", "colon", "upper")),
        bullet=rng.choice(("-", "-", "•", "*", "–", "◦", "▪")) if not markdown
        else rng.choice(("-", "*")),
        date_format=fmt,
        present=rng.choice(("Present", "Present", "now", "Current", "present")),
        dash=rng.choice(("-", " - ", " – ")) if compact else rng.choice((" – ", " - ", " — ",
                                                                          " to ")),
        job_layout=rng.choice(("pipe", "at", "comma", "stacked")),
        meta_pos=rng.choice(("below", "right", "before", "below")),
        contact_sep=rng.choice((" • ", " | ", " · ", " — ", "\n")),
        skills_table=rng.random() < 0.4,
        degree_form=rng.choice(("label", "dotted", "long")),
    )


@dataclass(frozen=True)
class Name:
    text: str


@dataclass(frozen=True)
class Contact:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Entry:
    """An entry head (e.g. "Data Engineer | ByteDance") and its meta (place and dates),
    placed by ``pos``: below the head, at the right margin, or before it."""

    head: str
    meta: str
    pos: str
    sub: str | None = None


@dataclass(frozen=True)
class Bullet:
    text: str


@dataclass(frozen=True)
class SkillGroup:
    category: str
    items: tuple[str, ...]


Block = Name | Contact | Heading | Para | Entry | Bullet | SkillGroup


def format_date(ym: YM | None, style: Style) -> str:
    """One date in the style's format; None is the style's word for "now"."""
    if ym is None:
        return style.present
    year, month = ym
    name = _MONTHS[month - 1]
    return {
        "mon_dot": f"{_AP_MONTHS[month - 1]} {year}",
        "mon": f"{name[:3]} {year}",
        "month": f"{name} {year}",
        "slash_ym": f"{year}/{month:02d}",
        "mm_yyyy": f"{month:02d}/{year}",
        "iso": f"{year}-{month:02d}",
    }[style.date_format]


def date_range(start: YM, end: YM | None, style: Style) -> str:
    """"Sep. 2025 – Present", "2019/03 – now", "01/2024-Present", ..."""
    return f"{format_date(start, style)}{style.dash}{format_date(end, style)}"


def _job_entry(job: Job, r: Rendition, style: Style) -> Entry:
    """The head and meta of one job.  A team is shown only where a separator keeps it
    apart ("Title, Team | Employer"); "Title, Team, Employer, City" is ambiguous even
    to a human reader."""
    employer = r.sp(job.employer)
    title = job.title
    if job.team and style.job_layout in ("pipe", "stacked"):
        title = f"{title}, {job.team}"
    head = {
        "pipe": f"{title} | {employer}",
        "at": f"{title} at {employer}",
        "comma": f"{title}, {employer}",
        "stacked": employer,
    }[style.job_layout]
    dates = date_range(job.start, job.end, style)
    meta = f"{job.location} | {dates}" if style.meta_pos == "below" else dates
    sub = title if style.job_layout == "stacked" else None
    return Entry(head=head, meta=meta, pos=style.meta_pos, sub=sub)


def _degree_form(study: Study, style: Style) -> str:
    """"B.S.", "BS" or "Bachelor of Science": whichever spelling the style prefers."""
    term = study.degree
    if style.degree_form == "dotted":
        return next((a for a in term.aliases if "." in a and " " not in a
                     and a[0] == term.label[0]), term.label)
    if style.degree_form == "long":
        return next((a for a in term.aliases if a.split(" ")[0] in ("Bachelor", "Master",
                                                                    "Doctor")), term.label)
    return term.label


def _study_entry(study: Study, r: Rendition, style: Style) -> tuple[Entry, list[str]]:
    deg = _degree_form(study, style)
    head = f"{deg} in {study.field} | {r.sp(study.school)}" if style.job_layout != "stacked" \
        else r.sp(study.school)
    end = study.end or TODAY
    dates = f"{study.start[0]} - {end[0]}" if style.date_format in ("mon", "iso") and study.end \
        else date_range(study.start, study.end, style)
    meta = dates
    sub = f"{deg}, {study.field}" if style.job_layout == "stacked" else None
    notes = []
    if study.advisor:
        notes.append(f"Advisor: {study.advisor}")
    if study.thesis:
        notes.append(f"Thesis: {study.thesis}")
    if study.gpa:
        notes.append(f"GPA: {study.gpa}")
    return Entry(head=head, meta=meta, pos=style.meta_pos, sub=sub), notes


def paper_line(paper: Paper, i: int, r: Rendition) -> str:
    """A citation as researchers list them: authors, title, venue, year."""
    authors = ", ".join(paper.authors)
    return f"[{i}] {authors}. {paper.title}. In: {r.sp(paper.venue)}, {paper.year}."


def blocks(r: Rendition, style: Style) -> list[Block]:
    """The résumé of ``r`` as blocks in reading order."""
    p = r.person
    out: list[Block] = [Name(p.name.full)]
    contact = [x for x in (p.email, p.phone) if x]
    if p.linkedin:
        contact.append(f"linkedin.com/in/{p.linkedin}")
    if p.github:
        contact.append(f"github.com/{p.github}")
    contact.append(p.location)
    out.append(Contact(tuple(contact)))
    for key in style.order:
        section = _section(key, r, style)
        if section:
            out.append(Heading(style.section(key)))
            out.extend(section)
    return out


def _section(key: str, r: Rendition, style: Style) -> list[Block]:
    p = r.person
    out: list[Block] = []
    if key == "summary":
        out.append(Para(p.summary))
    elif key == "experience":
        for job in p.jobs:
            out.append(_job_entry(job, r, style))
            out.extend(Bullet(b) for b in job.bullets)
    elif key == "education":
        for study in p.studies:
            entry, notes = _study_entry(study, r, style)
            out.append(entry)
            out.extend(Para(n) for n in notes)
    elif key == "skills":
        out.extend(SkillGroup(c, tuple(r.sp(s) for s in g)) for c, g in p.skills)
    elif key == "publications":
        out.extend(Para(paper_line(x, i, r)) for i, x in enumerate(p.papers, 1))
    elif key == "projects":
        for proj in p.projects:
            out.append(Para(f"{proj.name}: {proj.description}"))
            out.extend(Bullet(b) for b in proj.bullets)
    elif key == "awards":
        out.extend(Bullet(f"{h.title}{', ' + h.awarder if h.awarder else ''}, {h.year}")
                   for h in p.honors)
    return out

"""Typed records that loaders produce: one :class:`Resume` per input file.

Every fact carries a :class:`Source` (file and 1-based line span) so the graph can say where
it came from; guessed facts carry a ``confidence`` below 1.  Dates are partial ISO strings
(``YYYY`` or ``YYYY-MM``, rarely ``YYYY-MM-DD``); an open-ended role has ``end=None`` and
``current=True``.  Names here are as written in the résumé after light cleaning; canonical
names (taxonomy labels, organization aliases) are filled in by normalization, which may set
the ``canonical`` fields.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Advisor",
    "Award",
    "Contact",
    "Education",
    "Location",
    "Patent",
    "Position",
    "Profile",
    "Project",
    "Publication",
    "Resume",
    "Skill",
    "Source",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Source(_Model):
    """Where a fact was read: the file and the 1-based, inclusive line span."""

    file: str
    line_start: int = 0
    line_end: int = 0


class Coverage(_Model):
    """How much of a document the extractors placed, for the user to know which résumés to
    check: the share of its text lines that ended in a fact, the sections named and not,
    and layout problems suspected from the text."""

    lines: int = 0
    lines_used: int = 0
    share_used: float = 1.0
    sections: list[str] = Field(default_factory=list)
    unrecognised_sections: list[str] = Field(default_factory=list)
    layout: list[str] = Field(default_factory=list)
    low_confidence: bool = False


class Location(_Model):
    """A place as written (``raw``) and split where possible."""

    raw: str
    city: str | None = None
    region: str | None = None
    country: str | None = None
    remote: bool = False


class Profile(_Model):
    """An online profile: LinkedIn, GitHub, Google Scholar, homepage, ..."""

    network: str
    url: str
    username: str | None = None


class Contact(_Model):
    """Who the résumé is about.

    ``name`` is None for an anonymous résumé; ``name_inferred`` marks a name that was not on
    a name line but deduced (``name_evidence`` says how).
    """

    name: str | None = None
    name_inferred: bool = False
    name_evidence: str | None = None
    label: str | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    profiles: list[Profile] = Field(default_factory=list)
    location: Location | None = None
    summary: str | None = None
    source: Source | None = None


class Position(_Model):
    """A job (or research appointment) at an employer."""

    employer: str
    title: str | None = None
    team: str | None = None
    location: Location | None = None
    start: str | None = None
    end: str | None = None
    current: bool = False
    bullets: list[str] = Field(default_factory=list)
    source: Source
    confidence: float = 1.0


class Education(_Model):
    """A degree (or study period) at a school.

    ``degree`` is the degree as written (``M.Sc``, ``B.A.``); ``degree_level`` its level:
    ``associate``, ``bachelor``, ``master``, ``doctorate``, ``diploma`` or None.
    """

    school: str
    degree: str | None = None
    degree_level: str | None = None
    field: str | None = None
    location: Location | None = None
    start: str | None = None
    end: str | None = None
    current: bool = False
    advisor: str | None = None
    thesis: str | None = None
    gpa: str | None = None
    source: Source
    confidence: float = 1.0


class Skill(_Model):
    """One skill.  ``mentioned`` is True when it was only named in the text (a bullet),
    not listed in a skills section."""

    name: str
    category: str | None = None
    mentioned: bool = False
    source: Source
    confidence: float = 1.0


class Publication(_Model):
    """A paper, poster, article or thesis with its full author list when given.

    ``owner_position`` is the 1-based index of the résumé owner in ``authors`` (None when
    unknown); ``co_first_authors`` lists the authors marked as equal first authors.
    """

    title: str
    venue: str | None = None
    year: str | None = None
    kind: str | None = None
    authors: list[str] = Field(default_factory=list)
    owner_position: int | None = None
    co_first_authors: list[str] = Field(default_factory=list)
    url: str | None = None
    source: Source
    confidence: float = 1.0


class Award(_Model):
    """An award, honor, scholarship or membership of an honor society."""

    title: str
    date: str | None = None
    awarder: str | None = None
    summary: str | None = None
    source: Source
    confidence: float = 1.0


class Project(_Model):
    """A named project (personal, research or at work)."""

    name: str
    description: str | None = None
    organization: str | None = None
    start: str | None = None
    end: str | None = None
    url: str | None = None
    bullets: list[str] = Field(default_factory=list)
    source: Source
    confidence: float = 1.0


class Patent(_Model):
    """A patent or patent application, with its number when given."""

    title: str
    number: str | None = None
    date: str | None = None
    source: Source
    confidence: float = 1.0


class Advisor(_Model):
    """A research advisor of the résumé owner; ``school`` is where, when known."""

    name: str
    school: str | None = None
    role: str = "advisor"
    source: Source


class Resume(_Model):
    """Everything extracted from one file.

    ``unparsed`` keeps the lines no extractor claimed, for the report's data-quality notes.
    """

    source_file: str
    sha256: str
    format: str
    contact: Contact = Field(default_factory=Contact)
    positions: list[Position] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    patents: list[Patent] = Field(default_factory=list)
    advisors: list[Advisor] = Field(default_factory=list)
    unparsed: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    coverage: Coverage | None = None

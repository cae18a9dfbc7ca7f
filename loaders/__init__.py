"""Loaders: résumé files in, typed :class:`~talentgraph.loaders.models.Resume` records out.

Two halves: readers turn a file into a :class:`Document` (text lines, or an already
structured résumé for JSON Resume input); :func:`extract` turns text into a ``Resume``.
:func:`parse_file` runs both.  Loaders only parse; they never touch a store.
"""

from __future__ import annotations

from pathlib import Path

from .document import Document
from .errors import InputError
from .extract import extract
from .jsonresume import to_json_resume
from .models import (
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

__all__ = [
    "Advisor",
    "Award",
    "Contact",
    "Document",
    "Education",
    "InputError",
    "Location",
    "Patent",
    "Position",
    "Profile",
    "Project",
    "Publication",
    "Resume",
    "Skill",
    "Source",
    "extract",
    "parse_file",
    "to_json_resume",
]


def parse_file(path: str | Path) -> Resume:
    """Read one résumé file and extract it; raises :class:`InputError` for bad input.

    JSON Resume files are already structured and come back as read.
    """
    from .readers import read_document  # the readers pull in PDF/DOCX libraries: load late

    doc = read_document(str(path))
    if doc.structured is not None:
        return doc.structured
    return extract(doc)

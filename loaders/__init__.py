"""Loaders: résumé files in, typed :class:`~talentgraph.loaders.models.Resume` records out.

The stages, one subpackage each, in the order a file goes through them:

* :mod:`.read` — one reader per format turns bytes into a :class:`Document` (typed blocks
  with their source lines), or an already structured résumé for JSON Resume input;
* :mod:`.segment` — blocks into cleaned lines, sections and dated entries;
* :mod:`.fields` — one extractor per kind of fact (contact, positions, education...);
* :mod:`.lexicon` — what words mean (dates, places, headings, titles, degrees), with the
  language-specific vocabulary kept as data.

:func:`extract` runs segmentation and the field extractors; :func:`parse_file` runs all.
Loaders only parse; they never touch a store.
"""

from __future__ import annotations

from pathlib import Path

from .document import Document
from .errors import InputError
from .extract import extract
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
from .to_jsonresume import to_json_resume

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
    from .read import read_document  # the readers pull in PDF/DOCX libraries: load late

    doc = read_document(str(path))
    if doc.structured is not None:
        return doc.structured
    return extract(doc)

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

from .budget import Budget, check_deadline, check_facts, check_length, file_budget
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
from .sanitize import sanitize
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


def parse_file(path: str | Path, budget: Budget | None = None) -> Resume:
    """Read one résumé file and extract it; raises :class:`InputError` for bad input,
    including a file over its ``budget`` of time, memory, lines or facts
    (:mod:`~talentgraph.loaders.budget`).

    JSON Resume files are already structured and come back as read.  Every string of the
    result is encodable (:mod:`~talentgraph.loaders.sanitize`).
    """
    from .read import read_document  # the readers pull in PDF/DOCX libraries: load late

    with file_budget(path, budget):
        doc = read_document(str(path))
        check_deadline()
        if doc.structured is not None:
            resume = doc.structured
        else:
            check_length(len(doc.blocks))
            resume = extract(doc)
        check_facts(resume)
    return sanitize(resume)

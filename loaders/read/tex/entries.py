"""Résumé entry macros: which argument of which template holds the title, employer, dates.

Templates disagree on argument order (moderncv's ``\\cventry`` starts with the years,
awesome-cv's with the title), so each known macro has an explicit field map.  For macros
nobody has mapped, :func:`fields_by_shape` guesses from what the arguments look like: a
date range, a "City, ST" place, an organization or a job title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "ENTRY_FIELDS",
    "ITEM_MACROS",
    "LABEL_MACROS",
    "SECTION_MACROS",
    "TEMPLATE_MACROS",
    "Fields",
    "fields_by_shape",
    "is_dates",
    "is_location",
]


@dataclass
class Fields:
    """The parts of one entry, as text, and the arguments holding its description."""

    title: str = ""
    org: str = ""
    location: str = ""
    dates: str = ""
    notes: list[str] = field(default_factory=list)
    description: list[int] = field(default_factory=list)


# name -> (argument count, {field: argument index}); "description" arguments are rendered
# as blocks (they hold bullet lists), "note" ones as a plain line under the entry.
ENTRY_FIELDS: dict[str, tuple[int, dict[str, int | tuple[int, ...]]]] = {
    "resumeSubheading": (4, {"org": 0, "location": 1, "title": 2, "dates": 3}),
    "resumeSubSubheading": (2, {"title": 0, "dates": 1}),
    "cventry@moderncv": (6, {"dates": 0, "title": 1, "org": 2, "location": 3, "note": 4,
                             "description": 5}),
    "cventry@awesome-cv": (5, {"title": 0, "org": 1, "location": 2, "dates": 3,
                               "description": 4}),
    "cvsubentry": (4, {"title": 0, "org": 1, "dates": 2, "description": 3}),
    "cvevent": (4, {"title": 0, "org": 1, "dates": 2, "location": 3}),
}

#: Macros whose arguments are one bullet each (``\\cvlistdoubleitem`` has two).
ITEM_MACROS: dict[str, int] = {"resumeItem": 1, "resumeSubItem": 2, "cvlistitem": 1,
                               "cvlistdoubleitem": 2, "cvhonor": 4, "resumeProjectHeading": 2}

#: ``**Label:** text`` macros: moderncv ``\\cvitem``, awesome-cv ``\\cvskill`` and kin.
LABEL_MACROS: dict[str, int] = {"cvitem": 2, "cvskill": 2, "cvitemwithcomment": 3,
                                "cvdoubleitem": 4, "cvcomputer": 4, "cvtag": 1}

#: Section macros and the Markdown heading level they become.
SECTION_MACROS: dict[str, int] = {"section": 2, "cvsection": 2, "chapter": 2,
                                  "subsection": 3, "cvsubsection": 3, "subsubsection": 4}

#: Macros the renderer handles itself: user definitions of these are not expanded (Jake's
#: template defines ``\\resumeSubheading`` as a tabular, which would lose the fields).
TEMPLATE_MACROS: frozenset[str] = frozenset(
    {name.split("@")[0] for name in ENTRY_FIELDS} | set(ITEM_MACROS) | set(LABEL_MACROS)
    | set(SECTION_MACROS) | {"item", "bibitem", "href", "url", "textbf", "emph", "textit"}
)

_YEAR = r"(?:19|20)\d{2}"
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
          r"(?:spring|summer|fall|autumn|winter)")
_DATES = re.compile(
    rf"^(?:(?:{_MONTH})\s*)?(?:\d{{1,2}}/)?(?:{_YEAR}|'\d{{2}})"
    rf"(?:\s*(?:-{{1,3}}|–|—|to|until)\s*(?:(?:(?:{_MONTH})\s*)?(?:\d{{1,2}}/)?(?:{_YEAR}|'\d{{2}})|"
    rf"present|current|now|today|ongoing))?$|^(?:present|expected\s+{_YEAR}|since\s+{_YEAR})$",
    re.IGNORECASE,
)
_LOCATION = re.compile(r"^(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}),\s*[A-Z][\w.]*"
                       r"(?:\s+[A-Z][\w.]*){0,2}$|^remote$|^online$", re.IGNORECASE)
_ORG_WORDS = re.compile(
    r"\b(?:inc|llc|ltd|corp|corporation|company|co|gmbh|university|universit[äyé]|college|"
    r"institute|school|academy|laborator(?:y|ies)|labs?|center|centre|foundation|hospital|"
    r"bank|group|technologies|systems|google|meta|amazon|microsoft|apple)\b\.?",
    re.IGNORECASE)
_TITLE_WORDS = re.compile(
    r"\b(?:engineer|developer|intern|scientist|manager|researcher|assistant|analyst|"
    r"director|lead|architect|consultant|professor|lecturer|student|fellow|founder|"
    r"officer|designer|specialist|associate|head|president|programmer|administrator|"
    r"b\.?\s?sc?|m\.?\s?sc?|b\.?a|m\.?a|ph\.?\s?d|bachelor|master|doctor|mba|diploma|degree)"
    r"\b\.?", re.IGNORECASE)


def is_dates(text: str) -> bool:
    """A date or date range as résumés write them: ``Jun 2019 -- Present``, ``2017``."""
    return bool(_DATES.match(" ".join(text.replace("’", "'").split())))


def is_location(text: str) -> bool:
    """``City, ST`` / ``City, Country`` / ``Remote``."""
    return bool(_LOCATION.match(text.strip())) and not _ORG_WORDS.search(text)


def fields_by_shape(texts: list[str]) -> Fields | None:
    """Guess an unknown 3-6 argument macro's fields from the shapes of its arguments.

    Returns None unless at least a date or a place is recognised and something is left to
    be the title or organization: without those anchors the macro is probably not an entry.
    """
    fields = Fields()
    free: list[int] = []
    for i, text in enumerate(texts):
        if not text:
            continue
        if not fields.dates and is_dates(text):
            fields.dates = text
        elif not fields.location and is_location(text):
            fields.location = text
        elif len(text) > 90:
            fields.description.append(i)
        else:
            free.append(i)
    if not (fields.dates or fields.location) or not free:
        return None
    org = next((i for i in free if _ORG_WORDS.search(texts[i])), None)
    title = next((i for i in free if i != org and _TITLE_WORDS.search(texts[i])), None)
    rest = [i for i in free if i not in (org, title)]
    if org is None and rest:
        org = rest.pop(0) if title is not None or len(rest) == 1 else rest.pop(1)
    if title is None and rest:
        title = rest.pop(0)
    fields.org = texts[org] if org is not None else ""
    fields.title = texts[title] if title is not None else ""
    fields.notes = [texts[i] for i in rest]
    return fields

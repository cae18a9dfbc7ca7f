"""Résumé entry macros: which argument of which template holds the title, employer, dates.

Templates disagree on argument order (moderncv's ``\\cventry`` starts with the years,
awesome-cv's with the title), so each known macro has an explicit field map.  For macros
nobody has mapped, :func:`fields_by_shape` guesses from what the arguments look like: a
date range, a "City, ST" place, an organization or a job title.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ...lexicon.dates import find_dates, strip_dates
from ...lexicon.places import parse_location
from ...lexicon.taxonomy import degree_prefix, org_known
from ...lexicon.words import org_score, school_score, title_score

__all__ = [
    "ENTRY_FIELDS",
    "HEADER_MACROS",
    "ITEM_MACROS",
    "LABEL_MACROS",
    "SECTION_MACROS",
    "SKIPPED_MACROS",
    "TEMPLATE_MACROS",
    "Fields",
    "column_hints",
    "fields_by_columns",
    "fields_by_shape",
    "is_dates",
    "is_location",
]


@dataclass
class Fields:
    """The parts of one entry in the order written, each with what it may hold (``date``,
    ``title``, ``org``, ``place`` or ``""``), the notes printed under it and the arguments
    holding its description."""

    parts: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    description: list[int] = field(default_factory=list)

    def add(self, text: str, hint: str) -> None:
        if text:
            self.parts.append((text, hint))

    def get(self, hint: str) -> str:
        return next((text for text, h in self.parts if h == hint), "")

    @property
    def hints(self) -> list[str]:
        return [h for _, h in self.parts]


# name -> (argument count, {field: argument index}); "description" arguments are rendered
# as blocks (they hold bullet lists), "note" ones as a plain line under the entry.
ENTRY_FIELDS: dict[str, tuple[int, dict[str, int]]] = {
    "resumeSubheading": (4, {"org": 0, "place": 1, "title": 2, "date": 3}),
    "resumeSubSubheading": (2, {"title": 0, "date": 1}),
    "cventry@moderncv": (6, {"date": 0, "title": 1, "org": 2, "place": 3, "note": 4,
                             "description": 5}),
    "cventry@awesome-cv": (5, {"title": 0, "org": 1, "place": 2, "date": 3,
                               "description": 4}),
    "cvsubentry": (4, {"title": 0, "org": 1, "date": 2, "description": 3}),
    # AltaCV
    "cvevent": (4, {"title": 0, "org": 1, "date": 2, "place": 3}),
    # friggeri-cv and its descendants
    "entry": (4, {"date": 0, "title": 1, "org": 2, "description": 3}),
    # Twenty Seconds CV
    "twentyitem": (4, {"date": 0, "title": 1, "place": 2, "description": 3}),
    # europasscv
    "ecvtitle": (2, {"date": 0, "title": 1}),
}

#: Macros whose arguments are one bullet each (``\\cvlistdoubleitem`` has two).
ITEM_MACROS: dict[str, int] = {"resumeItem": 1, "resumeSubItem": 2, "cvlistitem": 1,
                               "cvlistdoubleitem": 2, "cvhonor": 4, "resumeProjectHeading": 2,
                               "cvachievement": 3}

#: ``**Label:** text`` macros: moderncv ``\\cvitem``, awesome-cv ``\\cvskill`` and kin.
LABEL_MACROS: dict[str, int] = {"cvitem": 2, "cvskill": 2, "cvitemwithcomment": 3,
                                "cvdoubleitem": 4, "cvcomputer": 4, "cvtag": 1,
                                "cvlanguage": 3, "cvlang": 2, "ecvitem": 2}

#: Section macros and the heading level they become.
SECTION_MACROS: dict[str, int] = {"section": 2, "cvsection": 2, "chapter": 2,
                                  "subsection": 3, "cvsubsection": 3, "subsubsection": 4,
                                  "section*": 2, "subsection*": 3}

#: Macros that declare the owner (name, contact) and their argument counts: read into the
#: header wherever they sit before the first section (AltaCV puts them in the body).
HEADER_MACROS: dict[str, int] = {
    "name": 2, "firstname": 1, "familyname": 1, "tagline": 1, "personalinfo": 1,
    "email": 1, "phone": 1, "mobile": 1, "location": 1, "homepage": 1, "linkedin": 1,
    "github": 1, "gitlab": 1, "twitter": 1, "orcid": 1, "social": 1, "address": 3,
    "photo": 1, "photoR": 2, "photoL": 2, "quote": 1, "extrainfo": 1, "mailaddress": 1,
    "header": 3, "namesection": 2,
}

#: Macros whose arguments are not résumé text: references (people to ask, not employers),
#: bibliography commands, column switches, decorations.
SKIPPED_MACROS: dict[str, int] = {
    "cvref": 4, "printbibliography": 0, "nocite": 1, "addbibresource": 1, "bibliography": 1,
    "bibliographystyle": 1, "divider": 0, "NewInfoField": 3, "columnratio": 1,
    "switchcolumn": 0, "sectionsep": 0, "printinfo": 2, "ratingmarker": 0, "wheelchart": 3,
    "includegraphics": 1, "pagenumbering": 1, "fancyhf": 1, "lfoot": 1, "rfoot": 1,
    "cfoot": 1, "lhead": 1, "rhead": 1, "chead": 1, "makeatletter": 0, "makeatother": 0,
}

#: Macros the renderer handles itself: user definitions of these are not expanded (Jake's
#: template defines ``\\resumeSubheading`` as a tabular, which would lose the fields).
TEMPLATE_MACROS: frozenset[str] = frozenset(
    {name.split("@")[0] for name in ENTRY_FIELDS} | set(ITEM_MACROS) | set(LABEL_MACROS)
    | set(SECTION_MACROS) | set(HEADER_MACROS)
    | {"item", "bibitem", "href", "url", "textbf", "emph", "textit"}
)

def is_dates(text: str) -> bool:
    """A date or date range as résumés write them: ``Jun 2019 -- Present``, ``2017``,
    ``Okt. 2015 – heute``: dates cover the text but for a word or two."""
    return bool(find_dates(text)) and len(strip_dates(text).split()) <= 1


def is_location(text: str) -> bool:
    """``City, ST`` / ``City, Country`` / ``Remote``: a place and not an organization."""
    place = parse_location(text)
    # judged by its town: the state code "CO" is no company ("Denver, CO")
    name = place.city or text if place is not None else text
    return place is not None and not (org_score(name) or school_score(name))


def fields_by_shape(texts: list[str]) -> Fields | None:
    """Guess an unknown 3-6 argument macro's fields from the shapes of its arguments.

    Returns None unless at least a date or a place is recognised and something is left to
    be the title or organization: without those anchors the macro is probably not an entry.
    The parts keep the order written; the field extractors make the final call.
    """
    hints: dict[int, str] = {}
    fields = Fields()
    free: list[int] = []
    for i, text in enumerate(texts):
        if not text:
            continue
        if "date" not in hints.values() and is_dates(text):
            hints[i] = "date"
        elif "place" not in hints.values() and is_location(text):
            hints[i] = "place"
        elif len(text) > 90:
            fields.description.append(i)
        else:
            free.append(i)
    if not hints or not free:
        return None
    org = next((i for i in free if org_score(texts[i]) or school_score(texts[i])
                or org_known(texts[i])), None)
    title = next((i for i in free if i != org and (
        title_score(texts[i]) or degree_prefix(texts[i]))), None)
    rest = [i for i in free if i not in (org, title)]
    if org is None and rest:
        org = rest.pop(0) if title is not None or len(rest) == 1 else rest.pop(1)
    if title is None and rest:
        title = rest.pop(0)
    if org is not None:
        hints[org] = "org"
    if title is not None:
        hints[title] = "title"
    for i in sorted([*hints, *rest]):
        fields.add(texts[i], hints.get(i, ""))
    return fields


def column_hints(rows: list[list[str]]) -> list[str]:
    """What each argument of a macro holds, judged over all its calls: one call's
    ``{Lyon}{Acme}`` cannot say which is the town, but a column of towns and a column of
    employers, one with ``Studios`` and ``Laboratory`` in it, can.

    A column is the dates if most of its cells are, the places if most are places
    ("Denver, CO", whose state code reads as a company's); the title column is the one
    whose cells read most as job titles (or degrees) rather than organizations; the
    organization column the one that reads most as organizations (or schools) of those
    left.  ``""`` where nothing stands out."""
    width = max((len(row) for row in rows), default=0)
    hints = [""] * width
    filled = [sum(1 for row in rows if i < len(row) and row[i]) for i in range(width)]

    def share(i: int, test: Callable[[str], bool]) -> float:
        hits = sum(1 for row in rows if i < len(row) and row[i] and test(row[i]))
        return hits / filled[i] if filled[i] else 0.0

    def total(i: int, score: Callable[[str], int]) -> int:
        return sum(score(row[i]) for row in rows if i < len(row) and row[i])

    for i in range(width):
        if filled[i] and sum(len(row[i]) for row in rows if i < len(row)) / filled[i] > 90:
            hints[i] = "description"
    dates = max((i for i in range(width) if not hints[i]),
                key=lambda i: share(i, is_dates), default=None)
    if dates is not None and share(dates, is_dates) >= 0.5:
        hints[dates] = "date"
    free = [i for i in range(width) if not hints[i] and filled[i]]
    place = max(free, key=lambda i: share(i, is_location), default=None)
    if place is not None and share(place, is_location) >= 0.5:
        hints[place] = "place"
        free.remove(place)
    org_of = {i: total(i, lambda t: org_score(t) + school_score(t) + 2 * bool(org_known(t)))
              for i in free}
    title_of = {i: total(i, lambda t: title_score(t) + 2 * bool(degree_prefix(t)))
                for i in free}
    title = max(free, key=lambda i: title_of[i] - org_of[i], default=None)
    if title is not None and title_of[title] > org_of[title]:
        hints[title] = "title"
        free.remove(title)
    org = max(free, key=lambda i: org_of[i], default=None)
    if org is not None and org_of[org] > 0:
        hints[org] = "org"
    return hints


def fields_by_columns(texts: list[str], columns: list[str]) -> Fields:
    """One call's fields, each with its column's hint (:func:`column_hints`); a cell the
    column leaves open is judged by its own shape, a date is a date wherever it stands."""
    own = fields_by_shape(texts)
    guessed = iter(own.parts if own is not None else [])
    own_hints: dict[int, str] = {}
    for i, text in enumerate(texts):
        if text and (own is None or i not in own.description):
            own_hints[i] = next(guessed, ("", ""))[1]
    taken = {h for h in columns if h}
    fields = Fields()
    for i, text in enumerate(texts):
        column = columns[i] if i < len(columns) else ""
        if not text:
            continue
        if column == "description" or len(text) > 90 or (
                own is not None and i in own.description):
            fields.description.append(i)
        elif is_dates(text):
            fields.add(text, "date")
        elif column:
            fields.add(text, column)
        else:
            # a cell the columns leave open takes its own reading, or else the one field
            # no column holds ({Acme}{2019}{Engineer}: a title column, so Acme is the org)
            hint = own_hints.get(i, "")
            if hint in taken:
                hint = next((h for h in ("org", "title") if h not in taken), "")
            taken.add(hint)
            fields.add(text, hint)
    return fields

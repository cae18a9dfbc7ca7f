"""Split a résumé into its sections (experience, education, skills...) by heading.

Headings come as markdown (``## Education``), ALL CAPS (``TECHNICAL SKILLS``), bold, plain
words, or glued to the first entry (``EXPERIENCE Staff Software Engineer, ...``).  They are
recognised by their words, not their markup, because markup is as often used for entries
(``## Senior Software Engineer, Google, Inc.``) as for headings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from ..lexicon.dates import duration_tail, find_dates
from ..lexicon.headings import MAX_HEADING_WORDS, classify_misspelt
from ..lexicon.headings import classify as _classify
from ..lexicon.words import has_digit, is_name_like, strong_org_score
from .lines import Line

__all__ = ["Section", "heading_kind", "split_sections"]

_GLUE_RE = re.compile(r"^(?P<head>[^\W\d_][^\W\d_ &/]{2,40}?)(?P<sep>\s*:\s*|\s+)(?P<rest>\S.*)$")
_MAX_HEADING_WORDS = MAX_HEADING_WORDS
# A note after a heading: "Selected publications (APA; * equal contribution)".
_NOTE_RE = re.compile(r"\s*\([^()\d]*\)$")
# An underlined heading's note may hold a number: "Professional Experience (11+ years)".
_ANY_NOTE_RE = re.compile(r"\s*\([^()]*\)$")
# A count after a heading (how long, how many): "Experience — 10 years", "Papers: 12".
_TALLY_RE = re.compile(r"\s*[—–:(-]\s*\d[^()]{0,30}\)?$")
_NUMBERED_RE = re.compile(r"^\s*\d{1,2}[.)]\s")
_TRAILING_DOTS_RE = re.compile(r"[.\s]{3,}$|[.…:]+$")
_BRACKETS_RE = re.compile(r"^\s*[【\[〔〖「<]\s*(.+?)\s*[】\]〕〗」>]\s*$")
_OPEN_BRACKETS = "【[〔〖「<"
_PHRASE_RE = re.compile(r"(?:with|in|of|for|at|by|and|on)\s")


@dataclass
class Section:
    """A run of lines under one heading; ``kind`` is ``preamble`` before the first one."""

    kind: str
    title: str
    lines: list[Line] = field(default_factory=list)
    heading_line: int = 0


def heading_kind(
    line: Line, seen_heading: bool, current: str = "preamble"
) -> tuple[str, str] | None:
    """``(kind, remainder)`` when the line is a section heading, else None.

    ``remainder`` is the text glued after the heading word on the same line, if any.  Inside
    a skills section ``Label: items`` is a skill group (``Awards: ...`` included), not a
    new heading.
    """
    if not line.text or (line.bullet and not (_NUMBERED_RE.match(line.raw)
                                             and _classify(line.text) is not None)):
        return None  # a numbered heading ("3. Education and Training") is still one
    if _PHRASE_RE.match(line.text) and not line.heading:
        return None  # a phrase ("with distinction", a degree's grade), never a heading
    if (len(line.cells) >= 2 and not line.heading and sum(c.isalpha() for c in line.cells[0]) >= 2
            and _classify(line.cells[0]) is None):
        return None  # a row of cells ("GitHub | Kenntnisse") whose first cell is no heading
    text = line.text
    if text.lstrip()[:1] in _OPEN_BRACKETS:  # the common case skips the regex
        text = _BRACKETS_RE.sub(r"\1", text)  # 【Work Experience】, [ EDUCATION ]
    if text[-1:] in ".…:" or text[-1:].isspace():  # what the pattern can end on
        text = _TRAILING_DOTS_RE.sub("", text)
    text = text.strip()
    # without a ")" the note pattern leaves the text as it is, already classified
    kind = _classify(text) or (_classify(_NOTE_RE.sub("", text)) if ")" in text else None)
    if kind is None and (tally := _TALLY_RE.search(text)) and tally.start() > 0:
        kind = _classify(text[:tally.start()])  # "Опыт работы — 10 лет 8 месяцев"
    if kind is not None:
        return kind, ""
    if line.section and (seen_heading or not is_name_like(text, 4)):
        # \\section{Eigene Projekte}: a boundary whatever its words, of a kind not known;
        # the first one naming a person (\\section*{Jane Doe}) is the page's title
        return "unknown", ""
    if line.underlined:
        return _underlined_heading(text, seen_heading)
    m = _GLUE_RE.match(line.text)
    if m:
        head, sep, rest = m["head"].strip(), m["sep"], m["rest"]
        glued_kind = _classify(head)
        glued = head.isupper() or rest[:1].isdigit() or (":" in sep and current != "skills")
        if glued_kind and glued_kind not in ("other", "skills") and glued:
            return glued_kind, rest
        if glued_kind == "skills" and head.isupper():
            return glued_kind, rest
    if (line.heading or line.bold or text.isupper()) and (kind := classify_misspelt(text)):
        return kind, ""  # a heading set as one, with a typo ("Kenntisse", "EXPERIANCE")
    if (seen_heading and text.isupper() and len(text.split()) <= 4
            and not has_digit(text) and sum(c.isalpha() for c in text) >= 4
            and not (current == "skills" and "," in text)):  # "CSV, JSON, XML": a list
        return "other", ""
    return None


def _underlined_heading(text: str, seen_heading: bool) -> tuple[str, str] | None:
    """An underlined line (``Declaration`` / ``-----------``) is a heading whatever its
    words: one the parser does not know ends the section above as ``other`` instead of
    being read as its content.  Before any heading it is the title (the owner's name)."""
    if ")" in text and (kind := _classify(_ANY_NOTE_RE.sub("", text))):
        return kind, ""
    if seen_heading and len(text.split()) <= _MAX_HEADING_WORDS:
        return "other", ""
    return None


def _entry_name(line: Line, following: Sequence[Line], current: str) -> bool:
    """An ALL-CAPS line that only looks like a heading: an employer or school in capitals
    (``CONTOSO BANK``) right above a dated line, inside an entry section."""
    text = line.text.strip(" :")
    return (current in _ENTRY_KINDS and text.isupper() and not _BRACKETS_RE.match(text)
            and _classify(text) is None and any(find_dates(f.text) for f in following if f.text))


def _timed_entry(line: Line, section: Section) -> bool:
    """``Service et accueil - (2 mois)`` under ``Manutentionnaire - (3 mois)``: a line
    closed by a time span like an entry line already in the section is one more entry, not
    a heading with its length ("Experience (10 years)")."""
    return (section.kind in _ENTRY_KINDS and duration_tail(line.text) is not None
            and any(duration_tail(x.text) is not None for x in section.lines if x.text))


def _bulleted_heading(lines: Sequence[Line], index: int) -> bool:
    """A heading marked with a glyph (``■ Work History``) between blank lines: a list item
    has list items, not blank lines, around it."""
    line = lines[index]
    if not line.bullet or len(line.text.split()) > 3:
        return False
    before = lines[index - 1].text if index > 0 else ""
    after = lines[index + 1].text if index + 1 < len(lines) else ""
    return not before and not after


_ENTRY_KINDS = frozenset({"experience", "education", "projects"})
_FIELD_RE = re.compile(r"^[A-Z][\w ]{1,24}?\s*:\s*\S")


def _form_field(lines: Sequence[Line], index: int, current: str) -> bool:
    """``Project : Metro line`` right under ``Duration : 2018 – 2020`` in an entry section:
    one more field of a form-style entry, not a heading glued to its first line."""
    above = lines[index - 1].text if index > 0 else ""
    return current in _ENTRY_KINDS and bool(above) and bool(_FIELD_RE.match(above))


_CUT_TITLE_RE = re.compile(r"\s(?:ON|OF|AND|FOR|IN|THE|TO|WITH|FROM|A|AN|VIA|BY)$")


def _wrapped_capitals(lines: Sequence[Line], index: int) -> bool:
    """``IMAGES FROM THE TESS CONTINUOUS VIEWING ZONE`` under ``IDENTIFICATION OF PLANET
    CANDIDATES IN FULL-FRAME``: the second line of a title in capitals (a paper's, under
    a heading), not a heading the lexicon does not know."""
    line = lines[index]
    if index == 0 or _classify(line.text) is not None:
        return False
    if _CUT_TITLE_RE.search(line.text):
        return True  # "FAST SENSOR FUSION ON": a heading never ends on a joining word
    previous = lines[index - 1]
    return (bool(previous.text) and previous.text.isupper() and previous.number >= line.number - 1
            and previous.bold == line.bold
            and (heading_kind(previous, True) is None or bool(_CUT_TITLE_RE.search(previous.text))))


def _continues_bullet(lines: Sequence[Line], index: int) -> bool:
    """``publication.`` under ``- Coordinated all yearbook activities to final``: the
    end of a bullet a PDF wrapped (lower case, right under it), not a heading."""
    line = lines[index]
    if index == 0 or line.bullet or line.heading or not line.text[:1].islower():
        return False
    previous = lines[index - 1]
    return previous.bullet and previous.number >= line.number - 1


_PROSE_WORDS = 6


def _continues_prose(lines: Sequence[Line], index: int, opener: Line | None) -> bool:
    """``the project.`` or ``Programme (UN-HABITAT)`` right under ``... groups established
    through``: the last words of a paragraph a PDF wrapped, not a heading.  The line above is
    long prose stopping mid-sentence with no blank line between; the line is set plainly, and
    either opens in lower case or the document marks its headings (the section's own is)."""
    line = lines[index]
    if (index == 0 or line.heading or line.bold or line.bullet or line.text.isupper()
            or not line.text):
        return False
    previous = lines[index - 1]
    if (not previous.text or previous.number < line.number - 1 or previous.heading
            or previous.bold or len(previous.text.split()) < _PROSE_WORDS
            or previous.text.rstrip()[-1:] in ".:;!?" or previous.text.isupper()):
        return False
    marked = opener is not None and bool(opener.heading or opener.bold)
    return line.text[:1].islower() or marked


def _entry_label(lines: Sequence[Line], index: int, current: str, opener: Line | None,
                 glued: bool = False) -> bool:
    """``Editorial Skills:`` over bullets inside a job, in a document whose reader marked the
    job section's heading (a larger or bold PDF line, a Word heading): a plain label ending
    in a colon is set below that heading, so it names a group of the entry's bullets, not
    a new section.  So is one right under a line of the entry, with no blank line between
    (``Acme GmbH, Berlin`` / ``Projects:`` / the projects), also with its text after the
    colon (``glued``: ``Projects: a web portal``)."""
    line = lines[index]
    if (current not in _ENTRY_KINDS or opener is None or not (opener.heading or opener.bold)
            or line.heading or line.bold or line.bullet
            or not (glued or line.text.rstrip().endswith(":"))):
        return False
    if index and lines[index - 1].text and lines[index - 1].number >= line.number - 1:
        return True
    if glued:
        return False
    after = next((x for x in lines[index + 1:index + 3] if x.text), None)
    return after is not None and after.bullet


def _first_item(section: Section, kind: str, line: Line, opener: Line | None) -> bool:
    """``Communication skills`` or ``Oracle Database`` under a ``Soft Skills`` heading the
    reader marked, itself unmarked: an item of the section, not a second heading of the
    same kind (a document sets its headings alike)."""
    return (kind == section.kind and kind not in ("preamble", "other", "unknown")
            and opener is not None and opener.heading > 0 and not line.heading
            and not line.bold and not (line.text.isupper() and not opener.text.isupper()))


def _marked(line: Line) -> bool:
    """Whether the reader set the line apart as a heading: a heading level, bold, a
    ``\\section``, an underline."""
    return bool(line.heading or line.bold or line.section or line.underlined)


def _title_in_entry(lines: Sequence[Line], index: int, section: Section,
                    opener: Line | None) -> bool:
    """``Programming`` or ``Formation`` set plainly right under ``2019 – 2021 | Contoso
    GmbH`` in a section whose heading the reader marked: the job's title (a field of work
    named like a heading), not a new section.  A document sets its headings alike, so a
    plain line under a marked heading is no heading when it sits inside an entry: under its
    date or employer line with no blank line between, or as far below it as a plain line
    sits below another entry's (a table with a blank line after every row)."""
    line = lines[index]
    if (section.kind not in _ENTRY_KINDS or opener is None or not _marked(opener)
            or _marked(line) or line.bullet or line.text.isupper()
            or line.text.rstrip().endswith(":")):
        return False
    texts = [x for x in section.lines if x.text]
    if not texts or not _names_entry(texts[-1]):
        return False
    gap = line.number - texts[-1].number
    if gap <= 1:
        return True
    return any(_names_entry(above) and below.number - above.number == gap
               and not (below.bullet or _marked(below) or find_dates(below.text))
               for above, below in pairwise(texts))


def _names_entry(line: Line) -> bool:
    """A line that opens an entry: not a list item, with dates or an organization's name."""
    return not line.bullet and bool(find_dates(line.text) or strong_org_score(line.text))


#: Sections of a main column, which run on to the next page (a sidebar's are short lists).
_COLUMN_KINDS = frozenset({"experience", "education", "projects", "publications"})
#: Layout regions a page numbers (see the PDF reader): ``10 * page + k``, ``k`` the column.
_PAGE_REGIONS = 10


def _column_continued(columns: dict[int, Section], region: int,
                      current: Section) -> Section | None:
    """The section a column on a new page goes on with: that of the same column on an
    earlier page.  A two-column page is read column by column, so the main column's
    section ends up after the sidebar's last one: the main column of page two, until its
    first heading, belongs to the section it had on page one, not to the sidebar's."""
    side = region % _PAGE_REGIONS
    before = columns.get(side)
    if not side or before is None or before is current or before.kind not in _COLUMN_KINDS:
        return None
    return before


def _late_title(line: Line, sections: Sequence[Section], titled: bool) -> bool:
    """The document's title naming a person, printed after the first sections: a sidebar
    read before the main column (a LinkedIn export's "Contact" and "Top Skills" come first),
    the name block below them.  It opens the owner's block, not a line of the section above."""
    return (line.heading == 1 and not titled and len(sections) > 1 and not line.bullet
            and is_name_like(line.text, 4) and not has_digit(line.text))


#: The most words a heading set like the document's others may have without naming a kind.
_MAX_STYLED_WORDS = 6


def _style(line: Line) -> tuple[int, bool, bool]:
    return line.heading, line.bold, line.text.isupper()


def _styled_headings(lines: Sequence[Line]) -> set[int]:
    """Indexes of headings the lexicon does not know ("Assistant Teaching Experience",
    "Mentoring & Advising") set exactly as the document's known ones: the reader marked
    them as headings (size, style) and their look (level, bold, capitals) is that of at
    least two known headings.  A document sets its section headings alike; entries set in
    that style (a job title made a heading) would be as many as the sections, and sit over
    their dates, so a style shared by more unknown lines than half its known ones, or a
    line right above a date, is left alone."""
    known: dict[tuple[int, bool, bool], int] = {}
    unknown: dict[tuple[int, bool, bool], list[int]] = {}
    first = None
    for index, line in enumerate(lines):
        if not line.heading or line.bullet or not line.text:
            continue
        if _classify(line.text) is not None:
            known[_style(line)] = known.get(_style(line), 0) + 1
            first = index if first is None else first
        elif (first is not None and len(line.text.split()) <= _MAX_STYLED_WORDS
              and not has_digit(line.text) and line.text[-1:] not in ",;-–|"):
            after = next((x for x in lines[index + 1:index + 4] if x.text), None)
            if after is None or not find_dates(after.text):
                unknown.setdefault(_style(line), []).append(index)
    return {index for style, found in unknown.items()
            if known.get(style, 0) >= 2 and 2 * len(found) <= known[style] for index in found}


def split_sections(lines: Sequence[Line]) -> list[Section]:
    """Sections in document order; the first is the ``preamble`` (name, contact, summary)."""
    sections = [Section("preamble", "")]
    # a reader that marks its sections (LaTeX's \\section) leaves none to guess: there a
    # "Thèse: ..." line under an entry is a note, not a heading with its text glued on
    marked = any(line.section for line in lines)
    opener: Line | None = None  # the line that opened the current section
    columns: dict[int, Section] = {}  # by side of the page: the section its column was in
    openers: dict[int, Line] = {}  # by section (its id): the line that opened it
    titled = False  # whether the document's title (a level-1 heading) has been seen
    region, resume = 0, None
    styled = _styled_headings(lines)
    for index, line in enumerate(lines):
        if line.region != region:
            if region % _PAGE_REGIONS:
                columns[region % _PAGE_REGIONS] = sections[-1]  # where the column ended
            region = line.region
            resume = _column_continued(columns, region, sections[-1])
        found = heading_kind(line, len(sections) > 1, sections[-1].kind)
        if found is not None and found[1] and marked:
            found = None
        if found is None and index in styled:
            found = ("unknown", "")
        if found is None and _bulleted_heading(lines, index):
            found = (kind, "") if (kind := _classify(line.text)) else None
        if found is not None and _entry_name(line, lines[index + 1:index + 3],
                                             sections[-1].kind):
            found = None
        if found is not None and _timed_entry(line, sections[-1]):
            found = None
        if found is not None and found[1] and _form_field(lines, index, sections[-1].kind):
            found = None
        if found == ("other", "") and _wrapped_capitals(lines, index):
            found = None
        if found is not None and (_continues_bullet(lines, index)
                                  or _continues_prose(lines, index, opener)):
            found = None
        if found is not None and _entry_label(lines, index, sections[-1].kind, opener,
                                              glued=bool(found[1]) and ":" in line.text):
            found = None
        if found is not None and _first_item(sections[-1], found[0], line, opener):
            found = None
        if found is not None and _title_in_entry(lines, index, sections[-1], opener):
            found = None
        if resume is not None and line.text:
            if found is None:  # the column goes on from the page before, under its heading
                sections.append(Section(resume.kind, resume.title, heading_line=0))
                opener = openers.get(id(resume))
            resume = None
        if found is None and _late_title(line, sections, titled):
            sections.append(Section("contact", "", [line], heading_line=0))
            titled = True
            continue
        titled = titled or line.heading == 1
        if found is None:
            sections[-1].lines.append(line)
            continue
        kind, rest = found
        if (sections[-1].kind == "contact" and not any(x.text for x in sections[-1].lines)
                and kind == "summary" and re.search(r"\w['’]s\b", line.text)):
            continue  # "Contact info" / "Émilie's Profile": a caption inside the contact block
        section = Section(kind, line.text, heading_line=line.number)
        opener = openers[id(section)] = line
        if rest:
            section.title = line.text[: len(line.text) - len(rest)].strip(" :")
            section.lines.append(replace(line, text=rest, heading=0, bold=False))
        sections.append(section)
    return sections

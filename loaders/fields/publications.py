"""Papers: title, venue, year and the full author list, from citations in any common style.

Résumés cite in ACM (``A, B, and C. Title. In Venue, 2024``), IEEE (``A, B, "Title," in
Venue, 2024``) and APA (``Last, F., & Last, G. (2024). Title. Venue.``) styles, or just name
a paper in a bullet (``co-authored STARDUST (IEEE CAL)``).  The author list is read name
by name until the text stops looking like names; what follows is title, then venue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon.dates import strip_dates
from ..lexicon.taxonomy import venue_known
from ..lexicon.vocabulary import alternation, fold, vocabulary
from ..lexicon.words import is_name_like
from ..models import Publication, Source
from ..segment.lines import Line

__all__ = [
    "Citation", "entry_citation", "extract_publications", "linked_articles", "parse_citation",
    "publications_in_bullets",
    "vancouver_name",
]

# A list marker: "[12]", "[J3]", "(4)", "5." ("(2019)" wrapped to a line's start is a year)
_MARKER_RE = re.compile(
    r"^\s*(?:\[[A-Za-z]{0,3}\.?\s?\d+\]|\(\d{1,3}\)|\d{1,3}[.)](?=\s))\s*(?:[|│]\s*)?")
# A year label before the citation: "2023: A. Author, ..." / "2023 | A. Author, ...".
_YEAR_LABEL_RE = re.compile(r"^\(?(?P<year>(?:19|20)\d{2})\)?\s*[:|│]\s+")
_NOTE_RE = re.compile(
    r"\(\s*([^()]*?(?:co-?first|equal(?:ly)?\s+contribut|joint(?:ly)?\s+first|contributed\s+equally)"
    r"[^()]*)\)\.?", re.I)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A title in quotes: double (IEEE, MLA) or single (Harvard: ``(2020) 'Title', Journal``); a
# straight single quote closes only before punctuation, so "children's" stays in the title.
_QUOTED_RE = re.compile(
    r"(?:[\"“](?P<title>[^\"”]{8,}?)[,.]?[\"”]|(?:(?<=^)|(?<=[\s(:]))(?:‘(?P<curly>[^’]{8,}?)"
    r"[,.]?’|'(?P<single>.{8,}?)[,.]?'(?=[,.;:]|\s*$))),?")
# The status of a paper not out yet, written where its year or venue would be.
_STATUS = r"in\s+prep[a-z]*\.?|in\s+press|submitted|under\s+review|forthcoming|accepted"
_STATUS_RE = re.compile(rf"\b(?:{_STATUS})", re.I)
# APA's year, or a status in its place: "Doe, J. (in prep). Title."
_APA_RE = re.compile(
    r"^(?P<authors>.+?)\s*\((?:(?P<year>(?:19|20)\d{2})[a-z]?(?:,[^)]*)?|"
    rf"{_STATUS})\)[.:]?\s*(?P<rest>.+)$", re.I)
_ACM_YEAR_RE = re.compile(r"^\(?(?P<year>(?:19|20)\d{2})[a-z]?\)?\.\s+")
_SPLIT_RE = re.compile(r",\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s+")
# Marks beside an author's name: equal contribution, corresponding author, the owner.
_MARKS = "*∗⋆†‡§¶☭✝✉#"
_SENTENCE_RE = re.compile(
    r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bvs)(?<!\bal)[.?!]\s+(?=[A-Za-z\[(\"“])")
_VENUE_LEAD_RE = re.compile(
    r"^(?:in\s*:?\s*|in\s+proc(?:eedings|\.)?\s+(?:of\s+)?|published\s+in\s+)", re.I)
_VENUE_WORDS_RE = re.compile(alternation(vocabulary().venue_words))
_ACRONYM_RE = re.compile(r"\b[A-Z]{3,}\b")


def _venue_word(text: str) -> bool:
    """Words only a venue's name holds (Proceedings, Zeitschrift, Revista, 学报: lexicon
    data), or an acronym (NeurIPS is known to the venue taxonomy, ICML written bare)."""
    return bool(_VENUE_WORDS_RE.search(fold(text)) or _ACRONYM_RE.search(text))


_VANCOUVER_RE = re.compile(
    r"(?P<surname>[A-Z][\w'\-]+(?:\s[A-Z][a-z][\w'\-]*)?)\s(?P<initials>[A-Z]{1,3})")
_MONTH_YEAR_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?=(?:19|20)\d{2})")
# A footnote under the list: "∗ equal contribution", "† corresponding author".
_FOOTNOTE_RE = re.compile(
    r"^\s*[*∗⋆†‡§¶]+\s*(?:denotes\s+|indicates\s+)?(?:equal|co-?first|joint|corresponding|"
    r"student|mentee)\b", re.I)
_CITATION_END_RE = re.compile(r"(?:[.!?)\]]|(?:19|20)\d{2})\s*$")
_VOLUME_RE = re.compile(
    r"\b(?:pp?\.|pages?|S\.|Seiten?)\s*[\d\-–]+|"
    r"\b(?:vol\.|volume|issue|no\.|nr\.|art\.|article|bd\.|jg\.|heft)\s*\d+|"
    r"\bid\.\s?\w+|\b\d+\s*\(\d+\)|"
    r"\b\d+\s*[-–]\s*\d+|;\s*\d+(?:\s*\(\d+\))?(?:\s*:\s*[\d\-–]+)?", re.I)
_KIND_RE = re.compile(
    r"^(?P<kind>conferences?|journals?|posters?|workshops?|preprints?|theses|thesis|books?|"
    r"book chapters?|talks?|patents?|articles?|demos?)\b", re.I)
_BULLET_PUB_RE = re.compile(
    r"\b(?:co-?first[- ]authored|first[- ]authored|co-?authored|authored|published)\s+"
    r"(?:the\s+)?(?:paper\s+)?(?:['\"“‘](?P<quoted>[^'\"”’]{2,120})['\"”’]|"
    r"(?P<bare>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5}))\s*\((?P<venue>[^()]{2,80})\)")


@dataclass
class Citation:
    """A citation read into its parts."""

    title: str = ""
    venue: str | None = None
    year: str | None = None
    authors: list[str] = field(default_factory=list)
    co_first: list[str] = field(default_factory=list)


# "#" marks the corresponding author ("Minji Kim*#"): dropped, not a co-first mark
_TRAILING_MARKS_RE = re.compile(rf"[{_MARKS}#\d^]+\.?$")
_WORD_STOP_RE = re.compile(r"(?<=[A-Za-z][a-z])\.$")
_INNER_STOP_RE = re.compile(r"[A-Za-z][a-z]\.\s")


@lru_cache(maxsize=8192)
def _clean_name(name: str) -> tuple[str, bool]:
    """Memoized: an author list is cut and tried piece by piece, each piece more than once."""
    name = name.strip()
    marked = any(m in name for m in _MARKS)
    name = _TRAILING_MARKS_RE.sub("", name).strip().rstrip(",")
    name = _WORD_STOP_RE.sub("", name)
    return " ".join(name.split()), marked


@lru_cache(maxsize=8192)
def _is_author(piece: str) -> bool:
    name, _ = _clean_name(piece)
    return (len(name) <= 40 and ":" not in name and not _INNER_STOP_RE.search(name)
            and is_name_like(name, 5))


def vancouver_name(name: str) -> str | None:
    """``Zhang W`` / ``Kumar AB`` (Vancouver style, initials after the surname) →
    ``W. Zhang`` / ``A. B. Kumar``; None for a name not written that way."""
    m = _VANCOUVER_RE.fullmatch(name.strip().strip(_MARKS))
    if m is None:
        return None
    return " ".join([*(f"{c}." for c in m["initials"]), m["surname"]])


def _read_authors(text: str) -> tuple[list[tuple[str, bool]], str]:
    """Leading author names and the text after them."""
    authors: list[tuple[str, bool]] = []
    pos = 0
    while pos < len(text):
        m = _SPLIT_RE.search(text, pos)
        end = m.start() if m else len(text)
        piece = text[pos:end]
        if _is_author(piece):
            authors.append(_clean_name(piece))
            pos = m.end() if m else len(text)
            continue
        initialled: tuple[str, int] | None = None  # "Smirnov A. A" before ". Title"
        for dot in re.finditer(r"\.\s+", text[pos:end] if m else text[pos:]):
            name = text[pos:pos + dot.start()]
            vancouver = all(vancouver_name(a) for a, _ in authors) and vancouver_name(name)
            if re.search(r"(?:^|\s)[^\W\d_]$", name) and not vancouver:
                if _is_author(name):
                    initialled = (name, pos + dot.end())
                continue  # "B. Jones": the period of an initial
            if _is_author(name) or vancouver:
                authors.append(_clean_name(name))
                return _given_first(authors), text[pos + dot.end():]
            break
        if initialled is not None and authors:
            # a surname with its initials last in the list ("Liu Y., Smirnov A. A. Title"):
            # the name ends at the last initial, written as it is (GOST order)
            authors.append((initialled[0].strip() + ".", False))
            return _given_first(authors), text[initialled[1]:]
        break
    return _given_first(authors), text[pos:].strip()


def _given_first(authors: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A Vancouver list (every name ``Surname Initials``) in given-name-first order."""
    if len(authors) < 2 or not all(vancouver_name(a) for a, _ in authors):
        return authors
    return [(vancouver_name(a) or a, mark) for a, mark in authors]


_INITIALS_RE = re.compile(r"(?:[A-Z]\.?\s*-?\s*)+")
_LIST_AND_RE = re.compile(r",?\s+(?:and|&)\s+|,\s*&\s*")


def _apa_authors(text: str, whole: bool = False) -> list[tuple[str, bool]]:
    """``Smith, J. A., & Doe, B.`` → ``J. A. Smith``, ``B. Doe``; a list set apart by
    semicolons (``Smith, J. A.; Doe B.; Roe, C. and Poe, D.``) name by name.  ``whole``:
    empty unless every part of the text is a name."""
    if ";" in text or "/" in text:  # German lists part names by slashes: "Doe, J./Roe, R."
        return _semicolon_authors(text.replace("/", ";"))
    text = re.sub(r"…|\.\.\.", ",", text)  # "A, B., … Z, C.": the names left out are not names
    parts = [p.strip() for p in re.split(r",\s*(?:&\s*)?|\s+&\s+|\s+and\s+", text)
             if p.strip()]
    out = []
    for surname, initials in zip(parts[::2], parts[1::2], strict=False):
        if _INITIALS_RE.fullmatch(initials.strip(_MARKS)) and _is_surname(surname):
            out.append(_inverted_name(surname, initials))
    return out if not whole or 2 * len(out) == len(parts) else []


def _inverted_name(surname: str, given: str) -> tuple[str, bool]:
    """``Doe``, ``J.*`` → ``J. Doe`` marked: a self-mark may follow either part."""
    marked = any(m in surname + given for m in _MARKS)
    name, _ = _clean_name(f"{given.strip(_MARKS + ' ')} {surname.strip(_MARKS + ' ')}")
    return name, marked


def _is_surname(text: str) -> bool:
    """``Doe``, ``van der Berg``, ``Bello-Arufe``: capitalised words, not initials."""
    words = text.strip(_MARKS + " ").split()
    return 0 < len(words) <= 3 and words[-1][:1].isupper() and len(words[-1]) > 1 and all(
        re.fullmatch(r"[^\W\d_][\w'’\-]*", w) for w in words)


def _inverted_first(text: str) -> list[tuple[str, bool]]:
    """``Doe, Jane, and Juan Roe`` (MLA, Chicago): the first name inverted, the others in
    reading order; empty unless the whole text reads so.  Tried after the given-first
    reading, which ``Jane Doe, Juan Roe`` passes."""
    parts = [p.strip() for p in _SPLIT_RE.split(text.strip(" ,.")) if p.strip()]
    if len(parts) < 2 or not _is_surname(parts[0]) or _INITIALS_RE.fullmatch(parts[1]):
        return []
    first = _inverted_name(parts[0], parts[1])
    if not _is_author(first[0]) or not all(_is_author(p) for p in parts[2:]):
        return []
    return [first, *(_clean_name(p) for p in parts[2:])]


def _semicolon_authors(text: str) -> list[tuple[str, bool]]:
    """Each piece ``Surname, Initials``, ``Surname Initials`` or ``Surname, Given Names``
    (``Doe, Jane; Roe, Juan Luis``); empty unless all are."""
    out = []
    for piece in re.split(r"\s*;\s*|" + _LIST_AND_RE.pattern, text.strip(" ;")):
        surname, comma, initials = piece.partition(",")
        if not comma:
            surname, _, initials = piece.strip().rpartition(" ")
        initials = initials.strip()
        if not ((_INITIALS_RE.fullmatch(initials.strip(_MARKS))
                 or (comma and _is_surname(initials) and len(initials.split()) <= 2))
                and _is_surname(surname)):
            return []
        out.append(_inverted_name(surname, initials))
    return out


# "Doe, Jane; Roe, Juan Luis: Title. In: Venue": names set apart by semicolons, then a colon
_COLON_AUTHORS_RE = re.compile(r"^(?P<authors>[^:;]+(?:;[^:;]+)+):\s+(?P<rest>\S.*)$")


# The year after the names: APA "(2020)", Chicago ". 2020."
_YEAR_AFTER_AUTHORS_RE = re.compile(
    r"\s*(?:\(\s*(?:19|20)\d{2}[a-z]?\s*\)|\.\s+(?:19|20)\d{2})\.?\s*$")
# A venue's volume and issue after its name: "Nucleic Acids Research 48(12)", "Cell 6".
_VOLUME_TAIL_RE = re.compile(r"\s+\d+(?:\s*\(\d+\))?(?:\s*:\s*[\d\-–]+)?\s*$")


_NUMBERS_TAIL_RE = re.compile(r"(?:,\s*\d+(?:\s*[-–]\s*\d+)?)+\s*$")


def _trailing_venue(title: str, numbered: bool = False) -> tuple[str, str | None]:
    """``Title, Journal of Bacteriology 200`` → the title and the venue, when what follows
    the last comma names a venue (venue words, a volume number) rather than the title, or
    is ``numbered``: followed by its volume, pages or DOI, which only a venue is."""
    head, _, tail = title.rpartition(", ")
    tail = tail.strip()
    if not head or len(tail.split()) > 8:
        return title, None
    if (_VOLUME_TAIL_RE.search(tail) or _venue_word(tail) or venue_known(tail)
            or (numbered and tail[:1].isupper())):
        return head.strip(), _venue(tail)
    return title, None


def _whole_author_list(text: str) -> list[tuple[str, bool]]:
    """``A. Smith, B. Jones, and C. Lee`` before ``(2020).``: names in reading order, when
    the whole text is names."""
    authors, rest = _read_authors(text.strip(" ,"))
    return authors if authors and not rest.strip(" ,.;") else []


# Identifiers and links after a venue: DOIs, arXiv numbers, URLs, ISSNs.
_IDENTIFIER_RE = re.compile(
    r"\b(?:doi|issn|isbn|pmid|pmcid)\s*:?\s*\S+|\barxiv\s*:\s*[\w./-]+|https?://\S+|"
    r"\b10\.\d{4,}/\S+", re.I)
_PREPRINT_LEAD_RE = re.compile(r"^(?:preprint\s+(?:posted\s+)?(?:on|in)\s+(?:the\s+)?)", re.I)


def _venue(text: str) -> str | None:
    text = _IDENTIFIER_RE.sub(" ", text)
    text = _PREPRINT_LEAD_RE.sub("", text.strip())
    text = _MONTH_YEAR_RE.sub(" ", text)
    text = _YEAR_RE.sub(" ", text)
    text = _VOLUME_RE.sub(" ", text)
    text = _VENUE_LEAD_RE.sub("", text.strip())
    text = re.sub(r"\s*\(\s*\)", "", " ".join(text.split()))
    text = re.sub(r"(?:\s*,)+(?=\s*(?:,|$))", "", text)  # commas left by removed volume parts
    text = re.sub(r"(?:\s+\d+)+$", "", text.strip(" ,.;:"))  # a volume number left: "PNAS 116"
    text = text.strip(" ,.;:")
    return text or None


_IN_COLON_RE = re.compile(r"[,;]\s+(?=(?i:in):\s)")
# "et al." / "u. a." cut an author list: the named authors stay.  The cut goes, with a full
# stop left where the list ended before a title ("Roe J, Poe K, et al. Title").
_ETAL_RE = re.compile(
    r",?\s+(?:et\.?\s?al\b|u\.\s?a\b)\.?(?P<next>\s*[(:,\"“‘']|$)?", re.I)
# A kind or status in brackets after a title: "(Doctoral dissertation)", "[Poster]",
# "(in press)": what the paper is, not part of its title.
_DESCRIPTOR_RE = re.compile(
    r"\s*[\[(][^\[\]()]*\b(?:dissertation|thesis|poster|presentation|abstract|talk|preprint|"
    r"paper|chapter|" + _STATUS + r")\b[^\[\]()]*[\])]\s*$", re.I)


def _inverted_lead(text: str) -> tuple[list[tuple[str, bool]], str]:
    """An inverted author list ended by a full stop, and the text after it: ``Doe, Jane,
    and Juan Roe. 2020. Title.`` (Chicago, MLA without quotes) or ``Doe, J., Roe, J. A.
    Title.`` (APA's names without its bracketed year)."""
    for stop in re.finditer(r"\.\s+", text[:300]):
        rest = text[stop.end():]
        if re.match(r"[^\W\d_]\.", rest):
            continue  # the period of an initial: "Roe, J. A. Title"
        authors = (_inverted_first(text[:stop.start()])
                   or _apa_authors(text[:stop.start() + 1], whole=True))
        if authors:
            return authors, rest
    return [], text


def _sentences(text: str) -> list[str]:
    """The parts of a citation set apart by full stops, or by ``//`` (GOST: title // venue)."""
    text = text.replace(" // ", ". ")
    text = _IN_COLON_RE.sub(". ", text)  # German: "Title, in: Venue"
    return [s.strip() for s in _SENTENCE_RE.split(text) if s.strip()]


def _co_first(note: str, authors: list[str]) -> list[str]:
    firsts = {w.lower() for w in re.findall(r"[A-Z][\w\-]+", note)}
    return [a for a in authors if a.split()[0].lower() in firsts or a.lower() in note.lower()]


def parse_citation(text: str) -> Citation:
    """Read one citation; fields it cannot find stay empty."""
    text = _MARKER_RE.sub("", text).strip()
    label_year = None
    if (label := _YEAR_LABEL_RE.match(text)) is not None:  # moderncv "2023: A, B. Title."
        label_year, text = label["year"], text[label.end():]
    notes = [m.group(1) for m in _NOTE_RE.finditer(text)]
    text = " ".join(_NOTE_RE.sub(" ", text).split())
    text = _ETAL_RE.sub(lambda m: m["next"] or ".", text)
    years = _YEAR_RE.findall(text)
    cite = Citation(year=years[-1] if years else label_year)
    if (q := _QUOTED_RE.search(text)) is not None:
        before = _YEAR_AFTER_AUTHORS_RE.sub("", text[:q.start()].strip(" ,:"))
        # "A, B: "Title"", "A, B (2020). "T"", "Doe, J. and Roe, R. "Title""
        before = before.strip(" ,:")
        authors = (_apa_authors(before) or _whole_author_list(before)
                   or _inverted_first(before) or _read_authors(before)[0])
        title = q["title"] or q["curly"] or q["single"]
        cite.title, cite.venue = title.strip(" ,."), _venue(text[q.end():])
    elif (colon := _COLON_AUTHORS_RE.match(text)) is not None and (
            authors := _semicolon_authors(colon["authors"])):
        parts = _sentences(colon["rest"])
        cite.title = parts[0].rstrip(".") if parts else ""
        cite.venue = _venue(" ".join(parts[1:])) if len(parts) > 1 else None
    elif (apa := _APA_RE.match(text)) is not None and (authors := (
            _apa_authors(apa["authors"]) or _whole_author_list(apa["authors"])
            or _inverted_first(apa["authors"]))):
        parts = _sentences(apa["rest"])
        cite.year = apa["year"]
        cite.title = parts[0].rstrip(".") if parts else ""
        cite.venue = _venue(" ".join(parts[1:])) if len(parts) > 1 else None
    else:
        authors, rest = _read_authors(text)
        if not authors:
            authors, rest = _inverted_lead(text)
        if authors and (acm := _ACM_YEAR_RE.match(rest)):  # ACM: "Authors. 2024. Title. In ..."
            cite.year, rest = acm["year"], rest[acm.end():]
        parts = _sentences(rest)
        if not authors and len(parts) > 1:
            for i, part in enumerate(parts[1:], start=1):
                listed, leftover = _read_authors(part)
                if len(listed) >= 1 and not leftover.strip(" ."):
                    authors = listed
                    parts = parts[:i] + parts[i + 1:]
                    break
        cite.title = parts[0].rstrip(".") if parts else ""
        cite.venue = _venue(" ".join(parts[1:])) if len(parts) > 1 else None
        if cite.venue is None and "," in cite.title and not authors:
            title, _, venue = cite.title.rpartition(",")
            if _venue_word(venue) or _YEAR_RE.search(venue):
                cite.title, cite.venue = title.strip(), _venue(venue)
    if cite.venue is None and ", " in cite.title:
        # "Title, Journal, 16, 20, 1-14": volume, issue and pages set apart by commas
        bare = _IDENTIFIER_RE.sub(" ", cite.title).rstrip(" ,;:")
        numbers = _NUMBERS_TAIL_RE.search(bare)
        numbered = bare != cite.title.rstrip(" ,;:") or bool(
            numbers and _YEAR_RE.sub("", numbers.group()).strip(" ,"))
        cite.title, cite.venue = _trailing_venue(_NUMBERS_TAIL_RE.sub("", bare), numbered)
    cite.title = _DESCRIPTOR_RE.sub("", cite.title)
    names = [name for name, _ in authors]
    cite.authors = names
    marked = [name for name, mark in authors if mark]
    for note in notes:
        cite.co_first.extend(a for a in _co_first(note, names) if a not in cite.co_first)
    if marked and (notes or len(marked) > 1):
        cite.co_first.extend(a for a in marked if a not in cite.co_first)
    return cite


def _items(lines: Sequence[Line]) -> list[tuple[list[Line], str | None]]:
    """Group lines into citations, each with the kind of its sub-heading (Posters...)."""
    marked = any(line.bullet or _MARKER_RE.match(line.text) for line in lines if line.text)
    items: list[tuple[list[Line], str | None]] = []
    apart: set[int] = set()  # items set apart from the one before (a blank line, a heading)
    kind: str | None = None
    boundary = True  # the previous line ended a citation (blank, heading, final period)
    previous_blank = True
    for line in lines:
        text = line.text
        if not text:
            boundary = previous_blank = True
            apart.add(len(items))
            continue
        if _FOOTNOTE_RE.match(text):
            boundary = True
            apart.add(len(items))
            continue
        if (k := _KIND_RE.match(text)) and not _YEAR_RE.search(text) and len(text.split()) <= 3:
            kind = k["kind"].lower().rstrip("s").replace("thesi", "thesis")
            boundary = True
            apart.add(len(items))
            continue
        starts = boundary if not marked else (line.bullet or bool(_MARKER_RE.match(text))
                                              or previous_blank)
        previous_blank = False
        if starts or not items:
            items.append(([line], kind))
        else:
            items[-1][0].append(line)
        boundary = bool(_CITATION_END_RE.search(text))
    return items if marked else _mend(items, apart)


def _complete(group: Sequence[Line]) -> Citation | None:
    """The citation a group of lines reads as, when it has names, a title, and a year, a
    status or a venue: what a whole citation holds and a piece of one lacks."""
    text = " ".join(line.text for line in group)
    cite = _read_group(group, False)
    whole = cite.authors and len(cite.title) >= 4 and (
        cite.year or cite.venue or _STATUS_RE.search(text))
    return cite if whole else None


def _mend(items: list[tuple[list[Line], str | None]],
          apart: set[int]) -> list[tuple[list[Line], str | None]]:
    """Rejoin citations an unmarked list cut where a line happened to end in a full stop
    (``A. Roe, B. Poe.`` / ``Title.`` / ``Venue, 2020.`` on lines of their own; a wrap
    after ``Proc.`` or an initial).  A piece that is no whole citation waits for the
    lines after it until together they are one; a piece that starts with no names and
    leaves the citation before it as it was is the end of that citation."""
    out: list[tuple[list[Line], str | None]] = []
    pending: list[Line] = []
    pending_kind: str | None = None
    for k, (group, kind) in enumerate(items):
        alone = _complete(group)
        if pending and (alone is not None or k in apart):
            out.append((pending, pending_kind))  # the waiting piece stays as it was
            pending = []
        if pending:
            pending = pending + group
            if _complete(pending) is not None:
                out.append((pending, pending_kind))
                pending = []
            continue
        if alone is not None:
            out.append((group, kind))
            continue
        if out and k not in apart and _ends(out[-1][0], group):
            out[-1] = (out[-1][0] + group, out[-1][1])
            continue
        pending, pending_kind = group, kind
    if pending:
        out.append((pending, pending_kind))
    return out


def _ends(before: list[Line], group: list[Line]) -> bool:
    """Is ``group`` the end of the citation ``before``: no names lead it, and joined on it
    leaves the names and title read before unchanged?"""
    text = group[0].text
    if _read_authors(text)[0] or _inverted_lead(text + " ")[0]:
        return False
    first, joined = _complete(before), _complete(before + group)
    return first is not None and joined is not None and (first.title, first.authors) == (
        joined.title, joined.authors)


_SHORT_DATE_RE = re.compile(r"^(?:\d{1,2}/)?(?P<yy>\d{2})$|^(?:\d{1,2}/)?(?P<year>(?:19|20)\d{2})$")


def _entry_items(lines: Sequence[Line]) -> list[tuple[list[Line], str | None]]:
    """A template's entries (``\\entry{09/18}{Authors}{Venue}{Title}``): each entry line with
    the lines under it up to the next, as one citation."""
    items: list[tuple[list[Line], str | None]] = []
    under_year = False
    for line in lines:
        if line.entry:
            # an entry holding only a year heads the citations listed under it, one a bullet
            under_year = bool(_SHORT_DATE_RE.match(line.text.strip(" .,|")))
            if not under_year:
                items.append(([line], None))
        elif under_year and line.text and (line.bullet or not items):
            items.append(([line], None))
        elif items and line.text:
            items[-1][0].append(line)
    return items


_AUTHORS_LABEL_RE = re.compile(r"^\s*(?:co-?)?authors?\s*:\s*|^\s*(?:with|avec|mit|con|com)\s+",
                               re.I)


def entry_citation(cells: Sequence[str], body: str | Sequence[str]) -> Citation:
    """A citation whose parts a template set apart: each part judged by its content — a
    date, a list of names, a venue — and the title the part left (or the text under it)."""
    cite = Citation()
    authors: list[tuple[str, bool]] = []
    rest: list[str] = []
    for cell in cells:
        bare = cell.strip(" .,")
        if m := _SHORT_DATE_RE.match(bare):
            cite.year = m["year"] or f"20{m['yy']}" if int(m["yy"] or 0) < 70 or m["year"] \
                else f"19{m['yy']}"
            continue
        if (years := _YEAR_RE.findall(bare)) and len(strip_dates(bare).split()) <= 1:
            cite.year = years[-1]
            continue
        names = cell.strip(" ,")  # "Doe, J." keeps the period of its last initial
        listed = _apa_authors(names) or _whole_author_list(names.replace(";", ","))
        if listed and not authors:
            authors = listed
            continue
        rest.append(bare)
    venues = [r for r in rest if _venue_word(r) or venue_known(r)
              or _VOLUME_RE.search(r) or _STATUS_RE.search(r)]
    others = [r for r in rest if r not in venues]
    lines = [body] if isinstance(body, str) else list(body)
    if not authors:
        for k, line in enumerate(lines):
            text = _AUTHORS_LABEL_RE.sub("", line).strip(" .")
            listed = _apa_authors(text) or _whole_author_list(text.replace(";", ","))
            if listed:
                authors = listed
                lines = lines[:k] + lines[k + 1:]
                break
    title = max(others, key=len) if others else " ".join(lines).strip()
    if not title and venues:
        title = venues.pop(0)
    cite.title = title.rstrip(".")
    cite.venue = _venue(" ".join(venues)) if venues else None
    cite.authors = [name for name, _ in authors]
    cite.co_first = [name for name, mark in authors if mark] if sum(
        1 for _, mark in authors if mark) > 1 else []
    return cite


_AUTHORS_LINE_RE = re.compile(
    r"^\s*(?:(?:co-?)?authors?\s*:\s*\S|(?:with|mit|avec|con|com)\s+(?-i:[A-Z]))", re.I)
# "X, Y und Z": the last two names of a list joined by a conjunction of any language
_LAST_AND_RE = re.compile(r",?\s+(?:and|und|et|y|e|en|и|&)\s+")
_QUOTES = "„“”\"«»‚‘’"
# "Journal Paper: In Preparation", "Conference Poster: 2017", "Conference Paper (ID: 27)":
# the kind of a paper written on a line of its own, and "POSTER:" before a title
_KIND_LINE_RE = re.compile(
    r"^(?:\w+\s+)?(?:paper|poster|article|talk|preprint|abstract|chapter)\b[^:]{0,20}"
    r"(?::|\s*\()", re.I)
_NAMES_GO_ON_RE = re.compile(r"(?:,|\b[A-Z]\.)\s*$")
_KIND_PREFIX_RE = re.compile(r"^(?:poster|talk|preprint|paper|abstract)\s*:\s*", re.I)


def _labelled_citation(group: Sequence[Line]) -> Citation | None:
    """A paper written as a block with an ``Authors:`` line: the title above it (its kind
    line aside), the venue and year around it."""
    at = next((k for k, line in enumerate(group) if _AUTHORS_LINE_RE.match(line.text)), None)
    if at is None or at == 0:
        return None
    title = [line.text for line in group[:at] if not (
        _KIND_LINE_RE.match(line.text) and len(line.text.split()) <= 5
        and not line.text.isupper())]
    if not title:
        return None
    cite = Citation(title=_KIND_PREFIX_RE.sub("", " ".join(title)).strip(" ." + _QUOTES))
    names = _AUTHORS_LABEL_RE.sub("", group[at].text)
    while at + 1 < len(group) and _NAMES_GO_ON_RE.search(names):
        at += 1  # "..., P. Gupta, H. Bansal, A." / "Chowdhery, P. Mukherjee"
        names = f"{names} {group[at].text}"
    names = re.split(r"\s*\|\s*", names)[0]
    cite.authors = [name for name, _ in _whole_author_list(
        _LAST_AND_RE.sub(", ", names).strip(" ."))]
    if not cite.authors:
        return None
    rest = [line.text for line in group[at + 1:] if not line.bullet]  # not "Press: ..."
    venues = [t for t in rest if _venue_word(t) or venue_known(t)]
    cite.venue = _venue(" ".join(venues[:2])) if venues else None
    years = [y for line in group for y in _YEAR_RE.findall(line.text)]
    cite.year = years[0] if years else None
    return cite


def _blocks(lines: Sequence[Line]) -> list[tuple[list[Line], str | None]]:
    """Paragraphs (runs of lines between blank lines) of a section."""
    items: list[tuple[list[Line], str | None]] = []
    for line in lines:
        if not line.text:
            if items and items[-1][0]:
                items.append(([], None))
            continue
        if not items:
            items.append(([], None))
        items[-1][0].append(line)
    return [item for item in items if item[0]]


def extract_publications(lines: Sequence[Line], path: str) -> list[Publication]:
    """Publications of a publications section."""
    out: list[Publication] = []
    first = next((k for k, line in enumerate(lines) if line.entry), len(lines))
    labelled = any(_AUTHORS_LINE_RE.match(line.text) and not line.bullet
                   for line in lines[:first])
    written = _blocks(lines[:first]) if labelled else _items(lines[:first])
    bare: list[tuple[list[Line], Citation]] = []  # titles alone, kept if nothing else is
    # citations written out, then a template's entries (a list, then talks as \cventry)
    for group, kind in [*written, *_entry_items(lines[first:])]:
        if group[0].entry and group[0].cells:
            cite = entry_citation(group[0].cells, [line.text for line in group[1:]])
        else:
            cite = _read_group(group, labelled)
        if not cite.title or len(cite.title) < 4 or not (cite.year or cite.venue or cite.authors):
            bare.append((group, cite))
            continue
        if not cite.authors and not cite.venue:
            bare.append((group, cite))
            continue
        bold = {b.strip(_MARKS + " ,") for line in group for b in line.bold_spans}
        bold |= {v for b in bold if (v := vancouver_name(b))}
        owner = next((i for i, a in enumerate(cite.authors, 1) if a in bold), None)
        out.append(Publication(
            title=cite.title, venue=cite.venue, year=cite.year, kind=kind,
            authors=cite.authors, owner_position=owner, co_first_authors=cite.co_first,
            url=next((link for line in group for link in line.links), None),
            source=Source(file=path, line_start=group[0].number, line_end=group[-1].number),
            confidence=1.0 if cite.authors and cite.year else 0.8,
        ))
    if not out:
        out = [Publication(title=title, year=cite.year, confidence=0.5, source=Source(
                   file=path, line_start=group[0].number, line_end=group[-1].number))
               for group, cite in bare if (title := _bare_title(group))]
    return out


_BARE_TITLE_RE = re.compile(r"^[\w\"“'‘(\[](?!.*(?:@|https?://|www\.|[.:;]\s*$))", re.S)


def _bare_title(group: Sequence[Line]) -> str | None:
    """A publications section that lists titles alone (LinkedIn's export, a short list of
    reports): a group of 3-30 words, no link, no sentence or label ending it."""
    text = " ".join(line.text for line in group).strip()
    if not _BARE_TITLE_RE.match(text) or not 3 <= len(text.split()) <= 30:
        return None
    return _DESCRIPTOR_RE.sub("", text).strip(" ," + _QUOTES) or None


def _read_group(group: Sequence[Line], labelled: bool) -> Citation:
    """A citation from its lines: labelled blocks by their ``Authors:`` line, the rest as
    written text; a block of lines whose names line no text style reads (title, names and
    venue each on a line) by its lines."""
    text = " ".join(line.text for line in group)
    cite = (labelled and _labelled_citation(group)) or parse_citation(text)
    if not cite.authors and len(group) > 1:
        cite = _lined_citation(group) or cite
    return cite


def _lined_citation(group: Sequence[Line]) -> Citation | None:
    """``Title`` / ``A. Roe, B. Poe`` / ``Venue, 2020``: the title on the lines above a
    line of two or more names and nothing else, the venue on the lines below."""
    for k, line in enumerate(group[1:], start=1):
        names = line.text.strip(" .")
        authors = _apa_authors(names, whole=True) or _whole_author_list(names)
        if len(authors) < 2:
            continue
        cite = Citation(title=" ".join(t.text for t in group[:k]).strip(" ." + _QUOTES),
                        authors=[name for name, _ in authors])
        cite.title = _DESCRIPTOR_RE.sub("", cite.title)
        rest = " ".join(t.text for t in group[k + 1:])
        cite.venue = _venue(rest) if rest else None
        years = [y for t in group for y in _YEAR_RE.findall(t.text)]
        cite.year = years[-1] if years else None
        return cite
    return None


# "Child poverty rises again. The Lancet. https://...": an article's title, where it ran, and
# its link (read before the link; a converter may write the link as HYPERLINK "...").
_LINKED_ARTICLE_RE = re.compile(
    r"^(?P<title>[A-Z][^.]{15,200}?)(?:\.|(?<=['\"”’]))\s+"
    r"(?P<venue>[A-Z][\w.&/\- ]{1,50}?)\.(?:\s|$)")
_LINK_RE = re.compile(r"\b(?:HYPERLINK\s|https?://|www\.)")
#: Lines in a row it takes to read article links outside a publications heading.
MIN_ARTICLE_RUN = 3


def linked_articles(lines: Sequence[Line], path: str) -> list[Publication]:
    """Articles listed with their links outside a publications heading (a journalist's
    "Written material" among the skills): a run of lines each reading ``Title. Venue.``
    then a link.  One such line alone may be anything; a run of them is a list of work."""
    out: list[Publication] = []
    run: list[Publication] = []
    for line in [*lines, None]:
        article = _linked_article(line, path) if line is not None else None
        if article is not None:
            run.append(article)
            continue
        if len(run) >= MIN_ARTICLE_RUN:
            out.extend(run)
        run = []
    return out


def _linked_article(line: Line, path: str) -> Publication | None:
    link = _LINK_RE.search(line.text)
    if line.bullet or link is None:
        return None
    m = _LINKED_ARTICLE_RE.match(line.text[:link.start()])
    if m is None or len(m["title"].split()) < 4 or len(m["venue"].split()) > 6:
        return None
    years = _YEAR_RE.findall(line.text[m.end():link.start()])
    return Publication(title=m["title"].strip(), venue=m["venue"].strip(),
                       year=years[0] if years else None, kind="article", confidence=0.7,
                       source=Source(file=path, line_start=line.number, line_end=line.number))


def publications_in_bullets(lines: Sequence[Line], path: str) -> list[Publication]:
    """Papers named in passing: ``co-authored STARDUST (IEEE CAL)``."""
    out: list[Publication] = []
    for line in lines:
        if "authored" not in line.text and "published" not in line.text:
            continue  # the pattern's verbs (it is case-sensitive): most bullets have none
        for m in _BULLET_PUB_RE.finditer(line.text):
            venue = m["venue"].strip()
            if not (_venue_word(venue) or re.search(r"\b[A-Z]{2,}\b", venue)):
                continue
            years = _YEAR_RE.findall(venue)
            out.append(Publication(
                title=(m["quoted"] or m["bare"]).strip(), venue=_venue(venue),
                year=years[0] if years else None, kind="mentioned", confidence=0.7,
                source=Source(file=path, line_start=line.number, line_end=line.number)))
    return out

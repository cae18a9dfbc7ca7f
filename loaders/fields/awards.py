"""Awards, honors and patents, one per line or bullet of an awards-like section.

Lines read ``Best Paper Award, SRC TECHCON, 2014``, ``2018 | Intel Challenge, Bronze
Prize (Top 5%)`` or ``Patent: A new method (CN111970571A)``: the year comes out as the
date, a trailing organization-like comma part as the awarder, parentheticals as summary.
Sections mixing awards with activities keep only the lines that read as honors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lexicon.dates import find_dates, strip_dates
from ..lexicon.vocabulary import alternation, fold, vocabulary
from ..lexicon.words import has_digit
from ..models import Award, Patent, Source
from ..segment.lines import Line

__all__ = ["extract_awards", "is_award_like", "opens_with_award"]

_AWARD_RE = re.compile(
    r"\b(?:awards?|awarded|prizes?|scholars?|scholarships?|honou?rs?|honou?red|medal(?:ist)?s?|"
    r"fellows?|fellowships?|winners?|won|finalists?|recipient|dean'?s list|grants?|"
    r"champion(?:ship)?s?|"
    r"nominee|nominated|placed|ranked|society|membership|olympiads?|distinction|laude|bonus|"
    r"\d+(?:st|nd|rd|th)\s+(?:place|prize)|first place|second place|third place|top\s+\d+%?)\b",
    re.I,
)
_PATENT_NUMBER_RE = re.compile(
    r"\b(?:US|CN|EP|WO|JP|KR|DE|GB)\s?(?:\d{4}/)?\d[\d,]{4,}\d(?:\s?[A-Z]\d?)?\b")
_LEAD_SEP_RE = re.compile(r"^[\s,;:|—–\-]+|[\s,;:|—–\-]+$")
_PATENT_NOTE_RE = re.compile(
    r"^\s*(?:issued|granted|filed|pending|published|application|co-?inventors?)\b", re.I)
_CONTINUED_RE = re.compile(r"^\(.*\)?$")
_PATENT_RE = re.compile(r"^\s*(?:US\s+)?patent(?:\s+application)?\s*(?:no\.?\s*)?[:\-–]?\s*", re.I)
_PLACED_RE = re.compile(r"^placed\s+(?P<rank>\S+)\s+(?:at|in)\s+(?P<event>.+)$", re.I)
_PAREN_RE = re.compile(r"\s*\((?P<inner>[^()]*)\)")
_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)\b|\bplace\b", re.I)
_NOTE_RE = re.compile(r"^(?:top\b|with\b|ranked\b|out of\b|among\b|\d|(?-i:[a-z]))", re.I)
_EVENT_RE = re.compile(
    r"\b(?:competition|challenge|contest|hackathon|olympiads?|cup|finals?|championships?|"
    r"games|ctf|tournament)\b", re.I)
_APPOSITION_RE = re.compile(r"^(?:the|a|an)\s", re.I)
_TRAILING_PAREN_RE = re.compile(r"\s*\((?P<inner>[^()]{3,60})\)$")
_DASH_RE = re.compile(r"\s+[—–-]\s+(?!.*\s[—–-]\s)")
_JOINERS = frozenset({"of", "and", "for", "the", "at", "in", "&", "de", "du", "der", "für"})


# An honor word other than the names of bodies that also give awards ("... Society").
_HONOR_RE = re.compile(_AWARD_RE.pattern.replace("society|membership|", ""), re.I)
_OF_BODY_RE = re.compile(
    r"^(?P<title>.*?\b(?i:medal|award|prize|fellowship|scholarship|grant|honou?r))\s+"
    r"(?:of|from|by)\s+(?:the\s+)?(?P<body>[A-Z][^,;]*?)(?:\s+for\s+(?P<why>.+))?$")
_FOR_RE = re.compile(r"^(?P<title>.*?\b(?:medal|award|prize|fellowship|scholarship))\s+for\s+"
                     r"(?P<why>.+)$", re.I)


_OPENS_WITH_AWARD_RE = re.compile(
    rf"^(?:{alternation(vocabulary().award_words)})(?!\w)")


def opens_with_award(text: str) -> bool:
    """``Stipendium der Studienstiftung``, ``Beca Erasmus``: a line (its dates aside) that
    opens with an honor's word, in any language of the lexicon."""
    return bool(_OPENS_WITH_AWARD_RE.match(fold(strip_dates(text)).strip(" ,:–-|")))


def is_award_like(text: str) -> bool:
    """True when the text reads as an honor rather than an activity or a role."""
    return bool(_AWARD_RE.search(text))


def _awarder_split(title: str) -> tuple[str, str | None, list[str]]:
    """``Best Paper, 2nd Place, ACES`` → title, awarder ``ACES``, extra summary parts."""
    parts = [p.strip() for p in title.split(",") if p.strip()]
    extras = []
    while len(parts) > 1 and _APPOSITION_RE.match(parts[-1]):
        extras.insert(0, parts.pop())
    awarder = None
    if len(parts) > 1 and _EVENT_RE.search(parts[-1]) and len(parts[0].split()) <= 3:
        return f"{parts[-1]} {', '.join(parts[:-1])}", None, extras  # "Finalist, X Contest"
    if len(parts) > 1:
        last = parts[-1]
        if (not _HONOR_RE.search(last) and not _ORDINAL_RE.search(last)
                and last[:1].isupper() and len(last.split()) <= 10):
            awarder = parts.pop()
    title = ", ".join(parts)
    if awarder is None and (m := _TRAILING_PAREN_RE.search(title)) and _org_like(m["inner"]):
        title, awarder = title[:m.start()].strip(), m["inner"].strip()  # "... (Some Body)"
    if awarder is None and (m := _DASH_RE.search(title)):
        tail = title[m.end():]
        if _org_like(tail) and len(tail.split()) <= 6 and len(title[:m.start()].split()) >= 2:
            awarder = tail.strip()  # the title keeps it: "Associate Membership - Sigma Xi"
    return title, awarder, extras


def _org_like(text: str) -> bool:
    """A capitalised name that is not itself an honor: ``Toronto District School Board``."""
    words = text.split()
    return (bool(words) and len(words) <= 8 and all(w[:1].isupper() or w.lower() in _JOINERS
                                                    for w in words)
            and not is_award_like(text) and not has_digit(text))


def _split_joined(text: str) -> list[str]:
    """``A Scholar and B Scholar`` → two honors, when both halves read as honors."""
    if "," in text:
        return [text]
    halves = re.split(r"\s+and\s+", text)
    if len(halves) == 2 and all(is_award_like(h) for h in halves):
        return halves
    return [text]


def _patent(text: str, date: str | None, source: Source,
            in_patents: bool = False) -> Patent | None:
    """A patent line: ``Patent: ...``, a line led by or naming a patent number, or any
    line of a patents-only section."""
    number = _PATENT_NUMBER_RE.search(text)
    if not (_PATENT_RE.match(text) or (number and (
            number.start() == 0 or in_patents or re.search(r"\bpatent", text, re.I)))
            or (in_patents and not is_award_like(text))):
        return None
    title = _PATENT_RE.sub("", text)
    title = _PAREN_RE.sub(
        lambda m: "" if _PATENT_NUMBER_RE.search(m["inner"]) or _PATENT_NOTE_RE.match(
            m["inner"]) else m.group(), title)
    if number:
        title = title.replace(number.group(), "")
    title = _LEAD_SEP_RE.sub("", title)
    return Patent(title=title.strip(" ,.;:"),
                  number=re.sub(r"[\s,]", "", number.group()) if number else None,
                  date=date, source=source)


def extract_awards(
    lines: Sequence[Line], path: str, only_honors: bool = False, patents_only: bool = False
) -> tuple[list[Award], list[Patent]]:
    """Awards and patents of a section; ``only_honors`` drops lines that are not honors,
    ``patents_only`` reads every line of a patents section as a patent."""
    awards: list[Award] = []
    patents: list[Patent] = []
    row = ""  # the text of the last award's line when it was dated and not a bullet
    for line in lines:
        text = line.text.strip(" .;")
        if not text:
            continue
        spans = find_dates(text)
        date = spans[0].start if spans else None
        rest = strip_dates(text).strip(" ,.;:|")
        source = Source(file=path, line_start=line.number, line_end=line.number)
        if awards and row and not spans:
            last = awards[-1]
            if not line.bullet and _wraps(row, rest) and (
                    joined := _award(f"{row} {rest}", last.date, last.source)):
                awards[-1], row = joined, ""
                continue
            if line.bullet and not is_award_like(rest):
                # the description printed under a dated award: "- co-wrote the proposal"
                summary = "; ".join(s for s in (last.summary, rest) if s)
                awards[-1] = last.model_copy(update={"summary": summary})
                continue
        row = rest if spans and not line.bullet else ""
        follows = bool(patents) and patents[-1].source.line_end == line.number - 1
        if follows and not line.bullet and _CONTINUED_RE.match(text):
            if patents[-1].date is None and date:  # "(granted Feb. 2022; co-inventors ...)"
                patents[-1] = patents[-1].model_copy(update={"date": date})
            continue
        if patent := _patent(rest, date, source, patents_only):
            patents.append(patent)
            continue
        if spans and len(rest.split()) <= 2 and awards and awards[-1].date is None:
            awards[-1] = awards[-1].model_copy(update={"date": date})
            continue
        if only_honors and not is_award_like(rest):
            continue
        if not spans and line.text.rstrip().endswith(".") and len(rest.split()) > 10 \
                and not is_award_like(rest):
            continue  # an undated sentence under the list: "Twelve CVEs credited in ..."
        for piece in _split_joined(rest):
            award = _award(piece, date, source)
            if award is not None:
                awards.append(award)
    return awards, patents


_ENDS_WITH_HONOR_RE = re.compile(_HONOR_RE.pattern + r"\W*$", re.I)
_MAX_WRAP_WORDS = 6


def _wraps(title: str, line: str) -> bool:
    """Whether an undated line under a dated award is the rest of its title, wrapped
    (``Student Travel | 2015`` / ``Grant``): the title stops short of an honor's word, and
    the line is short and goes on in lower case or ends the honor."""
    return (not _ENDS_WITH_HONOR_RE.search(title) and 0 < len(line.split()) <= _MAX_WRAP_WORDS
            and (line[:1].islower() or is_award_like(line)))


def _award(text: str, date: str | None, source: Source) -> Award | None:
    summary = [m["inner"] for m in _PAREN_RE.finditer(text) if _NOTE_RE.match(m["inner"])]
    text = _PAREN_RE.sub(lambda m: "" if m["inner"] in summary else m.group(), text)
    if m := _PLACED_RE.match(text):
        text = f"{m['event'].strip()} {m['rank']} place"
    text = re.sub(r"\s+(?:recipient|winner)\b", "", text, flags=re.I).strip(" ,.;:-")
    if m := _OF_BODY_RE.match(text):  # "Otto Medal of the X Society for the thesis"
        title, awarder, extras = m["title"], m["body"].strip(), [m["why"]] if m["why"] else []
    elif m := _FOR_RE.match(text):  # "Teaching Award for the course redesign"
        title, awarder, extras = m["title"], None, [m["why"]]
    else:
        title, awarder, extras = _awarder_split(text)
    if not title or len(title) < 3:
        return None
    return Award(title=title, date=date, awarder=awarder,
                 summary="; ".join([*extras, *summary]) or None, source=source)

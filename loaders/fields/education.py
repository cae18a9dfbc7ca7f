"""Degrees from an education section: school, degree and level, field, dates, advisor.

Education entries are written as a stream of small facts — school, degree, place, dates,
``Advisor: ...`` — in any order and sometimes all on one run-on line.  The section is cut
into typed fragments and a new entry starts whenever a school, degree or date repeats.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon.dates import DateSpan, find_dates, strip_dates
from ..lexicon.places import known_org_before_place, parse_location, split_trailing_location
from ..lexicon.taxonomy import degree_label, degree_level, degree_prefix, school_known
from ..lexicon.vocabulary import alternation, fold, vocabulary
from ..lexicon.words import is_name_like, school_score, strip_honorific, strong_org_score
from ..models import Advisor, Education, Location, Source
from ..segment.lines import Line, fragments

__all__ = ["extract_education", "looks_like_education", "parse_degree", "starts_with_degree"]

# Abbreviations are matched case-sensitively ("MS", "B.Sc"), written-out degrees in any case.
_ABBREV = (
    r"Dr\.\s?-?\s?(?:rer\.\s?\w+\.|phil\.|[Ii]ng\.|med\.|sc\.\s?\w*\.?)|Ph\.?\s?D\.?|D\.?\s?Phil\.?|M\.?\s?B\.?\s?A\.?|M\.?\s?S\.?\s?E\.?|B\.?\s?S\.?\s?E\.?|M\.?\s?Sc\.?|M\.?\s?S\.?|M\.?\s?Eng\.?|"
    r"M\.?\s?Tech\.?|M\.?\s?Phil\.?|M\.?\s?A\.?|B\.?\s?Sc\.?|B\.?\s?S\.?|B\.?\s?Eng\.?|B\.?\s?Tech\.?|"
    r"B\.?\s?A\.?|B\.?\s?E\.?|A\.?\s?A\.?|A\.?\s?S\.?|J\.?\s?D\.?|M\.?\s?D\.?|LL\.?\s?[BM]\.?"
)
_WORDS = (
    r"(?i:doctor(?:ate)?(?:\s+of\s+[a-z]+)?|master(?:'?s)?(?:\s+of\s+[a-z]+(?:\s+(?:arts|administration))?)?|"
    r"bachelor(?:'?s)?(?:\s+of\s+[a-z]+(?:\s+(?:arts|administration))?)?|associate(?:'?s)?\s+(?:degree|of\s+[a-z]+)|"
    r"diploma|dipl[ôo]me\s+d'ing[ée]nieur|classes\s+pr[ée]paratoires)"
)
_DEGREE_RE = re.compile(rf"(?<![\w.])(?:{_ABBREV}|{_WORDS})(?![\w])")
_LEADING_DEGREE_RE = re.compile(rf"^\s*(?:{_ABBREV}|{_WORDS})(?![\w])")
_LEVELS = (
    ("doctorate", re.compile(r"^(?:ph|d\.?\s?phil|doctor|dr\b|j\.?\s?d|m\.?\s?d\b)", re.I)),
    ("master", re.compile(r"^(?:m|master)", re.I)),
    ("bachelor", re.compile(r"^(?:b|bachelor)", re.I)),
    ("associate", re.compile(r"^(?:a|associate)", re.I)),
    ("diploma", re.compile(r"^diploma", re.I)),
)
# "Advisor:", "GPA:", "Schwerpunkt:", "Orientador:" (every language's labels, lexicon data):
# matched on folded text, so each maps to the field it fills.
_LABELS = vocabulary().education_labels
_LABEL_RE = re.compile(rf"(?:(?<=\s)|^)(?P<label>{alternation(_LABELS, bounded=False)})\s*:\s*")
# Words written before a degree that do not change its level: "Honours Bachelor of Science".
_MODIFIER_RE = re.compile(
    r"^(?:(?:honou?rs|hons?\.?|joint|dual|double|integrated|combined|advanced|"
    r"(?:part|full)[- ]time|online|distance|evening|(?-i:HBO|WO))\s+)+", re.I)
_GLOSS_RE = re.compile(r"^\s*\((?P<inner>[^()]{2,40})\)")
# A degree of its own system glossed with a familiar one: "Civilingenjör (MSc)",
# "Diplôme d'ingénieur (grade de Master)", "Promotion (Dr.-Ing.)".
_GLOSSED_RE = re.compile(r"^(?P<head>[^\W\d_][^(),;|]{0,40}?)\s*\((?P<inner>[^()]{2,40})\)")
# A date still to come, in every language's words (lexicon data), on folded text:
# "Expected graduation: May 2025", "Fecha estimada: julio 2030", "voraussichtlich 2026",
# and after the date, "May 2025 (expected)".
_EXPECTED_WORDS = alternation(vocabulary().expected)
_EXPECTED_RE = re.compile(rf"(?:{_EXPECTED_WORDS})[^\d()\[\]|]{{0,30}}$")
_EXPECTED_AFTER_RE = re.compile(rf"^\s*[(\[]?\s*(?:{_EXPECTED_WORDS})\.?\s*(?:[)\]]|$)")
# What joins a degree to its field: "in", "of", "Degree in", and "en"/"em"/"di"/"de" in
# Romance-language degrees ("Mestrado em Computação").
_FIELD_LEAD_RE = re.compile(r"^[\s.,:;\-–]*(?:degree\b\s*)?(?:(?:in|of|en|em|di|de)\s+)?", re.I)
_FIELD_STOP_RE = re.compile(
    r"\s*(?:[,;(]|\bwith\b|\bminor\b|\bGPA\b|\b(?:earned|awarded|conferred|received)\b).*$",
    re.I)


# A grade written after the school without a label's colon: "Università di X, voto 110/110",
# "University X, GPA 3.8", "Hogeschool Y, cijfer 8,1" (the grade words of every language).
_GRADE_WORDS = alternation([label for label, kind in _LABELS.items() if kind == "grade"])
_GRADE_TAIL_RE = re.compile(
    rf",\s*(?P<grade>(?:(?i:{_GRADE_WORDS})\s*)?\d+(?:[.,]\d+)?\s*/\s*\d+(?:[.,]\d+)?"
    rf"(?:\s+\w+(?:\s+\w+)?)?|(?i:{_GRADE_WORDS})\s+\d+(?:[.,]\d+)?)\s*$")


@dataclass
class _Draft:
    school: str | None = None
    degree: str | None = None
    field: str | None = None
    location: Location | None = None
    date: DateSpan | None = None
    advisor: str | None = None
    thesis: str | None = None
    gpa: str | None = None
    lines: list[int] = dataclasses.field(default_factory=list)
    school_guess: str | None = None
    inherited_school: str | None = None
    first_kind: str | None = None
    co_advisors: list[str] = dataclasses.field(default_factory=list)
    second_degree: str | None = None


# M.Eng. / MSc / BTech / MPH: dotted letters, or a short word with two capitals
_ABBREVIATION_SHAPE_RE = re.compile(
    r"^(?:[A-Za-z]{1,4}\.)+[A-Za-z]{0,4}\.?$|^(?=[A-Z][a-z]*[A-Z])[A-Za-z]{2,7}$")
_LEVEL_WORD_RE = re.compile(r"^(?:bachelor|master|associate|doctor|diploma|ph\.?d)", re.I)
_HONOURS_RE = re.compile(r"\((?:hons|honou?rs)\)", re.I)
# A qualification's own level, part of its name: "NVQ Level 2", "BTEC Level 3"; or the year
# of a programme counted in its name: "Licence 3", "Master 2", "Berufsmaturität II".
_GRADE_LEVEL_RE = re.compile(
    r"\s*(?:(?:level|niveau|nivel|livello|stufe)\s+\d|[1-3]|(?-i:I{1,3}))(?![\w.])", re.I)


# A qualification named by its program and closed by the word for a certificate
# ("Professional Writing Graduate Certificate (PWGC)", "Data Science Zertifikat"): what it is
# a certificate of comes first, so no degree word opens it.
_NAMED_CERTIFICATE_RE = re.compile(
    r"^(?:[A-Z][\w'&-]*\s+){1,5}(?i:certificate|certification|diploma|zertifikat|diplom|"
    r"certificat|dipl[ôo]me|certificado|certificato)(?:\s+\([A-Z]{2,8}\))?(?![\w])")


# A stay at another school, set apart from the school it names: an entry of its own (the
# conventions count a visiting stay) but no degree: "Exchange semester, Universidad X",
# "Auslandssemester | Universität Y". Written as a sentence ("Exchange year at the
# University of X and ...") it stays a note on the degree above.
_EXCHANGE_RE = re.compile(
    r"^(?:(?:exchange|erasmus|visiting)(?:\s+(?:semester|year|student|program(?:me)?|stay))?|"
    r"study abroad|semester abroad|auslandssemester|auslandsstudium|auslandsjahr|"
    r"semestre\s+d'[ée]change|(?:semestre|programa)\s+de\s+intercambio|interc[âa]mbio|"
    r"semestre\s+di\s+scambio|uitwisselingssemester)(?:\s+\(erasmus\+?\))?"
    r"(?=\s*(?:[,;|–—(]|\s-\s|$))", re.I)


def parse_degree(text: str) -> tuple[str, str | None] | None:
    """``Ph.D. in Computer Science`` → ``("Ph.D.", "Computer Science")``; None if no degree."""
    text = _MODIFIER_RE.sub("", text)
    if stay := _EXCHANGE_RE.match(text):
        return stay.group(), _fields(text[stay.end():])
    m = _LEADING_DEGREE_RE.match(text)
    known = degree_prefix(text)
    if m is None and known is None and (named := _NAMED_CERTIFICATE_RE.match(text)):
        return named.group(), _fields(text[named.end():])
    if (m and known and len(known) > len(m.group().strip()) and not _HONOURS_RE.search(known)
            and (known.endswith(")") or " " in known[len(m.group().strip()):].strip())):
        # a qualifier the taxonomy knows: "Diplom-Ingenieur (FH)" is a bachelor's; a longer
        # name it knows: "Diploma di maturità" is a school-leaving diploma
        m = None
    degree = m.group().strip() if m else known
    if degree is None:
        glossed = _GLOSSED_RE.match(text)
        if (glossed is None or len(glossed["head"].split()) > 4
                or not _DEGREE_RE.search(glossed["inner"])):
            return None
        return glossed.group().strip(), _fields(text[glossed.end():])
    rest = text[m.end():] if m else text[text.find(degree) + len(degree):]
    if m is None and not degree_label(degree) and (
            paren := re.search(r"\s*\(([^()]*)\)$", degree)):
        degree, rest = degree[:paren.start()], f"{paren.group()} {rest}"  # "Class XII (CBSE)"
    if trade := _TRADE_RE.match(rest):
        degree, rest = f"{degree} {trade.group().strip()}", rest[trade.end():]
    if grade := _GRADE_LEVEL_RE.match(rest):
        degree, rest = f"{degree} {grade.group().strip()}", rest[grade.end():]  # NVQ Level 2
    if gloss := _GLOSS_RE.match(rest):
        inner = gloss["inner"].strip()
        if _DEGREE_RE.fullmatch(inner):
            rest = rest[gloss.end():]
            degree = f"{degree} ({inner})"  # "Dr. rer. nat. (PhD)"
        elif _DEGREE_RE.search(inner) and not _LEADING_DEGREE_RE.match(inner):
            rest = rest[gloss.end():]
            degree = f"{degree} ({inner})"  # "Diplôme d'ingénieur (grade de Master)"
        elif m is None and (lead := _LEADING_DEGREE_RE.match(inner)):
            # a degree of its own system glossed with its field: "Laurea (B.Sc. Physics)"
            rest = f"{inner[lead.end():]} {rest[gloss.end():]}"
            degree = f"{degree} ({lead.group().strip()})"
        elif len(inner) <= 12:
            rest = rest[gloss.end():]
    elif m is None and (late := re.search(r"\((?P<inner>[^()]{2,40})\)", rest)) and (
            lead := _LEADING_DEGREE_RE.match(late["inner"])):
        # "Licenciatura en Economía (B.A. Economics)": the gloss follows the field
        degree = f"{degree} ({lead.group().strip()})"
        rest = f"{rest[:late.start()]} {rest[late.end():]}"
    return degree, _fields(rest)


# The trade a German training names is part of the qualification: "Ausbildung zum
# Industriekaufmann", "Lehre als Mechaniker", "Umschulung zur Fachinformatikerin".
_TRADE_RE = re.compile(r"^\s+(?:zum|zur|als)\s+[^,;(|–—]+?(?=\s*(?:[,;(|–—]|\s-\s|$))")


# Two degrees of one field on one line: "BSc & MSc in Physics", "B.S./M.S. in Chemistry",
# "Licence et Master en Droit", each its own entry.
_PAIR_LINK_RE = re.compile(r"\s*(?:&|/|\+|\b(?:and|und|et|y|e)\b)\s*")


def parse_degrees(text: str) -> list[tuple[str, str | None]]:
    """``MSc & BSc in Physics`` → ``[("MSc", "Physics"), ("BSc", "Physics")]``:
    the degrees a text names, the field written once after the last one shared; one degree
    (or none) otherwise. A joint degree the taxonomy knows (``MD/PhD``) stays one."""
    single = parse_degree(text)
    link = _PAIR_LINK_RE.search(text)
    if single is None or link is None or link.start() == 0:
        return [single] if single else []
    first, second = parse_degree(text[:link.start()]), parse_degree(text[link.end():])
    known = degree_prefix(text)
    if (first is None or first[1] is not None or second is None
            or (known is not None and len(known.rstrip(" /&+,")) > link.start())):
        return [single]
    return [(first[0], second[1]), second]


def _fields(rest: str) -> str | None:
    fields = []
    for piece in _DEGREE_RE.split(rest):
        piece = _FIELD_LEAD_RE.sub("", piece)
        piece = _FIELD_STOP_RE.sub("", piece).strip(" .,;:-–")
        if piece and piece not in fields:
            fields.append(piece)
    return ", ".join(fields) or None


def level_of(degree: str) -> str | None:
    """The degree's level from the taxonomy, else from its first letters."""
    if known := degree_level(degree):
        return known
    first = degree.split()[0] if degree.split() else ""
    # only an abbreviation (M.Eng, BSc, MPH) or an English level word says its level by its
    # first letters: "Auslandsstudium" is no associate degree, "Magisterarbeit" no master's
    if _ABBREVIATION_SHAPE_RE.match(first) or _LEVEL_WORD_RE.match(first):
        for level, pattern in _LEVELS:
            if pattern.match(degree.strip()):
                return level
    # a degree glossed with a familiar one: "Civilingenjör (MSc)", "(grade de Master)"
    if (gloss := re.search(r"\(([^()]+)\)", degree)) and (inner := _DEGREE_RE.search(gloss[1])):
        return level_of(inner.group())
    return None


def looks_like_education(line: Line) -> bool:
    """A line that carries an education entry even without an Education heading."""
    return bool(school_score(line.text)) and bool(
        _DEGREE_RE.search(line.text) or re.search(r"\bDegree\s*:", line.text))


_CELL_RE = re.compile(r" \| ")


def _pieces(line: Line) -> list[tuple[str, str]]:
    """``(kind, text)`` fragments of a line: dates, labelled values and plain text."""
    out: list[tuple[str, str]] = []
    text = line.text
    folded = fold(text)
    spans = find_dates(text)
    cuts = sorted({0, len(text)} | {s.begin for s in spans} | {s.stop for s in spans}
                  | {m.start() for m in _LABEL_RE.finditer(folded)}
                  | {m.start() for m in _CELL_RE.finditer(text)})  # a cell ends a label's value
    open_ended = {s.begin for s in spans if s.current and s.end is None}
    date_begins = {s.begin for s in spans}
    under_way = False
    for a, b in itertools.pairwise(cuts):
        # "2015-2017: MSc ...": the colon after a date; "2018 – | PhD": the dash that
        # leaves the range open is kept
        chunk = _unwrapped(text[a:b].strip(" ,;:|" if a in open_ended else " ,;:|—–"))
        if b in date_begins and not find_dates(chunk) and (
                before := _EXPECTED_RE.search(fold(chunk))):
            chunk = chunk[:before.start()].strip(" ,;:|—–(")  # "School, expected May 2026"
        if ongoing := _ONGOING_RE.search(fold(chunk)):
            chunk = chunk[:ongoing.start()].strip(" ,;:|—–")  # "University X (ongoing)"
            under_way = True
        if not chunk:
            continue
        lead = len(text[a:b]) - len(text[a:b].lstrip(" ,;:|—–"))
        if (m := _LABEL_RE.match(folded[a + lead:b])) is not None:
            kind = _LABELS.get(" ".join(m["label"].split()), "note")
            out.append((kind, chunk[m.end():].strip(" ,;|")))
            continue
        if find_dates(chunk) and len(chunk) - sum(s.stop - s.begin for s in find_dates(chunk)) < 12:
            expected = _EXPECTED_RE.search(folded[max(0, a - 40):a]) or _EXPECTED_AFTER_RE.match(
                folded[b:b + 20])
            out.append(("expected" if expected else "date", chunk))
            continue
        if (len(chunk.split()) <= 3 and _EXPECTED_RE.search(fold(chunk)) and find_dates(text[b:])
                and not starts_with_degree(chunk)):
            continue  # "Expected graduation:" before its date, not a name
        for frag in fragments(chunk):
            for stop in _full_stops(frag):
                for kind, piece in _from_split(stop):
                    if kind == "school":
                        out.append((kind, piece))
                        continue
                    out.extend(("text", field) for run in _school_then_degree(piece)
                               for part in _comma_split(run) for field in _cjk_fields(part))
    if under_way:
        out.append(("ongoing", ""))
    return out


# A study still under way said in brackets in place of its dates: "(ongoing)", "(en cours)".
_ONGOING_RE = re.compile(rf"\s*[(\[]\s*(?:{alternation(vocabulary().present)})\s*[)\]]\s*$")


def _unwrapped(chunk: str) -> str:
    """``NIT X (`` and ``)`` around ``(2012–2016)``, ``]`` after ``[ 09/2012 – 07/2016 ]``:
    the brackets a date was cut out of belong to neither side."""
    while chunk and chunk[-1] in "([" and chunk.count(chunk[-1]) > chunk.count(
            ")" if chunk[-1] == "(" else "]"):
        chunk = chunk[:-1].rstrip(" ,;:|—–")
    while chunk and chunk[0] in ")]" and chunk.count(chunk[0]) > chunk.count(
            "(" if chunk[0] == ")" else "["):
        chunk = chunk[1:].lstrip(" ,;:|—–")
    return chunk


# "BSc from X", "Licence à Y", "Master an der Z", "Laurea presso W" (lexicon data); a word
# ending in an apostrophe runs into the school's name: "à l'Université".
_FROM_RE = re.compile(r"\s+(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") + ("" if w.endswith("'") else r"\s+")
    for w in sorted(vocabulary().school_at, key=len, reverse=True)) + ")")
# A school named by its acronym, perhaps with its town: "EPN", "HTW Aalen", "ISEP".
_ACRONYM_SCHOOL_RE = re.compile(r"^[A-Z][A-Z&]{1,7}(?:\s+[A-Z][\w'-]+){0,2}$")


def _school_like(text: str) -> bool:
    """A school by its words, by the taxonomy, or by an acronym standing alone."""
    head = re.split(r"[,;(]", text, maxsplit=1)[0].strip(" .")
    return bool(school_score(text) or school_known(head) or _ACRONYM_SCHOOL_RE.match(head))


_FIELD_STOP_SPLIT_RE = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z])|(?<=\))\.?\s+(?=[A-Z])")


def _full_stops(text: str) -> list[str]:
    """``MSc. Public Health. London School of Hygiene``: fields set apart by full stops
    (and a degree's own dot) are fields of their own; one stop alone is left to the rest."""
    parts = _FIELD_STOP_SPLIT_RE.split(text)
    if len(parts) < 3 or not starts_with_degree(parts[0]):
        return [text]
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _cjk_fields(text: str) -> list[str]:
    """Chinese and Japanese résumés separate a line's fields with spaces (``浙江大学
    计算机科学 本科``): each run of the script is a field of its own."""
    if text.isascii() or not any(ord(c) >= 0x2E80 for c in text) or " " not in text.strip():
        return [text]
    return text.split()


_DASH_SPLIT_RE = re.compile(r"\s+(?:--?|–|—)\s+")


def _from_split(text: str) -> list[tuple[str, str]]:
    """``B.E. in IT from Pune University`` → the degree and the school it names, as
    ``(kind, text)``: ``school`` when only its place after the degree makes it one (an
    acronym: ``Licence 2 à l'EPTQ``), else ``text`` for the words to tell."""
    def pair(head: str, tail: str) -> list[tuple[str, str]]:
        return [("text", head.strip()), ("text" if school_score(tail) else "school", tail)]

    cut = _FROM_RE.search(fold(text))
    if (cut and "," not in text[:cut.start()] and starts_with_degree(text[:cut.start()])
            and not _EXCHANGE_RE.match(text[:cut.start()])  # "Exchange year at X": a note
            and _school_like(text[cut.end():])):
        return pair(text[:cut.start()], text[cut.end():].strip())
    head, comma, tail = text.partition(", ")
    if (comma and starts_with_degree(head) and _ACRONYM_SCHOOL_RE.match(tail)
            and len(tail.split()) > 1 and not school_score(tail) and not parse_location(tail)):
        return pair(head, tail)  # "Bachillerato, IES Río Claro": a school's acronym and town
    head, slash, tail = text.partition(" / ")
    if slash and starts_with_degree(head) and (school_score(tail) or _could_be_school(tail)):
        return [("text", head.strip()), ("text", tail.strip(" -–"))]  # "Técnico em X / ABC - Y"
    if dash := _DASH_SPLIT_RE.search(text):
        # "M.Tech (Structural) - National Institute of Technology, Trichy"
        head, tail = text[:dash.start()], text[dash.end():]
        if starts_with_degree(head) and _school_like(tail):
            return pair(head, tail.strip())
        if school_score(head) and starts_with_degree(tail):
            return [("text", head.strip()), ("text", tail.strip())]
    return [("text", text)]


def _school_then_degree(text: str) -> list[str]:
    """``Hagley Park High School GCSE Maths``: a school's name run straight into a degree
    written in capitals (no comma or dash between) → the school, then the degree."""
    words = list(re.finditer(r"\S+", text))
    for word in words[2:]:
        token = word.group()
        if not token[:1].isupper() or not any(c.isupper() for c in token[1:3]):
            continue  # only an abbreviation (GCSE, MBA, BSc) starts the degree
        head, rest = text[:word.start()].strip(), text[word.start():]
        if head.endswith(("-", "–", "—", ":", "|")):
            return [text]  # a separator: the other splits read it
        if "," not in head and school_score(head) and starts_with_degree(rest):
            return [head, rest]
    return [text]


def _comma_split(text: str) -> list[str]:
    """``M.Sc., Computer Science, University of Toronto`` → degree part, school part: cut at
    a comma (or a semicolon: ``MMath; University of Leeds``) where a school name follows a
    degree or the other way round."""
    pieces = re.split(r"\s*([,;])\s*", text)
    parts, seps = [p.strip() for p in pieces[::2]], pieces[1::2]
    out = [parts[0]]
    for index, (part, sep) in enumerate(zip(parts[1:], seps, strict=False)):
        kind, previous = _part_kind(part), _part_kind(out[-1])
        if kind == "degree" and re.fullmatch(r"[A-Z]{2}", part) and parse_location(
                f"{parts[index]}, {part}"):
            kind = None  # "College X, Springfield, MA": a state after its town, not an MA
        if kind and previous and kind != previous:
            out.append(part)
        else:
            out[-1] = f"{out[-1]}{sep} {part}"
    return [p.strip(" ,") for p in out if p.strip(" ,")]


def starts_with_degree(text: str) -> bool:
    """True when the text opens with a degree (``M.Sc. Physics``, ``Honours BSc ...``)."""
    text = _MODIFIER_RE.sub("", text)
    if (_LEADING_DEGREE_RE.match(text) or degree_prefix(text) is not None
            or _NAMED_CERTIFICATE_RE.match(text) or _EXCHANGE_RE.match(text)):
        return True
    glossed = _GLOSSED_RE.match(text)  # "Civilingenjör (MSc) in ..."
    return bool(glossed and len(glossed["head"].split()) <= 4
                and _DEGREE_RE.search(glossed["inner"]))


def _part_kind(text: str) -> str | None:
    if starts_with_degree(text):
        return "degree"
    return "school" if _institution(text) else None


def _institution(text: str) -> bool:
    """A school, or a firm named by its legal form (``Example Technik GmbH``): under an
    education heading a firm gives the training it is named beside (an apprenticeship)."""
    return bool(school_score(text) or school_known(text) or strong_org_score(text))


# A note under a degree, not a degree of its own: "Exchange year at the University of X".
_NOTE_RE = re.compile(r"^(?:exchange|study abroad|semester abroad|erasmus)\b", re.I)


def _classify(text: str) -> str:
    if _NOTE_RE.match(text) and not _EXCHANGE_RE.match(text):
        return "other"
    if parse_location(text):
        # "KAIST, Daejeon, South Korea" has a place's shape, but opens with a known school
        return "school" if known_org_before_place(text) else "location"
    if starts_with_degree(text):
        return "degree"
    if text.endswith(".") and len(re.findall(r"\b[a-z]{2,}\b", text)) >= 4:
        return "other"  # a sentence ("Specialisation in ...; exchange semester at EPFL.")
    if _institution(text):
        return "school"
    return "other"


def _add(draft: _Draft, kind: str, text: str) -> None:
    if kind == "date":
        spans = find_dates(text)
        draft.date = next((s for s in spans if s.is_range), spans[0])
        if _EXPECTED_RE.search(fold(strip_dates(text))):
            draft.date = DateSpan(draft.date.start, draft.date.end, True, 0, 0, True)
    elif kind == "expected":  # "Sep 2019 – Present (expected May 2025)": the end to come
        end = find_dates(text)[0].end
        start = draft.date.start if draft.date and draft.date.is_range else None
        draft.date = DateSpan(start, end, True, 0, 0, start is not None)
    elif kind == "ongoing" and draft.date is None:
        draft.date = DateSpan(None, None, True, 0, 0, False)
    elif kind == "location":
        draft.location = draft.location or parse_location(text)
    elif kind == "school":
        if grade := _GRADE_TAIL_RE.search(text):
            text, draft.gpa = text[:grade.start()], draft.gpa or grade["grade"]
        name, loc = split_trailing_location(text)
        draft.school = re.sub(r"(?<=[^\W\d_]{4})\.$", "", name)  # "Universidad X." ends a sentence
        draft.location = draft.location or loc
    elif kind == "degree":
        parsed = parse_degrees(text)
        if parsed:
            draft.degree, found_field = parsed[0]
            draft.field = draft.field or found_field
            draft.second_degree = parsed[1][0] if len(parsed) > 1 else None
    elif kind == "advisor":
        for part in re.split(r"\s+(?:and|&)\s+|,|;", text):
            name = strip_honorific(part)
            if not is_name_like(name):
                continue
            if draft.advisor is None:
                draft.advisor = name
            elif name not in draft.co_advisors:
                draft.co_advisors.append(name)
    elif kind == "thesis":
        draft.thesis = text
    elif kind == "grade":
        draft.gpa = text
    elif kind == "major":
        draft.field = text


_UNIT_RE = re.compile(r"^(?:College|School|Faculty|Department|Dept\.?)\s+(?:of|for)\s", re.I)


def _key(kind: str) -> str | None:
    return kind if kind in ("school", "degree", "date") else None


def _entry_draft(line: Line) -> _Draft:
    """An entry the reader set apart (a template's entry macro): one degree, its fields
    judged by content; of two school-like fields the template's degree slot is the degree
    ("Gymnasium" beside "Evangelisches Gymnasium Siegen")."""
    draft = _Draft(first_kind="entry")
    hints = [*line.hints, *[""] * len(line.cells)]
    pieces = [(cell, hint) for cell, hint in zip(line.cells, hints, strict=False) if cell]
    kinds = {cell: _classify(cell) for cell, _ in pieces}
    schools = [cell for cell, _ in pieces if kinds[cell] == "school"]
    for cell, hint in pieces:
        if find_dates(cell) and len(strip_dates(cell).split()) <= 1:
            _add(draft, "date", cell)
            continue
        if find_dates(cell) and _EXPECTED_RE.search(fold(strip_dates(cell)).strip(" :")):
            _add(draft, "expected", cell)  # "Fecha estimada: julio 2030"
            continue
        kind = kinds[cell]
        if kind == "school" and hint == "title" and any(
                h == "org" and c != cell and kinds[c] == "school" for c, h in pieces):
            kind = "degree" if parse_degree(cell) else "title"
        if kind == "other" and hint == "org" and draft.school is None:
            # the template's school slot, unless another field names a school by its
            # words (Jake's template written the other way round): then a course of study
            kind = "major" if schools else "school"
        if kind in ("other", "title") and hint == "title" and draft.degree is None:
            draft.degree, draft.field = (parse_degree(cell) or (cell, None))
            continue
        if kind == "degree" and hint == "title" and draft.degree is None:
            _add(draft, kind, cell)  # "MSc & BSc in X": two degrees
            continue
        if kind == "school" and draft.school is not None:
            kind = "other"
        _add(draft, kind, cell)
    draft.lines.append(line.number)
    return draft


def _block_starts(lines: Sequence[Line]) -> frozenset[int]:
    """The first lines of an education section written as blocks set apart by blank lines,
    one block per degree (school, dates, degree, grade in any order, each on its own line).

    Blocks count only when every block holds two lines or more and at most one dated line:
    a section with a blank line after every line (Markdown, LaTeX) or with several degrees
    in one block is left to the line-by-line reading."""
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if not line.text:
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(line)
    blocks = [b for b in blocks if b]
    if len(blocks) < 2 or any(
            len(b) < 2 or sum(bool(find_dates(x.text)) for x in b) > 1 or any(x.entry for x in b)
            for b in blocks):
        return frozenset()
    return frozenset(b[0].number for b in blocks)


def _in_block(current: _Draft, kind: str, text: str) -> str:
    """What a repeated school or degree inside one block is: ``Sekundarschule`` above
    ``Realschule Nordstadt, Kassel`` names the kind of schooling, the second line the school;
    otherwise the second of two is a note on the first."""
    if kind == "school" and current.school and current.degree is None and len(
            current.school.split()) == 1:
        current.degree, current.school = current.school, None
        return "school"
    if kind == "degree" and current.school is None and school_score(text):
        return "school"
    return "other"


def _drafts(lines: Sequence[Line]) -> list[_Draft]:
    drafts: list[_Draft] = []
    current: _Draft | None = None
    last_kind = ""  # what the previous line ended on
    block_starts = _block_starts(lines)
    for line in lines:
        if not line.text:
            continue
        if line.number in block_starts and current is not None:
            current = None  # a blank line ends the degree of a section written as blocks
        if line.entry and line.cells:
            current = _entry_draft(line)
            drafts.append(current)
            continue
        pieces = _pieces(line)
        if _continues_thesis(current, last_kind, pieces, line):
            current.thesis = f"{current.thesis} {line.text}"  # type: ignore[union-attr]
            current.lines.append(line.number)  # type: ignore[union-attr]
            continue
        previous_kind = ""
        kinds: list[str] = []
        for index, (kind, text) in enumerate(pieces):
            if kind == "text":
                kind = _classify(text)
            if (kind == "degree" and kinds and current is not None and current.degree
                    and set(kinds) <= {"other", "grade", "note"}):
                kind = "other"  # "GPA 3.8 | Dean's List | Integrated BS/MS track": a note
            kinds.append(kind)
            if (kind == "degree" and current is not None and current.first_kind == "entry"
                    and current.degree and not level_of(current.degree)
                    and (named := parse_degree(text)) and level_of(named[0])):
                # "Studium der Humanmedizin" then "Staatsexamen: Gesamtnote 1,0": the degree
                # a template entry's note names, its title slot being the course of study
                current.field = current.field or current.degree
                current.degree = named[0]
                continue
            if (kind == "other" and previous_kind == "degree" and current is not None
                    and current.field is None and len(text.split()) <= 6):
                current.field = text  # "MSc. Public Health.": the field after its degree
                previous_kind = "field"
                continue
            previous_kind = kind
            if (kind == "school" and index == 0 and current is not None and current.school
                    and current.date is not None and _UNIT_RE.match(text)
                    and not find_dates(line.text)):
                kind = "unit"  # "College of Computer Science, GPA 3.8" under its university
            key = _key(kind)
            filled = current is not None and key is not None and getattr(current, key) is not None
            if filled and block_starts and current is not None and kind in ("school", "degree"):
                kind, filled = _in_block(current, kind, text), False
            # A heading line that opens with a school (or an unknown name) after a finished
            # entry starts the next one: "**BrainStation** — Diploma ..." after a degree.
            opens = (current is not None and index == 0 and not line.bullet
                     and (kind == "school" or (kind == "other" and _could_be_school(text)
                                               and _emphasised(line, text)))
                     and (current.school or current.school_guess
                          or current.inherited_school) is not None
                     and current.degree is not None
                     # "Zürich | 2015–2019" under "Ph.D. | ETH Zürich": its place and dates
                     and not (current.date is None and find_dates(line.text)))
            if kind == "expected" and current is not None:
                filled = False
            if current is None or filled or opens:
                previous = current
                current = _Draft(first_kind=kind)
                drafts.append(current)
                if (previous is not None and kind == "degree" and previous.school is not None
                        and (line.bullet or previous.first_kind == "school")):
                    current.inherited_school = previous.school  # "M.S. ... earned en route"
            if kind == "other" and current.school is None and current.school_guess is None:
                current.school_guess = text if _could_be_school(text) else None
            _add(current, kind, text)
            current.lines.append(line.number)
        last_kind = kinds[-1] if kinds else ""
    return drafts


def _emphasised(line: Line, text: str) -> bool:
    """A name set as a heading would be (bold, a heading, a field of its own on a line of
    cells) may open the next entry; a plain line under a finished one (``Track in Ecology``)
    is a note on it."""
    return bool(line.heading or line.bold or text in line.bold_spans or line.cells
                or line.entry or line.text.strip() != text)


def _continues_thesis(current: _Draft | None, last_kind: str,
                      pieces: Sequence[tuple[str, str]], line: Line) -> bool:
    """``Thesis: Measuring Bias with a Novel`` / ``Implicit Test and Its Validity``: a plain
    line under a thesis title goes on with it, not a school named in title case."""
    return (current is not None and current.thesis is not None and last_kind == "thesis"
            and not line.bullet and not line.heading and len(pieces) == 1
            and pieces[0][0] == "text" and _classify(pieces[0][1]) == "other")


# Column headings of an education table and what each column holds ("Board / University"
# names an examining body, not the school; a score column is a grade).
_COLUMNS = (
    ("degree", re.compile(r"^(?:qualifications?|degrees?|courses?|programs?|programmes?|"
                          r"examinations?|exams?|standard|class)$", re.I)),
    ("school", re.compile(r"^(?:institut(?:e|ion)s?|schools?|colleges?|universit(?:y|ies)|"
                          r"(?:school|college|institute|institution)\s*/\s*\w+)$", re.I)),
    ("date", re.compile(r"^(?:years?(?: of passing)?|dates?|duration|period|passing year|"
                        r"graduation|session)$", re.I)),
    ("skip", re.compile(r"^(?:board(?:\s*/\s*universit(?:y|ies))?|universit(?:y|ies)\s*/\s*board|"
                        r"scores?|grades?|c?gpa|percentage|marks|result|%|division)$", re.I)),
)


def _column(cell: str) -> str | None:
    return next((kind for kind, pattern in _COLUMNS if pattern.match(cell.strip())), None)


def _untabled(lines: Sequence[Line]) -> list[Line]:
    """Rows of an education table (``Qualification | Institute | Board | Year | Score``)
    rewritten as ``school | degree | year`` lines, its heading row dropped."""
    out: list[Line] = []
    columns: list[str | None] | None = None
    for line in lines:
        cells = [c.strip() for c in line.text.split(" | ")] if line.text else []
        kinds = [_column(c) for c in cells]
        if len(cells) >= 3 and sum(k is not None for k in kinds) >= len(cells) - 1 and (
                "school" in kinds and ("degree" in kinds or "date" in kinds)):
            columns = kinds
            continue
        if columns is None or len(cells) != len(columns):
            columns = None if line.text else columns
            out.append(line)
            continue
        picked = {kind: cell for kind, cell in zip(columns, cells, strict=True)
                  if kind in ("school", "degree", "date") and cell}
        text = " | ".join(picked[k] for k in ("school", "degree", "date") if k in picked)
        out.append(dataclasses.replace(line, text=text))
    return out


_LABELLED_RE = re.compile(r"^[^:,]{2,30}:\s")


def _with_units(drafts: list[_Draft]) -> list[_Draft]:
    """``George Mason University`` / ``Volgenau School of Engineering`` / ``MS in ...``: a
    line naming only a school, right above a second school with the degree, is the
    university and the second its school or faculty, one entry; the university is kept."""
    out: list[_Draft] = []
    for draft in drafts:
        above = out[-1] if out else None
        if (above is not None and above.school and above.degree is None and above.date is None
                and above.field is None and draft.first_kind == "school" and draft.school
                and draft.degree is not None and len(above.lines) == 1 and draft.lines
                and draft.lines[0] == above.lines[-1] + 1):
            draft.school = above.school
            draft.lines[:0] = above.lines
            out[-1] = draft
            continue
        out.append(draft)
    return out


def _could_be_school(text: str) -> bool:
    """An unknown name that may be a school; a labelled note (``Committee: A, B``,
    ``Advisors: ...``) never is."""
    words = text.split()
    return 1 <= len(words) <= 8 and words[0][:1].isupper() and not text.endswith(".") and not any(
        ch.isdigit() for ch in text) and not _LABELLED_RE.match(text)


# The years of two degrees on one line, in the order of the degrees: "2010/2009", "2009, 2011".
_YEAR_PAIR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[/,&]\s*((?:19|20)\d\d)(?!\d)")


def extract_education(lines: Sequence[Line], path: str) -> tuple[list[Education], list[Advisor]]:
    """Degrees of an education section, and the research advisors stated there."""
    out: list[Education] = []
    advisors: list[Advisor] = []
    texts = {line.number: line.text for line in lines}
    for draft in _with_units(_drafts(_untabled(lines))):
        school = draft.school or (draft.school_guess if draft.degree else None) or (
            draft.inherited_school if draft.degree else None)
        if not school:
            continue
        date = draft.date
        source = Source(file=path, line_start=min(draft.lines), line_end=max(draft.lines))
        current = bool(date and date.current)
        if draft.degree and _EXCHANGE_RE.match(draft.degree):
            draft.degree = None  # a stay, not a degree
        degrees = [(draft.degree, date.end if date else None)]
        if draft.degree and draft.second_degree:
            years = _YEAR_PAIR_RE.search(" ".join(texts.get(n, "") for n in draft.lines))
            ends = years.groups() if years else (degrees[0][1],) * 2
            degrees = [(draft.degree, ends[0]), (draft.second_degree, ends[1])]
        out.extend(Education(
            school=school,
            degree=degree,
            degree_level=level_of(degree) if degree else None,
            field=draft.field,
            location=draft.location,
            start=date.start if date and date.is_range and len(degrees) == 1 else None,
            end=end,
            current=current,
            advisor=draft.advisor,
            thesis=draft.thesis,
            gpa=draft.gpa,
            source=source,
            confidence=1.0 if draft.school else 0.6,
        ) for degree, end in degrees)
        advisors.extend(Advisor(name=name, school=school, source=source)
                        for name in filter(None, [draft.advisor, *draft.co_advisors]))
    return out, advisors

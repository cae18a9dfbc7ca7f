"""Find and normalise résumé dates into partial ISO strings (``YYYY`` or ``YYYY-MM``).

Résumés write the same range a dozen ways (``Sep. 2025 – Present``, ``05/2025-08/2025``,
``2019/03 – now``, ``Summer 2014``, ``Okt. 2015 – heute``, ``2023年6月至今``); every extractor
needs the same answer, so the grammar lives here once.  The words (month names, "present",
"since", range words, seasons, numeric shapes such as ``{year}年{month}月``) come from every
language of :mod:`.vocabulary`; the grammar around them is the same for all.  Text is
matched folded (lower case, no accents, same length), so spans index the original text.
Nothing in this module raises on odd text: an unreadable date is simply not found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import alternation, fold, vocabulary

__all__ = ["DateSpan", "duration_tail", "find_dates", "parse_date", "strip_dates"]

_V = vocabulary()
_MON = f"(?:{alternation(_V.months, bounded=False)})"
_YEAR = r"(?:19|20)\d{2}"
_SHORT_YEAR = r"'\d{2}"
_SEASON = f"(?:{alternation(_V.seasons)})"
# "agosto de 2021", "1 de março de 2020": the words some languages put between a day, the
# month and the year (lexicon data)
_LINK = f"(?:\\s+(?:{alternation(_V.date_links)}))?"
# A day before the month ("30th Jul 2018", "1er mars 2020", "5. März 2020", "1 de agosto")
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?{_LINK}\s*(?=[^\W\d_]))?"


def _shape(template: str) -> str:
    """A language's numeric date shape (``{year}年{month}月``) as a regex."""
    body = re.escape(template).replace(r"\{year\}", f"(?:{_YEAR})")
    return body.replace(r"\{month\}", r"(?:0?[1-9]|1[0-2])").replace(r"\{day\}", r"\d{1,2}")


_SHAPES = "|".join(_shape(s) for s in sorted(_V.shapes, key=len, reverse=True))
_DATE = (
    (rf"(?:{_SHAPES})|" if _SHAPES else "")
    + rf"(?:\d{{1,2}}\.\s?(?:0?[1-9]|1[0-2])\.\s?{_YEAR}"  # 01.10.2015: day, month, year
    rf"|\d{{1,2}}/\d{{1,2}}/{_YEAR}"  # 01/09/2017: day and month, in either order
    rf"|{_DAY}{_MON}\.?,?{_LINK}\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?"
    rf"(?:{_YEAR}|{_SHORT_YEAR})"
    rf"|{_MON}\.?\s*[/\-]\s*{_YEAR}"  # Abril/2019
    rf"|{_SEASON}\s*,?\s*(?:{_YEAR}|{_SHORT_YEAR})(?:\s*/\s*(?:{_YEAR}|\d{{2}})(?!\d))?"
    rf"|(?:0?[1-9]|1[0-2])\s*[/.\-]\s*{_YEAR}"
    rf"|{_YEAR}\s*[/.\-]\s*(?:0?[1-9]|1[0-2])(?!\d)"
    rf"|{_YEAR})"
)
_PRESENT = f"(?:{alternation(_V.present)})"
# "с 2016 по 2018", "dal 2016 al 2018": the opening word belongs to the range it opens
_SINCE_WORDS_RANGE = alternation(_V.since)
_RANGE_WORDS = alternation(_V.range_words)
# a dash, or an arrow drawn with one ("2021 -> 2022", "2018 –> 2019", "→")
_SEP = rf"\s*(?:[-–—−~→‐～〜]+>?|=>|{_RANGE_WORDS})\s*"
# not inside a word, a number or an identifier ("CN-2019"); a dash set off by a space may
# lead a date ("Escola Técnica -1994")
_START = r"(?:(?<![\w/.\-])|(?<=\s-))"
_END = r"(?![\w/])"
_RANGE = (rf"{_START}(?:(?:{_SINCE_WORDS_RANGE})\s*)?(?P<a>{_DATE}){_SEP}"
          rf"(?:(?P<b>{_DATE})|(?P<now>{_PRESENT})"
          rf"|(?P<yy>\d{{2}})(?![.\-/]?\d)){_END}")
# Month and two-digit year on both sides, or before "present" (``06/19-01/21``,
# ``07/21-Present``): only as a range, since one alone reads like a fraction or a score.
_MM_YY = r"(?:0?[1-9]|1[0-2])/\d{2}"
_SHORT_RANGE = (rf"{_START}(?P<a>{_MM_YY}){_SEP}(?:(?P<b>{_MM_YY})|(?P<now>{_PRESENT}))"
                rf"(?![\w/])")
# Two months sharing one year: "Jan – Jun 2022", "févr. – août 2017".
_SAME_YEAR = rf"{_START}(?P<m>{_MON})\.?{_SEP}(?P<b>{_MON}\.?\s*(?:{_YEAR}|{_SHORT_YEAR})){_END}"
# The same with month numbers: "3 - 4/2014", "10.-12.2019".
_SAME_YEAR_NUM = (rf"{_START}(?P<m>0?[1-9]|1[0-2])\.?\s*[-–—]\s*"
                  rf"(?P<b>(?:0?[1-9]|1[0-2])\s*[/.]\s*{_YEAR}){_END}")
# An open-ended range written with one date: "since 2019", "Depuis janv. 2021", "seit 04/2022",
# or a date and a dash with nothing after it ("2018 – ", a form's empty end field, also
# when the next column follows: "2018 – | Researcher").
_SINCE_WORDS = alternation(_V.since)
_SINCE = (rf"(?:(?<!\w)(?:{_SINCE_WORDS})\s*(?P<a>{_DATE}){_END}"
          rf"|{_START}(?P<o>{_DATE})\s*[-–—]\s*(?:$|(?=\|)))")
_SINGLE = rf"{_START}(?P<a>{_DATE}){_END}"
_RANGE_RE, _SHORT_RANGE_RE, _SAME_YEAR_RE, _SAME_YEAR_NUM_RE, _SINCE_RE, _SINGLE_RE = (
    re.compile(p) for p in (_RANGE, _SHORT_RANGE, _SAME_YEAR, _SAME_YEAR_NUM, _SINCE, _SINGLE))
_ANY_YEAR_RE = re.compile(r"(?:19|20)\d{2}|'\d{2}|\d{1,2}/\d{2}")
_MONTH_YEAR_RE = re.compile(
    rf"^{_DAY}(?P<m>{_MON})\.?,?{_LINK}\s*(?:\d{{1,2}}\D*\s)?[/\-]?\s*(?P<y>\d{{4}}|'\d{{2}})$")
_NUM_MY_RE = re.compile(r"^(?:\d{1,2}\.\s?)?(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})$")
_NUM_DMY_RE = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})$")
_NUM_YM_RE = re.compile(r"^(?P<y>\d{4})\s*[/.\-]\s*(?P<m>\d{1,2})$")
_SHORT_MY_RE = re.compile(r"^(?P<m>\d{1,2})/(?P<y>\d{2})$")
_SEASON_RE = re.compile(rf"^(?:{_SEASON})\s*,?\s*(?P<y>\d{{4}}|'\d{{2}})")
_SHAPE_RES = tuple(re.compile(
    "^" + re.escape(s).replace(r"\{year\}", r"(?P<y>\d{4})").replace(
        r"\{month\}", r"(?P<m>\d{1,2})").replace(r"\{day\}", r"\d{1,2}") + "$")
    for s in _V.shapes)


@dataclass(frozen=True)
class DateSpan:
    """A date or date range found in a text, with its character offsets.

    ``current`` is True for an open-ended range (``– Present``); then ``end`` is None.
    A single date has ``start == end`` and ``is_range`` False.
    """

    start: str | None
    end: str | None
    current: bool
    begin: int
    stop: int
    is_range: bool


def _year(token: str) -> str:
    if token.startswith("'") or len(token) == 2:
        short = int(token.lstrip("'"))
        return f"{2000 + short if short < 70 else 1900 + short}"
    return token


def _month(name: str) -> int:
    return _V.months[fold(name).rstrip(".").strip()]


def _month_of(number: str, year: str) -> str:
    month = int(number)
    return f"{year}-{month:02d}" if 1 <= month <= 12 else year


@lru_cache(maxsize=4096)
def parse_date(token: str) -> str | None:
    """One date token (``Sep. 2025``, ``05/2025``, ``2019/03``, ``Summer 2014``,
    ``2023年6月``, ``Abril/2019``) → ISO."""
    text = " ".join(fold(token).strip().split())
    if re.fullmatch(_YEAR, text):
        return text
    if m := _NUM_DMY_RE.match(text):
        # 01/09/2017 is day-first in most of the world; 09/21/2017 can only be month-first
        day, month = int(m["a"]), int(m["b"])
        return _month_of(str(day if month > 12 else month), m["y"])
    if m := _NUM_MY_RE.match(text):
        return _month_of(m["m"], m["y"])
    if m := _NUM_YM_RE.match(text):
        return _month_of(m["m"], m["y"])
    if m := _SHORT_MY_RE.match(text):
        return _month_of(m["m"], _year(m["y"]))
    for shape in _SHAPE_RES:
        if m := shape.match(text):
            return _month_of(m["m"], m["y"]) if "m" in shape.groupindex else m["y"]
    if m := _MONTH_YEAR_RE.match(text):
        return f"{_year(m['y'])}-{_month(m['m']):02d}"
    if m := _SEASON_RE.match(text):
        return _year(m["y"])
    return None


def _short_end(start: str | None, yy: str, sep: str) -> str | None:
    """The end year of ``2017–19`` / ``2019 – 22``: the start's century, rolled over when
    needed.  A bare hyphen before a possible month (``2010-11``) reads as year-month, never as
    a range; ``1991-95`` can only be a range."""
    if start is None or len(start) != 4 or (sep == "-" and int(yy) <= 12):
        return None
    end = int(start[:2] + yy)
    end = end + 100 if end < int(start) else end
    return str(end) if end - int(start) <= 40 else None


def find_dates(text: str) -> list[DateSpan]:
    """All ranges, then all single dates outside them, in order of appearance."""
    return list(_find_dates(text))


@lru_cache(maxsize=8192)
def _find_dates(text: str) -> tuple[DateSpan, ...]:
    """:func:`find_dates`, memoized: extractors ask about the same line several times."""
    if not _ANY_YEAR_RE.search(text):
        return ()  # every date form holds a year: most prose lines stop here
    scanned = fold(text)
    spans: list[DateSpan] = []
    taken: list[tuple[int, int]] = []

    def free(start: int) -> bool:
        return not any(a <= start < b for a, b in taken)

    def add(start: str | None, end: str | None, current: bool, m: re.Match[str],
            is_range: bool = True) -> None:
        spans.append(DateSpan(start, end, current, m.start(), m.end(), is_range))
        taken.append((m.start(), m.end()))

    for pattern in (_SAME_YEAR_RE, _SAME_YEAR_NUM_RE):
        for m in pattern.finditer(scanned):
            end = parse_date(m["b"])
            if end is None or len(end) < 7 or not free(m.start()):
                continue
            month = _month(m["m"]) if pattern is _SAME_YEAR_RE else int(m["m"])
            start = f"{end[:4]}-{month:02d}"
            if start < end or (start == end and pattern is _SAME_YEAR_RE):
                add(start, end, False, m)
    for pattern in (_RANGE_RE, _SHORT_RANGE_RE):
        for m in pattern.finditer(scanned):
            if not free(m.start()):
                continue
            start = parse_date(m["a"])
            end = parse_date(m["b"]) if m["b"] else None
            if m.groupdict().get("yy") is not None:
                end = _short_end(start, m["yy"], text[m.end("a"):m.start("yy")])
                if end is None:
                    continue
            if start is None or (m["b"] and end is None):
                continue
            if end is not None and end[:4] < start[:4]:
                continue
            add(start, end, m["now"] is not None, m)
    for m in _SINCE_RE.finditer(scanned):
        group = "a" if m["a"] is not None else "o"
        if free(m.start(group)) and (value := parse_date(m[group])) is not None:
            add(value, None, True, m)
    for m in _SINGLE_RE.finditer(scanned):
        if free(m.start()) and (value := parse_date(m["a"])) is not None:
            add(value, value, False, m, is_range=False)
    spans.sort(key=lambda s: s.begin)
    return tuple(spans)


_EMPTY_PARENS_RE = re.compile(r"\(\s*\)")
# A dot leader drawn from a name to its right-aligned dates ("Acme ........ 2019 – 2021").
_LEADER_RE = re.compile(r"\s*(?:[.…]\s?){3,}\s*")
_DANGLING_SEP_RE = re.compile(r"\s*([|,])\s*(?=[|,]|$)")


@lru_cache(maxsize=8192)
def strip_dates(text: str) -> str:
    """The text with every date removed and the separators left around them tidied."""
    out, last = [], 0
    for span in find_dates(text):
        out.append(text[last:span.begin])
        last = span.stop
    out.append(text[last:])
    joined = "".join(out)
    joined = _LEADER_RE.sub(" ", _EMPTY_PARENS_RE.sub(" ", joined))
    joined = _DANGLING_SEP_RE.sub(" ", joined)
    return " ".join(joined.split()).strip(" ,|;:–—-")


# A time span in brackets closing a line, written instead of dates or after them:
# "Technicien de support - (1 an)", "(2 Jahre 3 Monate)", "(6 meses)".
_DURATION_TAIL_RE = re.compile(
    rf"[\s,;·–—-]*\(\s*(?:\d+(?:[.,]\d+)?\s*(?:{alternation(_V.durations)})\.?[\s,]*)+\)\s*$")


def duration_tail(text: str) -> int | None:
    """Where a bracketed time span closing ``text`` begins (the separator before it
    included), or None when the text ends otherwise."""
    if not text.endswith(")"):
        return None
    m = _DURATION_TAIL_RE.search(fold(text))
    return m.start() if m else None

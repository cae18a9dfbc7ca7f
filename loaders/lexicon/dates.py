"""Find and normalise résumé dates into partial ISO strings (``YYYY`` or ``YYYY-MM``).

Résumés write the same range a dozen ways (``Sep. 2025 – Present``, ``05/2025-08/2025``,
``2019/03 – now``, ``Summer 2014``); every extractor needs the same answer, so the
grammar lives here once.  Nothing in this module raises on odd text: an unreadable date
is simply not found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["DateSpan", "find_dates", "parse_date", "strip_dates"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Month names of French, German, Spanish, Portuguese and Italian résumés, by their first
# letters with accents folded; four letters are tried before the English table, since
# ``juin``/``juil`` share three.
_FOREIGN_MONTHS = {
    "janv": 1, "fevr": 2, "fev": 2, "mars": 3, "avr": 4, "mai": 5, "juin": 6, "juil": 7,
    "aout": 8, "marz": 3, "maer": 3, "juni": 6, "juli": 7, "okt": 10, "dez": 12, "ene": 1,
    "abr": 4, "ago": 8, "set": 9, "out": 10, "dic": 12, "gen": 1, "mag": 5, "giu": 6,
    "lug": 7, "ott": 10, "marc": 3,
}
_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # French, German, Spanish, Portuguese, Italian
    r"|janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t"
    r"|septembre|octobre|novembre|d[ée]c(?:embre)?"
    r"|januar|februar|m[äa]e?rz|juni|juli|okt(?:ober)?|dez(?:ember)?"
    r"|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|septiembre"
    r"|set(?:iembre|embro)?|octubre|noviembre|dic(?:iembre)?"
    r"|janeiro|fevereiro|mar[çc]o|maio|junho|julho|out(?:ubro)?|novembro|dezembro"
    r"|gen(?:naio)?|febbraio|aprile|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|settembre"
    r"|ott(?:obre)?|dicembre)"
)
_YEAR = r"(?:19|20)\d{2}"
_SHORT_YEAR = r"'\d{2}"
_DATE = (
    rf"(?:{_MON}\.?,?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?(?:{_YEAR}|{_SHORT_YEAR})"
    rf"|(?:spring|summer|fall|autumn|winter)\s*,?\s*(?:{_YEAR}|{_SHORT_YEAR})"
    rf"|(?:0?[1-9]|1[0-2])\s*[/.\-]\s*{_YEAR}"
    rf"|{_YEAR}\s*[/.\-]\s*(?:0?[1-9]|1[0-2])(?!\d)"
    rf"|{_YEAR})"
)
_PRESENT = (r"(?:present|now|current(?:ly)?|today|ongoing|(?:to\s+|till\s+)?date|至今|现在|今"
            r"|heute|jetzt|aujourd'hui|(?:[àa]\s+)?ce\s+jour|actualidad|presente|atual|oggi|hoy)")
_SEP = r"\s*(?:[-–—−~→‐]+|(?:to|until|till|through|thru)\b)\s*"
_START = r"(?<![\w/.\-])"
_END = r"(?![\w/])"
_RANGE = (rf"{_START}(?P<a>{_DATE}){_SEP}(?:(?P<b>{_DATE})|(?P<now>{_PRESENT})"
          rf"|(?P<yy>\d{{2}})(?![.\-/]?\d)){_END}")
# Two months sharing one year: "Jan – Jun 2022", "févr. – août 2017".
_SAME_YEAR = rf"{_START}(?P<m>{_MON})\.?{_SEP}(?P<b>{_MON}\.?\s*(?:{_YEAR}|{_SHORT_YEAR})){_END}"
# An open-ended range written with one date: "since 2019", "Depuis janv. 2021", "seit 04/2022".
_SINCE = rf"(?<!\w)(?:since|depuis|seit|desde|dal|dall'|od)\s+(?P<a>{_DATE}){_END}"
_SINGLE = rf"{_START}(?P<a>{_DATE}){_END}"
_RANGE_RE, _SAME_YEAR_RE, _SINCE_RE, _SINGLE_RE = (
    re.compile(p, re.I) for p in (_RANGE, _SAME_YEAR, _SINCE, _SINGLE))
# The same patterns without re.I, for ASCII text lower-cased first: the patterns are written
# in lower case, and on ASCII text matching the lower-cased text is matching ignoring case.
# The regex engine then rejects most alternatives of the month names on their first
# letter, which makes the four scans twice as fast; offsets are unchanged.
_LOWER_PATTERNS = tuple(re.compile(p) for p in (_RANGE, _SAME_YEAR, _SINCE, _SINGLE))
_ANY_YEAR_RE = re.compile(r"(?:19|20)\d{2}|'\d{2}")
_MONTH_YEAR_RE = re.compile(
    rf"^(?P<m>{_MON})\.?,?\s*(?:\d{{1,2}}\D*\s)?(?P<y>\d{{4}}|'\d{{2}})$", re.I)
_NUM_MY_RE = re.compile(r"^(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})$")
_NUM_YM_RE = re.compile(r"^(?P<y>\d{4})\s*[/.\-]\s*(?P<m>\d{1,2})$")
_SEASON_RE = re.compile(r"^[a-z]+\s*,?\s*(?P<y>\d{4}|'\d{2})$", re.I)


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
    if token.startswith("'"):
        short = int(token[1:])
        return f"{2000 + short if short < 70 else 1900 + short}"
    return token


def _month(name: str) -> int:
    word = "".join(c for c in unicodedata.normalize("NFKD", name.lower())
                   if not unicodedata.combining(c))
    return _FOREIGN_MONTHS.get(word[:4]) or _MONTHS.get(word[:3]) or _FOREIGN_MONTHS[word[:3]]


@lru_cache(maxsize=4096)
def parse_date(token: str) -> str | None:
    """One date token (``Sep. 2025``, ``05/2025``, ``2019/03``, ``Summer 2014``) → ISO."""
    text = " ".join(token.strip().split())
    if re.fullmatch(_YEAR, text):
        return text
    if m := _NUM_MY_RE.match(text):
        month = int(m["m"])
        return f"{m['y']}-{month:02d}" if 1 <= month <= 12 else m["y"]
    if m := _NUM_YM_RE.match(text):
        month = int(m["m"])
        return f"{m['y']}-{month:02d}" if 1 <= month <= 12 else m["y"]
    if m := _MONTH_YEAR_RE.match(text):
        return f"{_year(m['y'])}-{_month(m['m']):02d}"
    if m := _SEASON_RE.match(text):
        return _year(m["y"])
    return None


def _short_end(start: str | None, yy: str, sep: str) -> str | None:
    """The end year of ``2017–19`` / ``2019 – 22``: the start's century, rolled over when
    needed.  A bare hyphen (``2010-11``) reads as year-month, never as a range."""
    if start is None or len(start) != 4 or sep == "-":
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
    if text.isascii():
        scanned, (range_re, same_year_re, since_re, single_re) = text.lower(), _LOWER_PATTERNS
    else:
        scanned, range_re, same_year_re, since_re, single_re = (
            text, _RANGE_RE, _SAME_YEAR_RE, _SINCE_RE, _SINGLE_RE)
    # the groups below may be lower-cased: parse_date and _month read any case alike
    spans: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for m in same_year_re.finditer(scanned):
        end = parse_date(m["b"])
        if end is None or len(end) < 7:
            continue
        start = f"{end[:4]}-{_month(m['m']):02d}"
        if start > end:
            continue
        spans.append(DateSpan(start, end, False, m.start(), m.end(), True))
        taken.append((m.start(), m.end()))
    for m in range_re.finditer(scanned):
        if any(a <= m.start() < b for a, b in taken):
            continue
        start = parse_date(m["a"])
        end = parse_date(m["b"]) if m["b"] else None
        if m["yy"] is not None:
            end = _short_end(start, m["yy"], text[m.end("a"):m.start("yy")])
            if end is None:
                continue
        if start is None or (m["b"] and end is None):
            continue
        if end is not None and end[:4] < start[:4]:
            continue
        spans.append(DateSpan(start, end, m["now"] is not None, m.start(), m.end(), True))
        taken.append((m.start(), m.end()))
    for m in since_re.finditer(scanned):
        if any(a <= m.start("a") < b for a, b in taken):
            continue
        if (value := parse_date(m["a"])) is not None:
            spans.append(DateSpan(value, None, True, m.start(), m.end(), True))
            taken.append((m.start(), m.end()))
    for m in single_re.finditer(scanned):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if (value := parse_date(m["a"])) is not None:
            spans.append(DateSpan(value, value, False, m.start(), m.end(), False))
    spans.sort(key=lambda s: s.begin)
    return tuple(spans)


_EMPTY_PARENS_RE = re.compile(r"\(\s*\)")
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
    joined = _EMPTY_PARENS_RE.sub(" ", joined)
    joined = _DANGLING_SEP_RE.sub(" ", joined)
    return " ".join(joined.split()).strip(" ,|;:–—-")

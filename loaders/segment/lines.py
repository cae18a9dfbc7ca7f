"""Clean résumé lines once: markdown, LaTeX leftovers and bullet glyphs out, facts kept.

Text arrives from many converters (markdown exports, PDF and DOCX readers, LaTeX sources),
so one line may read ``- $\\bullet\\,$ **Languages:** [Python](#)``.  Every extractor works
on :class:`Line` objects so they agree on what is a bullet, a heading, bold or a link, and
on the plain ``text`` left once the markup is gone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon.dates import find_dates

__all__ = [
    "Line", "clean_text", "europass_lines", "fragments", "join_dangling", "join_wrapped",
    "to_lines",
]

_BULLET_RE = re.compile(
    r"^\s*(?:[-*+•∘◦▪▫‣·●○■□►▸➢➤✓✔–](?=\s|$)|[\uf0b7\uf0a7\uf076\uf0d8\uf0fc])\s*"
)
# "1. Wrote Go services ...": a numbered item of some length (a numbered heading such as
# "2. Education" is not one).
_NUMBERED_RE = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S+(?:\s+\S+){3})")
_HEADING_RE = re.compile(r"^\s*(#{1,6})\s+")
_LATEX_BULLET_RE = re.compile(
    r"\$\s*\\(?:bullet|circ|cdot|star|diamond|triangleright|ast|diamondsuit)\s*(?:\\[,;:! ]\s*)*\$"
)
_MATH_RE = re.compile(r"\$([^$]*)\$")
_LINK_RE = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)\)")
_AUTOLINK_RE = re.compile(r"<((?:https?://|mailto:|www\.)[^>\s]+)>")
_BOLD_RE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC_RE = re.compile(
    r"(?<![\w*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\w*])|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|&$%~>])")
_FIELD_LABEL_RE = re.compile(r"[A-Z][\w ]{1,24}?\s*:\s*\S")
_PADDED_LABEL_RE = re.compile(r"[ \t]{2,}:")
_WIDE_GAP_RE = re.compile(r"\s*\t+\s*| {3,}")
_STAR = "\x00"
_MARKUP_RE = re.compile(r"[\[\]<>*_\\`]")
_WHOLE_BOLD_RE = re.compile(r"(\*\*|__)[^*_].*(\*\*|__)")
_TRANSLATE = str.maketrans({"\u00a0": " ", "\u200b": "", "\r": "", "’": "'", "‘": "'"})
_TRANSLATED_RE = re.compile("[\u00a0\u200b\r’‘]")
_RULE_RE = re.compile(r"^\s*(?:[=_~*#·•─━—–-]\s*){3,}$")  # setext underlines and rules
_PAGE_RE = re.compile(r"^\s*(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$|^\s*-\s*\d{1,3}\s*-\s*$",
                      re.I)


@dataclass(frozen=True)
class Line:
    """One source line: its 1-based ``number``, the ``raw`` text and the cleaned ``text``.

    ``bullet`` marks list items, ``indent`` their depth in spaces, ``heading`` a markdown
    heading level (0 for none; ``underlined`` when set by a ``----``/``====`` line below),
    ``bold`` a line that was bold as a whole; ``bold_spans``
    and ``links`` keep the emphasised phrases and link targets the cleaning removed.
    """

    number: int
    raw: str
    text: str
    bullet: bool = False
    indent: int = 0
    heading: int = 0
    bold: bool = False
    bold_spans: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    underlined: bool = False


def _math(m: re.Match[str]) -> str:
    body = m.group(1)
    body = re.sub(r"\\text\w*\{([^}]*)\}", r"\1", body)
    body = body.replace("\\times", "×").replace("\\%", "%")
    body = re.sub(r"\\[,;:! ]", " ", body)
    body = re.sub(r"\\[A-Za-z]+", " ", body)
    return body.replace("{", "").replace("}", "").strip()


def _unlatex(text: str) -> str:
    text = _LATEX_BULLET_RE.sub(" • ", text)
    text = text.replace("\\$", "\x01")
    text = _MATH_RE.sub(_math, text)
    return text.replace("\x01", "$")


def clean_text(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """Strip inline markup; return the text, its bold phrases and its link targets."""
    if not _MARKUP_RE.search(text):
        return text, (), ()  # plain text, the common case: no regex needed
    links: list[str] = []
    bold: list[str] = []

    def _link(m: re.Match[str]) -> str:
        label, target = m.group(1), m.group(2)
        if target and target != "#":
            links.append(target)
        return label or target

    def _autolink(m: re.Match[str]) -> str:
        target = m.group(1).removeprefix("mailto:")
        links.append(target)
        return target

    def _bold(m: re.Match[str]) -> str:
        inner = m.group(1) or m.group(2) or ""
        bold.append(inner.replace(_STAR, "*").strip())
        return inner

    # each pattern runs only when its marker character is there: most lines have none
    text = text.replace("\\*", _STAR)
    if "](" in text:
        text = _LINK_RE.sub(_link, text)
    if "<" in text:
        text = _AUTOLINK_RE.sub(_autolink, text)
    if "**" in text or "__" in text:
        text = _BOLD_RE.sub(_bold, text)
    if "*" in text or "_" in text:
        text = _ITALIC_RE.sub(lambda m: m.group(1) or m.group(2) or "", text)
        text = text.replace("**", "")
    if "\\" in text:
        text = _ESCAPE_RE.sub(r"\1", text)
    return text.replace(_STAR, "*"), tuple(bold), tuple(links)


_new = object.__new__


def _line(number: int, raw: str, text: str, bullet: bool = False, indent: int = 0,
          heading: int = 0, bold: bool = False, bold_spans: tuple[str, ...] = (),
          links: tuple[str, ...] = ()) -> Line:
    """``Line(...)`` without the frozen dataclass's ``__init__``, which sets each field through
    ``object.__setattr__``: one line per source line makes that a hot spot of :func:`to_lines`.
    The object is the same (same fields, equality and hash)."""
    line = _new(Line)
    line.__dict__.update(number=number, raw=raw, text=text, bullet=bullet, indent=indent,
                         heading=heading, bold=bold, bold_spans=bold_spans, links=links,
                         underlined=False)
    return line


def _make(number: int, raw: str) -> Line:
    if not raw.strip() or _PAGE_RE.match(raw) or _RULE_RE.match(raw):
        return _line(number, raw, "")  # a page footer ("1 / 1", "Page 2 of 3") says nothing
    # str.translate with a table costs more than finding that no character needs it
    if raw.isascii():
        text = raw.replace("\r", "") if "\r" in raw else raw
    else:
        text = raw.translate(_TRANSLATE) if _TRANSLATED_RE.search(raw) else raw
    expanded = text.expandtabs(4) if "\t" in text else text
    indent = len(expanded) - len(expanded.lstrip())
    if "$" in text:
        text = _unlatex(text)
    heading = 0
    if "#" in text and (m := _HEADING_RE.match(text)):
        heading = len(m.group(1))
        text = text[m.end():]
    bullet = False
    while m := _BULLET_RE.match(text):
        bullet = True
        text = text[m.end():]
    if not bullet and (m := _NUMBERED_RE.match(text)):
        text = text[m.end():]
        # "1) Company : Redco Ltd": a numbered entry of form fields, not a list item
        bullet = not _FIELD_LABEL_RE.match(text)
    stripped = text.strip()
    whole_bold = ("**" in stripped or "__" in stripped) and bool(
        _WHOLE_BOLD_RE.fullmatch(stripped)) and (
        stripped.count("**") == 2 or stripped.count("__") == 2)
    text, bold, links = clean_text(stripped)
    if bullet:
        text = " ".join(text.split())
    else:
        if "\t" in text or "   " in text:
            if ":" in text:  # "Duration      : 2018": a label padded to align, no column gap
                text = _PADDED_LABEL_RE.sub(" :", text)
            text = _WIDE_GAP_RE.sub(" | ", text)
        text = " ".join(text.split()).strip(" |")
    return _line(number, raw, text, bullet, indent, heading, whole_bold, bold, links)


def to_lines(raw_lines: Iterable[str]) -> list[Line]:
    """Clean every line, numbering them from 1 as in the source file."""
    raws = list(raw_lines)
    lines = [_make(number, raw) for number, raw in enumerate(raws, start=1)]
    for index in range(1, len(lines)):
        if "-" in raws[index] or "=" in raws[index]:  # the common case skips the regex
            _underlined(lines, raws, index)
    return lines


_UNDERLINE_RE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")


def _underlined(lines: list[Line], raws: Sequence[str], index: int) -> None:
    """A line underlined with ``====`` or ``----`` (plain text, Markdown's Setext form) marked
    as a heading: level 1 for ``=``, 2 for ``-``.  The underline must be about as long as
    the text, so a rule that merely follows a paragraph line is not read as one."""
    above = lines[index - 1]
    if (not above.text or above.bullet or above.heading
            or not _UNDERLINE_RE.match(raws[index])):
        return
    width = len(raws[index].strip())
    if width < 0.5 * len(raws[index - 1].strip()) or len(above.text.split()) > 8:
        return
    lines[index - 1] = replace(above, heading=1 if "=" in raws[index] else 2, underlined=True)


_OPEN_END_RE = re.compile(r"[\w,;(&/+\-–]$")
_LOWER_WORD_RE = re.compile(r"\b[a-z]{3,}\b")  # prose, not a name line such as "Globex Inc."


def join_wrapped(lines: Sequence[Line]) -> list[Line]:
    """Bullets a converter or an editor wrapped, joined again: a plain line right under a
    bullet that stops mid-sentence (``... peak 560k QPS during`` / ``Double 11 2021 with
    zero oversell.``) goes on that bullet, so its words are not read as a new entry."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if (previous is not None and previous.bullet and previous.text and line.text
                and not line.bullet and not line.heading and not line.bold
                and (previous.text.endswith(",") or (_OPEN_END_RE.search(previous.text)
                     and not find_dates(previous.text[-12:])))
                and not any(span.is_range for span in find_dates(line.text))
                and (line.text[0].islower() or previous.text[-1] in ",;" or
                     previous.text[-1].islower()) and (
                    line.text[0].islower() or (line.text.rstrip(" )")[-1:] in ".;"
                    and (line.text[0].isdigit() or _LOWER_WORD_RE.search(line.text))))):
            out[-1] = replace(previous, text=f"{previous.text} {line.text}")
        else:
            out.append(line)
    return out


_SEP_RE = re.compile(r"\s+[|•·—–]\s+|\s*\|\s*|\s+[•·]\s*|\s*[•·]\s+")
_MASK = str.maketrans({"–": "\x02", "—": "\x03", "-": "\x04"})
_UNMASK = str.maketrans({"\x02": "–", "\x03": "—", "\x04": "-"})


def fragments(text: str) -> list[str]:
    """Split a header line on its visual separators (``|``, ``•``, `` — ``), never inside
    a date range such as ``Sep. 2025 – Present``."""
    return list(_fragments(text))


@lru_cache(maxsize=8192)
def _fragments(text: str) -> tuple[str, ...]:
    masked = text
    for span in find_dates(text):
        inner = masked[span.begin:span.stop].translate(_MASK)
        masked = masked[:span.begin] + inner + masked[span.stop:]
    parts = (p.translate(_UNMASK).strip(" ,;") for p in _SEP_RE.split(masked))
    return tuple(p for p in parts if p)


# The label column of a Europass CV (the EU's standard form): each value line is printed
# after a fixed label.  Labels that carry no fact are dropped, the others become the
# ``Label: value`` forms the extractors read, or the bare value.
_EUROPASS_KEYS = ("dates", "occupation or position held", "name and address of employer",
                  "title of qualification awarded", "name and type of organisation")
_EUROPASS_LABELS = {
    "occupation or position held": "Position: ",
    "name and address of employer": "Company: ",
    "type of business or sector": None,
    "nationality": None, "date of birth": None, "gender": None, "sex": None,
    "level in national or": None, "level in national or international classification": None,
    "principal subjects/occupational": "Coursework: ",
    "mother tongue(s)": None, "other language(s)": None, "driving licence": None,
    "driving license": None, "organisational skills": None, "organizational skills": None,
    "social skills and competences": None, "organisational skills and competences": None,
    "artistic skills and competences": None, "other skills and competences": None,
}
# Labels that open a list of their own: the label becomes a heading line over the value.
_EUROPASS_HEADINGS = ("awards", "honours and awards", "publications", "publication")
_CEFR_ROW_RE = re.compile(r"^[^|]+(?:\|\s*[ABC][12]\s*){3,}$|^listening\b", re.I)
_EUROPASS_LINE_RE = re.compile(r"^(?P<label>[A-Z][^|]{1,60}?)\s*\|\s*(?P<value>.*)$")
_EUROPASS_CONTINUED_RE = re.compile(
    r"^(?:responsibilities|skills covered|providing education and training|"
    r"international classification|occupational field)\b\s*\|?\s*")


def europass_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines of a Europass CV with its label column read (``Occupation or position held |
    Engineer`` → ``Position: Engineer``); other documents unchanged."""
    labelled = sum(1 for line in lines if "|" in line.text  # the label column's bar
                   and (m := _EUROPASS_LINE_RE.match(line.text))
                   and m["label"].lower() in _EUROPASS_KEYS)
    if labelled < 3:
        return list(lines)
    out: list[Line] = []
    for line in lines:
        text = _EUROPASS_CONTINUED_RE.sub("", line.text)
        if text != line.text and text and out and out[-1].text:  # a value's second line
            out[-1] = replace(out[-1], text=f"{out[-1].text} {text}")
            continue
        if (m := _EUROPASS_LINE_RE.match(text)) is not None and (
                (label := m["label"].lower()) in _EUROPASS_KEYS or label in _EUROPASS_LABELS
                or label in _EUROPASS_HEADINGS
                or "/" in label or label.endswith((" and", " or", "(s)"))
                or label in ("address", "address(es)", "telephone", "e-mail", "email", "fax")):
            if label in _EUROPASS_HEADINGS:
                out.append(replace(line, text=m["label"].strip(), heading=0))
            prefix = _EUROPASS_LABELS.get(label, "")
            if prefix is None:
                continue  # a label with no fact for the résumé (nationality, sector)
            text = prefix + m["value"]
        elif (text.lower() in _EUROPASS_LABELS or (text != line.text and not text)
              or _CEFR_ROW_RE.match(text)):
            continue
        out.append(replace(line, text=text.strip()) if text != line.text else line)
    return _employer_after_title(out)


def _employer_after_title(lines: list[Line]) -> list[Line]:
    """Each ``Company:`` line moved up to just under its ``Position:`` line, so that both
    head the entry instead of one trailing its description."""
    out = list(lines)
    for line in lines:
        if not line.text.startswith("Company: "):
            continue
        at = out.index(line)
        for j in range(at - 1, -1, -1):
            if not out[j].text:
                break
            if out[j].text.startswith("Position: "):
                out.insert(j + 1, out.pop(at))
                break
    return out


_DANGLING_RE = re.compile(r"(?:\s(?:of|and|for|&|the|de|at|in)|,)$", re.I)


def join_dangling(lines: Sequence[Line]) -> list[Line]:
    """A line cut after ``of`` / ``and`` / a comma, and carried on by an indented line (a
    date column's hanging text: ``2020 – present | Assistant, Georgia Institute of`` /
    ``    Technology``), joined again so the carried word is not read as a heading."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (prev is not None and prev.text and line.text and not line.bullet
                and line.indent > prev.indent and _DANGLING_RE.search(prev.text)
                and not line.heading and len(line.text.split()) <= 6):
            out[-1] = replace(prev, text=f"{prev.text} {line.text}")
            continue
        out.append(line)
    return out

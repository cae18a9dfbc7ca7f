"""A read document's blocks as clean lines: inline markup out, structure and facts kept.

Readers hand over typed blocks (:mod:`..document`) whose text may still hold light inline
Markdown (``**Languages:** [Python](#)``).  Every extractor works on :class:`Line` objects,
one per block, so they agree on what is a bullet, a heading, bold, a link or a cell the
reader set apart, and on the plain ``text`` left once the markup is gone.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..document import Block, Bullet, Entry, Heading
from ..lexicon.dates import find_dates
from ..lexicon.forms import work_label
from ..lexicon.vocabulary import alternation, fold, label_key, vocabulary
from ..read.markdown import text_blocks

__all__ = [
    "Line", "clean_text", "europass_lines", "form_lines", "fragments", "join_dangling",
    "join_wrapped", "to_lines",
]

_MARKUP_RE = re.compile(r"[\[\]<>*_\\`]")
_LINK_RE = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)\)")
_AUTOLINK_RE = re.compile(r"<((?:https?://|mailto:|www\.)[^>\s]+)>")
_BOLD_RE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC_RE = re.compile(
    r"(?<![\w*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\w*])|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|&$%~>])")
_STAR = "\x00"
_SUPERSCRIPT_RE = re.compile(r"\^[^\^\s]{1,4}\^")
# A short line that is an emphasised part then another ("**Senior Engineer** [Acme](url)",
# "**Acme** Senior Engineer"): the emphasis is where the writer set the two apart.
_EMPHASIS_PARTS_RE = re.compile(
    r"^(?P<first>\*\*[^*]+(?<!:)\*\*|\[[^\]]+\]\([^)]*\))\s+"
    r"(?P<rest>\[[^\]]+\]\([^)]*\)|[^*\[\]|•·—–,()]+)$")
_WHOLE_BOLD_RE = re.compile(r"(\*\*|__)[^*_].*(\*\*|__)")
# A link whose words only point at something ("[website link](url)", "[*pdf*](url)",
# "[here](url)"): its target is kept, its words are no part of the entry they follow.
_POINTER_LINK_RE = re.compile(
    r"\s*\[[\s*_]*[-–(]?\s*(?:web\s*site|web|homepage|home page|site|link|pdf|here|slides"
    r"|video|code|more)(?:\s+(?:link|here))?\s*\)?[\s*_]*\]\(([^)\s]*)\)", re.I)
_TRANSLATE = str.maketrans({"\u00a0": " ", "\u200b": "", "\r": "", "’": "'", "‘": "'"})
_TRANSLATED_RE = re.compile("[\u00a0\u200b\r’‘]")


@dataclass(frozen=True)
class Line:
    """One block of the document as the extractors read it: its 1-based source ``number``,
    the ``raw`` text and the cleaned ``text``.

    ``bullet`` marks list items, ``indent`` their depth in spaces, ``heading`` a heading's
    level (0 for none; ``underlined`` when set by a ``----``/``====`` line below), ``bold``
    a line that was bold as a whole; ``bold_spans`` and ``links`` keep the emphasised
    phrases and link targets the cleaning removed.  ``cells`` are the parts the reader
    separated (table cells, columns, an entry's fields), cleaned; ``text`` joins them with
    `` | ``.  ``entry`` marks an entry the reader recognised (a template's entry macro), its
    fields' ``hints`` as the reader gave them.  ``region`` is the layout region (0 the main
    flow, others a sidebar read apart); ``end`` the last source line of the block.
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
    cells: tuple[str, ...] = ()
    entry: bool = False
    hints: tuple[str, ...] = ()
    region: int = 0
    end: int = 0
    section: bool = False


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
    if "^" in text:
        text = _SUPERSCRIPT_RE.sub("", text)  # Pandoc's Java^†^: a footnote mark
    return text.replace(_STAR, "*"), tuple(bold), tuple(links)


_new = object.__new__
_FIELDS = tuple(Line.__dataclass_fields__)


def _line(**values: object) -> Line:
    """``Line(...)`` without the frozen dataclass's ``__init__``, which sets each field through
    ``object.__setattr__``: one line per block makes that a hot spot of :func:`to_lines`.
    The object is the same (same fields, equality and hash)."""
    line = _new(Line)
    line.__dict__.update(dict.fromkeys(_FIELDS, None) | _DEFAULTS | values)
    return line


_DEFAULTS = {name: f.default for name, f in Line.__dataclass_fields__.items()
             if f.default is not dataclasses.MISSING}


def _clean(text: str) -> str:
    if text.isascii():
        return text.replace("\r", "") if "\r" in text else text
    return text.translate(_TRANSLATE) if _TRANSLATED_RE.search(text) else text


def _make(block: Block) -> Line:
    raw = f"{block.marker} {block.text}" if isinstance(block, Bullet) and block.marker \
        else block.text
    text = _clean(block.text).strip()
    pointers: list[str] = []
    if "](" in text:
        text = _POINTER_LINK_RE.sub(lambda m: pointers.append(m[1]) or "", text).strip()
    if not text:
        return _line(number=block.line, raw=raw, text="", region=block.region,
                     end=block.last_line)
    whole_bold = block.bold or (("**" in text or "__" in text) and bool(
        _WHOLE_BOLD_RE.fullmatch(text)) and (text.count("**") == 2 or text.count("__") == 2))
    cells: tuple[str, ...] = ()
    bold: list[str] = []
    links: list[str] = pointers
    parts = block.fields if isinstance(block, Entry) else block.cells
    if not parts and len(text) < 120 and (m := _EMPHASIS_PARTS_RE.match(text)) \
            and not find_dates(text):
        parts = (m["first"], m["rest"])
    if parts:
        cleaned = []
        for part in parts:
            cell, cell_bold, cell_links = clean_text(_clean(part).strip())
            cleaned.append(" ".join(cell.split()))
            bold += cell_bold
            links += cell_links
        cells = tuple(cleaned)
        text = " | ".join(c for c in cells if c)
    else:
        text, spans, found = clean_text(text)
        bold, links = list(spans), [*pointers, *found]
        text = " ".join(text.split())
    if not isinstance(block, Bullet):
        text = text.strip(" |")
    return _line(
        number=block.line, raw=raw, text=text, bullet=isinstance(block, Bullet),
        indent=block.indent, heading=block.level if isinstance(block, Heading) else 0,
        bold=whole_bold, bold_spans=tuple(bold), links=tuple(links),
        underlined=isinstance(block, Heading) and block.underlined, cells=cells,
        entry=isinstance(block, Entry), hints=block.hints if isinstance(block, Entry) else (),
        region=block.region, end=block.last_line,
        section=isinstance(block, Heading) and block.section)


def to_lines(blocks: Iterable[Block] | Iterable[str]) -> list[Line]:
    """Clean every block into a :class:`Line`, keeping its source line numbers.  Strings are
    read as the lines of a text file (numbered from 1), their marks read first."""
    items = list(blocks)
    if items and all(isinstance(item, str) for item in items):
        items = list(text_blocks(items))  # type: ignore[arg-type]
    return [_make(block) for block in items]  # type: ignore[arg-type]


_OPEN_END_RE = re.compile(r"[\w,;(&/+\-–]$")
_LOWER_WORD_RE = re.compile(r"\b[a-z]{3,}\b")  # prose, not a name line such as "Globex Inc."


def _dated_line(text: str) -> bool:
    """A line holding a date range, as an entry's line does; not the middle of a sentence
    (``olds from 2014 to 2019, teaching photography and``): lower case before the range
    and prose after it."""
    ranges = [span for span in find_dates(text) if span.is_range]
    if not ranges:
        return False
    return not (text[0].islower() and _LOWER_WORD_RE.search(text[ranges[-1].stop:]))


# "Tasks: ..." / "Atividades desenvolvidas: ...": a capitalised label opens a line of its
# own (an entry's field), never the wrapped end of the bullet above.
_OPENING_LABEL_RE = re.compile(r"^[^\W\d_]\w*(?:\s+\w+){0,2}:\s")


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
                and not _dated_line(line.text)
                and not (line.text[0].isupper() and _OPENING_LABEL_RE.match(line.text))
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
# after a fixed label, in the CV's language (``[europass]`` in the lexicon data).  Labels
# that carry no fact are dropped, the others become the ``Label: value`` forms the
# extractors read, or the bare value.
_EUROPASS_PREFIX: dict[str, str | None] = {
    "dates": "", "position": "Position: ", "employer": "Company: ", "qualification": "",
    "school": "", "subjects": "Coursework: ", "description": "", "dropped": None,
}
_EUROPASS_KEYS = frozenset({"dates", "position", "employer", "qualification", "school"})
_CEFR_ROW_RE = re.compile(r"^[^|]+(?:\|\s*[ABC][12]\s*){3,}$|^listening\b", re.I)
_EUROPASS_LINE_RE = re.compile(r"^(?P<label>[A-Z][^|]{1,60}?)\s*\|\s*(?P<value>.*)$")
_EUROPASS_CONTINUED_RE = re.compile(
    r"^(?:responsibilities|skills covered|providing education and training|"
    r"international classification|occupational field)\b\s*\|?\s*")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-"})


@cache
def _europass_prefix_re() -> re.Pattern[str]:
    """A known label of three words or more opening a line, the value after a plain space
    (``Nome e indirizzo del datore di lavoro Accenture``: a long label leaves no gap)."""
    long_labels = [w for w in vocabulary().europass if len(w.split()) >= 3]
    return re.compile(rf"^(?P<label>{alternation(long_labels)})\s+(?P<value>\S.*)$")


def _europass_label(text: str) -> tuple[str, str, str] | None:
    """(label, role, value) of a Europass form line, or None."""
    labels = vocabulary().europass
    if (m := _EUROPASS_LINE_RE.match(text)) is not None:
        label = m["label"].strip()
        role = labels.get(label_key(label))
        if role is None and ("/" in label or label.lower().endswith((" and", " or", "(s)"))
                             or label.lower() in ("address", "address(es)", "telephone",
                                                  "e-mail", "email", "fax")):
            role = "description"  # an unknown label of the form's shape: keep the value
        return (label, role, m["value"]) if role else None
    folded = fold(text).translate(_DASHES)
    if (m := _europass_prefix_re().match(folded)) is not None:
        return text[:m.end("label")], labels[label_key(m["label"])], text[m.start("value"):]
    return None


def europass_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines of a Europass CV with its label column read (``Occupation or position held |
    Engineer`` → ``Position: Engineer``); other documents unchanged."""
    labelled = sum(1 for line in lines if (found := _europass_label(line.text))
                   and found[1] in _EUROPASS_KEYS)
    if labelled < 3:
        return list(lines)
    out: list[Line] = []
    for line in lines:
        text = _EUROPASS_CONTINUED_RE.sub("", line.text)
        if text != line.text and text and out and out[-1].text:  # a value's second line
            out[-1] = replace(out[-1], text=f"{out[-1].text} {text}")
            continue
        if (found := _europass_label(text)) is not None:
            label, role, value = found
            if role == "headings":
                out.append(replace(line, text=label.strip(), heading=0, bullet=False,
                                   cells=()))
                prefix: str | None = ""
            else:
                prefix = _EUROPASS_PREFIX[role]
            if prefix is None:
                continue  # a label with no fact for the résumé (nationality, sector)
            out.append(replace(line, text=(prefix + value).strip(), bullet=False, cells=()))
            continue
        if (vocabulary().europass.get(label_key(text)) or (text != line.text and not text)
                or _CEFR_ROW_RE.match(text)):
            continue  # a label alone, an emptied continuation, a language grid's row
        out.append(replace(line, text=text.strip()) if text != line.text else line)
    return _employer_after_title(out)


def form_lines(lines: Sequence[Line]) -> list[Line]:
    """Jobs written as forms, often as bullets (``- Institución: Banco X`` / ``- Labor
    realizada: ...`` / ``- Periodo: 2019 - 2021``): in each run of two or more labelled
    lines, the labelled ones (and a ``Title:`` line opening the run) become the entry's
    header, just above its dates, and the other lines its body."""
    out: list[Line] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.text and not line.heading:
            run.append(line)
            continue
        out.extend(_form_run(run))
        run = []
        if line is not None:
            out.append(line)
    return out


def _form_run(run: list[Line]) -> list[Line]:
    labelled = {i: found[0] for i, line in enumerate(run) if (found := work_label(line.text))}
    fields = set(labelled.values())
    if len(labelled) < 2 or "dates" not in fields or not fields & {"employer", "title"}:
        return run
    taken = sorted(labelled)
    opener = taken[0] - 1  # "Analista de datos (jornada completa):" over the fields
    if (opener >= 0 and "title" not in fields and run[opener].text.endswith(":")
            and len(run[opener].text.split()) <= 10):
        run[opener] = replace(run[opener], text=run[opener].text.rstrip(" :"))
        taken.insert(0, opener)
    header = [replace(run[i], bullet=False) for i in taken if labelled.get(i) != "dates"]
    dates = [replace(run[i], bullet=False) for i in taken if labelled.get(i) == "dates"]
    start = taken[0]  # what precedes the form (a heading the sections have yet to find) stays
    return [*run[:start], *header, *dates,
            *(line for i, line in enumerate(run) if i > start and i not in taken)]


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


_DANGLING_RE = re.compile(
    r"(?:\s(?:of|and|for|&|the|de|la|le|les|du|des|at|in|der|für|und|di|del|et)|,)$", re.I)


# A line ending on a joining word, never a finished name: "Bharati College Of" / "Engineering".
_JOINER_END_RE = re.compile(r"\s(?:of|and|for|&|de|der|für|und|di|del|et)$", re.I)
# Written in lower case, a joining word leaves the line unfinished whatever follows
# ("hauteur de la" / "végétation"); capitalised it may end a name ("Kai Du").
_LOWER_JOINER_END_RE = re.compile(
    r"\s(?:of|and|for|&|the|de|la|le|les|du|des|der|für|und|di|del|et)$")


def join_dangling(lines: Sequence[Line]) -> list[Line]:
    """A line cut after ``of`` / ``and`` / a comma, and carried on by an indented line (a
    date column's hanging text: ``2020 – present | Assistant, Georgia Institute of`` /
    ``    Technology``), joined again so the carried word is not read as a heading."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (prev is not None and prev.text and line.text and not line.bullet
                and (line.indent > prev.indent or (
                    not prev.heading and line.number == max(prev.end, prev.number) + 1
                    and ((_JOINER_END_RE.search(prev.text) and line.text[:1].isupper())
                         or (_LOWER_JOINER_END_RE.search(prev.text)
                             and line.text[:1].isalpha()))))
                and _DANGLING_RE.search(prev.text)
                and not line.heading and len(line.text.split()) <= 6):
            out[-1] = replace(prev, text=f"{prev.text} {line.text}")
            continue
        out.append(line)
    return out

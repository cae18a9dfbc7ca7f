"""Plain text and Markdown lines into typed blocks: headings, bullets, table rows, lines.

Text résumés mark their structure with characters: ``#`` and ``===`` underlines for
headings, ``-``/``•``/``1.`` for list items, ``| a | b |`` for tables, and runs of spaces or
tabs between columns (a title left, its dates flush right).  This module reads those marks
once, for the text and Markdown readers (and for other readers' text fallbacks); inline
markup (``**bold**``, links) stays in the text for the segmenter, which every reader shares.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..document import Block, Bullet, Heading, TableRow, TextLine

__all__ = ["text_blocks", "unlatex"]

_BULLET_RE = re.compile(
    r"^\s*(?:[-*+•∘◦▪▫‣·●○■□►▸➢➤✓✔–](?=\s|$)|[\uf0b7\uf0a7\uf076\uf0d8\uf0fc])\s*"
)
# "1. Wrote Go services ...": a numbered item of some length (a numbered heading such as
# "2. Education" is not one).
_NUMBERED_RE = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S+(?:\s+\S+){3})")
_HEADING_RE = re.compile(r"^\s*(#{1,6})\s+")
_FIELD_LABEL_RE = re.compile(r"[A-Z][\w ]{1,24}?\s*:\s*\S")
_PADDED_LABEL_RE = re.compile(r"[ \t]{2,}:")
_WIDE_GAP_RE = re.compile(r"\s*\t+\s*| {3,}")
_RULE_RE = re.compile(r"^\s*(?:[=_~*#·•─━—–-]\s*){3,}$")  # setext underlines and rules
# Word field codes a "save as text" keeps before the field's shown text:
# ``HYPERLINK "mailto:a@b.org" a@b.org``, ``HYPERLINK \l "_Toc1"``.
_FIELD_CODE_RE = re.compile(r'(?:(?<=\s)|^)(?:HYPERLINK|MERGEFIELD)(?:\s+\\[a-z])*\s+"[^"]*"\s*')
_PAGE_RE = re.compile(r"^\s*(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$|^\s*-\s*\d{1,3}\s*-\s*$",
                      re.I)
_TABLE_ROW_RE = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_UNDERLINE_RE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
_LATEX_BULLET_RE = re.compile(
    r"\$\s*\\(?:bullet|circ|cdot|star|diamond|triangleright|ast|diamondsuit)\s*(?:\\[,;:! ]\s*)*\$"
)
_MATH_RE = re.compile(r"\$([^$]*)\$")


def _math(m: re.Match[str]) -> str:
    body = m.group(1)
    body = re.sub(r"\\text\w*\{([^}]*)\}", r"\1", body)
    body = body.replace("\\times", "×").replace("\\%", "%")
    body = re.sub(r"\\[,;:! ]", " ", body)
    body = re.sub(r"\\[A-Za-z]+", " ", body)
    return body.replace("{", "").replace("}", "").strip()


def unlatex(text: str) -> str:
    """LaTeX math left in a text export (``$\\bullet$``, ``$\\times$``) as plain text."""
    text = _LATEX_BULLET_RE.sub(" • ", text)
    text = text.replace("\\$", "\x01")
    text = _MATH_RE.sub(_math, text)
    return text.replace("\x01", "$")


def _indent(raw: str) -> int:
    expanded = raw.expandtabs(4) if "\t" in raw else raw
    return len(expanded) - len(expanded.lstrip())


_TRANSLATE = str.maketrans({"\u00a0": " ", "\u200b": "", "\r": "", "’": "'", "‘": "'"})


def _block(number: int, raw: str) -> Block:
    if not raw.isascii():
        raw = raw.translate(_TRANSLATE)
    if not raw.strip() or _PAGE_RE.match(raw) or _RULE_RE.match(raw):
        return TextLine("", number)  # a page footer ("1 / 1", "Page 2 of 3") says nothing
    indent = _indent(raw)
    text = raw.replace("\r", "") if "\r" in raw else raw
    if text.rstrip().endswith("\\"):
        text = text.rstrip().rstrip("\\")  # Markdown's hard line break ("Title\\"), not text
    if "$" in text:
        text = unlatex(text)
    if "HYPERLINK" in text or "MERGEFIELD" in text:
        text = _FIELD_CODE_RE.sub("", text)  # a Word field's code left in a text export
    if "|" in text and _TABLE_RULE_RE.match(text):
        return TextLine("", number)  # a Markdown table's |---|---| rule
    if "|" in text and _TABLE_ROW_RE.match(text):
        cells = tuple(c.strip() for c in text.strip().strip("|").split("|"))
        if len(cells) >= 2:
            return TableRow(" | ".join(c for c in cells if c), number, indent=indent,
                            cells=cells)
    if "#" in text and (m := _HEADING_RE.match(text)):
        return Heading(text[m.end():].strip(), number, indent=indent, level=len(m.group(1)))
    bullet = False
    marker = ""
    while m := _BULLET_RE.match(text):
        bullet = True
        text = text[m.end():]
    if not bullet and (m := _NUMBERED_RE.match(text)):
        # "1) Company : Redco Ltd": a numbered entry of form fields, not a list item
        bullet = not _FIELD_LABEL_RE.match(text[m.end():])
        marker = m.group().strip() if bullet else ""
        text = text[m.end():]
    text, cells = _cells(text.strip())
    if bullet:  # "• Date (from – to)      2017 – 2019": a form's label column, bulleted
        return Bullet(" ".join(text.split()), number, indent=indent, depth=indent // 2,
                      marker=marker, cells=cells)
    return TextLine(text, number, indent=indent, cells=cells)


def _cells(text: str) -> tuple[str, tuple[str, ...]]:
    """A line's columns where a tab or a wide gap of spaces sets them apart."""
    if "\t" not in text and "   " not in text:
        return text, ()
    if ":" in text:  # "Duration      : 2018": a label padded to align, no column gap
        text = _PADDED_LABEL_RE.sub(" :", text)
    parts = [p.strip() for p in _WIDE_GAP_RE.split(text) if p.strip()]
    if len(parts) < 2:
        return text, ()
    return " | ".join(parts), tuple(parts)


def text_blocks(raw_lines: Iterable[str]) -> tuple[Block, ...]:
    """One block per source line, numbered from 1 as in the file."""
    raws = list(raw_lines)
    blocks = [_block(number, raw) for number, raw in enumerate(raws, start=1)]
    for index in range(1, len(blocks)):
        if "-" in raws[index] or "=" in raws[index]:  # the common case skips the regex
            _underlined(blocks, raws, index)
    return tuple(blocks)


def _underlined(blocks: list[Block], raws: Sequence[str], index: int) -> None:
    """A line underlined with ``====`` or ``----`` (plain text, Markdown's Setext form) is a
    heading: level 1 for ``=``, 2 for ``-``.  The underline must be about as long as the
    text, so a rule that merely follows a paragraph line is not read as one."""
    above = blocks[index - 1]
    if (not above.text or not isinstance(above, TextLine)
            or not _UNDERLINE_RE.match(raws[index])):
        return
    width = len(raws[index].strip())
    if width < 0.5 * len(raws[index - 1].strip()) or len(above.text.split()) > 8:
        return
    blocks[index - 1] = Heading(above.text, above.line, indent=above.indent,
                                level=1 if "=" in raws[index] else 2, underlined=True)

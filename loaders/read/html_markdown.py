"""Markdown as personal sites write it: front matter, Liquid, and raw HTML among the lines.

Static-site CVs (Jekyll, Hugo, academicpages) open with YAML front matter, loop over data
with Liquid (``{% for pub in site.publications %}``) and drop into HTML for what Markdown
does poorly: ``<ol><li>`` publication lists spanning several lines, ``<b>`` for the owner
among the authors, ``<i>`` venues, ``<a class="button">`` links, ``<br/>``, and
``<details><summary>`` folding a job's duties under a caption.  This module turns those into
the Markdown the block reader reads, as *logical lines* that keep the span of source lines
they came from: an ``<li>`` written over six lines is one list item citing all six.

The HTML is tokenised with a regular expression over the tags a CV uses, not parsed into
a tree: the rest of the file is Markdown, which an HTML parser would mangle (``<https://x>``
autolinks, ``a < b``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

import yaml

__all__ = ["LogicalLine", "front_matter_lines", "front_matter_owner", "has_markup",
           "logical_lines"]

_TAGS = ("ol|ul|li|b|strong|i|em|a|br|p|div|span|h[1-6]|sup|sub|u|small|big|font|center|"
         "section|article|header|footer|table|thead|tbody|tr|td|th|dl|dt|dd|hr|img|code|tt|"
         "details|summary")
_TAG_RE = re.compile(rf"<(?P<close>/?)(?P<name>{_TAGS})\b(?P<attrs>[^<>]*?)(?P<self>/?)>", re.I)
_ANY_TAG_RE = re.compile(rf"</?(?:{_TAGS})\b[^<>]*>", re.I)
_OPEN_TAG_RE = re.compile(rf"<(?:{_TAGS})\b[^<>]*$", re.I)
_LIQUID_RE = re.compile(r"\{%.*?%\}|\{\{.*?\}\}")
_HREF_RE = re.compile(r"""href\s*=\s*["']([^"']*)["']""", re.I)
_BUTTON_RE = re.compile(r"""class\s*=\s*["'][^"']*\b(?:button|btn|badge)\b""", re.I)
_FRONT_MATTER = re.compile(r"^-{3}\s*$")


@dataclass(frozen=True)
class LogicalLine:
    """One line of Markdown and the source lines it was written on."""

    text: str
    first: int
    last: int


def has_markup(lines: Sequence[str]) -> bool:
    """Whether the file holds front matter, Liquid or HTML tags a CV uses."""
    head = lines[0] if lines else ""
    return bool(_FRONT_MATTER.match(head)) or any(
        "{%" in line or "{{" in line or ("<" in line and _ANY_TAG_RE.search(line))
        for line in lines)


def logical_lines(lines: Sequence[str]) -> list[LogicalLine]:
    """The file's lines with front matter and Liquid dropped and HTML turned into
    Markdown; each keeps the first and last source line it covers.  Front matter that
    names the owner (R Markdown's ``name:``/``surname:``) stays as the title and contact
    lines it gives, each on the line of its key."""
    start = _front_matter_end(lines)
    owner = {line.first: line for line in front_matter_owner(lines[:start])}
    out: list[LogicalLine] = [owner.get(n, LogicalLine("", n, n)) for n in range(1, start + 1)]
    converter = _Converter(out)
    for number, raw in enumerate(lines[start:], start=start + 1):
        converter.feed(_LIQUID_RE.sub("", raw), number)
    converter.close()
    return out


# Front matter keys for the owner's name, given name first (R Markdown vitae, Hugo, Jekyll).
_GIVEN_KEYS = ("name", "firstname", "first_name", "givenname", "given_name", "author")
_FAMILY_KEYS = ("surname", "lastname", "last_name", "familyname", "family_name")
# Keys whose value is a contact detail or the headline, printed under the name.
_DETAIL_KEYS = ("position", "email", "phone", "mobile", "address", "location", "www",
                "website")
_KEY_RE = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:")


def front_matter_owner(lines: Sequence[str]) -> list[LogicalLine]:
    """The owner's name as a ``# title`` and the contact details, as the front matter
    gives them (``name: Ana`` / ``surname: Ruiz Soto`` / ``email: ...``), each at the line of
    its key.  Front matter that is not YAML, or names nobody, gives nothing."""
    if len(lines) < 3:
        return []
    try:
        data = yaml.safe_load("\n".join(lines[1:-1]))
    except yaml.YAMLError:
        return []
    if not isinstance(data, dict):
        return []
    where = {m["key"].lower(): number for number, line in enumerate(lines, start=1)
             if (m := _KEY_RE.match(line))}
    values = {str(k).lower(): v for k, v in data.items() if isinstance(v, str) and v.strip()}
    out: list[LogicalLine] = []
    given = next((k for k in _GIVEN_KEYS if k in values), None)
    family = next((k for k in _FAMILY_KEYS if k in values), None)
    if given is not None and given in where:
        name = " ".join(values[k].strip() for k in (given, family) if k is not None)
        out.append(LogicalLine(f"# {name}", where[given], where[given]))
    for key in _DETAIL_KEYS:
        if key in values and key in where and out:
            out.append(LogicalLine(" ".join(values[key].split()), where[key], where[key]))
    return out


def front_matter_lines(lines: Sequence[str]) -> int:
    """How many lines the YAML front matter takes (0 when there is none)."""
    return _front_matter_end(lines)


def _front_matter_end(lines: Sequence[str]) -> int:
    """How many lines the YAML front matter takes (0 when there is none)."""
    if not lines or not _FRONT_MATTER.match(lines[0]):
        return 0
    for index in range(1, min(len(lines), 200)):
        if _FRONT_MATTER.match(lines[index]) or lines[index].strip() == "...":
            return index + 1
    return 0


class _Converter:
    """Streams source lines, emitting logical lines; inside a list item the text runs on
    over line breaks until the item closes."""

    def __init__(self, out: list[LogicalLine]) -> None:
        self.out = out
        self.buffer: list[str] = []
        self.first = 0
        self.last = 0
        self.item_depth = 0
        self.link: tuple[str, bool, list[str]] | None = None
        self.partial = ""

    def emit(self) -> None:
        text = html.unescape(" ".join("".join(self.buffer).split()) if self.item_depth == 0
                             or self.buffer else "")
        if self.buffer or self.first:
            self.out.append(LogicalLine(text, self.first or self.last, self.last))
        self.buffer, self.first = [], 0

    def write(self, text: str, number: int) -> None:
        if self.link is not None:
            self.link[2].append(text)
            return
        if text and not self.first:
            self.first = number
        self.buffer.append(text)
        self.last = number

    def feed(self, raw: str, number: int) -> None:
        if self.partial:
            raw, self.partial = f"{self.partial} {raw.strip()}", ""
        if _OPEN_TAG_RE.search(raw):
            self.partial = raw  # a tag written over two lines (<a class="button"\nhref=...>)
            self.last = number
            return
        self.last = number
        if self.item_depth or self.link is not None:
            self.write(" ", number)  # a list item running on over a line break
        if "<" not in raw or not _ANY_TAG_RE.search(raw):
            if self.item_depth or self.link is not None:
                self.write(raw.strip(), number)
                return
            self.first = number
            self.buffer = [raw]
            self.emit()
            return
        position = 0
        for match in _TAG_RE.finditer(raw):
            self.write(raw[position:match.start()], number)
            position = match.end()
            self.tag(match, number)
        self.write(raw[position:], number)
        if not self.item_depth and self.link is None:
            self.emit()
        else:
            self.write(" ", number)

    def tag(self, match: re.Match[str], number: int) -> None:
        name = match["name"].lower()
        closing = bool(match["close"])
        if name == "li":
            if self.buffer and "".join(self.buffer).strip():
                self.emit()
            if closing:
                self.item_depth = max(0, self.item_depth - 1)
            else:
                self.item_depth += 1
                self.first = number
                self.buffer = ["- "]
        elif name in ("b", "strong"):
            self.write("**", number)
        elif name in ("i", "em"):
            self.write("*", number)
        elif name == "a":
            if closing and self.link is not None:
                href, button, parts = self.link
                self.link = None
                label = " ".join("".join(parts).split())
                if not button and label:
                    self.write(f"[{label}]({href})" if href and href != label else label, number)
            elif not closing:
                href = _HREF_RE.search(match["attrs"])
                self.link = (href.group(1) if href else "", bool(_BUTTON_RE.search(
                    match["attrs"])), [])
        elif name in ("br", "hr", "p", "div", "ol", "ul", "tr", "section", "article",
                      "header", "footer", "table", "dl", "dt", "dd", "center",
                      "details", "summary"):  # a folded block's caption: a line of its own
            if self.item_depth:
                self.write(" ", number)
            elif self.buffer and "".join(self.buffer).strip():
                self.emit()
        elif name in ("td", "th") and not closing:
            self.write(" | ", number)
        elif name.startswith("h") and len(name) == 2:
            if self.buffer and "".join(self.buffer).strip():
                self.emit()
            if not closing:
                self.first = number
                self.buffer = ["#" * int(name[1]) + " "]
            else:
                self.emit()

    def close(self) -> None:
        if self.partial:
            partial, self.partial = self.partial, ""
            self.write(partial, self.last)
        if self.link is not None:
            self.write(" ".join("".join(self.link[2]).split()), self.last)
            self.link = None
        if self.buffer and "".join(self.buffer).strip():
            self.item_depth = 0
            self.emit()

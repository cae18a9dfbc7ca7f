"""A résumé file as its reader saw it: typed blocks with their source lines.

Readers (one per format, :mod:`.read`) turn bytes into a :class:`Document`.  What a reader
can tell apart it keeps apart, so no later stage has to guess it back from flattened text:

* :class:`Heading` — a section or document heading (Markdown ``#``, a Word heading style, a
  large or bold PDF line, ``\\section``);
* :class:`Entry` — a dated item whose parts the reader separated (a LaTeX entry macro's
  arguments, a DOCX table row or tab-separated line, a PDF line with a date set apart):
  its ``fields`` in reading order, and the reader's ``hints`` of what each may be;
* :class:`Bullet` — a list item;
* :class:`TableRow` — a row of a table that is data, its cells in order;
* :class:`TextLine` — any other line; an empty one is a paragraph break.

Every block knows its first and last source line (what ``Source.line_start``/``line_end``
point at) and its layout ``region`` (0 for the main flow; a sidebar read apart from it gets
its own number).  Structured formats (JSON Resume) need no extraction: their reader sets
``structured`` instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Resume

__all__ = ["Block", "Bullet", "Document", "Entry", "Heading", "TableRow", "TextLine"]


@dataclass(frozen=True, slots=True)
class Block:
    """What every block has: its text on one line and where it came from.

    ``text`` may hold light inline Markdown (``**bold**``, ``[label](url)``), the one
    inline markup every reader writes and the segmenter reads; ``cells`` are parts the
    reader separated (table cells, columns set apart by a wide gap).
    """

    text: str
    line: int
    end_line: int = 0
    region: int = 0
    cells: tuple[str, ...] = ()
    bold: bool = False
    indent: int = 0

    @property
    def last_line(self) -> int:
        return max(self.line, self.end_line)


@dataclass(frozen=True, slots=True)
class Heading(Block):
    """A heading; ``level`` 1 is the document title, 2 a section, more a sub-heading.
    ``section`` marks one the document's own markup declares a section (LaTeX's
    ``\\section``), a boundary whatever its words say."""

    level: int = 2
    underlined: bool = False
    section: bool = False


@dataclass(frozen=True, slots=True)
class Entry(Block):
    """A dated item with its parts apart: ``fields`` in reading order and, for each, the
    reader's ``hints`` (``"date"``, ``"title"``, ``"org"``, ``"place"``, ``"note"`` or
    ``""``) when a template says what it holds.  Extractors decide from the content first:
    authors fill templates in their own order."""

    fields: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Bullet(Block):
    """A list item; ``depth`` 0 is the outer list; ``marker`` the number of a numbered item
    (``3.``), which may also number a heading (``3. Education``)."""

    depth: int = 0
    marker: str = ""


@dataclass(frozen=True, slots=True)
class TableRow(Block):
    """A row of a data table (the cells are in ``cells``)."""


@dataclass(frozen=True, slots=True)
class TextLine(Block):
    """A line of text; an empty one separates paragraphs."""


@dataclass(frozen=True)
class Document:
    """One résumé file read into memory.

    ``blocks`` are in reading order; ``structured`` is set by readers of structured
    formats (JSON Resume), which need no text extraction.  ``warnings`` are what the
    reader could not do (an ``\\input`` it refused, a layout it could not order).
    """

    path: str
    format: str
    sha256: str
    blocks: tuple[Block, ...] = ()
    structured: Resume | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        """The whole text, a block per line."""
        return "\n".join(block.text for block in self.blocks)

    @classmethod
    def from_text(cls, path: str, fmt: str, sha256: str,
                  lines: tuple[str, ...] | list[str]) -> Document:
        """A document of text or Markdown lines, numbered from 1, their marks read."""
        from .read.markdown import text_blocks  # the reader module imports this one

        return cls(path=path, format=fmt, sha256=sha256, blocks=text_blocks(lines))

"""Markdown whose body is raw LaTeX: R Markdown and Pandoc CV templates pass the template's
macros through (``\\cventry{...}`` under ``# Experience``), so the Markdown reader sees
only lines of commands.  Such a file is read by the LaTeX reader, its Markdown headings
as sections and its front matter's owner first; any other Markdown file as Markdown.

A module of its own because it joins two readers: the LaTeX reader decodes its text with
:mod:`.text`, so :mod:`.text` cannot call it."""

from __future__ import annotations

import dataclasses
import re

from ..document import Block, Document
from ..errors import InputError
from .html_markdown import front_matter_lines
from .tex import read_tex
from .text import decode_text, markdown_blocks, sha256_hex, split_lines

__all__ = ["MIN_LATEX_SHARE", "read_markdown_file"]


def read_markdown_file(path: str, data: bytes) -> Document:
    """Read a ``.md`` résumé: as LaTeX when its body is LaTeX (see the module docstring),
    else as Markdown (:func:`~.text.read_markdown`)."""
    lines = split_lines(decode_text(path, data))
    blocks = markdown_blocks(lines)
    if _latex_body(lines) and (latex := _read_latex_body(path, data, lines, blocks)):
        return latex
    return Document(path=path, format="markdown", sha256=sha256_hex(data), blocks=blocks)


#: Share of a Markdown file's text lines that are LaTeX commands past which its body is
#: LaTeX (R Markdown and Pandoc templates pass raw LaTeX through: ``\cventry{...}``).
MIN_LATEX_SHARE = 0.3
_LATEX_LINE_RE = re.compile(r"^\s*\\(?:begin|end|item|[a-zA-Z]+\{)")
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")


def _latex_body(lines: tuple[str, ...]) -> bool:
    """Whether the body is mostly LaTeX commands, with entry macros among them."""
    text = [line for line in lines if line.strip()]
    latex = sum(1 for line in text if _LATEX_LINE_RE.match(line))
    return latex >= 5 and latex >= MIN_LATEX_SHARE * len(text)


def _read_latex_body(path: str, data: bytes, lines: tuple[str, ...],
                     blocks: tuple[Block, ...]) -> Document | None:
    """A Markdown file whose body is raw LaTeX, read by the LaTeX reader: its Markdown
    headings as sections, its front matter's owner (the blocks read from it) first.  The
    LaTeX reader numbers its blocks in reading order, as it does for a ``.tex`` file.
    None when the LaTeX reader does not take it for a résumé."""
    start = front_matter_lines(lines) + 1
    body = [f"\\section{{{m[1]}}}" if (m := _MD_HEADING_RE.match(line)) else line
            for line in lines[start - 1:]]
    try:
        latex = read_tex(path, "\n".join(body).encode())
    except InputError:
        return None
    head = [b for b in blocks if b.text and b.line < start]
    numbered = [dataclasses.replace(b, line=n, end_line=0)
                for n, b in enumerate([*head, *latex.blocks], start=1)]
    return Document(path=path, format="markdown", sha256=sha256_hex(data),
                    blocks=tuple(numbered), warnings=latex.warnings)

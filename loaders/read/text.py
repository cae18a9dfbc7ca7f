"""Plain-text and Markdown résumés: bytes to numbered lines.

The decoding helpers here are shared by every reader of text-based formats (Markdown, JSON
Resume, LaTeX): they are where "is this text at all, and in which encoding" is decided once.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import logging
import re
import unicodedata

import ftfy

from ..document import Block, Document
from ..errors import InputError
from .html_markdown import has_markup, logical_lines
from .markdown import text_blocks

__all__ = ["decode_text", "markdown_blocks", "read_markdown", "read_text", "sha256_hex",
           "split_lines"]

logger = logging.getLogger(__name__)

#: Share of control characters (other than tab, newline, carriage return, form feed) above
#: which a decoded file is taken for binary data rather than text.
MAX_CONTROL_RATIO = 0.01

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Unicode category Cc (C0 controls, DEL and C1 controls) less tab, newline, carriage
#: return and form feed: one regex pass instead of a category look-up per character.
_BAD_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NEWLINE = re.compile(r"\r\n|\r|\n")
#: The lead byte of a two-byte UTF-8 letter read as Latin-1 (Ã, Â) before a continuation
#: byte read the same way (U+0080-U+00BF): what double-encoded text looks like, and what
#: text in any language almost never holds.
_MOJIBAKE_RE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]")


def sha256_hex(data: bytes) -> str:
    """The hex sha256 of the file bytes: the identity of a résumé version."""
    return hashlib.sha256(data).hexdigest()


def decode_text(path: str, data: bytes) -> str:
    """Decode a text file whose encoding nobody declared.

    A BOM wins; then strict UTF-8; then UTF-8 with replacement when the bytes are clearly
    UTF-8 with a few broken sequences; then cp1252 (a superset of Latin-1's printable range,
    and what Windows editors write); Latin-1 last, since it accepts any byte.  Raises
    :class:`InputError` for binary data (NUL bytes, many control characters) and for files
    that hold only whitespace.
    """
    text = _decode(path, data)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(path, "empty file (only whitespace)")
    if _MOJIBAKE_RE.search(text):
        # UTF-8 once read as Latin-1 or cp1252 and saved again: "InvestigaciÃ³n" is
        # "Investigación"; ftfy undoes exactly that, and only where the result is better text
        text = ftfy.fix_encoding(text)
    controls = len(_BAD_CONTROL_RE.findall(text))
    if controls and controls > MAX_CONTROL_RATIO * len(text):
        raise InputError(path, "binary data, not text (control characters)")
    return unicodedata.normalize("NFC", text)


def split_lines(text: str) -> tuple[str, ...]:
    """Split on ``\\r\\n``, ``\\r`` and ``\\n`` only, so line numbers match an editor's.

    ``str.splitlines`` would also split on form feeds and Unicode separators and shift every
    later line number.  A final newline does not start an extra empty line.
    """
    lines = _NEWLINE.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return tuple(lines)


def read_text(path: str, data: bytes) -> Document:
    """Read a plain-text résumé (``.txt``, ``.text``)."""
    return _document(path, data, "text")


def read_markdown(path: str, data: bytes) -> Document:
    """Read a Markdown résumé (``.md``, ``.markdown``), front matter, Liquid and raw HTML
    included (:mod:`.html_markdown`)."""
    blocks = markdown_blocks(split_lines(decode_text(path, data)))
    return Document(path=path, format="markdown", sha256=sha256_hex(data), blocks=blocks)


def markdown_blocks(lines: tuple[str, ...]) -> tuple[Block, ...]:
    """The blocks of Markdown ``lines``, each numbered by the source lines it spans."""
    if not has_markup(lines):
        return text_blocks(lines)
    logical = logical_lines(lines)
    return tuple(dataclasses.replace(block, line=span.first, end_line=span.last)
                 for block, span in zip(text_blocks([ln.text for ln in logical]), logical,
                                        strict=True))


def _document(path: str, data: bytes, fmt: str) -> Document:
    lines = split_lines(decode_text(path, data))
    return Document(path=path, format=fmt, sha256=sha256_hex(data), blocks=text_blocks(lines))


def _decode(path: str, data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(path, f"not valid {encoding} text after its BOM") from err
    bom_less_utf16 = _guess_utf16(data)
    if bom_less_utf16:
        try:
            return data.decode(bom_less_utf16)
        except UnicodeDecodeError:
            logger.debug("%s: looked like %s but is not", path, bom_less_utf16)
    if b"\x00" in data:
        raise InputError(path, "binary data, not text (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    if good > broken:
        logger.info("%s: UTF-8 with %d undecodable byte(s), replaced", path, broken)
        return lenient
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text then has a NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0) / (len(data) // 2)
    odd_nuls = data[1::2].count(0) / (len(data) // 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


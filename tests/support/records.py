"""Parse a made-up résumé written inline in a test, as the parser's tests need it."""

from __future__ import annotations

import hashlib

from talentgraph.loaders import Document, extract, to_json_resume
from talentgraph.loaders.segment.lines import Line, to_lines

__all__ = ["lines_of", "record_of"]


def record_of(text: str, name: str = "cv.txt") -> dict:
    """The JSON Resume record of ``text`` read as a file called ``name`` (its suffix is
    the format)."""
    data = text.encode()
    return to_json_resume(extract(Document.from_text(
        name, name.rsplit(".", 1)[-1], hashlib.sha256(data).hexdigest(),
        tuple(text.splitlines()))))


def lines_of(text: str) -> list[Line]:
    """The cleaned lines of ``text``."""
    return to_lines(text.splitlines())

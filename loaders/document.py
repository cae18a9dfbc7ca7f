"""The text of one résumé file, as readers hand it to the extractors.

Readers (one module per format) turn bytes into a :class:`Document`: numbered text lines
for the free-text formats, or an already structured :class:`~talentgraph.loaders.models.Resume`
for structured formats such as JSON Resume.  Extractors only ever see a ``Document``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Resume

__all__ = ["Document"]


@dataclass(frozen=True)
class Document:
    """One résumé file read into memory.

    ``lines[i]`` is line ``i + 1`` of the text; sources in the extracted records point at
    these numbers.  ``structured`` is set by readers of structured formats (JSON Resume),
    which need no text extraction.
    """

    path: str
    format: str
    sha256: str
    lines: tuple[str, ...] = ()
    structured: Resume | None = None

    @property
    def text(self) -> str:
        """The whole text, lines joined by newlines."""
        return "\n".join(self.lines)

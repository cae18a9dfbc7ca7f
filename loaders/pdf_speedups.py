"""A faster, exactly equivalent ``TextStateParams.word_tx`` for pypdf's layout mode.

Layout-mode extraction measures every text run character by character: ``word_tx`` calls
``Font.get_text_width`` once per character, which builds a one-item list and sums it.  That
was the largest single cost of reading a PDF résumé.  The replacement adds the same widths
in the same order (so the same floats come out) without the per-character calls.  It is
installed only when pypdf's two functions are, token for token, the ones it replaces; any
other pypdf version keeps its own.
"""

from __future__ import annotations

import hashlib
import inspect
import logging
from typing import Any

__all__ = ["install"]

logger = logging.getLogger(__name__)

_original: Any = None  # pypdf's word_tx, for fonts of another class
_font_class: Any = None

#: sha256 of the source of ``TextStateParams.word_tx`` and ``Font.get_text_width`` (pypdf 6.x)
_KNOWN = {
    "word_tx": "116ef7d6a894ffadcdf301f3c0adfca06ff3f7a9b304430d92c3174a64a92ea6",
    "get_text_width": "2102f1809a78341cd7866030ff026c58ecede338def241f4c5f2dc4a2d30caf3",
}


def _fingerprint(function: Any) -> str:
    source = inspect.getsource(function)
    return hashlib.sha256(" ".join(source.split()).encode()).hexdigest()


def _word_tx(self: Any, word: bytes | str, td_offset: float = 0.0) -> float:
    """Horizontal text displacement of ``word`` in this text state (pypdf's ``word_tx``)."""
    font = self.font
    if type(font) is not _font_class:
        return _original(self, word, td_offset)
    width: float = 0.0
    if isinstance(word, bytes):
        word = self._raw_chars
    space_char, space_width, widths = font.space_char, font.space_width, font.character_widths
    get = widths.get
    for char in word:
        if char == space_char:
            width += space_width
        else:
            width += get(char, widths["default"])  # Font.get_text_width of one character
    return (
        (self.font_size * ((width - td_offset) / 1000.0))
        + len(word) * self.Tc
        + word.count(space_char) * self.Tw
    ) * (self.Tz / 100.0)


def install() -> bool:
    """Put :func:`_word_tx` in place when pypdf's code is the known one; True if it was."""
    global _original, _font_class
    if _original is not None:
        return True  # already in place
    try:
        from pypdf._text_extraction._layout_mode._text_state_params import TextStateParams
        from pypdf.generic._font import Font
        found = {"word_tx": _fingerprint(TextStateParams.word_tx),
                 "get_text_width": _fingerprint(Font.get_text_width)}
    except (ImportError, AttributeError, OSError, TypeError):
        return False
    if found != _KNOWN:
        logger.debug("pypdf layout internals differ from the known ones; not patched")
        return False
    _original, _font_class = TextStateParams.word_tx, Font
    TextStateParams.word_tx = _word_tx  # type: ignore[method-assign]
    return True

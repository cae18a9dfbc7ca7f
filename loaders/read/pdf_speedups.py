"""Faster, exactly equivalent ``TextStateParams`` methods for pypdf's layout mode.

Layout-mode extraction measures every text run character by character: ``word_tx`` calls
``Font.get_text_width`` once per character, which builds a one-item list and sums it, and
``__post_init__`` decodes each run's bytes through three generator expressions.  Those were
the largest costs of reading a PDF résumé.  The replacements add the same widths in the same
order (so the same floats come out) and decode to the same strings, without per-character
Python calls.  They are installed only when pypdf's functions are, token for token, the
ones they replace; any other pypdf version keeps its own.
"""

from __future__ import annotations

import hashlib
import inspect
import logging
import math
from typing import Any

__all__ = ["install"]

logger = logging.getLogger(__name__)

_original: Any = None  # pypdf's word_tx, for fonts of another class
_original_init: Any = None  # pypdf's __post_init__, likewise
_mult: Any = None  # pypdf's matrix helpers, as its __post_init__ uses them
_orient: Any = None
_font_class: Any = None

#: sha256 of the source of ``TextStateParams.word_tx`` and ``Font.get_text_width`` (pypdf 6.x)
_KNOWN = {
    "word_tx": "116ef7d6a894ffadcdf301f3c0adfca06ff3f7a9b304430d92c3174a64a92ea6",
    "get_text_width": "2102f1809a78341cd7866030ff026c58ecede338def241f4c5f2dc4a2d30caf3",
    "__post_init__": "34d258c8f17907df041c9b27e27dfee0ee74d7e3657e8c7b13e5f5b257383861",
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


def _post_init(self: Any) -> None:
    """pypdf's ``TextStateParams.__post_init__`` with the run's bytes decoded in bulk."""
    font = self.font
    if type(font) is not _font_class:
        _original_init(self)
        return
    value = self.value
    if isinstance(value, bytes):
        decoded_value = ""
        encoding = font.encoding
        if isinstance(encoding, str):
            try:
                self._raw_chars = value.decode(encoding, "surrogatepass")
            except UnicodeDecodeError:
                self._raw_chars = value.decode(encoding, "replace")
        else:
            self._raw_chars = value.decode("latin-1")  # chr() of every byte
            decoded_value = "".join([encoding.get(x, chr(x)) for x in value])
        chars = decoded_value or self._raw_chars
        self.text = "".join(map(font.character_map.get, chars, chars))  # .get(x, x)
    else:
        self.text = value
    _rest_of_post_init(self)


def _rest_of_post_init(self: Any) -> None:
    mult, orient = _mult, _orient
    if orient(self.transform) in (90, 270):
        self.transform = mult(
            [1.0, -self.transform[1], -self.transform[2], 1.0, 0.0, 0.0],
            self.transform,
        )
        self.rotated = True
    if orient(self.transform) == 180 and self.transform[0] < -1e-6:
        self.transform = mult([-1.0, 0.0, 0.0, -1.0, 0.0, 0.0], self.transform)
        self.rotated = True
    self.displaced_tx = self.displaced_transform()[4]
    self.tx = self.transform[4]
    self.ty = self.render_transform()[5]
    self.space_tx = round(self.word_tx(self.font.space_char), 3)
    if self.space_tx < 1e-6:
        self.space_tx = round(self.word_tx("", -self.font.space_width), 3)
    self.font_height = self.font_size * math.sqrt(
        self.transform[1] ** 2 + self.transform[3] ** 2
    )
    self.flip_vertical = self.transform[3] < -1e-6


def install() -> bool:
    """Put :func:`_word_tx` in place when pypdf's code is the known one; True if it was."""
    global _original, _original_init, _font_class, _mult, _orient
    if _original is not None:
        return True  # already in place
    try:
        from pypdf._text_extraction import mult, orient
        from pypdf._text_extraction._layout_mode._text_state_params import TextStateParams
        from pypdf.generic._font import Font
        found = {"word_tx": _fingerprint(TextStateParams.word_tx),
                 "get_text_width": _fingerprint(Font.get_text_width),
                 "__post_init__": _fingerprint(TextStateParams.__post_init__)}
    except (ImportError, AttributeError, OSError, TypeError):
        return False
    if found != _KNOWN:
        logger.debug("pypdf layout internals differ from the known ones; not patched")
        return False
    _original, _font_class = TextStateParams.word_tx, Font
    _original_init, _mult, _orient = TextStateParams.__post_init__, mult, orient
    TextStateParams.word_tx = _word_tx  # type: ignore[method-assign]
    TextStateParams.__post_init__ = _post_init  # type: ignore[method-assign]
    return True

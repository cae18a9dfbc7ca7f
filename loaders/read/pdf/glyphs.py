"""A PDF page's glyphs, with where and how each is drawn, grouped into runs of text.

PDFium (through pypdfium2) reads the text layer: each character with its box, baseline
origin, font size, weight and font name.  What a person sees is kept, what a text layer
adds is dropped: icon fonts' glyphs (Font Awesome envelopes and map pins come out as
``Ý`` or ``5``), private-use symbols (a bullet drawn from a symbol font becomes ``•``),
zero-width and soft hyphens, ligatures split back into letters.

A *run* is a stretch of glyphs on one baseline with no wide gap: a word group that
the page layout (:mod:`.layout`) arranges into lines, cells and columns.
"""

from __future__ import annotations

import ctypes
import re
import statistics
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

import pypdfium2.raw as pdfium_c

__all__ = ["CELL_GAP", "Run", "page_runs"]

#: A gap wider than this many font sizes between two glyphs of a line separates cells (a
#: date column and the entry beside it); justified text stretches spaces to half of that.
CELL_GAP = 0.75

# Fonts whose glyphs are pictures (icons), not letters.
_ICON_FONT_RE = re.compile(
    r"fontawesome|awesome|academicons|marvosym|wingding|webding|dingbat|ionicons|"
    r"materialicons|material.?symbols|entypo|typicons|octicons|glyphicons|fontello|"
    r"simple.?icons|icomoon|feather|bootstrap.?icons|fontisto|lineicons|linearicons",
    re.I)
# Symbol-font code points that are bullets (Word's Symbol and Wingdings bullets).
_PUA_BULLETS = frozenset({0xF0B7, 0xF0A7, 0xF076, 0xF0D8, 0xF0FC, 0xF06C, 0xF0A8, 0xF0B2})
_DROPPED = frozenset({0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFFFD})
_REPLACED = {0x00A0: " ", 0x2011: "-", 0x2010: "-", 0x2423: " ", 0x2002: " ", 0x2003: " ",
             0x2009: " ", 0x202F: " "}
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
              0xFB05: "st", 0xFB06: "st"}
# An accent pdfTeX draws as a glyph of its own before the letter (``Strat´egie``): the
# spacing accent and the letter it sits on, put together again (``Stratégie``).
_COMBINING = {"´": "\u0301", "¨": "\u0308", "ˆ": "\u0302", "˜": "\u0303", "ˇ": "\u030c",
              "˘": "\u0306", "˚": "\u030a", "ˋ": "\u0300", "`": "\u0300"}
_SPACING_ACCENT_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=^)|(?<=\s))([´¨ˆ˜ˇ˘˚ˋ]|(?<=[^\W\d_])`)"
                                r"([^\W\d_])")
_FA_MACRO_RE = re.compile(r"\\fa[A-Z][A-Za-z]*\s*:?\s*")
_BOLD_NAME_RE = re.compile(r"bold|black|heavy|semibold|demi", re.I)


@dataclass
class Run:
    """Glyphs on one baseline with no wide gap: ``x0``/``x1`` their extent, ``y`` the
    baseline (points from the page bottom), ``size`` the font size, ``bold`` whether every
    letter is bold."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    #: letter-spaced text ("K O N T A K T", read as "KONTAKT"): its words stand far apart
    tracked: bool = False

    # the names the column finder (:mod:`.layout`) reads
    @property
    def tx(self) -> float:
        return self.x0

    @property
    def displaced_tx(self) -> float:
        return self.x1

    @property
    def ty(self) -> float:
        return self.y


#: ``FPDFText_GetTextObject`` answering the object's address as an int, so that it can key
#: a dict: a glyph's font, size, weight and matrix are its text object's (see _Styles)
_TEXT_OBJECT = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value)


def _char(code: int, icon_font: bool) -> str | None:
    """The text a glyph stands for, or None to drop it."""
    if code in _DROPPED or (code < 32 and code != 9) or 0x80 <= code <= 0x9F:
        return None  # (a C1 control: a glyph the text layer has no letter for)
    if code in _PUA_BULLETS:
        return "•"
    if 0xE000 <= code <= 0xF8FF or code >= 0xF0000:
        return None  # private use: an icon
    if code in _REPLACED:
        return _REPLACED[code]
    if code in _LIGATURES:
        return _LIGATURES[code]
    char = chr(code)
    if icon_font and not (char.isascii() and char.isprintable()):
        return None
    return char


class _Styles:
    """A glyph's font facts: ``(icon font, bold font name, size, bold weight, upright)``.

    PDFium reads a glyph's font, size, weight and matrix from its text object, so every
    glyph of one object shares them: they are read once per object (four calls a glyph
    were half the time of reading a page).  *Upright* says the object's matrix neither
    rotates nor skews, so that its glyphs share one baseline (see :func:`page_runs`)."""

    def __init__(self, textpage: ctypes.c_void_p) -> None:
        self._textpage = textpage
        self._name = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int()
        self._matrix = pdfium_c.FS_MATRIX()
        self._fonts: dict[bytes, tuple[bool, bool]] = {}
        #: by text object (its address): what :meth:`of` read
        self.objects: dict[int, tuple[bool, bool, float, bool, bool]] = {}

    def of(self, index: int, key: int | None) -> tuple[bool, bool, float, bool, bool]:
        style = self.objects.get(key)
        if style is None:
            style = self._read(index)
            if key:  # (a glyph without an object is read on its own)
                self.objects[key] = style
        return style

    def _read(self, index: int) -> tuple[bool, bool, float, bool, bool]:
        textpage = self._textpage
        pdfium_c.FPDFText_GetFontInfo(textpage, index, self._name, 128, self._flags)
        key = self._name.value
        if key not in self._fonts:
            font = key.decode("latin-1", "replace")
            self._fonts[key] = (bool(_ICON_FONT_RE.search(font)),
                                bool(_BOLD_NAME_RE.search(font)))
        icon_font, bold_name = self._fonts[key]
        # the font size as set (Word for Mac sets 1 pt and scales the text matrix by 10)
        matrix = self._matrix
        pdfium_c.FPDFText_GetMatrix(textpage, index, matrix)
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
        size = pdfium_c.FPDFText_GetFontSize(textpage, index) * scale
        weight = pdfium_c.FPDFText_GetFontWeight(textpage, index)
        upright = matrix.b == 0 and matrix.c == 0
        return icon_font, bold_name, size if size > 0 else 10.0, weight >= 600, upright


def _codes(textpage: ctypes.c_void_p, count: int) -> list[int]:
    """Every glyph's code point, as ``FPDFText_GetUnicode`` gives it, from one call for the
    page's text (a call a glyph was a fifth of reading a page).  ``FPDFText_GetText`` writes
    UTF-16 and a control character as U+FFFE: those glyphs are asked one by one, and so is
    every glyph of a page with a character outside the BMP (its surrogate pair makes the
    text longer than the page's count and shifts the indexes)."""
    get_unicode = pdfium_c.FPDFText_GetUnicode
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    units = buffer[:max(written - 1, 0)]
    if len(units) != count:
        return [get_unicode(textpage, i) for i in range(count)]
    return [get_unicode(textpage, i) if unit < 32 or unit == 0xFFFE else unit
            for i, unit in enumerate(units)]


def page_runs(textpage: ctypes.c_void_p) -> list[Run]:
    """The page's runs, in the order the text layer draws them.

    One pass: each glyph is read and placed at once, without a glyph object in between
    (at ~2,000 glyphs a page, per-glyph work is most of the time of reading a PDF)."""
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    char_origin = pdfium_c.FPDFText_GetCharOrigin
    box = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    styles = _Styles(textpage)
    objects, text_object = styles.objects, _TEXT_OBJECT
    baselines: dict[int, float] = {}  # by upright text object: its glyphs' baseline
    runs: list[Run] = []
    chars: list[tuple[str, bool]] = []
    marks: list[tuple[int, float, float]] = []  # each glyph of the run: index in chars, x0, x1
    bold = True
    current: Run | None = None
    last_box = (0.0, 0.0, 0.0)  # the last glyph's extent and baseline
    for i, code in enumerate(_codes(textpage, pdfium_c.FPDFText_CountChars(textpage))):
        if code in (10, 13):
            continue
        # PDFium generates only spaces and line breaks (between words and lines); a space
        # is one whatever its font, so neither its font nor whether it was generated is
        # read, and every other glyph is the page's own, with a text object
        if code != 32:
            key = text_object(textpage, i)
            style = objects.get(key)
            if style is None:
                style = styles.of(i, key)
            icon_font, bold_name, size, heavy, upright = style
            # printable ASCII stands for itself in any font (see _char)
            char = chr(code) if 32 < code < 127 else _char(code, icon_font)
            if char is None:
                continue
        if code == 32 or char.isspace():  # a space only parts words: its box is not read
            if current is not None and chars and chars[-1][0] != " ":
                chars.append((" ", False))
            continue
        # the loose box spans the glyph's advance, as the font's metrics set it: tight boxes
        # are empty for fonts without outlines, and spaces would then be guessed everywhere
        loose_box(textpage, i, box)
        # a glyph's origin is its object's matrix applied to (advance, 0): with an upright
        # matrix every glyph of the object has the first one's baseline, exactly, and its
        # origin is not read.  Vertical writing moves glyphs down within one object: a
        # baseline outside the glyph's box is read, as is one of an empty box
        y = baselines.get(key) if upright else None
        if y is None or not box.bottom <= y <= box.top or box.right <= box.left:
            char_origin(textpage, i, ox, oy)
            y = oy.value
            if upright and key:
                baselines.setdefault(key, y)
        x0 = box.left if box.right > box.left else ox.value
        x1 = max(box.right, x0)
        glyph_bold = bold_name or heavy
        if current is not None and (x0, x1, y) == last_box:
            # one glyph read as several letters (an "ffi" or "fr" ligature, each letter
            # given the whole glyph's box): the next letter of the same word
            chars.append((char, icon_font))
            continue
        last_box = (x0, x1, y)
        if current is not None:
            top = max(current.size, size)
            gap = x0 - current.x1
            if abs(y - current.y) <= 0.35 * top and -0.6 * top <= gap <= CELL_GAP * top:
                if gap > 0.22 * top and chars and chars[-1][0] != " ":
                    chars.append((" ", False))
                chars.append((char, icon_font))
                marks.append((len(chars) - 1, x0, x1))
                current.x1 = max(current.x1, x1)
                current.size = top
                bold = bold and (glyph_bold or not char.isalnum())
                continue
            _close(runs, current, chars, bold, marks)
        current = Run("", x0, x1, y, size, glyph_bold)
        chars = [(char, icon_font)]
        marks = [(0, x0, x1)]
        bold = glyph_bold or not char.isalnum()
    if current is not None:
        _close(runs, current, chars, bold, marks)
    return runs


#: A gap between two letters with no space between them is a word space the text layer
#: lacks ("NorthwindAssembly", "AG,Basel": Word for Mac sets some by position only) when
#: it is this wide (in font sizes) and this much wider than the run's usual letter gap.
MISSING_SPACE = 0.1
MISSING_SPACE_OVER = 0.08
#: Letter-spaced text ("J A N A  M A R A") parts words where the distance between two
#: letters exceeds the usual one by this many font sizes (a second space, a wider gap).
TRACKED_WORD_GAP = 0.15


def _spaced(chars: list[tuple[str, bool]], marks: list[tuple[int, float, float]],
            size: float) -> tuple[list[tuple[str, bool]], bool]:
    """The run's glyphs with its word spaces set right, and whether it is letter-spaced.

    Both cases are told apart from the run's own letter gaps, not from a fixed width, so
    that tracked or kerned type keeps its words: a missing space is a gap standing out
    among the letters' gaps; letter-spaced text (every word one letter) is rejoined into
    words, parted where the distance between letters stands out."""
    pairs = list(pairwise(marks))
    tokens = "".join(c for c, _ in chars).strip().split(" ")
    if len(tokens) >= 3 and all(len(t) == 1 and t.isalpha() for t in tokens):
        distances = [b[1] - a[2] for a, b in pairs]
        usual = statistics.median(distances)
        breaks = {b[0] for (a, b), d in zip(pairs, distances, strict=True)
                  if d > usual + TRACKED_WORD_GAP * size}
        out: list[tuple[str, bool]] = []
        for index, glyph in enumerate(chars):
            if glyph[0] == " ":
                continue
            if index in breaks:
                out.append((" ", False))
            out.append(glyph)
        return out, True
    touching = [(b[0], b[1] - a[2]) for a, b in pairs if b[0] == a[0] + 1]
    if len(touching) < 2:
        return chars, False
    usual = statistics.median(gap for _, gap in touching)
    least = max(MISSING_SPACE, usual / size + MISSING_SPACE_OVER) * size
    gaps = {index for index, gap in touching if gap > least}
    if not gaps:
        return chars, False
    out = []
    for index, glyph in enumerate(chars):
        if index in gaps and glyph[0].isalnum():
            out.append((" ", False))
        out.append(glyph)
    return out, False


def _visible(chars: list[tuple[str, bool]]) -> str:
    """The run's text without icons: a glyph of an icon font is dropped unless it is part of
    a word of three letters or more (text a converter set in the icon font by mistake)."""
    out: list[str] = []
    k = 0
    while k < len(chars):
        char, icon = chars[k]
        if not icon:
            out.append(char)
            k += 1
            continue
        end = k
        while end < len(chars) and chars[end][1] and chars[end][0].isalnum():
            end += 1
        if end - k >= 3:
            out.extend(c for c, _ in chars[k:end])
            k = end
        else:
            k = max(end, k + 1)
    return "".join(out)


def _close(runs: list[Run], run: Run, chars: list[tuple[str, bool]], bold: bool,
           marks: list[tuple[int, float, float]]) -> None:
    if len(marks) >= 3:
        chars, run.tracked = _spaced(chars, marks, run.size)
    text = " ".join(_FA_MACRO_RE.sub("", _visible(chars)).split())
    if _SPACING_ACCENT_RE.search(text):  # (TeX sets ï as ¨ over a dotless ı)
        text = unicodedata.normalize("NFC", _SPACING_ACCENT_RE.sub(
            lambda m: m[2].replace("ı", "i") + _COMBINING[m[1]], text))
    if "\u0301" in text or "\u0308" in text:  # a combining accent drawn as its own glyph
        text = unicodedata.normalize("NFC", text)
    if text:
        run.text = text
        run.bold = bold and any(c.isalnum() for c in text)
        runs.append(run)

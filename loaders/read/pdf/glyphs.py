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
import unicodedata
from dataclasses import dataclass

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


@dataclass
class _Glyph:
    char: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    icon: bool


def _char(code: int, icon_font: bool) -> str | None:
    """The text a glyph stands for, or None to drop it."""
    if code in _DROPPED or (code < 32 and code not in (9,)):
        return None
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


def _glyphs(textpage: ctypes.c_void_p) -> list[_Glyph]:
    count = pdfium_c.FPDFText_CountChars(textpage)
    box = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    fonts: dict[bytes, tuple[bool, bool]] = {}
    out: list[_Glyph] = []
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        generated = bool(pdfium_c.FPDFText_IsGenerated(textpage, i))
        if code in (10, 13):
            continue
        pdfium_c.FPDFText_GetFontInfo(textpage, i, name, 128, flags)
        key = name.value
        if key not in fonts:
            font = key.decode("latin-1", "replace")
            fonts[key] = (bool(_ICON_FONT_RE.search(font)), bool(_BOLD_NAME_RE.search(font)))
        icon_font, bold_name = fonts[key]
        char = _char(code, icon_font and not generated)
        if char is None:
            continue
        if generated and not char.isspace():
            continue
        # the loose box spans the glyph's advance, as the font's metrics set it: tight boxes
        # are empty for fonts without outlines, and spaces would then be guessed everywhere
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, box)
        pdfium_c.FPDFText_GetCharOrigin(textpage, i, ox, oy)
        # the font size as set (Word for Mac sets 1 pt and scales the text matrix by 10)
        pdfium_c.FPDFText_GetMatrix(textpage, i, matrix)
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
        size = pdfium_c.FPDFText_GetFontSize(textpage, i) * scale
        weight = pdfium_c.FPDFText_GetFontWeight(textpage, i)
        x0 = box.left if box.right > box.left else ox.value
        x1 = max(box.right, x0)
        out.append(_Glyph(char, x0, x1, oy.value, size if size > 0 else 10.0,
                          bold_name or weight >= 600, icon_font and not generated))
    return out


def page_runs(textpage: ctypes.c_void_p) -> list[Run]:
    """The page's runs, in the order the text layer draws them."""
    runs: list[Run] = []
    chars: list[tuple[str, bool]] = []
    bold = True
    current: Run | None = None
    for glyph in _glyphs(textpage):
        if glyph.char.isspace():
            if current is not None and chars and chars[-1][0] != " ":
                chars.append((" ", False))
            continue
        if current is not None:
            size = max(current.size, glyph.size)
            same_line = abs(glyph.y - current.y) <= 0.35 * size
            gap = glyph.x0 - current.x1
            if same_line and -0.6 * size <= gap <= CELL_GAP * size:
                if gap > 0.22 * size and chars and chars[-1][0] != " ":
                    chars.append((" ", False))
                chars.append((glyph.char, glyph.icon))
                current.x1 = max(current.x1, glyph.x1)
                current.size = max(current.size, glyph.size)
                bold = bold and (glyph.bold or not glyph.char.isalnum())
                continue
            _close(runs, current, chars, bold)
        current = Run("", glyph.x0, glyph.x1, glyph.y, glyph.size, glyph.bold)
        chars = [(glyph.char, glyph.icon)]
        bold = glyph.bold or not glyph.char.isalnum()
    if current is not None:
        _close(runs, current, chars, bold)
    return runs


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


def _close(runs: list[Run], run: Run, chars: list[tuple[str, bool]], bold: bool) -> None:
    text = " ".join(_FA_MACRO_RE.sub("", _visible(chars)).split())
    if "\u0301" in text or "\u0308" in text:  # a combining accent drawn as its own glyph
        text = unicodedata.normalize("NFC", text)
    if text:
        run.text = text
        run.bold = bold and any(c.isalnum() for c in text)
        runs.append(run)

"""PDF résumés: the text layer, page by page, with lines kept as lines.

pypdf's layout mode places text by its position on the page, so a title and the dates
printed at the right margin stay on one line; the wide gap between such columns becomes a
tab, which the extractor reads as a field separator.  A page laid out in two columns (a
sidebar beside the main column) is read one column after the other instead, separated by a
blank line (see :mod:`.pdf_layout`).  Scanned résumés (images only) have no text layer and
are refused rather than read as empty.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

from ..document import Document
from ..errors import InputError
from .markdown import text_blocks
from .pdf_layout import page_blocks
from .pdf_speedups import install as _install_speedups
from .text import sha256_hex

__all__ = ["read_pdf"]

logger = logging.getLogger(__name__)
_install_speedups()

_COLUMN_GAP = re.compile(r" {4,}")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NEWLINE_RE = re.compile(r"\r\n|\r|\n")


def read_pdf(path: str, data: bytes) -> Document:
    """Read the text layer of every page into one :class:`Document`."""
    if not data.lstrip().startswith(b"%PDF"):
        raise InputError(path, "not a PDF (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        _unlock(path, reader)
        pages = [_page_lines(page) for page in reader.pages]
    except InputError:
        raise
    except FileNotDecryptedError as err:
        raise InputError(path, "encrypted PDF (needs a password)") from err
    except DependencyError as err:
        raise InputError(path, "encrypted PDF (AES needs the 'cryptography' package)") from err
    except (PyPdfError, PdfReadError, ValueError, KeyError, TypeError, AttributeError) as err:
        logger.debug("pypdf failed on %s", path, exc_info=True)
        raise InputError(path, f"corrupt PDF ({type(err).__name__})") from err
    if not pages:
        raise InputError(path, "PDF has no pages")
    lines: list[str] = []
    for page in pages:
        if lines and page:
            lines.append("")
        lines.extend(page)
    if not any(line.strip() for line in lines):
        raise InputError(path, "no text layer (scanned?)")
    return Document(path=path, format="pdf", sha256=sha256_hex(data),
                    blocks=text_blocks(lines))


def _unlock(path: str, reader: PdfReader) -> None:
    """Open an encrypted PDF with the empty password, as viewers do for "owner-only" locks."""
    if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise InputError(path, "encrypted PDF (needs a password)")


def _page_lines(page: PageObject) -> list[str]:
    try:
        blocks = page_blocks(page)
    except (FileNotDecryptedError, DependencyError):
        raise
    except Exception:
        # Layout mode trips over some font metrics that plain mode tolerates.
        logger.debug("layout extraction failed; falling back to plain", exc_info=True)
        blocks = [page.extract_text()]
    lines: list[str] = []
    for block in blocks:
        cleaned = _clean(block or "")
        if lines and cleaned:
            lines.append("")
        lines.extend(cleaned)
    return lines


def _clean(text: str) -> list[str]:
    """Tidy layout text: common indent removed, column gaps as tabs, blank runs collapsed."""
    # layout text is long runs of padding: skip the per-character passes it does not need
    if not text.isascii():
        text = unicodedata.normalize("NFC", text.translate(_LIGATURES))
    split = _NEWLINE_RE.split(text)
    if _CONTROLS.search(text):
        raw = [_CONTROLS.sub("", line).rstrip() for line in split]
    else:
        raw = [line.rstrip() for line in split]
    indents = [len(line) - len(line.lstrip(" ")) for line in raw if line.strip()]
    cut = min(indents, default=0)
    lines: list[str] = []
    for line in raw:
        line = _COLUMN_GAP.sub("\t", line[cut:])
        if line.strip() or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines

"""Read any supported résumé file into a :class:`~talentgraph.loaders.document.Document`.

The registry maps a file extension to the reader of that format, so adding a format is one
module and one line here.  Whatever goes wrong with an input file surfaces as
:class:`~talentgraph.loaders.errors.InputError` naming the file and a short reason: batch
loads report it on one line and go on with the next file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from ..document import Document
from ..errors import InputError
from .docx import read_docx
from .jsonresume import read_jsonresume
from .markdown_latex import read_markdown_file
from .pdf import read_pdf
from .tex import read_tex
from .text import read_text

__all__ = ["MAX_FILE_BYTES", "READERS", "SUPPORTED_EXTENSIONS", "Reader", "read_document"]

logger = logging.getLogger(__name__)

#: Files larger than this are refused before being read: no résumé is 10 MB of text, and
#: the parsers hold the whole file (and what it expands to) in memory.
MAX_FILE_BYTES = 10 * 1024 * 1024

#: A reader gets the path as given (for messages and ``Document.path``) and the file bytes.
Reader = Callable[[str, bytes], Document]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown_file,
    ".markdown": read_markdown_file,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".json": read_jsonresume,
    ".tex": read_tex,
}

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(READERS)


def read_document(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read one résumé file, choosing the reader by the file's extension.

    Raises
    ------
    InputError
        For any file that cannot be read as a résumé; never another exception type.
    """
    shown = str(path)
    file = Path(path)
    reader = READERS.get(file.suffix.lower())
    if reader is None:
        supported = ", ".join(sorted(SUPPORTED_EXTENSIONS))
        kind = f"'{file.suffix}'" if file.suffix else "no extension"
        raise InputError(shown, f"unsupported file type ({kind}; supported: {supported})")
    data = _read_bytes(shown, file, max_bytes)
    if not data.strip():
        raise InputError(shown, "empty file")
    try:
        return reader(shown, data)
    except InputError:
        raise
    except Exception as err:
        # The readers turn every failure they foresee into InputError; this is the net for
        # what a third-party parser raises on input nobody foresaw.  A batch must go on.
        logger.debug("unexpected reader failure on %s", shown, exc_info=True)
        raise InputError(shown, f"cannot read ({type(err).__name__}: {err})") from err


def _read_bytes(shown: str, file: Path, max_bytes: int) -> bytes:
    try:
        if file.is_dir():
            raise InputError(shown, "is a directory, not a file")
        size = file.stat().st_size
        if size > max_bytes:
            raise InputError(shown, f"file too large ({_mb(size)} > {_mb(max_bytes)} limit)")
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as err:
        raise InputError(shown, "no such file") from err
    except PermissionError as err:
        raise InputError(shown, "permission denied") from err
    except OSError as err:
        raise InputError(shown, f"cannot read ({err.strerror or err})") from err
    if len(data) > max_bytes:
        raise InputError(shown, f"file too large (> {_mb(max_bytes)} limit)")
    return data


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"

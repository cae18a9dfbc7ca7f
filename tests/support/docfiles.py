"""What the corpus generators (``tests/corpora/*/make_docs.py``) share: saving a DOCX so a
rebuild gives the same bytes, borderless layout tables, and running the builders asked for.

Each generator lays out its own documents; only these mechanics are common."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["build_selected", "no_borders", "save_docx_stable"]


def save_docx_stable(document: Any, path: str | Path, stamp: tuple[int, ...],
                     mode: int | None = None) -> None:
    """Save a python-docx document with every zip entry dated ``stamp`` (year, month, day,
    hour, minute, second) and, when given, the permission bits ``mode``: python-docx
    dates entries by the clock, so two builds would differ."""
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            if mode is not None:
                fixed.external_attr = mode << 16
            dst.writestr(fixed, src.read(info.filename))


def no_borders(table: Any) -> None:
    """Hide every border of a python-docx table: a layout table, as résumé templates use."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def build_selected(builders: Mapping[str, tuple[str, Callable[[Path], None]]], root: Path,
                   argv: Sequence[str]) -> None:
    """Run the builders named in ``argv`` (all when none is), each writing
    ``root / its relative path``."""
    wanted = set(argv) or set(builders)
    for key, (relative, build) in builders.items():
        if key in wanted:
            out = root / relative
            build(out)
            print(f"wrote {relative} ({out.stat().st_size} bytes)")

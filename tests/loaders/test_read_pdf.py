"""PDF reading on PDFs made at test time: text layer, encryption, scans, damage."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from talentgraph.loaders.errors import InputError
from talentgraph.loaders.readers import read_document

Page = list[tuple[float, float, str]]


def make_pdf(pages: list[Page]) -> bytes:
    """A minimal but valid PDF: Helvetica text placed at (x, y), one list per page.

    Written by hand so the tests need no PDF-generating dependency.
    """
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
                            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                            b"/Encoding /WinAnsiEncoding >>"]
    kids = []
    for items in pages:
        ops = []
        for x, y, text in items:
            raw = text.encode("cp1252").replace(b"\\", b"\\\\")
            raw = raw.replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"BT /F1 11 Tf %.1f %.1f Td (%s) Tj ET" % (x, y, raw))
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


RESUME: list[Page] = [
    [(72, 720, "Jane Doe"), (72, 700, "jane@example.com | 555-123-4567"),
     (72, 670, "Experience"), (72, 650, "Software Engineer, Acme Inc."),
     (430, 650, "2019 - 2021"), (72, 635, "- Built the café ordering system")],
    [(72, 720, "Education"), (72, 700, "MIT, B.S. Computer Science")],
]


def _write(tmp_path: Path, data: bytes, name: str = "cv.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(RESUME))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_text_layer_lines_stay_lines(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, make_pdf(RESUME)))
    assert doc.format == "pdf"
    assert doc.lines[:2] == ("Jane Doe", "jane@example.com | 555-123-4567")
    assert "Software Engineer, Acme Inc.\t2019 - 2021" in doc.lines
    assert "- Built the café ordering system" in doc.lines
    assert doc.lines[-1] == "MIT, B.S. Computer Science"
    assert doc.lines.index("Education") > doc.lines.index("Experience")


def test_owner_locked_pdf_opens_with_empty_password(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, _encrypted("")))
    assert doc.lines[0] == "Jane Doe"


def test_password_protected_pdf(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="encrypted PDF"):
        read_document(_write(tmp_path, _encrypted("secret")))


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(InputError, match=r"no text layer \(scanned\?\)"):
        read_document(_write(tmp_path, buffer.getvalue()))


@pytest.mark.parametrize("cut", [40, 200, 400])
def test_truncated_pdf(tmp_path: Path, cut: int) -> None:
    with pytest.raises(InputError):
        read_document(_write(tmp_path, make_pdf(RESUME)[:cut]))


def test_not_a_pdf(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a PDF"):
        read_document(_write(tmp_path, b"Jane Doe, definitely a text file"))

"""Hostile résumé files, made at test time so no large or binary fixture is committed.

Each ``write_*`` function writes one kind of bad input into a folder and returns its path;
:data:`BAD_FILES` lists the cases that must fail with a one-line reason, and
:func:`write_corpus` writes every case next to a good seed résumé.  Hostile *strings* (for
names, titles, file names and query parameters) are in :data:`HOSTILE_STRINGS`.
"""

from __future__ import annotations

import io
import json
import os
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from talentgraph.synth.render_pdf import assemble_pdf

__all__ = [
    "BAD_FILES",
    "CYPHER_INJECTION",
    "GOOD_SEED",
    "HOSTILE_STRINGS",
    "SQL_INJECTION",
    "BadFile",
    "make_pdf",
    "tiny_resume",
    "write_corpus",
    "write_hostile_resume",
    "write_tiny_folder",
]

ROOT = Path(__file__).resolve().parents[2]
#: A seed résumé (Peter Zhao) that must still load next to the bad files.
GOOD_SEED = ROOT / "seeds" / "002_bb68f992505d4ef0.txt"
GOOD_NAME = "Peter Zhao"

CYPHER_INJECTION = "'}) MATCH (n) DETACH DELETE n //"
SQL_INJECTION = '"; DROP TABLE x; --'
#: Strings that must be stored and printed verbatim, never interpreted.
HOSTILE_STRINGS = (
    CYPHER_INJECTION,
    SQL_INJECTION,
    "O'Brien \"Bobby\" \\ Tables",
    "back\\slash\\n not a newline \\u0041",
    "$name {x: 1} `tick` ${env:HOME} %s {0}",
    "Zoë 🚀👩🏽‍💻 Łukasz",
    "محمد عبد الله",  # right-to-left
    "\u202eevil\u202c mirrored",  # RTL override
    "<script>alert(1)</script> &amp; ]]>",
)

MB = 1024 * 1024


@dataclass(frozen=True)
class BadFile:
    """One hostile file: its name, how to write it, and a word its error reason contains."""

    name: str
    write: Callable[[Path], None]
    reason: str


def make_pdf(lines: list[str], *, text: bool = True) -> bytes:
    """A minimal valid one-page PDF showing ``lines`` in Helvetica; ``text=False`` draws a
    filled rectangle instead, so the page has no text layer (like a scan)."""
    if text:
        ops = []
        for i, line in enumerate(lines):
            raw = line.encode("cp1252").replace(b"\\", b"\\\\")
            raw = raw.replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET" % (720 - 16 * i, raw))
        stream = b"\n".join(ops)
    else:
        stream = b"0.5 g 72 72 468 648 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    return assemble_pdf(objects)


_PDF_RESUME = ["Jane Doe", "jane.doe@example.com", "Experience",
               "Software Engineer, Acme Inc.  2019 - 2021"]


def _write_bytes(name: str, data: bytes) -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_bytes(data)


def _garbage(name: str, seed: int) -> Callable[[Path], None]:
    """Random bytes with a NUL in them, under a résumé extension."""
    data = b"\x00" + random.Random(seed).randbytes(64 * 1024)
    return _write_bytes(name, data)


def _huge_text(folder: Path) -> None:
    """50 MB of real text (not a sparse file): refusing it must not need reading it."""
    line = b"Senior Engineer at Example Corp, 2019 - 2021, Python, Go, Rust\n" * 1024
    with (folder / "huge.txt").open("wb") as out:
        while out.tell() < 50 * MB:
            out.write(line)


def _encrypted_pdf(folder: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(_PDF_RESUME))))
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="RC4-128")
    with (folder / "encrypted.pdf").open("wb") as out:
        writer.write(out)


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Jane Doe", level=0)
    document.add_paragraph("jane.doe@example.com")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _truncated_docx(folder: Path) -> None:
    data = _docx_bytes()
    (folder / "truncated.docx").write_bytes(data[: len(data) // 2])


def _damaged_xml_docx(folder: Path) -> None:
    """A valid zip whose ``word/document.xml`` is not XML."""
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 3] + b"<<<&&&"
            target.writestr(item, data)
    (folder / "damaged.docx").write_bytes(buffer.getvalue())


def _zip_bomb_docx(folder: Path) -> None:
    """A small .docx whose parts would inflate past the 100 MB limit."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/bomb.bin", "w", force_zip64=True) as part:
            block = b"\0" * MB
            for _ in range(101):
                part.write(block)
    (folder / "bomb.docx").write_bytes(buffer.getvalue())


def _deep_json(folder: Path) -> None:
    """Nesting deep enough to blow a recursive parser's stack."""
    (folder / "deep.json").write_text('{"basics": ' + "[" * 200_000 + "]" * 200_000 + "}")


def _json(name: str, value: object) -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_text(json.dumps(value), "utf-8")


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "fifo.txt")


#: Files that must each fail with one error line whose reason contains ``reason``.
BAD_FILES: tuple[BadFile, ...] = (
    BadFile("empty.txt", _write_bytes("empty.txt", b""), "empty"),
    BadFile("blank.md", _write_bytes("blank.md", b" \n\t\r\n  \n"), "empty"),
    BadFile("garbage.txt", _garbage("garbage.txt", 1), "binary"),
    BadFile("garbage.pdf", _garbage("garbage.pdf", 2), "not a PDF"),
    BadFile("garbage.docx", _garbage("garbage.docx", 3), "DOCX"),
    BadFile("garbage.json", _garbage("garbage.json", 4), "binary"),
    BadFile("huge.txt", _huge_text, "too large"),
    BadFile("scanned.pdf", _write_bytes("scanned.pdf", make_pdf([], text=False)),
            "no text layer"),
    BadFile("encrypted.pdf", _encrypted_pdf, "encrypted"),
    BadFile("broken.pdf", _write_bytes("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Cat"),
            "PDF"),
    BadFile("truncated.docx", _truncated_docx, "corrupt DOCX"),
    BadFile("damaged.docx", _damaged_xml_docx, "corrupt DOCX"),
    BadFile("bomb.docx", _zip_bomb_docx, "zip bomb"),
    # values of the wrong type are read leniently (and noted); a file whose every section is
    # unusable holds nothing a résumé has
    BadFile("wrong_types.json", _json("wrong_types.json", {"basics": 42, "work": 7}),
            "no section holds anything"),
    BadFile("not_an_object.json", _json("not_an_object.json", [1, 2, 3]), "JSON"),
    BadFile("deep.json", _deep_json, "nested too deeply"),
    BadFile("dangling.txt", lambda folder: (folder / "dangling.txt").symlink_to(
        folder / "no-such-target.txt"), "no such file"),
    BadFile("selfloop.txt", lambda folder: (folder / "selfloop.txt").symlink_to(
        folder / "selfloop.txt"), "symbolic links"),
    BadFile("fifo.txt", _fifo, "not a regular file"),
)

#: cp1252 text (smart quotes, accents, a euro sign): must load with every accent intact.
LATIN1_NAME = "José Müller-Pérez"
LATIN1_EMPLOYER = "Café Société"
LATIN1_RESUME = f"""{LATIN1_NAME}
jose.muller@example.com | +33 1 23 45 67 89

EXPERIENCE
Ingénieur logiciel, {LATIN1_EMPLOYER}        2018 - 2022
- Built the “café” ordering service — 30 % faster, saved 40 000 €

EDUCATION
École Polytechnique, Diplôme d'ingénieur, 2017
"""


def write_corpus(folder: Path) -> Path:
    """Every bad file, a cp1252 résumé, a symlink loop and the good seed, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for bad in BAD_FILES:
        bad.write(folder)
    (folder / "latin1.txt").write_bytes(LATIN1_RESUME.encode("cp1252"))
    (folder / "loop").symlink_to(folder)  # a folder link back to itself: must not be walked
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..")
    (folder / "good.txt").write_bytes(GOOD_SEED.read_bytes())
    return folder


def tiny_resume(index: int) -> str:
    """A three-line résumé: the smallest thing that is still a person with a job."""
    return (f"Person{index:05d} Tiny\nperson{index:05d}@example.com\n\nEXPERIENCE\n"
            f"Engineer, Org{index % 50:02d} Inc.  2019 - 2021\n")


def write_hostile_resume(folder: Path, name: str = "hostile.json") -> Path:
    """A JSON Resume whose every text field is a hostile string (exact values kept, as
    JSON Resume needs no extraction)."""
    resume = {
        "basics": {"name": "Robert" + CYPHER_INJECTION + " Tables",
                   "label": SQL_INJECTION, "email": "bobby.tables@example.com",
                   "summary": " | ".join(HOSTILE_STRINGS)},
        "work": [{"name": f"Org {i} {text}", "position": f"Title {i} {text}",
                  "startDate": f"{2000 + i}-01", "endDate": f"{2001 + i}-01"}
                 for i, text in enumerate(HOSTILE_STRINGS)],
        "skills": [{"name": "Hostile", "keywords": [f"skill {i} {text}"
                                                    for i, text in enumerate(HOSTILE_STRINGS)]}],
    }
    path = folder / name
    path.write_text(json.dumps(resume, ensure_ascii=False), "utf-8")
    return path


def write_tiny_folder(folder: Path, count: int) -> tuple[int, int]:
    """``count`` tiny files in ``folder``: résumés, empty files and binary junk.

    Returns ``(good, bad)``.
    """
    folder.mkdir()
    good = 0
    for i in range(count):
        path = folder / f"cv{i:05d}.txt"
        if i % 2 == 0:
            path.write_text(tiny_resume(i), "utf-8")
            good += 1
        elif i % 4 == 1:
            path.write_bytes(b"")
        else:
            path.write_bytes(b"\x00\x01junk" + i.to_bytes(4, "big"))
    return good, count - good

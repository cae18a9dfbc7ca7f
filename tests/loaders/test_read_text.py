"""Plain-text and Markdown reading: encodings, newlines, and what is refused as not text."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from talentgraph.loaders.errors import InputError
from talentgraph.loaders.read import read_document
from talentgraph.loaders.read.text import decode_text, split_lines


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Renée Müller\nZürich".encode(), "Renée Müller"),
        (codecs.BOM_UTF8 + "Renée".encode(), "Renée"),
        (codecs.BOM_UTF16_LE + "Renée\n".encode("utf-16-le"), "Renée"),
        (codecs.BOM_UTF16_BE + "Renée\n".encode("utf-16-be"), "Renée"),
        ("Renée Müller".encode("latin-1"), "Renée Müller"),
        ("“Renée” – résumé €".encode("cp1252"), "“Renée” – résumé €"),
        ("Renée Müller\n".encode("utf-16-le"), "Renée Müller"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "latin1", "cp1252", "utf16-no-bom"],
)
def test_encodings_are_detected(tmp_path: Path, data: bytes, expected: str) -> None:
    doc = read_document(_write(tmp_path, "cv.txt", data))
    assert doc.blocks[0].text == expected
    assert not doc.blocks[0].text.startswith("\ufeff")


def test_mostly_utf8_with_a_stray_byte_stays_utf8() -> None:
    assert decode_text("x", "Zürich café ".encode() + b"\xff") == "Zürich café \ufffd"


def test_newlines_are_normalised_and_line_numbers_kept(tmp_path: Path) -> None:
    doc = read_document(_write(tmp_path, "cv.md", b"# A\r\n\r\nB\rC\n\tD\x0cE\n"))
    assert [(type(b).__name__, b.text, b.line) for b in doc.blocks] == [
        ("Heading", "A", 1), ("TextLine", "", 2), ("TextLine", "B", 3), ("TextLine", "C", 4),
        ("TextLine", "D\x0cE", 5)]
    assert doc.format == "markdown"


def test_marks_become_typed_blocks(tmp_path: Path) -> None:
    text = "\n".join([
        "Jane Roe", "========",                           # setext title
        "## Experience",                                  # Markdown heading
        "Data Engineer, Acme\t\tMay 2019 – Present",      # a column set apart by tabs
        "- Built the **ingest** pipeline",                # bullet, inline markup kept
        "  • Cut costs 30%",                              # nested glyph bullet
        "1. Wrote the scheduler used by forty teams",     # numbered item
        "| Skill | Level |", "|---|---|", "| Go | Expert |",  # a Markdown table
        "Page 2 of 3",                                    # a footer: says nothing
    ]).encode()
    blocks = read_document(_write(tmp_path, "cv.md", text)).blocks
    kinds = [(type(b).__name__, b.text) for b in blocks]
    assert kinds == [
        ("Heading", "Jane Roe"), ("TextLine", ""), ("Heading", "Experience"),
        ("TextLine", "Data Engineer, Acme | May 2019 – Present"),
        ("Bullet", "Built the **ingest** pipeline"), ("Bullet", "Cut costs 30%"),
        ("Bullet", "Wrote the scheduler used by forty teams"),
        ("TableRow", "Skill | Level"), ("TextLine", ""), ("TableRow", "Go | Expert"),
        ("TextLine", "")]
    assert blocks[0].level == 1 and blocks[0].underlined and blocks[2].level == 2
    assert blocks[3].cells == ("Data Engineer, Acme", "May 2019 – Present")
    assert blocks[5].depth == 1 and blocks[4].depth == 0
    assert blocks[9].cells == ("Go", "Expert")
    assert [b.line for b in blocks] == list(range(1, 12))


def test_nfc_normalisation() -> None:
    assert split_lines(decode_text("x", "Rene\u0301e".encode())) == ("Renée",)


def test_document_metadata(tmp_path: Path) -> None:
    path = _write(tmp_path, "cv.text", b"Jane Doe\n")
    doc = read_document(str(path))
    assert doc.path == str(path)
    assert doc.sha256 == hashlib.sha256(b"Jane Doe\n").hexdigest()
    assert doc.format == "text"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n ", "empty"),
        (codecs.BOM_UTF8 + b"  \n", "empty"),
        (b"PK\x03\x04\x00\x00binary\x00junk", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
    ids=["empty", "whitespace", "bom-only", "nul-bytes", "control-chars"],
)
def test_not_text_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        read_document(_write(tmp_path, "cv.txt", data))


def test_every_control_character_but_layout_ones_marks_binary() -> None:
    """Each character of Unicode category Cc counts as binary noise, except tab, newline,
    carriage return and form feed, which text files use for layout."""
    import unicodedata

    controls = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc"]
    for ch in controls:
        data = ("Jane Doe\n" + ch * 40 + "\nEngineer\n").encode()
        if ch in "\t\n\r\f":
            assert "Jane Doe" in decode_text("cv.txt", data)
        else:
            with pytest.raises(InputError, match="binary data"):
                decode_text("cv.txt", data)


def test_utf8_read_as_latin1_and_saved_again_is_undone() -> None:
    """Text once decoded with the wrong code page and saved as UTF-8 ("InvestigaciÃ³n"),
    a control character included ("Ã\\x81lvaro"), is read as written; text that merely
    holds an Ã (Portuguese) stays as it is."""
    broken = "Investigación, Álvaro, Magíster".encode().decode("latin-1")
    assert decode_text("cv.md", broken.encode()) == "Investigación, Álvaro, Magíster"
    assert decode_text("cv.md", "SÃO PAULO, Ângela".encode()) == "SÃO PAULO, Ângela"


def test_front_matter_naming_the_owner_gives_the_title(tmp_path: Path) -> None:
    """R Markdown CV templates put the owner in the front matter (name and surname apart):
    the title and the contact lines, each on the line of its key; other keys are dropped."""
    text = ("---\nname: Ana\nsurname: Ruiz Soto\nposition: \"Data Analyst\"\n"
            "email: ana@example.org\noutput: pdf_document\n---\n\n# Experiencia\n")
    doc = read_document(_write(tmp_path, "cv.md", text.encode()))
    lines = {b.line: b for b in doc.blocks if b.text}
    assert lines[2].text == "Ana Ruiz Soto" and getattr(lines[2], "level", 0) == 1
    assert lines[4].text == "Data Analyst" and lines[5].text == "ana@example.org"
    assert 6 not in lines and lines[9].text == "Experiencia"


def test_front_matter_without_an_owner_stays_out(tmp_path: Path) -> None:
    text = "---\nlayout: page\ntitle: CV\n---\n# Jane Doe\n"
    doc = read_document(_write(tmp_path, "cv.md", text.encode()))
    assert [b.text for b in doc.blocks if b.text] == ["Jane Doe"]


def test_markdown_whose_body_is_latex_is_read_as_latex(tmp_path: Path) -> None:
    """An R Markdown CV passes awesome-cv macros through as raw LaTeX: their entries are
    read as the LaTeX reader reads them, under the Markdown headings."""
    entries = "\n".join(
        f"\\cventry{{Analyst {n}}}{{Acme {n} S.A.}}{{Santiago}}{{201{n} -- 201{n + 1}}}"
        f"{{\\begin{{cvitems}}\n\\item Built report {n}\n\\end{{cvitems}}}}" for n in range(3))
    text = (f"---\nname: Ana\nsurname: Ruiz\n---\n\n# Experiencia laboral\n\n"
            f"\\begin{{cventries}}\n{entries}\n\\end{{cventries}}\n")
    doc = read_document(_write(tmp_path, "cv.md", text.encode()))
    from talentgraph.loaders.document import Entry, Heading

    assert doc.format == "markdown"
    titles = [b for b in doc.blocks if isinstance(b, Heading)]
    assert [(b.text, b.level) for b in titles] == [("Ana Ruiz", 1), ("Experiencia laboral", 2)]
    assert [b.fields[:2] for b in doc.blocks if isinstance(b, Entry)] == [
        ("Analyst 0", "Acme 0 S.A."), ("Analyst 1", "Acme 1 S.A."), ("Analyst 2", "Acme 2 S.A.")]
    assert not any("\\" in b.text for b in doc.blocks)

"""Every hostile file of issue 18 in one folder, for the bound on a whole load: loading it
next to the seeds must take under 2 minutes and 2 GB and store exactly the seeds' people.

Each case is a file that must not become a person: bad files that fail with a reason
(:data:`~hostile_files.BAD_FILES`), files over the per-file budget, files that try to read
outside the résumé folder, and parser bombs.  All are small on disk (the 3 GB sibling is
sparse).  A case the loaders do not handle yet names the pending work in ``pending``;
the tests mark it ``xfail`` with that reason.  Used by ``test_hostile_load.py`` and by
``bench/hostile_bench.py``.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hostile_files import BAD_FILES

__all__ = ["CASES", "HostileCase", "write_hostile_corpus"]

MB = 1024 * 1024
DISCOVER = ("pipeline.discover following symlinks out of the roots and into /proc "
            "(issue 18 item 1, talentgraph/pipeline.py, not this helper's)")


@dataclass(frozen=True)
class HostileCase:
    """One hostile file (or a few files standing for one case): ``name`` is the file the
    load sees; ``pending`` says whose work must land before it is refused."""

    name: str
    write: Callable[[Path], None]
    pending: str | None = None


def _docx_with_body(body: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("placeholder")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode()
                start, end = text.index("<w:body>") + 8, text.index("<w:sectPr")
                data = (text[:start] + body + text[end:]).encode()
            target.writestr(item, data)
    return out.getvalue()


def _paragraphs(folder: Path) -> None:
    """A DOCX of 100k one-word paragraphs (100k nodes once): over the line budget."""
    body = "".join(f"<w:p><w:r><w:t>Skill{i}</w:t></w:r></w:p>" for i in range(100_000))
    (folder / "paragraphs.docx").write_bytes(_docx_with_body(body))


def _long_text(folder: Path) -> None:
    (folder / "long.txt").write_text("SKILLS\n" + "".join(f"- Skill {i}\n"
                                                         for i in range(60_000)))


def _many_facts(folder: Path) -> None:
    (folder / "facts.json").write_text(json.dumps(
        {"basics": {"name": "Many Facts"},
         "skills": [{"name": f"Skill {i}"} for i in range(20_000)]}))


def _zip(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip archive of already deflated ``(name, packed, crc, claimed size, real size)``
    entries, its headers claiming the given sizes."""
    body, central = bytearray(), bytearray()
    for name, packed, crc, claimed, _ in entries:
        raw = name.encode()
        offset = len(body)
        body += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc,
                            len(packed), claimed, len(raw), 0) + raw + packed
        central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0,
                               crc, len(packed), claimed, len(raw), 0, 0, 0, 0, 0,
                               offset) + raw
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries),
                      len(central), len(body), 0)
    return bytes(body + central + end)


def _deflated(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def _liar_docx(folder: Path) -> None:
    """A real DOCX whose zip headers say its text is 5 kB; it inflates to 1 GB (a 1 MB
    file).  The deflate stream is one flushed block repeated, so writing it takes no
    compressing of a gigabyte."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    entries = []
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename != "word/document.xml":
            entries.append((item.filename, _deflated(data), zlib.crc32(data), len(data),
                            len(data)))
            continue
        head = data[:data.index(b"<w:body>") + 8]
        block = b"<w:p/>" * (16 * MB // 6)
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed_head = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
        packed_block = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
        repeats = 64  # 1 GB of paragraphs
        crc = zlib.crc32(head)
        for _ in range(repeats):
            crc = zlib.crc32(block, crc)
        packed = packed_head + packed_block * repeats + compressor.flush()
        entries.append((item.filename, packed, crc, 5000, len(head) + repeats * len(block)))
    (folder / "liar.docx").write_bytes(_zip(entries))


def _tex(name: str, body: str) -> Callable[[Path], None]:
    """A .tex file holding only ``body``: nothing of its own that is a résumé."""
    return lambda folder: (folder / name).write_text(
        "\\documentclass{article}\\begin{document}\n" + body + "\n\\end{document}\n")


def _hidden_inputs(folder: Path) -> None:
    (folder / ".env").write_text("Jane Hidden\njane.hidden@example.com\nAWS_SECRET=abc123\n")
    (folder / "ssh" / ".ssh").mkdir(parents=True)
    (folder / "ssh" / ".ssh" / "id_rsa").write_text("Jane Key\njane.key@example.com\n")
    (folder / "notes.dat").write_text("Jane Notes\njane.notes@example.com\n")
    _tex("hidden.tex", "\\input{.env}\n\\input{ssh/.ssh/id_rsa}\n\\input{notes.dat}")(folder)


def _outside_inputs(folder: Path) -> None:
    outside = folder.parent / "outside-secret.tex"
    outside.write_text("Jane Outside\njane.outside@example.com\n")
    _tex("outside.tex", "\\input{/etc/passwd}\n\\input{../outside-secret}")(folder)


def _sparse_input(folder: Path) -> None:
    """\\input of a 3 GB sibling (sparse: no disk), past the 10 MB limit of a résumé."""
    with (folder / "huge.sty").open("wb") as huge:
        huge.truncate(3 * 1024 * MB)
    _tex("sparse.tex", "\\input{huge.sty}")(folder)


def _self_input(folder: Path) -> None:
    """A 26 KB file that \\inputs itself 40 times (178 s before the budget)."""
    filler = "Lorem ipsum dolor sit amet. " * 900
    _tex("self.tex", filler + "\n" + "\\input{self}\n" * 40)(folder)


def _macro_bomb(folder: Path) -> None:
    defs = "\\def\\a{lol}" + "".join(
        f"\\def\\{c}{{" + f"\\{p}" * 10 + "}" for p, c in zip("abcdefgh", "bcdefghi",
                                                              strict=True))
    _tex("macro.tex", f"{defs}\n\\i")(folder)


def _symlink(name: str, target: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).symlink_to(target)


CASES: tuple[HostileCase, ...] = (
    *(HostileCase(bad.name, bad.write) for bad in BAD_FILES),
    HostileCase("paragraphs.docx", _paragraphs),
    HostileCase("long.txt", _long_text),
    HostileCase("facts.json", _many_facts),
    HostileCase("liar.docx", _liar_docx),
    HostileCase("hidden.tex", _hidden_inputs),
    HostileCase("outside.tex", _outside_inputs),
    HostileCase("sparse.tex", _sparse_input),
    HostileCase("self.tex", _self_input),
    HostileCase("macro.tex", _macro_bomb),
    HostileCase("passwd.txt", _symlink("passwd.txt", "/etc/passwd"), DISCOVER),
    HostileCase("status.txt", _symlink("status.txt", "/proc/self/status"), DISCOVER),
)


def write_hostile_corpus(folder: Path, cases: tuple[HostileCase, ...] = CASES) -> Path:
    """Write ``cases`` into ``folder`` (created); the folder's path."""
    folder.mkdir(parents=True, exist_ok=True)
    for case in cases:
        case.write(folder)
    return folder


"""``export --redact`` leaves nothing that identifies a person or a file, in every format
(the four single-file writers and the ``neo4j-import`` folder), on both stores, and every
export is readable by its owner only.

The résumés are written here with contact details in their file names (a phone number, a
name), URL paths with handles, e-mails and phones in free text; the test greps each
export for every one of them, and for each file's SHA-256.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from badinput_support import KINDS, assert_no_traceback, clear, invoke, settings_for

from talentgraph.commands.export import NEO4J_IMPORT
from talentgraph.config import Settings
from talentgraph.graph.export import WRITERS

FORMATS = [*sorted({w.name for w in WRITERS.values()}), NEO4J_IMPORT]
FOLDER = "hr-inbox-7731"
JANE_FILE = "Jane_Roe_+1-415-555-0199.txt"
MARK_FILE = "mark.smith-0044-7700-900123.json"

JANE = """Jane Roe
jane.roe@example.com | +1 415 555 0199 | https://github.com/janeroe-secret | linkedin.com/in/jane-roe-4471
Staff engineer; reach me privately at jr.private@example.net or 415.555.0142

EXPERIENCE
Staff Engineer, Acme Inc.  2019 - 2023
- Built the billing platform (https://gitlab.com/janeroe-secret/billing-notes)

EDUCATION
Stanford University, B.S. Computer Science, 2015
"""
MARK = """{"basics": {"name": "Mark Smith",
  "label": "Engineer - call +44 7700 900124 or mark@home.example",
  "email": "mark.smith@example.org", "phone": "+44 7700 900123",
  "url": "https://marksmith.dev/about/me",
  "summary": "See https://blog.example.com/msmith-hidden/posts.",
  "profiles": [{"network": "GitHub", "username": "msmith-hidden",
                "url": "https://github.com/msmith-hidden"}]},
 "work": [{"name": "Globex", "position": "Engineer", "startDate": "2018-01",
           "endDate": "2022-06"}],
 "projects": [{"name": "Tool", "url": "https://gitlab.com/msmith-hidden/tool",
   "description": "Lives at gitlab.com/msmith-hidden/tool and www.example.com/msmith-x/y; call 020 7946 0991"}]}
"""

EMAILS = ["jane.roe@example.com", "jr.private@example.net", "mark@home.example",
          "mark.smith@example.org"]
PHONES = ["+1 415 555 0199", "415.555.0142", "+44 7700 900124", "+44 7700 900123",
          "020 7946 0991"]
URL_PATHS = ["janeroe-secret", "jane-roe-4471", "billing-notes", "about/me", "msmith-hidden",
             "msmith-x"]
FILE_FRAGMENTS = [FOLDER, "Jane_Roe", "415-555-0199", "mark.smith-0044", "7700-900123",
                  JANE_FILE, MARK_FILE]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("redact") / FOLDER
    folder.mkdir()
    (folder / JANE_FILE).write_text(JANE, "utf-8")
    (folder / MARK_FILE).write_text(MARK, "utf-8")
    return folder


@pytest.fixture(scope="module", params=KINDS)
def loaded(request: pytest.FixtureRequest, corpus: Path,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    settings = settings_for(request.param, request, tmp_path_factory.mktemp("store"))
    result = invoke(settings, "load", str(corpus))
    assert result.exit_code == 0, result.output
    yield settings
    if settings.is_neo4j:
        clear(settings)


def _export(settings: Settings, fmt: str, out: Path, *extra: str) -> str:
    result = invoke(settings, "export", "--format", fmt, "-o", str(out), *extra)
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    files = sorted(p for p in out.rglob("*") if p.is_file()) if out.is_dir() else [out]
    return "\n".join(p.relative_to(out.parent).as_posix() + "\n" + p.read_text("utf-8")
                     for p in files)


def _leaks(text: str, corpus: Path) -> list[str]:
    """Every original value still found in ``text`` (XML may escape ``&``, JSON ``/``)."""
    text = text.replace("\\/", "/")
    lowered = text.lower()
    found = [e for e in EMAILS if e.lower() in lowered]
    for phone in PHONES:
        digits = re.sub(r"\D", "", phone)
        if phone in text or digits in re.sub(r"[^\d\n]", "", text):
            found.append(phone)
    found += [p for p in URL_PATHS if p in text]
    found += [f for f in FILE_FRAGMENTS if f in text]
    found += [f"sha256 of {p.name}" for p in corpus.iterdir()
              if hashlib.sha256(p.read_bytes()).hexdigest() in text]
    return found


@pytest.mark.parametrize("fmt", FORMATS)
def test_nothing_identifying_survives_redaction(loaded: Settings, corpus: Path, fmt: str,
                                                tmp_path: Path) -> None:
    plain = _export(loaded, fmt, tmp_path / f"plain.{fmt}")
    assert len(_leaks(plain, corpus)) >= 10, _leaks(plain, corpus)  # the grep can find them
    redacted = _export(loaded, fmt, tmp_path / f"redacted.{fmt}", "--redact")
    assert _leaks(redacted, corpus) == []
    assert "Jane Roe" in redacted and "Globex" in redacted  # still a useful graph
    assert "https://github.com/url-" in redacted.replace("\\/", "/")  # the host is kept


def _modes(out: Path) -> dict[str, tuple[int, bool]]:
    """``{name: (mode, owner may run or enter it)}`` of ``out`` and all it holds."""
    paths = [out, *out.rglob("*")] if out.is_dir() else [out]
    return {p.relative_to(out.parent).as_posix(): (stat.S_IMODE(p.stat().st_mode),
                                                   p.is_dir() or p.name == "import.sh")
            for p in paths}


@pytest.mark.parametrize(("fmt", "umask"), [
    ("graphml", 0o022), ("turtle", 0o022), (NEO4J_IMPORT, 0o022),
    # stricter: the owner loses write (a file) or everything but read and search (a folder)
    ("graphml", 0o277), (NEO4J_IMPORT, 0o077)], ids=lambda v: f"{v:03o}" if isinstance(v, int) else v)
def test_exports_are_private(loaded: Settings, tmp_path: Path, fmt: str, umask: int) -> None:
    if loaded.is_neo4j:
        pytest.skip("file modes do not depend on the store")
    out = tmp_path / f"out.{fmt}"
    (tmp_path / "out.graphml").write_text("an old export, world-readable")
    (tmp_path / "out.graphml").chmod(0o644)
    previous = os.umask(umask)
    try:
        _export(loaded, fmt, out)
    finally:
        os.umask(previous)
    expected_file, expected_dir = 0o600 & ~umask, 0o700 & ~umask
    modes = _modes(out)
    assert len(modes) > (1 if fmt == NEO4J_IMPORT else 0)
    for name, (mode, runnable) in modes.items():
        assert mode == (expected_dir if runnable else expected_file), (name, oct(mode))
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]

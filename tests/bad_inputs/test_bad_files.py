"""Hostile files next to a good résumé, loaded with ``talentgraph load`` into both stores.

Every bad file must cost only itself: one ``error: <file>: <reason>`` line, the rest of the
folder loads, the exit code is 1, and no traceback reaches the user.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from badinput_support import (
    KINDS,
    assert_no_traceback,
    clear,
    error_lines,
    invoke,
    resume_paths,
    rows,
    settings_for,
)
from click.testing import Result
from hostile_files import (
    BAD_FILES,
    GOOD_NAME,
    LATIN1_EMPLOYER,
    LATIN1_NAME,
    BadFile,
    write_corpus,
)

from talentgraph.config import Settings
from talentgraph.graph.store import open_store
from talentgraph.loaders import InputError, parse_file
from talentgraph.pipeline import load_paths

LoadRun = tuple[Settings, Path, Result]
TALENTGRAPH = str(Path(sys.executable).with_name("talentgraph"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile folder, written once for the module."""
    return write_corpus(tmp_path_factory.mktemp("hostile") / "cvs")


@pytest.fixture(scope="module", params=KINDS)
def loaded(request: pytest.FixtureRequest, corpus: Path,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoadRun]:
    """The folder loaded once into a fresh store of each kind (the tests only read)."""
    settings = settings_for(request.param, request, tmp_path_factory.mktemp("store"))
    result = invoke(settings, "load", str(corpus))
    yield settings, corpus, result
    if settings.is_neo4j:
        clear(settings)


def test_load_fails_softly(loaded: LoadRun) -> None:
    _, _, result = loaded
    assert_no_traceback(result)
    assert result.exit_code == 1, result.output
    assert f"2 loaded, 0 unchanged, {len(BAD_FILES)} failed" in result.stdout


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.name for b in BAD_FILES])
def test_each_bad_file_has_one_error_line_with_a_reason(loaded: LoadRun, bad: BadFile) -> None:
    _, corpus, result = loaded
    errors = error_lines(result)
    assert bad.name in errors, result.stderr
    assert bad.reason.lower() in errors[bad.name].lower()
    [line] = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")
              and Path(ln.split(": ")[1]).name == bad.name]
    assert str(corpus / bad.name) in line


def test_only_error_lines_and_log_lines_on_stderr(loaded: LoadRun) -> None:
    _, _, result = loaded
    assert set(error_lines(result)) == {bad.name for bad in BAD_FILES}
    for line in result.stderr.splitlines():
        assert line.startswith(("error: ", "WARNING ", "INFO ", "DEBUG ")), line


def test_good_resume_and_cp1252_resume_load_once(loaded: LoadRun) -> None:
    settings, corpus, _ = loaded
    # the folder symlinks (loop -> ., sub/up -> ..) are not walked: no second copy
    assert resume_paths(settings) == [f"{corpus.name}/good.txt", f"{corpus.name}/latin1.txt"]
    with open_store(settings) as store:
        owners = rows(store, "MATCH (p:Person)-[:DESCRIBED_IN]->(r:Resume) "
                             "RETURN p.name, r.path ORDER BY p.name")
        assert (GOOD_NAME, f"{corpus.name}/good.txt") in owners
        assert (LATIN1_NAME, f"{corpus.name}/latin1.txt") in owners
        orgs = rows(store, "MATCH (o:Organization) RETURN o.name")
        assert any(LATIN1_EMPLOYER in name for name in orgs), orgs


def test_reloading_the_folder_changes_nothing(loaded: LoadRun) -> None:
    settings, corpus, _ = loaded
    again = invoke(settings, "load", str(corpus))
    assert_no_traceback(again)
    assert again.exit_code == 1
    assert f"0 loaded, 2 unchanged, {len(BAD_FILES)} failed" in again.stdout


def test_a_fifo_does_not_hang_the_load(corpus: Path, tmp_path: Path) -> None:
    """A named pipe with a résumé extension would block a reader forever."""
    done = subprocess.run([TALENTGRAPH, "--store", str(tmp_path / "s.lbug"), "load",
                           str(corpus / "fifo.txt")], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1
    assert "not a regular file" in done.stderr and "Traceback" not in done.stderr


def test_huge_file_refused_with_a_size_reason(corpus: Path, tmp_path: Path) -> None:
    huge = corpus / "huge.txt"
    assert huge.stat().st_size >= 50 * 1024 * 1024
    with pytest.raises(InputError, match="too large"):
        parse_file(huge)
    with open_store(Settings(store=str(tmp_path / "s.lbug"))) as store:
        report = load_paths([huge], store)
    assert report.loaded == [] and "too large" in report.failed[0][1]


@pytest.mark.parametrize("kind", ["/etc/passwd", "../outside", "link", "self"])
def test_tex_input_never_leaves_the_resume_folder(tmp_path: Path, kind: str) -> None:
    """``\\input`` of an absolute path, a parent, a symlink out, or itself."""
    (tmp_path / "outside.tex").write_text("SECRET-OUTSIDE-LINE\n")
    folder = tmp_path / "cv"
    folder.mkdir()
    (folder / "link.tex").symlink_to(tmp_path / "outside.tex")
    target = "cv" if kind == "self" else kind
    (folder / "cv.tex").write_text(
        "\\documentclass{article}\\begin{document}\n\\section*{Jane Doe}\n"
        f"jane@example.com\n\\input{{{target}}}\n\\section*{{Experience}}\n"
        "Software Engineer, Acme Inc. \\hfill 2019 -- 2021\n\\end{document}\n")
    resume = parse_file(folder / "cv.tex")
    dumped = resume.model_dump_json()
    assert "SECRET-OUTSIDE-LINE" not in dumped and "root:" not in dumped
    assert resume.contact.name == "Jane Doe"


def test_tex_macro_bomb_is_bounded(tmp_path: Path) -> None:
    """Nine nested ``\\def``\\ s that would expand to 10^9 characters: expansion stops
    once the source grows past what a résumé's shorthands make of it, and the rest reads."""
    defs = "\\def\\a{lol}" + "".join(
        f"\\def\\{c}{{" + f"\\{p}" * 10 + "}" for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    cv = tmp_path / "bomb.tex"
    cv.write_text("\\documentclass{article}\\begin{document}\n\\section*{Jane Doe}\n"
                  f"jane@example.com\n{defs}\n\\section{{Experience}}\n"
                  "Engineer, Acme \\hfill 2019 -- 2021 \\i\n\\end{document}\n")
    try:
        done = subprocess.run([TALENTGRAPH, "parse", str(cv)], capture_output=True,
                              text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("parsing a 500-byte TeX file took over a minute")
    assert done.returncode == 0, done.stderr
    assert "Acme" in done.stdout

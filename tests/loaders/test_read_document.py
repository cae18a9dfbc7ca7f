"""The reader registry: dispatch by extension, and InputError as the only failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talentgraph.loaders.errors import InputError
from talentgraph.loaders.read import READERS, SUPPORTED_EXTENSIONS, read_document

# tmp_path is shared by a test's examples; each example overwrites the same file, which is fine.
_TMP_PATH_OK = [HealthCheck.function_scoped_fixture]


def test_every_promised_extension_is_registered() -> None:
    assert {".txt", ".text", ".md", ".markdown", ".pdf", ".docx", ".json", ".tex"} == set(
        SUPPORTED_EXTENSIONS)
    assert set(READERS) == SUPPORTED_EXTENSIONS


def test_extension_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "CV.TXT"
    path.write_text("Jane Doe\n", encoding="utf-8")
    assert [b.text for b in read_document(path).blocks] == ["Jane Doe"]


@pytest.mark.parametrize("name", ["cv.doc", "cv.rtf", "cv"])
def test_unknown_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Jane", encoding="utf-8")
    with pytest.raises(InputError, match="unsupported file type"):
        read_document(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file") as err:
        read_document(tmp_path / "nope.pdf")
    assert err.value.path == str(tmp_path / "nope.pdf")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "cv.md"
    folder.mkdir()
    with pytest.raises(InputError, match="directory"):
        read_document(folder)


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match="too large"):
        read_document(path, max_bytes=1024)
    assert [b.text for b in read_document(path, max_bytes=4096).blocks] == ["a" * 2048]


def test_default_limit_is_ten_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_bytes(b"x" * (10 * 1024 * 1024 + 1))
    with pytest.raises(InputError, match="too large"):
        read_document(path)


@pytest.mark.parametrize("ext", sorted(SUPPORTED_EXTENSIONS))
@settings(max_examples=40, deadline=None, suppress_health_check=_TMP_PATH_OK)
@given(data=st.binary(max_size=2048))
def test_arbitrary_bytes_raise_only_input_error(tmp_path: Path, ext: str, data: bytes) -> None:
    path = tmp_path / f"fuzz{ext}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except InputError as err:
        assert not err.reason.startswith("cannot read ("), err.reason
        return
    assert doc.path == str(path)
    assert all("\n" not in block.text for block in doc.blocks)


_TOKENS = [*"\\{}[]%$&#_^~ \nabcxyz0129'*,.:|", "\\section{", "\\item ", "\\begin{itemize}",
           "\\end{itemize}", "\\newcommand{\\a}[2]{#1#2", "\\def\\b#1{\\b{#1}}", "\\cventry{",
           "\\resumeSubheading{", "\\input{", "\\href{", "\\begin{document}", '{"work": [',
           '"startDate": ', "null", "2019", "\\bibitem{k}", "\\begin{thebibliography}{9}"]


@pytest.mark.parametrize("ext", [".tex", ".json", ".md"])
@settings(max_examples=60, deadline=None, suppress_health_check=_TMP_PATH_OK)
@given(text=st.lists(st.sampled_from(_TOKENS), max_size=80).map("".join))
def test_latex_and_json_shaped_noise_raises_only_input_error(tmp_path: Path, ext: str,
                                                              text: str) -> None:
    path = tmp_path / f"noise{ext}"
    path.write_text(text, encoding="utf-8")
    try:
        read_document(path)
    except InputError as err:
        # The registry's safety net turns surprises into "cannot read (...)": the readers
        # themselves must have foreseen everything here.
        assert not err.reason.startswith("cannot read ("), err.reason

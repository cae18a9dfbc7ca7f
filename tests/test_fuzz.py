"""Property tests over the readers, the extractor and the graph builder (hypothesis).

* Any bytes under any résumé extension, through :func:`talentgraph.loaders.parse_file`,
  give a résumé or :class:`~talentgraph.loaders.InputError`: never another exception,
  which would cost a batch load a traceback instead of one error line.  Besides raw bytes,
  inputs start the way each format does (``%PDF-``, a zip with ``word/document.xml``, JSON
  values, LaTeX commands) so the parsers behind the first check are reached.
* Any text through :func:`talentgraph.loaders.extract.extract` never raises, and what it
  extracts always builds into a graph (:func:`talentgraph.graph.build.build_graph`).

The default run is short (150 examples a test); ``HYPOTHESIS_PROFILE=long`` (registered in
``tests/conftest.py``) runs 5,000.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from talentgraph.graph.build import build_graph
from talentgraph.loaders import InputError, parse_file
from talentgraph.loaders.document import Document
from talentgraph.loaders.extract import extract
from talentgraph.loaders.read import SUPPORTED_EXTENSIONS

FUZZ = hypothesis_settings(
    max_examples=max(150, hypothesis_settings.default.max_examples),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Lines a résumé is made of, for text that reaches past the first checks.
RESUME_LINES = [
    "Jane Q. Doe", "jane.doe@example.com | +1 (555) 010-9999 | linkedin.com/in/janedoe",
    "EXPERIENCE", "Experience", "## Work History", "EDUCATION", "Education:", "SKILLS",
    "Publications", "Awards and Honors", "Projects", "Patents", "Advisor: Prof. Alan Turing",
    "Software Engineer, Acme Inc.\t2019 – Present", "Acme Inc. — Senior Engineer (Jan 2018 - Mar 2020)",
    "- Built a café ordering system in Python, Go and Rust", "• Led a team of 5",
    "Ph.D. in Computer Science, Stanford University, 2015", "B.S., MIT, 2008 - 2012",
    "Python, PyTorch, Kubernetes, C++", "Skills: Java; SQL; Machine Learning",
    "[1] J. Doe, A. Smith. A Paper Title. In: NeurIPS, 2020.",
    "Doe J, Smith A (2019) Another paper. ICML.", "Best Paper Award, ICSE 2021",
    "San Francisco, CA", "2019-01 – 2020-12", "Summer 2017", "present",
    "'}) MATCH (n) DETACH DELETE n //", '"; DROP TABLE x; --', "محمد عبد الله", "🚀👩🏽‍💻",
]

resume_text = st.lists(
    st.one_of(st.sampled_from(RESUME_LINES), st.text(max_size=80),
              st.builds(" ".join, st.lists(st.sampled_from(RESUME_LINES), max_size=3))),
    max_size=40,
).map("\n".join)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.sampled_from(["basics", "work", "education", "skills", "name",
                                       "email", "startDate", "endDate", "position",
                                       "publications", "authors", "keywords", "location",
                                       "profiles", "url", "x"]) | st.text(max_size=10),
                      children, max_size=6),
    max_leaves=30,
)

json_resume = st.fixed_dictionaries({}, optional={
    "basics": st.fixed_dictionaries({}, optional={
        "name": st.text(max_size=40) | json_values, "email": st.text(max_size=40),
        "phone": st.text(max_size=20), "label": st.text(max_size=40)}),
    "work": st.lists(st.fixed_dictionaries({}, optional={
        "name": st.text(max_size=40), "position": st.text(max_size=40),
        "startDate": st.text(max_size=12) | json_values, "endDate": st.text(max_size=12)}),
        max_size=4),
    "education": st.lists(st.fixed_dictionaries({}, optional={
        "institution": st.text(max_size=40), "studyType": st.text(max_size=20),
        "area": st.text(max_size=20), "endDate": st.text(max_size=12)}), max_size=3),
    "publications": st.lists(st.fixed_dictionaries({}, optional={
        "name": st.text(max_size=40), "publisher": st.text(max_size=20),
        "authors": st.lists(st.text(max_size=20), max_size=5)}), max_size=3),
    "skills": st.lists(st.fixed_dictionaries({}, optional={
        "name": st.text(max_size=20), "keywords": st.lists(st.text(max_size=15), max_size=4)}),
        max_size=3),
})


def _docx(body: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns='
                         '"http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", body)
    return buffer.getvalue()


latex = st.lists(st.sampled_from([
    "\\documentclass{article}", "\\begin{document}", "\\end{document}", "\\section*{Experience}",
    "\\textbf{Acme}", "\\hfill 2019 -- 2021", "\\item", "\\begin{itemize}", "\\end{itemize}",
    "\\newcommand{\\x}[1]{#1#1}", "\\x{a}", "\\def\\y{\\y}", "{", "}", "%", "\\\\", "$x^2$",
    "\\input{missing}", "\\href{http://x}{y}", "\\cventry{2019}{Engineer}{Acme}{}{}{}",
]) | st.text(max_size=20), max_size=30).map("\n".join)

#: Per extension, bytes that look like that format to its first check.
SHAPED: dict[str, st.SearchStrategy[bytes]] = {
    ".pdf": st.binary(max_size=2000).map(lambda b: b"%PDF-1.4\n" + b),
    ".docx": st.binary(max_size=500).map(_docx) | resume_text.map(
        lambda t: _docx(f"<w:document><w:body><w:p><w:r><w:t>{t}</w:t></w:r></w:p>"
                        "</w:body></w:document>".encode())),
    ".json": (json_values | json_resume).map(lambda v: json.dumps(v).encode()),
    ".tex": latex.map(str.encode),
}


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    """One folder for the whole module (hypothesis reruns a test body many times)."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as name:
        yield Path(name)


def _parse_or_input_error(folder: Path, extension: str, data: bytes) -> None:
    path = folder / f"cv{extension}"
    path.write_bytes(data)
    try:
        parse_file(path)
    except InputError as err:
        assert err.path == str(path) and err.reason  # one line naming the file and why


@pytest.mark.parametrize("extension", sorted(SUPPORTED_EXTENSIONS))
@FUZZ
@given(data=st.binary(max_size=4096))
def test_any_bytes_give_a_resume_or_input_error(folder: Path, extension: str,
                                                data: bytes) -> None:
    _parse_or_input_error(folder, extension, data)


@pytest.mark.parametrize("extension", sorted(SHAPED))
@FUZZ
@given(data=st.data())
def test_format_shaped_bytes_give_a_resume_or_input_error(folder: Path, extension: str,
                                                          data: st.DataObject) -> None:
    _parse_or_input_error(folder, extension, data.draw(SHAPED[extension]))


@pytest.mark.parametrize("extension", [".txt", ".md"])
@FUZZ
@given(text=resume_text, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_any_text_file_gives_a_resume_or_input_error(folder: Path, extension: str, text: str,
                                                     encoding: str) -> None:
    _parse_or_input_error(folder, extension, text.encode(encoding, "replace"))


@FUZZ
@given(text=resume_text | st.text())
def test_extract_never_raises_and_the_result_builds(text: str) -> None:
    doc = Document.from_text("fuzz.txt", "text", "0" * 64,
        tuple(text.splitlines()))
    resume = extract(doc)
    build_graph([resume.model_copy(update={"source_file": "fuzz/cv.txt"})])


@FUZZ
@given(resume=json_resume)
def test_json_resumes_that_parse_also_build(folder: Path, resume: dict) -> None:
    path = folder / "cv.json"
    path.write_text(json.dumps(resume), "utf-8")
    try:
        parsed = parse_file(path)
    except InputError:
        return
    build_graph([parsed.model_copy(update={"source_file": "fuzz/cv.json"})])

"""``talentgraph match`` through click's runner on the hand-built pool in an embedded store:
the formats, the options, the explanation and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pool import pool_graph

from talentgraph.cli import main
from talentgraph.config import Settings
from talentgraph.graph.store import open_store

POSTING = """# Senior Machine Learning Engineer

Location: Berlin, Germany

## Requirements
- 5+ years of experience
- PyTorch and Python
- Master's degree in Computer Science

## Nice to have
- Kubernetes
- Frobnicator, Kubernetes
"""


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "pool.lbug"
    with open_store(Settings(store=str(path))) as store:
        store.write_graph(pool_graph())
    return str(path)


@pytest.fixture
def posting(tmp_path: Path) -> Path:
    path = tmp_path / "ml.md"
    path.write_text(POSTING, encoding="utf-8")
    return path


def invoke(store: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--store", store, "match", *args])
    return result.exit_code, result.output


def test_json_lists_candidates_with_scores_and_explanations(store_path: str,
                                                            posting: Path) -> None:
    code, out = invoke(store_path, str(posting), "--format", "json")
    assert code == 0, out
    data = json.loads(out)
    assert data["job"]["required_skills"] == ["PyTorch", "Python"]
    assert data["job"]["unknown_to_taxonomy"] == ["Frobnicator"]
    names = [c["name"] for c in data["candidates"]]
    assert names[0] == "Alice Adams"
    assert set(names) == {"Alice Adams", "Bob Brown", "Carol Chen", "Eve Evans"}
    alice = data["candidates"][0]
    assert alice["explanation"]["missing_preferred"] == ["Kubernetes", "Frobnicator"]
    assert alice["explanation"]["resumes"] == ["pool/alice.txt"]
    assert alice["explanation"]["job"] == str(posting)
    assert set(alice["scores"]) == {"skills", "title", "experience", "education", "location"}


def test_table_and_markdown(store_path: str, posting: Path) -> None:
    code, out = invoke(store_path, str(posting), "--top", "2")
    assert code == 0, out
    assert "Alice Adams" in out and "Carol Chen" in out and "Bob Brown" not in out
    assert "unknown to the taxonomy (matched literally): Frobnicator" in out
    code, out = invoke(store_path, str(posting), "--format", "markdown", "--top", "3")
    assert code == 0, out
    assert "## 1. Alice Adams" in out
    alice, bob = out.split("## 2. ")[0], out.split("## 3. ")[1]
    assert "- PyTorch: exact via PyTorch, 48 months, last used 2026-05 (credit 1.00)" in alice
    assert bob.startswith("Bob Brown")
    assert "- PyTorch: broader via PyTorch → Deep Learning Frameworks (credit 0.16)" in bob
    assert "- evidence: pool/bob.txt; job: " in bob


def test_options_without_a_posting_and_weights(store_path: str) -> None:
    code, out = invoke(store_path, "--skill", "deep learning frameworks", "--nice",
                       "frobnicator", "--format", "json")
    assert code == 0, out
    ranked = [(c["name"], c["score"]) for c in json.loads(out)["candidates"]]
    assert ranked == [("Bob Brown", 0.5333), ("Alice Adams", 0.3333), ("Eve Evans", 0.2667),
                      ("Carol Chen", 0.2455)]
    code, out = invoke(store_path, "--skill", "Python", "--degree", "PhD", "--weights",
                       "skills=0,education=1", "--format", "json")
    assert code == 0, out
    assert json.loads(out)["candidates"][0]["name"] == "Carol Chen"


def test_exclude_file_and_referrers(store_path: str, posting: Path, tmp_path: Path) -> None:
    contacted = tmp_path / "contacted.txt"
    contacted.write_text("# already contacted\nalice@example.org\nperson:bob\n", "utf-8")
    code, out = invoke(store_path, str(posting), "--exclude", str(contacted), "--format",
                       "json")
    assert code == 0, out
    assert [c["name"] for c in json.loads(out)["candidates"]] == ["Carol Chen", "Eve Evans"]
    code, out = invoke(store_path, str(posting), "--referrers-at", "Initech", "--format",
                       "json", "--top", "1")
    assert json.loads(out)["candidates"][0]["referrers"] == [
        {"name": "Eve Evans", "organization": "Initech", "how": "colleague at Acme"}]
    code, out = invoke(store_path, str(posting), "--referrers-at", "Initech",
                       "--referrers-at", "acme", "--format", "json", "--top", "1")
    assert [r["organization"] for r in json.loads(out)["candidates"][0]["referrers"]] == [
        "Acme", "Initech"]


def test_explain_job_needs_no_store(posting: Path, tmp_path: Path) -> None:
    code, out = invoke(str(tmp_path / "none.lbug"), str(posting), "--explain-job")
    assert code == 0, out
    assert "seniority: senior" in out
    assert "degree_level: master" in out
    assert "unknown_to_taxonomy: ['Frobnicator']" in out
    assert "min_years ← line 6" in out


def test_bad_input_is_one_line_naming_the_problem(store_path: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    code, out = invoke(store_path, str(empty))
    assert code == 1 and f"{empty}: empty file" in out and "Traceback" not in out
    code, out = invoke(store_path, "--skill", "Python", "--weights", "skils=1")
    assert code == 2 and "not CATEGORY=NUMBER" in out
    code, out = invoke(store_path)
    assert code == 2 and "give a job posting" in out
    code, out = invoke(store_path, "--skill", "Python", "--degree", "wizardry")
    assert code == 2 and "'wizardry' is no degree" in out
    code, out = invoke(store_path, "--skill", "Python", "--exclude", str(tmp_path / "no.txt"))
    assert code == 1 and "no.txt: cannot read the exclusion list" in out

"""The synthetic corpus generator: deterministic, counted, truthful, readable, realistic."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from talentgraph.synth import SynthConfig, file_owners, generate, pairwise, read_manifest
from talentgraph.synth.truth import read_truth

PEOPLE = 120


def _digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every format, a high duplicate rate so duplicates are plentiful."""
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, SynthConfig(people=PEOPLE, seed=11, duplicate_rate=0.3))
    return folder


def test_same_seed_same_bytes(corpus: Path, tmp_path: Path) -> None:
    generate(tmp_path, SynthConfig(people=PEOPLE, seed=11, duplicate_rate=0.3))
    assert _digests(tmp_path) == _digests(corpus)


def test_workers_do_not_change_the_output(corpus: Path, tmp_path: Path) -> None:
    generate(tmp_path, SynthConfig(people=PEOPLE, seed=11, duplicate_rate=0.3), jobs=2)
    assert _digests(tmp_path) == _digests(corpus)


def test_other_seed_other_corpus(corpus: Path, tmp_path: Path) -> None:
    generate(tmp_path, SynthConfig(people=PEOPLE, seed=12, duplicate_rate=0.3))
    ours, theirs = _digests(corpus), _digests(tmp_path)
    assert not set(ours.values()) & set(theirs.values())


def test_counts_match_manifest_and_disk(corpus: Path) -> None:
    manifest = read_manifest(corpus)
    files = [p for p in (corpus / "resumes").rglob("*") if p.is_file()]
    records = list(read_truth(corpus))
    assert len(records) == manifest["people"] == PEOPLE
    assert len(files) == manifest["files"] == PEOPLE + manifest["duplicates"]
    assert Counter(p.suffix[1:] for p in files) == Counter(manifest["by_format"])
    assert set(manifest["by_format"]) == {"txt", "md", "json", "docx", "pdf"}


def test_truth_names_every_file_once(corpus: Path) -> None:
    owners = file_owners(corpus)
    on_disk = {p.relative_to(corpus).as_posix()
               for p in (corpus / "resumes").rglob("*") if p.is_file()}
    assert set(owners) == on_disk
    for record in read_truth(corpus):
        primaries = [f for f in record["files"] if f["primary"]]
        assert len(primaries) == 1
        assert all(f["link"] for f in record["files"] if not f["primary"])
        assert all(j["start"] for j in record["jobs"])


def test_duplicate_fraction_near_the_rate(tmp_path: Path) -> None:
    generate(tmp_path, SynthConfig(people=1000, seed=5, formats=("txt", "json"),
                                   duplicate_rate=0.1))
    manifest = read_manifest(tmp_path)
    assert 0.07 <= manifest["duplicates"] / 1000 <= 0.13
    links = Counter(f["link"] for r in read_truth(tmp_path) for f in r["files"] if f["link"])
    assert set(links) == {"email", "phone", "name_employer"}


def test_duplicates_differ_from_their_primary(corpus: Path) -> None:
    for record in read_truth(corpus):
        if len(record["files"]) == 2:
            a, b = ((corpus / f["file"]).read_bytes() for f in record["files"])
            assert a != b
            assert record["files"][0]["format"] != record["files"][1]["format"]


def test_coauthors_connect_owners(tmp_path: Path) -> None:
    generate(tmp_path, SynthConfig(people=400, seed=2, formats=("json",), duplicate_rate=0))
    by_title: dict[str, set[str]] = {}
    for record in read_truth(tmp_path):
        for paper in record["papers"]:
            by_title.setdefault(paper["title"], set()).add(record["person"])
    assert any(len(owners) > 1 for owners in by_title.values())


def test_json_resume_shape(corpus: Path) -> None:
    path = next((corpus / "resumes").rglob("*.json"))
    doc = json.loads(path.read_text("utf-8"))
    assert doc["meta"]["version"] == "v1.0.0"
    assert doc["basics"]["name"] and doc["work"][0]["startDate"]


def test_pairwise_scores() -> None:
    truth = {"a": "1", "b": "1", "c": "2", "d": "3"}
    assert pairwise(truth, {"a": "x", "b": "x", "c": "y", "d": "z"}).precision == 1.0
    merged = pairwise(truth, {"a": "x", "b": "x", "c": "x", "d": "z"})
    assert merged.recall == 1.0 and merged.precision == pytest.approx(1 / 3)
    split = pairwise(truth, {"a": "x", "b": "y", "c": "z", "d": "w"})
    assert split.recall == 0.0 and split.precision == 1.0


def test_every_file_is_readable(corpus: Path) -> None:
    from talentgraph.loaders import read as readers

    for path in sorted((corpus / "resumes").rglob("*")):
        if path.is_file():
            document = readers.read_document(path)
            assert any(block.text.strip() for block in document.blocks), path


def test_cli_writes_and_refuses_to_clobber(tmp_path: Path) -> None:
    from talentgraph.cli import main
    from talentgraph.commands.synth import synth

    if "synth" not in main.commands:
        main.add_command(synth)
    runner = CliRunner()
    args = ["synth", "--people", "20", "--out", str(tmp_path), "--formats", "txt,md"]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "résumés for 20 people" in first.output
    again = runner.invoke(main, args)
    assert again.exit_code == 1 and "--overwrite" in again.output
    assert runner.invoke(main, [*args, "--overwrite"]).exit_code == 0
    bad = runner.invoke(main, ["synth", "-n", "2", "--out", str(tmp_path / "x"),
                               "--formats", "rtf"])
    assert bad.exit_code == 1 and "unknown formats" in bad.output
    assert "Example" in runner.invoke(main, ["synth", "--help"]).output


def test_no_two_people_share_an_email_phone_or_profile_handle() -> None:
    """Drafted independently, 3000 people include same-name strangers who pick the same
    address; the registry re-draws those, as a mail provider would."""
    from talentgraph.synth.labs import identity
    from talentgraph.synth.people import _contacts, contact_registry

    people = 3000
    contacts = [_contacts(5, i, people, identity(5, i)) for i in range(people)]
    assert contact_registry(5, people), "no collision drafted: the test proves nothing"
    for field in range(3):
        values = [c[field] if field != 1 else "".join(ch for ch in c[1] if ch.isdigit())[-10:]
                  for c in contacts]
        assert len(set(values)) == people


def _coauthor_pairs(people: int) -> tuple[int, int]:
    """Papers and co-author pairs of a corpus of ``people``, with papers merged by title
    the way ``graph.build`` merges them (one node per title key)."""
    from collections import defaultdict

    from talentgraph.graph.normalize import title_key
    from talentgraph.synth import labs
    from talentgraph.synth.vocab import load_vocab

    vocab = load_vocab(1, people)
    authors: dict[str, set[str]] = defaultdict(set)
    papers = 0
    for key in range(people // labs.LAB_WINDOW + 1):
        for paper in labs._lab(1, key, people, vocab).papers:
            papers += 1
            authors[title_key(paper.title)].update(paper.authors)
    return papers, sum(len(a) * (len(a) - 1) // 2 for a in authors.values())


def test_coauthorship_grows_linearly_with_the_corpus() -> None:
    """Titles are papers' identity; with too few possible titles unrelated papers merged
    into cliques of a hundred authors and the co-author ties of 10^5 people were 38x
    those of 10^4.  Ten times the people must give about ten times the pairs."""
    small_papers, small = _coauthor_pairs(3_000)
    big_papers, big = _coauthor_pairs(30_000)
    assert 9 <= big_papers / small_papers <= 11
    assert big / small < 11

"""Resolving against the store: a store loaded in small batches and several loads holds
exactly the graph one load of the same files (their latest versions) gives, and each batch
is handed only the stored people it can meet.

The loads: half a synthetic corpus, then all of it (a person's second résumé meets the
first in the store), then the folder again with some files edited in place (changed
email, dropped job, dropped papers), and a crafted edit that deletes a stored co-author
whom a later batch would otherwise have merged into.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from talentgraph.config import Settings
from talentgraph.graph.known import KnownEntities
from talentgraph.graph.normalize import phone_key, url_key
from talentgraph.graph.store import canonical_dump, open_store
from talentgraph.pipeline import load_paths

BATCH = 4
KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic corpus (text, Markdown, JSON Resume; some people with two résumés)."""
    from talentgraph.synth import SynthConfig, generate

    out = tmp_path_factory.mktemp("known")
    generate(out, SynthConfig(people=24, seed=21, formats=("txt", "md", "json"),
                              duplicate_rate=0.3))
    return out / "resumes"


@pytest.fixture(params=KINDS)
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    if request.param == "embedded":
        yield Settings(store=str(tmp_path / "known.lbug"))
        return
    neo: Settings = request.getfixturevalue("neo4j_settings")
    yield neo
    with open_store(neo) as store:
        store.clear()


def _edit(folder: Path) -> list[str]:
    """Edit some JSON résumés the way a person updates a CV; returns their names."""
    edited = []
    for i, path in enumerate(sorted(folder.glob("*.json"))[:6]):
        doc = json.loads(path.read_text("utf-8"))
        basics = doc.setdefault("basics", {})
        if i % 3 == 0:
            basics["email"] = f"new.address{i}@example.org"
        elif i % 3 == 1:
            doc["work"] = (doc.get("work") or [])[1:]
        else:
            doc["publications"] = []
            doc["education"] = (doc.get("education") or [])[:1]
        path.write_text(json.dumps(doc), "utf-8")
        edited.append(path.name)
    return edited


def _one_load(settings: Settings, folder: Path) -> dict[str, Any]:
    """What one load of the folder's current files, in one batch, gives."""
    with open_store(settings) as store:
        store.clear()
        assert load_paths([folder], store, batch_size=10_000).failed == []
        dump = canonical_dump(store.to_networkx())
        store.clear()
    return dump


def test_loads_resolve_as_one_load(corpus: Path, settings: Settings, tmp_path: Path) -> None:
    """Half the files, then all of them, then the folder again with some files edited in
    place: after each load the store holds what one load of those files gives."""
    work = tmp_path / "work" / corpus.name
    work.mkdir(parents=True)
    files = sorted(corpus.iterdir())
    for path in files[::2]:
        shutil.copy(path, work / path.name)
    steps = []
    with open_store(settings) as store:
        store.clear()
        assert not load_paths([work], store, batch_size=BATCH).failed
        steps.append(canonical_dump(store.to_networkx()))
    want = [_one_load(settings, work)]
    for path in files:
        shutil.copy(path, work / path.name)
    with open_store(settings) as store:
        load_paths([work], store, batch_size=BATCH)
        steps.append(canonical_dump(store.to_networkx()))
    want.append(_one_load(settings, work))
    for step, (mine, theirs) in enumerate(zip(steps, want, strict=True)):
        assert mine == theirs, f"load {step + 1}"


def _json_resume(path: Path, name: str, email: str, papers: list[list[str]]) -> None:
    path.write_text(json.dumps({
        "basics": {"name": name, "email": email},
        "work": [{"name": "Acme Research", "position": "Scientist", "startDate": "2020-01"}],
        "publications": [{"name": f"On Graphs {i}", "releaseDate": "2021", "authors": authors}
                         for i, authors in enumerate(papers)],
    }), "utf-8")


def test_a_coauthor_dropped_by_an_edit_is_forgotten(settings: Settings, tmp_path: Path) -> None:
    """Ann's edited CV no longer lists the paper with Bob, so the store deletes the Bob it
    only knew from there; Bob's own CV, in the next batch, must not merge into him."""
    folder = tmp_path / "cvs"
    folder.mkdir()
    _json_resume(folder / "a.json", "Ann Lee", "ann@example.org", [["Ann Lee", "Bob Stone"]])
    with open_store(settings) as store:
        store.clear()
        load_paths([folder], store)
        assert store.run("MATCH (p:Person {name: 'Bob Stone'}) RETURN count(p) AS n")[0]["n"] == 1
    _json_resume(folder / "a.json", "Ann Lee", "ann@example.org", [])
    _json_resume(folder / "b.json", "Bob Stone", "bob@example.org", [["Bob Stone", "Ann Lee"]])
    with open_store(settings) as store:
        load_paths([folder], store, batch_size=1)
        got = canonical_dump(store.to_networkx())
    assert got == _one_load(settings, folder)
    bobs = [n for n in got["nodes"].values() if n.get("name") == "Bob Stone"]
    assert (len(bobs) == 1 and bobs[0]["sources"] == ["cvs/a.json", "cvs/b.json"]) or \
        bobs[0]["sources"] == ["cvs/b.json"]


def test_a_person_with_two_resumes_in_two_loads_is_one_person(
        corpus: Path, settings: Settings) -> None:
    truth = [json.loads(line) for line in (corpus.parent / "truth.jsonl").open()]
    twice = [p for p in truth if len(p.get("files") or ()) > 1]
    assert twice, "the corpus should have people with two résumés"
    person = twice[0]
    first, second = (corpus / Path(f["file"]).name for f in person["files"][:2])
    with open_store(settings) as store:
        store.clear()
        load_paths([first], store)
        load_paths([second], store)
        owners = store.run("MATCH (p:Person)-[:DESCRIBED_IN]->(r:Resume) "
                           "RETURN p.id AS id, r.path AS path")
    assert len(owners) == 2 and len({row["id"] for row in owners}) == 1, owners


def test_each_batch_gets_only_the_stored_people_it_can_meet(corpus: Path,
                                                            settings: Settings) -> None:
    """The candidates are a real subset, and they include everyone sharing a name block or
    a strong key with the batch (the only ways a stored person meets a mention)."""
    from talentgraph.graph.known import mentioned_keys
    from talentgraph.graph.resolve import block_of
    from talentgraph.loaders import parse_file

    files = sorted(corpus.iterdir())
    with open_store(settings) as store:
        store.clear()
        load_paths(files[:-BATCH], store)
        known = KnownEntities(store)
        everyone = known.all_people()
        store.clear()
    batch = [parse_file(f).model_copy(update={"source_file": f"{corpus.name}/{f.name}"})
             for f in files[-BATCH:]]
    chosen = known.people_for(batch)
    assert 0 < len(chosen) < len(everyone)
    assert [p.id for p in chosen] == sorted(p.id for p in chosen)
    blocks, keys = set(), set()
    for resume in batch:
        b, k = mentioned_keys(resume)
        blocks |= b
        keys |= k
    for person in everyone:
        person_keys = ({f"email:{e}" for e in person.emails}
                       | {f"phone:{p}" for p in map(phone_key, person.phones) if p}
                       | {f"url:{url_key(u)}" for u in person.urls})
        meets = block_of(person.name) in blocks or bool(person_keys & keys)
        assert (person in chosen) == meets, person.id

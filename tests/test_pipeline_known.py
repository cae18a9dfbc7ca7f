"""Resolving against the store: reading it once per load (and only the candidates each
batch can meet) gives exactly the graph that re-reading every stored person per batch gave.

The reference is the pipeline's former behaviour, kept here: before every batch, every
stored person, affiliation, paper and organization is read back from the store and the whole
list is handed to the resolver.  Both run the same loads, on each store kind, in small
batches so most résumés resolve against earlier batches: half a synthetic corpus, then all
of it (a person's second résumé meets the first in the store), then a re-load with edited
files (changed email, dropped job, dropped papers), and a crafted edit that deletes a stored
co-author whom a later batch would otherwise have merged into.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import talentgraph.pipeline as pipeline
from talentgraph.config import Settings
from talentgraph.graph.normalize import affiliation_key, phone_key, title_key, url_key
from talentgraph.graph.resolve import KnownPerson
from talentgraph.graph.store import canonical_dump, open_store
from talentgraph.known import KnownEntities
from talentgraph.pipeline import cypher, load_paths

BATCH = 4
KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


class _RereadEveryBatch:
    """The former pipeline: the whole store, read again for every batch."""

    def __init__(self, store, query: Callable[..., str]) -> None:
        self._store = store

    def __len__(self) -> int:
        return 0

    def people_for(self, resumes: Any) -> list[KnownPerson]:
        store = self._store
        orgs: dict[str, list[str]] = {}
        for row in store.run(cypher("known_affiliations")):
            orgs.setdefault(row["id"], []).append(
                affiliation_key(row["org"], row["role"], row["date"]))
        papers: dict[str, list[str]] = {}
        for row in store.run(cypher("known_papers")):
            papers.setdefault(row["id"], []).append(title_key(row["title"] or ""))
        return [KnownPerson(
            id=row["id"], name=row["name"], is_owner=bool(row["is_owner"]),
            emails=tuple(row["emails"] or ()), phones=tuple(row["phones"] or ()),
            urls=tuple(row["urls"] or ()), orgs=tuple(orgs.get(row["id"], ())),
            papers=tuple(papers.get(row["id"], ()))) for row in store.run(cypher("known_people"))]

    def org_names(self) -> set[str]:
        return {row["name"] for row in self._store.run(cypher("known_orgs"))}

    def cited_by(self, files: list[str]) -> set[str]:
        return set()

    def written(self, graph: Any, also: set[str] = frozenset()) -> None:
        pass


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


def _run(settings: Settings, steps: list[list[Path]], monkeypatch: pytest.MonkeyPatch,
         reference: bool, batch: int) -> list[dict[str, Any]]:
    """The store's canonical dump after each load of ``steps``."""
    dumps = []
    with monkeypatch.context() as patch, open_store(settings) as store:
        store.clear()
        if reference:
            patch.setattr(pipeline, "KnownEntities", _RereadEveryBatch)
        for paths in steps:
            report = load_paths(paths, store, batch_size=batch)
            assert report.failed == [] and report.loaded
            dumps.append(canonical_dump(store.to_networkx()))
        store.clear()
    return dumps


def _same_as_reference(settings: Settings, steps: list[list[Path]],
                       monkeypatch: pytest.MonkeyPatch, batch: int = BATCH) -> None:
    want = _run(settings, steps, monkeypatch, reference=True, batch=batch)
    got = _run(settings, steps, monkeypatch, reference=False, batch=batch)
    for step, (mine, theirs) in enumerate(zip(got, want, strict=True)):
        assert mine["nodes"].keys() == theirs["nodes"].keys(), f"load {step + 1}"
        assert mine == theirs, f"load {step + 1}"


def test_loads_resolve_as_rereading_the_store(corpus: Path, settings: Settings,
                                              monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    """Half the files, then all of them (the other half meets the first in the store),
    then the folder again with some files edited (their old facts are replaced)."""
    edited = tmp_path / "edited" / corpus.name  # same folder name: same source keys
    shutil.copytree(corpus, edited)
    assert _edit(edited)
    files = sorted(corpus.iterdir())
    _same_as_reference(settings, [files[::2], [corpus], [edited]], monkeypatch)


def _json_resume(path: Path, name: str, email: str, papers: list[list[str]]) -> None:
    path.write_text(json.dumps({
        "basics": {"name": name, "email": email},
        "work": [{"name": "Acme Research", "position": "Scientist", "startDate": "2020-01"}],
        "publications": [{"name": f"On Graphs {i}", "releaseDate": "2021", "authors": authors}
                         for i, authors in enumerate(papers)],
    }), "utf-8")


def test_a_coauthor_dropped_by_an_edit_is_forgotten(
        settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Ann's edited CV no longer lists the paper with Bob, so the store deletes the Bob it
    only knew from there; Bob's own CV, in the next batch, must not merge into him."""
    first, second = tmp_path / "v1" / "cvs", tmp_path / "v2" / "cvs"
    first.mkdir(parents=True)
    second.mkdir(parents=True)
    _json_resume(first / "a.json", "Ann Lee", "ann@example.org", [["Ann Lee", "Bob Stone"]])
    _json_resume(second / "a.json", "Ann Lee", "ann@example.org", [])
    _json_resume(second / "b.json", "Bob Stone", "bob@example.org", [["Bob Stone", "Ann Lee"]])
    _same_as_reference(settings, [[first], [second]], monkeypatch, batch=1)


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
    from talentgraph.graph.resolve import block_of
    from talentgraph.known import mentioned_keys
    from talentgraph.loaders import parse_file

    files = sorted(corpus.iterdir())
    with open_store(settings) as store:
        store.clear()
        load_paths(files[:-BATCH], store)
        known = KnownEntities(store, cypher)
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

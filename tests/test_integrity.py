"""Data integrity on both stores, through the CLI, checking what the store holds afterwards:
résumé identity (two folders of one name, moves, prune), erasure that lasts and is
complete, stores that are refused rather than silently created or replaced, exact load
counts, shared contacts, and containment of what a load reads.

The résumés are small text files written here (no real person's)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from talentgraph.cli import main
from talentgraph.config import Settings
from talentgraph.graph.store import canonical_dump, open_store

KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]
TALENTGRAPH = str(Path(sys.executable).with_name("talentgraph"))


def cv(name: str, *, emails: tuple[str, ...] = (), phones: tuple[str, ...] = (),
       employer: str = "Acme Robotics", start: str = "Jan 2019", school: str = "Williams College",
       papers: tuple[tuple[str, tuple[str, ...]], ...] = (), skills: str = "Python, Rust") -> str:
    """A small text résumé the parser reads fully."""
    contact = " | ".join((*emails, *phones))
    pubs = "\n".join(f"{', '.join(authors)}. {title}. ICRA 2021." for title, authors in papers)
    return (f"{name}\n{contact}\n\nEXPERIENCE\nSoftware Engineer, {employer}    {start} - Present\n\n"
            f"EDUCATION\n{school}, B.S. in Computer Science, 2018\n\n"
            + (f"PUBLICATIONS\n{pubs}\n\n" if pubs else "") + f"SKILLS\n{skills}\n")


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    return path


@pytest.fixture(params=KINDS)
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """An empty store of each kind (Neo4j: the shared test server, cleared)."""
    if request.param == "embedded":
        yield Settings(store=str(tmp_path / "store" / "graph.lbug"))
        return
    neo: Settings = request.getfixturevalue("neo4j_settings")
    with open_store(neo) as store:
        store.clear()
    yield neo
    with open_store(neo) as store:
        store.clear()


def run(settings: Settings, *args: str) -> Result:
    result = CliRunner().invoke(main, ["--store", settings.store, *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(result.output) from result.exception
    assert "Traceback" not in result.output
    return result


def rows(settings: Settings, cypher: str, **params) -> list:
    with open_store(settings) as store:
        return [tuple(r.values()) if len(r) > 1 else next(iter(r.values()))
                for r in store.run(cypher, params)]


def owners(settings: Settings) -> list[str]:
    return rows(settings, "MATCH (p:Person) WHERE p.is_owner RETURN p.name ORDER BY p.name")


def resume_paths(settings: Settings) -> list[str]:
    return rows(settings, "MATCH (r:Resume) RETURN r.path ORDER BY r.path")


def dump(settings: Settings) -> dict:
    with open_store(settings) as store:
        return canonical_dump(store.to_networkx())


# -- 1. a résumé's identity ---------------------------------------------------------------

def test_two_folders_of_one_name_never_share_a_key(settings: Settings, tmp_path: Path) -> None:
    """``load coll/A/cvs`` then ``load coll/B/cvs`` (each a ``resume.txt``) used to replace
    Peter by Bangda; loading both at once reported one as unchanged."""
    a = write(tmp_path / "coll" / "A" / "cvs", "resume.txt", cv("Peter Zhao", emails=("pz@example.org",)))
    b = write(tmp_path / "coll" / "B" / "cvs", "resume.txt", cv("Bangda Zhou", emails=("bz@example.org",)))
    first = run(settings, "load", str(a.parent))
    second = run(settings, "load", str(b.parent))
    assert first.exit_code == second.exit_code == 0
    assert "0 removed" in second.stdout and "1 loaded" in second.stdout
    assert owners(settings) == ["Bangda Zhou", "Peter Zhao"]
    assert resume_paths(settings) == ["cvs/resume.txt", "cvs~2/resume.txt"]
    again = run(settings, "load", str(a.parent), str(b.parent))
    assert "0 loaded, 2 unchanged" in again.stdout
    assert owners(settings) == ["Bangda Zhou", "Peter Zhao"]


def test_moved_file_recites_its_new_path(settings: Settings, tmp_path: Path) -> None:
    pool = tmp_path / "pool"
    old = write(pool, "peter.txt", cv("Peter Zhao", emails=("pz@example.org",)))
    write(pool, "bangda.txt", cv("Bangda Zhou", emails=("bz@example.org",)))
    run(settings, "load", str(pool))
    before = rows(settings, "MATCH (n) WHERE n.id STARTS WITH 'skill:' RETURN count(n)")
    (pool / "2024").mkdir()
    old.rename(pool / "2024" / "peter.txt")
    result = run(settings, "load", str(pool))
    assert result.exit_code == 0
    assert "moved: pool/peter.txt -> pool/2024/peter.txt" in result.stderr
    assert resume_paths(settings) == ["pool/2024/peter.txt", "pool/bangda.txt"]
    graph = dump(settings)
    cited = {s for part in ("nodes", "edges") for item in graph[part].values()
             for s in item["sources"]}
    assert "pool/peter.txt" not in cited and "pool/2024/peter.txt" in cited
    assert rows(settings, "MATCH (n) WHERE n.id STARTS WITH 'skill:' RETURN count(n)") == before


def test_a_pool_moved_as_a_whole_still_matches(settings: Settings, tmp_path: Path) -> None:
    pool = tmp_path / "here" / "cvs"
    write(pool, "peter.txt", cv("Peter Zhao", emails=("pz@example.org",)))
    run(settings, "load", str(pool))
    moved = tmp_path / "there" / "cvs"
    moved.parent.mkdir()
    shutil.move(str(pool), str(moved))
    result = run(settings, "load", str(moved))
    assert "0 loaded, 1 unchanged" in result.stdout
    assert resume_paths(settings) == ["cvs/peter.txt"]


def test_deleted_file_is_listed_then_pruned(settings: Settings, tmp_path: Path) -> None:
    pool = tmp_path / "pool"
    gone = write(pool, "peter.txt", cv("Peter Zhao", emails=("pz@example.org",), employer="Zeta Labs"))
    write(pool, "bangda.txt", cv("Bangda Zhou", emails=("bz@example.org",)))
    run(settings, "load", str(pool))
    gone.unlink()
    listed = run(settings, "load", str(pool))
    assert "missing: pool/peter.txt" in listed.stderr
    assert f"talentgraph load --prune {pool}" in listed.stderr
    assert owners(settings) == ["Bangda Zhou", "Peter Zhao"]          # nothing removed yet
    pruned = run(settings, "load", "--prune", str(pool))
    assert "pruned: pool/peter.txt" in pruned.stderr
    assert owners(settings) == ["Bangda Zhou"]
    assert rows(settings, "MATCH (o:Organization {name: 'Zeta Labs'}) RETURN count(o)") == [0]
    assert rows(settings, "MATCH (o:Organization {name: 'Acme Robotics'}) RETURN count(o)") == [1]


def test_forget_one_file(settings: Settings, tmp_path: Path) -> None:
    pool = tmp_path / "pool"
    write(pool, "peter.txt", cv("Peter Zhao", emails=("pz@example.org",)))
    write(pool, "bangda.txt", cv("Bangda Zhou", emails=("bz@example.org",)))
    run(settings, "load", str(pool))
    result = run(settings, "forget", "--file", str(pool / "peter.txt"), "--yes")
    assert result.exit_code == 0, result.output
    assert owners(settings) == ["Bangda Zhou"]
    again = run(settings, "load", str(pool))
    assert "skipped: " in again.stderr and "erased on" in again.stderr
    assert owners(settings) == ["Bangda Zhou"]


def test_store_from_an_earlier_version_is_migrated(settings: Settings, tmp_path: Path) -> None:
    """A store with résumés but no ledger (keys ``<folder>/<file>``): loading the folder
    again keeps the keys, fills in the ledger, and later loads are incremental."""
    pool = tmp_path / "cvs"
    write(pool, "peter.txt", cv("Peter Zhao", emails=("pz@example.org",)))
    run(settings, "load", str(pool))
    reference = dump(settings)
    with open_store(settings) as store:   # what an earlier version left: no ledger
        for kind in ("_Source", "_Root", "_Meta"):
            store.run(f"MATCH (n:`{kind}`) DELETE n", write=True)
        assert store.ledger_state().version == 1
    result = run(settings, "load", str(pool))
    assert result.exit_code == 0 and "1 loaded" in result.stdout
    assert dump(settings) == reference
    with open_store(settings) as store:
        state = store.ledger_state()
    assert state.version == 2 and set(state.sources) == {"cvs/peter.txt"}
    assert "1 unchanged" in run(settings, "load", str(pool)).stdout


def test_older_embedded_store_is_named_not_half_read(tmp_path: Path) -> None:
    """A store written before a column existed: read commands (which open it read-only,
    so cannot add the column) refuse with the way out, instead of answering from part of
    the data; one load brings it up to date and the same query answers."""
    import ladybug

    pool = tmp_path / "cvs"
    write(pool, "peter.txt", cv("Peter Zhao", emails=("pz@example.org",)))
    store = tmp_path / "old.lbug"
    settings = Settings(store=str(store))
    run(settings, "load", str(pool))
    db = ladybug.Database(str(store))                   # what an older version wrote
    ladybug.Connection(db).execute("ALTER TABLE Person DROP headline")
    db.close()
    refused = run(settings, "query", "person_profile", "-p", "person=Peter Zhao")
    assert refused.exit_code != 0
    assert "written by an older talentgraph" in refused.output and "load FOLDER" in refused.output
    assert run(settings, "load", str(pool)).exit_code == 0      # "1 unchanged", upgraded
    answered = run(settings, "query", "person_profile", "-p", "person=Peter Zhao")
    assert answered.exit_code == 0 and "Peter Zhao" in answered.output


# -- 3. erasure that lasts, 7. that is complete -------------------------------------------

def _colleagues(folder: Path) -> None:
    write(folder, "kai.txt", cv("Kai Du", emails=("kaidu@outlook.com",), phones=("+1 415 555 0142",),
                                 papers=(("Fast Graph Partitioning for Robots", ("Kai Du", "Carol Chen")),)))
    write(folder, "carol.txt", cv("Carol Chen", emails=("carol.chen@example.org",),
                                  papers=(("Fast Graph Partitioning for Robots", ("Carol Chen", "Kai Du")),
                                          ("Robots That Sort Mail", ("Carol Chen", "Kai Du")))))


def test_forget_lasts_and_can_be_readmitted(settings: Settings, tmp_path: Path) -> None:
    pool = tmp_path / "pool"
    _colleagues(pool)
    run(settings, "load", str(pool))
    result = run(settings, "forget", "kaidu@outlook.com", "--yes")
    assert result.exit_code == 0 and "forgot Kai Du" in result.stdout
    assert rows(settings, "MATCH (p:Person) WHERE p.name CONTAINS 'Kai' RETURN count(p)") == [0]
    again = run(settings, "load", str(pool))
    assert "skipped: " in again.stderr and "erased on" in again.stderr
    assert "1 skipped (erased)" in again.stdout
    forced = run(settings, "load", "--force", str(pool))               # co-author stays out
    assert forced.exit_code == 0
    assert rows(settings, "MATCH (p:Person) WHERE p.name CONTAINS 'Kai' RETURN count(p)") == [0]
    listing = run(settings, "erasures", "--format", "json")
    assert "Kai" not in listing.stdout and "kaidu" not in listing.stdout
    import json
    [erasure] = json.loads(listing.stdout)
    assert erasure["kind"] == "person" and erasure["files"] == 1 and erasure["hashes"] > 0
    assert erasure["nodes"] > 0 and erasure["relationships"] > 0
    run(settings, "erasures", "--readmit", erasure["id"])
    back = run(settings, "load", str(pool))
    assert "1 loaded" in back.stdout
    assert owners(settings) == ["Carol Chen", "Kai Du"]
    [after] = json.loads(run(settings, "erasures", "--format", "json").stdout)
    assert after["readmitted"] and after["hashes"] == 0


def test_forget_is_complete(settings: Settings, tmp_path: Path) -> None:
    """No node of theirs (the co-author entry from a colleague's CV included, made in
    another batch) and, on the embedded store, no byte of their name, e-mail or phone."""
    pool = tmp_path / "pool"
    _colleagues(pool)
    run(settings, "load", "--batch-size", "1", str(pool))
    result = run(settings, "forget", "Kai Du", "--yes")
    assert result.exit_code == 0, result.output
    assert rows(settings, "MATCH (p:Person) RETURN p.name") == ["Carol Chen"]
    assert rows(settings, "MATCH (:Person)-[r:AUTHORED]->(:Paper) RETURN count(r)") == [2]
    assert rows(settings, "MATCH (p:Paper) RETURN count(p)") == [2]    # Carol's still
    if settings.is_neo4j:
        return
    folder = Path(settings.store).parent
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for secret in (b"Kai Du", b"kaidu", b"415 555 0142", b"4155550142", b"Du, Kai"):
            assert secret not in data, (path.name, secret)


def test_shared_contact_is_not_a_shared_person(settings: Settings, tmp_path: Path) -> None:
    """An agency's address and an office number on two CVs; a phone without country code
    against one with: four people, and forgetting one erases only them."""
    pool = tmp_path / "pool"
    write(pool, "carol.txt", cv("Carol Chen", emails=("carol@example.org", "cv@talent-agency.com"),
                                phones=("+1 212 555 0199",)))
    write(pool, "dmitri.txt", cv("Dmitri Volkov", emails=("dmitri@example.net", "cv@talent-agency.com"),
                                 phones=("+1 212 555 0199",), employer="Globex"))
    write(pool, "alice.txt", cv("Alice Moore", phones=("+44 20 7946 0958",), employer="Initech"))
    write(pool, "bob.txt", cv("Bob Stone", phones=("(207) 946-0958",), employer="Umbrella"))
    result = run(settings, "load", str(pool))
    assert owners(settings) == ["Alice Moore", "Bob Stone", "Carol Chen", "Dmitri Volkov"]
    assert "review: Carol Chen and Dmitri Volkov share a email" in result.stderr
    assert rows(settings, "MATCH (p:Person {name: 'Alice Moore'}) RETURN p.phones") == [["+442079460958"]]
    forgot = run(settings, "forget", "dmitri@example.net", "--yes")
    assert "forgot Dmitri Volkov" in forgot.stdout and "carol" not in forgot.stdout
    assert owners(settings) == ["Alice Moore", "Bob Stone", "Carol Chen"]


# -- 4. opening stores --------------------------------------------------------------------

@pytest.mark.parametrize("command", [["report"], ["query", "people_with_skill", "-p", "skill=Python"],
                                     ["cypher", "RETURN 1 AS x"], ["erasures"], ["export", "--format", "graphml", "-o", "x.graphml"]])
def test_read_commands_refuse_a_missing_store(tmp_path: Path, command: list[str]) -> None:
    store = tmp_path / "nowhere" / "graph.lbug"
    result = CliRunner().invoke(main, ["--store", str(store), *command])
    assert result.exit_code == 1
    # `cypher` checks first, with its own words (commands/cypher.py)
    assert f"no graph at {store}" in result.output or f"no store at {store}" in result.output
    assert "talentgraph load" in result.output
    assert not store.exists() and not store.parent.exists()


@pytest.mark.parametrize("uri", ["http://localhost:7474", "https://example.org/db", "file://host/x.lbug",
                                 "ftp://x/y"])
def test_unknown_uri_schemes_are_refused(tmp_path: Path, uri: str) -> None:
    for command in (["report"], ["load", str(tmp_path)]):
        result = CliRunner().invoke(main, ["--store", uri, *command], catch_exceptions=False)
        assert result.exit_code == 1
        assert "expected a file path" in result.output and "bolt" in result.output
    assert not any(tmp_path.iterdir()) and not Path("http:").exists()


def test_empty_and_foreign_files_are_refused_and_kept(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for name, content in (("empty.lbug", b""), ("notes.lbug", b"not a database\n" * 100)):
        path = tmp_path / name
        path.write_bytes(content)
        for command in (["report"], ["load", str(seeds)]):
            result = CliRunner().invoke(main, ["--store", str(path), *command])
            assert result.exit_code == 1 and "Traceback" not in result.output
            assert str(path) in result.output
            assert path.read_bytes() == content                   # refused, never replaced


def test_damaged_store_gives_one_line(tmp_path: Path) -> None:
    """Random byte flips, then ``report``: one line naming the file, never a traceback."""
    import random

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    store = tmp_path / "graph.lbug"
    assert CliRunner().invoke(main, ["--store", str(store), "load", str(seeds)]).exit_code == 0
    pristine = store.read_bytes()
    for seed in range(4):
        rng = random.Random(seed)
        data = bytearray(pristine)
        for _ in range(64):
            data[rng.randrange(4096, len(data))] ^= 1 << rng.randrange(8)
        store.write_bytes(bytes(data))
        done = subprocess.run([TALENTGRAPH, "--store", str(store), "report"], capture_output=True,
                              text=True, timeout=300)
        assert "Traceback" not in done.stderr, done.stderr
        assert done.returncode in (0, 1), (done.returncode, done.stderr[-500:])
        if done.returncode:
            assert str(store) in done.stderr


def test_second_writer_gets_one_line(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    store = tmp_path / "graph.lbug"
    with open_store(Settings(store=str(store))):
        done = subprocess.run([TALENTGRAPH, "--store", str(store), "load", str(seeds)],
                              capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "in use by another talentgraph process" in done.stderr


def test_store_files_are_private(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    store = tmp_path / "new" / "graph.lbug"
    old = os.umask(0o022)
    try:
        assert CliRunner().invoke(main, ["--store", str(store), "load", str(seeds)]).exit_code == 0
    finally:
        os.umask(old)
    assert store.stat().st_mode & 0o777 == 0o600
    assert store.parent.stat().st_mode & 0o777 == 0o700
    assert os.umask(old) == old                                  # the user's umask is back


# -- 5. honest reports ----------------------------------------------------------------------

@pytest.mark.parametrize("batch", ["1", "3", "500"])
def test_load_counts_match_the_store(settings: Settings, seeds_dir: Path, batch: str) -> None:
    import re

    result = run(settings, "--verbose", "load", "--batch-size", batch, str(seeds_dir))
    numbers = re.search(r"nodes: (\d+) created, (\d+) updated, (\d+) removed; relationships: "
                        r"(\d+) created, (\d+) updated, (\d+) removed", result.stdout)
    assert numbers, result.stdout
    created, _, removed, rcreated, _, rremoved = map(int, numbers.groups())
    with open_store(settings) as store:
        stats = store.stats()
    assert created - removed == stats["nodes"] and rcreated - rremoved == stats["relationships"]
    # the store holds the graph the builder makes of the seeds in one go, whatever the batches
    from talentgraph.graph.build import build_graph
    from talentgraph.identity import discover
    from talentgraph.loaders import parse_file
    resumes = [parse_file(item.path).model_copy(update={"source_file": item.rel})
               for item in discover([seeds_dir])]
    graph, _ = build_graph(resumes)
    assert (stats["nodes"], stats["relationships"]) == (graph.number_of_nodes(),
                                                         graph.number_of_edges())
    forced = run(settings, "load", "--force", "--batch-size", batch, str(seeds_dir))
    assert "nodes: 0 created" in forced.stdout and ", 0 removed; relationships: 0 created" in forced.stdout
    assert forced.stdout.rstrip().endswith("0 removed")


def test_empty_input_and_bad_batch_size(tmp_path: Path) -> None:
    store = tmp_path / "graph.lbug"
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.csv").write_text("a,b\n")
    for folder in ("empty", "other"):
        result = CliRunner().invoke(main, ["--store", str(store), "load", str(tmp_path / folder)])
        assert result.exit_code == 1 and "no résumé files found under" in result.output
    assert not store.exists()
    for bad in ("0", "-5"):
        result = CliRunner().invoke(main, ["--store", str(store), "load", "--batch-size", bad,
                                           str(tmp_path)])
        assert result.exit_code == 2 and "batch-size" in result.output


# -- issue 18: contained reading --------------------------------------------------------------

def test_links_out_of_the_folder_and_system_files_are_not_read(settings: Settings, tmp_path: Path) -> None:
    pool = tmp_path / "pool"
    write(pool, "peter.txt", cv("Peter Zhao", emails=("pz@example.org",)))
    outside = write(tmp_path / "elsewhere", "bangda.txt", cv("Bangda Zhou", emails=("bz@example.org",)))
    (pool / "bangda.txt").symlink_to(outside)
    (pool / "passwd.txt").symlink_to("/etc/passwd")
    (pool / "status.txt").symlink_to("/proc/self/status")
    result = run(settings, "load", str(pool))
    assert result.exit_code == 1
    assert "bangda.txt: symbolic link to a file outside the folder" in result.stderr
    assert "passwd.txt: symbolic link to a file outside the folder" in result.stderr
    assert "status.txt: refusing to read /proc/" in result.stderr
    assert owners(settings) == ["Peter Zhao"]
    assert "/proc" not in result.stdout
    (pool / "passwd.txt").unlink()                                  # opted in: it would be read
    followed = run(settings, "load", "--follow-symlinks", str(pool))
    assert owners(settings) == ["Bangda Zhou", "Peter Zhao"]
    assert "status.txt: refusing to read /proc/" in followed.stderr   # never read, even then
    assert rows(settings, "MATCH (p:Person) WHERE p.name STARTS WITH 'Anonymous' RETURN count(p)") == [0]
    assert run(settings, "load", "/proc/self").exit_code == 1

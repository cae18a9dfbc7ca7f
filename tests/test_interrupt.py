"""No partial writes: a load killed mid-way (SIGINT or SIGKILL) leaves whole batches only,
and re-running it ends exactly where a clean load does, on both stores.

``talentgraph load --batch-size B`` runs in a subprocess over a synthetic corpus
(``talentgraph.synth``).  The test waits for the first two batches to commit (the ``-v``
log line ``wrote ...``; on Neo4j also the Resume count seen from another connection; the
embedded file is locked by the writer, so there it only trusts the log), then kills the
process at a random point of the next batch, timed by the gap between those two commits
(a timing taken from another run let a fast load finish before the kill), checks the store holds whole résumés only, re-runs the
load and compares ``canonical_dump`` with a clean load using the same batch size (batch
boundaries decide which person a new mention merges into, so only the same boundaries
give the same ids; the resumed run has them, since committed files are skipped).

Also: an unreachable server and a wrong password give one clear line, a non-zero exit and
no traceback or password.  The server going away mid-load and coming back is
``test_one_graph.py::test_neo4j_stopped_mid_load`` (through a relay that can be cut).

``TALENTGRAPH_INTERRUPT_PEOPLE`` sets the corpus size (default 24 people, ~26 files, in
batches of a sixth of that, so several batches are left after the second commit).
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from talentgraph.config import Settings
from talentgraph.graph.store import canonical_dump, open_store

TALENTGRAPH = str(Path(sys.executable).with_name("talentgraph"))
PEOPLE = int(os.environ.get("TALENTGRAPH_INTERRUPT_PEOPLE", "24"))
BATCH = max(2, PEOPLE // 6)
# the clean and the resumed load count open-ended roles to one date, even across midnight
PINNED = ("--as-of", "2026-06-30")
SIGNALS = [pytest.param(signal.SIGINT, id="SIGINT"), pytest.param(signal.SIGKILL, id="SIGKILL")]
KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


@dataclass(frozen=True)
class Reference:
    """A clean load of the corpus: what every interrupted-then-resumed load must equal."""

    corpus: Path
    files: int
    dump: dict[str, Any]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    """The synthetic corpus (txt, md and JSON Resume, so every file parses) and its clean
    load."""
    from talentgraph.synth import SynthConfig, generate

    out = tmp_path_factory.mktemp("corpus")
    generate(out, SynthConfig(people=PEOPLE, seed=11, formats=("txt", "md", "json")))
    corpus = out / "resumes"
    files = len(list(corpus.iterdir()))
    assert files >= 4 * BATCH
    return Reference(corpus, files, clean_dump(corpus, out / "clean.lbug"))


def clean_dump(corpus: Path, path: Path) -> dict[str, Any]:
    """A clean load of ``corpus`` into a new embedded store, through the CLI like the runs
    it is compared with (same code path, same imports)."""
    files = len(list(corpus.iterdir()))
    done = subprocess.run([TALENTGRAPH, "--store", str(path), "load", *PINNED, "--batch-size",
                           str(BATCH), str(corpus)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert f"{files} loaded, 0 unchanged, 0 failed" in done.stdout
    with open_store(Settings(store=str(path))) as store:
        return canonical_dump(store.to_networkx())


@pytest.fixture(params=KINDS)
def settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """An empty store of each kind."""
    if request.param == "embedded":
        yield Settings(store=str(tmp_path / "interrupted.lbug"))
        return
    neo: Settings = request.getfixturevalue("neo4j_settings")
    with open_store(neo) as store:
        store.clear()
    yield neo
    with open_store(neo) as store:
        store.clear()


def resume_count(settings: Settings) -> int:
    with open_store(settings) as store:
        return int(store.run("MATCH (r:Resume) RETURN count(r) AS n")[0]["n"])


def load_and_kill(settings: Settings, ref: Reference, sig: int,
                  rng: random.Random) -> subprocess.CompletedProcess[str]:
    """Start a load, wait for its first two commits, then signal it at a random moment of
    the next batch."""
    command = [TALENTGRAPH, "-v", "--store", settings.store, "load", *PINNED, "--batch-size",
               str(BATCH), str(ref.corpus)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen: list[str] = []
    commits: list[float] = []
    assert proc.stderr is not None
    for line in proc.stderr:  # the store logs "wrote ..." once a batch has committed
        seen.append(line)
        if " wrote " in line:
            commits.append(time.monotonic())
            if len(commits) == 2:
                break
    else:
        proc.wait()
        pytest.fail(f"the load ended before committing two batches:\n{''.join(seen)}")
    if settings.is_neo4j:
        deadline = time.monotonic() + 30
        while resume_count(settings) < BATCH:
            assert time.monotonic() < deadline, "the first batch never became visible"
            time.sleep(0.05)
    time.sleep(rng.uniform(0.0, 0.8) * (commits[1] - commits[0]))
    if proc.poll() is not None:
        pytest.fail("the load finished before the kill: raise TALENTGRAPH_INTERRUPT_PEOPLE")
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=300)
    return subprocess.CompletedProcess(command, proc.returncode, stdout, "".join(seen) + stderr)


def check_whole_resumes(settings: Settings, total: int) -> int:
    """Only whole batches, and within them whole résumés: every Resume has its owner, and
    no fact cites a résumé that is not stored.  Returns the number of stored résumés."""
    with open_store(settings) as store:
        paths = {r["path"] for r in store.run("MATCH (r:Resume) RETURN r.path AS path")}
        orphans = store.run("MATCH (r:Resume) WHERE NOT (:Person)-[:DESCRIBED_IN]->(r) "
                            "RETURN r.path AS path")
        graph = store.to_networkx()
    assert orphans == []
    assert BATCH <= len(paths) < total
    assert len(paths) % BATCH == 0, f"{len(paths)} résumés is not a whole number of batches"
    for node, data in graph.nodes(data=True):
        assert resume_sources(data) <= paths, node
    for *_, data in graph.edges(data=True):
        assert resume_sources(data) <= paths, data.get("id")
    return len(paths)


def resume_sources(data: dict[str, Any]) -> set[str]:
    """The résumé files a fact cites (the taxonomy's ``ontology:*.ttl`` are not files)."""
    return {s for s in data.get("sources") or () if not s.startswith("ontology:")}


@pytest.mark.parametrize("sig", SIGNALS)
def test_killed_load_resumes_to_a_clean_load(settings: Settings, reference: Reference,
                                             sig: int, request: pytest.FixtureRequest,
                                             tmp_path: Path) -> None:
    rng = random.Random(request.node.name)
    killed = load_and_kill(settings, reference, sig, rng)
    assert killed.returncode != 0
    if sig == signal.SIGINT:
        assert "Traceback" not in killed.stderr, killed.stderr
    committed = check_whole_resumes(settings, reference.files)

    resumed = subprocess.run([TALENTGRAPH, "--store", settings.store, "load", *PINNED,
                              "--batch-size", str(BATCH), str(reference.corpus)],
                             capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    assert (f"{reference.files - committed} loaded, {committed} unchanged, 0 failed"
            in resumed.stdout)
    with open_store(settings) as store:
        dump = canonical_dump(store.to_networkx())
        counts = store.stats()  # the graph's nodes, not the ledger's bookkeeping
        nodes, rels = counts["nodes"], counts["relationships"]
    if dump != reference.dump:
        again = clean_dump(reference.corpus, tmp_path / "again.lbug")
        assert again == reference.dump, "the clean load itself changed (code edited mid-run?)"
        pytest.fail(dump_difference(dump, reference.dump))
    assert (nodes, rels) == (len(dump["nodes"]), len(dump["edges"]))  # no duplicate ids


def dump_difference(got: dict[str, Any], want: dict[str, Any], limit: int = 5) -> str:
    """A short account of how two canonical dumps differ (for the assertion message)."""
    lines = []
    for part in ("nodes", "edges"):
        extra = sorted(got[part].keys() - want[part].keys())[:limit]
        missing = sorted(want[part].keys() - got[part].keys())[:limit]
        changed = [
            f"{key}: " + ", ".join(f"{f}={got[part][key].get(f)!r} (clean: {want[part][key].get(f)!r})"
                                   for f in sorted(set(got[part][key]) | set(want[part][key]))
                                   if got[part][key].get(f) != want[part][key].get(f))
            for key in sorted(got[part].keys() & want[part].keys())
            if got[part][key] != want[part][key]][:limit]
        lines += [f"{part}: extra {extra}", f"{part}: missing {missing}", *changed]
    return "\n".join(lines)


# -- the server cannot be used ----------------------------------------------------------

def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run(store: str, password: str, username: str = "neo4j") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "TALENTGRAPH_"))}
    env.update(NEO4J_USERNAME=username, NEO4J_PASSWORD=password)
    return subprocess.run([TALENTGRAPH, "--store", store, "load", str(Path(__file__).parent)],
                          capture_output=True, text=True, env=env, timeout=120)


def _one_clear_line(done: subprocess.CompletedProcess[str], password: str, says: str) -> None:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert password not in done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and says in lines[0], lines


def test_unreachable_server() -> None:
    password = "Zz-closed-port-S3CRET-7310"
    done = _run(f"bolt://127.0.0.1:{_closed_port()}", password)
    _one_clear_line(done, password, "cannot reach Neo4j")


@pytest.mark.neo4j
def test_wrong_password(neo4j_settings: Settings) -> None:
    password = "Zz-wrong-password-S3CRET-0271"
    done = _run(neo4j_settings.store, password, neo4j_settings.username)
    _one_clear_line(done, password, "authentication failed")

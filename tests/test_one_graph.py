"""One graph whatever the batch size and order: a corpus loaded in one batch, in batches
of 50, in two halves in either order, and with ``--jobs 1`` and ``--jobs 2`` gives the
same canonical dump, on both stores; on a synthetic corpus (with duplicates, co-authors
and shared agency/office contacts) and on the seeds.

Also the faults of a load's neighbours: a SIGKILL during ``load --prune`` and during
``forget`` leaves the store as before or as after (a re-run then ends where an
uninterrupted run does), and two concurrent Neo4j loads of overlapping files both
complete with the graph of one load.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from talentgraph.config import Settings
from talentgraph.graph.store import canonical_dump, open_store
from talentgraph.pipeline import discover, load_items

KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]
TALENTGRAPH = str(Path(sys.executable).with_name("talentgraph"))
# every load here runs to one date, so a run that passes midnight compares like with like
AS_OF = "2026-06-30"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 synthetic people (about 130 files: txt, md, JSON Resume)."""
    from talentgraph.synth import SynthConfig, generate

    out = tmp_path_factory.mktemp("corpus")
    generate(out, SynthConfig(people=120, seed=4, formats=("txt", "md", "json")))
    return out / "resumes"


class Stores:
    """Fresh stores of one kind, one after another."""

    def __init__(self, kind: str, request: pytest.FixtureRequest, folder: Path) -> None:
        self.kind, self.request, self.folder, self.count = kind, request, folder, 0

    def fresh(self) -> Settings:
        self.count += 1
        if self.kind == "embedded":
            return Settings(store=str(self.folder / f"s{self.count}.lbug"))
        settings: Settings = self.request.getfixturevalue("neo4j_settings")
        with open_store(settings) as store:
            store.clear()
        return settings


@pytest.fixture(params=KINDS)
def stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Stores]:
    made = Stores(request.param, request, tmp_path)
    yield made
    if made.kind == "neo4j":
        with open_store(request.getfixturevalue("neo4j_settings")) as store:
            store.clear()


def loaded(settings: Settings, parts: list[list], *, batch_size: int = 500,
           jobs: int = 1) -> dict:
    with open_store(settings) as store:
        for part in parts:
            report = load_items(part, store, batch_size=batch_size, jobs=jobs,
                                as_of=dt.date.fromisoformat(AS_OF))
            assert not report.failed, report.failed
        return canonical_dump(store.to_networkx())


def differences(a: dict, b: dict) -> list[str]:
    out = []
    for part in ("nodes", "edges"):
        out += [f"{part} only in the first: {k}" for k in sorted(set(a[part]) - set(b[part]))[:3]]
        out += [f"{part} only in the second: {k}" for k in sorted(set(b[part]) - set(a[part]))[:3]]
        out += [f"{part} differ: {k}" for k in sorted(set(a[part]) & set(b[part]))
                if a[part][k] != b[part][k]][:3]
    return out


@pytest.mark.parametrize("which", ["synthetic", "seeds"])
def test_same_graph_whatever_the_batches(stores: Stores, corpus: Path, which: str) -> None:
    folder = corpus if which == "synthetic" else SEEDS
    items = list(discover([folder]))
    half = len(items) // 2
    reference = loaded(stores.fresh(), [items])
    people = sum(1 for n in reference["nodes"].values() if n["label"] == "Person")
    assert people > (100 if which == "synthetic" else 20)
    runs = {
        "batches of 50": loaded(stores.fresh(), [items], batch_size=50),
        "batches of 2": loaded(stores.fresh(), [items], batch_size=2) if which == "seeds"
        else None,
        "a then b": loaded(stores.fresh(), [items[:half], items[half:]]),
        "b then a": loaded(stores.fresh(), [items[half:], items[:half]]),
        "--jobs 2": loaded(stores.fresh(), [items], jobs=2),
    }
    for name, dump in runs.items():
        if dump is not None:
            assert dump == reference, (name, differences(reference, dump))


# -- faults during prune and forget ------------------------------------------------------------

def _settings(kind: str, request: pytest.FixtureRequest, folder: Path) -> Settings:
    if kind == "embedded":
        return Settings(store=str(folder / "graph.lbug"))
    settings: Settings = request.getfixturevalue("neo4j_settings")
    with open_store(settings) as store:
        store.clear()
    return settings


def _cli(settings: Settings, *args: str) -> subprocess.Popen:
    if args[0] == "load":
        args = ("load", "--as-of", AS_OF, *args[1:])
    return subprocess.Popen([TALENTGRAPH, "--store", settings.store, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _dump(settings: Settings) -> dict:
    with open_store(settings) as store:
        return canonical_dump(store.to_networkx())


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("operation", ["prune", "forget"])
def test_sigkill_during_prune_or_forget(kind: str, operation: str, corpus: Path,
                                        request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Killed at a random moment (a few tries), the store holds the state before or the
    state after, never a mix; running the same command again ends exactly where an
    uninterrupted run does, and nothing half-written stays beside the store."""
    pool = tmp_path / "pool"
    pool.mkdir()
    for path in sorted(corpus.iterdir())[:40]:
        shutil.copy(path, pool / path.name)
    victims = {p.name: p.read_bytes() for p in sorted(pool.iterdir())[:4]}
    settings = _settings(kind, request, tmp_path)

    def setup() -> tuple[dict, list[str]]:
        if settings.is_neo4j:
            with open_store(settings) as store:
                store.clear()
        else:
            for leftover in Path(settings.store).parent.glob("graph.lbug*"):
                leftover.unlink()
        for name, data in victims.items():
            (pool / name).write_bytes(data)
        assert _cli(settings, "load", str(pool)).wait(600) == 0
        if operation == "prune":
            for name in victims:
                (pool / name).unlink()
            return _dump(settings), ["load", "--prune", str(pool)]
        with open_store(settings) as store:
            [who] = store.run("MATCH (p:Person)-[:DESCRIBED_IN]->(:Resume) RETURN p.id AS id "
                              "ORDER BY id LIMIT 1")
        return _dump(settings), ["forget", who["id"], "--yes"]

    before, args = setup()
    clean = _cli(settings, *args)
    _, err = clean.communicate(timeout=600)
    assert clean.returncode == 0, err
    after = _dump(settings)
    assert after != before
    rng = random.Random(7)
    for attempt in range(2 if settings.is_neo4j else 3):
        assert setup()[0] == before
        victim = _cli(settings, *args)
        time.sleep(rng.uniform(0.2, 3.0))
        victim.send_signal(signal.SIGKILL)
        victim.wait(60)
        assert _dump(settings) in (before, after), attempt
        _cli(settings, *args).communicate(timeout=600)
        assert _dump(settings) == after, attempt
        if not settings.is_neo4j:
            left = [p.name for p in tmp_path.iterdir() if ".compact-" in p.name]
            assert left == [], left


@pytest.mark.neo4j
def test_concurrent_neo4j_loads(corpus: Path, request: pytest.FixtureRequest,
                                tmp_path: Path) -> None:
    """Two loads at once of the same files both complete (a uniqueness race on MERGE is
    retried like a deadlock) and leave the graph of one load; two loads of different
    files both complete with every résumé in."""
    settings = _settings("neo4j", request, tmp_path)
    single = loaded(Settings(store=str(tmp_path / "one.lbug")), [list(discover([corpus]))])
    runs = [_cli(settings, "load", "--batch-size", "10", str(corpus)) for _ in range(2)]
    for proc in runs:
        _, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err
    assert _dump(settings) == single
    files = sorted(corpus.iterdir())
    left, right = tmp_path / "left", tmp_path / "right"
    for folder, part in ((left, files[: len(files) // 2]), (right, files[len(files) // 2:])):
        folder.mkdir()
        for path in part:
            shutil.copy(path, folder / path.name)
    with open_store(settings) as store:
        store.clear()
    runs = [_cli(settings, "load", "--batch-size", "10", str(f)) for f in (left, right)]
    for proc in runs:
        _, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err
    with open_store(settings) as store:
        assert store.run("MATCH (r:Resume) RETURN count(r) AS n")[0]["n"] == len(files)


class _Proxy:
    """A TCP relay to the Neo4j server that can be cut and restarted on the same port:
    to the load it looks like the server stopping mid-load and coming back."""

    def __init__(self, host: str, port: int) -> None:
        import socket
        import threading

        self._target = (host, port)
        self._socket, self._threading = socket, threading
        self._conns: list = []
        self._listener = None
        self.port = 0
        self.start()

    def start(self) -> None:
        listener = self._socket.socket()
        listener.setsockopt(self._socket.SOL_SOCKET, self._socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = self._socket.create_connection(self._target)
            self._conns += [client, server]
            for a, b in ((client, server), (server, client)):
                self._threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(a, b) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                with contextlib.suppress(OSError):
                    s.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):  # wakes the accept() blocked in its thread
            self._listener.shutdown(self._socket.SHUT_RDWR)
        self._listener.close()
        for conn in self._conns:
            with contextlib.suppress(OSError):
                conn.shutdown(self._socket.SHUT_RDWR)
                conn.close()
        self._conns.clear()


@pytest.mark.neo4j
def test_neo4j_stopped_mid_load(corpus: Path, request: pytest.FixtureRequest,
                                tmp_path: Path) -> None:
    """The server goes away after the first batches: one clear line, no traceback, a
    non-zero exit; once it is back, the same load completes with the graph of an
    uninterrupted load."""
    from urllib.parse import urlsplit

    settings = _settings("neo4j", request, tmp_path)
    single = loaded(Settings(store=str(tmp_path / "one.lbug")), [list(discover([corpus]))])
    target = urlsplit(settings.store)
    proxy = _Proxy(target.hostname or "127.0.0.1", target.port or 7687)
    relayed = Settings(store=f"bolt://127.0.0.1:{proxy.port}")
    load = subprocess.Popen([TALENTGRAPH, "-v", "--store", relayed.store, "load", "--as-of", AS_OF,
                             "--batch-size", "10", "--jobs", "1", str(corpus)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert load.stderr is not None
    seen = []
    for line in load.stderr:
        seen.append(line)
        if sum("wrote WriteStats" in x for x in seen) >= 2:
            break
    proxy.stop()
    out, err = load.communicate(timeout=600)
    err = "".join(seen) + err
    assert load.returncode == 1, (out, err[-2000:])
    assert "Traceback" not in err
    assert "cannot reach Neo4j" in err or "Neo4j query failed" in err, err[-2000:]
    with open_store(settings) as store:
        written = store.run("MATCH (r:Resume) RETURN count(r) AS n")[0]["n"]
    assert 0 < written < len(list(corpus.iterdir()))
    proxy.start()
    again = subprocess.run([TALENTGRAPH, "--store", relayed.store, "load", "--as-of", AS_OF,
                            "--batch-size", "10",
                            str(corpus)], capture_output=True, text=True, timeout=900)
    proxy.stop()
    assert again.returncode == 0, again.stderr
    assert _dump(settings) == single


def test_as_of_pins_the_graph_to_a_date(tmp_path: Path) -> None:
    """``load --as-of``: open-ended roles run to that date, not the day of the load, so
    two loads pinned alike are one graph on any day, and a later date adds exactly the
    months in between to the open-ended roles' skills."""
    def load(name: str, day: str) -> dict:
        store = str(tmp_path / name)
        done = subprocess.run([TALENTGRAPH, "--store", store, "load", "--as-of", day,
                               str(SEEDS)], capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr
        return _dump(Settings(store=store))

    first, again, later = load("a.lbug", AS_OF), load("b.lbug", AS_OF), load("c.lbug",
                                                                          "2027-06-30")
    assert first == again
    resumes = [n for n in first["nodes"].values() if n["label"] == "Resume"]
    assert resumes and {(r["as_of"], r["as_of_basis"]) for r in resumes} == {
        (AS_OF, "given date")}
    months = {k: e["months"] for k, e in first["edges"].items() if e.get("months")}
    grown = {k: later["edges"][k]["months"] - m for k, m in months.items()}
    assert set(grown.values()) <= {0, 12} and 12 in grown.values()

"""Parsing in worker processes (``--jobs``) and splitting files into shards (``--shard``).

Parallel parsing must change nothing but the time: the same graph, the same error lines in
the same order, the same exit code as parsing in-process; a worker that dies costs only its
own file; Ctrl-C (SIGINT to the whole process group, as a terminal sends it) still ends a
load with one line and exit code 130, and no worker outlives a killed load.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from talentgraph.cli import main
from talentgraph.config import Settings
from talentgraph.graph.store import canonical_dump, open_store
from talentgraph.parallel import WorkerDied, in_shard, parse_shard, run_ordered
from talentgraph.pipeline import load_paths

TALENTGRAPH = str(Path(sys.executable).with_name("talentgraph"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic corpus in every format, plus files no reader takes."""
    from talentgraph.synth import SynthConfig, generate

    out = tmp_path_factory.mktemp("parallel")
    generate(out, SynthConfig(people=16, seed=8))
    folder = out / "resumes"
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.pdf").write_bytes(b"%PDF-1.4 not really")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02junk")
    return folder


# -- run_ordered ----------------------------------------------------------------------------

def _square(n: int) -> int:
    return n * n


def _die_on_seven(n: int) -> int:
    if n == 7:
        os._exit(3)  # a crash no exception handler sees
    return n


def test_results_come_in_input_order_as_in_process() -> None:
    items = list(range(200))
    assert list(run_ordered(_square, items, jobs=2, window=5)) == \
        list(run_ordered(_square, items, jobs=1)) == [(n, n * n) for n in items]


def test_work_in_flight_is_bounded() -> None:
    pulled = 0

    def numbers():
        nonlocal pulled
        for n in range(1000):
            pulled += 1
            yield n

    results = run_ordered(_square, numbers(), jobs=2, window=8)
    assert next(results) == (0, 0)
    assert pulled <= 9  # the window, plus the one that did not fit
    results.close()


def test_a_dying_worker_costs_only_its_item() -> None:
    got = list(run_ordered(_die_on_seven, range(20), jobs=2, window=6))
    assert [n for n, _ in got] == list(range(20))
    assert [n for n, r in got if isinstance(r, WorkerDied)] == [7]
    assert all(r == n for n, r in got if n != 7)


# -- load --jobs ------------------------------------------------------------------------

def _load(store: str, folder: Path, jobs: int) -> tuple[int, list[str], str]:
    result = CliRunner().invoke(main, ["--store", store, "load", "--batch-size", "7",
                                       "--jobs", str(jobs), str(folder)])
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    return result.exit_code, errors, result.stdout.strip().splitlines()[-1]


def test_load_with_workers_gives_what_one_process_gives(corpus: Path, tmp_path: Path) -> None:
    one = _load(str(tmp_path / "one.lbug"), corpus, jobs=1)
    two = _load(str(tmp_path / "two.lbug"), corpus, jobs=2)
    assert one == two
    code, errors, summary = two
    assert code == 1 and len(errors) == 3 and " 3 failed" in summary
    assert [e.split(": ")[1].rsplit("/", 1)[-1] for e in errors] == \
        ["binary.txt", "empty.txt", "junk.pdf"]
    dumps = []
    for name in ("one", "two"):
        with open_store(Settings(store=str(tmp_path / f"{name}.lbug"))) as store:
            dumps.append(canonical_dump(store.to_networkx()))
    assert dumps[0] == dumps[1] and dumps[0]["nodes"]


def test_reload_with_workers_skips_unchanged_files(corpus: Path, tmp_path: Path) -> None:
    with open_store(Settings(store=str(tmp_path / "s.lbug"))) as store:
        first = load_paths([corpus], store, jobs=2)
        again = load_paths([corpus], store, jobs=2)
    assert first.loaded and again.loaded == []
    assert sorted(again.unchanged) == sorted(first.loaded)
    assert again.failed == first.failed


def test_a_parsed_resume_crosses_processes_as_json(corpus: Path) -> None:
    """A worker sends JSON, not pickled pydantic objects; what arrives is the same
    résumé (bullets included: the build reads them), with the ledger form ready to write."""
    import pickle

    from talentgraph.identity import SourceFile
    from talentgraph.pipeline import Parsed, Task, prepare, stored_form, stored_resume

    path = next(p for p in sorted(corpus.iterdir()) if p.suffix == ".docx")
    source = SourceFile(path=path, root=corpus, rel=path.name, key=f"r/{path.name}")
    parsed = prepare(Task(source=source, stored_sha=None, force=False))
    assert isinstance(parsed, Parsed) and parsed.stored == stored_form(parsed.resume)
    wire = pickle.dumps(parsed)
    assert b"loaders.models" not in wire
    arrived = pickle.loads(wire)
    assert arrived.stored == parsed.stored and arrived.source == source
    assert arrived.resume == parsed.resume != stored_resume(parsed.stored)
    assert any(p.bullets for p in arrived.resume.positions)


# -- parse --jobs / --shard ---------------------------------------------------------------

def _parse(*args: str) -> tuple[int, str, str]:
    done = subprocess.run([TALENTGRAPH, "parse", *args], capture_output=True, text=True,
                          timeout=600)
    return done.returncode, done.stdout, done.stderr


def test_parse_with_workers_prints_what_one_process_prints(corpus: Path) -> None:
    files = [str(f) for f in sorted(corpus.iterdir())]
    one = _parse("--jobs", "1", *files)
    two = _parse("--jobs", "2", *files)
    assert one == two
    code, out, err = two
    assert code == 1 and len(err.strip().splitlines()) == 3
    assert len(json.loads(out)) == len(files) - 3


def test_shards_split_the_files_into_disjoint_parts_covering_all(corpus: Path) -> None:
    files = [str(f) for f in sorted(corpus.iterdir()) if f.stat().st_size > 100]
    everything = {doc["x-talentgraph"]["source"] for doc in json.loads(_parse(*files)[1])}
    parts = []
    for i in (1, 2, 3):
        code, out, _ = _parse("--shard", f"{i}/3", *files)
        assert code == 0
        parts.append({doc["x-talentgraph"]["source"] for doc in json.loads(out)})
    assert set().union(*parts) == everything and len(everything) == len(files)
    assert sum(len(p) for p in parts) == len(everything)
    assert all(parts)  # a hash that put everything in one shard would split nothing


def test_shard_of_a_key_is_stable_and_unique() -> None:
    keys = [f"cvs/{i:05d}.pdf" for i in range(3000)]
    for count in (1, 2, 5):
        owners = [[i for i in range(1, count + 1) if in_shard(k, (i, count))] for k in keys]
        assert all(len(o) == 1 for o in owners)
        sizes = [sum(o == [i] for o in owners) for i in range(1, count + 1)]
        assert min(sizes) > 0.8 * len(keys) / count
    # the same on every machine and run: a digest, not Python's salted hash()
    assert [in_shard("cvs/jane.pdf", (i, 4)) for i in range(1, 5)].count(True) == 1
    script = "from talentgraph.parallel import in_shard; print(in_shard('cvs/jane.pdf', (2, 4)))"
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")}
    assert runs == {str(in_shard("cvs/jane.pdf", (2, 4))) + "\n"}


@pytest.mark.parametrize("text", ["0/3", "4/3", "1", "a/b", "1/0", "-1/2"])
def test_bad_shards_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_shard(text)
    code, out, err = _parse("--shard", text, "x.txt")
    assert code == 2 and "--shard" in err and out == ""


# -- signals --------------------------------------------------------------------------------

def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_signal_to_a_parallel_load_leaves_no_worker(sig: int, tmp_path: Path) -> None:
    """SIGINT to the whole group (a terminal's Ctrl-C): workers ignore it and the load
    ends with its one line; SIGKILL of the load alone: its workers notice and exit."""
    folder = tmp_path / "cvs"
    folder.mkdir()
    for i in range(3000):
        (folder / f"cv{i:05d}.txt").write_text(
            f"Person{i:05d} Tiny\nperson{i:05d}@example.com\n\nEXPERIENCE\n"
            f"Engineer, Org{i % 50:02d} Inc.  2019 - 2021\n", "utf-8")
    proc = subprocess.Popen([TALENTGRAPH, "-v", "--store", str(tmp_path / "s.lbug"), "load",
                             "--jobs", "2", "--batch-size", "50", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        if " wrote " in line:
            break
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=120)  # workers holding the pipes would hang
    deadline = time.monotonic() + 30
    while _group_alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _group_alive(proc.pid), "a worker outlived the load"
    if sig == signal.SIGINT:
        assert proc.returncode == 130, stderr[-2000:]
        assert "Traceback" not in stderr
        assert [line for line in stderr.splitlines() if not line.startswith("INFO ")] == [
            "interrupted: every batch written so far is whole; run the same load again "
            "to finish"]
    else:
        assert proc.returncode == -signal.SIGKILL

"""Issue 18's bound on a whole load: every hostile file plus the seeds loads within
2 minutes and 2 GB and stores exactly the seeds' people (slow: about a minute and a half).

The measuring is ``bench/hostile_bench.py`` (a real ``talentgraph load`` process, its
process tree's memory sampled, the largest process's peak from ``wait4``); the corpus is
``hostile_corpus.py``, written at test time.  Cases whose refusal waits on other work
(``HostileCase.pending``) make the people check an ``xfail`` naming that work; any other
extra person fails the test.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_corpus import CASES

BENCH = Path(__file__).resolve().parents[2] / "bench" / "hostile_bench.py"


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [2, 1], ids=["workers", "single-process"])
def test_every_hostile_file_beside_the_seeds_is_bounded_and_adds_no_one(jobs: int) -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--json", "--jobs", str(jobs)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    run = json.loads(done.stdout)
    assert run["exit_code"] == 1  # the bad files failed, the load finished
    assert run["seconds"] < 120, run["seconds"]
    assert run["tree_peak_bytes"] < 2 * 1024**3, run["tree_peak_bytes"]
    assert run["seed_people"], "the seeds alone must store people"
    pending = {case.name: case.pending for case in CASES if case.pending}
    refused = set(run["errors"])
    every = {case.name for case in CASES}
    assert every - set(pending) <= refused <= every, run["errors"]
    extra = {Path(path).name: people for path, people in run["extra_people"].items()}
    assert set(extra) <= set(pending), extra  # only a pending case may still add someone
    assert set(run["seed_people"]) <= set(run["people"])
    if extra:
        pytest.xfail("still stored: " + "; ".join(
            f"{name} ({', '.join(extra[name])}) waits on {pending[name]}" for name in extra))
    assert run["people"] == run["seed_people"]

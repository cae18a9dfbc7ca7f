"""A parse worker that dies (as by the out-of-memory killer) costs only the file it held.

The worker is killed for real (SIGKILL from inside, on one file); the file is retried once
in a fresh worker, then failed by name, and the load goes on.  A killed worker used to
abort the whole load with a ``BrokenProcessPool`` traceback.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from badinput_support import assert_no_traceback, error_lines, invoke, resume_paths

import talentgraph.pipeline
from talentgraph.config import Settings
from talentgraph.loaders import Resume
from talentgraph.parallel import WorkerDied, run_ordered
from talentgraph.synth import SynthConfig, generate


def _killed_on(n: int) -> int:
    if n in (3, 11):
        os.kill(os.getpid(), signal.SIGKILL)
    return n


def _killed_once(path: str) -> str:
    """Dies the first time it sees ``path`` (a marker file remembers), then works."""
    marker = Path(path)
    if not marker.exists():
        marker.write_text("seen")
        os.kill(os.getpid(), signal.SIGKILL)
    return "ok"


def test_each_killed_item_is_retried_once_then_failed_by_name() -> None:
    got = list(run_ordered(_killed_on, range(40), jobs=2, window=6))
    assert [n for n, _ in got] == list(range(40))
    died = {n: r for n, r in got if isinstance(r, WorkerDied)}
    assert set(died) == {3, 11}
    assert "SIGKILL" in died[3].reason and "twice" in died[3].reason
    assert all(r == n for n, r in got if n not in died)


def test_a_worker_killed_once_succeeds_on_the_retry(tmp_path: Path) -> None:
    items = [str(tmp_path / f"m{i}") for i in range(6)]
    assert list(run_ordered(_killed_once, items, jobs=2)) == [(i, "ok") for i in items]


def test_an_exception_in_the_function_still_reaches_the_caller() -> None:
    with pytest.raises(ZeroDivisionError):
        list(run_ordered(_divide, [1, 0, 2], jobs=2))


def _divide(n: int) -> float:
    return 1 / n


@pytest.fixture
def oom_killer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers are forked from this process: the patched parser is theirs too."""
    real = talentgraph.pipeline.parse_file

    def parse_or_die(path: str | Path) -> Resume:
        if Path(path).name.startswith("oom"):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path)

    monkeypatch.setattr(talentgraph.pipeline, "parse_file", parse_or_die)


@pytest.mark.usefixtures("oom_killer")
def test_load_goes_on_past_killed_workers(tmp_path: Path) -> None:
    out = tmp_path / "synth"
    generate(out, SynthConfig(people=12, seed=3, formats=("txt", "md", "json")))
    folder = out / "resumes"
    good = sorted(p.name for p in folder.iterdir())
    for name in ("oom1.txt", "oom2.md"):
        (folder / name).write_text("Jane Doe\njane@example.com\n")
    settings = Settings(store=str(tmp_path / "s.lbug"))
    result = invoke(settings, "load", "--jobs", "2", "--batch-size", "5", str(folder))
    assert_no_traceback(result)
    assert result.exit_code == 1, result.output
    errors = error_lines(result)
    assert set(errors) == {"oom1.txt", "oom2.md"}, result.stderr
    assert all("killed by SIGKILL" in reason for reason in errors.values())
    assert resume_paths(settings) == sorted(f"resumes/{name}" for name in good)

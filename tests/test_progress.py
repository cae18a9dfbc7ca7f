"""Long work shows its steps on stderr in a terminal and says nothing when piped
(issue 19, item 5): ``export`` in every format and ``validate``, run as a user runs them,
with stderr a real pseudo-terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from talentgraph.config import Settings
from talentgraph.graph.export import WRITERS
from talentgraph.graph.store import open_store
from talentgraph.pipeline import load_paths

ROOT = Path(__file__).resolve().parent.parent
TALENTGRAPH = [str(Path(sys.executable).with_name("talentgraph"))]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("progress") / "seeds.lbug")
    with open_store(Settings(store=path)) as opened:
        assert load_paths([ROOT / "seeds"], opened).failed == []
    return path


def _in_terminal(args: list[str]) -> tuple[int, str]:
    """Run with stderr on a pseudo-terminal (stdout piped); what the terminal showed."""
    main, other = pty.openpty()
    process = subprocess.Popen([*TALENTGRAPH, *args], stdout=subprocess.DEVNULL,
                               stderr=other, env={**os.environ, "COLUMNS": "100"})
    os.close(other)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal's other end closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    return process.wait(timeout=120), shown.decode("utf-8", "replace")


def _piped(args: list[str]) -> tuple[int, str]:
    done = subprocess.run([*TALENTGRAPH, *args], capture_output=True, text=True, timeout=120,
                          check=False)
    return done.returncode, done.stderr


@pytest.mark.parametrize("fmt", sorted({w.name for w in WRITERS.values()}))
def test_export_shows_its_steps_in_a_terminal(store: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    code, shown = _in_terminal(["--store", store, "export", "--format", fmt, "-o", str(out)])
    assert code == 0, shown
    assert "reading the store: " in shown and " relationships (" in shown
    assert f"writing {fmt}: done (" in shown
    assert out.stat().st_size > 0
    code, stderr = _piped(["--store", store, "export", "--format", fmt, "-o", str(out)])
    assert code == 0 and "reading the store" not in stderr and "writing" not in stderr


def test_validate_shows_its_steps_in_a_terminal(store: str) -> None:
    code, shown = _in_terminal(["--store", store, "validate"])
    assert code == 0, shown
    assert "reading the store: " in shown
    assert "checking " in shown and " triples with turbo: conforms (" in shown
    code, stderr = _piped(["--store", store, "validate"])
    assert code == 0 and stderr == ""

"""The CI script stops with an error when Neo4j does not start, before any test runs: a
run without the server would otherwise skip or fail the Neo4j tests and say nothing clear."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_stops_when_neo4j_does_not_start(tmp_path: Path) -> None:
    # an invalid knob makes start.sh fail at once, as a missing Java or Maven would
    env = {**os.environ, "NEO4J_ENV": str(tmp_path / "neo4j.env"), "NEO4J_PLUGINS": "bogus"}
    env.pop("CI", None)
    done = subprocess.run(["bash", str(ROOT / ".ci" / "test"), "--co", "-q"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Neo4j did not start" in done.stderr
    assert "NEO4J_PLUGINS must be auto or none" in done.stderr
    assert "== tests" not in done.stdout  # pytest never started


def test_ci_run_ends_in_the_neo4j_test_step() -> None:
    lines = (ROOT / ".ci" / "run").read_text("utf-8").strip().splitlines()
    assert lines[-1] == 'exec bash .ci/test "$@"'

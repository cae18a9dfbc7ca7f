"""A folder of thousands of tiny files: every one loads or fails on its own, in bounded time.

The default run uses 1,000 files; the 10,000-file folder is ``slow`` (opt in with
``pytest -m slow`` or ``TALENTGRAPH_SLOW=1``).  Half the files are three-line résumés,
the other half empty or binary, so both paths are exercised at scale.  How long it takes
is measured by ``bench/budgets.py``, not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from badinput_support import assert_no_traceback, error_lines, invoke
from hostile_files import write_tiny_folder

from talentgraph.config import Settings
from talentgraph.graph.store import open_store


def _load_many(settings: Settings, tmp_path: Path, count: int) -> None:
    folder = tmp_path / "many"
    good, bad = write_tiny_folder(folder, count)
    result = invoke(settings, "load", "--batch-size", "250", str(folder))
    assert_no_traceback(result)
    assert result.exit_code == 1
    assert f"{good} loaded, 0 unchanged, {bad} failed" in result.stdout
    assert len(error_lines(result)) == bad
    with open_store(settings) as store:
        [stored] = [r["n"] for r in store.run("MATCH (r:Resume) RETURN count(r) AS n")]
        [owners] = [r["n"] for r in store.run(
            "MATCH (p:Person)-[:DESCRIBED_IN]->(:Resume) RETURN count(DISTINCT p) AS n")]
    assert stored == good and owners == good


def test_a_thousand_tiny_files(store_settings: Settings, tmp_path: Path) -> None:
    _load_many(store_settings, tmp_path, 1_000)


@pytest.mark.slow
def test_ten_thousand_tiny_files(store_settings: Settings, tmp_path: Path) -> None:
    _load_many(store_settings, tmp_path, 10_000)

"""A folder of thousands of tiny files: every one loads or fails on its own, in bounded time.

The default run uses 1,000 files; the 10,000-file folder is ``slow`` (opt in with
``pytest -m slow`` or ``TALENTGRAPH_SLOW=1``).  Half the files are three-line résumés,
the other half empty or binary, so both paths are exercised at scale.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from badinput_support import assert_no_traceback, error_lines, invoke
from hostile_files import tiny_resume

from talentgraph.config import Settings
from talentgraph.graph.store import open_store

#: Seconds per file allowed (generous: CI machines are shared and slow).
SECONDS_PER_FILE = 0.25


def write_tiny_folder(folder: Path, count: int) -> tuple[int, int]:
    """``count`` tiny files in ``folder``: résumés, empty files and binary junk.

    Returns ``(good, bad)``.
    """
    folder.mkdir()
    good = 0
    for i in range(count):
        path = folder / f"cv{i:05d}.txt"
        if i % 2 == 0:
            path.write_text(tiny_resume(i), "utf-8")
            good += 1
        elif i % 4 == 1:
            path.write_bytes(b"")
        else:
            path.write_bytes(b"\x00\x01junk" + i.to_bytes(4, "big"))
    return good, count - good


def _load_many(settings: Settings, tmp_path: Path, count: int) -> None:
    folder = tmp_path / "many"
    good, bad = write_tiny_folder(folder, count)
    started = time.monotonic()
    result = invoke(settings, "load", "--batch-size", "250", str(folder))
    elapsed = time.monotonic() - started
    assert_no_traceback(result)
    assert result.exit_code == 1
    assert f"{good} loaded, 0 unchanged, {bad} failed" in result.stdout
    assert len(error_lines(result)) == bad
    assert elapsed < count * SECONDS_PER_FILE, f"{count} files took {elapsed:.0f}s"
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

"""Fixtures of the bad-input suite: a fresh store of each kind, as ``tests/stores`` does.

``store_settings`` names an empty store of each kind: an embedded file in ``tmp_path``, or
the Neo4j server of ``NEO4J_URI`` (cleared before and after; skipped locally without one,
failing under ``CI=true``).  The helpers the tests share are in ``badinput_support.py``,
the hostile files in ``hostile_files.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from badinput_support import KINDS, clear, settings_for, skip_slow

from talentgraph.config import Settings


@pytest.fixture(params=KINDS)
def store_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    """A fresh empty store of each kind, named for ``--store``."""
    settings = settings_for(request.param, request, tmp_path)
    yield settings
    if settings.is_neo4j:
        clear(settings)


@pytest.fixture(autouse=True)
def _slow_is_opt_in(request: pytest.FixtureRequest) -> None:
    """Tests marked ``slow`` run only when asked (``-m slow`` or ``TALENTGRAPH_SLOW=1``)."""
    skip_slow(request)

"""Fixtures of the export tests; the sample graph itself is in ``export_sample.py``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from export_sample import build_graph

from talentgraph.graph.model import TalentGraph


@pytest.fixture
def graph() -> TalentGraph:
    """A fresh copy for each test (tests may mutate it)."""
    return build_graph()

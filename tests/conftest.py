"""Shared fixtures: the seed résumés, temporary embedded stores and the real Neo4j server.

A test that needs Neo4j uses ``neo4j_settings``: without ``NEO4J_URI`` (or when the server
does not answer) it is skipped locally with the reason, and fails under ``CI=true``, where
``.ci/run`` always starts a server.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from talentgraph.config import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# helpers shared by tests and their tools: ``from support.scorer import ...``
sys.path.insert(0, str(ROOT / "tests"))

# A test suite started in the background of a non-interactive shell (`nohup .ci/run &`)
# inherits SIGINT ignored, and so would every `talentgraph load` it starts, which the
# interruption tests signal with SIGINT (a user's Ctrl-C). A Python handler does not
# survive exec, so with this the loads start with SIGINT at its default again.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# HYPOTHESIS_PROFILE=long runs the property tests (tests/test_fuzz.py) with 5,000 examples each
hypothesis_settings.register_profile("long", max_examples=5_000, deadline=None)
if os.environ.get("HYPOTHESIS_PROFILE"):
    hypothesis_settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])


def neo4j_unavailable(reason: str) -> None:
    """Skip locally, fail in CI: a missing server in CI is a broken CI, not a pass."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Neo4j required under CI=true: {reason}")
    pytest.skip(f"no Neo4j server: {reason} (start one with: bash .ci/neo4j/start.sh && "
                "source .ci/neo4j/.env)")


@pytest.fixture(scope="session")
def neo4j_settings() -> Settings:
    """Settings for the real Neo4j server named by NEO4J_URI (checked to answer)."""
    from talentgraph.graph.store import StoreError, open_store

    uri = os.environ.get("NEO4J_URI")
    if not uri:
        neo4j_unavailable("NEO4J_URI is not set")
    settings = Settings(store=uri)
    try:
        open_store(settings).close()
    except StoreError as err:
        neo4j_unavailable(f"{uri} does not answer: {err}")
    return settings


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The user's five sample résumés."""
    return SEEDS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say it loudly when tests skipped for want of Neo4j: such a run can pass while saying
    nothing about the Neo4j store (``.ci/test`` runs with a server, under CI=true)."""
    skipped = [report for report in terminalreporter.stats.get("skipped", [])
               if "no Neo4j server" in str(report.longrepr)]
    if skipped:
        terminalreporter.write_sep("!", f"{len(skipped)} tests skipped without Neo4j: this run "
                                   "does not test the Neo4j store (bash .ci/test does)",
                                   yellow=True)

"""What the bad-input tests share: choosing a store, running the CLI, reading its output.

Tests drive ``talentgraph`` through click's ``CliRunner`` with ``--store``, so they see
what a user would: the output, the exit code, and whether a traceback escaped.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from talentgraph.cli import main
from talentgraph.config import Settings
from talentgraph.graph.store import GraphStore, open_store

__all__ = ["KINDS", "assert_no_traceback", "clear", "error_lines", "invoke", "resume_paths",
           "rows", "settings_for", "skip_slow"]

KINDS = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]

#: What a load prints for each file it could not take.
ERROR_LINE = re.compile(r"^error: (?P<path>.+?): (?P<reason>.+)$")


def clear(settings: Settings) -> None:
    """Empty the store (the Neo4j server is shared by every test)."""
    with open_store(settings) as store:
        store.clear()


def settings_for(kind: str, request: pytest.FixtureRequest, folder: Path) -> Settings:
    """Settings of an empty store of ``kind`` (Neo4j: the test server, cleared)."""
    if kind == "embedded":
        return Settings(store=str(folder / "bad.lbug"))
    settings: Settings = request.getfixturevalue("neo4j_settings")
    clear(settings)
    return settings


def invoke(settings: Settings, *args: str, input: str | None = None) -> Result:
    """Run ``talentgraph --store STORE ARGS...`` in-process; whatever escapes the command
    is caught into ``result.exception`` (as a user's shell would show a traceback)."""
    return CliRunner().invoke(main, ["--store", settings.store, *args], input=input)


def assert_no_traceback(result: Result) -> None:
    """Nothing but ``SystemExit`` left the command, and no traceback was printed."""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{type(result.exception).__name__} escaped: "
                             f"{result.exception!r}\n{result.output}") from result.exception
    assert "Traceback" not in result.output


def error_lines(result: Result) -> dict[str, str]:
    """``{file name: reason}`` of a load's ``error:`` lines on stderr."""
    found: dict[str, str] = {}
    for line in result.stderr.splitlines():
        match = ERROR_LINE.match(line)
        if match:
            found[Path(match["path"]).name] = match["reason"]
    return found


def rows(store: GraphStore, cypher: str, **params: Any) -> list[Any]:
    """Query rows as tuples (a one-column row as its bare value)."""
    out: list[Any] = []
    for row in store.run(cypher, params):
        values = tuple(row.values())
        out.append(values[0] if len(values) == 1 else values)
    return out


def resume_paths(settings: Settings) -> list[str]:
    """The source keys of every stored Resume, sorted."""
    with open_store(settings) as store:
        return sorted(rows(store, "MATCH (r:Resume) RETURN r.path AS path"))


def skip_slow(request: pytest.FixtureRequest) -> None:
    """Skip a test marked ``slow`` unless the run asked for it: ``-m`` names ``slow`` (and
    not as ``not slow``, which deselects it anyway) or ``TALENTGRAPH_SLOW=1`` is set."""
    if request.node.get_closest_marker("slow") is None:
        return
    if os.environ.get("TALENTGRAPH_SLOW") == "1" or "slow" in request.config.option.markexpr:
        return
    pytest.skip("slow: run with pytest -m slow or TALENTGRAPH_SLOW=1")

"""Every Cypher example in README.md and docs/*.md runs on the seed graph, on both stores.

A ```cypher block runs on both stores and must give the same rows there.  A block marked
``<!-- store: neo4j -->`` or ``<!-- store: embedded -->`` runs on that store only, and the
next block must be its spelling for the other store (same rows).  The ``talentgraph
cypher "..."`` and ``talentgraph query ...`` command lines of ```bash blocks run through
the CLI on both stores and must exit 0.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from talentgraph.config import Settings
from talentgraph.graph.store import open_store
from talentgraph.pipeline import load_paths

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"(?:<!--\s*store:\s*(\w+)\s*-->\s*\n)?```(\w+)\n(.*?)```", re.DOTALL)
STORES = ("embedded", "neo4j")


@dataclass(frozen=True)
class Example:
    where: str
    language: str
    store: str | None
    text: str


def _examples() -> list[Example]:
    found = []
    for doc in DOCS:
        text = doc.read_text("utf-8")
        for match in _FENCE.finditer(text):
            store, language, body = match.groups()
            line = text.count("\n", 0, match.start()) + 1
            found.append(Example(f"{doc.name}:{line}", language, store, body.strip()))
    return found


EXAMPLES = _examples()
CYPHER = [e for e in EXAMPLES if e.language == "cypher"]
SHARED = [e for e in CYPHER if e.store is None]
PAIRS = [(e, CYPHER[i + 1]) for i, e in enumerate(CYPHER) if e.store == "neo4j"]


def _command_lines() -> list[tuple[str, list[str]]]:
    lines = []
    for example in EXAMPLES:
        if example.language not in ("bash", "sh"):
            continue
        for raw in example.text.splitlines():
            code = raw.split("  #", 1)[0].strip()
            if not code.startswith("talentgraph "):
                continue
            args = shlex.split(code)[1:]
            if args and args[0] in ("cypher", "query"):
                lines.append((f"{example.where}: {code}", args))
    return lines


COMMAND_LINES = _command_lines()


def test_the_docs_have_examples_of_each_kind() -> None:
    assert len(SHARED) >= 1 and len(PAIRS) >= 2
    assert any(args[0] == "cypher" for _, args in COMMAND_LINES)
    assert any(args[0] == "query" for _, args in COMMAND_LINES)


@pytest.mark.parametrize("example", [e for e in CYPHER if e.store],
                         ids=lambda e: e.where)
def test_a_one_store_example_has_the_other_spelling_beside_it(example: Example) -> None:
    assert example.store in STORES, f"{example.where}: unknown store {example.store!r}"
    index = CYPHER.index(example)
    other = "embedded" if example.store == "neo4j" else "neo4j"
    neighbours = CYPHER[max(0, index - 1):index] + CYPHER[index + 1:index + 2]
    assert any(n.store == other for n in neighbours), (
        f"{example.where}: a {example.store}-only example needs the {other} spelling "
        "right before or after it")


@pytest.fixture(scope="module")
def embedded_seeds(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = Settings(store=str(tmp_path_factory.mktemp("docs") / "seeds.lbug"))
    with open_store(settings) as store:
        assert load_paths([ROOT / "seeds"], store).failed == []
    return settings


@pytest.fixture(scope="module")
def neo4j_seeds(neo4j_settings: Settings) -> Iterator[Settings]:
    with open_store(neo4j_settings) as store:
        store.clear()
        assert load_paths([ROOT / "seeds"], store).failed == []
    yield neo4j_settings
    with open_store(neo4j_settings) as store:
        store.clear()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def seeds(request: pytest.FixtureRequest) -> tuple[str, Settings]:
    """The seed graph in each store: (store kind, settings)."""
    return request.param, request.getfixturevalue(f"{request.param}_seeds")


def _canonical(rows: list[dict[str, Any]]) -> list[str]:
    """Rows as sorted JSON, lists inside sorted too (collect() order is the store's)."""
    def norm(value: Any) -> Any:
        if isinstance(value, list):
            return sorted((norm(v) for v in value), key=lambda v: json.dumps(v, default=str))
        return value
    return sorted(json.dumps({k: norm(v) for k, v in row.items()}, sort_keys=True,
                             default=str) for row in rows)


def _run(settings: Settings, text: str) -> list[dict[str, Any]]:
    """Rows as ``talentgraph cypher`` shows them (columns named as written)."""
    from talentgraph.queries.columns import rename_columns

    with open_store(settings) as store:
        return rename_columns(store.run(text), text)[1]


@pytest.mark.parametrize("example", SHARED, ids=lambda e: e.where)
def test_a_shared_example_runs_on_this_store(seeds: tuple[str, Settings],
                                             example: Example) -> None:
    _run(seeds[1], example.text)


@pytest.mark.parametrize("example", [e for e in CYPHER if e.store], ids=lambda e: e.where)
def test_a_one_store_example_runs_on_its_store(seeds: tuple[str, Settings],
                                               example: Example) -> None:
    kind, settings = seeds
    if example.store != kind:
        pytest.skip(f"{example.where} is for the {example.store} store")
    _run(settings, example.text)


@pytest.mark.neo4j
@pytest.mark.parametrize("example", SHARED, ids=lambda e: e.where)
def test_a_shared_example_gives_the_same_rows_on_both(embedded_seeds: Settings,
                                                      neo4j_seeds: Settings,
                                                      example: Example) -> None:
    rows = _run(embedded_seeds, example.text)
    assert rows, f"{example.where} finds nothing in the seeds"
    assert _canonical(rows) == _canonical(_run(neo4j_seeds, example.text))


@pytest.mark.neo4j
@pytest.mark.parametrize(("neo4j_example", "embedded_example"), PAIRS,
                         ids=[a.where for a, _ in PAIRS])
def test_the_two_spellings_give_the_same_rows(embedded_seeds: Settings, neo4j_seeds: Settings,
                                              neo4j_example: Example,
                                              embedded_example: Example) -> None:
    assert embedded_example.store == "embedded"
    assert _canonical(_run(embedded_seeds, embedded_example.text)) == \
        _canonical(_run(neo4j_seeds, neo4j_example.text))


@pytest.mark.parametrize(("where", "args"), COMMAND_LINES, ids=[w for w, _ in COMMAND_LINES])
def test_a_command_line_runs(seeds: tuple[str, Settings], where: str, args: list[str]) -> None:
    from talentgraph.cli import main

    result = CliRunner().invoke(main, ["--store", seeds[1].store, *args])
    assert result.exit_code == 0, f"{where}\n{result.output}"
    assert re.search(r"\(\d+ rows?\)", result.output), result.output

"""``docs/architecture.md`` stays true: every file and folder it names exists, and every
registry it tells a contributor to extend is where it says."""

from __future__ import annotations

import re
import subprocess
from importlib import import_module
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "architecture.md").read_text("utf-8")

#: Backticked names that look like repository paths (placeholders such as ``<name>`` are
#: checked up to the placeholder).
PATHS = sorted({m for m in re.findall(r"`([\w./<>-]+)`", DOC)
                if not m.startswith((".", "<"))
                and ("/" in m or re.search(r"\.(py|cypher|ttl|toml|md)$", m))})

#: Registry → the module the document says holds it.
REGISTRIES = {
    "READERS": "talentgraph.loaders.read",
    "WRITERS": "talentgraph.graph.export",
    "ENGINES": "talentgraph.queries.analyses.engines",
    "ENGINE_NAMES": "talentgraph.queries.analyses.catalog",
    "STORES": "talentgraph.graph.store",
    "DIALECTS": "talentgraph.graph.cypher_files",
    "COMMANDS": "talentgraph.commands",
}


def _tracked() -> list[str]:
    done = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    return done.stdout.splitlines()


def _exists(path: str, tracked: list[str]) -> bool:
    """A path from the root (``graph/store/``), up to a placeholder (``tests/corpora/<name>``),
    or a name inside a folder the sentence gives (``embedded.py``, ``gold/``)."""
    fixed = path.split("<", 1)[0]
    if "/" in fixed.rstrip("/"):
        return (ROOT / fixed).exists()
    name = fixed.rstrip("/")
    return any(f == name or f.endswith("/" + name) or f"/{name}/" in f"/{f}" for f in tracked)


@pytest.mark.parametrize("path", PATHS)
def test_every_path_named_exists(path: str) -> None:
    assert _exists(path, _tracked()), path


@pytest.mark.parametrize(("name", "module"), REGISTRIES.items())
def test_every_registry_named_is_where_it_says(name: str, module: str) -> None:
    assert name in DOC
    registry = getattr(import_module(module), name)
    assert len(registry) >= 2


def test_the_stages_are_named_in_pipeline_order() -> None:
    stages = ["read", "extract", "normalize", "resolve", "build", "store", "query",
              "analyse", "report", "export"]
    table = [line.split("|")[1].strip() for line in DOC.splitlines()
             if line.startswith("| ") and not line.startswith("| stage")]
    assert table == stages

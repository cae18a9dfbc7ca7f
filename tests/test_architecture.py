"""The import contracts of pyproject.toml hold (import-linter, through .ci/lint-imports),
and they can fail: a loader importing the graph, or two modules importing each other,
break them."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".ci" / "lint-imports"


def _script():
    loader = importlib.machinery.SourceFileLoader("lint_imports", str(SCRIPT))
    spec = importlib.util.spec_from_loader("lint_imports", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def _lint(staged: Path) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(lint), str(ROOT / "pyproject.toml"), "--no-cache"], cwd=staged,
                          env={"PYTHONPATH": str(staged), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, check=False)


def test_the_import_contracts_hold() -> None:
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def _unfold(link: Path) -> Path:
    """Replace a staged folder link by a real folder of links to its entries, so files can
    be added to the staged copy only."""
    target = link.resolve()
    link.unlink()
    link.mkdir()
    for entry in target.iterdir():
        if entry.name != "__pycache__":
            (link / entry.name).symlink_to(entry)
    return link


def test_a_loader_importing_the_graph_and_a_cycle_break_the_contracts(tmp_path: Path) -> None:
    staged = _script().stage(tmp_path)
    loaders = _unfold(staged / "talentgraph" / "loaders")
    (loaders / "intruder.py").write_text("from talentgraph.graph import build\n")
    ontology = _unfold(staged / "talentgraph" / "ontology")
    (ontology / "ring_a.py").write_text("from talentgraph.ontology import ring_b\n")
    (ontology / "ring_b.py").write_text("from talentgraph.ontology import ring_a\n")
    done = _lint(staged)
    assert done.returncode != 0
    assert "the loaders only parse: no graph, store, query or CLI BROKEN" in done.stdout
    assert "talentgraph.loaders.intruder -> talentgraph.graph.build" in done.stdout
    assert "no import cycles between the modules or sub-packages of a package BROKEN" \
        in done.stdout
    assert "Contracts: 4 kept, 2 broken." in done.stdout

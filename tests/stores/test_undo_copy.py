"""The embedded store's writes survive a kill as all or nothing (graph/store/embedded_files).

LadybugDB keeps a committed ``COPY`` only once a checkpoint folds it into the file, so a
process killed between the two reopened with a mix (or an empty store).  These tests end
a real process exactly there (``os._exit`` in place of the fold) and in the middle of
taking the copy, then open the file again from this process.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from store_graphs import person_graph

from talentgraph.graph.store import canonical_dump
from talentgraph.graph.store.embedded import EmbeddedStore
from talentgraph.graph.store.embedded_files import UndoCopy

# a writer that dies at a chosen point of its second write
_WRITER = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {tests!r})
    from store_graphs import person_graph
    from talentgraph.graph.store import embedded, embedded_files
    where = sys.argv[2]
    store = embedded.EmbeddedStore(sys.argv[1])
    if where == "fold":      # committed, not yet folded into the file
        store._fold = lambda: os._exit(3)
    elif where == "copy":    # half way through copying the file aside
        def dying_copy(src, dst):
            dst.write_bytes(src.read_bytes()[:4096])
            os._exit(3)
        embedded_files._copy = dying_copy
    store.write_graph(person_graph("person:ada-byron", "b.txt", skills=["Rust", "Go"],
                                   papers=["On Engines"]), replace_sources=["a.txt"])
""")


def _first(path: Path) -> dict:
    with EmbeddedStore(path) as store:
        store.write_graph(person_graph("person:ada-lovelace", "a.txt", skills=["Python"],
                                       papers=["Notes"]))
        return canonical_dump(store.to_networkx())


def _die(path: Path, where: str) -> None:
    code = _WRITER.format(tests=str(Path(__file__).parent))
    done = subprocess.run([sys.executable, "-c", code, str(path), where],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr


def _reopened(path: Path) -> dict:
    with EmbeddedStore(path, create=False) as store:
        return canonical_dump(store.to_networkx())


def test_killed_between_commit_and_fold_reopens_as_before(tmp_path: Path) -> None:
    path = tmp_path / "g.lbug"
    before = _first(path)
    _die(path, "fold")
    assert (tmp_path / ".g.lbug.undo" / "complete").exists()  # the copy waits
    assert _reopened(path) == before
    assert not (tmp_path / ".g.lbug.undo").exists()
    # and the store takes the same write again, whole
    with EmbeddedStore(path) as store:
        store.write_graph(person_graph("person:ada-byron", "b.txt", skills=["Rust", "Go"],
                                       papers=["On Engines"]), replace_sources=["a.txt"])
        people = {k for k, n in canonical_dump(store.to_networkx())["nodes"].items()
                  if n["label"] == "Person"}
    assert people == {"person:ada-byron"}


def test_killed_while_copying_leaves_the_file_alone(tmp_path: Path) -> None:
    """An incomplete copy means the write had not begun: it is dropped, not put back."""
    path = tmp_path / "g.lbug"
    before = _first(path)
    _die(path, "copy")
    copy = tmp_path / ".g.lbug.undo"
    assert copy.exists() and not (copy / "complete").exists()
    assert _reopened(path) == before
    assert not copy.exists()


def test_a_finished_write_leaves_no_copy(tmp_path: Path) -> None:
    path = tmp_path / "g.lbug"
    _first(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".g.lbug.undo.lock", "g.lbug"]


def test_a_live_writers_copy_is_not_put_back(tmp_path: Path) -> None:
    """While a writer holds its copy, another open must not restore it (the lock says
    the copy is in use, not left behind)."""
    path = tmp_path / "g.lbug"
    _first(path)
    writer = UndoCopy(path)
    writer.begin()
    try:
        path.write_bytes(path.read_bytes())  # the live write changes the file
        assert UndoCopy(path).recover() is False
        assert (tmp_path / ".g.lbug.undo" / "complete").exists()
    finally:
        writer.end(folded=True)
    assert not (tmp_path / ".g.lbug.undo").exists()

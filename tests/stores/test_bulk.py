"""The write paths a bulk load takes, against the plain one-transaction write.

* a write into an empty store (no lookups; on Neo4j relationships found by the element
  ids the node inserts returned) gives the same graph as the same write on top of a
  store that already holds part of it (lookups, merges, relationships by id index);
* ``write_graph(chunk_rows=N)`` commits in chunks and stores the same graph and counts,
  also with concurrent writers (``workers``: on Neo4j two sessions at once);
* a chunk the database aborts as transient (a real deadlock on Neo4j) is retried;
* a chunked write that fails says how much it committed, and writing again completes it.
"""

from __future__ import annotations

import threading

import pytest
from store_graphs import build_full_graph, person_graph

from talentgraph.graph.model import TalentGraph
from talentgraph.graph.store import GraphStore, StoreError, canonical_dump
from talentgraph.graph.store.base import _Bulk


def dump(store: GraphStore) -> dict:
    return canonical_dump(store.to_networkx())


def _mixed_graph() -> TalentGraph:
    """Every label and type, plus two people sharing an employer and a skill."""
    graph = build_full_graph(["cv/ada.pdf", "cv/bob.pdf"])
    for owner in ("ada", "bob"):
        person = person_graph(owner, f"cv/{owner}.pdf", skills=["python"], papers=["graphs"])
        graph.add_nodes_from(person.nodes(data=True))
        graph.add_edges_from(person.edges(keys=True, data=True))
    return graph


def test_write_on_empty_store_equals_write_over_part_of_it(store: GraphStore) -> None:
    graph = _mixed_graph()
    store.batch_size = 3                                     # several batches per group
    store.write_graph(graph)
    from_empty = dump(store)
    assert from_empty == canonical_dump(graph)

    store.clear()
    part = graph.copy()                                      # some nodes and edges stored first
    part.remove_nodes_from([n for i, n in enumerate(graph) if i % 3 == 0])
    store.write_graph(part)
    stats = store.write_graph(graph)
    assert dump(store) == from_empty
    assert stats.nodes_created == graph.number_of_nodes() - part.number_of_nodes()
    assert stats.relationships_created == graph.number_of_edges() - part.number_of_edges()


@pytest.mark.parametrize(("chunk_rows", "workers"), [(1, 1), (4, 1), (10_000, 1), (1, 2), (3, 4)])
def test_chunked_write_stores_the_same_graph(store: GraphStore, chunk_rows: int,
                                             workers: int) -> None:
    graph = _mixed_graph()
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["cobol"], papers=[]))
    atomic = store.write_graph(graph, replace_sources=["cv/ada.pdf"])
    expected, counts = dump(store), store.stats()

    store.clear()
    store.batch_size = 3
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["cobol"], papers=[]))
    chunked = store.write_graph(graph, replace_sources=["cv/ada.pdf"], chunk_rows=chunk_rows,
                                workers=workers)
    assert dump(store) == expected
    assert store.stats() == counts
    assert chunked == atomic


def test_failed_chunked_write_says_what_it_committed(store: GraphStore, monkeypatch) -> None:
    graph = _mixed_graph()
    store.batch_size = 2
    real = store._upsert_relationships
    calls = []

    def third_group_fails(tx, group, fresh):
        calls.append(group)
        if len(calls) == 3:
            tx.run("THIS IS NOT CYPHER")                     # a database error mid-write
        real(tx, group, fresh)

    monkeypatch.setattr(store, "_upsert_relationships", third_group_fails)
    with pytest.raises(StoreError, match=r"bulk write failed after committing "
                                         r"(at least )?(\d+) of "
                                         rf"{graph.number_of_nodes() + graph.number_of_edges()}"
                                         r" rows .*query failed") as failure:
        store.write_graph(graph, chunk_rows=2)
    monkeypatch.undo()
    committed = int(failure.value.args[0].split(" of ")[0].split(" ")[-1])
    assert committed >= graph.number_of_nodes()              # the nodes went in first
    stored = store.stats()
    assert stored["nodes"] == graph.number_of_nodes()
    assert stored["nodes"] + stored["relationships"] == committed

    store.write_graph(graph, chunk_rows=2)                   # the same write completes it
    assert dump(store) == canonical_dump(graph)


def test_chunk_rows_and_workers_must_be_positive(store: GraphStore) -> None:
    with pytest.raises(ValueError, match="chunk_rows"):
        store.write_graph(_mixed_graph(), chunk_rows=0)
    with pytest.raises(ValueError, match="workers"):
        store.write_graph(_mixed_graph(), chunk_rows=5, workers=0)
    assert store.stats()["nodes"] == 0


def test_transient_chunk_failure_is_retried(store: GraphStore, monkeypatch) -> None:
    graph = _mixed_graph()
    store.batch_size = 2
    real = store._upsert_relationships
    failures = []

    def first_two_attempts_abort(tx, group, state):
        real(tx, group, state)                                # written, then rolled back
        if len(failures) < 2:
            failures.append(group)
            raise StoreError("deadlock", transient=True)

    monkeypatch.setattr(store, "_upsert_relationships", first_two_attempts_abort)
    if not store.atomic_chunks:
        # the embedded store commits a chunk statement by statement: a failed chunk may
        # be partly in, so it is not retried; writing the graph again completes it
        with pytest.raises(StoreError, match=r"after committing at least .*deadlock"):
            store.write_graph(graph, chunk_rows=3, workers=2)
        assert len(failures) == 1
        monkeypatch.undo()
        store.write_graph(graph, chunk_rows=3, workers=2)
        assert dump(store) == canonical_dump(graph)          # nothing twice, nothing lost
        return
    stats = store.write_graph(graph, chunk_rows=3, workers=2)
    assert len(failures) == 2
    assert dump(store) == canonical_dump(graph)              # nothing twice, nothing lost
    assert stats.relationships_created == graph.number_of_edges()


def test_persistent_failure_is_not_retried_forever(store: GraphStore, monkeypatch) -> None:
    calls = []

    def always_aborts(tx, group, state):
        calls.append(group)
        raise StoreError("deadlock", transient=True)

    monkeypatch.setattr(store, "_upsert_nodes", always_aborts)
    with pytest.raises(StoreError, match=r"after committing (at least )?0 of .*deadlock"):
        store.write_graph(_mixed_graph(), chunk_rows=10_000)
    # retried, then given up; a chunk that may be partly in is never retried
    assert len(calls) == (_Bulk.RETRIES if store.atomic_chunks else 1)
    assert store.stats()["nodes"] == 0


@pytest.mark.neo4j
def test_a_real_deadlock_is_transient(neo4j_settings) -> None:
    """Two Neo4j transactions locking two nodes in opposite orders: the server aborts
    one with DeadlockDetected, which the store reports as transient (so the bulk path
    retries it)."""
    from talentgraph.graph.store import open_store

    with open_store(neo4j_settings) as store:
        store.clear()
        store.write_graph(_mixed_graph())
        ids = [row["id"] for row in store.run(
            "MATCH (s:Skill) RETURN s.id AS id ORDER BY id LIMIT 2")]
        lock = "MATCH (s:Skill {id: $id}) SET s.name = s.name"
        first_locked, second_locked = threading.Event(), threading.Event()
        errors: list[StoreError] = []

        def writer(mine: str, theirs: str, locked: threading.Event,
                   other: threading.Event) -> None:
            try:
                with store._transaction() as tx:
                    tx.run(lock, {"id": mine})
                    locked.set()
                    other.wait(10)
                    tx.run(lock, {"id": theirs})
            except StoreError as err:
                errors.append(err)

        threads = [threading.Thread(target=writer, args=(ids[0], ids[1], first_locked,
                                                        second_locked)),
                   threading.Thread(target=writer, args=(ids[1], ids[0], second_locked,
                                                        first_locked))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        store.clear()
    assert len(errors) == 1, errors
    assert errors[0].transient and "Deadlock" in str(errors[0])

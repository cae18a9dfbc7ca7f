"""The write paths a bulk load takes, against the plain one-transaction write.

* a write into an empty store (no lookups; on Neo4j relationships found by the element
  ids the node inserts returned) gives the same graph as the same write on top of a
  store that already holds part of it (lookups, merges, relationships by id index);
* ``write_graph(chunk_rows=N)`` commits in chunks and stores the same graph and counts;
* a chunked write that fails says how much it committed, and writing again completes it.
"""

from __future__ import annotations

import pytest
from store_graphs import build_full_graph, person_graph

from talentgraph.graph.model import TalentGraph
from talentgraph.graph.store import GraphStore, StoreError, canonical_dump


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


@pytest.mark.parametrize("chunk_rows", [1, 4, 10_000])
def test_chunked_write_stores_the_same_graph(store: GraphStore, chunk_rows: int) -> None:
    graph = _mixed_graph()
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["cobol"], papers=[]))
    atomic = store.write_graph(graph, replace_sources=["cv/ada.pdf"])
    expected, counts = dump(store), store.stats()

    store.clear()
    store.batch_size = 3
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["cobol"], papers=[]))
    chunked = store.write_graph(graph, replace_sources=["cv/ada.pdf"], chunk_rows=chunk_rows)
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
    with pytest.raises(StoreError, match=r"bulk write failed after committing (\d+) of "
                                         rf"{graph.number_of_nodes() + graph.number_of_edges()}"
                                         r" rows .*query failed") as failure:
        store.write_graph(graph, chunk_rows=2)
    monkeypatch.undo()
    committed = int(failure.value.args[0].split("committing ")[1].split(" ")[0])
    assert committed >= graph.number_of_nodes()              # the nodes went in first
    stored = store.stats()
    assert stored["nodes"] == graph.number_of_nodes()
    assert stored["nodes"] + stored["relationships"] == committed

    store.write_graph(graph, chunk_rows=2)                   # the same write completes it
    assert dump(store) == canonical_dump(graph)


def test_chunk_rows_must_be_positive(store: GraphStore) -> None:
    with pytest.raises(ValueError, match="chunk_rows"):
        store.write_graph(_mixed_graph(), chunk_rows=0)
    assert store.stats()["nodes"] == 0

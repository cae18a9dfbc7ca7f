"""write_graph / forget_person semantics, the same on every store."""

from __future__ import annotations

import pytest
from store_graphs import build_full_graph, person_graph

from talentgraph.graph.model import add_node, new_graph, validate
from talentgraph.graph.store import GraphStore, StoreError, canonical_dump
from talentgraph.ontology.schema import Label


def dump(store: GraphStore) -> dict:
    return canonical_dump(store.to_networkx())


def test_round_trip_is_exact(store: GraphStore, full_graph) -> None:
    stats = store.write_graph(full_graph)
    assert (stats.nodes_created, stats.relationships_created) == (
        full_graph.number_of_nodes(), full_graph.number_of_edges())
    back = store.to_networkx()
    assert validate(back) == []
    assert canonical_dump(back) == canonical_dump(full_graph)


def test_rewrite_is_idempotent(store: GraphStore, full_graph) -> None:
    store.write_graph(full_graph)
    first, counts = dump(store), store.stats()
    again = store.write_graph(full_graph)
    assert again.nodes_created == again.relationships_created == again.deleted == 0
    assert again.nodes_updated == again.relationships_updated == 0   # nothing changed
    assert dump(store) == first
    assert store.stats() == counts


def test_incremental_write_merges_sources_and_lists(store: GraphStore) -> None:
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["python"], papers=[]))
    later = person_graph("bob", "cv/bob.pdf", skills=["python", "rust"], papers=[])
    later.nodes["org:acme"]["name"] = "ACME Corp"      # scalar: the new value wins
    del later.nodes["org:acme"]["is_employer"]          # absent: the stored value stays
    store.write_graph(later)
    acme = store.to_networkx().nodes["org:acme"]
    assert acme["sources"] == ["cv/ada.pdf", "cv/bob.pdf"]
    assert acme["aliases"] == ["Acme (cv/ada.pdf)", "Acme (cv/bob.pdf)"]
    assert acme["name"] == "ACME Corp"
    assert acme["is_employer"] is True
    assert store.run("MATCH (s:Skill {id: 'skill:python'}) RETURN s.sources AS s") == [
        {"s": ["cv/ada.pdf", "cv/bob.pdf"]}]


def test_replace_sources_drops_only_that_files_facts(store: GraphStore) -> None:
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["python", "cobol"],
                                   papers=["graphs"], coauthors={"graphs": ["bob"]}))
    store.write_graph(person_graph("bob", "cv/bob.pdf", skills=["python"], papers=["graphs"]))
    edited = person_graph("ada", "cv/ada.pdf", skills=["python"], papers=[])
    stats = store.write_graph(edited, replace_sources=["cv/ada.pdf"])
    graph = store.to_networkx()
    assert "skill:cobol" not in graph                      # only ada.pdf said it
    assert graph.nodes["skill:python"]["sources"] == ["cv/ada.pdf", "cv/bob.pdf"]
    assert graph.nodes["paper:graphs"]["sources"] == ["cv/bob.pdf"]   # bob's CV keeps it
    assert not graph.has_edge("ada", "paper:graphs")       # only the old ada.pdf said it
    assert graph.has_edge("bob", "paper:graphs")
    assert graph.nodes["bob"]["sources"] == ["cv/bob.pdf"]
    assert graph.nodes["ada"]["sources"] == ["cv/ada.pdf"]
    # ada, her résumé and cobol go, then ada and the résumé come back from the edit:
    # counted as updated (with python, which gets ada.pdf back), so only cobol is removed
    assert (stats.nodes_deleted, stats.nodes_created, stats.nodes_updated) == (1, 0, 4)
    # described, worked, has python, has cobol, authored go; three come back
    assert (stats.relationships_deleted, stats.relationships_created) == (2, 0)
    assert stats.relationships_updated == 3


def test_replace_sources_of_unknown_file_changes_nothing(store: GraphStore, full_graph) -> None:
    store.write_graph(full_graph)
    before = dump(store)
    stats = store.write_graph(new_graph(), replace_sources=["cv/nobody.pdf"])
    assert stats.deleted == 0
    assert dump(store) == before


def test_forget_person_keeps_facts_with_other_sources(store: GraphStore) -> None:
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["python", "cobol"],
                                   papers=["graphs"]))
    store.write_graph(person_graph("bob", "cv/bob.pdf", skills=["python"], papers=["graphs"],
                                   coauthors={"graphs": ["ada"]}))
    assert store.person_sources("ada") == ["cv/ada.pdf"]   # bob.pdf only mentions her
    stats = store.forget_person("ada")
    graph = store.to_networkx()
    assert stats.files == ("cv/ada.pdf",)
    assert "ada" not in graph and "resume:cv/ada.pdf" not in graph
    assert "skill:cobol" not in graph
    assert graph.nodes["skill:python"]["sources"] == ["cv/bob.pdf"]
    assert graph.nodes["paper:graphs"]["sources"] == ["cv/bob.pdf"]
    assert graph.nodes["org:acme"]["sources"] == ["cv/bob.pdf"]
    assert graph.has_edge("bob", "paper:graphs")
    assert {n for n, d in graph.nodes(data=True) if "cv/ada.pdf" in d["sources"]} == set()
    assert stats.nodes_deleted == 3                        # ada, her résumé, cobol
    assert store.forget_person("ada").nodes_deleted == 0    # already gone


def test_resume_sha(store: GraphStore) -> None:
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=[], papers=[]))
    assert store.resume_sha("cv/ada.pdf") == "sha-cv/ada.pdf"
    assert store.resume_sha("cv/other.pdf") is None


@pytest.mark.parametrize("fail_in", ["_upsert_nodes", "_upsert_relationships"])
def test_failed_write_leaves_store_unchanged(store: GraphStore, monkeypatch, fail_in) -> None:
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["python", "cobol"], papers=[]))
    before, counts = dump(store), store.stats()
    store.batch_size = 2                                  # several batches per group
    real = getattr(store, fail_in)
    calls = []

    def second_call_fails(tx, group, fresh):
        real(tx, group, fresh)                                   # this group really is written
        calls.append(group)
        if len(calls) == 2:
            tx.run("THIS IS NOT CYPHER")                  # a database error mid-transaction

    monkeypatch.setattr(store, fail_in, second_call_fails)
    with pytest.raises(StoreError, match="query failed"):
        store.write_graph(build_full_graph(["cv/ada.pdf", "cv/new.pdf"]),
                          replace_sources=["cv/ada.pdf"])
    monkeypatch.undo()
    assert dump(store) == before
    assert store.stats() == counts
    store.write_graph(person_graph("bob", "cv/bob.pdf", skills=[], papers=[]))  # still usable
    assert "bob" in store.to_networkx()


def test_graph_breaking_the_model_is_refused_before_writing(store: GraphStore) -> None:
    graph = person_graph("ada", "cv/ada.pdf", skills=[], papers=[])
    graph.add_node("paper:bad", label=Label.Paper.value, id="paper:bad", year="1999",
                   sources=["cv/ada.pdf"])
    with pytest.raises(StoreError, match="year"):
        store.write_graph(graph)
    nosources = new_graph()
    add_node(nosources, Label.Skill, "skill:x", name="x")
    with pytest.raises(StoreError, match="sources"):
        store.write_graph(nosources)
    assert store.stats()["nodes"] == 0


def test_clear_and_stats(store: GraphStore, full_graph) -> None:
    store.write_graph(full_graph)
    stats = store.stats()
    assert stats["nodes"] == full_graph.number_of_nodes()
    assert stats["relationships"] == full_graph.number_of_edges()
    assert stats["labels"] == {label.value: 2 for label in Label}
    assert sum(stats["types"].values()) == full_graph.number_of_edges()
    store.clear()
    assert store.stats()["nodes"] == store.stats()["relationships"] == 0


def test_batches_mixing_new_and_existing_rows(store: GraphStore) -> None:
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["python"], papers=["graphs"],
                                   coauthors={"graphs": ["bob"]}))
    store.batch_size = 2          # every group splits into batches of new and stored rows
    # bob, acme, python, the paper and bob's AUTHORED edge (both ends stored) exist already
    later = person_graph("bob", "cv/bob.pdf", skills=["python", "rust", "go"],
                         papers=["graphs"])
    stats = store.write_graph(later)
    # resume, rust, go are new; bob, python and the paper gain bob's CV as a source
    # (acme is one of bob's facts already in ada's CV: its sources change too)
    assert (stats.nodes_created, stats.nodes_updated) == (3, 4)
    # described, worked, has python/rust/go are new; authored:bob:graphs gains a source
    assert (stats.relationships_created, stats.relationships_updated) == (5, 1)
    graph = store.to_networkx()
    assert graph.nodes["bob"]["sources"] == ["cv/ada.pdf", "cv/bob.pdf"]
    assert graph.nodes["bob"]["emails"] == ["bob@example.org"]     # only bob's CV has it
    assert graph.nodes["skill:python"]["sources"] == ["cv/ada.pdf", "cv/bob.pdf"]
    assert graph.nodes["skill:go"]["sources"] == ["cv/bob.pdf"]
    authored = graph.get_edge_data("bob", "paper:graphs")["authored:bob:graphs"]
    assert authored["sources"] == ["cv/ada.pdf", "cv/bob.pdf"]
    assert graph.number_of_edges() == 5 + 5                          # ada.pdf + bob.pdf
    again = store.write_graph(later)                               # idempotent per batch too
    assert again.nodes_created == again.relationships_created == 0
    assert canonical_dump(store.to_networkx()) == canonical_dump(graph)


def test_reload_writes_back_only_changed_rows(store: GraphStore, full_graph,
                                              monkeypatch) -> None:
    store.write_graph(full_graph)
    written: list[str] = []
    real = store._update

    def spy(tx, group, rows):
        written.extend(row["id"] for row in rows)
        real(tx, group, rows)

    monkeypatch.setattr(store, "_update", spy)
    store.write_graph(full_graph)
    assert written == []                                            # nothing to change
    edited = full_graph.copy()
    node = next(iter(edited.nodes))
    edited.nodes[node]["sources"] = ["cv/zed.pdf"]
    stats = store.write_graph(edited)
    assert written == [node]
    assert stats.nodes_updated == 1                                 # only the changed row
    assert store.to_networkx().nodes[node]["sources"] == ["cv/ada.pdf", "cv/zed.pdf"]


def test_reload_of_edited_file_updates_an_edge_property(store: GraphStore) -> None:
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["python"], papers=[]))
    edited = person_graph("ada", "cv/ada.pdf", skills=["python"], papers=[])
    edited.get_edge_data("ada", "org:acme")["worked:ada:acme"]["titles"] = ["CTO"]
    edited.get_edge_data("ada", "org:acme")["worked:ada:acme"]["start_month"] = 24250
    store.write_graph(edited, replace_sources=["cv/ada.pdf"])
    worked = store.to_networkx().get_edge_data("ada", "org:acme")["worked:ada:acme"]
    assert worked["titles"] == ["CTO"] and worked["start_month"] == 24250
    store.write_graph(edited)                 # without replace: lists are unions
    store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["python"], papers=[]))
    worked = store.to_networkx().get_edge_data("ada", "org:acme")["worked:ada:acme"]
    assert worked["titles"] == ["CTO", "Engineer"] and worked["start_month"] == 24240


def test_embedded_clear_empties_tables_an_older_ontology_left(tmp_path, full_graph) -> None:
    """clear() drops and re-creates the tables (a bulk write into tables emptied by
    DETACH DELETE was 1.7x slower); a table the ontology no longer names goes too."""
    from talentgraph.graph.store.embedded import EmbeddedStore

    with EmbeddedStore(tmp_path / "old.lbug") as store:
        store.write_graph(full_graph)
        store.run("CREATE NODE TABLE Legacy(id STRING, PRIMARY KEY(id))", write=True)
        store.run("CREATE (:Legacy {id: 'x'})", write=True)
        store.clear()
        tables = {row["name"] for row in store.run("CALL show_tables() RETURN name")}
        assert "Legacy" not in tables
        assert store.stats()["nodes"] == store.stats()["relationships"] == 0
        store.write_graph(full_graph)                      # the schema is back
        assert canonical_dump(store.to_networkx()) == canonical_dump(full_graph)

"""Both stores give the same answers for the same writes."""

from __future__ import annotations

import pytest
from store_graphs import build_full_graph, person_graph

from talentgraph.graph.store import canonical_dump

pytestmark = pytest.mark.neo4j

QUERIES = [
    ("MATCH (p:Person)-[r:WORKED_AT]->(o:Organization) "
     "RETURN p.id AS person, r.titles AS titles, o AS org ORDER BY person", {}),
    ("MATCH (s:Skill) WHERE $file IN s.sources RETURN s.id AS id, s.sources AS sources "
     "ORDER BY id", {"file": "cv/bob.pdf"}),
    ("MATCH (p:Person)-[:AUTHORED]->(x:Paper)<-[:AUTHORED]-(q:Person) WHERE p.id < q.id "
     "RETURN p.id AS a, q.id AS b, x.title AS paper ORDER BY a, b", {}),
    ("MATCH (n) RETURN count(*) AS nodes", {}),
]


def test_same_graph_back_from_both(both_stores) -> None:
    embedded, neo = both_stores
    graph = build_full_graph()
    for store in both_stores:
        store.write_graph(graph)
        store.write_graph(build_full_graph(["cv/ada.pdf", "cv/zed.pdf"]),
                          replace_sources=["cv/ada.pdf"])
    assert canonical_dump(embedded.to_networkx()) == canonical_dump(neo.to_networkx())
    assert embedded.stats() == neo.stats()


def test_same_rows_and_stats_from_both(both_stores) -> None:
    results = []
    for store in both_stores:
        store.write_graph(person_graph("ada", "cv/ada.pdf", skills=["python", "cobol"],
                                       papers=["graphs"], coauthors={"graphs": ["bob"]}))
        bob = person_graph("bob", "cv/bob.pdf", skills=["python"], papers=["graphs"])
        stats = store.write_graph(bob, replace_sources=["cv/bob.pdf"])
        forgot = store.forget_person("ada")
        rows = [store.run(cypher, params) for cypher, params in QUERIES]
        results.append((stats, forgot, rows, store.stats()))
    assert results[0] == results[1]

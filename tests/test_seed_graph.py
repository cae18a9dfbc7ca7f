"""The five seed résumés loaded end to end (parse → resolve → build → store) on both stores:
the graph facts the user checked by hand (``shared/gold/graph.gold.json``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from talentgraph.config import Settings
from talentgraph.graph.store import GraphStore, canonical_dump, open_store
from talentgraph.pipeline import load_paths

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module",
                params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def seeded(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """A store of each kind holding the five seeds (shared by the module: tests only read,
    and the re-load test leaves the store as it found it)."""
    if request.param == "embedded":
        settings = Settings(store=str(tmp_path_factory.mktemp("seeds") / "seeds.lbug"))
    else:
        settings = request.getfixturevalue("neo4j_settings")
    with open_store(settings) as store:
        store.clear()
        report = load_paths([SEEDS], store)
        assert report.failed == [] and len(report.loaded) == 5
        yield store
        if request.param == "neo4j":
            store.clear()


def names(store: GraphStore, cypher: str, **params) -> list:
    return [tuple(row.values()) if len(row) > 1 else next(iter(row.values()))
            for row in store.run(cypher, params)]


def test_four_resume_owners_and_hayes_is_one_person(seeded: GraphStore) -> None:
    owners = names(seeded, "MATCH (p:Person) WHERE p.is_owner RETURN p.name ORDER BY p.name")
    assert owners == ["Bangda Zhou", "Hao Wu", "Hayes Zhao", "Peter Zhao"]
    [sources] = names(seeded, "MATCH (p:Person {name: 'Hayes Zhao'})-[:DESCRIBED_IN]->(r:Resume) "
                              "RETURN collect(r.path) AS files")
    assert sorted(sources) == ["seeds/000_0f15580d076a714f.txt", "seeds/001_4361c076815501ef.txt"]


def test_shared_employer_is_one_node(seeded: GraphStore) -> None:
    assert names(seeded, "MATCH (p:Person)-[:WORKED_AT]->(o:Organization {name: 'ByteDance'}) "
                         "RETURN p.name ORDER BY p.name") == ["Hao Wu", "Hayes Zhao"]
    assert names(seeded, "MATCH (o:Organization) WHERE o.name_key = 'bytedance' "
                         "RETURN count(o) AS n") == [1]


def test_shared_honor_society_is_one_node(seeded: GraphStore) -> None:
    rows = names(seeded, "MATCH (p:Person)-[:RECEIVED]->(:Award)-[:CONFERRED_BY]->"
                         "(o:Organization {name: 'Sigma Xi'}) RETURN DISTINCT p.name ORDER BY p.name")
    assert rows == ["Hayes Zhao", "Peter Zhao"]


def test_employer_and_school_are_one_node(seeded: GraphStore) -> None:
    rows = names(seeded, "MATCH (o:Organization) WHERE o.is_employer AND o.is_school "
                         "RETURN o.name ORDER BY o.name")
    assert rows == ["George Washington University", "Williams College"]


def test_advisors(seeded: GraphStore) -> None:
    rows = names(seeded, "MATCH (s:Person)-[:ADVISED_BY]->(a:Person) "
                         "RETURN s.name, a.name ORDER BY s.name")
    assert rows == [("Bangda Zhou", "Dan Jiao"), ("Hao Wu", "Keren Zhou"),
                    ("Peter Zhao", "Daniel Barowy")]


def test_advisor_is_also_coauthor_one_node(seeded: GraphStore) -> None:
    rows = names(seeded, "MATCH (h:Person {name: 'Hao Wu'})-[:ADVISED_BY]->(k:Person) "
                         "MATCH (k)-[:AUTHORED]->(x:Paper)<-[:AUTHORED]-(h) "
                         "RETURN k.name, count(x) AS papers")
    assert rows == [("Keren Zhou", 2)]
    assert names(seeded, "MATCH (p:Person {name: 'Keren Zhou'}) RETURN count(p) AS n") == [1]


def test_hao_wu_papers_with_coauthors_and_venues(seeded: GraphStore) -> None:
    rows = names(seeded, "MATCH (h:Person {name: 'Hao Wu'})-[:AUTHORED]->(x:Paper)"
                         "-[:PUBLISHED_IN]->(v:Venue) RETURN v.name ORDER BY v.name")
    assert rows == ["ASPLOS", "ASPLOS", "IEEE Transactions on Parallel and Distributed Systems",
                    "PyTorch Conference"]
    coauthors = set(names(seeded, "MATCH (h:Person {name: 'Hao Wu'})-[:AUTHORED]->(:Paper)"
                                  "<-[:AUTHORED]-(c:Person) RETURN DISTINCT c.name"))
    assert {"Keren Zhou", "Qidong Zhao", "Shenggan Cheng", "Yang You"} <= coauthors
    [inferred] = names(seeded, "MATCH (h:Person {name: 'Hao Wu'}) RETURN h.name_inferred")
    assert inferred is True


def test_venue_names_are_canonical(seeded: GraphStore) -> None:
    venues = names(seeded, "MATCH (v:Venue) RETURN v.name ORDER BY v.name")
    assert venues == ["ASPLOS", "IEEE Computer Architecture Letters",
                      "IEEE Transactions on Parallel and Distributed Systems", "PyTorch Conference"]


def test_machine_learning_reaches_pytorch_through_the_taxonomy(seeded: GraphStore) -> None:
    rows = names(seeded, "MATCH (s:Skill {name: 'PyTorch'})-[:BROADER*1..6]->"
                         "(m:Skill {name: 'Machine Learning'}) RETURN count(*) > 0 AS found")
    assert rows == [True]


def test_reloading_changes_nothing(seeded: GraphStore) -> None:
    before = canonical_dump(seeded.to_networkx())
    again = load_paths([SEEDS], seeded)
    assert len(again.unchanged) == 5 and again.loaded == []
    forced = load_paths([SEEDS], seeded, force=True)
    assert len(forced.loaded) == 5
    assert canonical_dump(seeded.to_networkx()) == before


def test_seed_graph_exports_conform_and_round_trip(seeded: GraphStore, tmp_path: Path) -> None:
    """The stored seed graph passes SHACL as Turtle, JSON-LD reads back to the same triples,
    and GraphML reads back in networkx and igraph with every node."""
    import igraph
    import networkx as nx
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from talentgraph.graph.export import write
    from talentgraph.graph.export.rdf import to_rdf
    from talentgraph.graph.shacl import validate_rdf

    graph = seeded.to_networkx()
    rdf = to_rdf(graph)
    conforms, violations = validate_rdf(rdf)
    assert conforms, violations[:5]
    write(graph, "jsonld", tmp_path / "seeds.jsonld")
    assert isomorphic(Graph().parse(tmp_path / "seeds.jsonld", format="json-ld"), rdf)
    write(graph, "graphml", tmp_path / "seeds.graphml")
    back = nx.read_graphml(tmp_path / "seeds.graphml")
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    ig = igraph.Graph.Read_GraphML(str(tmp_path / "seeds.graphml"))
    assert ig.vcount() == graph.number_of_nodes() and ig.ecount() == graph.number_of_edges()
    assert "Hayes Zhao" in set(ig.vs["label"])


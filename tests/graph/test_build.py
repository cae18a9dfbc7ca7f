"""The graph builder: typed nodes and edges, merged facts, provenance, determinism."""

from __future__ import annotations

from records import resume

from talentgraph.graph.build import TAXONOMY_SOURCE, build_graph
from talentgraph.graph.model import validate
from talentgraph.ontology.schema import Label, Rel


def nodes(graph, label):
    return {n: d for n, d in graph.nodes(data=True) if d["label"] == label}


def edges(graph, rel):
    return [(u, v, d) for u, v, d in graph.edges(data=True) if d["type"] == rel]


def by_name(graph, label, name):
    return next(n for n, d in nodes(graph, label).items() if d.get("name") == name)


def two_resumes():
    a = resume("cv/a.txt", "Hayes Zhao", emails=["h@example.com"],
               positions=[("Bytedance", "Data Engineer", "2025-09", None),
                          ("George Washington University", "Research Assistant", "2024-03", "2024-09")],
               education=[("George Washington University", "MS.", "Computer Engineering", "2025", None)],
               skills=[("Pytorch", "ML", False), ("Kubernetes", "Infra", False)])
    b = resume("cv/b.txt", "Hayes Zhao", emails=["h@example.com"],
               positions=[("George Washington University", "Graduate Research Assistant", "2024-03", "2024-09")],
               skills=[("PyTorch", None, True)],
               awards=[("Associate Membership", "2025-07", "Sigma Xi")])
    c = resume("cv/c.txt", "Hao Wu",
               positions=[("ByteDance", "Software Engineer Intern", "2019-12", "2020-09")],
               education=[("George Mason University", "Ph.D.", "Computer Science", None, "Dr. Keren Zhou")],
               publications=[("Deep Context", "Proceedings of the 31th ACM International Conference on "
                              "Architectural Support for Programming Languages and Operating Systems (ASPLOS)",
                              "2026", ["Qidong Zhao", "Hao Wu*", "Keren Zhou"], 2)])
    return [a, b, c]


def test_graph_follows_the_ontology_conventions() -> None:
    graph, _ = build_graph(two_resumes())
    assert validate(graph) == []
    for _, data in graph.nodes(data=True):
        assert data["sources"]
    for *_, data in graph.edges(data=True):
        assert data["sources"]


def test_one_person_one_employer_node_and_one_merged_role() -> None:
    graph, res = build_graph(two_resumes())
    people = nodes(graph, Label.Person)
    owners = [d for d in people.values() if d.get("is_owner")]
    assert sorted(d["name"] for d in owners) == ["Hao Wu", "Hayes Zhao"]
    bytedance = by_name(graph, Label.Organization, "ByteDance")
    assert {u for u, v, _ in edges(graph, Rel.WORKED_AT) if v == bytedance} == {
        res.owner_of["cv/a.txt"], res.owner_of["cv/c.txt"]}
    gwu = by_name(graph, Label.Organization, "George Washington University")
    assert graph.nodes[gwu]["is_employer"] and graph.nodes[gwu]["is_school"]
    roles = [d for u, v, d in edges(graph, Rel.WORKED_AT) if v == gwu]
    assert len(roles) == 1
    assert roles[0]["titles"] == ["Graduate Research Assistant", "Research Assistant"]
    assert roles[0]["sources"] == ["cv/a.txt", "cv/b.txt"]


def test_skills_are_canonical_with_taxonomy_ancestors() -> None:
    graph, res = build_graph(two_resumes())
    pytorch = by_name(graph, Label.Skill, "PyTorch")
    hayes = res.owner_of["cv/a.txt"]
    claims = [d for u, v, d in edges(graph, Rel.HAS_SKILL) if u == hayes and v == pytorch]
    assert len(claims) == 1
    assert claims[0]["mentioned"] is False  # listed in one résumé beats mentioned in another
    ancestors = {graph.nodes[v]["name"] for u, v, d in edges(graph, Rel.BROADER)}
    assert "Machine Learning" in ancestors
    broader = [d for u, _, d in edges(graph, Rel.BROADER) if u.startswith("skill:")]
    assert broader and all(d["sources"] == [TAXONOMY_SOURCE] for d in broader)


def test_papers_authors_venue_and_advisor() -> None:
    graph, res = build_graph(two_resumes())
    hao = res.owner_of["cv/c.txt"]
    paper = next(iter(nodes(graph, Label.Paper)))
    authors = sorted((d["position"], graph.nodes[u]["name"]) for u, v, d in edges(graph, Rel.AUTHORED))
    assert authors == [(1, "Qidong Zhao"), (2, "Hao Wu"), (3, "Keren Zhou")]
    venue = [graph.nodes[v]["name"] for u, v, d in edges(graph, Rel.PUBLISHED_IN) if u == paper]
    assert venue == ["ASPLOS"]
    advisors = [graph.nodes[v]["name"] for u, v, d in edges(graph, Rel.ADVISED_BY) if u == hao]
    assert advisors == ["Keren Zhou"]
    keren = by_name(graph, Label.Person, "Keren Zhou")
    assert any(u == keren for u, v, d in edges(graph, Rel.AUTHORED))


def test_award_is_conferred_by_a_shared_society_node() -> None:
    graph, _ = build_graph(two_resumes())
    sigma = by_name(graph, Label.Organization, "Sigma Xi")
    assert graph.nodes[sigma]["kind"] == "society"
    assert [v for u, v, d in edges(graph, Rel.CONFERRED_BY)] == [sigma]


def test_dates_become_month_numbers() -> None:
    graph, res = build_graph(two_resumes())
    bytedance = by_name(graph, Label.Organization, "ByteDance")
    role = next(d for u, v, d in edges(graph, Rel.WORKED_AT)
                if u == res.owner_of["cv/a.txt"] and v == bytedance)
    assert role["start_date"] == "2025-09" and role["start_month"] == 2025 * 12 + 8
    assert role["current"] is True and "end_month" not in role


def test_building_twice_gives_identical_graphs() -> None:
    g1, _ = build_graph(two_resumes())
    g2, _ = build_graph(list(reversed(two_resumes())))
    assert sorted(g1.nodes(data=True)) == sorted(g2.nodes(data=True))
    assert sorted(g1.edges(keys=True, data=True)) == sorted(g2.edges(keys=True, data=True))


def test_same_name_same_employer_different_years_stay_two_people() -> None:
    a = resume("cv/a.txt", "Wei Zhang", positions=[("Google", "SWE", "2015-01", "2017-03")])
    b = resume("cv/b.txt", "Wei Zhang", positions=[("Google, Inc.", "SRE", "2021-06", None)])
    _, res = build_graph([a, b])
    assert res.owner_of["cv/a.txt"] != res.owner_of["cv/b.txt"]


def test_same_name_same_role_start_merges_without_contact_details() -> None:
    a = resume("cv/a.txt", "Wei Zhang", positions=[("Google", "Software Engineer", "2015-01", "2017-03")])
    b = resume("cv/b.txt", "Wei Zhang", positions=[("Google, Inc.", "SWE", "2015-01", "2017-03"),
                                                   ("Acme", "Lead", "2017-04", None)])
    _, res = build_graph([a, b])
    assert res.owner_of["cv/a.txt"] == res.owner_of["cv/b.txt"]


def test_a_later_batch_does_not_clear_an_organization_flag(tmp_path) -> None:
    """An employer that a later batch names only as an awarder stays an employer."""
    from talentgraph.graph.store.embedded import EmbeddedStore

    first = resume("cv/a.txt", "Ann Lee", positions=[("Google", "SWE", "2020-01", None)])
    later = resume("cv/b.txt", "Bo Chen", awards=[("Feats of Engineering Award", "2021", "Google")])
    with EmbeddedStore(tmp_path / "flags.lbug") as store:
        store.write_graph(build_graph([first])[0])
        store.write_graph(build_graph([later])[0])
        rows = store.run("MATCH (o:Organization {name: 'Google'}) RETURN o.is_employer AS e")
    assert rows == [{"e": True}]


def test_a_node_many_resumes_mention_lists_each_source_once_sorted() -> None:
    files = ["cv/c.txt", "cv/a.txt", "cv/b.txt", "cv/a2.txt"]
    graph, _ = build_graph([resume(f, f"Person {f[3]}", emails=[f"{f[3:-4]}@x.org"],
                                   skills=[("Pytorch", "ML", False), ("PyTorch", "ML", True)])
                            for f in files])
    pytorch = by_name(graph, Label.Skill, "PyTorch")
    assert graph.nodes[pytorch]["sources"] == sorted(files)
    has = [d for u, v, d in edges(graph, Rel.HAS_SKILL) if v == pytorch]
    assert sorted(s for d in has for s in d["sources"]) == sorted(files)  # one edge per person
    assert not validate(graph)


def test_an_employer_named_as_a_school_in_any_language_is_a_university() -> None:
    """Kinds of organizations the taxonomy does not know come from their names, with the
    loaders' school words (German here), not an English-only list of the builder's own."""
    cv = resume("cv/d.txt", "Dora Winkler", positions=[
        ("Hochschule Nordwestschweiz", "Research Assistant", "2019-01", "2020-12"),
        ("Winkler Bau GmbH", "Engineer", "2021-01", None)])
    graph, _ = build_graph([cv])
    assert graph.nodes[by_name(graph, Label.Organization, "Hochschule Nordwestschweiz")][
        "kind"] == "university"
    assert graph.nodes[by_name(graph, Label.Organization, "Winkler Bau")]["kind"] == "company"

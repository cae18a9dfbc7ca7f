"""The export tests' sample: a small hand-built talent graph with every label and
relationship type, partial dates, lists, and strings that break naive writers (quotes,
backslashes, markup, emoji, RTL, newlines)."""

from __future__ import annotations

from talentgraph.graph.model import TalentGraph, add_edge, add_node, new_graph
from talentgraph.ontology.schema import Label, Rel

HOSTILE = "Quote \" apos ' back\\slash <b>&amp; 🧠 עברית العربية\nsecond line\ttab"
EMAIL = "jane.o-neil+cv@example.com"
OTHER_EMAIL = "bob@lab.example.org"
PHONE = "+1 (555) 010-9999"
URLS = ["https://www.linkedin.com/in/jane-oneil", "github.com/janeo"]
STREET = "221B Baker Street, London NW1"
SRC = "001_jane.txt"
SRC_BOB = "002_bob.txt"


def build_graph() -> TalentGraph:
    g = new_graph()
    s = [SRC]
    add_node(g, Label.Resume, "resume:001", name=SRC, path=SRC, sha256="a" * 64, format="txt",
             sources=s)
    add_node(g, Label.Person, "person:jane", name="Jane \"JJ\" O'Neil", name_key="jane jj o'neil",
             emails=[EMAIL], phones=[PHONE], urls=URLS, headline=HOSTILE + f" — mail {EMAIL}",
             name_inferred=False, name_evidence=f"name line above {PHONE}", is_owner=True,
             location=STREET, sources=s)
    add_node(g, Label.Person, "person:bob", name="Bob Ng", emails=[OTHER_EMAIL], is_owner=False,
             sources=[SRC, SRC_BOB])
    add_node(g, Label.Organization, "org:acme", name="Acme & Sons <Ltd>", name_key="acme",
             kind="company", is_employer=True, is_school=False, aliases=["ACME", "Acme Inc."],
             sources=s)
    add_node(g, Label.Organization, "org:uzh", name="Universität Zürich", kind="university",
             is_school=True, sources=s)
    add_node(g, Label.Skill, "skill:pytorch", name="PyTorch", aliases=["torch"],
             in_taxonomy=True, sources=s)
    add_node(g, Label.Skill, "skill:dl-frameworks", name="Deep Learning Frameworks",
             in_taxonomy=True, sources=s)
    add_node(g, Label.Paper, "paper:attention", title=HOSTILE, kind="conference", year=2021,
             url="https://example.org/p?a=1&b=2", sources=s)
    add_node(g, Label.Venue, "venue:neurips", name="NeurIPS", kind="conference",
             aliases=["NIPS"], sources=s)
    add_node(g, Label.Award, "award:best-paper", title="Best Paper", date="2021-12", sources=s)
    add_node(g, Label.Project, "project:graph", name="Graph 🚀", description="Line one\nline two",
             url="https://example.org/graph", sources=s)
    add_node(g, Label.Patent, "patent:us1", title="Method for graphs", number="US 10,123,456 B2",
             date="2020", sources=s)
    add_node(g, Label.Location, "location:zurich", name="Zürich, Switzerland", city="Zürich",
             country="Switzerland", sources=s)
    add_node(g, Label.Location, "location:baker-st", name=STREET, city="London",
             country="United Kingdom", sources=s)

    add_edge(g, Rel.WORKED_AT, "person:jane", "org:acme", "worked:jane:acme:2019",
             title="Senior Engineer", titles=["Engineer", "Senior Engineer"],
             start_date="2019-03", end_date="2021", start_month=2019 * 12 + 2,
             end_month=2021 * 12 + 11, current=False, team="R&D <core>", location=STREET,
             confidence=0.9, sources=s)
    add_edge(g, Rel.WORKED_AT, "person:jane", "org:acme", "worked:jane:acme:2022",
             title="Staff Engineer", titles=["Staff Engineer"], start_date="2022-01",
             start_month=2022 * 12, current=True, confidence=1, sources=s)
    add_edge(g, Rel.STUDIED_AT, "person:jane", "org:uzh", "studied:jane:uzh",
             degree="PhD", degree_level="doctorate", field="Informatik", start_date="2014",
             end_date="2019-05", start_month=2014 * 12, end_month=2019 * 12 + 4, current=False,
             location="Zürich", confidence=1.0, sources=s)
    add_edge(g, Rel.HAS_SKILL, "person:jane", "skill:pytorch", "skill:jane:pytorch",
             category="ML", mentioned=False, confidence=0.75, sources=s)
    add_edge(g, Rel.AUTHORED, "person:jane", "paper:attention", "authored:jane:attention",
             position=1, co_first=True, sources=s)
    add_edge(g, Rel.AUTHORED, "person:bob", "paper:attention", "authored:bob:attention",
             position=2, co_first=True, sources=s)
    add_edge(g, Rel.PUBLISHED_IN, "paper:attention", "venue:neurips", "published:attention",
             sources=s)
    add_edge(g, Rel.ADVISED_BY, "person:jane", "person:bob", "advised:jane:bob", confidence=0.8,
             sources=s)
    add_edge(g, Rel.RECEIVED, "person:jane", "award:best-paper", "received:jane:best",
             date="2021-12", sources=s)
    add_edge(g, Rel.CONFERRED_BY, "award:best-paper", "org:uzh", "conferred:best:uzh",
             sources=s)
    add_edge(g, Rel.WORKED_ON, "person:jane", "project:graph", "worked-on:jane:graph", sources=s)
    add_edge(g, Rel.PROJECT_AT, "project:graph", "org:acme", "project-at:graph:acme", sources=s)
    add_edge(g, Rel.INVENTED, "person:jane", "patent:us1", "invented:jane:us1", sources=s)
    add_edge(g, Rel.LOCATED_IN, "person:jane", "location:baker-st", "located:jane", sources=s)
    add_edge(g, Rel.LOCATED_IN, "org:uzh", "location:zurich", "located:uzh", sources=s)
    add_edge(g, Rel.BROADER, "skill:pytorch", "skill:dl-frameworks", "broader:pytorch",
             sources=s)
    add_edge(g, Rel.DESCRIBED_IN, "person:jane", "resume:001", "described:jane", sources=s)
    return g


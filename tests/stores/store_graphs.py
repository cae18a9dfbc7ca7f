"""Hand-built graphs for the store suite, from the ontology itself so every label, type,
property and datatype is covered, including when the ontology grows; strings are hostile
(quotes, backslashes, Cypher injection attempts, emoji, right-to-left text).
"""

from __future__ import annotations

from typing import Any

from talentgraph.graph.model import TalentGraph, add_edge, add_node, new_graph
from talentgraph.ontology.schema import Label, PropertySpec, schema

__all__ = ["HOSTILE", "build_full_graph", "person_graph"]

HOSTILE = [
    "O'Brien said \"hi\"",
    "back\\slash \\n \\u0041 not escapes",
    "'}) MATCH (n) DETACH DELETE n //",
    "\"}) DETACH DELETE n RETURN 1 /*",
    "emoji 👩‍💻🚀 and ünïcödé",
    "עברית نص عربي RTL",
    "line\nbreak\ttab",
    "`backtick` $param {map: 1} ;",
    "",
]
INTEGERS = [0, -7, 2**40, 2024]
DOUBLES = [0.5, -1.25, 1e-9, 3.0]


def sample_value(spec: PropertySpec, index: int) -> Any:
    """A value of the property's datatype; strings cycle through hostile ones."""
    def one(i: int) -> Any:
        match spec.datatype:
            case "string":
                return HOSTILE[i % len(HOSTILE)]
            case "integer":
                return INTEGERS[i % len(INTEGERS)]
            case "boolean":
                return i % 2 == 0
            case _:
                return DOUBLES[i % len(DOUBLES)]
    if spec.is_list:
        return [one(index), one(index + 1), f"item {index}"] if spec.datatype == "string" \
            else [one(index), one(index + 1)]
    return one(index)


def full_props(specs: dict[str, PropertySpec], seed: int, sources: list[str]) -> dict[str, Any]:
    """Every ontology property of a label or type, ``sources`` and ``id`` excepted."""
    return {key: sample_value(spec, seed + n) for n, (key, spec) in enumerate(specs.items())
            if key not in {"id", "sources"}} | {"sources": sources}


def build_full_graph(sources: list[str] | None = None) -> TalentGraph:
    """Two nodes of every label and an edge of every type for every endpoint pair, each
    with every property of the ontology set."""
    sources = sources or ["cv/ada.pdf"]
    graph = new_graph()
    for seed, (label, spec) in enumerate(schema().nodes.items()):
        for n in (1, 2):
            add_node(graph, label, f"{label.lower()}:{n}'\"",
                     **full_props(spec.properties, seed + n, sources))
    for seed, (rel, spec) in enumerate(schema().rels.items()):
        for a, b in spec.endpoints:
            add_edge(graph, rel, f"{a.lower()}:1'\"", f"{b.lower()}:2'\"",
                     f"{rel.lower()}:{a.lower()}-{b.lower()} ☃",
                     **full_props(spec.properties, seed, sources))
    return graph



def person_graph(owner: str, source: str, *, skills: list[str], papers: list[str],
                 coauthors: dict[str, list[str]] | None = None) -> TalentGraph:
    """A small résumé graph: owner, their Resume, skills, employer ``org:acme`` and papers
    (``coauthors`` maps a paper to other people listed as its authors)."""
    graph = new_graph()
    add_node(graph, Label.Person, owner, name=owner.title(), is_owner=True,
             emails=[f"{owner}@example.org"], sources=[source])
    add_node(graph, Label.Resume, f"resume:{source}", path=source, sha256=f"sha-{source}",
             sources=[source])
    add_edge(graph, "DESCRIBED_IN", owner, f"resume:{source}", f"described:{owner}",
             sources=[source])
    add_node(graph, Label.Organization, "org:acme", name="Acme", is_employer=True,
             aliases=[f"Acme ({source})"], sources=[source])
    add_edge(graph, "WORKED_AT", owner, "org:acme", f"worked:{owner}:acme",
             titles=["Engineer"], start_month=24240, sources=[source])
    for skill in skills:
        add_node(graph, Label.Skill, f"skill:{skill}", name=skill, sources=[source])
        add_edge(graph, "HAS_SKILL", owner, f"skill:{skill}", f"has:{owner}:{skill}",
                 sources=[source])
    for paper in papers:
        add_node(graph, Label.Paper, f"paper:{paper}", title=paper, year=2020, sources=[source])
        for author in [owner, *(coauthors or {}).get(paper, [])]:
            if author not in graph:
                add_node(graph, Label.Person, author, name=author.title(), sources=[source])
            add_edge(graph, "AUTHORED", author, f"paper:{paper}", f"authored:{author}:{paper}",
                     sources=[source])
    return graph

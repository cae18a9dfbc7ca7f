"""The graph report: what is in the store, who and what is central, which groups exist,
and which facts need a human look.

:func:`build_report` gathers everything into a :class:`Report` (plain data: the CLI
renders it as JSON, Markdown or tables, :mod:`talentgraph.report`); the canned queries
answer the counting questions and the analyses the structural ones, on the same store.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from talentgraph.ontology.schema import Label
from talentgraph.queries import analyses
from talentgraph.queries.registry import run_query

if TYPE_CHECKING:
    import networkx as nx

    from talentgraph.graph.store import GraphStore

__all__ = ["Report", "build_report"]

Rows = list[dict[str, Any]]


@dataclass
class Report:
    """Sections of the report, each a list of rows (dicts) ready to print."""

    counts: Rows = field(default_factory=list)
    top_skills: Rows = field(default_factory=list)
    top_employers: Rows = field(default_factory=list)
    top_schools: Rows = field(default_factory=list)
    occupations: Rows = field(default_factory=list)
    central: Rows = field(default_factory=list)
    brokers: Rows = field(default_factory=list)
    communities: Rows = field(default_factory=list)
    modularity: float = 0.0
    data_quality: Rows = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return asdict(self)

    def sections(self) -> list[tuple[str, Rows]]:
        """``(title, rows)`` in reading order."""
        return [
            ("Nodes and relationships", self.counts),
            ("Top skills", self.top_skills),
            ("Top employers", self.top_employers),
            ("Top schools", self.top_schools),
            ("Occupations (O*NET-SOC; levels of the roles held in them)", self.occupations),
            ("Most central (PageRank on the whole graph)", self.central),
            ("Brokers between people (betweenness, people projection; 0 not ranked)",
             self.brokers),
            (f"Communities of people (Louvain, modularity {self.modularity:.3f})",
             self.communities),
            ("Data quality: check by hand", self.data_quality),
        ]


def _counts(store: GraphStore) -> Rows:
    stats = store.stats()
    rows = [{"kind": "node", "type": k, "count": v} for k, v in stats["labels"].items() if v]
    rows += [{"kind": "relationship", "type": k, "count": v}
             for k, v in stats["types"].items() if v]
    return rows


def _top_central(graph: nx.Graph, scores: dict[Any, float], top: int) -> Rows:
    rows: Rows = []
    for label in (Label.Person, Label.Organization, Label.Skill):
        ranked = sorted(((n, s) for n, s in scores.items()
                         if s > 0 and graph.nodes[n].get("label") == label),
                        key=lambda kv: (-kv[1], str(kv[0])))[:top]
        rows += [{"type": label.value, "name": graph.nodes[n]["name"], "score": round(s, 5)}
                 for n, s in ranked]
    return rows


def _quality(store: GraphStore) -> Rows:
    rows = [{"issue": r["issue"], "subject": r["person"], "detail": r["evidence"]}
            for r in run_query(store, "flagged_people")]
    rows += [{"issue": f"low confidence {r['relationship']} ({r['confidence']:.2f})",
              "subject": r["person"], "detail": r["target"]}
             for r in run_query(store, "low_confidence_facts")]
    rows += [{"issue": f"{r['unparsed_lines']} unparsed lines", "subject": r["resume"],
              "detail": r["person"]}
             for r in run_query(store, "unparsed_resumes")]
    rows += [{"issue": f"partly read ({r['coverage']:.0%} of lines placed)",
              "subject": r["resume"], "detail": r["person"]}
             for r in run_query(store, "low_coverage_resumes")]
    return rows


def build_report(store: GraphStore, *, top: int = 10, engine: str = "auto",
                 today_month: int | None = None) -> Report:
    """Everything the report shows, from one store."""
    graph = store.to_networkx()
    whole = analyses.whole_graph(graph)
    people = analyses.people(graph, today_month=today_month)
    report = Report(
        counts=_counts(store),
        top_skills=run_query(store, "top_skills", {"limit": top}),
        top_employers=run_query(store, "top_employers", {"limit": top}),
        top_schools=run_query(store, "top_schools", {"limit": top}),
        occupations=run_query(store, "top_occupations", {"limit": top}),
        data_quality=_quality(store),
    )
    if whole.number_of_nodes():
        report.central = _top_central(whole, analyses.pagerank(whole, engine=engine), top)
    if people.number_of_edges():
        # one engine object for both measures: igraph then converts the projection once
        people_engine = analyses.resolve_engine(engine, people)
        between = analyses.betweenness(people, engine=people_engine)
        ranked = sorted(between.items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]
        report.brokers = [{"person": people.nodes[n]["name"], "betweenness": round(s, 5)}
                          for n, s in ranked if s > 0]
        partition = analyses.louvain(people, engine=people_engine)
        report.modularity = analyses.modularity(people, partition)
        groups = [members for members in analyses.groups(partition) if len(members) > 1]
        report.communities = [
            {"community": i, "size": len(members),
             "members": [people.nodes[n]["name"] for n in members], "note": None}
            for i, members in enumerate(groups)]
        left_out = analyses.outsiders(people, partition,
                                      lambda node: analyses.why_alone(graph, node))
        report.communities += [
            {"community": None, "size": len(nodes),
             "members": [people.nodes[n]["name"] for n in nodes],
             "note": f"in no community: {reason}"}
            for reason, nodes in left_out]
    return report

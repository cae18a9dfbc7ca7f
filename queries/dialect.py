"""What to write instead, when a statement uses the other store's Cypher.

Neo4j and LadybugDB (the embedded store) speak different dialects for a few things a user
is likely to paste from elsewhere: a relationship's type, shortest paths, today's date,
``reduce`` and list indexing, procedures.  The stores' own errors name the failing
function (``Catalog exception: function TYPE does not exist``) but not the spelling that
works, so :func:`hints` matches the statement against the differences listed here and the
CLI adds the matching ones to the error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentgraph.graph.cypher_files import EMBEDDED, NEO4J

__all__ = ["DIFFERENCES", "Difference", "hints"]



@dataclass(frozen=True)
class Difference:
    """A construct only one dialect has (``only_in``), and what the other store takes."""

    only_in: str
    pattern: re.Pattern[str]
    instead: str


def _p(regex: str) -> re.Pattern[str]:
    return re.compile(regex, re.IGNORECASE)


DIFFERENCES: tuple[Difference, ...] = (
    Difference(NEO4J, _p(r"\btype\s*\("),
               "the embedded store names a relationship's type label(r), not type(r)"),
    Difference(NEO4J, _p(r"\b(?:all)?shortestPath\s*\("),
               "the embedded store writes a shortest path as a recursive pattern: "
               "MATCH p = (a)-[:T1|T2* SHORTEST 1..8]-(b) (every shortest one: "
               "* ALL SHORTEST 1..8), and nodes(p) as list_transform(nodes(p), n -> n.name)"),
    Difference(NEO4J, _p(r"\b(?:date|datetime|localdatetime|timestamp)\s*\(\s*\)"),
               "the embedded store's today is current_date() (date() needs a string), "
               "its year date_part('year', current_date()) rather than date().year"),
    Difference(NEO4J, _p(r"\breduce\s*\("),
               "the embedded store folds a list with list_reduce(list, (acc, x) -> ...), "
               "not reduce(acc = 0, x IN list | ...)"),
    Difference(NEO4J, _p(r"\b(?:startNode|endNode)\s*\("),
               "the embedded store has no startNode(r)/endNode(r): name the endpoints in "
               "the pattern, (a)-[r]->(b)"),
    Difference(NEO4J, _p(r"\belementId\s*\("),
               "the embedded store has no elementId(n): use the node's id property, n.id"),
    Difference(NEO4J, _p(r"\b(?:toString|toStringOrNull)\s*\("),
               "the embedded store converts with cast(x, 'STRING'), not toString(x)"),
    Difference(NEO4J, _p(r"\]\s*\[\s*0\s*\]|\)\s*\[\s*0\s*\]"),
               "the embedded store indexes lists from 1: list[1] is the first item"),
    Difference(NEO4J, _p(r"\bCALL\s+(?:db|dbms|gds|apoc)\."),
               "procedures such as db.*, gds.* and apoc.* exist only on Neo4j"),
    Difference(EMBEDDED, _p(r"\blabel\s*\("),
               "Neo4j names a relationship's type type(r), a node's labels labels(n)"),
    Difference(EMBEDDED, _p(r"\*\s*(?:ALL\s+)?SHORTEST\b"),
               "Neo4j writes shortest paths as shortestPath((a)-[:T*..8]-(b)) or "
               "allShortestPaths(...)"),
    Difference(EMBEDDED, _p(r"\bcurrent_date\s*\(|\bdate_part\s*\("),
               "Neo4j's today is date(), its year date().year"),
    Difference(EMBEDDED, _p(r"\blist_(?:transform|filter|reduce)\s*\("),
               "Neo4j writes list_transform/list_filter as [x IN list WHERE ... | ...] and "
               "list_reduce as reduce(acc = 0, x IN list | ...)"),
)


def hints(cypher: str, dialect: str) -> list[str]:
    """What to write instead of the constructs in ``cypher`` that only the other
    dialect has, for a store speaking ``dialect`` (``"lbug"`` or ``"neo4j"``)."""
    code = "\n".join(line.split("//", 1)[0] for line in cypher.splitlines())
    return [d.instead for d in DIFFERENCES if d.only_in != dialect and d.pattern.search(code)]

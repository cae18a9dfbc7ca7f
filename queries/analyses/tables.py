"""The person projection of :func:`.projections.people`, computed from the graph tables of
the out-of-core path (:mod:`talentgraph.graph.bulk`) straight into igraph.

At 10^6 people the talent graph does not fit in memory as networkx objects, and neither
does its projection (~26M ties with their reasons), so the ties are found by the engine
and only integer edge lists reach Python:

* colleagues: each organization's stints stream in from DuckDB and go through the same
  capped sweep (:func:`.projections._colleague_pairs`, :data:`.projections.LARGE_EMPLOYER`,
  :data:`.projections.COLLEAGUE_WINDOW`) with the same tenure rule (``_tenure``);
* co-authors: a self-join of ``AUTHORED`` on the paper; advising: ``ADVISED_BY``;
* a tie's weight is the number of distinct reasons (``colleagues@<org>``,
  ``coauthors@<paper>``, ``advising``), as ``_tie`` counts them.

The result has the same people, ties and weights as ``people(graph)`` on the in-memory
graph (``tests/test_bulk.py``), as an :class:`igraph.Graph` whose vertex ``i`` is
``ids[i]``; PageRank and Louvain run on it as :class:`.igraph_engine.IgraphEngine` runs
them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

import duckdb
import igraph as ig
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from talentgraph.graph.bulk.engine import sql_list, sql_text
from talentgraph.queries.registry import current_month

from .projections import COLLEAGUE_WINDOW, LARGE_EMPLOYER, _colleague_pairs, _tenure

__all__ = ["PeopleTables", "people_from_tables"]

log = logging.getLogger(__name__)

_PAIRS = pa.schema([("a", pa.string()), ("b", pa.string()), ("reason", pa.string())])


@dataclass
class PeopleTables:
    """The person projection as igraph (edge attribute ``weight``) and the person id of
    each vertex."""

    graph: ig.Graph
    ids: list[str]


def _q(path: Path) -> str:
    return f"'{sql_text(str(path))}'"


def _colleagues(con: duckdb.DuckDBPyConnection, graph: Path, out: Path, month: int,
                window: int | None, large: int) -> None:
    worked = sorted(graph.glob("WORKED_AT__*.parquet"))
    with pq.ParquetWriter(out, _PAIRS) as writer:
        if not worked:
            return
        query = (f"SELECT w.e_dst AS org, coalesce(o.name, w.e_dst) AS name, w.e_src AS person, "
                 f"w.start_month, w.end_month, w.\"current\" "
                 f"FROM read_parquet({sql_list(worked)}) w "
                 f"LEFT JOIN read_parquet({_q(graph / 'Organization.parquet')}) o "
                 f"ON o.id = w.e_dst WHERE w.start_month IS NOT NULL ORDER BY w.e_dst")
        pending: list[dict] = []
        for batch in con.sql(query).to_arrow_reader(100_000):
            rows = pending + batch.to_pylist()
            last = rows[-1]["org"]
            pending = [r for r in rows if r["org"] == last]
            _org_pairs([r for r in rows if r["org"] != last], writer, month, window, large)
        _org_pairs(pending, writer, month, window, large)


def _org_pairs(rows: list[dict], writer: pq.ParquetWriter, month: int, window: int | None,
               large: int) -> None:
    out: list[dict] = []
    for _, stints in groupby(rows, key=lambda r: r["org"]):
        stints = list(stints)
        tenures = [(*t, r["person"]) for r in stints if (t := _tenure(r, month))]
        capped = window is not None and len(tenures) > large
        reason = f"colleagues@{stints[0]['name']}"
        for a, b in _colleague_pairs(tenures, window if capped else len(tenures)):
            if a != b:
                out.append({"a": min(a, b), "b": max(a, b), "reason": reason})
    if out:
        writer.write_table(pa.Table.from_pylist(out, schema=_PAIRS))


def people_from_tables(graph: Path, work: Path, *, today_month: int | None = None,
                       colleague_window: int | None = COLLEAGUE_WINDOW,
                       large_employer: int = LARGE_EMPLOYER) -> PeopleTables:
    """The default person projection (colleagues, co-authors, advising) of the graph
    tables in ``graph`` (one Parquet file per label and relationship group, as
    :func:`talentgraph.graph.bulk.build.build_tables` writes them); ``work`` holds the
    engine's files."""
    work.mkdir(parents=True, exist_ok=True)
    month = current_month() if today_month is None else today_month
    con = duckdb.connect(str(work / "projection.duckdb"))
    con.execute(f"SET temp_directory = {_q(work / 'spill')}")
    try:
        _colleagues(con, graph, work / "colleagues.parquet", month, colleague_window,
                    large_employer)
        sources = [f"SELECT a, b, reason FROM read_parquet({_q(work / 'colleagues.parquet')})"]
        authored = sorted(graph.glob("AUTHORED__*.parquet"))
        if authored:
            sources.append(
                f"SELECT x.e_src AS a, y.e_src AS b, 'coauthors@' || coalesce(p.title, p.id) "
                f"AS reason FROM read_parquet({sql_list(authored)}) x "
                f"JOIN read_parquet({sql_list(authored)}) y "
                f"ON x.e_dst = y.e_dst AND x.e_src < y.e_src "
                f"JOIN read_parquet({_q(graph / 'Paper.parquet')}) p ON p.id = x.e_dst")
        advised = sorted(graph.glob("ADVISED_BY__*.parquet"))
        if advised:
            sources.append(
                f"SELECT least(e_src, e_dst) AS a, greatest(e_src, e_dst) AS b, 'advising' "
                f"AS reason FROM read_parquet({sql_list(advised)}) WHERE e_src <> e_dst")
        con.execute(f"CREATE TABLE person AS SELECT id, (row_number() OVER (ORDER BY id) - 1) "
                    f"AS v FROM read_parquet({_q(graph / 'Person.parquet')})")
        con.execute(f"""
            CREATE TABLE ties AS SELECT pa.v AS a, pb.v AS b, count(DISTINCT reason) AS weight
            FROM ({' UNION ALL '.join(sources)}) t
            JOIN person pa ON pa.id = t.a JOIN person pb ON pb.id = t.b GROUP BY 1, 2""")
        ids = [row[0] for row in con.execute("SELECT id FROM person ORDER BY v").fetchall()]
        ties = con.execute("SELECT a, b, weight FROM ties ORDER BY a, b").fetchnumpy()
    finally:
        con.close()
    # numpy edge arrays go to igraph's C core without a Python tuple per tie; weights
    # stay integers (the number of reasons), which Python shares as small ints
    result = ig.Graph(n=len(ids), edges=np.column_stack((ties["a"], ties["b"])))
    result.es["weight"] = ties["weight"].tolist()
    log.info("person projection from tables: %d people, %d ties", len(ids), result.ecount())
    return PeopleTables(result, ids)

"""Entity resolution out of core: the resolver's rules, applied per block over tables.

:func:`talentgraph.graph.resolve.resolve_people` holds every mention in memory; here the
mentions are a table (:mod:`.mentions`) and the engine does the global work:

1. **strong keys**: mentions sharing an e-mail, a phone (E.164) or a profile URL are
   paired by a self-join on the exploded keys; each pair is kept or refused by
   :func:`~talentgraph.graph.normalize.same_person_names` (refused pairs are the
   conflicts a load lists for review);
2. **name blocks**: mentions sorted by (last name, first initial) arrive block by block,
   and each block goes through the resolver's own candidate pairs and corroboration
   (:func:`~talentgraph.graph.resolve._candidate_pairs`, ``_corroborated``);
3. **people** are the connected components of the kept pairs (SciPy on two integer
   arrays, a few bytes per mention), and each component's record (name, id, contacts) is
   the resolver's ``_record`` of its mentions in the resolver's order.

Every rule is the in-memory resolver's function; only who meets whom is found by joins,
so both paths give the same people (``tests/test_bulk.py`` compares the graphs).  This
path is for a fresh store: it resolves the pool against itself, not against stored people.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from talentgraph.graph.normalize import same_person_names
from talentgraph.graph.resolve import Mention, _candidate_pairs, _corroborated, _record

from .engine import sql_text, stream
from .mentions import OrgNames

__all__ = ["PEOPLE_SCHEMA", "Resolved", "resolve_tables"]

log = logging.getLogger(__name__)

_STRINGS = pa.list_(pa.string())
#: One row per person (a :class:`~talentgraph.graph.resolve.PersonRecord`).
PEOPLE_SCHEMA = pa.schema([
    ("comp", pa.int64()), ("first", pa.int64()), ("id", pa.string()), ("name", pa.string()),
    ("is_owner", pa.bool_()), ("name_inferred", pa.bool_()), ("name_evidence", pa.string()),
    ("anonymous", pa.bool_()), ("emails", _STRINGS), ("phones", _STRINGS), ("urls", _STRINGS),
    ("sources", _STRINGS),
])


@dataclass
class Resolved:
    """What resolution left in the engine: tables ``people`` (one row per person),
    ``who`` (source, name key -> person id) and ``owner`` (source -> person id)."""

    mentions: int
    people: int
    pairs: int
    conflicts: list[tuple[str, str, str]]


def _union_pairs(con: duckdb.DuckDBPyConnection,
                 conflicts: set[tuple[str, str, str]]) -> Iterator[tuple[int, int]]:
    """Pairs sharing a strong key whose names can be one person's."""
    con.execute("CREATE OR REPLACE TEMP TABLE strong AS "
                "SELECT idx, unnest(strong) AS key FROM m")
    query = """
        SELECT s1.key, s1.idx AS a, s2.idx AS b, m1.name AS na, m2.name AS nb
        FROM strong s1 JOIN strong s2 ON s1.key = s2.key AND s1.idx < s2.idx
        JOIN m m1 ON m1.idx = s1.idx JOIN m m2 ON m2.idx = s2.idx"""
    for batch in stream(con, query):
        for key, a, b, na, nb in zip(*(batch.column(i).to_pylist() for i in range(5)),
                                     strict=True):
            if same_person_names(na, nb):
                yield a, b
            else:
                conflicts.add((key, *sorted((na or "", nb or ""))))


def _block_mention(row: dict[str, Any], orgs: OrgNames) -> Mention:
    return Mention(index=row["idx"], source=row["src"], name=row["name"],
                   papers=set(row["papers"]), coauthors=set(row["coauthors"]),
                   orgs=orgs.keys(row["affiliations"]))


def _block_pairs(con: duckdb.DuckDBPyConnection, orgs: OrgNames) -> Iterator[tuple[int, int]]:
    """Pairs of one name block that the resolver's corroboration rules join."""
    query = ("SELECT block, idx, src, name, papers, coauthors, affiliations FROM m "
             "WHERE block IS NOT NULL ORDER BY block, idx")
    pending: list[dict[str, Any]] = []  # a block may straddle two batches
    for batch in stream(con, query):
        rows = pending + batch.to_pylist()
        last = rows[-1]["block"]
        pending = [r for r in rows if r["block"] == last]
        done = [r for r in rows if r["block"] != last]
        yield from _pairs_of(done, orgs)
    yield from _pairs_of(pending, orgs)


def _pairs_of(rows: list[dict[str, Any]], orgs: OrgNames) -> Iterator[tuple[int, int]]:
    for _, members in groupby(rows, key=lambda r: r["block"]):
        group = [_block_mention(r, orgs) for r in members]
        if len(group) < 2:
            continue
        for a, b in _candidate_pairs(group):
            if a.source == b.source:
                continue
            if _corroborated(a, b):
                yield a.index, b.index


def _components(pairs: list[tuple[int, int]], count: int) -> np.ndarray:
    if not pairs:
        return np.arange(count, dtype=np.int64)
    edges = np.asarray(pairs, dtype=np.int64)
    graph = coo_matrix((np.ones(len(edges), dtype=np.int8), (edges[:, 0], edges[:, 1])),
                       shape=(count, count))
    _, labels = connected_components(graph, directed=False)
    return labels.astype(np.int64)


def _record_mention(row: dict[str, Any]) -> Mention:
    return Mention(index=row["idx"], source=row["src"], name=row["name"],
                   is_owner=row["is_owner"], name_inferred=row["name_inferred"],
                   name_evidence=row["name_evidence"], emails=set(row["emails"]),
                   phones=set(row["phones"]), urls=set(row["urls"]))


def _write_people(con: duckdb.DuckDBPyConnection, out: Path) -> int:
    """Each component's record, in the resolver's mention order."""
    query = ("SELECT l.comp, m.idx, m.src, m.name, m.is_owner, m.name_inferred, "
             "m.name_evidence, m.emails, m.phones, m.urls "
             "FROM m JOIN labels l USING (idx) ORDER BY l.comp, m.idx")
    written = 0
    pending: list[dict[str, Any]] = []
    with pq.ParquetWriter(out, PEOPLE_SCHEMA, compression="zstd") as writer:
        def emit(rows: list[dict[str, Any]]) -> None:
            nonlocal written
            records = []
            for comp, members in groupby(rows, key=lambda r: r["comp"]):
                group = [_record_mention(r) for r in members]
                record = _record(group, None)
                records.append({"comp": comp, "first": group[0].index, **vars(record)})
            if records:
                writer.write_table(pa.Table.from_pylist(records, schema=PEOPLE_SCHEMA))
                written += len(records)

        for batch in stream(con, query):
            rows = pending + batch.to_pylist()
            last = rows[-1]["comp"]
            pending = [r for r in rows if r["comp"] == last]
            emit([r for r in rows if r["comp"] != last])
        emit(pending)
    return written


def resolve_tables(con: duckdb.DuckDBPyConnection, mentions: Path, names: Path,
                   orgs: OrgNames, work: Path) -> Resolved:
    """Resolve the mentions of ``mentions``/``names`` (written by
    :func:`~.mentions.extract_mentions`); leaves ``people``, ``who`` and ``owner`` in
    the engine."""
    con.execute("CREATE OR REPLACE TABLE m AS SELECT "
                "(row_number() OVER (ORDER BY src, local) - 1)::BIGINT AS idx, * "
                f"FROM read_parquet('{sql_text(str(mentions))}')")
    count = con.execute("SELECT count(*) FROM m").fetchone()[0]
    conflicts: set[tuple[str, str, str]] = set()
    pairs = list(_union_pairs(con, conflicts))
    strong = len(pairs)
    pairs += _block_pairs(con, orgs)
    log.info("resolution: %d mentions, %d pairs on strong keys, %d in name blocks",
             count, strong, len(pairs) - strong)
    labels = _components(pairs, count)
    label_table = pa.table({"idx": np.arange(count, dtype=np.int64), "comp": labels})
    con.register("label_arrow", label_table)
    con.execute("CREATE OR REPLACE TABLE labels AS SELECT * FROM label_arrow")
    con.unregister("label_arrow")
    del label_table, labels
    people_file = work / "records.parquet"
    _write_people(con, people_file)
    con.execute(f"CREATE OR REPLACE TABLE records AS SELECT * FROM "
                f"read_parquet('{sql_text(str(people_file))}')")
    # a record whose id another component already took (a re-confirmed person in the
    # resolver; never seen on a fresh pool) keeps the first, as resolve_people does
    con.execute("CREATE OR REPLACE TABLE people AS SELECT * EXCLUDE (comp, first) FROM records "
                "QUALIFY row_number() OVER (PARTITION BY id ORDER BY first) = 1")
    con.execute("CREATE OR REPLACE TABLE person_of AS "
                "SELECT l.idx, r.id AS person FROM labels l JOIN records r USING (comp)")
    con.execute(f"""
        CREATE OR REPLACE TABLE who AS
        SELECT n.src, n.key, p.person
        FROM (SELECT src, key, min(local) AS local
              FROM read_parquet('{sql_text(str(names))}') GROUP BY src, key) n
        JOIN m USING (src, local) JOIN person_of p USING (idx)""")
    con.execute("CREATE OR REPLACE TABLE owner AS SELECT m.src, p.person FROM m "
                "JOIN person_of p USING (idx) WHERE m.local = 0")
    people = con.execute("SELECT count(*) FROM people").fetchone()[0]
    return Resolved(mentions=count, people=people, pairs=len(pairs),
                    conflicts=sorted(c for c in conflicts if c[1] != c[2]))

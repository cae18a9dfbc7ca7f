"""Load throughput of the stores: bulk ``write_graph`` against one MERGE per row.

Generates N synthetic people (employers, schools, skills, a location, a résumé each) with
:func:`~talentgraph.graph.model.add_node` / :func:`~talentgraph.graph.model.add_edge` and
times, per store:

* ``write_graph`` into an empty store (every row new),
* ``write_graph`` of the same graph again (every row an update: the idempotent re-load),
* the naive baseline: one auto-committed ``MERGE`` per node and relationship, measured
  on a smaller graph (``--naive-people``) and extrapolated to N, since at ~1k rows/s it
  would take minutes.

Neo4j is included when ``NEO4J_URI`` is set (its database is cleared!).  Example::

    .venv/bin/python bench/load_bench.py --people 10000
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from talentgraph.config import Settings
from talentgraph.graph.model import TalentGraph, add_edge, add_node, new_graph
from talentgraph.graph.store import GraphStore, open_store
from talentgraph.graph.store.embedded import EmbeddedStore
from talentgraph.ontology.schema import Label, Rel, schema

log = logging.getLogger("load_bench")


def synthetic_graph(people: int, seed: int = 7) -> TalentGraph:
    """``people`` persons with 1-3 jobs, 1-2 degrees, 5 skills, a city and a résumé."""
    rnd = random.Random(seed)
    graph = new_graph()
    orgs = [f"org:{n}" for n in range(max(20, people // 5))]
    skills = [f"skill:{n}" for n in range(500)]
    cities = [f"loc:{n}" for n in range(200)]
    src = ["bench/all.txt"]
    for n, org in enumerate(orgs):
        add_node(graph, Label.Organization, org, name=f"Org {n}", is_employer=True,
                 is_school=n % 4 == 0, aliases=[f"O{n}"], sources=src)
    for n, skill in enumerate(skills):
        add_node(graph, Label.Skill, skill, name=f"Skill {n}", in_taxonomy=True, sources=src)
    for n, city in enumerate(cities):
        add_node(graph, Label.Location, city, city=f"City {n}", country="XX", sources=src)
    for p in range(people):
        pid, cv = f"person:{p}", [f"cv/{p}.pdf"]
        add_node(graph, Label.Person, pid, name=f"Person {p}", emails=[f"p{p}@example.org"],
                 is_owner=True, sources=cv)
        add_node(graph, Label.Resume, f"resume:{cv[0]}", path=cv[0], sha256=f"{p:064x}",
                 sources=cv)
        add_edge(graph, Rel.DESCRIBED_IN, pid, f"resume:{cv[0]}", f"d:{p}", sources=cv)
        add_edge(graph, Rel.LOCATED_IN, pid, rnd.choice(cities), f"l:{p}", sources=cv)
        for j in range(rnd.randint(1, 3)):
            start = 24000 + rnd.randint(0, 300)
            add_edge(graph, Rel.WORKED_AT, pid, rnd.choice(orgs), f"w:{p}:{j}",
                     titles=["Engineer"], start_month=start, end_month=start + 24,
                     confidence=1.0, sources=cv)
        for d in range(rnd.randint(1, 2)):
            add_edge(graph, Rel.STUDIED_AT, pid, rnd.choice(orgs[::4]), f"s:{p}:{d}",
                     degree="BSc", degree_level="bachelor", sources=cv)
        for s, skill in enumerate(rnd.sample(skills, 5)):
            add_edge(graph, Rel.HAS_SKILL, pid, skill, f"h:{p}:{s}", mentioned=False,
                     sources=cv)
    return graph


def naive_load(store: GraphStore, graph: TalentGraph) -> None:
    """The baseline: one MERGE per row, each its own auto-committed transaction."""
    for node_id, data in graph.nodes(data=True):
        keys = [k for k in data if k not in {"label", "id"}]
        sets = ", ".join(f"n.`{k}` = ${k}" for k in keys)
        store.run(f"MERGE (n:`{Label(data['label'])}` {{id: $id}}) SET {sets}",
                  {"id": node_id, **{k: data[k] for k in keys}}, write=True)
    for src, dst, key, data in graph.edges(keys=True, data=True):
        keys = [k for k in data if k not in {"type", "id"}]
        sets = ", ".join(f"r.`{k}` = ${k}" for k in keys)
        a, b = Label(graph.nodes[src]["label"]), Label(graph.nodes[dst]["label"])
        store.run(f"MATCH (a:`{a}` {{id: $src}}) MATCH (b:`{b}` {{id: $dst}}) "
                  f"MERGE (a)-[r:`{Rel(data['type'])}` {{id: $id}}]->(b) SET {sets}",
                  {"src": src, "dst": dst, "id": key, **{k: data[k] for k in keys}},
                  write=True)


@dataclass
class Result:
    store: str
    method: str
    rows: int
    seconds: float
    note: str = ""

    @property
    def rate(self) -> float:
        return self.rows / self.seconds if self.seconds else float("inf")


def _rows(graph: TalentGraph) -> int:
    return graph.number_of_nodes() + graph.number_of_edges()


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def bench_store(name: str, opener: Callable[[], GraphStore], graph: TalentGraph,
                small: TalentGraph) -> list[Result]:
    """Bulk new, bulk update and the extrapolated naive load of one store kind."""
    rows = _rows(graph)
    with opener() as store:
        store.clear()
        log.info("%s: naive load of %d rows", name, _rows(small))
        naive = _timed(lambda: naive_load(store, small))
        store.clear()
        log.info("%s: bulk load of %d rows", name, rows)
        new = _timed(lambda: store.write_graph(graph))
        log.info("%s: bulk re-load (updates)", name)
        again = _timed(lambda: store.write_graph(graph))
        store.clear()
    naive_rate = _rows(small) / naive
    return [
        Result(name, "naive: MERGE per row, own tx", rows, rows / naive_rate,
               f"extrapolated from {_rows(small):,} rows in {naive:.1f}s"),
        Result(name, "write_graph, new rows", rows, new),
        Result(name, "write_graph, re-load (updates)", rows, again),
    ]


@contextmanager
def _embedded_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="tg-bench-") as folder:
        yield Path(folder)


def print_table(results: list[Result]) -> None:
    naive = {r.store: r.rate for r in results if r.method.startswith("naive")}
    header = f"{'store':<9} {'method':<32} {'rows':>9} {'seconds':>8} {'rows/s':>10} " \
             f"{'x naive':>8}  note"
    print(header)
    print("-" * len(header))
    for r in results:
        print(f"{r.store:<9} {r.method:<32} {r.rows:>9,} {r.seconds:>8.2f} {r.rate:>10,.0f} "
              f"{r.rate / naive[r.store]:>8.1f}  {r.note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--naive-people", type=int, default=150,
                        help="people in the graph the naive baseline loads (extrapolated)")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="rows per statement (default: each store's own)")
    parser.add_argument("--no-neo4j", action="store_true", help="skip Neo4j even if set")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    logging.getLogger("talentgraph").setLevel(logging.WARNING)

    graph, small = synthetic_graph(args.people), synthetic_graph(args.naive_people, seed=8)
    log.info("graph: %d nodes, %d relationships (%d labels, %d types in the ontology)",
             graph.number_of_nodes(), graph.number_of_edges(), len(schema().nodes),
             len(schema().rels))
    options = {"batch_size": args.batch_size} if args.batch_size else {}
    results: list[Result] = []
    with _embedded_dir() as folder:
        results += bench_store("embedded", lambda: EmbeddedStore(folder / "bench.lbug",
                                                                 **options), graph, small)
    uri = os.environ.get("NEO4J_URI")
    if uri and not args.no_neo4j:
        results += bench_store("neo4j", lambda: open_store(Settings(store=uri), **options),
                               graph, small)
    else:
        log.info("Neo4j skipped (set NEO4J_URI to include it)")
    print_table(results)


if __name__ == "__main__":
    main()

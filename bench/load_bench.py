"""Load throughput of the stores: bulk ``write_graph`` against one MERGE per row.

Generates N synthetic people (employers, schools, skills, a location, a résumé each) with
:func:`~talentgraph.graph.model.add_node` / :func:`~talentgraph.graph.model.add_edge` and
times, per store:

* ``write_graph`` into an empty store (every row new),
* ``write_graph`` of the same graph again (every row an update: the idempotent re-load),
* the naive baseline: one auto-committed ``MERGE`` per node and relationship, measured
  on a smaller graph (``--naive-people``) and extrapolated to N, since at ~1k rows/s it
  would take minutes.

Neo4j is included when ``NEO4J_URI`` is set (its database is cleared!).  ``--graph`` loads
a pickled graph instead (e.g. one ``build_graph`` made from a synthetic corpus).  Besides
wall time each line reports the CPU seconds the client spent and, for a local Neo4j
started by ``.ci/neo4j/start.sh`` (``NEO4J_PID`` set), the server's: on a shared machine
the wall time mostly measures the other tenants, CPU seconds do not.  Example::

    .venv/bin/python bench/load_bench.py --people 10000
    .venv/bin/python bench/load_bench.py --graph /tmp/graph-10000.pkl --naive-people 150
    .venv/bin/python bench/load_bench.py --graph /tmp/graph-100000.pkl --chunk-rows 200000
"""

from __future__ import annotations

import argparse
import logging
import os
import pickle
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
    cpu: float | None = None      # client CPU seconds
    server_cpu: float | None = None

    @property
    def rate(self) -> float:
        return self.rows / self.seconds if self.seconds else float("inf")


def _rows(graph: TalentGraph) -> int:
    return graph.number_of_nodes() + graph.number_of_edges()


def _server_cpu() -> float | None:
    """CPU seconds used so far by the local Neo4j server (``NEO4J_PID``), if known."""
    pid = os.environ.get("NEO4J_PID", "")
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Timing:
    wall: float
    cpu: float
    server_cpu: float | None


def _timed(action: Callable[[], object], server: bool = False) -> Timing:
    server_start = _server_cpu() if server else None
    start, cpu = time.perf_counter(), time.process_time()
    action()
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    server_end = _server_cpu() if server else None
    spent = server_end - server_start if server_start is not None and server_end else None
    return Timing(wall, cpu, spent)


def bench_store(name: str, opener: Callable[[], GraphStore], graph: TalentGraph,
                small: TalentGraph, chunk_rows: int | None = None,
                workers: int = 1) -> list[Result]:
    """Bulk new, bulk update and the extrapolated naive load of one store kind
    (``chunk_rows``: the chunked bulk write instead of one transaction, by ``workers``
    concurrent writers where the store takes them)."""
    rows = _rows(graph)
    server = name == "neo4j"
    with opener() as store:
        store.clear()
        log.info("%s: naive load of %d rows", name, _rows(small))
        naive = _timed(lambda: naive_load(store, small), server)
        store.clear()
        log.info("%s: bulk load of %d rows", name, rows)
        def write() -> object:
            return store.write_graph(graph, chunk_rows=chunk_rows, workers=workers)

        new = _timed(write, server)
        log.info("%s: bulk re-load (updates)", name)
        again = _timed(write, server)
        store.clear()
    scale = rows / _rows(small)
    return [
        Result(name, "naive: MERGE per row, own tx", rows, naive.wall * scale,
               f"extrapolated from {_rows(small):,} rows in {naive.wall:.1f}s",
               naive.cpu * scale,
               naive.server_cpu * scale if naive.server_cpu is not None else None),
        Result(name, "write_graph, new rows", rows, new.wall, cpu=new.cpu,
               server_cpu=new.server_cpu),
        Result(name, "write_graph, re-load (unchanged)", rows, again.wall, cpu=again.cpu,
               server_cpu=again.server_cpu),
    ]


@contextmanager
def _embedded_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="tg-bench-") as folder:
        yield Path(folder)


def _cpu_rate(r: Result) -> float:
    """Rows per CPU second of client and server together (load-independent)."""
    spent = (r.cpu or 0) + (r.server_cpu or 0)
    return r.rows / spent if spent else float("inf")


def print_table(results: list[Result]) -> None:
    naive = {r.store: r for r in results if r.method.startswith("naive")}
    header = (f"{'store':<9} {'method':<33} {'rows':>9} {'seconds':>8} {'rows/s':>10} "
              f"{'x naive':>8} {'cpu s':>7} {'srv cpu':>7} {'rows/cpu-s':>10} {'x naive':>8}"
              "  note")
    print(header)
    print("-" * len(header))
    for r in results:
        base = naive[r.store]
        server = f"{r.server_cpu:>7.2f}" if r.server_cpu is not None else f"{'-':>7}"
        print(f"{r.store:<9} {r.method:<33} {r.rows:>9,} {r.seconds:>8.2f} {r.rate:>10,.0f} "
              f"{r.rate / base.rate:>8.1f} {r.cpu or 0:>7.2f} {server} {_cpu_rate(r):>10,.0f} "
              f"{_cpu_rate(r) / _cpu_rate(base):>8.1f}  {r.note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--graph", type=Path, default=None,
                        help="a pickled TalentGraph to load instead of --people synthetic ones")
    parser.add_argument("--naive-people", type=int, default=150,
                        help="people in the graph the naive baseline loads (extrapolated)")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="rows per statement (default: each store's own)")
    parser.add_argument("--chunk-rows", type=int, default=None,
                        help="write_graph(chunk_rows=N): commit every N rows (bulk opt-in)")
    parser.add_argument("--workers", type=int, default=1,
                        help="write_graph(workers=N): concurrent bulk writers (Neo4j only)")
    parser.add_argument("--no-neo4j", action="store_true", help="skip Neo4j even if set")
    parser.add_argument("--no-embedded", action="store_true", help="skip the embedded store")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    logging.getLogger("talentgraph").setLevel(logging.WARNING)

    small = synthetic_graph(args.naive_people, seed=8)
    if args.graph:
        with args.graph.open("rb") as fh:
            graph = pickle.load(fh)  # a file the user made with build_graph
    else:
        graph = synthetic_graph(args.people)
    log.info("graph: %d nodes, %d relationships (%d labels, %d types in the ontology)",
             graph.number_of_nodes(), graph.number_of_edges(), len(schema().nodes),
             len(schema().rels))
    options = {"batch_size": args.batch_size} if args.batch_size else {}
    results: list[Result] = []
    if not args.no_embedded:
        with _embedded_dir() as folder:
            results += bench_store("embedded", lambda: EmbeddedStore(folder / "bench.lbug",
                                                                     **options),
                                   graph, small, args.chunk_rows)
    uri = os.environ.get("NEO4J_URI")
    if uri and not args.no_neo4j:
        results += bench_store("neo4j", lambda: open_store(Settings(store=uri), **options),
                               graph, small, args.chunk_rows, args.workers)
    else:
        log.info("Neo4j skipped (set NEO4J_URI to include it)")
    print_table(results)


if __name__ == "__main__":
    main()

"""Per-query latency of the canned queries, timed like ``bench.run`` times them.

``python -m bench.query_bench --graph G.pkl --store S [--load] [--only a,b] [--repeats N]``
loads a pickled graph (``graph.build.build_graph`` output), optionally writes it to the
store (an embedded file path or a ``bolt://`` URI; Neo4j credentials from the environment),
derives the busy parameters with :func:`bench.run.busy_params`, then runs each query once
warm and ``N`` more times, printing p50/p95 (ms) and the row count per query.  It exists so
one query can be iterated on without rerunning the whole benchmark; ``--same`` also checks
that two stores return the same rows for every query.
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.run import QUERY_REPEATS, _open, _percentile, busy_params

__all__ = ["main", "time_queries"]


def _params(spec: Any, busy: dict[str, Any]) -> dict[str, Any]:
    params = spec.example_params()
    required = {p.name for p in spec.params if p.required}
    params.update({k: v for k, v in busy.items() if k in required})
    return params


def time_queries(store: Any, busy: dict[str, Any], only: set[str] | None = None,
                 repeats: int = QUERY_REPEATS) -> dict[str, tuple[float, float, int]]:
    """``{query: (p50 ms, p95 ms, rows)}``, each query warmed once then run ``repeats``
    times (fewer when one run takes seconds, as in ``bench.run``)."""
    from talentgraph.queries.registry import list_queries, run_query

    out: dict[str, tuple[float, float, int]] = {}
    for spec in list_queries():
        if only and spec.name not in only:
            continue
        params = _params(spec, busy)
        start = time.perf_counter()
        rows = run_query(store, spec.name, params)
        warm = time.perf_counter() - start
        n = repeats if warm < 0.5 else 3 if warm < 5 else 0
        times = [] if n else [warm * 1000]
        for _ in range(n):
            start = time.perf_counter()
            run_query(store, spec.name, params)
            times.append((time.perf_counter() - start) * 1000)
        out[spec.name] = (statistics.median(times), _percentile(times, 0.95), len(rows))
        print(f"{spec.name:28s} p50 {out[spec.name][0]:8.1f}  p95 {out[spec.name][1]:8.1f}"
              f"  rows {len(rows)}", flush=True)
    return out


def same_rows(first: Any, second: Any, busy: dict[str, Any],
              only: set[str] | None = None) -> list[str]:
    """Names of the queries whose rows differ between the two stores."""
    from talentgraph.queries.registry import list_queries, run_query

    differ = []
    for spec in list_queries():
        if only and spec.name not in only:
            continue
        params = _params(spec, busy)
        a, b = run_query(first, spec.name, params), run_query(second, spec.name, params)
        if a != b:
            differ.append(spec.name)
            print(f"DIFFER {spec.name}: {len(a)} vs {len(b)} rows", flush=True)
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, required=True, help="pickled networkx graph")
    parser.add_argument("--store", action="append", required=True,
                        help="embedded store path or bolt:// URI (give two with --same)")
    parser.add_argument("--load", action="store_true", help="clear and write the graph first")
    parser.add_argument("--only", default="", help="comma-separated query names")
    parser.add_argument("--repeats", type=int, default=QUERY_REPEATS)
    parser.add_argument("--same", action="store_true", help="compare rows of two stores")
    parser.add_argument("--json", type=Path, help="write the timings here")
    args = parser.parse_args(argv)
    graph = pickle.loads(args.graph.read_bytes())
    busy = busy_params(graph)
    print("params:", busy, flush=True)
    only = {name for name in args.only.split(",") if name} or None
    results: dict[str, Any] = {}
    stores = [_open(where) for where in args.store]
    try:
        for where, store in zip(args.store, stores, strict=True):
            if args.load:
                store.clear()
                start = time.perf_counter()
                store.write_graph(graph)
                print(f"loaded {where} in {time.perf_counter() - start:.1f}s", flush=True)
            print(f"== {where}", flush=True)
            results[where] = time_queries(store, busy, only, args.repeats)
        if args.same and len(stores) == 2:
            differ = same_rows(stores[0], stores[1], busy, only)
            print("same rows on both stores" if not differ else f"differ: {differ}")
    finally:
        for store in stores:
            store.close()
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""One command for every performance number in docs/benchmarks.md.

``python -m bench`` generates (or reuses) a synthetic corpus per size N, then runs the
stages in pipeline order: generate → parse (one process, all cores) → build + entity
resolution (scored against the truth file) → load into the embedded store and, when
``NEO4J_URI`` is set, Neo4j (each beside a naive one-MERGE-per-transaction baseline on a
subset, extrapolated) → canned-query latency → analyses (networkx vs igraph, each with
peak memory; Neo4j GDS on the server when ``NEO4J_URI`` names one with the plugin, with
GDS's own memory estimate).  A stage whose dependency is missing or fails prints
``n/a: <reason>`` and the rest go on, so the driver works on a partial checkout.
Results: a table on stdout and JSON in ``bench/results/<timestamp>.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import datetime as dt
import gc
import hashlib
import importlib
import json
import logging
import multiprocessing
import os
import pickle
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.cells import Measured, from_json, to_json

__all__ = ["Skip", "machine", "main"]

log = logging.getLogger("bench")

ROOT = Path(__file__).resolve().parent
CORES = os.cpu_count() or 1
NAIVE_ROWS = 300  # rows the naive baseline writes before being extrapolated
#: seconds before a canned query is stopped (and counted at that): at 10^5 people, when the
#: busiest person was named by a name eight people share, shortest_connection spelled out
#: 96k paths (28 s, 5 GB) on the embedded store; by id it takes ~0.5 s
QUERY_TIMEOUT = 20.0
QUERY_REPEATS = 15
BETWEENNESS_K = 256
DEFAULT_SIZES = (10**3, 10**4, 10**5)  # the table; --huge adds 10^6


class Skip(Exception):
    """A stage cannot run here; the message is the reason shown in its cell."""


@dataclass
class Run:
    """What the stages of one size share."""

    n: int
    corpus: Path
    files: list[Path] = field(default_factory=list)
    resumes: list[Any] = field(default_factory=list)
    graph: Any = None
    resolution: Any = None
    store_dir: Path | None = None
    people: Any = None  # the person projection every analysis engine measures
    busy: dict[str, Any] | None = None  # the queries' parameters, from the graph
    cells: dict[str, Any] = field(default_factory=dict)


def machine() -> dict[str, Any]:
    """The machine the numbers were measured on."""
    mem = 0
    with contextlib.suppress(ValueError, OSError):
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return {"nproc": CORES, "memory_gib": round(mem / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "cpu": platform.processor() or platform.machine()}


# ---------------------------------------------------------------- stages


def stage_corpus(run: Run, formats: tuple[str, ...], seed: int) -> None:
    from talentgraph.synth import SynthConfig, generate, read_manifest

    manifest = run.corpus / "manifest.json"
    stamp = run.corpus / ".synth-digest"
    wanted = {"people": run.n, "seed": seed, "formats": list(formats)}
    if (manifest.exists() and stamp.exists() and stamp.read_text() == _synth_digest()
            and {k: read_manifest(run.corpus).get(k) for k in wanted} == wanted):
        run.cells["generate"] = "reused"
    else:
        shutil.rmtree(run.corpus, ignore_errors=True)
        report = generate(run.corpus, SynthConfig(people=run.n, seed=seed, formats=formats),
                          jobs=CORES)
        stamp.write_text(_synth_digest())
        rate = report.files / report.seconds
        run.cells["generate"] = Measured(f"{rate:,.0f} files/s ({CORES} procs)", (rate,))
    run.files = sorted(p for p in (run.corpus / "resumes").rglob("*") if p.is_file())
    run.cells["files"] = len(run.files)


def _parse_one(path: Path) -> Any:
    from talentgraph.loaders import parse_file

    # keyed like truth.jsonl: relative to the corpus folder ("resumes/6c/6cba….txt"; from
    # 10^5 files are spread over subfolders of resumes/)
    root = next(folder for folder in path.parents if folder.name == "resumes").parent
    key = path.relative_to(root).as_posix()
    try:
        return parse_file(path).model_copy(update={"source_file": key})
    except Exception as err:  # a bench counts failures; it must not stop on one file
        return f"{key}: {type(err).__name__}: {err}"


def _need_parser() -> None:
    try:
        from talentgraph.loaders import parse_file  # noqa: F401
    except ImportError as err:
        raise Skip(f"talentgraph.loaders.parse_file missing ({err})") from err


def stage_parse_single(run: Run, sample: int) -> None:
    _need_parser()
    step = max(1, len(run.files) // sample)
    chosen = run.files[::step][:sample]
    _parse_one(chosen[0])  # warm-up: taxonomy and regex compilation
    start = time.perf_counter()
    for path in chosen:
        _parse_one(path)
    rate = len(chosen) / (time.perf_counter() - start)
    run.cells["parse 1 proc (résumés/s)"] = Measured(f"{rate:,.1f} (sample {len(chosen)})",
                                                     (rate, len(chosen)))


def _source_digest(package: str) -> str:
    """A hash of a package's ``*.py`` sources: a cached corpus or parse is valid only for
    the generator or parser that made it (a generator fix, such as unique contacts, must
    not be benchmarked on old files)."""
    module = importlib.import_module(package)
    digest = hashlib.sha256()
    for path in sorted(Path(module.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _synth_digest() -> str:
    return _source_digest("talentgraph.synth")


def _parser_digest() -> str:
    return _source_digest("talentgraph.loaders")


def stage_parse_all(run: Run, use_cache: bool) -> None:
    """Parse every file on all cores; the résumés are cached next to the corpus (keyed
    by the parser's source), so re-running later stages does not cost a full parse."""
    _need_parser()
    # v2: source keys relative to the corpus folder (v1 cut the subfolder of resumes/)
    cache = run.corpus / f"parsed-v2-{_parser_digest()}.pkl"
    label = f"parse {CORES} procs (résumés/s)"
    if use_cache and cache.exists():
        with cache.open("rb") as fh:
            saved = pickle.load(fh)
        run.resumes, failed = saved["resumes"], saved["failed"]
        run.cells[label] = Measured(f"{saved['rate']:,.1f} (cached run)", (saved["rate"],))
    else:
        _parse_one(run.files[0])  # warm the taxonomy caches before forking the workers
        start = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(CORES) as pool:
            results = pool.map(_parse_one, run.files, chunksize=8)
        rate = len(results) / (time.perf_counter() - start)
        run.resumes = [r for r in results if not isinstance(r, str)]
        failed = [r for r in results if isinstance(r, str)]
        run.cells[label] = Measured(f"{rate:,.1f}", (rate,))
        with cache.open("wb") as fh:
            pickle.dump({"rate": rate, "resumes": run.resumes, "failed": failed}, fh)
    run.cells["parse failures"] = len(failed)
    for line in failed[:5]:
        log.warning("parse failed: %s", line)


def _failing_source(err: Exception) -> str | None:
    """The résumé a ``build_graph`` KeyError names ((source, name) keys), if any."""
    key = err.args[0] if isinstance(err, KeyError) and err.args else None
    return key[0] if isinstance(key, tuple) and key and isinstance(key[0], str) else None


def _screen(build: Callable[[list[Any]], Any], resumes: list[Any], chunk: int = 250,
            ) -> set[str]:
    """Sources ``build`` fails on, found chunk by chunk (a failure costs one chunk's
    rebuild, not the whole corpus's)."""
    bad: set[str] = set()
    for lo in range(0, len(resumes), chunk):
        part = resumes[lo:lo + chunk]
        while True:
            try:
                build([r for r in part if r.source_file not in bad])
                break
            except KeyError as err:
                source = _failing_source(err)
                if source is None or source in bad:
                    raise
                bad.add(source)
    return bad


def stage_build(run: Run) -> None:
    if not run.resumes:
        raise Skip("no parsed résumés")
    try:
        from talentgraph.graph.build import build_graph
    except ImportError as err:
        raise Skip(f"talentgraph.graph.build missing ({err})") from err
    start = time.perf_counter()
    try:
        run.graph, run.resolution = build_graph(run.resumes)
    except KeyError as err:
        if _failing_source(err) is None:
            raise
        bad = _screen(build_graph, run.resumes)
        log.warning("build_graph fails on %d résumés, e.g. %s; excluded", len(bad),
                    sorted(bad)[:3])
        run.cells["build excluded (KeyError)"] = len(bad)
        run.resumes = [r for r in run.resumes if r.source_file not in bad]
        start = time.perf_counter()
        run.graph, run.resolution = build_graph(run.resumes)
    run.cells["build graph (s)"] = round(time.perf_counter() - start, 2)
    run.resumes = []  # later stages need the graph only: ~2 GB less held at 10^5
    nodes, rels = run.graph.number_of_nodes(), run.graph.number_of_edges()
    run.cells["graph nodes / rels"] = Measured(f"{nodes:,} / {rels:,}", (nodes, rels))


def stage_er(run: Run) -> None:
    if run.resolution is None:
        raise Skip("no resolution (build did not run)")
    from talentgraph.synth import file_owners, pairwise

    score = pairwise(file_owners(run.corpus), run.resolution.owner_of)
    if not score.files:  # scoring no file would read as a perfect 1.0
        raise Skip("no parsed résumé is named in truth.jsonl (source keys differ)")
    run.cells["ER precision"] = round(score.precision, 4)
    run.cells["ER recall"] = round(score.recall, 4)
    run.cells["ER pairs true/pred/correct"] = Measured(
        f"{score.true_pairs}/{score.predicted_pairs}/{score.correct_pairs} "
        f"over {score.files:,} files",
        (score.true_pairs, score.predicted_pairs, score.correct_pairs, score.files))


def _open(store: str) -> Any:
    from talentgraph.config import Settings
    from talentgraph.graph.store import open_store

    return open_store(Settings(store=store))

# Neo4j: commits of 5,000 rows by two writers.  A transaction's state costs the server more
# than its rows (the 10^4 graph: 41 server CPU-s as one transaction, ~10 in 5,000-row
# commits), and two sessions keep both cores busy while the client packs the next chunk.
NEO4J_CHUNK = 5_000
#: embedded: rows per bulk chunk, above the largest table of 10^5 people (1.6M HAS_SKILL)
EMBEDDED_CHUNK = 5_000_000


def _write(run: Run, store: Any, label: str) -> None:
    store.clear()
    start = time.perf_counter()
    if label == "neo4j":
        chunk, workers = NEO4J_CHUNK, CORES
    else:
        # the bulk path: one auto-committed COPY per label and type (EmbeddedStore.
        # _chunk_transaction).  As one transaction the 10^5 graph spent 84 of 132 s in
        # COMMIT; each commit checkpoints, so the chunks are as large as the tables
        chunk, workers = EMBEDDED_CHUNK, 1
    stats = store.write_graph(run.graph, chunk_rows=chunk, workers=workers)
    seconds = time.perf_counter() - start
    items = stats.nodes + stats.relationships
    how = ((", one auto-committed COPY per label and type" if chunk == EMBEDDED_CHUNK
            else f", commits of {chunk:,} rows" if chunk else "")
           + (f" by {workers} writers" if workers > 1 else ""))
    run.cells[f"load {label} (nodes+rels/s)"] = Measured(
        f"{items / seconds:,.0f} ({seconds:.1f}s{how})", (items / seconds, seconds))
    run.cells[f"_load {label}"] = items / seconds


def _naive(run: Run, store: Any, label: str) -> None:
    """One MERGE per row, each its own transaction: what a first attempt looks like (the
    baseline of ``bench/load_bench.py``, on the first :data:`NAIVE_ROWS` nodes and the
    relationships among them)."""
    from bench.load_bench import naive_load
    from talentgraph.graph.model import new_graph

    store.clear()
    sample = new_graph()
    for node, data in list(run.graph.nodes(data=True))[:NAIVE_ROWS]:
        sample.add_node(node, **data)
    rels = [(a, b, key, d) for a, b, key, d in run.graph.edges(keys=True, data=True)
            if a in sample and b in sample][:NAIVE_ROWS]
    for a, b, key, data in rels:
        sample.add_edge(a, b, key, **data)
    start = time.perf_counter()
    naive_load(store, sample)
    rows = sample.number_of_nodes() + sample.number_of_edges()
    rate = rows / (time.perf_counter() - start)
    store.clear()
    run.cells[f"_naive {label}"] = (rate, rows)


def _naive_cell(run: Run, label: str) -> None:
    """The naive rate beside the batched one it is compared with (the final load)."""
    rate, rows = run.cells[f"_naive {label}"]
    ratio = run.cells[f"_load {label}"] / rate if rate else 0
    run.cells[f"naive {label} (nodes+rels/s)"] = Measured(
        f"{rate:,.0f} (extrapolated from {rows} rows; batched is {ratio:,.0f}x)",
        (rate, rows, ratio))


def stage_load_embedded(run: Run) -> None:
    if run.graph is None:
        raise Skip("no graph (build did not run)")
    run.store_dir = Path(tempfile.mkdtemp(prefix="tg-bench-"))
    with _open(str(run.store_dir / "bench.lbug")) as store:
        _write(run, store, "embedded")  # creates the tables the naive writer MERGEs into
        _naive(run, store, "embedded")
        _write(run, store, "embedded")  # and leaves the graph loaded for the queries
    _naive_cell(run, "embedded")


def stage_load_neo4j(run: Run) -> None:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        raise Skip("NEO4J_URI not set")
    if run.graph is None:
        raise Skip("no graph (build did not run)")
    with _open(uri) as store:
        _write(run, store, "neo4j")
        _naive(run, store, "neo4j")
        _write(run, store, "neo4j")  # leave the graph loaded for the queries
    _naive_cell(run, "neo4j")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


#: (parameter, relationship type, which end): a canned query's parameter is timed with the
#: busiest value of the graph, e.g. ``organization`` = the employer with most WORKED_AT.
BUSY_PARAMS = (
    ("person", None, "source"),
    ("organization", "WORKED_AT", "target"),
    ("school", "STUDIED_AT", "target"),
    ("skill", "HAS_SKILL", "target"),
    ("venue", "PUBLISHED_IN", "target"),
)


def busy_params(graph: Any) -> dict[str, Any]:
    """Parameter values that hit the most data in ``graph``, so latency is measured on
    real work: the header examples name seed people and employers that a synthetic
    corpus mostly lacks, and an empty lookup is fast whatever the query does."""
    from collections import Counter

    counts: dict[str, Counter[str]] = {name: Counter() for name, _, _ in BUSY_PARAMS}
    for u, v, data in graph.edges(data=True):
        for name, rel, end in BUSY_PARAMS:
            if rel is None:
                if graph.nodes[u].get("label") == "Person":
                    counts[name][u] += 1
            elif data.get("type") == rel:
                counts[name][v if end == "target" else u] += 1
    params: dict[str, Any] = {}
    for name, counter in counts.items():
        # a person by id: at 10^5 the busiest person's name is shared by eight people,
        # and shortest_connection would then solve every pair of namesakes (64 searches)
        ranked = [node if name == "person" else graph.nodes[node].get("name")
                  for node, _ in counter.most_common(8)]
        ranked = [value for value in ranked if value]
        if ranked:
            params[name] = ranked[0]
            if name == "person" and len(ranked) > 1:
                params["person_a"], params["person_b"] = ranked[0], ranked[1]
            if name == "skill" and len(ranked) > 1:
                params["skills"] = ranked[:2]
    return params


def _query_latency(store: Any, busy: dict[str, Any] | None = None,
                   ) -> tuple[list[float], dict[str, float]]:
    from talentgraph.queries.registry import list_queries, run_query

    everything: list[float] = []
    worst: dict[str, float] = {}
    for spec in list_queries():
        params = spec.example_params()
        required = {p.name for p in spec.params if p.required}
        params.update({k: v for k, v in (busy or {}).items() if k in required})
        start = time.perf_counter()
        try:
            run_query(store, spec.name, params, timeout=QUERY_TIMEOUT)
        except Exception as err:  # one bad query must not hide the others' numbers
            log.warning("query %s failed: %s", spec.name, err)
            if "timed out" in str(err):  # counted at the limit: at least that slow
                everything.append(QUERY_TIMEOUT * 1000)
                worst[spec.name] = QUERY_TIMEOUT * 1000
            continue
        warm = time.perf_counter() - start
        # a slow query needs fewer samples: at 10^4 people one took 80 s per run
        repeats = QUERY_REPEATS if warm < 0.5 else 3 if warm < 5 else 0
        times = [] if repeats else [warm * 1000]
        for _ in range(repeats):
            start = time.perf_counter()
            run_query(store, spec.name, params)
            times.append((time.perf_counter() - start) * 1000)
        log.info("query %s: p95 %.1f ms", spec.name, _percentile(times, 0.95))
        everything += times
        worst[spec.name] = _percentile(times, 0.95)
    return everything, worst


def stage_queries(run: Run) -> None:
    if run.store_dir is None:
        raise Skip("embedded store not loaded")
    try:
        import talentgraph.queries.registry  # noqa: F401
    except ImportError as err:
        raise Skip(f"talentgraph.queries.registry missing ({err})") from err
    targets = [("embedded", str(run.store_dir / "bench.lbug"))]
    if os.environ.get("NEO4J_URI"):
        targets.append(("neo4j", os.environ["NEO4J_URI"]))
    busy = (run.busy if run.busy is not None
            else busy_params(run.graph) if run.graph is not None else {})
    log.info("query parameters: %s", busy)
    for label, where in targets:
        with _open(where) as store:
            times, worst = _query_latency(store, busy)
        if not times:
            raise Skip("every canned query failed")
        slowest = max(worst, key=worst.get)
        p50, p95 = statistics.median(times), _percentile(times, 0.95)
        run.cells[f"queries {label} p50/p95 ms"] = Measured(
            f"{p50:.1f} / {p95:.1f} ({len(worst)} queries)", (p50, p95, len(worst)))
        run.cells[f"slowest query {label} (p95 ms)"] = Measured(
            f"{slowest} {worst[slowest]:.1f}", (worst[slowest],))
        over = sorted((name for name, p95 in worst.items() if p95 >= 50), key=worst.get)
        run.cells[f"queries {label} p95 < 50 ms"] = Measured(
            f"{len(worst) - len(over)} of {len(worst)}"
            + (f"; over: {', '.join(f'{q} {worst[q]:.0f}' for q in over)}" if over else ""),
            (len(worst) - len(over), len(worst)))


def _status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak_rss() -> int:
    """This process's resident KiB now, with its peak reset to it.  A forked child
    inherits its parent's peak (``ru_maxrss``, ``VmHWM``): at 10^5 the parent had
    peaked at 15+ GB while building the graph, so the growth read from ``ru_maxrss``
    was ~6 MiB for every measure at every size.  Linux resets the peak on writing 5 to
    ``/proc/self/clear_refs``; elsewhere the inherited peak stays (an underestimate)."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return _status_kib("VmRSS") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_rss() -> int:
    """This process's peak resident KiB since the last :func:`_reset_peak_rss`."""
    return _status_kib("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _trim_heap() -> None:
    """Give the heap's free pages back to the OS before forking a measure.  Pages the
    parent freed but kept (the parsed résumés at 10^5, gigabytes) stay resident, a child
    allocating into them does not grow its RSS, and its measure read as a few MiB."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _measure_in_child(fn: Callable[[], Any], timeout: float | None = None,
                      ) -> tuple[float, float, float] | None:
    """Seconds, peak extra resident memory (MiB) and CPU seconds of ``fn`` run in a
    forked child, so one measure's peak does not hide the next one's (CPU time is the
    figure that holds on a shared, busy machine); ``None`` when it was still running
    after ``timeout`` seconds (the child is then stopped)."""
    _trim_heap()
    reader, writer = multiprocessing.get_context("fork").Pipe(duplex=False)

    def child() -> None:
        base = _reset_peak_rss()
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        writer.send((seconds, (_peak_rss() - base) / 1024, cpu))

    process = multiprocessing.get_context("fork").Process(target=child)
    process.start()
    if not reader.poll(timeout):
        process.kill()
        process.join()
        return None
    result = reader.recv()
    process.join()
    return result


#: networkx on a projection this large (people) gets sampled betweenness and a time limit
NX_SAMPLED_ABOVE = 5_000
NX_TIMEOUT = 300.0  # seconds: a networkx measure still running then is stopped, not waited


def _nx_betweenness_k(people: int) -> int:
    """Sources networkx betweenness samples (the cell extrapolates to k=256): its time
    grows with sources x edges, so fewer sources on larger projections."""
    return BETWEENNESS_K if people <= NX_SAMPLED_ABOVE else 32 if people <= 50_000 else 8


def _pagerank_and_louvain(people: Any) -> None:
    from talentgraph.queries import analyses
    from talentgraph.queries.analyses.igraph_engine import IgraphEngine

    engine = IgraphEngine()
    analyses.pagerank(people, engine=engine)
    analyses.louvain(people, engine=engine)


def stage_analyses(run: Run) -> None:
    if run.graph is None:
        raise Skip("no graph (build did not run)")
    try:
        from talentgraph.queries import analyses
    except ImportError as err:
        raise Skip(f"talentgraph.queries.analyses missing ({err})") from err
    start = time.perf_counter()
    people = analyses.people(run.graph)
    seconds = time.perf_counter() - start
    run.cells["person projection"] = Measured(
        f"{people.number_of_nodes():,} people / {people.number_of_edges():,} ties "
        f"({seconds:.1f}s)", (people.number_of_nodes(), people.number_of_edges(), seconds))
    timed: dict[str, float] = {}
    for engine in ("networkx", "igraph"):
        k = (_nx_betweenness_k(people.number_of_nodes()) if engine == "networkx"
             else BETWEENNESS_K)
        limit = (NX_TIMEOUT if engine == "networkx"
                 and people.number_of_nodes() > NX_SAMPLED_ABOVE else None)
        measures = {
            "pagerank": lambda e=engine: analyses.pagerank(people, engine=e),
            f"betweenness k={k}": lambda e=engine, k=k: analyses.betweenness(
                people, k=k, engine=e),
            "louvain": lambda e=engine: analyses.louvain(people, engine=e),
        }
        for name, fn in measures.items():
            measured = _measure_in_child(fn, limit)
            if measured is None:
                run.cells[f"{engine} {name}"] = f"> {limit:.0f}s (stopped)"
                continue
            seconds, mib, cpu = measured
            timed[f"{engine} {name}"] = seconds
            note = ""
            if name.startswith("betweenness") and k != BETWEENNESS_K:
                note = f"; ~{seconds * BETWEENNESS_K / k:.0f}s extrapolated to k=256"
            run.cells[f"{engine} {name}"] = Measured(
                f"{seconds:.2f}s (cpu {cpu:.2f}s), +{mib:,.0f} MiB{note}", (seconds, cpu, mib))
        if f"{engine} pagerank" in timed and f"{engine} louvain" in timed:
            both = timed[f"{engine} pagerank"] + timed[f"{engine} louvain"]
            cell = Measured(f"{both:.1f}s", (both,))
            if engine == "igraph":
                # as the report runs them: one engine object, so one conversion of the
                # projection (each measure above converted it for itself)
                shared = _measure_in_child(lambda: _pagerank_and_louvain(people))
                if shared is not None:
                    cell = Measured(f"{shared[0]:.1f}s (both through one engine, one "
                                    f"conversion; {both:.1f}s measured apart), "
                                    f"+{shared[1]:,.0f} MiB", (shared[0], both, shared[1]))
            run.cells[f"{engine} pagerank + louvain (target < 30 s at 10^5)"] = cell
    run.people = people


# what the GDS engine runs for each measure (queries/analyses/gds_engine.py), for the
# server's own memory estimate: (estimate procedure, configuration)
_GDS_ESTIMATES = {
    "pagerank": ("gds.pageRank.stream.estimate",
                 {"dampingFactor": 0.85, "maxIterations": 1000, "tolerance": 1e-10,
                  "relationshipWeightProperty": "weight"}),
    f"betweenness k={BETWEENNESS_K}": ("gds.betweenness.stream.estimate",
                                       {"samplingSize": BETWEENNESS_K, "samplingSeed": 0}),
    "louvain": ("gds.louvain.stream.estimate",
                {"concurrency": 1, "relationshipWeightProperty": "weight"}),
}
GDS_REPEATS = 2  # best of: the first call also pays the server's JIT warm-up


def _gds_unavailable(run: Run, why: str) -> None:
    for name in ("projection", *_GDS_ESTIMATES):
        run.cells[f"gds {name}"] = f"n/a: {why}"


def _mib(size: float) -> str:
    """A byte count the way the GDS estimates need it (most are under a MiB at 10^3)."""
    return f"{size / 2**20:,.1f} MiB" if size >= 2**20 else f"{size / 2**10:,.0f} KiB"


def _best(fn: Callable[[], Any], repeats: int = GDS_REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def stage_gds(run: Run) -> None:
    """PageRank, sampled betweenness and Louvain inside Neo4j (GDS engine) on the same
    person projection the other engines got, which the engine builds on the server from
    the stored graph (``people_projection.cypher``) and checks against ``run.people``; a
    cell says so if it had to upload the projection instead.  Each measure's time is the
    whole call as a user sees it: the projection, the algorithm, streaming the scores
    back, dropping the graph; the projection alone is timed separately, and the cells
    give the rest.  Memory is the server's: the projected graph's size in the GDS catalog
    and each algorithm's ``*.estimate`` (the client's memory is not the story)."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return _gds_unavailable(run, "NEO4J_URI not set")
    if "_load neo4j" not in run.cells:
        return _gds_unavailable(run, "the graph was not loaded into Neo4j")
    if run.people is None:
        return _gds_unavailable(run, "no person projection (analyses did not run)")
    people = run.people
    from talentgraph.graph.store import StoreError
    from talentgraph.queries import analyses
    from talentgraph.queries.analyses.gds_engine import GdsEngine

    with _open(uri) as store:
        try:
            version = store.run("RETURN gds.version() AS version")[0]["version"]
        except StoreError as err:
            return _gds_unavailable(run, f"no GDS plugin on the server ({str(err)[:60]})")
        engine = GdsEngine(store)
        catalog: dict[str, Any] = {}
        estimates: dict[str, str] = {}

        def project_only() -> None:
            with engine.projected(people) as projected:
                if catalog:
                    return
                catalog.update(store.run(
                    "CALL gds.graph.list($graph) YIELD nodeCount, relationshipCount, "
                    "sizeInBytes RETURN nodeCount, relationshipCount, sizeInBytes",
                    {"graph": projected.name})[0], route=projected.route)
                for measure, (procedure, config) in _GDS_ESTIMATES.items():
                    row = store.run(f"CALL {procedure}($graph, $config) YIELD bytesMin, "
                                    "bytesMax RETURN bytesMin, bytesMax",
                                    {"graph": projected.name, "config": config})[0]
                    estimates[measure] = (f"{_mib(row['bytesMin'])}–{_mib(row['bytesMax'])}"
                                          if row["bytesMin"] != row["bytesMax"]
                                          else _mib(row["bytesMax"]))

        # from 10^5 one run each: an uploaded projection takes minutes there
        repeats = GDS_REPEATS if run.n < 100_000 else 1
        start = time.perf_counter()
        project_only()  # also warms the server up and fills the catalog facts
        projection = (_best(project_only, repeats) if repeats > 1
                      else time.perf_counter() - start)
        how = ("Cypher projection on the server" if catalog["route"] == "server"
               else "uploaded from the client (capped, or not the stored graph's); "
                    "id lookup + upload")
        run.cells["gds projection"] = Measured(
            f"{projection:.2f}s ({how} + drop; GDS {version}); "
            f"{catalog['nodeCount']:,} nodes / {catalog['relationshipCount']:,} rels, "
            f"{_mib(catalog['sizeInBytes'])} in the catalog",
            (projection, catalog["nodeCount"], catalog["relationshipCount"]))
        measures = {
            "pagerank": lambda: analyses.pagerank(people, engine=engine),
            f"betweenness k={BETWEENNESS_K}": lambda: analyses.betweenness(
                people, k=BETWEENNESS_K, engine=engine),
            "louvain": lambda: analyses.louvain(people, engine=engine),
        }
        for name, fn in measures.items():
            seconds = _best(fn, repeats)
            beyond = max(seconds - projection, 0.0)
            run.cells[f"gds {name}"] = Measured(
                f"{seconds:.2f}s incl. projection (best of {repeats}; {beyond:.2f}s beyond "
                f"it), server est. {estimates[name]}", (seconds, beyond))


# ---------------------------------------------------------------- driver


def _release_graph(run: Run) -> None:
    """Keep only what the query stage needs (its parameters) and free the graph."""
    if run.graph is not None:
        run.busy = busy_params(run.graph)
    run.graph = run.people = run.resolution = None
    gc.collect()


def run_size(n: int, args: argparse.Namespace) -> dict[str, Any]:
    """Every stage for one corpus size; a stage that cannot run is marked n/a."""
    run = Run(n=n, corpus=Path(args.data) / f"synth-{n}-s{args.seed}")
    stages: list[tuple[str, Callable[[], None]]] = [
        ("corpus", lambda: stage_corpus(run, tuple(args.formats.split(",")), args.seed)),
        ("parse 1 proc (résumés/s)", lambda: stage_parse_single(run, args.parse_sample)),
        (f"parse {CORES} procs (résumés/s)",
         lambda: stage_parse_all(run, use_cache=not args.no_cache)),
        ("build graph (s)", lambda: stage_build(run)),
        ("ER precision", lambda: stage_er(run)),
        ("load embedded (nodes+rels/s)", lambda: stage_load_embedded(run)),
        ("load neo4j (nodes+rels/s)", lambda: stage_load_neo4j(run)),
        ("analyses", lambda: stage_analyses(run)),
        ("gds projection", lambda: stage_gds(run)),
        # last, with the graph let go: at 10^5 a canned query on the embedded store took
        # 5 GB beside the 12-15 GB the graph held, and the run was OOM-killed there
        ("release graph", lambda: _release_graph(run)),
        ("queries embedded p50/p95 ms", lambda: stage_queries(run)),
    ]
    for name, stage in stages:
        began = time.perf_counter()
        try:
            stage()
        except Skip as why:
            run.cells[name] = f"n/a: {why}"
        except Exception as err:
            log.exception("stage %s failed at N=%d", name, n)
            run.cells[name] = f"n/a: failed ({type(err).__name__}: {str(err)[:80]})"
        log.info("N=%d %s: %.1fs", n, name, time.perf_counter() - began)
    if run.store_dir:
        shutil.rmtree(run.store_dir, ignore_errors=True)
    return {k: v for k, v in run.cells.items() if not k.startswith("_")}


def _table(results: dict[int, dict[str, Any]]) -> str:
    sizes = sorted(results)
    rows: list[str] = []
    for cells in results.values():
        rows += [k for k in cells if k not in rows]
    head = ["metric", *(f"N={n:,}" for n in sizes)]
    body = [[row, *(str(results[n].get(row, "")) for n in sizes)] for row in rows]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    line = lambda r: " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True))  # noqa: E731
    return "\n".join([line(head), "-+-".join("-" * w for w in widths), *map(line, body)])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table; returns the exit code."""
    from bench.targets import targets_table  # the bench is run as a package: python -m bench
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--huge", action="store_true", help="also N=10^6")
    parser.add_argument("--sizes", help="comma-separated sizes instead of the default "
                        f"{','.join(map(str, DEFAULT_SIZES))}; 1000,10000 is the "
                        "few-minutes run (once the corpora are cached)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", default="txt,md,json,pdf,docx")
    parser.add_argument("--parse-sample", type=int, default=300,
                        help="files the single-process parse rate is measured on")
    parser.add_argument("--data", default=str(ROOT / "data"), help="corpus cache folder")
    parser.add_argument("--results", default=str(ROOT / "results"))
    parser.add_argument("--no-cache", action="store_true",
                        help="re-parse even when parsed résumés are cached")
    parser.add_argument("--targets", metavar="RESULTS_JSON",
                        help="only judge the targets of an earlier run's saved results")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.targets:
        saved = json.loads(Path(args.targets).read_text("utf-8"), object_hook=from_json)
        print(targets_table({int(n): cells for n, cells in saved["results"].items()}))
        return 0
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(name)s: %(message)s", stream=sys.stderr)
    sizes = ([int(s) for s in args.sizes.split(",")] if args.sizes
             else [*DEFAULT_SIZES, *([10**6] if args.huge else [])])
    out = Path(args.results)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{dt.datetime.now().strftime('%Y%m%dT%H%M%S')}.json"
    results: dict[int, dict[str, Any]] = {}
    for n in sizes:  # saved after every size, so a long run's early sizes survive
        results[n] = run_size(n, args)
        path.write_text(json.dumps({"machine": machine(), "args": vars(args),
                                    "results": {str(k): v for k, v in results.items()}},
                                   indent=2, ensure_ascii=False, default=to_json) + "\n",
                        "utf-8")
        print(f"N={n:,} done; partial results in {path}", file=sys.stderr)
    print(_table(results))
    print(f"\n{targets_table(results)}")
    print(f"\nmachine: {machine()}\nwritten: {path}")
    return 0

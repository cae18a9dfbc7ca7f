"""Run one function over many items in worker processes, results in input order.

Parsing is CPU-bound pure Python, so threads do not help; this spreads it over processes
while the caller consumes results in order (a load builds and writes the previous batch
meanwhile).  At most ``window`` items are in flight, so memory stays flat however many
files there are.  ``fn`` must not raise for bad input (return the error instead): an
exception escaping it is re-raised in the caller.  A worker that dies (killed, out of
memory, a crash in a C extension) costs only the item it was working on: the items in
flight are retried one at a time, and the one that kills a worker again comes back as a
:class:`WorkerDied`.

Workers ignore SIGINT (Ctrl-C reaches the whole process group; only the caller handles
it) and exit when the caller dies, even by SIGKILL, so they never outlive it holding its
output pipes.  ``shard`` picks one stable slice of a list for one of several machines.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TypeVar

__all__ = ["WorkerDied", "default_jobs", "in_shard", "parse_shard", "run_ordered"]

T = TypeVar("T")
R = TypeVar("R")

#: How often a worker checks that the process that started it is still alive.
_PARENT_POLL_SECONDS = 0.5


@dataclass(frozen=True)
class WorkerDied:
    """The result of an item whose worker process died while working on it, twice."""

    reason: str = "the parser process died (crash or out of memory)"


def default_jobs() -> int:
    """Worker processes by default: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_SECONDS)
    os._exit(1)


def _init_worker(parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _executor(jobs: int) -> ProcessPoolExecutor:
    # fork: workers start in milliseconds with everything the caller imported; the
    # caller's open store is inherited but never touched, and workers leave by os._exit
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                               initializer=_init_worker, initargs=(os.getpid(),))


def run_ordered(fn: Callable[[T], R], items: Iterable[T], *, jobs: int,
                window: int | None = None) -> Iterator[tuple[T, R | WorkerDied]]:
    """``(item, fn(item))`` for every item, in the order of ``items``.

    ``jobs`` <= 1 runs in this process (no pickling, the same results).  ``fn`` must be
    picklable (a module-level function) and so must items and results.
    """
    if jobs <= 1:
        for item in items:
            yield item, fn(item)
        return
    window = max(window or 0, 2 * jobs)
    source = iter(items)
    pending: deque[tuple[T, Future[R]]] = deque()
    pool = _executor(jobs)
    interrupted = False
    try:
        while True:
            while len(pending) < window:
                item = next(source, _END)
                if item is _END:
                    break
                pending.append((item, pool.submit(fn, item)))
            if not pending:
                return
            item, future = pending[0]
            try:
                result = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                stranded = [it for it, _ in pending]
                pending.clear()
                yield from _one_at_a_time(fn, stranded)
                pool = _executor(jobs)
                continue
            pending.popleft()
            yield item, result
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        # Wait for the pool's manager thread unless the user is interrupting: left running,
        # it races the interpreter's exit hook, which then writes to the pipe the thread
        # just closed and prints an OSError traceback at exit (CPython 3.11).
        pool.shutdown(wait=not interrupted, cancel_futures=True)


_END = object()


def _one_at_a_time(fn: Callable[[T], R], items: list[T]) -> Iterator[tuple[T, R | WorkerDied]]:
    """After a worker died: each stranded item alone in a fresh worker, so the one that
    kills it is known."""
    for item in items:
        pool = _executor(1)
        try:
            yield item, pool.submit(fn, item).result()
        except BrokenProcessPool:
            yield item, WorkerDied()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def parse_shard(text: str) -> tuple[int, int]:
    """``"I/N"`` (1 <= I <= N) as ``(I, N)``; ValueError otherwise."""
    try:
        index, count = (int(part) for part in text.split("/"))
    except ValueError:
        raise ValueError(f"expected I/N (e.g. 1/4), got {text!r}") from None
    if not 1 <= index <= count:
        raise ValueError(f"shard {text!r}: need 1 <= I <= N")
    return index, count


def in_shard(key: str, shard: tuple[int, int]) -> bool:
    """True when ``key`` belongs to shard ``I`` of ``N``: a hash of the key (the same on
    every machine and Python run, unlike ``hash()``), so N runs with shards 1/N..N/N
    split any list of keys into disjoint parts that together cover it."""
    index, count = shard
    digest = hashlib.blake2b(key.encode("utf-8", "surrogateescape"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count == index - 1

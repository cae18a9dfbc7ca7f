"""Run one function over many items in worker processes, results in input order.

Parsing is CPU-bound pure Python, so threads do not help; this spreads it over processes
while the caller consumes results in order (a load builds and writes the previous batch
meanwhile).  At most ``window`` items are in flight, so memory stays flat however many
files there are.  ``fn`` must not raise for bad input (return the error instead): an
exception escaping it is re-raised in the caller.

Each worker holds one item at a time, so when one dies (killed by the out-of-memory
killer, a crash in a C extension) the item it held is known: it is retried once in a
fresh worker, and if that dies too it comes back as a :class:`WorkerDied` naming the
cause; the other items and the run go on.  A worker holding one item far past the
per-file time budget (stuck in C code no timer interrupts) is killed the same way, and
each worker's address space is capped (:func:`~talentgraph.loaders.budget.limit_memory`);
one that has grown by half its cap is replaced between items.  A hand-made pool rather
than :class:`concurrent.futures.ProcessPoolExecutor`, which cannot say which item a dead
worker held and breaks the whole pool (every item in flight) when one dies.

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
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from talentgraph.loaders.budget import Budget, limit_memory, vm_bytes

__all__ = ["WorkerDied", "WorkerLimits", "default_jobs", "in_shard", "parse_shard",
           "run_ordered"]

T = TypeVar("T")
R = TypeVar("R")

#: How often a worker checks that the process that started it is still alive.
_PARENT_POLL_SECONDS = 0.5


@dataclass(frozen=True)
class WorkerDied:
    """The result of an item whose worker process died while working on it, twice (or
    was stopped for running far past the time budget); ``reason`` says which."""

    reason: str = "the parser process died (crash or out of memory)"


@dataclass(frozen=True)
class WorkerLimits:
    """What a worker may use: address-space growth over its size at start
    (``memory_bytes``) and wall-clock time on one item before it is killed
    (``item_seconds``); None for no limit."""

    memory_bytes: int | None = None
    item_seconds: float | None = None

    @classmethod
    def for_budget(cls, budget: Budget) -> WorkerLimits:
        """Limits behind a per-file budget: the in-process checks stop a file at its
        budget with a precise reason, so these only catch what they cannot (twice the
        memory, for the parser's own baseline and fragmentation; the time plus a margin
        for a worker stuck in C code)."""
        return cls(memory_bytes=2 * budget.memory_bytes,
                   item_seconds=1.5 * budget.seconds + 5.0)


def default_jobs() -> int:
    """Worker processes by default: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def run_ordered(fn: Callable[[T], R], items: Iterable[T], *, jobs: int,
                window: int | None = None,
                limits: WorkerLimits | None = None) -> Iterator[tuple[T, R | WorkerDied]]:
    """``(item, fn(item))`` for every item, in the order of ``items``.

    ``jobs`` <= 1 runs in this process (no pickling, the same results).  ``fn`` must be
    picklable (a module-level function) and so must items and results.  ``limits``
    default to those of the per-file budget (:meth:`WorkerLimits.for_budget`): every
    caller parses résumés.
    """
    if jobs <= 1:
        for item in items:
            yield item, fn(item)
        return
    window = max(window or 0, 2 * jobs)
    pool = _Pool(fn, jobs, limits or WorkerLimits.for_budget(Budget.default()))
    source = iter(items)
    held: dict[int, T] = {}  # in flight or done but not yet yielded, by sequence number
    done: dict[int, tuple[str, Any]] = {}
    pulled = 0
    head = 0
    try:
        while True:
            while len(held) < window:
                item = next(source, _END)
                if item is _END:
                    break
                held[pulled] = item
                pool.submit(pulled, item)
                pulled += 1
            if head not in held:
                return
            while head not in done:
                done.update(pool.collect())
            kind, value = done.pop(head)
            item = held.pop(head)
            head += 1
            if kind == "raise":
                raise value
            yield item, value
    finally:
        pool.close()


_END: Any = object()


# -- the worker side --------------------------------------------------------------------
def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_POLL_SECONDS)
    os._exit(1)


def _worker_main(conn: Connection, fn: Callable[[Any], Any], parent: int,
                 memory_bytes: int | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    start_size = vm_bytes()
    if memory_bytes:
        limit_memory(memory_bytes)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            break
        if task is None:
            break
        key, item = task
        try:
            outcome: tuple[str, Any] = ("ok", fn(item))
        except Exception as err:
            outcome = ("raise", err)
        # grown by half the cap (fragmentation, caches): let a fresh process take over
        retire = bool(memory_bytes) and vm_bytes() - start_size > memory_bytes // 2
        try:
            conn.send((key, outcome, retire))
        except Exception as err:  # an unpicklable result or exception
            conn.send((key, ("raise", RuntimeError(f"cannot return a result: {err!r}")),
                       retire))
        if retire:
            break
    conn.close()
    os._exit(0)  # skip the atexit hooks and finalizers inherited from the caller


# -- the caller side --------------------------------------------------------------------
@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    key: int | None = None
    item: Any = None
    retry: bool = False
    started: float = 0.0


class _Pool:
    """Worker processes, each given one item at a time over its own pipe."""

    def __init__(self, fn: Callable[[Any], Any], jobs: int, limits: WorkerLimits) -> None:
        self._fn = fn
        self._jobs = jobs
        self._limits = limits
        # fork: workers start in milliseconds with everything the caller imported; the
        # caller's open store is inherited but never touched, and workers leave by os._exit
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        self._context = multiprocessing.get_context(method)
        self._workers: list[_Worker] = []
        self._queue: deque[tuple[int, Any, bool]] = deque()  # (key, item, is a retry)

    def submit(self, key: int, item: Any) -> None:
        self._queue.append((key, item, False))
        self._dispatch()

    def collect(self) -> list[tuple[int, tuple[str, Any]]]:
        """Wait for at least one event (a result, a death, a timeout); the outcomes it
        settled, by key."""
        self._dispatch()
        busy = [w for w in self._workers if w.key is not None]
        if not busy:
            return []
        timeout = None
        if self._limits.item_seconds is not None and busy:
            due = min(w.started for w in busy) + self._limits.item_seconds
            timeout = max(0.0, due - time.monotonic())
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                         timeout))
        settled: list[tuple[int, tuple[str, Any]]] = []
        for worker in busy:
            if worker.conn in ready:
                settled.extend(self._receive(worker))
            elif worker.process.sentinel in ready:
                settled.extend(self._died(worker, _death_cause(worker.process)))
            elif self._overdue(worker):
                worker.process.kill()
                worker.process.join()
                seconds = self._limits.item_seconds
                settled.append((worker.key, ("ok", WorkerDied(
                    f"the parser was stopped after {seconds:g} s (stuck past the time "
                    "budget per file)"))))
                self._discard(worker)
        self._dispatch()
        return settled

    def close(self) -> None:
        """Stop every worker: idle ones are told to leave, busy ones killed."""
        for worker in self._workers:
            if worker.key is None:
                try:
                    worker.conn.send(None)
                except OSError:
                    worker.process.kill()
            else:
                worker.process.kill()
        for worker in self._workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers.clear()

    # -- internals --------------------------------------------------------------------
    def _dispatch(self) -> None:
        """Hand queued items to idle workers, starting workers up to ``jobs``; a retry
        always goes to a worker started for it."""
        while self._queue:
            key, item, retry = self._queue[0]
            idle = None if retry else next((w for w in self._workers if w.key is None), None)
            if idle is None:
                if len(self._workers) >= self._jobs and not self._make_room():
                    return
                idle = self._start()
            self._queue.popleft()
            try:
                idle.conn.send((key, item))
            except OSError:  # it died before taking the item: retry on a fresh worker
                self._discard(idle)
                self._queue.appendleft((key, item, True))
                continue
            idle.key, idle.item, idle.retry, idle.started = key, item, retry, time.monotonic()

    def _make_room(self) -> bool:
        """Stop one idle worker so a fresh one can start (for a retry)."""
        idle = next((w for w in self._workers if w.key is None), None)
        if idle is None:
            return False
        try:
            idle.conn.send(None)
        except OSError:
            idle.process.kill()
        idle.process.join(timeout=5)
        self._discard(idle)
        return True

    def _start(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, daemon=True,
            args=(theirs, self._fn, os.getpid(), self._limits.memory_bytes))
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self._workers.append(worker)
        return worker

    def _discard(self, worker: _Worker) -> None:
        worker.conn.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        self._workers.remove(worker)

    def _receive(self, worker: _Worker) -> list[tuple[int, tuple[str, Any]]]:
        try:
            key, outcome, retire = worker.conn.recv()
        except (EOFError, OSError):  # died while sending
            worker.process.join()
            return self._died(worker, _death_cause(worker.process))
        worker.key = worker.item = None
        if retire:
            worker.process.join(timeout=5)
            self._discard(worker)
        return [(key, outcome)]

    def _died(self, worker: _Worker, cause: str) -> list[tuple[int, tuple[str, Any]]]:
        key, item, retried = worker.key, worker.item, worker.retry
        self._discard(worker)
        if not retried:
            self._queue.appendleft((key, item, True))
            return []
        return [(key, ("ok", WorkerDied(f"the parser process {cause}, twice (a crash, "
                                        "or out of memory)")))]

    def _overdue(self, worker: _Worker) -> bool:
        seconds = self._limits.item_seconds
        return seconds is not None and time.monotonic() - worker.started >= seconds


def _death_cause(process: BaseProcess) -> str:
    process.join(timeout=5)
    code = process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"was killed by {name}"
    return f"exited with code {code}"


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

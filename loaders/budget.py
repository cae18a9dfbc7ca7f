"""A budget per résumé file: wall-clock time, memory growth, lines read and facts made.

A hostile file must cost only itself, and only so much: a TeX file that ``\\input``s
itself ran for 178 s, a DOCX whose zip header lied about its size took 2.4 GB, a DOCX of
100k paragraphs made 100k nodes.  :func:`parse_file <talentgraph.loaders.parse_file>`
runs each file inside :class:`file_budget`, and the work checks it:

* :func:`check_deadline` is the one call readers and extractors make in their loops: it
  stops the file when its time is up or its memory grew past the budget (read from
  ``/proc/self/statm`` at most every few milliseconds, so it is cheap to call often);
* in the main thread a ``SIGALRM`` timer stops pure-Python work that never checks (a
  third-party parser looping on a macro bomb) shortly after the deadline;
* :func:`check_length` refuses a document with more lines than any résumé has, before
  extraction spends time on them, and :func:`check_facts` a résumé with more facts;
* in the main thread the address space is capped at its size when the file starts plus
  the memory budget (``RLIMIT_AS``, restored afterwards), so a single allocation that
  jumps past the budget (a 3 GB ``\\input``) fails with ``MemoryError`` at once instead of
  growing; worker processes also keep a cap for life (:func:`limit_memory`).

Every overrun becomes an :class:`~talentgraph.loaders.errors.InputError` naming the file
and the limit; the batch goes on.  Limits come from :class:`Budget` (defaults sized from
real résumés: the slowest of 26 took 5 s and 10 MB, the longest 354 lines and 176 facts),
overridable with ``TALENTGRAPH_FILE_SECONDS`` and ``TALENTGRAPH_FILE_MEMORY_MB``.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import threading
import time
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, TracebackType
from typing import Self

from .errors import InputError
from .models import Resume

__all__ = [
    "MB",
    "Budget",
    "BudgetExceeded",
    "check_deadline",
    "check_facts",
    "check_length",
    "count_facts",
    "file_budget",
    "limit_memory",
    "rss_bytes",
    "vm_bytes",
]

MB = 1024 * 1024
_PAGE = os.sysconf("SC_PAGE_SIZE")
#: How often :func:`check_deadline` reads the resident size, at most.
_MEMORY_POLL_SECONDS = 0.005
#: How long past the deadline the ``SIGALRM`` timer waits for a cooperative check.
_ALARM_GRACE_SECONDS = 1.0


@dataclass(frozen=True)
class Budget:
    """What one file may cost.

    ``seconds`` of wall-clock time for reading and extracting it; ``memory_bytes`` of
    growth of the process's resident size while doing so; ``max_lines`` of text read
    (lines or paragraphs: a document's blocks);
    ``max_facts`` made (see :func:`count_facts`).
    """

    seconds: float = 30.0
    memory_bytes: int = 512 * MB
    max_lines: int = 20_000
    max_facts: int = 10_000

    @classmethod
    def default(cls) -> Budget:
        """The defaults, with ``TALENTGRAPH_FILE_SECONDS`` / ``TALENTGRAPH_FILE_MEMORY_MB``
        applied (a bad value is ignored: a budget must never stop a load from starting)."""
        budget = cls()
        with contextlib.suppress(ValueError):
            budget = cls(seconds=float(os.environ.get("TALENTGRAPH_FILE_SECONDS",
                                                      budget.seconds)),
                         memory_bytes=int(float(os.environ.get(
                             "TALENTGRAPH_FILE_MEMORY_MB", budget.memory_bytes / MB)) * MB))
        return budget if budget.seconds > 0 and budget.memory_bytes > 0 else cls()


class BudgetExceeded(BaseException):
    """A file went over its budget.  A ``BaseException``, like ``KeyboardInterrupt``, so
    the broad ``except Exception`` nets in readers (which turn a third-party failure into
    "corrupt DOCX") let it through; :class:`file_budget` turns it into an
    :class:`~talentgraph.loaders.errors.InputError` with :attr:`reason`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def rss_bytes() -> int:
    """This process's resident set size (Linux ``/proc``; 0 where there is none)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


@dataclass
class _Active:
    """The budget of the file being parsed in this context."""

    budget: Budget
    deadline: float
    rss_start: int
    next_memory_check: float = 0.0
    expired: bool = field(default=False)


_ACTIVE: ContextVar[_Active | None] = ContextVar("talentgraph_file_budget", default=None)


def _over_time(budget: Budget) -> BudgetExceeded:
    return BudgetExceeded(f"took longer than the {budget.seconds:g} s budget per file")


def check_deadline() -> None:
    """Stop the current file (raise :class:`BudgetExceeded`) when its time is up or its
    memory grew past the budget; a no-op outside :class:`file_budget`."""
    active = _ACTIVE.get()
    if active is None:
        return
    now = time.monotonic()
    if active.expired or now >= active.deadline:
        raise _over_time(active.budget)
    if now >= active.next_memory_check:
        active.next_memory_check = now + _MEMORY_POLL_SECONDS
        grown = rss_bytes() - active.rss_start
        if grown > active.budget.memory_bytes:
            raise BudgetExceeded(f"used {grown / MB:.0f} MB, over the "
                                 f"{active.budget.memory_bytes / MB:.0f} MB budget per file")


def _budget() -> Budget:
    active = _ACTIVE.get()
    return active.budget if active is not None else Budget.default()


def check_length(count: int) -> None:
    """Refuse a document of ``count`` lines or paragraphs (its blocks) when that is more
    than any résumé has, before extraction spends time on them."""
    budget = _budget()
    if count > budget.max_lines:
        raise BudgetExceeded(f"too long for a résumé ({count:,} lines or paragraphs > "
                             f"{budget.max_lines:,} limit)")


def count_facts(resume: Resume) -> int:
    """The facts of ``resume`` that become nodes or relationships: entries of every
    section, authors of every paper, contact points."""
    contact = resume.contact
    return (len(resume.positions) + len(resume.education) + len(resume.skills)
            + len(resume.awards) + len(resume.projects) + len(resume.patents)
            + len(resume.advisors) + sum(1 + len(p.authors) for p in resume.publications)
            + len(contact.emails) + len(contact.phones) + len(contact.urls)
            + len(contact.profiles))


def check_facts(resume: Resume) -> None:
    """Refuse a résumé with more facts than the budget allows (a file of 100k entries is
    a bad file, not 100k facts)."""
    budget = _budget()
    facts = count_facts(resume)
    if facts > budget.max_facts:
        raise BudgetExceeded(f"too many facts for a résumé ({facts:,} > "
                             f"{budget.max_facts:,} limit)")


class file_budget:
    """Run the parse of ``path`` within ``budget`` (default: :meth:`Budget.default`).

    Inside, :func:`check_deadline` and friends apply to this file; on the way out an
    overrun (or ``MemoryError``) becomes ``InputError(path, reason)``.  In the main
    thread a ``SIGALRM`` timer backs the deadline up for code that never checks, unless
    another ``SIGALRM`` handler is installed.  A class, not ``@contextmanager``: the
    timer's handler must recognise this ``__exit__`` to never raise inside it (an
    exception there would escape the ``with`` unconverted).
    """

    def __init__(self, path: str | Path, budget: Budget | None = None) -> None:
        self.path = str(path)
        self.budget = budget or Budget.default()
        self._active: _Active | None = None
        self._token = None
        self._previous_handler: signal.Handlers | object | None = None
        self._alarm = False
        self._address_limit: tuple[int, int] | None = None

    def __enter__(self) -> Self:
        self._active = _Active(self.budget, time.monotonic() + self.budget.seconds,
                               rss_bytes())
        self._token = _ACTIVE.set(self._active)
        self._alarm = self._arm()
        self._address_limit = self._cap_address_space()
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous_handler)  # type: ignore[arg-type]
        if self._address_limit is not None:
            resource.setrlimit(resource.RLIMIT_AS, self._address_limit)
        if self._token is not None:
            _ACTIVE.reset(self._token)
        if err is None and self._active is not None and self._active.expired:
            # the timer fired and something swallowed it: what it returned is suspect
            raise InputError(self.path, _over_time(self.budget).reason)
        if isinstance(err, BudgetExceeded):
            raise InputError(self.path, err.reason) from None
        if isinstance(err, MemoryError) or (isinstance(err, InputError)
                                            and isinstance(err.__cause__, MemoryError)):
            raise InputError(self.path, f"ran out of memory (budget "
                                        f"{self.budget.memory_bytes / MB:.0f} MB per file)") \
                from None

    # -- the address-space cap -----------------------------------------------------------
    def _cap_address_space(self) -> tuple[int, int] | None:
        """Cap ``RLIMIT_AS`` for this file; the limits to restore, or None if untouched.
        Only in the main thread: the cap is process-wide, and a thread parsing beside
        others (a server) would cut their memory too."""
        if threading.current_thread() is not threading.main_thread():
            return None
        previous = resource.getrlimit(resource.RLIMIT_AS)
        size = vm_bytes()
        if not size:
            return None
        ceiling = size + self.budget.memory_bytes
        soft, hard = previous
        for limit in (soft, hard):  # never above a cap already set (a worker's, ulimit -v)
            if limit != resource.RLIM_INFINITY:
                ceiling = min(ceiling, limit)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
        except (ValueError, OSError):
            return None
        return soft, hard

    # -- the SIGALRM backstop -------------------------------------------------------------
    def _arm(self) -> bool:
        if threading.current_thread() is not threading.main_thread():
            return False
        previous = signal.getsignal(signal.SIGALRM)
        if previous not in (signal.SIG_DFL, signal.SIG_IGN, None):
            return False  # someone else's timer (pytest-timeout...): leave it alone
        self._previous_handler = signal.SIG_DFL if previous is None else previous
        signal.signal(signal.SIGALRM, self._fire)
        signal.setitimer(signal.ITIMER_REAL, self.budget.seconds + _ALARM_GRACE_SECONDS)
        return True

    def _fire(self, signum: int, frame: FrameType | None) -> None:
        if self._active is not None:
            self._active.expired = True  # a cooperative check stops it from now on
        while frame is not None:
            if frame.f_code is file_budget.__exit__.__code__:
                return
            frame = frame.f_back
        raise _over_time(self.budget)


def vm_bytes() -> int:
    """This process's address-space size (0 where ``/proc`` does not say)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[0]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def limit_memory(growth_bytes: int) -> None:
    """Cap this process's address space at its current size plus ``growth_bytes``
    (``RLIMIT_AS``; Linux ignores ``RLIMIT_RSS``), so an allocation past it raises
    ``MemoryError`` instead of growing.  For worker processes: the cap is for life, so a
    worker that has grown by half of it should be replaced (see
    :func:`talentgraph.parallel.run_ordered`)."""
    size = vm_bytes()
    if not size:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = size + growth_bytes
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    if soft == resource.RLIM_INFINITY or ceiling < soft:
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))

"""The load pipeline, top to bottom: find files → read+extract → build (normalize, resolve
against the store) → write, in batches that each land all or nothing.

Re-loading is idempotent (an unchanged file is skipped by its sha256) and incremental (an
edited file's old facts are replaced; a new résumé of a stored person merges into them).

**One graph whatever the batches.**  The store keeps every loaded résumé in its parsed
form (:mod:`talentgraph.graph.store.ledger`).  When a batch names someone already stored
(the same name, a fitting initialed name or a shared contact) or replaces or removes a
résumé, every stored résumé that mentions those people is rebuilt with the batch, so who
is who is decided from all of a person's mentions at once, as one load of every file
would decide it; values several résumés give for one thing merge by order-free rules
(:mod:`talentgraph.graph.store.merge`).  So one batch, batches of 50, two halves in
either order and any ``--jobs`` give the same nodes and relationships.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import logging
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from talentgraph.erasure import Tombstones, new_salt
from talentgraph.graph.build import build_graph
from talentgraph.graph.careers.asof import GIVEN_DATE, AsOf
from talentgraph.graph.cypher_files import statement
from talentgraph.graph.known import KnownEntities
from talentgraph.graph.model import TalentGraph
from talentgraph.graph.normalize import is_initialed
from talentgraph.graph.resolve import Resolution
from talentgraph.graph.store.base import GraphStore, StoreError, WriteStats
from talentgraph.graph.store.ledger import (
    VERSION,
    LedgerChanges,
    LedgerState,
    decode_resume,
    encode_resume,
)
from talentgraph.identity import Roots, SourceFile, discover, located, source_key, under
from talentgraph.loaders import InputError, parse_file
from talentgraph.loaders.models import Resume
from talentgraph.loaders.read import MAX_FILE_BYTES
from talentgraph.parallel import WorkerDied, run_ordered

__all__ = ["Failed", "LoadReport", "Parsed", "Session", "SourceFile", "Task", "Unchanged",
           "cypher", "discover", "load_items", "load_paths", "prepare", "source_key",
           "stored_form", "stored_resume"]

log = logging.getLogger(__name__)

DEFAULT_BATCH = 500


def cypher(name: str, store: GraphStore) -> str:
    """The statement ``graph/cypher/<name>.cypher`` in the dialect ``store`` speaks."""
    return statement("talentgraph.graph", name, store.dialect, "cypher")


@dataclass
class LoadReport:
    """What a load did, for the summary lines and the exit code."""

    seen: int = 0
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    low_coverage: list[tuple[str, float]] = field(default_factory=list)  # (path, share used)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (path, erasure date)
    moved: list[tuple[str, str]] = field(default_factory=list)     # (old key, new key)
    missing: list[str] = field(default_factory=list)               # gone, not pruned
    pruned: list[str] = field(default_factory=list)
    conflicts: set[tuple[str, str, str]] = field(default_factory=set)
    nodes_created: int = 0
    nodes_updated: int = 0
    nodes_removed: int = 0
    relationships_created: int = 0
    relationships_updated: int = 0
    relationships_removed: int = 0

    def add(self, stats: WriteStats) -> None:
        self.nodes_created += stats.nodes_created
        self.nodes_updated += stats.nodes_updated
        self.nodes_removed += stats.nodes_deleted
        self.relationships_created += stats.relationships_created
        self.relationships_updated += stats.relationships_updated
        self.relationships_removed += stats.relationships_deleted


def _check_file(path: Path) -> None:
    """Refuse, before hashing reads it all, what no reader would take: a FIFO or device
    (reading would block or never end) or a file over the readers' size limit."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "not a regular file")
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(path, f"file too large ({info.st_size / 2**20:.1f} MB > "
                               f"{MAX_FILE_BYTES / 2**20:.1f} MB limit)")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Parsed:
    """A file read and extracted, ready to build; ``stored`` is the résumé's ledger form
    (:func:`stored_form`) when it was made with it.

    Sent from a worker process, it travels as plain JSON text (the résumé's fields and
    the ledger form) and becomes a :class:`Resume` again on arrival: the worker makes the
    ledger form, and the caller, which builds and writes every batch alone, validates
    JSON instead of unpickling a tree of pydantic objects and compressing the ledger
    form itself.  The whole résumé travels, not the ledger form alone: the build reads
    positions' bullets (a role's skills), which the ledger leaves out.
    """

    resume: Resume
    shown: str  # the path as given, for error lines
    source: SourceFile
    stored: str | None = None

    def __reduce__(self) -> tuple[Callable[..., Parsed], tuple[str, str, str, SourceFile]]:
        fields = json.dumps(self.resume.model_dump(exclude_defaults=True), ensure_ascii=True)
        return _arrived, (fields, self.stored or stored_form(self.resume), self.shown,
                          self.source)


def _arrived(fields: str, stored: str, shown: str, source: SourceFile) -> Parsed:
    """A :class:`Parsed` from what a worker sent (see :meth:`Parsed.__reduce__`); json
    rather than pydantic's parser, which refuses a lone surrogate a reader let through."""
    return Parsed(Resume.model_validate(json.loads(fields)), shown, source, stored)


@dataclass(frozen=True)
class Unchanged:
    """A file whose content is already stored (same sha256)."""

    key: str


@dataclass(frozen=True)
class Failed:
    """A file that cannot be loaded, with the reason for its one error line."""

    path: str
    reason: str


def failure(task: Task | Failed, outcome: object) -> Failed | None:
    """The file's failure when a worker's outcome is one (a worker that died takes the
    task's file with it), else None."""
    if isinstance(outcome, WorkerDied):
        path = task.path if isinstance(task, Failed) else str(task.source.path)
        return Failed(path, outcome.reason)
    return outcome if isinstance(outcome, Failed) else None


@dataclass(frozen=True)
class Task:
    """One file to prepare, with what the store holds for it."""

    source: SourceFile
    stored_sha: str | None
    force: bool


def prepare(task: Task | Failed) -> Parsed | Unchanged | Failed:
    """Check, hash and parse one file (in a worker process when parsing in parallel).
    Never raises for a bad file: every problem comes back as a :class:`Failed`."""
    if isinstance(task, Failed):
        return task
    path = task.source.path
    try:
        _check_file(path)
        sha = _sha256(path)
        if not task.force and task.stored_sha == sha:
            return Unchanged(task.source.key)
        resume = parse_file(path).model_copy(update={"source_file": task.source.key})
        return Parsed(resume, str(path), task.source, stored_form(resume))
    except InputError as err:
        return Failed(str(path), err.reason)
    except OSError as err:
        return Failed(str(path), err.strerror or str(err))
    except Exception as err:  # a parser bug must not sink the batch
        log.debug("parser failure on %s", path, exc_info=True)
        return Failed(str(path), f"internal parser error: {err!r}")


def stored_form(resume: Resume) -> str:
    """A parsed résumé as the ledger keeps it: what the builder reads, without the text
    of lines no extractor claimed (only their count matters) or the summary.  Roles' and
    projects' bullets stay: the months of experience of a skill are read from that text,
    and a stored résumé rebuilt with a later batch must count them as the first load did."""
    slim = resume.model_copy(update={
        "unparsed": [""] * len(resume.unparsed), "warnings": [],
        "contact": resume.contact.model_copy(update={"summary": None}),
    })
    # json, not pydantic's encoder: a lone surrogate a reader let through (a bad file
    # name, a broken escape) must be stored escaped rather than fail the batch
    return encode_resume(json.dumps(slim.model_dump(exclude_defaults=True), ensure_ascii=True))


def stored_resume(text: str) -> Resume:
    """A résumé the ledger kept (:func:`stored_form`), parsed back."""
    return Resume.model_validate(json.loads(decode_resume(text)))


class Session:
    """One load's (or one erasure's) view of a store: its ledger, the people resolution
    meets, the tombstones; :meth:`apply` writes one batch.  Not thread-safe."""

    def __init__(self, store: GraphStore, *, as_of: dt.date | None = None) -> None:
        self.store = store
        self._today = dt.date.today().isoformat()
        # one date for the whole load, even one that runs past midnight
        self.as_of = (AsOf(load_date=as_of, load_basis=GIVEN_DATE) if as_of
                      else AsOf(load_date=dt.date.today()))
        self.refresh()

    def refresh(self) -> None:
        """(Re-)read what the store holds: after another load wrote meanwhile."""
        store = self.store
        self.state: LedgerState = store.ledger_state()
        self.salt = self.state.salt or getattr(self, "salt", None) or new_salt()
        self.generation = self.state.generation
        self.tombstones = Tombstones.of(self.salt, self.state.erasures)
        new_roots = getattr(self, "roots", None)
        self.roots = Roots(self.state.roots)
        if new_roots is not None:
            self.roots.new = {k: v for k, v in new_roots.new.items()
                              if k not in self.state.roots}
        self.known = KnownEntities(store)
        log.info("resolving against %d stored people", len(self.known))
        # what the store holds: ledger sources, and résumés an older version stored
        self.stored: dict[str, str] = {k: r.sha256 for k, r in self.state.sources.items()}
        self.parsed: set[str] = {k for k, r in self.state.sources.items() if r.parsed}
        for row in store.run(cypher("known_resumes", store)):
            self.stored.setdefault(row["path"], row["sha256"] or "")
        self._meta_written = self.state.salt is not None and self.state.version == VERSION

    def changes(self) -> LedgerChanges:
        """Ledger changes every write of this session starts from."""
        changes = LedgerChanges(roots=dict(self.roots.new))
        if not self._meta_written:
            changes.meta = (VERSION, self.salt, self.generation + 1)
        return changes

    def apply(self, batch: list[Parsed], removed: Iterable[str] = (),
              report: LoadReport | None = None,
              changes: LedgerChanges | None = None,
              delete_people: Iterable[str] = ()) -> WriteStats:
        """Write ``batch`` (new or changed résumés) and remove the résumés ``removed``,
        rebuilding with them every stored résumé that mentions a person they touch.

        When another load wrote to the store since this session read it (Neo4j takes
        several), the batch is built again from a fresh read, without the résumés that
        load stored in the same version: loads run side by side end as if one ran after
        the other, which gives the graph of one load of every file.  ``delete_people``
        (an erasure's) are deleted in the same transaction."""
        for attempt in range(1, 9):
            try:
                return self._apply(batch, removed, report, changes, delete_people)
            except StoreError as err:
                if not err.raced or attempt == 8:
                    raise
                log.info("another load wrote meanwhile; building the batch again")
                self.refresh()
                if report is not None:
                    report.unchanged += [p.resume.source_file for p in batch
                                         if self._same(p)]
                batch = [p for p in batch if not self._same(p)]
        raise AssertionError("unreachable")

    def _same(self, parsed: Parsed) -> bool:
        key = parsed.resume.source_file
        return key in self.parsed and self.stored.get(key) == parsed.resume.sha256

    def _apply(self, batch: list[Parsed], removed: Iterable[str],
               report: LoadReport | None, changes: LedgerChanges | None,
               delete_people: Iterable[str] = ()) -> WriteStats:
        removed = set(removed)
        keys = {p.resume.source_file for p in batch}
        gone = removed | (keys & set(self.stored))
        resumes = [p.resume for p in batch]
        touched = {pid for pid in self.known.cited_by(sorted(gone)) if pid.startswith("person:")}
        graph, resolution = self._build(resumes, exclude=touched)
        touched |= self._changed(resolution, keys)
        # a person with a résumé stored without its parsed form cannot be rebuilt: it
        # stays as it is (resolved against, like any stored person)
        frozen = {pid for pid in touched
                  if any(s not in self.parsed for s in self.known.sources_of([pid]) - gone)}
        touched -= frozen
        rebuild = self.known.sources_of(touched) - gone - keys
        log.info("batch of %d résumé(s): %d stored people changed, %d résumé(s) rebuilt",
                 len(batch), len(touched), len(rebuild))
        if touched:
            rebuilt = [stored_resume(text)
                       for _, text in sorted(self.store.stored_resumes(rebuild).items())]
            graph, resolution = self._build(resumes + rebuilt, exclude=touched)
        cited = self.known.cited_by(sorted(gone | rebuild)) if rebuild else set()
        if report is not None:
            report.conflicts |= set(resolution.conflicts)
        extra = changes
        changes = self.changes()
        if extra is not None:
            changes.erasures += extra.erasures
            changes.erasure_write = extra.erasure_write
        changes.sources += [self._record(p) for p in batch]
        changes.drop_sources += sorted(removed - keys)
        cited |= self.known.cited_by(sorted(gone)) if gone else set()
        stats = self.store.write_graph(graph, replace_sources=sorted(gone | rebuild),
                                       ledger=changes, generation=self.generation,
                                       delete_people=delete_people)
        self.generation += 1
        self._meta_written = True
        self.roots.recorded.update(self.roots.new)
        self.roots.new.clear()
        self.known.written(graph, cited | touched)
        for key in removed - keys:
            self.stored.pop(key, None)
            self.parsed.discard(key)
        for p in batch:
            self.stored[p.resume.source_file] = p.resume.sha256
            self.parsed.add(p.resume.source_file)
        return stats

    def _build(self, resumes: list[Resume], exclude: set[str]) -> tuple[TalentGraph, Resolution]:
        known = [p for p in self.known.people_for(resumes) if p.id not in exclude]
        return build_graph(resumes, known_people=known, known_orgs=self.known.org_names(),
                           as_of=self.as_of)

    def _changed(self, resolution: Resolution, keys: set[str]) -> set[str]:
        """Stored people the batch changes, so that all their résumés must be rebuilt
        with it: one a résumé of the batch is about (its owner), one whose id or name a
        new mention would change (a first source sorting before theirs, a full name
        where they had only initials), and two a mention would join.  A co-author
        mention that changes none of that just points at the stored person."""
        changed = {pid for pair in resolution.refused for pid in pair}
        owners = set(resolution.owner_of.values())
        for source, key, pid in resolution.mentions():
            person = self.known.stored(pid)
            if person is None or source not in keys:
                continue
            if (pid in owners or not person.sources or source < min(person.sources)
                    or (is_initialed(person.name or "") and not is_initialed(key))):
                changed.add(pid)
        return changed

    def _record(self, parsed: Parsed) -> dict:
        key = parsed.resume.source_file
        root, _, rel = key.partition("/")
        return {"id": key, "root": root, "path": rel, "sha256": parsed.resume.sha256,
                "loaded": self._today, "resume": parsed.stored or stored_form(parsed.resume)}

    def missing(self, given: list[Path], seen: set[str]) -> list[str]:
        """Stored résumés from the given paths whose files are gone."""
        roots = self.roots.paths
        out = []
        for key in sorted(self.stored):
            if key in seen:
                continue
            record = self.state.sources.get(key)
            where = located(key, record.root if record else None,
                            record.path if record else None, roots)
            if where is not None and under(where, given) and not where.exists():
                out.append(key)
        return out


@contextmanager
def _long_lived_heap() -> Iterator[None]:
    """Fewer garbage collections while a load runs.

    A load holds a batch of résumés, its graph and every stored person it resolves
    against, hundreds of thousands of objects that live to the end of the batch, and
    the collector's default thresholds walk them again and again (a third of the
    caller's CPU time beside two parsing workers, ``python -m bench.parallel_bench
    --task store``).  What exists when the load starts (modules, taxonomies) is frozen
    out of collections altogether, and collections run ten times less often."""
    thresholds = gc.get_threshold()
    gc.freeze()
    if thresholds[0]:  # (0: collection switched off, left so)
        gc.set_threshold(max(thresholds[0], 10_000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def load_paths(paths: Iterable[str | Path], store, **options) -> LoadReport:
    """Load every résumé under ``paths``; see :func:`load_items`."""
    paths = list(paths)
    follow = options.pop("follow_symlinks", False)
    return load_items(list(discover(paths, follow_symlinks=follow)), store, given=paths,
                      **options)


def load_items(
    items: list[SourceFile | InputError],
    store,
    *,
    batch_size: int = DEFAULT_BATCH,
    force: bool = False,
    progress: Callable[[int], None] | None = None,
    jobs: int = 1,
    prune: bool = False,
    given: Iterable[str | Path] = (),
    as_of: dt.date | None = None,
) -> LoadReport:
    """Parse, resolve and write the discovered résumé files into ``store``.

    A file that cannot be read is reported and skipped; the rest still load.  Each batch of
    up to ``batch_size`` résumés is written in one transaction, so an interruption leaves
    whole résumés or none.  ``force`` re-loads files whose content did not change.
    ``jobs`` > 1 parses in that many worker processes (same results, same order) while
    this process builds and writes.  A résumé an erasure covers is skipped.  Stored
    résumés from the ``given`` paths whose files are gone are listed in
    ``report.missing``, or removed with ``prune``; a file whose content reappears under
    a new name is recognised as moved.  ``as_of`` is the date open-ended roles run to for
    résumés without a date of their own (:mod:`~talentgraph.graph.careers.asof`; by
    default the day the load starts).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    with _long_lived_heap():
        return _load_items(items, store, batch_size=batch_size, force=force,
                           progress=progress, jobs=jobs, prune=prune, given=given, as_of=as_of)


def _load_items(items: list[SourceFile | InputError], store, *, batch_size: int,
                force: bool, progress: Callable[[int], None] | None, jobs: int, prune: bool,
                given: Iterable[str | Path], as_of: dt.date | None) -> LoadReport:
    report = LoadReport()
    session = Session(store, as_of=as_of)
    sources = [session.roots.assign(i) if isinstance(i, SourceFile) else i for i in items]
    found = {s.key for s in sources if isinstance(s, SourceFile)}
    given_paths = [Path(p).resolve() for p in given]
    gone = set(session.missing(given_paths, found)) if given_paths else set()
    by_sha: dict[str, str] = {}
    for key in sorted(gone):
        by_sha.setdefault(session.stored[key], key)
    batch: list[Parsed] = []
    moved_from: set[str] = set()

    def flush(removed: Iterable[str] = ()) -> None:
        removed = set(removed)
        if not batch and not removed:
            return
        report.add(session.apply(list(batch), removed, report))
        report.loaded.extend(p.resume.source_file for p in batch)
        report.low_coverage.extend(
            (p.resume.source_file, p.resume.coverage.share_used) for p in batch
            if p.resume.coverage is not None and p.resume.coverage.low_confidence)
        batch.clear()

    # a résumé stored by an older version without its parsed form is parsed again
    tasks = (Failed(str(item.path), item.reason) if isinstance(item, InputError)
             else Task(item, session.stored.get(item.key) if item.key in session.parsed
                       else None, force) for item in sources)
    window = max(2 * batch_size, 64)  # parse the next batch while this one is written
    with closing(run_ordered(prepare, tasks, jobs=jobs, window=window)) as results:
        for task, outcome in results:
            report.seen += 1
            if progress:
                progress(1)
            if (failed := failure(task, outcome)) is not None:
                report.failed.append((failed.path, failed.reason))
                continue
            if isinstance(outcome, Unchanged):
                report.unchanged.append(outcome.key)
                continue
            erased = session.tombstones.match(outcome.resume)
            if erased is not None:
                report.skipped.append((outcome.shown, erased.date))
                continue
            resume = session.tombstones.scrub(outcome.resume)
            old = by_sha.pop(resume.sha256, None)
            removed: list[str] = []
            if old is not None and old != resume.source_file:
                report.moved.append((old, resume.source_file))
                moved_from.add(old)
                removed = [old]
            batch.append(Parsed(resume, outcome.shown, outcome.source,
                                outcome.stored if resume is outcome.resume else None))
            if removed:
                flush(removed)
            elif len(batch) >= batch_size:
                flush()
    left = sorted(gone - moved_from)
    if prune:
        flush(left)
        report.pruned = left
    else:
        flush()
        report.missing = left
    return report

"""The load pipeline, top to bottom: find files → read+extract → build (normalize, resolve
against the store) → write, in batches that each land all or nothing.

Re-loading is idempotent (an unchanged file is skipped by its sha256) and incremental (an
edited file's old facts are replaced; a new résumé of a stored person merges into them).
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from talentgraph.graph.build import build_graph
from talentgraph.graph.model import TalentGraph
from talentgraph.graph.store.queries import dialect_text
from talentgraph.known import KnownEntities
from talentgraph.loaders import InputError, parse_file
from talentgraph.loaders.models import Resume
from talentgraph.loaders.read import MAX_FILE_BYTES, SUPPORTED_EXTENSIONS
from talentgraph.parallel import WorkerDied, run_ordered

__all__ = ["Failed", "LoadReport", "Parsed", "SourceFile", "Task", "Unchanged", "cypher",
           "discover", "load_items", "load_paths", "prepare", "source_key"]

log = logging.getLogger(__name__)

DEFAULT_BATCH = 500


def cypher(name: str, dialect: str | None = None) -> str:
    """An internal query from ``graph/cypher/<name>.cypher``, or its
    ``<name>.<dialect>.cypher`` variant when the store's dialect needs one."""
    return dialect_text(files("talentgraph.graph").joinpath("cypher"), name, dialect)


@dataclass(frozen=True)
class SourceFile:
    """A résumé file and its source key: the name facts cite, stable across machines
    (``<folder>/<relative path>``, never an absolute path)."""

    path: Path
    key: str


@dataclass
class LoadReport:
    """What a load did, for the summary line and the exit code."""

    seen: int = 0
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    nodes_written: int = 0
    relationships_written: int = 0
    removed: int = 0


def discover(paths: Iterable[str | Path]) -> Iterator[SourceFile | InputError]:
    """Résumé files under ``paths`` (files, or folders walked recursively without following
    symlinked folders, so link loops cannot trap it), by supported extension."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            root_name = path.resolve().name
            for folder, dirs, names in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    file = Path(folder) / name
                    if name.startswith(".") or file.suffix.lower() not in SUPPORTED_EXTENSIONS:
                        continue
                    rel = file.relative_to(path).as_posix()
                    yield SourceFile(file, _text(f"{root_name}/{rel}" if root_name else rel))
        elif path.exists() or path.is_symlink():
            yield SourceFile(path, source_key(path))
        else:
            yield InputError(path, "no such file or directory")


def source_key(path: str | Path) -> str:
    """The source key of a file named by itself (not found in a folder): its folder's
    name and its own, ``<folder>/<name>``."""
    path = Path(path)
    parent = path.resolve().parent.name
    return _text(f"{parent}/{path.name}" if parent else path.name)


def _text(name: str) -> str:
    """A file name as valid Unicode: bytes that are not UTF-8 (kept by Python as lone
    surrogates, which no store or hash can encode) become ``\\xNN`` escapes."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


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
    """A file read and extracted, ready to build."""

    resume: Resume
    shown: str  # the path as given, for error lines


@dataclass(frozen=True)
class Unchanged:
    """A file whose content is already stored (same sha256)."""

    key: str


@dataclass(frozen=True)
class Failed:
    """A file that cannot be loaded, with the reason for its one error line."""

    path: str
    reason: str


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
        return Parsed(resume, str(path))
    except InputError as err:
        return Failed(str(path), err.reason)
    except OSError as err:
        return Failed(str(path), err.strerror or str(err))
    except Exception as err:  # a parser bug must not sink the batch
        log.debug("parser failure on %s", path, exc_info=True)
        return Failed(str(path), f"internal parser error: {err!r}")


def load_paths(paths: Iterable[str | Path], store, **options) -> LoadReport:
    """Load every résumé under ``paths``; see :func:`load_items`."""
    return load_items(list(discover(paths)), store, **options)


def load_items(
    items: list[SourceFile | InputError],
    store,
    *,
    batch_size: int = DEFAULT_BATCH,
    force: bool = False,
    progress: Callable[[int], None] | None = None,
    jobs: int = 1,
) -> LoadReport:
    """Parse, resolve and write the discovered résumé files into ``store``.

    A file that cannot be read is reported and skipped; the rest still load.  Each batch of
    up to ``batch_size`` résumés is written in one transaction, so an interruption leaves
    whole résumés or none.  ``force`` re-loads files whose content did not change.
    ``jobs`` > 1 parses in that many worker processes (same results, same order) while
    this process builds and writes.
    """
    report = LoadReport()
    stored = {row["path"]: row["sha256"] for row in store.run(cypher("known_resumes"))}
    known = KnownEntities(store, cypher)
    log.info("resolving against %d stored people", len(known))
    batch: list[Resume] = []
    shown: dict[str, str] = {}  # source key -> the path as given, for error lines

    def build(resumes: list[Resume]) -> TalentGraph:
        graph, _ = build_graph(resumes, known_people=known.people_for(resumes),
                               known_orgs=known.org_names())
        return graph

    def flush() -> None:
        if not batch:
            return
        try:
            graph = build(batch)
        except Exception:  # a builder bug on one résumé must not sink the batch either
            log.debug("graph build failed; isolating the résumé(s) at fault", exc_info=True)
            for resume in list(batch):
                try:
                    build([resume])
                except Exception as err:
                    report.failed.append((shown.get(resume.source_file, resume.source_file),
                                          f"internal build error: {err!r}"))
                    batch.remove(resume)
            if not batch:
                return
            graph = build(batch)
        replace = [r.source_file for r in batch if r.source_file in stored]
        cited = known.cited_by(replace)
        stats = store.write_graph(graph, replace_sources=replace)
        known.written(graph, cited)
        report.nodes_written += stats.nodes
        report.relationships_written += stats.relationships
        report.removed += stats.deleted
        report.loaded.extend(r.source_file for r in batch)
        batch.clear()

    tasks = (Failed(item.path, item.reason) if isinstance(item, InputError)
             else Task(item, stored.get(item.key), force) for item in items)
    window = max(2 * batch_size, 64)  # parse the next batch while this one is written
    with closing(run_ordered(prepare, tasks, jobs=jobs, window=window)) as results:
        for task, outcome in results:
            report.seen += 1
            if progress:
                progress(1)
            if isinstance(outcome, WorkerDied):
                path = task.path if isinstance(task, Failed) else str(task.source.path)
                outcome = Failed(path, outcome.reason)
            if isinstance(outcome, Failed):
                report.failed.append((outcome.path, outcome.reason))
            elif isinstance(outcome, Unchanged):
                report.unchanged.append(outcome.key)
            else:
                batch.append(outcome.resume)
                shown[outcome.resume.source_file] = outcome.shown
                if len(batch) >= batch_size:
                    flush()
    flush()
    return report

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
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from talentgraph.graph.build import build_graph
from talentgraph.graph.normalize import affiliation_key, title_key
from talentgraph.graph.resolve import KnownPerson
from talentgraph.loaders import InputError, parse_file
from talentgraph.loaders.models import Resume
from talentgraph.loaders.readers import MAX_FILE_BYTES, SUPPORTED_EXTENSIONS

__all__ = ["LoadReport", "SourceFile", "cypher", "discover", "load_items", "load_paths"]

log = logging.getLogger(__name__)

DEFAULT_BATCH = 500


def cypher(name: str) -> str:
    """An internal query from ``graph/cypher/<name>.cypher``."""
    return files("talentgraph.graph").joinpath("cypher", f"{name}.cypher").read_text("utf-8")


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
            parent = path.resolve().parent.name
            yield SourceFile(path, _text(f"{parent}/{path.name}" if parent else path.name))
        else:
            yield InputError(path, "no such file or directory")


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


def _known_people(store) -> list[KnownPerson]:
    orgs: dict[str, list[str]] = {}
    for row in store.run(cypher("known_affiliations")):
        key = affiliation_key(row["org"], row["role"], row["date"])
        orgs.setdefault(row["id"], []).append(key)
    papers: dict[str, list[str]] = {}
    for row in store.run(cypher("known_papers")):
        papers.setdefault(row["id"], []).append(title_key(row["title"] or ""))
    return [
        KnownPerson(
            id=row["id"], name=row["name"], is_owner=bool(row["is_owner"]),
            emails=tuple(row["emails"] or ()), phones=tuple(row["phones"] or ()),
            urls=tuple(row["urls"] or ()), orgs=tuple(orgs.get(row["id"], ())),
            papers=tuple(papers.get(row["id"], ())),
        )
        for row in store.run(cypher("known_people"))
    ]


def _parse(source: SourceFile) -> Resume:
    resume = parse_file(source.path)
    return resume.model_copy(update={"source_file": source.key})


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
) -> LoadReport:
    """Parse, resolve and write the discovered résumé files into ``store``.

    A file that cannot be read is reported and skipped; the rest still load.  Each batch of
    up to ``batch_size`` résumés is written in one transaction, so an interruption leaves
    whole résumés or none.  ``force`` re-loads files whose content did not change.
    """
    report = LoadReport()
    stored = {row["path"]: row["sha256"] for row in store.run(cypher("known_resumes"))}
    batch: list[Resume] = []
    shown: dict[str, str] = {}  # source key -> the path as given, for error lines

    def flush() -> None:
        if not batch:
            return
        known = _known_people(store)
        known_orgs = {row["name"] for row in store.run(cypher("known_orgs"))}
        try:
            graph, _ = build_graph(batch, known_people=known, known_orgs=known_orgs)
        except Exception:  # a builder bug on one résumé must not sink the batch either
            log.debug("graph build failed; isolating the résumé(s) at fault", exc_info=True)
            for resume in list(batch):
                try:
                    build_graph([resume], known_people=known, known_orgs=known_orgs)
                except Exception as err:
                    report.failed.append((shown.get(resume.source_file, resume.source_file),
                                          f"internal build error: {err!r}"))
                    batch.remove(resume)
            if not batch:
                return
            graph, _ = build_graph(batch, known_people=known, known_orgs=known_orgs)
        replace = [r.source_file for r in batch if r.source_file in stored]
        stats = store.write_graph(graph, replace_sources=replace)
        report.nodes_written += stats.nodes
        report.relationships_written += stats.relationships
        report.removed += stats.deleted
        report.loaded.extend(r.source_file for r in batch)
        batch.clear()

    for item in items:
        report.seen += 1
        if progress:
            progress(1)
        if isinstance(item, InputError):
            report.failed.append((item.path, item.reason))
            continue
        try:
            _check_file(item.path)
            sha = _sha256(item.path)
            if not force and stored.get(item.key) == sha:
                report.unchanged.append(item.key)
                continue
            batch.append(_parse(item))
            shown[item.key] = str(item.path)
        except InputError as err:
            report.failed.append((str(item.path), err.reason))
            continue
        except OSError as err:
            report.failed.append((str(item.path), err.strerror or str(err)))
            continue
        except Exception as err:  # a parser bug must not sink the batch
            log.debug("parser failure on %s", item.path, exc_info=True)
            report.failed.append((str(item.path), f"internal parser error: {err!r}"))
            continue
        if len(batch) >= batch_size:
            flush()
    flush()
    return report

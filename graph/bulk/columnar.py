"""Parsed résumés as columnar files: one Parquet row per parsed :class:`Resume`.

The Arrow schema is derived from the pydantic models themselves (nested structs and
lists, every field kept: each fact's ``source`` line span and ``confidence`` included),
so a résumé read back is equal to the one written, and adding a field to the model adds
a column without touching this module.  Beside the résumé's own fields each row carries
where its file was found: ``root`` (the folder's name in the source key), ``root_path``
(its absolute path) and ``path`` (the file inside it), which the store's ``_Root`` and
``_Source`` bookkeeping needs.

Shards are independent files named ``resumes-<tag>-<n>.parquet``: shards written on
several machines (``talentgraph parse --shard I/N --out DIR``) are simply put in one
folder.
"""

from __future__ import annotations

import logging
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from talentgraph.loaders.models import Resume

__all__ = ["LOCATION_COLUMNS", "ShardWriter", "read_resumes", "resume_of", "resume_schema",
           "shard_files", "shard_schema"]

log = logging.getLogger(__name__)

#: Where a résumé's file was found, beside the résumé's own fields.
LOCATION_COLUMNS = ("root", "root_path", "path")
_SCALARS: dict[type, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(),
                                     bool: pa.bool_()}
ROWS_PER_FILE = 50_000   # a shard file holds at most this many résumés
ROWS_PER_GROUP = 2_000   # Parquet row group: what a reader decodes at once


def _arrow_type(annotation: Any) -> pa.DataType:
    """The Arrow type of one pydantic field annotation (``str | None`` is a nullable
    string; ``list[Position]`` a list of structs)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"no Arrow type for the union {annotation!r}")
        return _arrow_type(inner[0])
    if origin is list:
        return pa.list_(_arrow_type(typing.get_args(annotation)[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _struct(annotation)
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    raise TypeError(f"no Arrow type for {annotation!r}")


def _struct(model: type[BaseModel]) -> pa.StructType:
    hints = typing.get_type_hints(model)
    return pa.struct([pa.field(name, _arrow_type(hints[name])) for name in model.model_fields])


@cache
def resume_schema() -> pa.Schema:
    """The Arrow schema of a :class:`Resume` (one column per top-level field)."""
    return pa.schema(list(_struct(Resume)))


@cache
def shard_schema() -> pa.Schema:
    """A shard's schema: the résumé's columns, then :data:`LOCATION_COLUMNS`."""
    return pa.schema([*resume_schema(), *(pa.field(c, pa.string()) for c in LOCATION_COLUMNS)])


@dataclass(frozen=True)
class Located:
    """A parsed résumé's row: the résumé as a plain dict (``Resume.model_dump()``) and
    where its file was found."""

    resume: dict[str, Any]
    root: str
    root_path: str
    path: str


class ShardWriter:
    """Writes résumé rows into ``folder/resumes-<tag>-<n>.parquet`` files of at most
    :data:`ROWS_PER_FILE` rows, each written whole under a temporary name and renamed
    when complete, so a folder never holds a half-written shard.  Use as a context
    manager; :attr:`written` counts rows."""

    def __init__(self, folder: str | Path, tag: str) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.tag = tag
        self.written = 0
        self.files: list[Path] = []
        self._rows: list[dict[str, Any]] = []
        self._writer: pq.ParquetWriter | None = None
        self._in_file = 0
        self._part: Path | None = None

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def add(self, row: Located) -> None:
        """Queue one résumé row."""
        self._rows.append({**row.resume, "root": row.root, "root_path": row.root_path,
                           "path": row.path})
        if len(self._rows) >= ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        if self._writer is None:
            final = self.folder / f"resumes-{self.tag}-{len(self.files) + 1:05d}.parquet"
            self._part = final.with_name(f".{final.name}.part")
            self._writer = pq.ParquetWriter(self._part, shard_schema(), compression="zstd")
            self.files.append(final)
        self._writer.write_table(pa.Table.from_pylist(self._rows, schema=shard_schema()))
        self._in_file += len(self._rows)
        self.written += len(self._rows)
        self._rows = []
        if self._in_file >= ROWS_PER_FILE:
            self._finish_file()

    def _finish_file(self) -> None:
        if self._writer is not None and self._part is not None:
            self._writer.close()
            self._part.rename(self.files[-1])
        self._writer, self._part, self._in_file = None, None, 0

    def close(self) -> None:
        """Write what is queued and complete the last file."""
        self._flush()
        self._finish_file()

    def abort(self) -> None:
        """Drop the file being written (complete ones stay)."""
        if self._writer is not None:
            self._writer.close()
        if self._part is not None:
            self._part.unlink(missing_ok=True)
            self.files.pop()
        self._writer, self._part, self._rows = None, None, []


def shard_files(folders: Iterable[str | Path]) -> list[Path]:
    """The complete shard files in ``folders`` (files given directly are kept), sorted."""
    out: list[Path] = []
    for folder in map(Path, folders):
        if folder.is_file():
            out.append(folder)
        else:
            out += sorted(p for p in folder.glob("*.parquet") if not p.name.startswith("."))
    return out


@cache
def _defaulted() -> frozenset[str]:
    """The résumé fields with a default that is not ``None``."""
    return frozenset(name for name, f in Resume.model_fields.items()
                     if not f.is_required() and type(None) not in typing.get_args(f.annotation))


def resume_of(row: dict[str, Any]) -> Resume:
    """The résumé of one shard row.  A field the shard lacks (written before the model
    grew it; absent, or null when shards of both ages are read as one table) takes the
    model's default."""
    defaulted = _defaulted()
    return Resume.model_validate({
        c: row[c] for c in (f.name for f in resume_schema())
        if c in row and not (row[c] is None and c in defaulted)})


def read_resumes(files: Iterable[str | Path], *, batch_rows: int = ROWS_PER_GROUP,
                 ) -> Iterator[tuple[Resume, dict[str, str]]]:
    """Every résumé in the shard ``files`` with its location columns, batch by batch
    (memory holds one batch)."""
    for file in files:
        reader = pq.ParquetFile(file)
        for batch in reader.iter_batches(batch_size=batch_rows):
            for row in batch.to_pylist():
                where = {c: row.pop(c) for c in LOCATION_COLUMNS if c in row}
                yield resume_of(row), where

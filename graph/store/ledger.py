"""The store's own bookkeeping, beside the graph: where résumés came from, what each one
said, and who was erased.

These are not talent facts, so they are not in the ontology and never reach a query's
graph, an export or a report; they live in four node kinds of their own (a closed list,
:class:`Ledger`, the only names spliced into these statements):

* ``_Meta``: the ledger's version, the store's random salt for tombstones, and a
  generation counter every load's write raises (a load that finds it moved since it
  read the store was raced by another load, and starts its batch again);
* ``_Root``: a folder résumés were loaded from, by its name in source keys and its
  absolute path (so a pool moved as a whole is recognised, and two folders of one name
  get two names);
* ``_Source``: one loaded résumé: its source key, root, path inside the root, content
  hash and the parsed résumé (compressed JSON), so a later load can rebuild the people
  it shares with new files exactly as one load of every file would;
* ``_Erasure``: one ``forget``: when, what it removed (counts only) and the salted
  hashes later loads compare against.  A re-admitted erasure keeps its audit line and
  loses its hashes.
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

__all__ = ["COLUMNS", "VERSION", "Erasure", "Ledger", "LedgerChanges", "LedgerState",
           "SourceRecord", "decode_resume", "encode_resume"]

VERSION = 2  # 1: stores without a ledger (source keys <folder>/<path>, no parsed résumés)


class Ledger(StrEnum):
    """Node kinds of the bookkeeping (never part of the graph)."""

    Meta = "_Meta"
    Root = "_Root"
    Source = "_Source"
    Erasure = "_Erasure"


#: Column name -> type ("string", "integer", "string[]") of each kind; ``id`` is the key.
COLUMNS: dict[Ledger, dict[str, str]] = {
    Ledger.Meta: {"id": "string", "version": "integer", "salt": "string",
                  "generation": "integer"},
    Ledger.Root: {"id": "string", "path": "string"},
    Ledger.Source: {"id": "string", "root": "string", "path": "string", "sha256": "string",
                    "loaded": "string", "resume": "string"},
    Ledger.Erasure: {"id": "string", "date": "string", "kind": "string",
                     "files": "integer", "nodes": "integer", "relationships": "integer",
                     "hashes": "string[]", "readmitted": "string"},
}


def encode_resume(json_text: str) -> str:
    """A parsed résumé's JSON as stored: zlib-compressed, base64 (about 2 kB a résumé)."""
    return base64.b64encode(zlib.compress(json_text.encode("utf-8"), 6)).decode("ascii")


def decode_resume(stored: str) -> str:
    """The JSON text of :func:`encode_resume`'s output."""
    return zlib.decompress(base64.b64decode(stored)).decode("utf-8")


@dataclass(frozen=True)
class SourceRecord:
    """One loaded résumé as the ledger knows it (without the parsed résumé itself)."""

    key: str
    root: str | None
    path: str | None
    sha256: str
    loaded: str | None = None
    parsed: bool = False


@dataclass(frozen=True)
class Erasure:
    """One erasure: the audit line and, until re-admitted, the salted hashes."""

    id: str
    date: str
    kind: str  # "person" or "file"
    files: int
    nodes: int
    relationships: int
    hashes: tuple[str, ...] = ()
    readmitted: str | None = None

    def row(self) -> dict[str, Any]:
        return {"id": self.id, "date": self.date, "kind": self.kind, "files": self.files,
                "nodes": self.nodes, "relationships": self.relationships,
                "hashes": list(self.hashes), "readmitted": self.readmitted}


@dataclass(frozen=True)
class LedgerState:
    """The ledger read at the start of a load or an erasure."""

    version: int
    salt: str | None
    generation: int
    roots: dict[str, str]                  # root name -> absolute path
    sources: dict[str, SourceRecord]       # source key -> record
    erasures: list[Erasure]


@dataclass
class LedgerChanges:
    """What a write changes in the ledger, applied in the write's own transaction."""

    meta: tuple[int, str, int] | None = None                 # (version, salt, generation)
    roots: dict[str, str] = field(default_factory=dict)      # name -> path
    sources: list[dict[str, Any]] = field(default_factory=list)  # full _Source rows
    drop_sources: list[str] = field(default_factory=list)
    erasures: list[Erasure] = field(default_factory=list)
    erasure_write: bool = False  # the write is the erasure: its counts are the erasures'

    def counted(self, nodes: int, relationships: int) -> LedgerChanges:
        """These changes with, for an :attr:`erasure_write`, each erasure's audit counts
        set to what the write deleted, ``nodes`` and ``relationships`` (known only inside
        its transaction)."""
        if not self.erasure_write:
            return self
        erasures = [replace(e, nodes=nodes, relationships=relationships)
                    for e in self.erasures]
        return replace(self, erasures=erasures, erasure_write=False)

    def __bool__(self) -> bool:
        return bool(self.meta or self.roots or self.sources or self.drop_sources
                    or self.erasures)

    def rows(self) -> Mapping[Ledger, list[dict[str, Any]]]:
        """The rows to upsert, per kind."""
        out: dict[Ledger, list[dict[str, Any]]] = {}
        if self.meta:
            out[Ledger.Meta] = [{"id": "store", "version": self.meta[0], "salt": self.meta[1],
                                 "generation": self.meta[2]}]
        if self.roots:
            out[Ledger.Root] = [{"id": k, "path": v} for k, v in sorted(self.roots.items())]
        if self.sources:
            out[Ledger.Source] = self.sources
        if self.erasures:
            out[Ledger.Erasure] = [e.row() for e in self.erasures]
        return out

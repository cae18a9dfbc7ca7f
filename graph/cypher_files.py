"""The Cypher dialects the stores speak, and the one reader of ``.cypher`` files.

Every fixed statement lives in a ``<name>.cypher`` file beside the code that runs it (the
canned queries in ``queries/``, name look-ups in ``queries/names/``, the GDS statements in
``queries/analyses/``, the known-people index and erasures in ``graph/cypher/``, the
stores' own statements in ``graph/store/cypher/``).  Where LadybugDB's dialect differs,
``<name>.lbug.cypher`` beside it overrides the text for that store only.

A store says which dialect it speaks in its ``dialect`` attribute; :data:`DIALECTS` is the
closed list, so a misspelt override file or a store without a dialect is an error rather
than a silent fall-back to the other store's Cypher.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = ["DIALECTS", "EMBEDDED", "NEO4J", "CypherFile", "dialect_of", "folder", "statement"]

NEO4J = "neo4j"
EMBEDDED = "lbug"
DIALECTS: Mapping[str, str] = {NEO4J: "Neo4j 5", EMBEDDED: "LadybugDB (the embedded store)"}
"""Dialect name → the database that speaks it; the suffix of an override file."""


def dialect_of(store: Any) -> str:
    """The dialect a store speaks (its ``dialect`` attribute), checked against
    :data:`DIALECTS`."""
    dialect = getattr(store, "dialect", None)
    if dialect not in DIALECTS:
        raise ValueError(f"{type(store).__name__} speaks no known Cypher dialect "
                         f"({dialect!r}); expected one of {', '.join(DIALECTS)}")
    return dialect


@dataclass(frozen=True)
class CypherFile:
    """One statement: the shared text and its per-dialect overrides."""

    name: str
    text: str
    source: str
    overrides: Mapping[str, str] = field(default_factory=dict)

    def text_for(self, dialect: str | None) -> str:
        """The text to send to a store speaking ``dialect``."""
        return self.overrides.get(dialect or "", self.text)


@cache
def folder(package: str, path: str = "") -> Mapping[str, CypherFile]:
    """Every statement in ``path`` inside ``package`` (package data), by name.

    Raises
    ------
    ValueError
        An override names a dialect not in :data:`DIALECTS`, or has no shared file.
    """
    root = files(package).joinpath(path) if path else files(package)
    where = f"{package.rsplit('.', 1)[-1]}/{path + '/' if path else ''}"
    texts: dict[str, str] = {}
    overrides: dict[str, dict[str, str]] = {}
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".cypher"):
            continue
        stem = entry.name.removesuffix(".cypher")
        text = entry.read_text("utf-8")
        if "." not in stem:
            texts[stem] = text
            continue
        base, dialect = stem.rsplit(".", 1)
        if dialect not in DIALECTS:
            raise ValueError(f"{where}{entry.name}: {dialect!r} is not a dialect "
                             f"({', '.join(DIALECTS)})")
        overrides.setdefault(base, {})[dialect] = text
    for base, by_dialect in overrides.items():
        if base not in texts:
            raise ValueError(f"{where}: override for unknown statement {base!r}: "
                             f"{sorted(by_dialect)}")
    return {name: CypherFile(name, text, f"{where}{name}.cypher", overrides.get(name, {}))
            for name, text in texts.items()}


def statement(package: str, name: str, dialect: str | None = None, path: str = "") -> str:
    """The text of statement ``name`` in ``package``/``path`` for ``dialect``."""
    try:
        return folder(package, path)[name].text_for(dialect)
    except KeyError:
        raise KeyError(f"no statement {name!r} in {package}/{path}") from None

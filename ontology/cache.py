"""A JSON cache of what is parsed from the ontology's Turtle files.

Parsing Turtle with rdflib takes one to two seconds for the taxonomies and 0.3 s for the
schema (importing rdflib alone is 0.2 s), too slow for a CLI, so the parsed form is kept
as JSON under ``$TALENTGRAPH_CACHE_DIR`` (default ``$XDG_CACHE_HOME/talentgraph`` or
``~/.cache/talentgraph``), keyed by the Turtle file's sha256 and the format of what is
kept.  An unreadable or unwritable cache falls back to parsing;
``TALENTGRAPH_NO_CACHE=1`` always parses.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["cache_dir", "cached", "parsed"]

log = logging.getLogger(__name__)

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off or there is no home."""
    if os.environ.get("TALENTGRAPH_NO_CACHE", "").strip() not in ("", "0"):
        return None
    configured = os.environ.get("TALENTGRAPH_CACHE_DIR")
    if configured:
        return Path(configured)
    try:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except RuntimeError:  # no home directory
        return None
    return Path(base) / "talentgraph"


def _write(path: Path, value: Any) -> None:
    """Write atomically (concurrent loaders never see half a file) and drop stale copies."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(value, out, ensure_ascii=False)
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
        stem = path.name.rsplit("-", 1)[0]
        for stale in path.parent.glob(f"{stem}-*.json"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError as exc:
        log.info("cannot write ontology cache %s: %s", path, exc)


def cached(stem: str, data: bytes, version: str, parse: Callable[[bytes], T],
           dump: Callable[[T], Any], load: Callable[[Any], T], *, use_cache: bool = True) -> T:
    """``parse(data)``, or ``load`` of its JSON form (``dump``) from the cache when one for
    these bytes and this ``version`` of the kept layout exists (written otherwise)."""
    digest = hashlib.sha256(data + version.encode()).hexdigest()[:24]
    folder = cache_dir() if use_cache else None
    path = folder / f"{stem}-{digest}.json" if folder else None
    if path is not None:
        try:
            return load(json.loads(path.read_text("utf-8")))
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.info("ignoring unreadable ontology cache %s: %s", path, exc)
    value = parse(data)
    if path is not None:
        _write(path, dump(value))
    return value


def parsed(filename: str, version: str, parse: Callable[[bytes], T],
           dump: Callable[[T], Any], load: Callable[[Any], T], *,
           use_cache: bool = True) -> T:
    """:func:`cached` for the file ``ontology/<filename>``."""
    data = files("talentgraph.ontology").joinpath(filename).read_bytes()
    return cached(Path(filename).stem, data, version, parse, dump, load, use_cache=use_cache)

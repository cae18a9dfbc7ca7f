"""Pass one over the shards: every person each résumé names, as rows for the engine.

Each résumé goes through the resolver's own per-résumé step
(:func:`talentgraph.graph.resolve._mentions_of`: the owner, co-authors and advisors, an
initialed name folded into the one full name it fits), so the out-of-core path meets
the same mentions as :func:`~talentgraph.graph.resolve.resolve_people`.  What cannot be
decided one résumé at a time is left as data:

* the owner's dated affiliations stay raw (organization as written, role, date): their
  canonical names depend on every organization of the pool (a department suffix is
  recognised against the names seen anywhere, :func:`~talentgraph.graph.normalize.canonical_org`),
  so they are keyed once the pass has seen them all (:class:`OrgNames`);
* the global order of mentions is (source key, position in the résumé), the order
  ``resolve_people`` numbers them in, which decides a person's display name and id.

A ``screen`` (the store's erasure tombstones) drops or scrubs résumés before anything is
read from them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from talentgraph.graph.normalize import KnownOrgs, affiliation_key, canonical_org
from talentgraph.graph.resolve import _mentions_of, block_of
from talentgraph.loaders.models import Resume

from .columnar import read_resumes

__all__ = ["MENTIONS_SCHEMA", "NAMES_SCHEMA", "OrgNames", "Screen", "extract_mentions"]

log = logging.getLogger(__name__)

#: What a load does with a résumé before it is read: ``None`` drops it (an erased
#: person's), otherwise the résumé to use (co-authors an erasure covers removed).
Screen = Callable[[Resume], Resume | None]

_AFFILIATION = pa.struct([("org", pa.string()), ("role", pa.string()), ("date", pa.string())])
_STRINGS = pa.list_(pa.string())

#: One row per mention, in the resolver's terms (:class:`~talentgraph.graph.resolve.Mention`).
MENTIONS_SCHEMA = pa.schema([
    ("src", pa.string()), ("local", pa.int32()), ("name", pa.string()),
    ("is_owner", pa.bool_()), ("name_inferred", pa.bool_()), ("name_evidence", pa.string()),
    ("emails", _STRINGS), ("phones", _STRINGS), ("urls", _STRINGS), ("strong", _STRINGS),
    ("papers", _STRINGS), ("coauthors", _STRINGS), ("affiliations", pa.list_(_AFFILIATION)),
    ("block", pa.string()),
])
#: (source, name key) -> the mention the builder looks a name up by.
NAMES_SCHEMA = pa.schema([("src", pa.string()), ("key", pa.string()), ("local", pa.int32())])


class OrgNames:
    """The pool's canonical organization names, and each raw name's affiliation form.

    Built from every employer and school the kept résumés write, as
    :func:`talentgraph.graph.build._org_names` builds them for one batch."""

    def __init__(self, raw: Iterable[str]) -> None:
        raw = set(raw)
        self.names = KnownOrgs(canonical_org(r)[0] for r in raw)
        self._canonical: dict[str, str] = {}

    def canonical(self, raw: str) -> str:
        """The canonical name of ``raw`` against the whole pool (cached)."""
        found = self._canonical.get(raw)
        if found is None:
            found = self._canonical[raw] = canonical_org(raw, self.names)[0]
        return found

    def keys(self, affiliations: Iterable[dict[str, Any]]) -> set[str]:
        """The :func:`~talentgraph.graph.normalize.affiliation_key` set of raw rows."""
        return {affiliation_key(self.canonical(a["org"]), a["role"], a["date"])
                for a in affiliations}


@dataclass
class MentionPass:
    """What the first pass found: rows written, sources kept and skipped, raw orgs."""

    resumes: int = 0
    mentions: int = 0
    skipped: list[str] = field(default_factory=list)  # sources the screen dropped
    raw_orgs: set[str] = field(default_factory=set)


def _affiliations(resume: Resume) -> list[dict[str, Any]]:
    return ([{"org": p.employer, "role": "work", "date": p.start} for p in resume.positions]
            + [{"org": e.school, "role": "study", "date": e.end or e.start}
               for e in resume.education])


def _rows(resume: Resume) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The mention rows and name rows of one résumé."""
    found, by_key = _mentions_of(resume, 0, set())
    local = {id(m): i for i, m in enumerate(found)}
    src = resume.source_file
    rows = []
    for i, m in enumerate(found):
        block = block_of(m.name)
        rows.append({
            "src": src, "local": i, "name": m.name, "is_owner": m.is_owner,
            "name_inferred": m.name_inferred, "name_evidence": m.name_evidence,
            "emails": sorted(m.emails), "phones": sorted(m.phones), "urls": sorted(m.urls),
            "strong": sorted(m.strong_keys()), "papers": sorted(m.papers),
            "coauthors": sorted(m.coauthors),
            "affiliations": _affiliations(resume) if i == 0 else [],
            "block": "\x1f".join(block) if block else None,
        })
    names = [{"src": src, "key": key, "local": local[id(m)]} for key, m in by_key.items()]
    owner = found[0]
    if owner.name:  # resolve_people looks the owner up under its (final) name too
        names.append({"src": src, "key": owner.key, "local": 0})
    return rows, names


def extract_mentions(shards: list[Path], mentions_out: Path, names_out: Path,
                     screen: Screen | None = None) -> MentionPass:
    """Read every résumé of ``shards`` once and write its mentions and name look-ups."""
    result = MentionPass()
    batch: list[dict[str, Any]] = []
    names: list[dict[str, Any]] = []
    with (pq.ParquetWriter(mentions_out, MENTIONS_SCHEMA, compression="zstd") as mw,
          pq.ParquetWriter(names_out, NAMES_SCHEMA, compression="zstd") as nw):
        def flush() -> None:
            if batch:
                mw.write_table(pa.Table.from_pylist(batch, schema=MENTIONS_SCHEMA))
                nw.write_table(pa.Table.from_pylist(names, schema=NAMES_SCHEMA))
                batch.clear()
                names.clear()

        for resume, _ in read_resumes(shards):
            if screen is not None:
                kept = screen(resume)
                if kept is None:
                    result.skipped.append(resume.source_file)
                    continue
                resume = kept
            rows, looked_up = _rows(resume)
            result.resumes += 1
            result.mentions += len(rows)
            result.raw_orgs.update(a["org"] for a in rows[0]["affiliations"])
            batch.extend(rows)
            names.extend(looked_up)
            if len(batch) >= 20_000:
                flush()
        flush()
    log.info("mentions: %d résumés, %d mentions, %d skipped", result.resumes,
             result.mentions, len(result.skipped))
    return result

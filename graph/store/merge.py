"""The upsert rule, applied in Python to a stored row and a new one.

Both stores look up the rows of a batch that already exist *with their stored
properties*, merge here and write back only the rows the merge changes.  Re-loading an
unchanged graph therefore writes nothing, and a changed row is written with plain values
(no list functions evaluated per row in the database), which is much cheaper on both
stores than merging in Cypher.

The rule (the same one :meth:`GraphStore.write_graph` documents, and the one the builder
applies inside a batch) does not depend on which write comes first, so the graph does not
depend on batch size or order: where two résumés give a scalar different values the
smaller one is kept (for flags: true wins, for ``mentioned``: false wins), and lists
become sorted unions.  An absent (null) value never replaces a stored one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from talentgraph.graph.model import merge_value
from talentgraph.ontology.schema import PropertySpec

__all__ = ["merge_row"]

def _merged(key: str, spec: PropertySpec, old: Any, new: Any) -> Any:
    return merge_value(key, old, new)


def merge_row(stored: Mapping[str, Any], row: Mapping[str, Any],
              specs: Mapping[str, PropertySpec]) -> dict[str, Any] | None:
    """``row`` merged into ``stored`` (every ontology key, ``None`` when absent, plus the
    row's ``_src``/``_dst``), or ``None`` when the merge leaves the stored values as they
    are."""
    out = dict(row)
    changed = False
    for key, spec in specs.items():
        old = stored.get(key)
        value = _merged(key, spec, old, row[key])
        out[key] = value
        if value != old:
            changed = True
    return out if changed else None

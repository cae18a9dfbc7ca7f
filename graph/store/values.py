"""Driver values to plain Python values, so ``GraphStore.run`` rows look the same on both
stores and serialise to JSON without a custom encoder.

* a node becomes ``{"label": <ontology label>, **properties}`` (like a networkx node's
  attributes), a relationship ``{"type": <type>, **properties}``, a path
  ``{"nodes": [...], "relationships": [...]}``; ``None`` properties are dropped;
* dates, times and datetimes become ISO strings, durations ISO 8601 durations;
* lists, tuples and maps are converted element by element.

The Neo4j driver's types are looked at only once the driver is loaded (it takes most of a
second to import, and the embedded store never returns one of its values).
"""

from __future__ import annotations

import datetime as dt
import decimal
import sys
import uuid
from collections.abc import Iterable, Mapping
from functools import cache
from types import ModuleType
from typing import Any

from talentgraph.ontology.schema import Label

__all__ = ["plain", "primary_label"]

_LABELS = frozenset(label.value for label in Label)
# LadybugDB marks nodes, relationships and paths with these internal keys.
_LB_NODE = {"_ID", "_LABEL"}
_LB_REL = {"_SRC", "_DST", "_ID", "_LABEL"}
_LB_PATH = {"_NODES", "_RELS"}


def primary_label(labels: Iterable[str]) -> str:
    """The ontology label among a node's labels (Neo4j adds ``Employer``/``School``)."""
    names = sorted(labels)
    return next((name for name in names if name in _LABELS), names[0] if names else "")


def _props(props: Mapping[str, Any], skip: set[str]) -> dict[str, Any]:
    return {k: plain(v) for k, v in props.items() if v is not None and k not in skip}


def _duration(value: dt.timedelta) -> str:
    seconds = value.total_seconds()
    days, rest = divmod(seconds, 86400)
    return f"P{int(days)}DT{rest:g}S"


def plain(value: Any) -> Any:
    """``value`` as plain Python data (see the module docstring)."""
    if value is None or isinstance(value, bool | int | float | str | bytes):
        return value
    if "neo4j" in sys.modules:  # else no value can be of a driver type
        converted = _from_neo4j(value)
        if converted is not _NOT_NEO4J:
            return converted
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return _duration(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        keys = set(value)
        if keys >= _LB_PATH:
            return {"nodes": [plain(n) for n in value["_NODES"]],
                    "relationships": [plain(r) for r in value["_RELS"]]}
        if keys >= _LB_REL:
            return {"type": value["_LABEL"], **_props(value, _LB_REL)}
        if keys >= _LB_NODE:
            return {"label": value["_LABEL"], **_props(value, _LB_NODE)}
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        # scalars kept without a call each: a query's collected lists are mostly scalars
        return [v if type(v) in _SCALARS else plain(v) for v in value]
    return str(value)


_SCALARS = frozenset({type(None), bool, int, float, str, bytes})


_NOT_NEO4J = object()


@cache
def _driver() -> tuple[ModuleType, ModuleType, ModuleType]:
    from neo4j import graph, spatial, time

    return graph, spatial, time


def _from_neo4j(value: Any) -> Any:
    """A value of one of the driver's types as plain data, or ``_NOT_NEO4J`` for any
    other value."""
    neo4j_graph, neo4j_spatial, neo4j_time = _driver()
    if isinstance(value, neo4j_graph.Node):
        return {"label": primary_label(value.labels), **_props(dict(value), set())}
    if isinstance(value, neo4j_graph.Relationship):
        return {"type": value.type, **_props(dict(value), set())}
    if isinstance(value, neo4j_graph.Path):
        return {"nodes": [plain(n) for n in value.nodes],
                "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, neo4j_time.Duration):
        return value.iso_format()
    if isinstance(value, neo4j_time.Date | neo4j_time.Time | neo4j_time.DateTime):
        return value.isoformat()
    if isinstance(value, neo4j_spatial.Point):
        return {"srid": value.srid, "coordinates": list(value)}
    return _NOT_NEO4J

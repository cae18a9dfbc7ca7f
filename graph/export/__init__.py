"""Export writers, looked up by format name (``export --format graphml|gexf|ttl|jsonld|html``).

The registry maps a name to a :class:`Writer` that names the module and function doing the
work, as rdflib's ``plugin.py`` does: the CLI can list formats without importing rdflib
or networkx, and adding a format is one entry here plus one module.

Every writer has the signature ``write_x(graph, stream)``: it takes a talent graph that
follows :mod:`talentgraph.graph.model` conventions and writes bytes to a binary stream.
:func:`write` is the entry point: it checks the graph, applies redaction to a copy when
asked, and writes to a stream or a path.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from talentgraph.graph.model import TalentGraph

__all__ = ["WRITERS", "Writer", "format_for_path", "get_writer", "write"]

WriteFunction = Callable[..., None]  # (graph, stream, **options)


@dataclass(frozen=True)
class Writer:
    """A registered export format: where its write function lives and how files are named."""

    name: str
    module: str
    function: str
    extension: str
    media_type: str

    def load(self) -> WriteFunction:
        """Import and return the write function."""
        return getattr(import_module(self.module), self.function)


_PKG = __name__
_turtle = Writer("turtle", f"{_PKG}.rdf", "write_turtle", ".ttl", "text/turtle")

WRITERS: dict[str, Writer] = {
    "graphml": Writer("graphml", f"{_PKG}.graphml", "write_graphml", ".graphml",
                      "application/graphml+xml"),
    "gexf": Writer("gexf", f"{_PKG}.gexf", "write_gexf", ".gexf", "application/gexf+xml"),
    "turtle": _turtle,
    "ttl": _turtle,
    "jsonld": Writer("jsonld", f"{_PKG}.rdf", "write_jsonld", ".jsonld", "application/ld+json"),
    "html": Writer("html", f"{_PKG}.html", "write_html", ".html", "text/html"),
}


def get_writer(format: str) -> Writer:
    """The writer registered under ``format`` (case-insensitive)."""
    try:
        return WRITERS[format.lower()]
    except KeyError:
        known = ", ".join(sorted(WRITERS))
        raise ValueError(f"unknown export format {format!r}; known formats: {known}") from None


def format_for_path(path: str | os.PathLike[str]) -> str | None:
    """The format name whose extension ``path`` has, or None (e.g. for ``-``)."""
    suffix = Path(path).suffix.lower()
    return next((name for name, w in WRITERS.items() if w.extension == suffix), None)


def write(graph: TalentGraph, format: str, stream_or_path: BinaryIO | str | os.PathLike[str],
          *, redact: bool = False, salt: str | None = None, **options: Any) -> None:
    """Write ``graph`` in ``format`` to a binary stream or a file path.

    The graph is checked against the ontology first so that a bad graph is one clear error,
    not a half-written file.  With ``redact``, contact details are pseudonymised in a copy
    (:func:`talentgraph.graph.export.redact.redact`, with ``salt``) before the writer sees
    the graph.  A
    path is written only once the whole export has been produced, readable by its owner
    only (:mod:`~talentgraph.graph.export.files`).  ``options`` go to the writer (the
    HTML explorer's view: ``around``, ``hops``, ``top``...).
    """
    from talentgraph.graph.model import validate

    writer = get_writer(format)
    problems = validate(graph)
    if problems:
        shown = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise ValueError(f"the graph does not follow the ontology: {shown}{more}")
    if redact:
        from .redact import redact as redact_graph

        graph = redact_graph(graph, salt)
    write_function = writer.load()
    if isinstance(stream_or_path, str | os.PathLike):
        from .files import write_private

        buffer = io.BytesIO()
        write_function(graph, buffer, **options)
        write_private(stream_or_path, buffer.getvalue())
    else:
        write_function(graph, stream_or_path, **options)

"""SHACL validation of the RDF export against ``ontology/shapes.ttl`` (pyshacl).

Runs without inference: the exporter states every type the shapes need, which keeps
validation fast and independent of a reasoner, and makes a hand-written file say what it
means.  Violations come back as one readable line each, built from the shapes'
``sh:message`` so the line names the rule that failed.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib.resources import files
from urllib.parse import unquote

from pyshacl import validate
from rdflib import RDF, Graph, Node, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from talentgraph.graph.export.rdf import BASE

__all__ = ["load_shapes", "validate_rdf"]

log = logging.getLogger(__name__)


@cache
def _shapes_text() -> str:
    return files("talentgraph.ontology").joinpath("shapes.ttl").read_text("utf-8")


def load_shapes() -> Graph:
    """A fresh parse of ``shapes.ttl`` (fresh so a caller may change it safely)."""
    return Graph().parse(data=_shapes_text(), format="turtle")


def _term(graph: Graph, node: Node | None) -> str:
    """A term as short text; our own node and role IRIs as their ids (``person:jane``)."""
    if node is None:
        return "?"
    if isinstance(node, URIRef):
        if node.startswith(BASE):
            return unquote(node.removeprefix(BASE))
        return node.n3(graph.namespace_manager)
    return node.n3()


def _path(results: Graph, data: Graph, path: Node | None) -> str:
    """A SHACL path as text: ``schema:name``, ``^schema:worksFor``, ``a/b``."""
    if path is None or isinstance(path, URIRef):
        return "" if path is None else _term(data, path)
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path(results, data, inverse)
    if results.value(path, RDF.first) is not None:
        return "/".join(_path(results, data, step) for step in Collection(results, path))
    return path.n3()


def _violation(results: Graph, data: Graph, result: Node) -> str:
    focus = _term(data, results.value(result, SH.focusNode))
    path = _path(results, data, results.value(result, SH.resultPath))
    message = results.value(result, SH.resultMessage) or "constraint not met"
    component = _term(results, results.value(result, SH.sourceConstraintComponent))
    value = results.value(result, SH.value)
    shown_value = f" (value {_term(data, value)})" if value is not None else ""
    where = f"{focus} {path}".strip()
    return f"{where}: {message}{shown_value} [{component.removeprefix('sh:')}]"


def validate_rdf(rdf_graph: Graph) -> tuple[bool, list[str]]:
    """Validate linked data against the talentgraph shapes.

    Returns ``(conforms, violations)``: one line per violation, sorted, each naming the
    focus node, the property path, the rule's message and the SHACL component.
    """
    conforms, results, _ = validate(rdf_graph, shacl_graph=load_shapes(), inference="none",
                                    abort_on_first=False, allow_warnings=False)
    report = results.value(predicate=RDF.type, object=SH.ValidationReport)
    # Only the report's own results: nested ones (sh:detail of sh:node, sh:or) repeat them.
    violations = sorted(_violation(results, rdf_graph, r)
                        for r in results.objects(report, SH.result))
    log.debug("SHACL: conforms=%s, %d results", conforms, len(violations))
    return bool(conforms), violations

"""SHACL validation of the RDF export against ``ontology/shapes.ttl``.

Runs without inference: the exporter states every type the shapes need, which keeps
validation fast and independent of a reasoner, and makes a hand-written file say what it
means.  Violations come back as one readable line each, built from the shapes'
``sh:message`` so the line names the rule that failed.

Two engines (``ENGINES``) give the same report (a test holds them to the same lines):
pySHACL, the reference, in Python, and pyshacl-turbo, the same checks in Rust.  ``"auto"``
picks turbo when it is installed: pySHACL took 133 s on the 2,000-person synthetic graph
(964k triples; its ``sh:or`` alternatives build a report for every value they reject).
Both read the data through Oxigraph (the graph's N-Triples, see ``rdf.ntriples``): turbo
parses that text natively, pySHACL queries an Oxigraph store.  Building an rdflib graph of
those triples alone took 37 s.  ``bench/cli_bench.py --rdf-people 2000`` times it.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import import_module
from importlib.resources import files
from typing import Any
from urllib.parse import unquote

from rdflib import RDF, XSD, Graph, Literal, Node, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, NamespaceManager

from talentgraph.graph.export.rdf import BASE, PREFIXES

__all__ = ["ENGINES", "PARALLEL_FROM", "engine_name", "load_shapes", "shape_groups",
           "validate_ntriples", "validate_rdf"]

log = logging.getLogger(__name__)

ENGINES: dict[str, str] = {"pyshacl": "pyshacl", "turbo": "pyshacl_turbo"}
"""Engine name -> the module that runs it (both take pySHACL's ``validate`` arguments)."""


def engine_name(engine: str = "auto") -> str:
    """The engine ``engine`` stands for: ``"auto"`` is turbo when it imports, else pySHACL."""
    if engine != "auto":
        if engine not in ENGINES:
            raise ValueError(f"unknown SHACL engine {engine!r}; choose from auto, "
                             f"{', '.join(ENGINES)}")
        return engine
    try:
        import_module(ENGINES["turbo"])
    except ImportError:
        return "pyshacl"
    return "turbo"


@cache
def _namespaces() -> NamespaceManager:
    manager = NamespaceManager(Graph(), bind_namespaces="core")
    for prefix, namespace in {**PREFIXES, "sh": str(SH)}.items():
        manager.bind(prefix, namespace, override=True)
    return manager


@cache
def _shapes_text() -> str:
    return files("talentgraph.ontology").joinpath("shapes.ttl").read_text("utf-8")


def load_shapes() -> Graph:
    """A fresh parse of ``shapes.ttl`` (fresh so a caller may change it safely)."""
    return Graph().parse(data=_shapes_text(), format="turtle")


def _shapes_for_oxigraph() -> Graph:
    """The shapes, with each plain literal of an ``sh:in`` list stated as ``xsd:string``.

    RDF 1.1 makes ``"x"`` and ``"x"^^xsd:string`` one term, but rdflib compares them as
    different, and data read through Oxigraph carries the datatype: without this, every
    ``tg:degree_level "doctorate"`` would fail ``sh:in ("doctorate" ...)``."""
    shapes = load_shapes()
    for head in list(shapes.objects(None, SH["in"])):
        node: Node | None = head
        while node is not None and node != RDF.nil:
            item = shapes.value(node, RDF.first)
            if isinstance(item, Literal) and item.datatype is None and item.language is None:
                shapes.set((node, RDF.first, Literal(str(item), datatype=XSD.string)))
            node = shapes.value(node, RDF.rest)
    return shapes


def _term(node: Node | None) -> str:
    """A term as short text; our own node and role IRIs as their ids (``person:jane``)."""
    if node is None:
        return "?"
    if isinstance(node, URIRef):
        if node.startswith(BASE):
            return unquote(node.removeprefix(BASE))
        return node.n3(_namespaces())
    if isinstance(node, Literal) and node.datatype == XSD.string:
        node = Literal(str(node))  # the same term; shown as written in a file
    return node.n3(_namespaces())


def _path(results: Graph, path: Node | None) -> str:
    """A SHACL path as text: ``schema:name``, ``^schema:worksFor``, ``a/b``."""
    if path is None or isinstance(path, URIRef):
        return "" if path is None else _term(path)
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path(results, inverse)
    if results.value(path, RDF.first) is not None:
        return "/".join(_path(results, step) for step in Collection(results, path))
    return path.n3()


def _violation(results: Graph, result: Node) -> str:
    focus = _term(results.value(result, SH.focusNode))
    path = _path(results, results.value(result, SH.resultPath))
    message = results.value(result, SH.resultMessage) or "constraint not met"
    component = _term(results.value(result, SH.sourceConstraintComponent))
    value = results.value(result, SH.value)
    shown_value = f" (value {_term(value)})" if value is not None else ""
    where = f"{focus} {path}".strip()
    return f"{where}: {message}{shown_value} [{component.removeprefix('sh:')}]"


_OPTIONS: dict[str, Any] = {"inference": "none", "abort_on_first": False,
                           "allow_warnings": False}
# Below this many triples one pass is quicker than loading the data once per group.
PARALLEL_FROM = 200_000


def shape_groups(shapes: Graph, count: int) -> list[list[str]]:
    """The named shapes in ``count`` groups of about equal estimated work, for validating
    side by side.  A shape's work is estimated as its targets times its property
    constraints (``tgsh:Derived``, on fourteen classes, is the largest); the groups are
    filled greedily, the largest shape first, each into the lightest group."""
    named = {s for kind in (SH.NodeShape, SH.PropertyShape)
             for s in shapes.subjects(RDF.type, kind) if isinstance(s, URIRef)}
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)

    def work(shape: URIRef) -> int:
        aimed = sum(1 for t in targets for _ in shapes.objects(shape, t))
        return max(aimed, 1) * max(1, sum(1 for _ in shapes.objects(shape, SH.property)))

    groups: list[tuple[int, list[str]]] = [(0, []) for _ in range(max(1, count))]
    for shape in sorted(named, key=lambda s: (-work(s), str(s))):
        index = min(range(len(groups)), key=lambda i: groups[i][0])
        total, members = groups[index]
        groups[index] = (total + work(shape), [*members, str(shape)])
    return [members for _, members in groups if members]


def _run(engine: str, ntriples: bytes, jobs: int = 1) -> list[Graph]:
    """The validation report graphs of N-Triples ``ntriples`` by ``engine``: one, or with
    turbo and ``jobs`` > 1 one per group of shapes, validated in threads (turbo's Rust
    code runs without the GIL).  Each thread loads the data itself, so the groups cost
    more CPU and memory in all and finish sooner only on idle cores."""
    module = import_module(ENGINES[engine])
    if engine == "turbo":
        shapes = _shapes_for_oxigraph()
        compiled = module.compile_shapes(shapes)
        text = ntriples.decode("utf-8")

        def check(use_shapes: list[str] | None) -> Graph:
            # the form turbo itself makes of an Oxigraph store (a dump of it as N-Quads,
            # of which N-Triples is a part): handing over the text skips building the
            # store and dumping it again (7 s of CPU at 964k triples)
            data = module.Input(text, "oxigraph-nquads", None, {}, preserve_ids=True)
            return compiled.validate(data, use_shapes=use_shapes, **_OPTIONS)[1]

        if jobs <= 1 or ntriples.count(b"\n") < PARALLEL_FROM:
            return [check(None)]
        from concurrent.futures import ThreadPoolExecutor

        groups = shape_groups(shapes, jobs)
        with ThreadPoolExecutor(len(groups), thread_name_prefix="shacl") as pool:
            return list(pool.map(check, groups))
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    return [module.validate(store, shacl_graph=_shapes_for_oxigraph(), **_OPTIONS)[1]]


def _violations(results: Graph) -> list[str]:
    report = results.value(predicate=RDF.type, object=SH.ValidationReport)
    # Only the report's own results: nested ones (sh:detail of sh:node, sh:or) repeat them.
    return [_violation(results, r) for r in results.objects(report, SH.result)]


def validate_ntriples(ntriples: bytes, *, engine: str = "auto",
                      jobs: int = 1) -> tuple[bool, list[str]]:
    """Validate N-Triples against the talentgraph shapes with ``engine`` (see
    :data:`ENGINES`), turbo's shapes in ``jobs`` groups side by side on a large graph.

    Returns ``(conforms, violations)``: one line per violation, sorted, each naming the
    focus node, the property path, the rule's message and the SHACL component.
    """
    name = engine_name(engine)
    violations = sorted(line for report in _run(name, ntriples, jobs)
                        for line in _violations(report))
    log.debug("SHACL (%s): %d violations", name, len(violations))
    return not violations, violations


def validate_rdf(rdf_graph: Graph, *, engine: str = "auto") -> tuple[bool, list[str]]:
    """:func:`validate_ntriples` of an rdflib graph (a file read, a hand-built graph)."""
    return validate_ntriples(rdf_graph.serialize(format="nt", encoding="utf-8"), engine=engine)

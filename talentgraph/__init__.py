"""talentgraph: résumés in, a talent knowledge graph out.

The pipeline reads top to bottom: read → extract (``talentgraph.loaders``) → normalize →
resolve → build (``talentgraph.graph``) → store → query/analyse (``talentgraph.queries``)
→ report/export.  The schema lives in ``talentgraph.ontology``.
"""

__all__: list[str] = []


def __getattr__(name: str) -> str:
    """``talentgraph.__version__``, read from the installed metadata when asked for:
    importing :mod:`importlib.metadata` costs every command 30 ms of start-up."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("talentgraph")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0"

"""talentgraph: résumés in, a talent knowledge graph out.

The pipeline reads top to bottom: read → extract (``talentgraph.loaders``) → normalize →
resolve → build (``talentgraph.graph``) → store → query/analyse (``talentgraph.queries``)
→ report/export.  The schema lives in ``talentgraph.ontology``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("talentgraph")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]

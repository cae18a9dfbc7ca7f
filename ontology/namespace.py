"""The ontology's rdflib namespace, for code that reads or writes RDF.

Apart from :mod:`~talentgraph.ontology.schema` so that importing the schema's enums does
not import rdflib (0.2 s of every command's start-up).
"""

from __future__ import annotations

from rdflib import Namespace

from talentgraph.ontology.schema import TG_IRI

__all__ = ["TG"]

#: ``tg:`` terms (``TG.Person``, ``TG["from"]``).
TG = Namespace(TG_IRI)

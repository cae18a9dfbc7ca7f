"""CLI verbs, one module each; ``COMMANDS`` is the registry ``cli.main`` adds to the group."""

from __future__ import annotations

import click

from .analyse import analyse
from .cypher import cypher
from .erasures import erasures
from .export import export
from .forget import forget
from .load import load
from .match import match
from .parse import parse
from .query import query
from .report import report
from .synth import synth
from .validate import validate

__all__ = ["COMMANDS"]

COMMANDS: list[click.Command] = [
    load, parse, query, cypher, match, report, analyse, export, validate, forget, erasures,
    synth,
]

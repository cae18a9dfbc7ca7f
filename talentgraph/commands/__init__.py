"""CLI verbs, one module each; ``COMMANDS`` is the registry ``cli.main`` adds to the group."""

from __future__ import annotations

import click

from .parse import parse

__all__ = ["COMMANDS"]

COMMANDS: list[click.Command] = [parse]

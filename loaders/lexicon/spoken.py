"""Spoken languages and the words that rate them, in every language of the data.

A skills section often ends with ``Englisch (fließend)`` or ``Inglese | buono``; those are
languages the owner speaks, not skills, and go to their own list.
"""

from __future__ import annotations

import re
from functools import cache

from .vocabulary import alternation, fold, vocabulary

__all__ = ["is_level", "only_level", "spoken_language"]

# CEFR grades are the same in every language.
_CEFR = r"[abc][12](?:\+|/[abc][12])?"


@cache
def _level_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(vocabulary().spoken_levels)}|{_CEFR})(?!\w)")


@cache
def _name_re() -> re.Pattern[str]:
    return re.compile(rf"^(?P<name>{alternation(vocabulary().spoken_names)})"
                      rf"(?:\s*(?:[(:\-–—|,]\s*)?(?P<level>.*?)\)?)?\s*$")


def is_level(text: str) -> bool:
    """Whether ``text`` opens with a rating of a spoken language (``fluent``, ``B2``,
    ``Muttersprache``)."""
    return bool(_level_re().match(fold(text.strip())))


def only_level(text: str) -> bool:
    """Whether ``text`` is a rating and nothing more (``sehr gut``, ``advanced``): unlike
    :func:`is_level`, ``Grundkenntnisse in Python`` or ``Advanced Analytics`` are not."""
    folded = fold(text.strip()).rstrip(" .")
    m = _level_re().match(folded)
    return m is not None and not folded[m.end():].strip()


def spoken_language(text: str) -> str | None:
    """The language named by an item such as ``French``, ``Inglés (B2)`` or ``English –
    fluent``; None when the item is anything else (a name followed by other words)."""
    folded = fold(text.strip())
    m = _name_re().match(folded)
    if m is None or (m["level"] and not is_level(m["level"])):
        return None
    return text.strip()[:m.end("name")]

"""Labels of a job written as a form (``Company: X``, ``Cargo: Y``, ``Zeitraum: ...``).

The labels of every language come from the lexicon data (``[work.labels]``); each fills one
field of the job: employer, title, dates or location.
"""

from __future__ import annotations

import re
from functools import cache

from .vocabulary import alternation, fold, label_key, vocabulary

__all__ = ["work_label"]


@cache
def _label_re() -> re.Pattern[str]:
    return re.compile(
        rf"^\s*(?P<label>{alternation(vocabulary().work_labels)})\s*[:：]\s*(?P<value>.*)$")


def work_label(text: str) -> tuple[str, str] | None:
    """(field, value) of a labelled line such as ``Institución: Banco X, Lima``; None for
    any other line."""
    m = _label_re().match(fold(text))
    if m is None:
        return None
    return vocabulary().work_labels[label_key(m["label"])], text[m.start("value"):].strip()

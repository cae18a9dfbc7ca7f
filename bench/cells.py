"""A bench cell: the numbers a stage measured, beside the text a person reads.

Targets are judged on the numbers (:func:`value`), never on the text: the text is how a
cell prints, and a change of wording cannot change a verdict.  Saved runs
(``bench/results/*.json``) keep both, as ``{"text": ..., "numbers": [...]}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Measured", "from_json", "to_json", "value"]


@dataclass(frozen=True)
class Measured:
    """What a stage measured: ``numbers`` in the order the ``text`` shows them
    (``"39,931 (9.9s, ...)"`` holds ``(39931.0, 9.9)``)."""

    text: str
    numbers: tuple[float, ...]

    def __str__(self) -> str:
        return self.text


def value(cell: Any, index: int = 0) -> float | None:
    """The ``index``-th number of a cell (a plain number is its own first), or ``None``
    for a missing cell, a note (``"n/a: ..."``) or one without that many numbers."""
    if isinstance(cell, Measured):
        return float(cell.numbers[index]) if len(cell.numbers) > index else None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return float(cell) if index == 0 else None
    return None


def to_json(cell: Any) -> Any:
    """A cell as JSON data (``json.dumps(..., default=to_json)``)."""
    if isinstance(cell, Measured):
        return {"text": cell.text, "numbers": list(cell.numbers)}
    raise TypeError(f"not a bench cell: {cell!r}")


def from_json(data: Any) -> Any:
    """A cell read back from a saved run."""
    if isinstance(data, dict) and set(data) == {"text", "numbers"}:
        return Measured(data["text"], tuple(data["numbers"]))
    return data

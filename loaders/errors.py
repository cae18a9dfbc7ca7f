"""The one error a loader raises for bad input: it names the file and the reason."""

from __future__ import annotations

from pathlib import Path

__all__ = ["InputError"]


class InputError(Exception):
    """A résumé that cannot be read: unknown format, unreadable, empty, not a résumé...

    Batches catch this per file, report ``str(err)`` on one line and go on with the rest.
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

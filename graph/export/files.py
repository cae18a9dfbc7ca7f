"""Export files readable by their owner only: an export is personal data (names, contact
details, employers), so it is created ``0600`` (folders ``0700``, the import script
``0700``) whatever the umask allows, and stricter when the umask is stricter.

The mode is given to ``open(2)``, which applies the umask; a file that already existed
keeps its mode only where that is stricter still.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import IO

__all__ = ["PRIVATE_DIR", "PRIVATE_FILE", "open_private", "private_dir", "write_private"]

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def _tighten(fd: int, mode: int) -> None:
    """Drop every permission bit ``mode`` lacks (for a file that already existed)."""
    current = stat.S_IMODE(os.fstat(fd).st_mode)
    if current & ~mode:
        os.fchmod(fd, current & mode)


def open_private(path: str | Path, *, mode: int = PRIVATE_FILE) -> IO[str]:
    """``path`` opened for writing text (UTF-8, no newline translation), truncated,
    created with ``mode`` at most."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        _tighten(fd, mode)
        return os.fdopen(fd, "w", encoding="utf-8", newline="")
    except BaseException:
        os.close(fd)
        raise


def write_private(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once: into a new private file next to it, then
    renamed over it, so a reader never sees half an export and no other user ever could
    read it."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def private_dir(path: str | Path) -> Path:
    """``path`` created as a folder with mode ``0700`` at most (its missing parents get
    the default mode); an existing folder is tightened the same way."""
    folder = Path(path)
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    current = stat.S_IMODE(folder.stat().st_mode)
    if current & ~PRIVATE_DIR:
        folder.chmod(current & PRIVATE_DIR)
    return folder

"""The embedded store's files on disk: writes a kill cannot tear, and shredding.

LadybugDB 0.22 makes a commit durable only once it is folded into the database file by a
checkpoint: ``COPY ... FROM`` an Arrow table (how every write here inserts rows) leaves
no write-ahead log at all, so rows committed but not yet folded are gone after a kill,
while the deletions of the same transaction, which are logged, are replayed.  Measured:
a prune of 4 of 40 résumés killed between its commit and its fold reopened with 466 nodes
where the store held 873 before and 822 after; an initial load killed there reopened
empty.  A checkpoint itself rewrites pages in place.  No library offers a crash-safe
write on top of it, so this module does it by hand (:class:`UndoCopy`):

* before a write the store copies its file aside (``.NAME.undo/``), marked complete
  once whole;
* the write commits and is folded at once (``CHECKPOINT``), then the copy is shredded;
* every open first looks for a complete copy: one left behind means a write was killed
  between the two, and the copy is put back, so the store is as before that write.

The price is a copy of the file per write transaction (one per ``load`` batch, one per
bulk write): at disk speed, or nearly free on file systems that clone blocks (XFS,
Btrfs).  A lock file beside the store tells a copy in use by a live writer from one a
killed writer left.
"""

from __future__ import annotations

import fcntl
import glob
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import IO

__all__ = ["UndoCopy", "shred", "shred_tree"]

log = logging.getLogger(__name__)

_COMPLETE = "complete"


def shred(path: Path) -> None:
    """Overwrite a file with zeros before it is removed (where the file system writes in
    place, the old bytes are then gone from the disk too), then remove it."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            for _ in range(0, size, 1 << 20):
                fh.write(bytes(min(1 << 20, size - fh.tell())))
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as err:
        log.warning("could not overwrite %s before removing it: %s", path, err)
    path.unlink(missing_ok=True)


def shred_tree(folder: Path) -> None:
    """:func:`shred` every file below ``folder``, then remove it."""
    for leftover in sorted(folder.rglob("*"), reverse=True):
        if leftover.is_file():
            shred(leftover)
    shutil.rmtree(folder, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy(src: Path, dst: Path) -> None:
    """Copy ``src`` to ``dst`` and fsync it, in a child process.

    Not in this one: LadybugDB's lock on the database file is a POSIX record lock, which
    the process loses when it closes *any* descriptor of that file, so reading the open
    database here would let a second writer in.  ``cp --reflink=auto`` also clones the
    blocks where the file system can."""
    try:
        subprocess.run(["cp", "--reflink=auto", str(src), str(dst)], check=True,
                       capture_output=True)
    except (OSError, subprocess.CalledProcessError):  # no GNU cp here
        done = subprocess.run([sys.executable, "-c", "import shutil, sys; "
                               "shutil.copyfile(sys.argv[1], sys.argv[2])", str(src), str(dst)],
                              capture_output=True, text=True)
        if done.returncode:
            lines = done.stderr.strip().splitlines() or ["unknown error"]
            raise OSError(f"could not copy {src} to {dst}: {lines[-1]}") from None
    with dst.open("rb+") as fh:
        os.fsync(fh.fileno())


class UndoCopy:
    """The copy of one database file that makes each write all-or-nothing (see the
    module).  Nested :meth:`begin` calls share the outermost copy."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.wal = path.with_name(path.name + ".wal")
        self.folder = path.with_name(f".{path.name}.undo")
        self._lock_path = path.with_name(f".{path.name}.undo.lock")
        self._lock: IO[str] | None = None
        self._depth = 0

    def _try_lock(self) -> IO[str] | None:
        fh = self._lock_path.open("a")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            return None
        return fh

    def recover(self) -> bool:
        """Put back the copy a killed write left (``True``); run before every open.

        A copy a live writer holds is left alone (the open then meets that writer's
        lock); an incomplete one means the write had not begun, and it goes."""
        if not self.folder.exists():
            return False
        lock = self._try_lock()
        if lock is None:
            return False
        try:
            if not (self.folder / _COMPLETE).exists():
                self._drop()
                return False
            log.warning("a write to %s was interrupted: putting back the file as it was "
                        "before that write", self.path)
            for leftover in self.path.parent.glob(f"{glob.escape(self.path.name)}.*"):
                if leftover.is_file():  # its log and checkpoint files belong to the torn state
                    leftover.unlink(missing_ok=True)
            _copy(self.folder / "db", self.path)
            if (self.folder / "wal").exists():
                _copy(self.folder / "wal", self.wal)
            _fsync_dir(self.path.parent)
            self._drop()
            return True
        finally:
            lock.close()

    def begin(self) -> None:
        """Copy the file aside before a write (the outermost one of nested writes)."""
        self._depth += 1
        if self._depth > 1:
            return
        lock = self._try_lock()
        if lock is None:
            self._depth -= 1
            raise OSError(f"another process is writing {self.path}")
        self._lock = lock
        try:
            self._drop()
            self.folder.mkdir(mode=0o700)
            _copy(self.path, self.folder / "db")
            if self.wal.exists():  # a log an earlier version left unfolded
                _copy(self.wal, self.folder / "wal")
            (self.folder / _COMPLETE).touch()
            _fsync_dir(self.folder)
            _fsync_dir(self.path.parent)
        except BaseException:
            self._release()
            raise

    def end(self, *, folded: bool) -> None:
        """After a write: ``folded`` (committed and checkpointed, or rolled back) drops
        the copy; otherwise it stays for the next open to put back."""
        self._depth -= 1
        if self._depth > 0:
            return
        try:
            if folded:
                self._drop()
        finally:
            self._release()

    def _release(self) -> None:
        self._depth = 0
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def _drop(self) -> None:
        """Remove the copy, its mark first (a half-removed copy is never put back); the
        copy may hold erased data, so its bytes are overwritten."""
        if not self.folder.exists():
            return
        (self.folder / _COMPLETE).unlink(missing_ok=True)
        _fsync_dir(self.folder)
        shred_tree(self.folder)

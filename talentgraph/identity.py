"""Which files a load reads, and the name (source key) each résumé goes by in the store.

A source key is ``<root name>/<path inside the root>``: the root is a folder the store
records (by name and absolute path) the first time résumés are loaded from it, so

* two folders called ``cvs`` get two names (``cvs`` and ``cvs~2``): two different files
  never share a key, and loading one never replaces the other;
* a folder moved as a whole (its old path gone) keeps its name, so its files still
  match what is stored;
* a file loaded again from a sub-folder, or from a parent folder, keeps its key (the
  innermost recorded root that holds it names it);
* a store written before roots were recorded (keys ``<folder>/<path>``) is migrated by
  the first folder of that name loaded again, which claims the name.

Reading stays inside what was asked for: a symbolic link whose target leaves the folder
being read is skipped unless ``follow_symlinks``, and nothing under ``/proc``, ``/sys``
or ``/dev`` is ever read (a link to ``/proc/self/status`` is not a résumé).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from talentgraph.loaders import InputError
from talentgraph.loaders.read import SUPPORTED_EXTENSIONS
from talentgraph.loaders.read.tex.source import included_files

log = logging.getLogger(__name__)

__all__ = ["Roots", "SourceFile", "discover", "located", "source_key", "text", "under"]

_SPECIAL = (Path("/proc"), Path("/sys"), Path("/dev"))


def text(name: str) -> str:
    """A file name as valid Unicode: bytes that are not UTF-8 (kept by Python as lone
    surrogates, which no store or hash can encode) become ``\\xNN`` escapes."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class SourceFile:
    """A résumé file found by :func:`discover`: where it is, the folder it was found
    under (resolved; a file named by itself: its own folder) and its path inside that
    folder.  ``key`` is set by :meth:`Roots.assign` once the store's roots are known."""

    path: Path
    root: Path
    rel: str
    key: str = ""


def _special(path: Path) -> bool:
    return any(path == s or path.is_relative_to(s) for s in _SPECIAL)


def _refusal(file: Path, root: Path, *, follow_symlinks: bool) -> str | None:
    """Why a file found under ``root`` is not read, or None."""
    try:
        target = file.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 on a link loop
        return "too many levels of symbolic links"
    except OSError as err:  # a dangling link, or a loop: the reader says which
        if file.is_symlink():
            return None
        return err.strerror
    if _special(target):
        return f"refusing to read {target} (system or device file)"
    if file.is_symlink() and not follow_symlinks and not target.is_relative_to(root):
        return ("symbolic link to a file outside the folder being loaded "
                "(use --follow-symlinks to read it)")
    return None


def discover(paths: Iterable[str | Path], *,
             follow_symlinks: bool = False) -> Iterator[SourceFile | InputError]:
    """Résumé files under ``paths`` (files, or folders walked recursively, hidden
    entries skipped), by supported extension, in a stable order.  Symbolic links to
    folders are not walked and links to files outside the folder are not read unless
    ``follow_symlinks`` (then link loops are still walked only once)."""
    for raw in paths:
        path = Path(raw)
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError) as err:
            yield InputError(path, f"cannot resolve the path: {err}")
            continue
        if _special(resolved):
            yield InputError(path, f"refusing to read {resolved} (system or device files)")
        elif path.is_dir():
            yield from _walk(path, resolved, follow_symlinks)
        elif path.exists() or path.is_symlink():
            root = Path(os.path.abspath(path)).parent.resolve()
            reason = _refusal(path, root, follow_symlinks=True)
            yield (InputError(path, reason) if reason
                   else SourceFile(path, root, text(path.name)))
        else:
            yield InputError(path, "no such file or directory")


def _walk(path: Path, root: Path, follow_symlinks: bool) -> Iterator[SourceFile | InputError]:
    """The files of a folder, less the parts of a LaTeX résumé: a ``.tex`` that another
    ``.tex`` of the folder ``\\input``\\ s (``sections/experience.tex``) is read with it,
    never as a résumé of its own."""
    found = list(_files(path, root, follow_symlinks))
    parts = {part for item in found if isinstance(item, SourceFile)
             and item.path.suffix.lower() == ".tex" for part in included_files(item.path)}
    for item in found:
        if isinstance(item, SourceFile) and item.path.resolve() in parts:
            log.debug("%s: part of a LaTeX résumé that inputs it", item.rel)
            continue
        yield item


def _files(path: Path, root: Path, follow_symlinks: bool) -> Iterator[SourceFile | InputError]:
    seen: set[Path] = set()
    for folder, dirs, names in os.walk(path, followlinks=follow_symlinks):
        if follow_symlinks:  # a link loop would otherwise be walked forever
            real = Path(folder).resolve()
            if real in seen or _special(real):
                dirs[:] = []
                continue
            seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            file = Path(folder) / name
            if name.startswith(".") or file.suffix.lower() not in SUPPORTED_EXTENSIONS:
                continue
            reason = _refusal(file, root, follow_symlinks=follow_symlinks)
            if reason:
                yield InputError(file, reason)
                continue
            yield SourceFile(file, root, text(file.relative_to(path).as_posix()))


def source_key(path: str | Path) -> str:
    """The source key a file named by itself gets in a store with no recorded roots:
    its folder's name and its own, ``<folder>/<name>`` (also the stable name
    ``parse --shard`` splits by)."""
    path = Path(path)
    parent = path.resolve().parent.name
    return text(f"{parent}/{path.name}" if parent else path.name)


def located(key: str, root: str | None, rel: str | None,
            roots: Mapping[str, str]) -> Path | None:
    """Where a stored source's file is (or was), from its root's recorded path."""
    if root is None:  # an older store: the key's first part named the folder
        root, _, rel = key.partition("/")
    base = roots.get(root)
    return Path(base) / (rel or "") if base and rel else None


class Roots:
    """The store's recorded roots, and the names this load gives to new ones."""

    def __init__(self, recorded: Mapping[str, str]) -> None:
        self.recorded = dict(recorded)
        self.new: dict[str, str] = {}  # names to record (new, or a moved pool's new path)
        self._named: dict[Path, str] = {}

    @property
    def paths(self) -> dict[str, str]:
        """Every root name -> path, after this load."""
        return {**self.recorded, **self.new}

    def assign(self, found: SourceFile) -> SourceFile:
        """``found`` with its source key."""
        where = found.root / found.rel
        inner = max(((name, Path(p)) for name, p in self.paths.items()
                     if where.is_relative_to(Path(p))), key=lambda x: len(x[1].parts),
                    default=None)
        if inner is not None:
            name, base = inner
            rel = where.relative_to(base).as_posix()
        else:
            name, rel = self._name(found.root), found.rel
        return replace(found, key=f"{name}/{rel}" if name else rel)

    def _name(self, root: Path) -> str:
        if root in self._named:
            return self._named[root]
        base = text(root.name) or "root"
        name, n = base, 1
        while True:
            taken = self.paths.get(name)
            if taken is None:
                break
            if not Path(taken).exists():  # the pool moved: same name, new place
                break
            n += 1
            name = f"{base}~{n}"
        self.new[name] = str(root)
        self._named[root] = name
        return name


def under(path: Path, given: Iterable[Path]) -> bool:
    """Whether ``path`` is one of ``given`` or inside one of them."""
    return any(path == g or path.is_relative_to(g) for g in given)


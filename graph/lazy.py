"""Names a package exports but imports only on first use (PEP 562).

A package whose names pull in heavy modules (networkx, the LadybugDB or Neo4j driver)
exports them through :func:`lazy_names`, so that importing the package for its light names
(a CLI option's choices, a constant) does not import the heavy ones."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from importlib import import_module
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(package: str, homes: Mapping[str, str], exported: Iterable[str],
               modules: Iterable[str] = ()) -> tuple[Callable[[str], Any],
                                                       Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``: each name in ``homes`` comes
    from the submodule named beside it (then stays in the package's namespace), each of
    ``modules`` is a submodule itself."""
    namespace = import_module(package).__dict__
    submodules = frozenset(modules)
    listed = sorted({*exported, *submodules})

    def __getattr__(name: str) -> Any:
        if name in submodules:
            return import_module(f"{package}.{name}")
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{home}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return listed

    return __getattr__, __dir__

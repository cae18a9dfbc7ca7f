"""The wheel carries every subpackage and data file (a non-editable install must work)."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def _folder(package: str) -> Path:
    """The folder a package lives in, by the longest package-dir prefix."""
    mapping = CONFIG["package-dir"]
    prefix = max((p for p in mapping if package == p or package.startswith(p + ".")), key=len)
    rest = package[len(prefix):].lstrip(".").replace(".", "/")
    return ROOT / mapping[prefix] / rest


def test_every_python_package_folder_is_listed() -> None:
    listed = set(CONFIG["packages"])
    for top in CONFIG["package-dir"]:
        for init in _folder(top).rglob("__init__.py"):
            rel = init.parent.relative_to(_folder(top)).as_posix()
            name = top if rel == "." else f"{top}.{rel.replace('/', '.')}"
            assert name in listed, f"{name} ({init.parent}) is missing from [tool.setuptools] packages"


def test_every_data_file_is_package_data() -> None:
    data = CONFIG["package-data"]
    for package in CONFIG["packages"]:
        folder = _folder(package)
        for file in folder.iterdir():
            if file.suffix in {".ttl", ".cypher"}:
                patterns = data.get(package, [])
                assert any(fnmatch(file.name, p) for p in patterns), f"{file} is not package data"
        for sub in folder.iterdir():
            if sub.is_dir() and not (sub / "__init__.py").exists():
                for file in sub.rglob("*"):
                    if file.suffix in {".ttl", ".cypher"}:
                        rel = file.relative_to(folder).as_posix()
                        assert any(fnmatch(rel, p) for p in data.get(package, [])), (
                            f"{file} is not package data")


def test_no_top_level_graph_or_loaders_module() -> None:
    for name in CONFIG["packages"]:
        assert name == "talentgraph" or name.startswith("talentgraph."), name

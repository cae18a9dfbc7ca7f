"""Bulk CSV for ``neo4j-admin database import full``: the way to load a large pool into a
fresh Neo4j database without a transaction per batch.

The rows come from :func:`talentgraph.graph.store.rows.group_rows`, the same grouping and
value coercion the stores write with (one group per label, one per relationship type and
endpoint-label pair), so the imported database reads back as the graph ``write_graph``
would have stored.  Layout of ``OUT_DIR``:

* ``nodes/<Label>.csv``: ``id:ID(<Label>)`` (one ID space per label, as the stores have one
  uniqueness constraint per label), ``:LABEL`` (the ontology label plus the extra labels
  its flags call for, e.g. ``Organization;Employer;School``), then every property of the
  label typed from the ontology (``name:string``, ``year:long``, ``sources:string[]``);
* ``relationships/<TYPE>__<Source>__<Target>.csv``: ``:START_ID(<Source>)``,
  ``:END_ID(<Target>)``, ``:TYPE``, then the typed properties (``id`` included);
* ``import.args`` (one option a line, for ``neo4j-admin database import full @import.args
  neo4j``) and ``import.sh`` (the same command spelled out).

Every present string is quoted, so an empty string stays an empty string while an absent
value is an empty field (no property).  Arrays are joined with :data:`ARRAY_DELIMITER`
(``U+001F``, the ASCII unit separator, which résumé text does not contain; a value that
does is refused rather than split).  ``--multiline-fields=true`` is passed only when some
value holds a line break, because it slows the importer down.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from talentgraph.graph.export.files import PRIVATE_DIR, open_private, private_dir
from talentgraph.graph.model import TalentGraph
from talentgraph.graph.store.rows import DST, SRC, NodeRows, RelRows, group_rows
from talentgraph.ontology.schema import PropertySpec, schema

__all__ = ["ARRAY_DELIMITER", "ImportBundle", "column", "write_neo4j_import"]

ARRAY_DELIMITER = "\x1f"
_ADMIN_DELIMITER = "U+001F"  # how neo4j-admin's --array-delimiter spells it
_TYPES = {"string": "string", "integer": "long", "double": "double", "boolean": "boolean"}


@dataclass
class ImportBundle:
    """What :func:`write_neo4j_import` wrote: file → data rows, and the import options."""

    out_dir: Path
    node_files: dict[str, int] = field(default_factory=dict)
    relationship_files: dict[str, int] = field(default_factory=dict)
    options: list[str] = field(default_factory=list)

    @property
    def nodes(self) -> int:
        return sum(self.node_files.values())

    @property
    def relationships(self) -> int:
        return sum(self.relationship_files.values())

    def command(self, database: str = "neo4j") -> list[str]:
        """The ``neo4j-admin`` command line, paths relative to :attr:`out_dir`."""
        return ["neo4j-admin", "database", "import", "full", *self.options, database]


def column(key: str, spec: PropertySpec) -> str:
    """The header entry of one ontology property (``skills:string[]``)."""
    return f"{key}:{_TYPES[spec.datatype]}{'[]' if spec.is_list else ''}"


class _Field:
    """Formats values for the CSV, noting whether any needs multi-line parsing."""

    def __init__(self) -> None:
        self.multiline = False

    def text(self, value: str) -> str:
        if "\n" in value or "\r" in value:
            self.multiline = True
        return '"' + value.replace('"', '""') + '"'

    def scalar(self, value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return repr(value)
        return str(value)

    def value(self, value: Any, spec: PropertySpec) -> str:
        if value is None:
            return ""
        if not spec.is_list:
            return self.text(value) if spec.datatype == "string" else self.scalar(value)
        items = [v if spec.datatype == "string" else self.scalar(v) for v in value]
        for item in items:
            if ARRAY_DELIMITER in item:
                raise ValueError(f"a {spec.key!r} list item holds the array delimiter "
                                 f"U+001F: {item!r}")
        return self.text(ARRAY_DELIMITER.join(items))


def _write_csv(path: Path, header: Sequence[str], lines: Iterable[Sequence[str]]) -> int:
    private_dir(path.parent)
    count = 0
    with open_private(path) as fh:
        fh.write(",".join(header) + "\n")
        for line in lines:
            fh.write(",".join(line) + "\n")
            count += 1
    return count


def _labels(group: NodeRows, row: Mapping[str, Any]) -> str:
    extra = [label for label, flag in schema().nodes[group.label].extra_labels if row.get(flag)]
    return '"' + ARRAY_DELIMITER.join([group.label.value, *extra]) + '"'


def _node_file(out: Path, group: NodeRows, fmt: _Field) -> tuple[str, int]:
    specs = group.specs
    keys = [k for k in specs if k != "id"]
    header = [f"id:ID({group.label.value})", ":LABEL", *(column(k, specs[k]) for k in keys)]
    name = f"nodes/{group.label.value}.csv"
    lines = ([fmt.text(row["id"]), _labels(group, row),
              *(fmt.value(row[k], specs[k]) for k in keys)] for row in group.rows)
    return name, _write_csv(out / name, header, lines)


def _rel_file(out: Path, group: RelRows, fmt: _Field) -> tuple[str, int]:
    specs = group.specs
    source, target = group.source_label.value, group.target_label.value
    header = [f":START_ID({source})", f":END_ID({target})", ":TYPE",
              *(column(k, spec) for k, spec in specs.items())]
    name = f"relationships/{group.type.value}__{source}__{target}.csv"
    lines = ([fmt.text(row[SRC]), fmt.text(row[DST]), group.type.value,
              *(fmt.value(row[k], spec) for k, spec in specs.items())] for row in group.rows)
    return name, _write_csv(out / name, header, lines)


def _script(bundle: ImportBundle) -> str:
    options = " \\\n    ".join(shlex.quote(o) for o in bundle.options)
    return f"""#!/bin/sh
# Written by `talentgraph export --format neo4j-import`: {bundle.nodes} nodes and
# {bundle.relationships} relationships for `neo4j-admin database import full`.
# The target database must be empty or absent and the server stopped (or pass
# --overwrite-destination). Usage: ./import.sh [more neo4j-admin options]
# Database: $NEO4J_DATABASE (default neo4j); tool: $NEO4J_ADMIN (default neo4j-admin).
# Afterwards start Neo4j (on a fresh server, `CREATE DATABASE` it if it is not the default);
# talentgraph adds its constraints and indexes the first time it opens the store.
set -e
cd "$(dirname "$0")"
exec "${{NEO4J_ADMIN:-neo4j-admin}}" database import full \\
    {options} \\
    "$@" "${{NEO4J_DATABASE:-neo4j}}"
"""


def write_neo4j_import(graph: TalentGraph, out_dir: str | Path) -> ImportBundle:
    """Write ``graph`` as ``neo4j-admin database import full`` CSVs plus the command.

    Raises ``ValueError`` on a graph that breaks the model conventions (nothing written)
    or holds the array delimiter inside a list item.
    """
    out = Path(out_dir)
    node_groups, rel_groups = group_rows(graph)
    private_dir(out)
    bundle = ImportBundle(out)
    fmt = _Field()
    for group in sorted(node_groups, key=lambda g: g.label.value):
        name, count = _node_file(out, group, fmt)
        bundle.node_files[name] = count
    for group in sorted(rel_groups, key=lambda g: (g.type.value, g.source_label.value,
                                                   g.target_label.value)):
        name, count = _rel_file(out, group, fmt)
        bundle.relationship_files[name] = count
    _write_command(out, bundle, fmt)
    return bundle


def _write_command(out: Path, bundle: ImportBundle, fmt: _Field) -> None:
    """The import's options, from the files written, as ``import.args`` and
    ``import.sh`` (the bulk path's writer ends the same way)."""
    bundle.options = [*(f"--nodes={name}" for name in bundle.node_files),
                      *(f"--relationships={name}" for name in bundle.relationship_files),
                      f"--array-delimiter={_ADMIN_DELIMITER}", "--id-type=string"]
    if fmt.multiline:
        bundle.options.append("--multiline-fields=true")
    with open_private(out / "import.args") as args:
        args.write("\n".join(bundle.options) + "\n")
    with open_private(out / "import.sh", mode=PRIVATE_DIR) as script:  # rwx for the owner
        script.write(_script(bundle))

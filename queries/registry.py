"""Canned Cypher queries: one ``queries/<name>.cypher`` each, described by its comment header.

A query file starts with a header (aiosql's ``-- name:`` convention, in Cypher comments)::

    // name: people_with_skill
    // description: People with a skill or any narrower one.
    // param: skill = "Machine Learning"
    // param: limit = 50 [default]
    // param: today_month = 24310 [default: current_month]
    // sorted: skills
    // display: record

Each ``param`` gives an example as a JSON literal; its type (string, integer, float,
boolean, or a list of one of these) is how command-line text is parsed.  ``[default]``
makes the example the default, ``[default: current_month]`` names a default computed at run
time (so both stores see the same ``$today_month``).  ``[names: Skill]`` says the value
names a node of that kind (``names.KINDS``: Person, Organization, School, Skill, Venue,
Occupation) or a seniority level (Seniority), which ``talentgraph query`` resolves through
the taxonomies and stored aliases first
(:mod:`talentgraph.queries.names`).  Integers are counts, limits or months: never negative.
``sorted`` names list columns that are sets: the stores collect lists in no particular
order, so they are sorted here to make both stores return identical rows.  ``display:
record`` asks for one block per row rather than a table (a row of long lists).

Where the embedded dialect cannot express a query, or its planner needs another shape of
the same query (a ``WITH DISTINCT`` horizon that Neo4j needs can make LadybugDB hash-join
a whole relationship table), ``<name>.lbug.cypher`` overrides the text for that store
only; the header of the base file still describes it.
"""

from __future__ import annotations

import difflib
import json
import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, Protocol

from talentgraph.graph.cypher_files import dialect_of, folder

__all__ = [
    "DEFAULT_PROVIDERS",
    "ParamSpec",
    "ParameterError",
    "QueryError",
    "QuerySpec",
    "UnknownQueryError",
    "bind",
    "current_month",
    "get",
    "list_queries",
    "parse_query",
    "run_query",
]

log = logging.getLogger(__name__)

PACKAGE = "talentgraph.queries"
_HEADER = re.compile(r"^//\s*(name|description|param|sorted|display)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(\w+)\s*=\s*(.+?)\s*((?:\[(?:default|names)\b[^\]]*\]\s*)*)$")
_ANNOTATION = re.compile(r"\[(default|names)\s*(?::\s*(\w+))?\s*\]")
_INT64 = 2**63 - 1
DISPLAYS = ("table", "record")
_TYPES: dict[type, str] = {str: "string", bool: "boolean", int: "integer", float: "float"}


class QueryError(ValueError):
    """A canned query cannot be run as asked (the message says why)."""


class UnknownQueryError(QueryError, KeyError):
    """No canned query has that name."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class ParameterError(QueryError):
    """A parameter is missing, unknown, or not of the declared type."""


class Store(Protocol):
    """What running a query needs from a store (``talentgraph.graph.store.GraphStore``):
    the dialect it speaks and a way to run a statement."""

    dialect: str

    def run(self, cypher: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False, timeout: float | None = None) -> list[dict[str, Any]]: ...


def current_month() -> int:
    """This month as months since year 0 (``year * 12 + month - 1``), like ``*_month``."""
    today = date.today()
    return today.year * 12 + today.month - 1


DEFAULT_PROVIDERS: dict[str, Callable[[], Any]] = {"current_month": current_month}


@dataclass(frozen=True)
class ParamSpec:
    """One ``$parameter``: its example, type, and default (if it may be left out)."""

    name: str
    example: Any
    type: str  # "string", "integer", "float", "boolean", or "list[<one of these>]"
    required: bool = True
    default: Any = None
    default_provider: str | None = None
    names: str | None = None  # the kind of node the value names (names.KINDS), if any

    def default_value(self) -> Any:
        """The value used when the caller leaves the parameter out."""
        if self.default_provider:
            return DEFAULT_PROVIDERS[self.default_provider]()
        return self.default

    def coerce(self, value: Any) -> Any:
        """``value`` as this parameter's type; text (from the command line) is parsed."""
        if self.type.startswith("list["):
            item_type = self.type[5:-1]
            if isinstance(value, str):
                text = value.strip()
                value = json.loads(text) if text.startswith("[") else [
                    part.strip() for part in text.split(",") if part.strip()]
            if not isinstance(value, list | tuple):
                raise ParameterError(f"${self.name} must be a list, e.g. {_show(self.example)}")
            return [_coerce_scalar(self.name, item_type, item) for item in value]
        return _coerce_scalar(self.name, self.type, value)


@dataclass(frozen=True)
class QuerySpec:
    """A canned query: its header and text, plus per-dialect overrides of the text."""

    name: str
    description: str
    cypher: str
    params: tuple[ParamSpec, ...] = ()
    sorted_columns: tuple[str, ...] = ()
    overrides: Mapping[str, str] = field(default_factory=dict)
    display: str = "table"

    def text_for(self, dialect: str | None) -> str:
        """The Cypher to send to a store speaking ``dialect``."""
        return self.overrides.get(dialect or "", self.cypher)

    def columns(self, dialect: str | None = None) -> list[str]:
        """The names of the columns the query returns, in order (read from its last
        ``RETURN``), so an empty answer still has a header."""
        from talentgraph.queries.columns import return_columns

        return return_columns(self.text_for(dialect)) or []

    def example_params(self) -> dict[str, Any]:
        """The header's example values, e.g. for ``--list`` and tests."""
        return {p.name: p.example for p in self.params}

    def usage(self) -> str:
        """A command line that runs the query with the example values."""
        args = " ".join(
            f"-p {p.name}={_cli_text(p.example)}" for p in self.params if p.required)
        return f"talentgraph query {self.name} {args}".rstrip()


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _cli_text(value: Any) -> str:
    if isinstance(value, list):
        text = ",".join(str(v) for v in value)
    elif isinstance(value, bool):
        text = str(value).lower()
    else:
        text = str(value)
    return f"'{text}'" if re.search(r"[\s'\"]", text) else text


def _coerce_scalar(name: str, type_name: str, value: Any) -> Any:
    if type_name == "string":
        if isinstance(value, str):
            return value
        raise ParameterError(f"${name} must be text, got {_show(value)}")
    if type_name == "boolean":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in {"true", "yes", "1"}:
            return True
        if text in {"false", "no", "0"}:
            return False
        raise ParameterError(f"${name} must be true or false, got {value!r}")
    try:
        if type_name == "integer":
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError
            number: int | float = int(value)
        else:
            number = float(value)
            if not math.isfinite(number):
                raise ValueError
    except (TypeError, ValueError, OverflowError):
        raise ParameterError(f"${name} must be {'an' if type_name == 'integer' else 'a'} "
                             f"{type_name}, got {value!r}") from None
    if type_name == "integer" and not 0 <= number <= _INT64:
        raise ParameterError(f"${name} must be a whole number from 0 to {_INT64}, got {value!r}")
    return number


def _type_of(name: str, example: Any) -> str:
    if isinstance(example, list):
        if not example:
            raise ValueError(f"${name}: give a non-empty list as the example")
        return f"list[{_type_of(name, example[0])}]"
    if type(example) not in _TYPES:
        raise ValueError(f"${name}: unsupported example {example!r}")
    return _TYPES[type(example)]


def _parse_param(text: str, source: str) -> ParamSpec:
    match = _PARAM.match(text)
    if not match:
        raise ValueError(f"{source}: bad param line {text!r} (want: name = <json example>)")
    name, literal = match.group(1), match.group(2)
    annotations = dict(_ANNOTATION.findall(match.group(3)))
    try:
        example = json.loads(literal)
    except json.JSONDecodeError as err:
        raise ValueError(f"{source}: ${name} example is not a JSON literal: {literal}") from err
    provider = annotations.get("default") or None
    if provider and provider not in DEFAULT_PROVIDERS:
        raise ValueError(f"{source}: unknown default provider {provider!r}")
    has_default = "default" in annotations
    kind = annotations.get("names")
    if "names" in annotations and not kind:
        raise ValueError(f"{source}: ${name}: [names: ...] needs a kind, e.g. [names: Skill]")
    return ParamSpec(name=name, example=example, type=_type_of(name, example),
                     required=not has_default, default=example if has_default else None,
                     default_provider=provider, names=kind)


def parse_query(text: str, source: str = "<query>") -> QuerySpec:
    """Read a query file's header and text into a :class:`QuerySpec`."""
    header: dict[str, str] = {}
    params: list[ParamSpec] = []
    sorted_columns: list[str] = []
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key == "param":
            params.append(_parse_param(value, source))
        elif key == "sorted":
            sorted_columns.extend(c.strip() for c in value.split(",") if c.strip())
        else:
            header[key] = value
    if "name" not in header or "description" not in header:
        raise ValueError(f"{source}: the header needs '// name:' and '// description:'")
    display = header.get("display", "table")
    if display not in DISPLAYS:
        raise ValueError(f"{source}: '// display: {display}' is not one of {DISPLAYS}")
    used = set(re.findall(r"\$(\w+)", _strip_comments(text)))
    declared = {p.name for p in params}
    if used != declared:
        raise ValueError(f"{source}: parameters used {sorted(used)} but declared "
                         f"{sorted(declared)}")
    return QuerySpec(name=header["name"], description=header["description"], cypher=text,
                     params=tuple(params), sorted_columns=tuple(sorted_columns),
                     display=display)


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))


@cache
def _load() -> dict[str, QuerySpec]:
    specs: dict[str, QuerySpec] = {}
    for name, entry in folder(PACKAGE).items():
        spec = parse_query(entry.text, f"{name}.cypher")
        if spec.name != name:
            raise ValueError(f"{name}.cypher: '// name: {spec.name}' must match the file name")
        specs[name] = QuerySpec(**{**spec.__dict__, "overrides": dict(entry.overrides)})
    return specs


def list_queries() -> list[QuerySpec]:
    """Every canned query, by name."""
    return list(_load().values())


def get(name: str) -> QuerySpec:
    """The canned query called ``name``."""
    try:
        return _load()[name]
    except KeyError:
        known = ", ".join(_load())
        raise UnknownQueryError(f"no query named {name!r}; known queries: {known}") from None


def bind(spec: QuerySpec, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Check and type ``params`` against the header, filling in defaults."""
    given = dict(params or {})
    declared = {p.name: p for p in spec.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        close = difflib.get_close_matches(unknown[0], list(declared), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise ParameterError(f"{spec.name} has no parameter {', '.join(unknown)}{hint}; "
                             f"it takes {_describe(spec.params)}")
    bound: dict[str, Any] = {}
    for p in spec.params:
        if p.name in given:
            bound[p.name] = p.coerce(given[p.name])
            value = bound[p.name]
            if p.required and (value == [] or (isinstance(value, str) and not value.strip())):
                raise ParameterError(f"{spec.name} needs a value for ${p.name}, e.g. -p "
                                     f"{p.name}={_cli_text(p.example)}")
        elif p.required:
            raise ParameterError(f"{spec.name} needs ${p.name}, e.g. -p {p.name}="
                                 f"{_cli_text(p.example)}")
        else:
            bound[p.name] = p.default_value()
    return bound


def _describe(params: Iterable[ParamSpec]) -> str:
    names = [p.name for p in params]
    return ", ".join(names) if names else "no parameters"


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _normalise(row: Mapping[str, Any], sorted_columns: Iterable[str]) -> dict[str, Any]:
    out = dict(row)
    for column in sorted_columns:
        if isinstance(out.get(column), list):
            out[column] = sorted(out[column], key=_sort_key)
    return out


def run_query(store: Store, name: str, params: Mapping[str, Any] | None = None, *,
              timeout: float | None = None) -> list[dict[str, Any]]:
    """Run the canned query ``name`` on ``store`` and return its rows (``timeout``:
    seconds before the database stops it, see ``GraphStore.run``)."""
    spec = get(name)
    bound = bind(spec, params)
    dialect = dialect_of(store)
    log.debug("query %s (%s) with %s", name, dialect, bound)
    rows = store.run(spec.text_for(dialect), bound, timeout=timeout)
    return [_normalise(row, spec.sorted_columns) for row in rows]

"""Token-level checks that a query only reads, and that it cannot crash or reach outside.

Both stores run reads in a read-only transaction (Neo4j: a ``READ`` session), which is the
real barrier for data writes.  These checks are for what a read-only transaction does not
stop, found by tokenizing the statement (strings, backtick names and comments are tokens
of their own, so a keyword inside them is not a keyword):

* a write clause or a second statement after ``;`` (``COMMIT; CREATE ...`` would escape
  the transaction), and LadybugDB's ``COPY ... TO 'file'``, ``LOAD FROM 'file'``,
  ``INSTALL`` and ``ATTACH``, which run inside one;
* administration that touches other sessions or the server: ``TERMINATE TRANSACTIONS``
  (it killed another session's write from a read session), ``START``/``STOP DATABASE``...;
* ``CALL`` of a table function that is not a catalog listing: LadybugDB's ``READ_CSV_*``,
  ``READ_NPY``, ``READ_PARQUET``, ``READ_PANDAS`` read any file (and crash the process:
  LadybugDB 0.22 segfaults on a direct call of any of them, even with ``--write``, so
  those are refused always, see :data:`CRASHING_FUNCTIONS`), ``PROJECT_GRAPH`` keeps
  state; ``CALL name=value`` changes the connection's settings;
* for ad-hoc queries (:func:`check_ad_hoc`, the ``cypher`` command), every namespaced
  procedure or function (``CALL db.clearQueryCaches()``, ``gds.graph.project(...)``,
  ``apoc.periodic.iterate``): the read session does not stop procedures that act on
  caches, the GDS catalog, files, the network or new transactions, so only the routines
  of :data:`READ_ONLY_ROUTINES` are let through.  The library's own analyses call GDS
  through :meth:`~talentgraph.graph.store.base.GraphStore.run`, which checks the rest.
"""

from __future__ import annotations

import re

__all__ = [
    "CATALOG_FUNCTIONS",
    "CRASHING_FUNCTIONS",
    "READ_ONLY_ROUTINES",
    "WRITE_KEYWORDS",
    "check_ad_hoc",
    "check_query",
    "check_read_only",
    "statement_tokens",
]

WRITE_KEYWORDS = frozenset({
    "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "FOREACH",
    "COPY", "LOAD", "INSTALL", "UNINSTALL", "ATTACH", "USE", "EXPORT", "IMPORT",
    "CHECKPOINT", "BEGIN", "COMMIT", "ROLLBACK", "GRANT", "DENY", "REVOKE", "TERMINATE",
    "DEALLOCATE", "REALLOCATE", "RENAME", "DRYRUN",
})

#: Neo4j administration commands whose first word is also a plausible variable name:
#: refused only as the pair (``START DATABASE``, not ``WITH w.start AS start``).
ADMIN_PAIRS = frozenset({
    ("START", "DATABASE"), ("STOP", "DATABASE"), ("ENABLE", "SERVER"),
})

#: LadybugDB table functions that crash the process when called directly (checked on
#: LadybugDB 0.22: rc 139 on any file, in or out of a transaction), or take a raw pointer.
CRASHING_FUNCTIONS = frozenset({
    "READ_CSV_SERIAL", "READ_CSV_PARALLEL", "READ_NPY", "READ_PARQUET", "READ_PANDAS",
    "_CACHE_ARRAY_COLUMN_LOCALLY",
})

#: The LadybugDB table functions a read may ``CALL``: catalog and storage listings, all
#: of ``CALL show_functions()``'s table functions except the file readers, the projected
#: graph builders and ``CLEAR_WARNINGS``.
CATALOG_FUNCTIONS = frozenset({
    "BM_INFO", "CATALOG_VERSION", "CURRENT_SETTING", "DB_VERSION", "DISK_INFO",
    "DISK_SIZE_INFO", "FILE_INFO", "FSM_INFO", "PROJECTED_GRAPH_INFO",
    "SHOW_ATTACHED_DATABASES", "SHOW_CONNECTION", "SHOW_FUNCTIONS", "SHOW_GRAPHS",
    "SHOW_INDEXES", "SHOW_LOADED_EXTENSIONS", "SHOW_MACROS", "SHOW_OFFICIAL_EXTENSIONS",
    "SHOW_PROJECTED_GRAPHS", "SHOW_SEQUENCES", "SHOW_TABLES", "SHOW_WARNINGS", "STATS_INFO",
    "STORAGE_INFO", "STORAGE_VERSION", "TABLE_INFO",
})

#: Namespaced procedures and functions an ad-hoc read may call, lower case: an exact name,
#: or a family when it ends in ``.``.  Anything else namespaced needs ``--write``: APOC
#: alone has hundreds of routines that write files (``apoc.export``), fetch URLs
#: (``apoc.load``), run Cypher in new write transactions (``apoc.periodic``,
#: ``apoc.cypher``) or install triggers, and GDS keeps graphs and models in a catalog
#: shared by every session, so a list of the safe ones is shorter and fails closed.
READ_ONLY_ROUTINES = (
    # Cypher's own function namespaces
    "date.", "datetime.", "localdatetime.", "localtime.", "time.", "duration.", "point.",
    "vector.", "db.nameFromElementId",
    # schema and index reads
    "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.", "db.info",
    "db.ping", "db.awaitIndex", "db.awaitIndexes", "db.stats.retrieve",
    "db.stats.retrieveAllAnonymized", "db.stats.status", "db.index.fulltext.queryNodes",
    "db.index.fulltext.queryRelationships", "db.index.fulltext.listAvailableAnalyzers",
    "db.index.vector.queryNodes", "db.index.vector.queryRelationships",
    "dbms.components", "dbms.showCurrentUser", "tx.getMetaData",
    # GDS: streaming, statistics and estimates only; helpers on values
    "gds.version", "gds.list", "gds.graph.list", "gds.graph.exists", "gds.util.",
    "gds.similarity.",
    # APOC families that compute on values or read the graph
    "apoc.agg.", "apoc.algo.", "apoc.any.", "apoc.bitwise.", "apoc.coll.", "apoc.data.",
    "apoc.date.", "apoc.hashing.", "apoc.help", "apoc.json.path", "apoc.label.",
    "apoc.map.", "apoc.math.", "apoc.meta.", "apoc.neighbors.", "apoc.node.",
    "apoc.number.", "apoc.path.", "apoc.rel.", "apoc.schema.nodes",
    "apoc.schema.relationships", "apoc.scoring.", "apoc.stats.", "apoc.temporal.",
    "apoc.text.", "apoc.version", "apoc.convert.from", "apoc.convert.to",
    "apoc.util.md5", "apoc.util.sha1", "apoc.util.sha256", "apoc.util.sha384",
    "apoc.util.sha512", "apoc.util.validatePredicate",
)
_ROUTINES = tuple(name.lower() for name in READ_ONLY_ROUTINES)
#: GDS procedures are read-only when they only stream, summarise or estimate.
_GDS_READ_MODES = (".stream", ".stats", ".estimate")

_TOKEN = re.compile(
    r"""
    (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<quoted>`(?:[^`]|``)*`)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<word>[^\W\d]\w*)
  | (?P<semicolon>;)
  | (?P<dot>\.)
  | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)

Token = tuple[str, str]
_WRITE_HINT = "(allow it with --write on the CLI, write=True in Python)"


def statement_tokens(cypher: str) -> list[Token]:
    """``(kind, text)`` tokens of a query, comments dropped (kinds as in ``_TOKEN``)."""
    return [(m.lastgroup or "other", m.group()) for m in _TOKEN.finditer(cypher)
            if m.lastgroup != "comment"]


def _name(token: Token) -> str | None:
    """The identifier a word or backtick token spells, or None for any other token."""
    kind, text = token
    if kind == "word":
        return text
    if kind == "quoted":
        return text[1:-1].replace("``", "`")
    return None


def _qualified(tokens: list[Token], start: int) -> tuple[str, int]:
    """The dotted name starting at ``tokens[start]`` (``db.labels``, `` `db`.x``) and the
    index just after it; an empty name when no identifier starts there."""
    parts: list[str] = []
    index = start
    while index < len(tokens):
        part = _name(tokens[index])
        if part is None:
            break
        parts.append(part)
        index += 1
        if index < len(tokens) - 1 and tokens[index][0] == "dot":
            index += 1
            continue
        break
    return ".".join(parts), index


def _after_dot(tokens: list[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1][0] == "dot"


def _next_text(tokens: list[Token], index: int) -> str:
    return tokens[index][1] if index < len(tokens) else ""


def _routines(tokens: list[Token]) -> list[tuple[str, bool]]:
    """``(name, called)`` for every routine the statement names: the target of each
    ``CALL`` (``called``) and each name followed by ``(`` (a function), in order."""
    found: list[tuple[str, bool]] = []
    index = 0
    while index < len(tokens):
        if _name(tokens[index]) is None or _after_dot(tokens, index):
            index += 1
            continue
        if tokens[index][0] == "word" and tokens[index][1].upper() == "CALL":
            name, end = _qualified(tokens, index + 1)
            if name:
                found.append((name, True))
            index = max(end, index + 1)
            continue
        name, end = _qualified(tokens, index)
        if _next_text(tokens, end) == "(":
            found.append((name, False))
        index = end
    return found


def check_query(cypher: str, *, write: bool = False) -> str | None:
    """The reason ``cypher`` may not run, or ``None``: with ``write=False``, see
    :func:`check_read_only`; with ``write=True`` only what would crash the database (a
    LadybugDB file-reading table function called directly; on Neo4j no such name exists,
    so the check costs nothing there)."""
    tokens = statement_tokens(cypher)
    for index, token in enumerate(tokens):
        name = _name(token)
        if name and name.upper() in CRASHING_FUNCTIONS and not _after_dot(tokens, index):
            return (f"{name.upper()} is not allowed: LadybugDB crashes on a direct call of "
                    "its file-reading table functions (read files with LOAD FROM and --write)")
    return None if write else _read_only_reason(tokens)


def check_read_only(cypher: str) -> str | None:
    """The reason ``cypher`` is not a single read-only statement, or ``None`` if it is.

    Refused: a second statement, a write or administration keyword outside strings,
    names and comments, ``CALL name=value`` (settings) and a ``CALL`` of a table function
    that is not a catalog listing (:data:`CATALOG_FUNCTIONS`).  Namespaced procedures
    (``db.labels()``) pass: see :func:`check_ad_hoc` for those.
    """
    return check_query(cypher)


def check_ad_hoc(cypher: str) -> str | None:
    """:func:`check_read_only`, and every namespaced procedure or function must be one
    of :data:`READ_ONLY_ROUTINES` (or a GDS ``.stream``/``.stats``/``.estimate``): the
    check for a query typed by a user, where the read session is not enough."""
    reason = check_read_only(cypher)
    if reason:
        return reason
    for name, called in _routines(statement_tokens(cypher)):
        if "." in name and not _routine_reads(name):
            kind = "procedure" if called else "function"
            return f"{kind} {name} may change state; it is not allowed in a read-only " \
                   f"query {_WRITE_HINT}"
    return None


def _routine_reads(name: str) -> bool:
    lowered = name.lower()
    if lowered.startswith("gds.") and lowered.endswith(_GDS_READ_MODES):
        return True
    return any(lowered == allowed or (allowed.endswith(".") and lowered.startswith(allowed))
               for allowed in _ROUTINES)


def _read_only_reason(tokens: list[Token]) -> str | None:
    for index, (kind, text) in enumerate(tokens):
        if kind == "semicolon" and any(k != "semicolon" for k, _ in tokens[index + 1:]):
            return "only one statement per query"
        if kind != "word" or _after_dot(tokens, index):
            continue
        word = text.upper()
        if word in WRITE_KEYWORDS:
            return f"{word} is not allowed in a read-only query {_WRITE_HINT}"
        following = _name(tokens[index + 1]) if index + 1 < len(tokens) else None
        if following and (word, following.upper()) in ADMIN_PAIRS:
            return (f"{word} {following.upper()} is not allowed in a read-only query "
                    f"{_WRITE_HINT}")
        if word == "CALL":
            reason = _call_reason(tokens, index + 1)
            if reason:
                return reason
    return None


def _call_reason(tokens: list[Token], start: int) -> str | None:
    """Why the ``CALL`` whose target starts at ``tokens[start]`` is refused, if it is.
    ``CALL {`` and ``CALL (x) {`` are subqueries; a dotted target is a procedure."""
    name, end = _qualified(tokens, start)
    if not name:
        return None
    if _next_text(tokens, end) == "=":
        return f"CALL {name}=... changes a setting; not allowed in a read-only query " \
               f"{_WRITE_HINT}"
    if "." not in name and name.upper() not in CATALOG_FUNCTIONS:
        return (f"table function {name.upper()} is not allowed in a read-only query "
                f"(only catalog listings such as SHOW_TABLES are) {_WRITE_HINT}")
    return None

"""Names as a person writes them, resolved to the nodes they mean before a canned query runs.

A query header marks a parameter that names something (``// param: skill = "Python"
[names: Skill]``); :func:`resolve_params` reads each such value the way the builder read
the résumés, so ``GCP``, ``k8s``, ``google cloud``, ``GWU``, ``Purdue`` and ``Alibaba Cloud
Intelligence`` find Google Cloud Platform, Kubernetes, George Washington University, Purdue
University and Alibaba Cloud:

1. **Exactly**, with index seeks (``names/<kind>_exact.cypher``): the id; the name in any
   case or by its key (accents and punctuation aside); and the name the SKOS taxonomy
   (``ontology/*.ttl``) gives the text, through the same ``canonical_*`` functions that
   named the nodes when the graph was built.
2. Else **by key against every node of the kind** (``names/<kind>_all.cypher``): the name
   and the aliases stored on the node (the spellings the résumés used), compared without
   case, accents, spaces or punctuation.
3. Else the name is **unknown**: :class:`UnknownNameError` says so and suggests the closest
   names in the graph (rapidfuzz), or, when the taxonomy knows the name but no résumé in
   this graph does, the query runs (its answer is empty) with a note saying why.

Several nodes sharing the matched name (namesakes) keep the name: the queries answer for
each and a note lists their ids.  Matches with different names are ambiguous
(:class:`AmbiguousNameError` lists them; an id picks one).
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from talentgraph.graph.cypher_files import folder
from talentgraph.queries.registry import QueryError, QuerySpec, Store, parse_query

__all__ = [
    "KINDS",
    "AmbiguousNameError",
    "Match",
    "NameKind",
    "Resolution",
    "UnknownNameError",
    "resolve_name",
    "resolve_params",
]

log = logging.getLogger(__name__)

SUGGESTIONS = 3  # at most this many "did you mean" names
SUGGEST_SCORE = 75  # the likeness (0-100, see _suggestions) a name needs to be suggested


class UnknownNameError(QueryError):
    """A name parameter matches nothing in the graph (the message suggests names)."""


class AmbiguousNameError(QueryError):
    """A name parameter matches several differently named nodes (the message lists them)."""


@dataclass(frozen=True)
class Match:
    """A node a name resolved to."""

    id: str
    name: str
    is_school: bool = False


@dataclass(frozen=True)
class Resolution:
    """What a name parameter became: the ``value`` to pass to the query, the nodes it
    matched, and a ``note`` for the user when something needs saying."""

    value: str
    matches: tuple[Match, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class NameKind:
    """One kind of name a parameter can take: the label of its nodes, the files that
    find them, and how the taxonomy reads a name of this kind."""

    name: str
    noun: str
    files: str
    exact_params: Callable[[str], dict[str, list[str]]]
    in_taxonomy: Callable[[str], bool] = field(default=lambda _text: False)
    school: bool = False
    takes_ids: bool = True  # the queries match this kind by id too (else by name only)


def _unique(*values: str) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _person_params(text: str) -> dict[str, list[str]]:
    from talentgraph.graph.normalize import name_key

    return {"ids": [text], "lowers": [text.lower()], "keys": _unique(name_key(text), text.lower())}


def _organization_params(text: str) -> dict[str, list[str]]:
    from talentgraph.graph.normalize import canonical_org
    from talentgraph.ontology.names import fold_words

    canonical, _department = canonical_org(text)
    return {"ids": [text], "lowers": _unique(text.lower(), canonical.lower()),
            "keys": _unique(fold_words(text), fold_words(canonical), text.lower())}


def _skill_params(text: str) -> dict[str, list[str]]:
    from talentgraph.graph.normalize import canonical_skill

    canonical, concept = canonical_skill(text)
    return {"ids": _unique(text, f"skill:{concept}" if concept else ""),
            "names": _unique(text, canonical)}


def _venue_params(text: str) -> dict[str, list[str]]:
    from talentgraph.graph.normalize import canonical_venue

    return {"ids": [text], "names": _unique(text, canonical_venue(text))}


def _occupation_params(text: str) -> dict[str, list[str]]:
    from talentgraph.ontology.careers import occupations

    concept = occupations().lookup(text)  # "Software Engineer" -> Software Developers
    return {"ids": _unique(text, f"occupation:{concept.id}" if concept else ""),
            "lowers": _unique(text.lower(), concept.pref_label.lower() if concept else ""),
            "codes": [text]}


def _occupation_known(text: str) -> bool:
    from talentgraph.ontology.careers import occupations

    return occupations().lookup(text) is not None


def _seniority_params(text: str) -> dict[str, list[str]]:
    from talentgraph.ontology.careers import seniority

    found = seniority().find(text)  # "Sr." -> senior
    return {"names": _unique(text.lower(), found.level.notation if found else "")}


def _seniority_known(text: str) -> bool:
    from talentgraph.ontology.careers import seniority

    return seniority().find(text) is not None


def _taxonomy_knows(name: str) -> Callable[[str], bool]:
    def knows(text: str) -> bool:
        from talentgraph.ontology import taxonomy

        return getattr(taxonomy, name)().lookup(text) is not None
    return knows


KINDS: dict[str, NameKind] = {
    "Person": NameKind("Person", "person", "person", _person_params),
    "Organization": NameKind("Organization", "organization", "organization",
                             _organization_params, _taxonomy_knows("organizations")),
    "School": NameKind("School", "school", "organization", _organization_params,
                       _taxonomy_knows("organizations"), school=True),
    "Skill": NameKind("Skill", "skill", "skill", _skill_params, _taxonomy_knows("skills"),
                      takes_ids=False),
    "Venue": NameKind("Venue", "venue", "venue", _venue_params, _taxonomy_knows("venues"),
                      takes_ids=False),
    "Occupation": NameKind("Occupation", "occupation", "occupation", _occupation_params,
                           _occupation_known),
    "Seniority": NameKind("Seniority", "seniority level", "seniority", _seniority_params,
                          _seniority_known, takes_ids=False),
}
"""The kinds a ``[names: Kind]`` header annotation may name."""


@cache
def _statement(name: str) -> QuerySpec:
    entry = folder("talentgraph.queries", "names")[name]
    return parse_query(entry.text, entry.source)


def _matches(store: Store, statement: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    return store.run(_statement(statement).cypher, dict(params))


def _as_matches(rows: list[dict[str, Any]]) -> tuple[Match, ...]:
    return tuple(Match(row["id"], row["name"], bool(row.get("is_school"))) for row in rows)


def _strip_accents(text: str) -> str:
    """Case and accents away, spaces and punctuation kept: what a fuzzy suggestion
    compares (a typo's distance counts them; ``label_key`` drops them)."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def _suggestions(text: str, rows: list[dict[str, Any]], kind: NameKind) -> list[str]:
    """The names closest to ``text`` among the nodes' names and aliases (an alias
    suggests the name it stands for)."""
    from rapidfuzz import fuzz, process, utils

    if kind.school and any(row.get("is_school") for row in rows):
        rows = [row for row in rows if row.get("is_school")]
    choices: dict[str, str] = {}
    for row in rows:
        for label in (row["name"], *(row.get("aliases") or [])):
            choices.setdefault(label, row["name"])

    def processor(value: str) -> str:
        return utils.default_process(_strip_accents(value))

    def score(wanted: str, label: str, **_kwargs: Any) -> float:
        # whole-string and word-set likeness ("Kubernets", "zhao" for "Hayes Zhao"), and
        # the text as a prefix or part of a longer name ("Purdu"), never the reverse:
        # a short label inside the text (".NET" in "Kubernets") is no suggestion
        partial = (0.9 * fuzz.partial_ratio(wanted, label)
                   if 4 <= len(wanted) <= len(label) else 0.0)
        return max(fuzz.ratio(wanted, label), fuzz.token_set_ratio(wanted, label), partial)

    found = process.extract(text, list(choices), scorer=score, processor=processor,
                            limit=SUGGESTIONS * 4, score_cutoff=SUGGEST_SCORE)
    names = _unique(*(choices[label] for label, _score, _index in found))
    return names[:SUGGESTIONS]


def _or_list(names: list[str]) -> str:
    quoted = [repr(n) if n != n.strip() else n for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _decide(text: str, kind: NameKind, matches: tuple[Match, ...]) -> Resolution:
    """One name (namesakes included) becomes the value; several names are ambiguous."""
    if kind.school and any(m.is_school for m in matches):
        matches = tuple(m for m in matches if m.is_school)
    by_id = [m for m in matches if m.id == text]
    if by_id:  # an id names one node (one name, for the queries that take only names)
        return Resolution(text if kind.takes_ids else by_id[0].name, tuple(by_id))
    names = _unique(*(m.name for m in matches))
    if len(names) > 1:
        listed = "; ".join(f"{m.name} ({m.id})" for m in matches)
        raise AmbiguousNameError(f"{kind.noun} {text!r} could mean {len(matches)} things: "
                                 f"{listed}; give the full name or the id")
    note = None
    if len(matches) > 1:
        note = (f"{kind.noun} {text!r} names {len(matches)} {kind.noun}s called {names[0]} "
                f"({', '.join(m.id for m in matches)}): the rows cover each; give an id "
                "for one")
    return Resolution(names[0], matches, note)


def resolve_name(store: Store, kind: str | NameKind, text: str) -> Resolution:
    """What ``text`` names among the nodes of ``kind`` (see the module docstring).

    Raises :class:`UnknownNameError` or :class:`AmbiguousNameError`."""
    kind = KINDS[kind] if isinstance(kind, str) else kind
    text = text.strip()
    if not text:  # an optional name left empty ("any organization")
        return Resolution(text)
    exact = _as_matches(_matches(store, f"{kind.files}_exact", kind.exact_params(text)))
    if exact:
        return _decide(text, kind, exact)
    rows = _matches(store, f"{kind.files}_all", {})
    from talentgraph.ontology.taxonomy import label_key

    key = label_key(text)  # the taxonomies' key: no case, accents, spaces or punctuation
    if key:
        keyed = _as_matches([row for row in rows if any(
            label_key(label) == key for label in (row["name"], *(row.get("aliases") or [])))])
        if keyed:
            return _decide(text, kind, keyed)
    if kind.in_taxonomy(text):
        return Resolution(text, note=f"no {kind.noun} {text!r} in this graph: the taxonomy "
                          "knows it, but no résumé loaded here mentions it")
    close = _suggestions(text, rows, kind)
    hint = f"; did you mean {_or_list(close)}?" if close else " in this graph"
    raise UnknownNameError(f"no {kind.noun} named {text!r}{hint}")


def resolve_params(store: Store, spec: QuerySpec,
                   params: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """``params`` (already bound, see ``registry.bind``) with every name parameter
    resolved, and the notes to show the user."""
    out = dict(params)
    notes: list[str] = []
    for param in spec.params:
        if param.names is None or param.name not in out:
            continue
        value = out[param.name]
        if isinstance(value, list):
            resolved = [resolve_name(store, param.names, item) for item in value]
            out[param.name] = [r.value for r in resolved]
        else:
            resolved = [resolve_name(store, param.names, value)]
            out[param.name] = resolved[0].value
        notes += [r.note for r in resolved if r.note]
        log.debug("%s: %r -> %r", param.name, value, out[param.name])
    return out, notes

"""The careers vocabulary: occupations (O*NET-SOC) and seniority levels, as look-up tables.

``occupations.ttl`` is generated from the O*NET database by ``build_occupations.py`` (never
edited by hand); ``occupation_titles.ttl`` is kept by hand: titles O*NET lacks and titles in
other languages, each a ``skos:altLabel`` with a language tag on an occupation of
``occupations.ttl``.  A hand-kept title wins over an O*NET title with the same key that
names another occupation (that one becomes a hidden label there), so curating a title is a
one-line change and never needs the converter.  ``seniority.ttl`` names the levels of a role
and the title words that name them (see its header).

Both are parsed once and cached as JSON like the other taxonomies
(:func:`talentgraph.ontology.cache.cached`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, fields
from functools import cache
from importlib.resources import files
from typing import Any

from .cache import cached
from .taxonomy import Concept, Taxonomy, _tokens, label_key

__all__ = [
    "ISCO",
    "OCC",
    "Level",
    "LevelMatch",
    "OccupationConcept",
    "OccupationTaxonomy",
    "SeniorityScheme",
    "occupations",
    "seniority",
    "title_tokens",
]

log = logging.getLogger(__name__)

TG = "https://w3id.org/talentgraph#"
OCC = "https://w3id.org/talentgraph/occupation/"
#: ISCO-08 unit groups as ESCO publishes them (``.../isco/C2512``)
ISCO = "http://data.europa.eu/esco/isco/C"
OCCUPATION_FILES = ("occupations.ttl", "occupation_titles.ttl")


# ---------------------------------------------------------------- tokens


def _spaceless(ch: str) -> bool:
    """A character of a script written without spaces (CJK, kana, Thai...)."""
    return ord(ch) >= 0x2E80 or "\u0E00" <= ch <= "\u0EFF"


def title_tokens(text: str) -> list[str]:
    """The words of a title as :func:`~talentgraph.ontology.taxonomy.label_key` sees them
    (no case, accents or punctuation), a run of Chinese or Japanese split into its
    characters so that a word of those scripts matches inside a longer run."""
    tokens = _tokens(text)
    if text.isascii():
        return tokens
    out: list[str] = []
    for token in tokens:
        if any(_spaceless(ch) for ch in token):
            run = ""
            for ch in token:
                if _spaceless(ch):
                    if run:
                        out.append(run)
                        run = ""
                    out.append(ch)
                else:
                    run += ch
            if run:
                out.append(run)
        else:
            out.append(token)
    return out


class _Phrases:
    """Token sequences, found in a title's tokens by their first token."""

    def __init__(self, phrases: Iterable[tuple[tuple[str, ...], Any]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, payload in phrases:
            if phrase:
                self._by_first.setdefault(phrase[0], []).append((phrase, payload))
        for entries in self._by_first.values():
            entries.sort(key=lambda e: -len(e[0]))

    def find(self, tokens: Sequence[str]) -> Iterator[tuple[int, int, Any]]:
        """Every occurrence, as (first token, end token, payload)."""
        for i, token in enumerate(tokens):
            for phrase, payload in self._by_first.get(token, ()):
                if tuple(tokens[i:i + len(phrase)]) == phrase:
                    yield i, i + len(phrase), payload


# ---------------------------------------------------------------- seniority


@dataclass(frozen=True)
class Level:
    """A seniority level of ``seniority.ttl``."""

    notation: str
    label: str
    rank: int
    precedence: int
    title_words: tuple[str, ...] = ()
    role_words: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class LevelMatch:
    """The level a title names and the word (as ``seniority.ttl`` writes it) that did."""

    level: Level
    word: str
    is_code: bool


class SeniorityScheme:
    """The levels, and the two questions asked of a title: which level do its words name
    (:meth:`find`), and what is left of it without level and qualifier words
    (:meth:`core`, for the occupation match)."""

    def __init__(self, levels: Iterable[Level], not_level: Iterable[str],
                 qualifiers: Iterable[str]) -> None:
        self.levels = {level.notation: level for level in levels}
        words: list[tuple[tuple[str, ...], tuple[Level, str, bool]]] = []
        codes: list[tuple[tuple[str, ...], tuple[Level, str, bool]]] = []
        for level in self.levels.values():
            words += [(tuple(title_tokens(w)), (level, w, True)) for w in level.title_words]
            words += [(tuple(title_tokens(w)), (level, w, False)) for w in level.role_words]
            codes += [(tuple(title_tokens(c)), (level, c, True)) for c in level.codes]
        self._words = _Phrases(words)
        self._codes = _Phrases(codes)
        self._not_level = _Phrases((tuple(title_tokens(p)), p) for p in not_level)
        self._qualifiers = _Phrases((tuple(title_tokens(q)), q) for q in qualifiers)
        self._found: dict[str, LevelMatch | None] = {}  # a pool repeats its titles
        self._cores: dict[tuple[str, bool], str] = {}

    def _matches(self, tokens: list[str]) -> tuple[list[tuple[int, int, Any]], set[int]]:
        """Level words found outside the not-level phrases, a match inside a longer one
        dropped; and the token positions the not-level phrases protect."""
        protected = {k for i, j, _ in self._not_level.find(tokens) for k in range(i, j)}
        found = [(i, j, p) for i, j, p in self._words.find(tokens)
                 if not protected.intersection(range(i, j))]
        kept = [m for m in found
                if not any(o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0]
                           for o in found)]
        return kept, protected

    def _code_matches(self, tokens: list[str]) -> list[tuple[int, int, Any]]:
        last = len(tokens)
        return [(i, j, p) for i, j, p in self._codes.find(tokens)
                if len(p[1]) > 1 or j == last]

    def find(self, title: str) -> LevelMatch | None:
        """The level the title's words name: a level word (the lowest precedence wins
        among the longest matches), else a grade code; None when it names none."""
        if title not in self._found:
            if len(self._found) > 100_000:
                self._found.clear()
            self._found[title] = self._find(title)
        return self._found[title]

    def _find(self, title: str) -> LevelMatch | None:
        tokens = title_tokens(title)
        words, _ = self._matches(tokens)
        if words:
            _, _, (level, word, _) = min(
                words, key=lambda m: (m[2][0].precedence, -(m[1] - m[0]), m[0]))
            return LevelMatch(level, word, False)
        codes = self._code_matches(tokens)
        if codes:
            _, _, (level, code, _) = max(codes, key=lambda m: (m[1] - m[0], m[0]))
            return LevelMatch(level, code, True)
        return None

    def core(self, title: str, *, levels: bool = True) -> str:
        """The title's words without its qualifiers ("part-time", "visiting"), grade
        codes and, with ``levels``, level words (not the role words: "Manager",
        "Director")."""
        key = (title, levels)
        if key not in self._cores:
            if len(self._cores) > 100_000:
                self._cores.clear()
            self._cores[key] = self._core(title, levels)
        return self._cores[key]

    def _core(self, title: str, levels: bool) -> str:
        tokens = title_tokens(title)
        words, protected = self._matches(tokens)
        drop: set[int] = set()
        for i, j, (_, _, strippable) in words if levels else ():
            if strippable:
                drop.update(range(i, j))
        for i, j, _ in [*self._code_matches(tokens), *self._qualifiers.find(tokens)]:
            if not protected.intersection(range(i, j)):
                drop.update(range(i, j))
        return " ".join(t for k, t in enumerate(tokens) if k not in drop)

    def __iter__(self) -> Iterator[Level]:
        return iter(self.levels.values())


def _parse_seniority(data: bytes) -> dict[str, Any]:
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, SKOS

    graph = Graph()
    graph.parse(data=data, format="turtle")

    def texts(subject: object, name: str) -> list[str]:
        return sorted(str(o) for o in graph.objects(subject, URIRef(TG + name))
                      if isinstance(o, Literal))

    levels = []
    for subject in graph.subjects(RDF.type, URIRef(TG + "SeniorityLevel")):
        levels.append(Level(
            notation=str(graph.value(subject, SKOS.notation)),
            label=str(graph.value(subject, SKOS.prefLabel)),
            rank=int(graph.value(subject, URIRef(TG + "rank"))),
            precedence=int(graph.value(subject, URIRef(TG + "precedence"))),
            title_words=tuple(texts(subject, "titleWord")),
            role_words=tuple(texts(subject, "roleWord")),
            codes=tuple(texts(subject, "levelCode")),
        ))
    scheme = next(graph.subjects(RDF.type, SKOS.ConceptScheme))
    return {"levels": [asdict(level) for level in sorted(levels, key=lambda lv: lv.rank)],
            "not_level": texts(scheme, "notLevel"), "qualifiers": texts(scheme, "qualifier")}


@cache
def seniority() -> SeniorityScheme:
    """The seniority levels of ``seniority.ttl``, loaded once per process."""
    data = files("talentgraph.ontology").joinpath("seniority.ttl").read_bytes()
    raw = cached("seniority", data, "1", _parse_seniority, lambda d: d, lambda d: d)
    return SeniorityScheme(
        [Level(**{k: tuple(v) if isinstance(v, list) else v for k, v in row.items()})
         for row in raw["levels"]],
        raw["not_level"], raw["qualifiers"])


# ---------------------------------------------------------------- occupations


@dataclass(frozen=True)
class OccupationConcept(Concept):
    """An occupation or group: ``kind`` is ``occupation``, ``minor group`` or ``major
    group``; ``notation`` its O*NET-SOC or SOC code; ``isco08`` the ISCO-08 unit groups it
    maps to; ``hidden_labels`` titles it shares with an occupation that holds them as an
    alternative label (an ambiguous title's other readings); ``languages`` the language
    tag of each label not in English."""

    notation: str = ""
    isco08: tuple[str, ...] = ()
    hidden_labels: tuple[str, ...] = ()
    languages: tuple[tuple[str, str], ...] = ()


class OccupationTaxonomy(Taxonomy):
    """Occupations indexed by label keys; :meth:`candidates` also gives the occupations
    that share a title as a hidden label."""

    def __init__(self, name: str, concepts: Iterable[OccupationConcept]) -> None:
        # occupations claim their titles before the groups above them: a minor group
        # named like its only occupation ("Fishing and Hunting Workers") yields the title
        super().__init__(name, sorted(concepts, key=lambda c: (c.kind != "occupation", c.id)))
        for concept in self:  # "Dialysis Registered Nurse (Dialysis RN)" is also its head
            for label in concept.alt_labels:
                head = label.split(" (", 1)[0]
                if head != label and self._key(head) not in self._index:
                    self._index[self._key(head)] = concept.id
        self._hidden: dict[str, list[str]] = {}
        for concept in self:
            for label in concept.hidden_labels:
                owners = self._hidden.setdefault(self._key(label), [])
                if concept.id not in owners:
                    owners.append(concept.id)

    def _claim(self, key: str, concept_id: str) -> None:
        owner = self._index.get(key)
        if owner is not None and owner != concept_id and self._concepts[concept_id].kind != \
                "occupation" and self._concepts[owner].kind == "occupation":
            return  # a group named like one of its occupations (see __init__)
        super()._claim(key, concept_id)

    def _resolve(self, label: str) -> str | None:
        key = self._key(label)
        return self._index.get(key) or self._index.get(key + "s")  # "Registered Nurse"

    def candidates(self, label: str) -> list[OccupationConcept]:
        """The occupations a title names: the one holding it as a label (or as the
        plural of one: "Registered Nurse"), then those holding it as a hidden label (by
        code)."""
        key = self._key(label)
        owner = self._resolve(label)
        ids = [owner] if owner else []
        ids += sorted(c for c in self._hidden.get(key, ()) if c not in ids)
        return [self._concepts[c] for c in ids]

    def language(self, concept_id: str, label: str) -> str:
        """The language tag of one of the concept's labels (``en`` unless tagged)."""
        return dict(self._concepts[concept_id].languages).get(label, "en")

    def labels_with_owner(self) -> Iterator[tuple[str, str, bool]]:
        """Every label as (label, concept id, hidden)."""
        for concept in self:
            for label in concept.labels:
                yield label, concept.id, False
            for label in concept.hidden_labels:
                yield label, concept.id, True


def _local(iri: object) -> str:
    return str(iri).rsplit("/", 1)[-1]


def _parse_occupations(data: bytes) -> list[OccupationConcept]:
    """Concepts of ``occupations.ttl`` with the hand-kept titles of
    ``occupation_titles.ttl`` merged in (``data`` is both files, NUL-separated)."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, SKOS

    generated, curated = (Graph(), Graph())
    main, extra = data.split(b"\0", 1)
    generated.parse(data=main, format="turtle")
    curated.parse(data=extra, format="turtle")

    def labels(graph: Graph, subject: object, predicate: URIRef) -> list[tuple[str, str]]:
        return sorted((str(o), o.language or "en") for o in graph.objects(subject, predicate)
                      if isinstance(o, Literal))

    rows: dict[str, dict[str, Any]] = {}
    for subject in sorted(generated.subjects(RDF.type, SKOS.Concept)):
        (pref, _), = labels(generated, subject, SKOS.prefLabel)
        rows[_local(subject)] = {
            "iri": str(subject), "pref": pref,
            "alt": labels(generated, subject, SKOS.altLabel),
            "hidden": [label for label, _ in labels(generated, subject, SKOS.hiddenLabel)],
            "broader": sorted(_local(b) for b in generated.objects(subject, SKOS.broader)),
            "kind": str(generated.value(subject, URIRef(TG + "occupationKind"))),
            "notation": str(generated.value(subject, SKOS.notation)),
            "isco": sorted(str(m).removeprefix(ISCO)
                           for m in generated.objects(subject, SKOS.closeMatch)
                           if str(m).startswith(ISCO)),
        }
    owner = {label_key(label): cid for cid, row in rows.items() for label, _ in row["alt"]}
    for subject in sorted(set(curated.subjects(SKOS.altLabel, None))):
        cid = _local(subject)
        if cid not in rows:
            raise ValueError(f"occupation_titles.ttl: {cid} is not an occupation of "
                             "occupations.ttl")
        for label, lang in labels(curated, subject, SKOS.altLabel):
            key = label_key(label)
            other = owner.get(key)
            if other is not None and other != cid:  # the curated reading wins
                row = rows[other]
                row["alt"] = [a for a in row["alt"] if label_key(a[0]) != key]
                row["hidden"].append(label)
            if (label, lang) not in rows[cid]["alt"]:  # its language, even for a known title
                rows[cid]["alt"].append((label, lang))
            owner[key] = cid
    return [OccupationConcept(
        id=cid, iri=row["iri"], pref_label=row["pref"],
        alt_labels=tuple(label for label, _ in row["alt"]),
        broader=tuple(row["broader"]), kind=row["kind"], notation=row["notation"],
        isco08=tuple(row["isco"]), hidden_labels=tuple(sorted(set(row["hidden"]))),
        languages=tuple((label, lang) for label, lang in row["alt"] if lang != "en"),
    ) for cid, row in rows.items()]


#: the leading number changes whenever _parse_occupations reads the files differently
_OCCUPATION_FORMAT = "2:" + ",".join(f.name for f in fields(OccupationConcept))


def _occupation_rows(rows: list[dict[str, Any]]) -> list[OccupationConcept]:
    return [OccupationConcept(**{k: tuple(tuple(x) if isinstance(x, list) else x for x in v)
                                 if isinstance(v, list) else v for k, v in row.items()})
            for row in rows]


def read_occupations(*, use_cache: bool = True) -> list[OccupationConcept]:
    """The occupation concepts of both files, from the JSON cache when it is current."""
    folder = files("talentgraph.ontology")
    data = b"\0".join(folder.joinpath(name).read_bytes() for name in OCCUPATION_FILES)
    return cached("occupations", data, _OCCUPATION_FORMAT, _parse_occupations,
                  lambda concepts: [asdict(c) for c in concepts], _occupation_rows,
                  use_cache=use_cache)


@cache
def occupations() -> OccupationTaxonomy:
    """The occupations taxonomy, loaded once per process."""
    return OccupationTaxonomy("occupations", read_occupations())


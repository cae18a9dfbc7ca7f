"""The SKOS taxonomies (skills, organizations, venues, degrees) as fast look-up tables.

Each ``ontology/<name>.ttl`` file is one ``skos:ConceptScheme``; this module reads it into
:class:`Concept` records and answers the questions the normalizer asks: which concept does a
written label name (:meth:`Taxonomy.lookup`), what is its canonical name
(:meth:`Taxonomy.canonical`), what is above and below it in the hierarchy, and which skills
does a sentence mention (:meth:`SkillTaxonomy.mentions`).

Look-up compares *keys*: the label without case, accents, spaces and punctuation except
``+`` and ``#`` (so ``C++``, ``C#`` and ``C`` stay apart), with ``&`` read as ``and``
(:func:`label_key`).  Each taxonomy adds its own tolerance: skills a trailing version and a
plural ``s``, organizations legal suffixes and a leading "The", venues whole citation
strings, degrees a trailing field of study (:meth:`DegreeTaxonomy.split`).

Parsing Turtle with rdflib takes one to two seconds for all four files, too slow for a
CLI, so the parsed concepts are cached as JSON (:mod:`talentgraph.ontology.cache`).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, fields
from functools import cache, cached_property
from itertools import accumulate

from talentgraph.ontology.cache import parsed
from talentgraph.ontology.legal_forms import KEY_SUFFIXES, TRAILING_FORMS

__all__ = [
    "Concept",
    "DegreeTaxonomy",
    "OrganizationTaxonomy",
    "SkillTaxonomy",
    "Taxonomy",
    "VenueTaxonomy",
    "degrees",
    "label_key",
    "organizations",
    "read_concepts",
    "skills",
    "venues",
]

log = logging.getLogger(__name__)

TG = "https://w3id.org/talentgraph#"
_KIND_PROPERTIES = ("orgKind", "venueKind", "degreeLevel")


@dataclass(frozen=True)
class Concept:
    """One concept of a taxonomy.

    ``kind`` is the organization kind, venue kind or degree level (None for skills).
    ``hidden_in_text`` and ``exact_case_in_text`` are labels that mention detection in
    prose skips or matches only with exact case (see the header of ``skills.ttl``).
    ``translations`` are the alternative labels tagged with a language other than English
    (``"Maschinelles Lernen"@de``): a record names such a skill by the English label.
    """

    id: str
    iri: str
    pref_label: str
    alt_labels: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    kind: str | None = None
    hidden_in_text: tuple[str, ...] = ()
    exact_case_in_text: tuple[str, ...] = ()
    translations: tuple[str, ...] = ()

    @property
    def labels(self) -> tuple[str, ...]:
        """The preferred label followed by the alternative labels."""
        return (self.pref_label, *self.alt_labels)


# ---------------------------------------------------------------- keys

_TOKEN = re.compile(r"(?:[^\W_]|[+#])+")


def _tokens(label: str) -> list[str]:
    text = label
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ").replace("'", "").replace("\u2019", "")
    return _TOKEN.findall(text)


def label_key(label: str) -> str:
    """The comparison key of a label: ``"Node.js"``, ``"NodeJS"`` and ``"node js"`` all give
    ``"nodejs"``; ``"C++"`` gives ``"c++"`` and ``"R&D"`` gives ``"randd"``."""
    return "".join(_tokens(label))


def _tidy(label: str) -> str:
    return " ".join(label.split()).strip(" ,;:|")


# ---------------------------------------------------------------- the generic taxonomy


class Taxonomy:
    """Concepts of one scheme, indexed by the keys of all their labels.

    Two concepts claiming the same key is a data error: the first keeps it, the clash is
    logged and listed in :attr:`collisions` (the tests require it to be empty).
    """

    def __init__(self, name: str, concepts: Iterable[Concept]) -> None:
        self.name = name
        self._concepts = {c.id: c for c in concepts}
        self.collisions: list[tuple[str, str, str]] = []
        self._index: dict[str, str] = {}
        self._memo: dict[str, str | None] = {}
        narrower: dict[str, list[str]] = {}
        for concept in self._concepts.values():
            for label in concept.labels:
                self._claim(self._key(label), concept.id)
            for parent in concept.broader:
                narrower.setdefault(parent, []).append(concept.id)
        self._narrower = {k: tuple(v) for k, v in narrower.items()}

    def _claim(self, key: str, concept_id: str) -> None:
        if not key:
            return
        owner = self._index.setdefault(key, concept_id)
        if owner != concept_id:
            self.collisions.append((key, owner, concept_id))
            log.warning("%s taxonomy: %r names both %s and %s", self.name, key, owner,
                        concept_id)

    def _key(self, label: str) -> str:
        return label_key(label)

    def _resolve(self, label: str) -> str | None:
        return self._index.get(self._key(label))

    def lookup(self, label: str) -> Concept | None:
        """The concept a label names, or None (memoised: a batch asks for the same few
        thousand labels over and over)."""
        try:
            concept_id = self._memo[label]
        except KeyError:
            if len(self._memo) > 200_000:
                self._memo.clear()
            concept_id = self._memo[label] = self._resolve(label)
        return None if concept_id is None else self._concepts[concept_id]

    def canonical(self, label: str) -> str:
        """The preferred label of the concept ``label`` names, else the label tidied."""
        concept = self.lookup(label)
        if concept is not None:
            return concept.pref_label
        return self._tidy_unknown(label) or " ".join(label.split())

    def _tidy_unknown(self, label: str) -> str:
        return _tidy(label)

    def get(self, concept_id: str) -> Concept:
        """The concept with this id (``KeyError`` when there is none)."""
        return self._concepts[concept_id]

    def broader_closure(self, concept_id: str) -> list[str]:
        """Every ancestor of the concept, nearest first (breadth-first, cycle-safe)."""
        return self._closure(concept_id, lambda c: self._concepts[c].broader
                             if c in self._concepts else ())

    def narrower_closure(self, concept_id: str) -> list[str]:
        """Every descendant of the concept, nearest first (breadth-first, cycle-safe)."""
        return self._closure(concept_id, lambda c: self._narrower.get(c, ()))

    @staticmethod
    def _closure(start: str, step: Callable[[str], Iterable[str]]) -> list[str]:
        seen, out, frontier = {start}, [], [start]
        while frontier:
            nxt = []
            for node in frontier:
                for other in step(node):
                    if other not in seen:
                        seen.add(other)
                        out.append(other)
                        nxt.append(other)
            frontier = nxt
        return out

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._concepts

    def __iter__(self) -> Iterator[Concept]:
        return iter(self._concepts.values())

    def __len__(self) -> int:
        return len(self._concepts)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}: {len(self)} concepts>"


# ---------------------------------------------------------------- skills

_VERSION_TAIL = re.compile(r"[\s\-_]*v?\d+(?:\.\d+)*(?:\.x|\+)?$", re.IGNORECASE)
# Text and labels are compared as sequences of pieces: runs of word characters, or single
# other characters.  Spaces, hyphens and dashes only separate pieces, so "fine-tuning"
# matches the label "Fine Tuning" and "GNN-Transformer" mentions both GNN and Transformer.
_PIECE = re.compile(r"\w+|[^\w\s\-\u2010-\u2015]")
_PIECES = re.compile(r"(\w+|[^\w\s\-\u2010-\u2015])")
# A mention inside a URL or an e-mail address ("github.com/...", "me@pytorch.org") is none.
_URLISH = re.compile(r"://|www\.|@|\.(?:com|org|net|io|edu|ai|dev|gov|co|me|app)\b")


def _is_acronym(label: str) -> bool:
    letters = [ch for ch in label if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _lower(text: str) -> str:
    """``text.lower()`` keeping every character's offset (a few characters, such as "İ",
    lower-case to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


@dataclass(frozen=True)
class _Spotter:
    """The labels mention detection may spot, as piece sequences: case-insensitive ones by
    their lower-cased pieces, exact-case ones by their lower-cased then their written pieces;
    and the lengths (in pieces) of the labels starting with each lower-cased piece, longest
    first."""

    folded: dict[tuple[str, ...], str]
    exact: dict[tuple[str, ...], dict[tuple[str, ...], str]]
    lengths: dict[str, tuple[int, ...]]


class SkillTaxonomy(Taxonomy):
    """The skills taxonomy, with version- and plural-tolerant look-up and mention spotting."""

    def _resolve(self, label: str) -> str | None:
        keys = [self._key(label)]
        unversioned = _VERSION_TAIL.sub("", label.strip())
        if unversioned != label.strip() and re.search(r"[^\W\d_]", unversioned):
            keys.append(self._key(unversioned))
        for key in list(keys):
            if len(key) >= 4:
                keys.append(key[:-1] if key.endswith("s") else key + "s")
        return next((self._index[k] for k in keys if k in self._index), None)

    def _spotter(self, listed: bool) -> _Spotter:
        folded: dict[tuple[str, ...], str] = {}
        exact: dict[tuple[str, ...], dict[tuple[str, ...], str]] = {}
        lengths: dict[str, set[int]] = {}
        for concept in self:
            for label in concept.labels:
                written = tuple(_PIECE.findall(label))
                lowered = tuple(_PIECE.findall(_lower(label)))
                if not written or len(written) != len(lowered):
                    continue
                if label in concept.hidden_in_text:
                    if not listed:
                        continue
                    exact.setdefault(lowered, {})[written] = concept.id
                elif label in concept.exact_case_in_text or _is_acronym(label):
                    exact.setdefault(lowered, {})[written] = concept.id
                else:
                    folded[lowered] = concept.id
                lengths.setdefault(lowered[0], set()).add(len(lowered))
        return _Spotter(folded, exact,
                        {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()})

    @cached_property
    def _prose_spotter(self) -> _Spotter:
        return self._spotter(listed=False)

    @cached_property
    def _listed_spotter(self) -> _Spotter:
        return self._spotter(listed=True)

    def mentions(self, text: str, *, listed: bool = False) -> list[tuple[Concept, int, int]]:
        """Skills named in ``text`` with their character spans, in text order.

        Matches whole words only (``Java`` is not found in ``JavaScript``; ``C++``, ``C#``,
        ``.NET`` and ``Node.js`` work), prefers the longest label at a position
        (``Apache Spark`` over ``Spark``), ignores URLs and e-mail addresses, and skips
        labels that are everyday words in prose (``Go``, ``R``, ``Spring``).  With
        ``listed=True`` (``text`` is a skills list such as "Languages: Go, C, R") those are
        matched too, with exact case.
        """
        spot = self._listed_spotter if listed else self._prose_spotter
        parts = _PIECES.split(_lower(text))  # separator, piece, separator, ..., separator
        pieces = parts[1::2]
        lengths = spot.lengths
        # Most pieces start no label: find the few that may before any per-piece work.
        candidates = [i for i, piece in enumerate(pieces) if piece in lengths]
        if not candidates:
            return []
        starts = list(accumulate(map(len, parts)))[0::2]
        urls: list[tuple[int, int]] | None = None  # found when first needed
        found: list[tuple[Concept, int, int]] = []
        free = 0  # pieces before this one belong to a mention already found
        count = len(pieces)
        for i in candidates:
            if i < free:
                continue
            for length in lengths[pieces[i]]:
                last = i + length - 1
                if last >= count:
                    continue
                key = tuple(pieces[i:last + 1])
                concept_id = spot.folded.get(key)
                if concept_id is None and key in spot.exact:
                    written = tuple(text[starts[k]:starts[k] + len(pieces[k])]
                                    for k in range(i, last + 1))
                    concept_id = spot.exact[key].get(written)
                if concept_id is None:
                    continue
                start, end = starts[i], starts[last] + len(pieces[last])
                if self._bounded(text, start, end):
                    if urls is None:
                        urls = self._url_spans(text)
                    if not any(lo <= start < hi for lo, hi in urls):
                        found.append((self._concepts[concept_id], start, end))
                    free = last + 1
                    break
        return found

    @cache  # noqa: B019 -- one per concept of a taxonomy built once per process
    def label_pattern(self, concept_id: str) -> re.Pattern[str]:
        """Whether a text names one given skill: any of its labels as whole words, spaces
        and hyphens alike, with the case rules of :meth:`mentions` in its listed mode
        (acronyms and ``hiddenInText``/``exactCaseInText`` labels with their case).

        Unlike :meth:`mentions` no longer label competes for the words: "an LLM
        fine-tuning pipeline" names Large Language Models although the longest label
        there is "LLM Fine-Tuning" (Fine-Tuning).  Used to ask "does this role use the
        skill" of the skills a person lists."""
        concept = self._concepts[concept_id]
        alternatives = []
        for label in sorted(concept.labels, key=len, reverse=True):
            pieces = _PIECE.findall(label)
            if not pieces:
                continue
            body = r"[\s\-\u2010-\u2015]*".join(re.escape(p) for p in pieces)
            exact = (label in concept.exact_case_in_text or label in concept.hidden_in_text
                     or _is_acronym(label))
            alternatives.append(f"(?-i:{body})" if exact else body)
        return re.compile(rf"(?<![\w+#])(?<!\w\.)(?:{'|'.join(alternatives)})(?![\w+#])",
                          re.IGNORECASE)

    @staticmethod
    def _url_spans(text: str) -> list[tuple[int, int]]:
        """The whitespace-delimited chunks of ``text`` that hold a URL or e-mail address."""
        spans = []
        for match in _URLISH.finditer(text):
            lo, hi = match.start(), match.end()
            if text[lo] == "." and not (lo and (text[lo - 1].islower() or text[lo - 1].isdigit())):
                continue  # ".NET" or "ASP.NET", not a domain name
            while lo and not text[lo - 1].isspace():
                lo -= 1
            while hi < len(text) and not text[hi].isspace():
                hi += 1
            spans.append((lo, hi))
        return spans

    @staticmethod
    def _bounded(text: str, start: int, end: int) -> bool:
        """Not glued to a word or a dotted identifier before, nor to a word, ``+`` or ``#``
        after ("ASP.NET" is not ".NET", "torch.nn" is not "nn", "C++" is not "C")."""
        before = text[start - 1] if start else " "
        if before.isalnum() or (before == "." and start >= 2 and text[start - 2].isalnum()):
            return False
        after = text[end] if end < len(text) else " "
        return not (after.isalnum() or after in "+#")


# ---------------------------------------------------------------- organizations

# Legal suffixes grouped by length, longest first: a set look-up per length instead of
# a comparison per suffix (two suffixes of one length cannot both end the same tokens).
_LEGAL_SUFFIXES_BY_SIZE = tuple(
    (size, frozenset(s for s in KEY_SUFFIXES if len(s) == size))
    for size in sorted({len(s) for s in KEY_SUFFIXES}, reverse=True))
_ORG_WORDS = {"univ": "university", "labs": "lab", "laboratory": "lab", "laboratories": "lab",
              "intl": "international", "natl": "national", "inst": "institute"}


class OrganizationTaxonomy(Taxonomy):
    """Organizations; keys ignore a leading "The", legal suffixes and Lab/Laboratory."""

    def _key(self, label: str) -> str:
        tokens = [_ORG_WORDS.get(t, t) for t in _tokens(label)]
        if len(tokens) > 1 and tokens[0] == "the":
            tokens = tokens[1:]
        stripped = True
        while stripped:  # the longest legal suffix first, again until none is left
            stripped = False
            for size, suffixes in _LEGAL_SUFFIXES_BY_SIZE:
                if len(tokens) > size and tuple(tokens[-size:]) in suffixes:
                    tokens = tokens[:-size]
                    stripped = True
                    break
        return "".join(tokens)

    def _tidy_unknown(self, label: str) -> str:
        name = _tidy(label)
        name = TRAILING_FORMS.sub("", name).strip(" ,") or name
        return re.sub(r"^the\s+(?=\S)", "", name, flags=re.IGNORECASE)


# ---------------------------------------------------------------- venues

_VENUE_ABBREVIATIONS = {"intl": "international", "int": "international", "symp": "symposium",
                        "conf": "conference", "proc": "proceedings", "trans": "transactions",
                        "syst": "systems", "distrib": "distributed"}
_VENUE_NOISE = {"proceedings", "the", "acm", "ieee", "usenix", "ifip", "siam", "cvf", "rsj",
                "sigda", "sigplan", "sigops", "sigsac", "sigsoft", "sigact", "international",
                "annual", "in"}
_NOISE_TOKEN = re.compile(r"^(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|\d\d)$")
_CITATION_HEAD = re.compile(
    r"^(?:in\s*:|in\s+(?=\S)|to appear in\s*:?|appeared in\s*:?|published in\s*:?)\s*",
    re.IGNORECASE)
_CITATION_TAIL = re.compile(  # a year, volume and pages, a DOI or URL at the end
    r"(?:[\s,.;:]*\(?(?:(?:19|20)\d\d|['’]\d\d)\)?"
    r"|[\s,]+(?:vol\.?|volume|no\.|pp\.?|pages)\s*\d.*"
    r"|[\s,.;]+(?:doi\s*:|arxiv\s*:|abs/|https?://)\S*)[\s,.;:]*$",
    re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*\([^()]*\)")


class VenueTaxonomy(Taxonomy):
    """Venues; look-up also reads citation strings ("In: Proceedings of ... (ASPLOS), 2025").

    Besides the exact key index there is a *core* key index: the key without
    "Proceedings of the", ordinals, years, publisher words (ACM, IEEE, USENIX, ...),
    "International" and "Annual".  A core key two venues share is dropped, and an exact
    key always wins over a core key.
    """

    def __init__(self, name: str, concepts: Iterable[Concept]) -> None:
        super().__init__(name, concepts)
        core: dict[str, set[str]] = {}
        for concept in self:
            for label in concept.labels:
                key = self._core_key(label)
                if key and key not in self._index:
                    core.setdefault(key, set()).add(concept.id)
        self._core = {k: next(iter(v)) for k, v in core.items() if len(v) == 1}

    @staticmethod
    def _core_key(label: str) -> str:
        tokens = [_VENUE_ABBREVIATIONS.get(t, t) for t in _tokens(label)]
        if tokens[:2] == ["proceedings", "of"]:
            tokens = tokens[2:]
        return "".join(t for t in tokens if t not in _VENUE_NOISE and not _NOISE_TOKEN.match(t))

    @staticmethod
    def _strip_citation(label: str) -> str:
        text = _CITATION_HEAD.sub("", _tidy(label))
        previous = None
        while previous != text:
            previous, text = text, _CITATION_TAIL.sub("", text)
        return text.strip(" ,;:")

    def _candidates(self, label: str) -> list[str]:
        text = self._strip_citation(label)
        out = [text, _PARENTHESES.sub("", text)]
        inner = reversed(re.findall(r"\(([^()]+)\)", text))  # "(ASPLOS)", last first
        out += [self._strip_citation(acronym) for acronym in inner]
        if ":" in text:  # "KDD '24: Proceedings of ...", "arXiv:2301.00001"
            out.append(self._strip_citation(text.split(":", 1)[0]))
        return out

    def _resolve(self, label: str) -> str | None:
        for candidate in self._candidates(label):
            key, core = self._key(candidate), self._core_key(candidate)
            hit = self._index.get(key) or self._index.get(core) or self._core.get(core)
            if hit:
                return hit
        return None

    def _tidy_unknown(self, label: str) -> str:
        return self._strip_citation(label)


# ---------------------------------------------------------------- degrees

_WORD_RUN = re.compile(r"[^\s,;:|/]+")
_MAX_DEGREE_WORDS = 6
_FIELD_HEAD = re.compile(r"^[\s,.:;|/\-–—]*(?:\([A-Za-z.\s]{1,8}\))?[\s,.:;|/()\-–—]*"
                         r"(?:(?:degree\s+)?(?:in|of|on)\b)?[\s,.:;]*",
                         re.IGNORECASE)


class DegreeTaxonomy(Taxonomy):
    """Degrees; :meth:`split` separates "Ph.D. in Computer Science" into degree and field."""

    @cached_property
    def _by_key(self) -> dict[str, str]:
        by_key: dict[str, str] = {}
        for concept in self:
            for label in concept.labels:
                by_key.setdefault(self._key(label), concept.id)
        return by_key

    def split(self, text: str) -> tuple[Concept | None, str]:
        """The degree a text starts with and the rest (the field), e.g. ``"MS. Computer
        Engineering"`` -> (MS, ``"Computer Engineering"``); (None, text) when it starts with
        no known degree.

        The longest run of leading words whose key is a degree label wins; keys ignore
        dots and spaces, so "Ph. D." and "M.Sc" need no pattern of their own (a regex over
        every label took seconds to compile)."""
        by_key = self._by_key
        spans = [m.span() for m in _WORD_RUN.finditer(text)][:_MAX_DEGREE_WORDS]
        for count in range(len(spans), 0, -1):
            end = spans[count - 1][1]
            candidate = text[spans[0][0]:end].rstrip(".,;:()-–—")
            concept_id = by_key.get(self._key(candidate)) if candidate else None
            if concept_id is not None:
                rest = text[end:]
                return (self._concepts[concept_id],
                        _tidy(_FIELD_HEAD.sub("", rest)).strip(" .,;:()-"))
        return None, _tidy(text)

    def level(self, text: str) -> str | None:
        """The degree level of a degree as written, with or without a field after it."""
        concept = self.lookup(text) or self.split(text)[0]
        return None if concept is None else concept.kind


# ---------------------------------------------------------------- loading

_CACHE_FORMAT = "1:" + ",".join(f.name for f in fields(Concept))


def _parse_turtle(data: bytes) -> list[Concept]:
    from rdflib import RDF, Graph, URIRef
    from rdflib.namespace import SKOS

    graph = Graph()
    graph.parse(data=data, format="turtle")

    def local(iri: object) -> str:
        return str(iri).rstrip("/").rsplit("/", 1)[-1]

    def texts(subject: object, predicate: URIRef) -> tuple[str, ...]:
        return tuple(sorted(str(o) for o in graph.objects(subject, predicate)))

    concepts = []
    for subject in sorted(graph.subjects(RDF.type, SKOS.Concept)):
        prefs = texts(subject, SKOS.prefLabel)
        if len(prefs) != 1:
            raise ValueError(f"{subject} has {len(prefs)} skos:prefLabel values, not 1")
        kinds = [k for p in _KIND_PROPERTIES for k in texts(subject, URIRef(TG + p))]
        concepts.append(Concept(
            id=local(subject),
            iri=str(subject),
            pref_label=prefs[0],
            alt_labels=texts(subject, SKOS.altLabel),
            broader=tuple(sorted(local(b) for b in graph.objects(subject, SKOS.broader))),
            kind=kinds[0] if kinds else None,
            hidden_in_text=texts(subject, URIRef(TG + "hiddenInText")),
            exact_case_in_text=texts(subject, URIRef(TG + "exactCaseInText")),
            translations=tuple(sorted(
                str(o) for o in graph.objects(subject, SKOS.altLabel)
                if getattr(o, "language", None) and not o.language.lower().startswith("en"))),
        ))
    return concepts


def _from_json(rows: list[dict]) -> list[Concept]:
    return [Concept(**{k: tuple(v) if isinstance(v, list) else v for k, v in row.items()})
            for row in rows]


def read_concepts(filename: str, *, use_cache: bool = True) -> list[Concept]:
    """The concepts of ``ontology/<filename>``, from the JSON cache when it is current."""
    return parsed(filename, _CACHE_FORMAT, _parse_turtle,
                  lambda concepts: [asdict(c) for c in concepts], _from_json,
                  use_cache=use_cache)


@cache
def skills() -> SkillTaxonomy:
    """The skills taxonomy (``skills.ttl``), loaded once per process."""
    return SkillTaxonomy("skills", read_concepts("skills.ttl"))


@cache
def organizations() -> OrganizationTaxonomy:
    """The organizations taxonomy (``organizations.ttl``), loaded once per process."""
    return OrganizationTaxonomy("organizations", read_concepts("organizations.ttl"))


@cache
def venues() -> VenueTaxonomy:
    """The venues taxonomy (``venues.ttl``), loaded once per process."""
    return VenueTaxonomy("venues", read_concepts("venues.ttl"))


@cache
def degrees() -> DegreeTaxonomy:
    """The degrees taxonomy (``degrees.ttl``), loaded once per process."""
    return DegreeTaxonomy("degrees", read_concepts("degrees.ttl"))

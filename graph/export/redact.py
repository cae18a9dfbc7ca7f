"""Pseudonymise what identifies a person or a file before a graph leaves the machine
(``export --redact``).

What is replaced, everywhere it occurs (properties, list items, node and edge ids):

* e-mail addresses (any, found by pattern) and the values of the contact fields: a
  person's ``phones`` (also when written in another format elsewhere), and street-level
  locations (a person's or a role's ``location``, a Location's name, city or region: a
  location with a digit or a street word; such a Location node also gets a new id);
* URLs: every ``url``/``urls`` value, and any URL in free text, keeps only its host
  (``https://github.com/url-3f2a9c1e0b7d``: "has a GitHub", not which);
* résumé file names (a phone number or a name in a file name must not survive): every
  source, the Resume node's ``path`` and ``name``, and any mention of them;
* the résumé's ``sha256`` is dropped: it identifies a known file;
* free-text fields (:data:`FREE_TEXT`: a headline, a project description, how a name was
  inferred) are also scrubbed of any URL and any phone-like run of 9 to 15 digits;
* ids that hash personal data (a person's id hashes their e-mail; an award's, project's
  and every relationship's id hash a person's id) are re-keyed, since an unsalted hash
  lets anyone test a guessed address.

A pseudonym is a salted HMAC-SHA256 of the normalised value, so one person keeps one
pseudonym across nodes and runs (``email-3f2a9c1e0b7d@redacted.invalid``, ``phone-…``,
``address-…``, ``source-….pdf``).  The salt is the caller's (the CLI reads
``TALENTGRAPH_REDACT_SALT``) when given;
otherwise a per-graph default, the SHA-256 of the graph's sorted source file names:
stable for one corpus, different between corpora, but not secret — anyone holding the
export and guessing the file names can test a guessed address against it.  Set the
variable to a secret when the pseudonyms must not be reversible by guessing.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from talentgraph.graph.model import TalentGraph, new_graph
from talentgraph.ontology.schema import Label, Rel

__all__ = ["FREE_TEXT", "default_salt", "is_street_level", "redact"]

REDACTED_DOMAIN = "redacted.invalid"
#: Properties holding prose from the résumé: anything may be written in them.
FREE_TEXT = frozenset({"headline", "description", "name_evidence"})
_URL_FIELDS = frozenset({"url", "urls"})
#: Sources that are not résumé files (the skills taxonomy): nothing to hide.
_PUBLIC_SOURCE = re.compile(r"^ontology:")
#: Labels whose ids are built from personal data (hashes of a person's id or e-mail).
_REKEYED = frozenset({Label.Person, Label.Resume, Label.Award, Label.Project})
#: File extensions kept on a source's pseudonym (they say which reader, not who).
_EXTENSIONS = frozenset({".txt", ".text", ".md", ".markdown", ".pdf", ".docx", ".json",
                         ".tex"})

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d(?:[\s().-]{0,3}\d){8,14}(?!\w)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]{}|]+"
                  r"|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>\"'()\[\]{}|]*", re.IGNORECASE)
#: What this module writes: redacting a redacted graph again changes none of them.
_PSEUDONYM = re.compile(r"(?:email-[0-9a-f]{12}@redacted\.invalid|phone-[0-9a-f]{12}"
                        r"|address-[0-9a-f]{12}|source-[0-9a-f]{12}(?:\.[a-z]+)?"
                        r"|https://[^/\s]+/url-[0-9a-f]{12})")
_STREET = re.compile(r"\d|\b(?:street|avenue|ave|road|boulevard|blvd|lane|suite|apt|"
                     r"apartment|highway|p\.?\s?o\.?\s?box)\b", re.IGNORECASE)
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
_LOCATION_FIELDS: dict[str, tuple[str, ...]] = {
    Label.Person: ("location",),
    Label.Location: ("name", "city", "region"),
    Rel.WORKED_AT: ("location",),
    Rel.STUDIED_AT: ("location",),
}


def is_street_level(location: str) -> bool:
    """True when a location names more than a city: it has a number or a street word."""
    return bool(_STREET.search(location))


def default_salt(graph: TalentGraph) -> str:
    """The salt used when none is given: a hash of the sorted sources."""
    return hashlib.sha256("\n".join(sorted(_sources(graph))).encode("utf-8")).hexdigest()


def _sources(graph: TalentGraph) -> set[str]:
    return ({s for _, d in graph.nodes(data=True) for s in d.get("sources", ())}
            | {s for *_, d in graph.edges(data=True) for s in d.get("sources", ())})


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


class _Pseudonyms:
    """Maps sensitive strings to pseudonyms and scrubs them out of any text."""

    def __init__(self, salt: str) -> None:
        self.salt = salt.encode("utf-8")
        self.known: dict[str, str] = {}
        self.phones: dict[str, str] = {}  # digits -> pseudonym, for other spellings
        self.sources: dict[str, str] = {}

    def digest(self, kind: str, normalised: str) -> str:
        message = f"{kind}\0{normalised}".encode()
        return hmac.new(self.salt, message, hashlib.sha256).hexdigest()[:12]

    def email(self, value: str) -> str:
        if value.lower().endswith("@" + REDACTED_DOMAIN):
            return value
        return f"email-{self.digest('email', value.strip().lower())}@{REDACTED_DOMAIN}"

    def phone(self, value: str) -> str:
        digits = _digits(value)
        return self.phones.get(digits) or f"phone-{self.digest('phone', digits)}"

    def add_phone(self, value: str) -> None:
        if _PSEUDONYM.fullmatch(value):
            return
        digits = _digits(value)
        self.known[value] = self.phones[digits] = f"phone-{self.digest('phone', digits)}"

    def url(self, value: str) -> str:
        """``value`` with only its host kept (and a pseudonym for the rest)."""
        if _PSEUDONYM.fullmatch(value):
            return value
        bare = _URL_PREFIX.sub("", value.strip()).rstrip("/")
        try:
            host = urlsplit(value if "//" in value else f"//{value}").hostname
        except ValueError:
            host = None
        return f"https://{host or REDACTED_DOMAIN}/url-{self.digest('url', bare.lower())}"

    def add_url(self, value: str) -> None:
        self.known[value] = pseudonym = self.url(value)
        bare = _URL_PREFIX.sub("", value.strip()).rstrip("/")
        if bare:
            self.known[bare] = pseudonym

    def add_address(self, value: str) -> str:
        if _PSEUDONYM.fullmatch(value):
            return value
        self.known[value] = pseudonym = f"address-{self.digest('address', _norm(value))}"
        return pseudonym

    def source(self, name: str) -> str:
        """The pseudonym of a résumé file name (its extension kept)."""
        if _PUBLIC_SOURCE.match(name) or _PSEUDONYM.fullmatch(name):
            return name
        if name not in self.sources:
            suffix = PurePosixPath(name).suffix.lower()
            self.sources[name] = (f"source-{self.digest('source', name)}"
                                  f"{suffix if suffix in _EXTENSIONS else ''}")
        return self.sources[name]

    def add_source(self, name: str) -> None:
        pseudonym = self.source(name)
        if pseudonym != name:
            self.known[name] = pseudonym
            self.known.setdefault(PurePosixPath(name).name, pseudonym)

    def scrubber(self) -> Callable[[str, bool], str]:
        """A function replacing every known value, e-mail address and spelling of a known
        phone number in a string; with ``free=True`` also every URL and phone-like run."""
        known = sorted((k for k in self.known if k.strip()), key=len, reverse=True)
        alternatives = [*(re.escape(k) for k in known), _EMAIL.pattern]
        strict = re.compile("|".join(f"(?:{a})" for a in [*alternatives, _PHONE.pattern]),
                            re.IGNORECASE)
        free = re.compile("|".join(f"(?:{a})" for a in [*alternatives, _URL.pattern,
                                                           _PHONE.pattern]), re.IGNORECASE)
        known_lower = {k.lower(): v for k, v in self.known.items()}

        def replace(match: re.Match[str], anywhere: bool) -> str:
            text = match.group()
            if text in self.known or text.lower() in known_lower:
                return self.known.get(text) or known_lower[text.lower()]
            if _EMAIL.fullmatch(text):
                return self.email(text)
            if _PHONE.fullmatch(text):
                return self.phone(text) if anywhere or _digits(text) in self.phones else text
            url = text.rstrip(".,;:!?")  # sentence punctuation after a URL in prose
            return self.url(url) + text[len(url):]

        def scrub(text: str, anywhere: bool) -> str:
            pattern = free if anywhere else strict
            return pattern.sub(lambda m: replace(m, anywhere), text)

        return scrub


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        yield from (item for item in value if isinstance(item, str))


def _collect(graph: TalentGraph, names: _Pseudonyms) -> dict[str, str]:
    """Register every contact value and source; return new ids for the nodes whose id
    must change (street-level Locations, ids built from personal data)."""
    renamed: dict[str, str] = {}
    for source in _sources(graph):
        names.add_source(source)
    owners = [(data["label"], data, node_id) for node_id, data in graph.nodes(data=True)]
    owners += [(data["type"], data, None) for *_, data in graph.edges(data=True)]
    for owner, data, node_id in owners:
        if owner == Label.Person:
            for phone in data.get("phones", ()):
                names.add_phone(phone)
            for url in data.get("urls", ()):
                names.add_url(url)
        if owner in _REKEYED:
            renamed[node_id] = _rekey(node_id, names)
        for key in _LOCATION_FIELDS.get(owner, ()):
            for text in _strings(data.get(key)):
                if is_street_level(text):
                    pseudonym = names.add_address(text)
                    if owner == Label.Location:
                        renamed.setdefault(node_id, f"location:{pseudonym}")
    return renamed


def _rekey(identifier: str, names: _Pseudonyms) -> str:
    prefix = identifier.split(":", 1)[0] if ":" in identifier else "id"
    return f"{prefix}:{names.digest('id', identifier)}"


def _clean(key: str, value: Any, owner: str, names: _Pseudonyms,
           scrub: Callable[[str, bool], str]) -> Any:
    """One property's redacted value (None to drop it)."""
    if key == "sources":
        return [names.source(s) for s in value]
    if owner == Label.Resume and key in ("path", "name"):
        return names.source(value) if key == "path" else None
    if key in _URL_FIELDS:
        return [names.url(v) for v in value] if isinstance(value, list) else names.url(value)
    anywhere = key in FREE_TEXT
    if isinstance(value, str):
        return scrub(value, anywhere)
    if isinstance(value, list):
        return [scrub(item, anywhere) if isinstance(item, str) else item for item in value]
    return value


def redact(graph: TalentGraph, salt: str | None = None) -> TalentGraph:
    """A copy of ``graph`` with contact details, URLs, file names and personal ids
    replaced by stable pseudonyms, and résumé hashes dropped.

    ``salt`` defaults to :func:`default_salt`.
    """
    names = _Pseudonyms(salt or default_salt(graph))
    renamed = _collect(graph, names)
    scrub = names.scrubber()

    def new_id(node_id: str) -> str:
        return renamed.get(node_id) or scrub(node_id, False)

    copy = new_graph()
    for node_id, data in graph.nodes(data=True):
        owner = data["label"]
        clean = {k: _clean(k, v, owner, names, scrub) for k, v in data.items()
                 if k not in ("label", "id") and not (owner == Label.Resume and k == "sha256")}
        if owner == Label.Resume and "path" in clean:
            clean["name"] = clean["path"]
        clean = {k: v for k, v in clean.items() if v is not None}
        clean["id"] = new_id(node_id)
        copy.add_node(clean["id"], label=owner, **clean)
    for source, target, key, data in graph.edges(keys=True, data=True):
        clean = {k: _clean(k, v, data["type"], names, scrub) for k, v in data.items()
                 if k not in ("type", "id")}
        clean["id"] = _rekey(key, names)
        copy.add_edge(new_id(source), new_id(target), key=clean["id"], type=data["type"],
                      **clean)
    return copy

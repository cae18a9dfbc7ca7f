"""Pseudonymise contact details before a graph leaves the machine (``export --redact``).

What is replaced, everywhere it occurs (properties, list items, node and edge ids, free
text such as ``headline``): e-mail addresses (any, found by pattern), and the values of
the contact fields — a person's ``phones`` and ``urls`` (LinkedIn, GitHub...), and
street-level locations (a person's or a role's ``location``, a Location's name, city or
region) — i.e. a location with a digit (house number, postcode, flat) or a street word.
A Location node with a street-level address also gets a pseudonymous id.  Phone numbers
are matched as written in the contact field; a differently formatted copy in free text is
not found.

A pseudonym is a salted HMAC-SHA256 of the normalised value, so the same person keeps the
same pseudonym across nodes and runs (``email-3f2a9c1e0b7d@redacted.invalid``,
``phone-…``, ``https://redacted.invalid/url-…``, ``address-…``).  The salt is
``TALENTGRAPH_REDACT_SALT`` when set; otherwise a per-graph default, the SHA-256 of the
graph's sorted source file names: stable for one corpus, different between corpora, but
not secret — anyone holding the export can test a guessed address against it.  Set the
variable to a secret when the pseudonyms must not be reversible by guessing.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Callable, Iterable
from typing import Any

from talentgraph.graph.model import TalentGraph, new_graph
from talentgraph.ontology.schema import Label, Rel

__all__ = ["SALT_ENV", "default_salt", "is_street_level", "redact"]

SALT_ENV = "TALENTGRAPH_REDACT_SALT"
REDACTED_DOMAIN = "redacted.invalid"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
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
    """The salt used without ``TALENTGRAPH_REDACT_SALT``: a hash of the sorted sources."""
    sources = sorted({s for _, d in graph.nodes(data=True) for s in d.get("sources", ())}
                     | {s for *_, d in graph.edges(data=True) for s in d.get("sources", ())})
    return hashlib.sha256("\n".join(sources).encode("utf-8")).hexdigest()


class _Pseudonyms:
    """Maps sensitive strings to pseudonyms and scrubs them out of any text."""

    def __init__(self, salt: str) -> None:
        self.salt = salt.encode("utf-8")
        self.known: dict[str, str] = {}

    def digest(self, kind: str, normalised: str) -> str:
        message = f"{kind}\0{normalised}".encode()
        return hmac.new(self.salt, message, hashlib.sha256).hexdigest()[:12]

    def email(self, value: str) -> str:
        if value.lower().endswith("@" + REDACTED_DOMAIN):
            return value
        return f"email-{self.digest('email', value.strip().lower())}@{REDACTED_DOMAIN}"

    def add_phone(self, value: str) -> None:
        digits = re.sub(r"[^\d+]", "", value)
        self.known[value] = f"phone-{self.digest('phone', digits)}"

    def add_url(self, value: str) -> None:
        bare = _URL_PREFIX.sub("", value.strip()).rstrip("/")
        pseudonym = f"https://{REDACTED_DOMAIN}/url-{self.digest('url', bare.lower())}"
        self.known[value] = pseudonym
        if bare:
            self.known[bare] = pseudonym

    def add_address(self, value: str) -> str:
        self.known[value] = pseudonym = f"address-{self.digest('address', _norm(value))}"
        return pseudonym

    def scrubber(self) -> Callable[[str], str]:
        """A function replacing every known value and every e-mail address in a string."""
        known = sorted((k for k in self.known if k.strip()), key=len, reverse=True)
        alternatives = [*(re.escape(k) for k in known), _EMAIL.pattern]
        pattern = re.compile("|".join(alternatives))

        def replace(match: re.Match[str]) -> str:
            text = match.group()
            return self.known.get(text) or self.email(text)

        return lambda text: pattern.sub(replace, text)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        yield from (item for item in value if isinstance(item, str))


def _collect(graph: TalentGraph, names: _Pseudonyms) -> dict[str, str]:
    """Register every contact value; return new ids for Location nodes with an address."""
    renamed: dict[str, str] = {}
    owners = [(data["label"], data, node_id) for node_id, data in graph.nodes(data=True)]
    owners += [(data["type"], data, None) for *_, data in graph.edges(data=True)]
    for owner, data, node_id in owners:
        if owner == Label.Person:
            for phone in data.get("phones", ()):
                names.add_phone(phone)
            for url in data.get("urls", ()):
                names.add_url(url)
        for key in _LOCATION_FIELDS.get(owner, ()):
            for text in _strings(data.get(key)):
                if is_street_level(text):
                    pseudonym = names.add_address(text)
                    if owner == Label.Location:
                        renamed.setdefault(node_id, f"location:{pseudonym}")
    return renamed


def _scrub_value(value: Any, scrub: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, list):
        return [scrub(item) if isinstance(item, str) else item for item in value]
    return value


def redact(graph: TalentGraph, salt: str | None = None) -> TalentGraph:
    """A copy of ``graph`` with contact details replaced by stable pseudonyms.

    ``salt`` defaults to ``$TALENTGRAPH_REDACT_SALT``, then to :func:`default_salt`.
    """
    names = _Pseudonyms(salt or os.environ.get(SALT_ENV) or default_salt(graph))
    renamed = _collect(graph, names)
    scrub = names.scrubber()

    def new_id(node_id: str) -> str:
        return renamed.get(node_id) or scrub(node_id)

    copy = new_graph()
    for node_id, data in graph.nodes(data=True):
        clean = {k: _scrub_value(v, scrub) for k, v in data.items()}
        clean["id"] = new_id(node_id)
        copy.add_node(clean["id"], **clean)
    for source, target, key, data in graph.edges(keys=True, data=True):
        clean = {k: _scrub_value(v, scrub) for k, v in data.items()}
        clean["id"] = scrub(key)
        copy.add_edge(new_id(source), new_id(target), key=clean["id"], **clean)
    return copy

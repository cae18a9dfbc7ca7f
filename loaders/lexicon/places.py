"""Recognise a place (``Ashburn, VA``, ``Hefei, Anhui, China``, ``Remote``) in a fragment.

Header lines mix employer, title, place and dates; telling the place apart needs only the
shape ``City, Region[, Country]`` and the short list of region and country names below —
structure, not a gazetteer.
"""

from __future__ import annotations

import re
from functools import lru_cache

from talentgraph.ontology.legal_forms import TRAILING_FORMS

from ..models import Location
from .taxonomy import org_known
from .words import TITLE_WORDS, has_digit, org_score, school_score, title_score

__all__ = ["known_org_before_place", "parse_location", "split_trailing_location"]

US_STATES = frozenset([
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
    "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
    "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR"
])

# Canadian provinces and territories ("Waterloo, ON"); NL is read as the Netherlands first.
CA_PROVINCES = frozenset(["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC",
                          "SK", "YT"])

COUNTRIES = {
    "usa": "US", "us": "US", "u.s.": "US", "u.s.a.": "US", "united states": "US",
    "united states of america": "US", "america": "US", "canada": "CA", "mexico": "MX",
    "uk": "GB", "u.k.": "GB", "united kingdom": "GB", "england": "GB", "scotland": "GB",
    "ireland": "IE", "germany": "DE", "france": "FR", "spain": "ES", "portugal": "PT",
    "italy": "IT", "netherlands": "NL", "the netherlands": "NL", "belgium": "BE",
    "switzerland": "CH", "austria": "AT", "sweden": "SE", "norway": "NO", "denmark": "DK",
    "finland": "FI", "poland": "PL", "czech republic": "CZ", "czechia": "CZ", "greece": "GR",
    "russia": "RU", "ukraine": "UA", "turkey": "TR", "israel": "IL", "uae": "AE",
    "united arab emirates": "AE", "saudi arabia": "SA", "egypt": "EG", "nigeria": "NG",
    "kenya": "KE", "south africa": "ZA", "india": "IN", "pakistan": "PK", "bangladesh": "BD",
    "china": "CN", "prc": "CN", "p.r. china": "CN", "hong kong": "HK", "taiwan": "TW",
    "japan": "JP", "korea": "KR", "south korea": "KR", "s.korea": "KR", "s. korea": "KR",
    "republic of korea": "KR", "singapore": "SG", "malaysia": "MY",
    "vietnam": "VN", "thailand": "TH", "indonesia": "ID", "philippines": "PH",
    "australia": "AU", "new zealand": "NZ", "brazil": "BR", "argentina": "AR", "chile": "CL",
    "colombia": "CO", "peru": "PE", "ghana": "GH", "ethiopia": "ET", "morocco": "MA",
    "tanzania": "TZ", "uganda": "UG", "rwanda": "RW", "tunisia": "TN", "algeria": "DZ",
    "sri lanka": "LK", "nepal": "NP", "iran": "IR", "iraq": "IQ", "jordan": "JO",
    "lebanon": "LB", "qatar": "QA", "kuwait": "KW", "oman": "OM", "hungary": "HU",
    "romania": "RO", "bulgaria": "BG", "croatia": "HR", "serbia": "RS", "slovakia": "SK",
    "slovenia": "SI", "estonia": "EE", "latvia": "LV", "lithuania": "LT", "iceland": "IS",
    "luxembourg": "LU", "cyprus": "CY", "malta": "MT", "venezuela": "VE", "ecuador": "EC",
    "uruguay": "UY", "bolivia": "BO", "paraguay": "PY", "costa rica": "CR", "cuba": "CU",
    "kazakhstan": "KZ", "uzbekistan": "UZ", "armenia": "AM",
    "azerbaijan": "AZ", "belarus": "BY", "moldova": "MD", "cambodia": "KH", "myanmar": "MM",
    "mongolia": "MN",
}
_COUNTRY_CODES = frozenset(COUNTRIES.values()) - US_STATES | {"CN", "UK", "HK", "SG", "JP", "KR"}
_PLACE_WORD_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|St\.?|de|del|la|le|am|upon|sur|of|on)$")
_REMOTE_RE = re.compile(r"^(?:fully\s+)?(?:remote|hybrid|work from home|wfh)\b", re.I)
_STRAY_RE = re.compile(r"^[a-z]\s+(?=[A-Z])")  # a converter's stray letter: "e Beijing, China"
_AREA_RE = re.compile(r"^(?:greater\s+)?[A-Z][\w ]+?\s+(?:bay\s+)?area$", re.I)


@lru_cache(maxsize=8192)
def _place_name(text: str, max_words: int = 4) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= max_words
        and all(_PLACE_WORD_RE.match(w) for w in words)
        and not has_digit(text)
        and title_score(text) == 0
        and org_score(text) == 0
        and school_score(text) == 0
    )


def _country(part: str) -> str | None:
    key = part.strip(" .").lower()
    if key in COUNTRIES:
        return COUNTRIES[key]
    code = part.strip(" .")
    return code if code in _COUNTRY_CODES else None


_PROVINCE_RE = re.compile(r"\s*\([A-Z]{2,3}\)$")
# a town with its district or postal code in brackets ("Vaulx-en-Velin (69)", "Ajaccio (2A)"),
# one or several joined by a dash ("Drôme (26) - Hautes-Alpes (05)")
_CODE = r"\s*\((?:\d{2,3}|\d{5}|\d[AB])\)"  # four digits would be a year: "Acme (2019)"
_CODED_PLACE_RE = re.compile(rf"(?P<name>[^()]+?){_CODE}")
_CODED_PLACES_RE = re.compile(rf"[^()]+?{_CODE}(?:\s*[-–/]\s*[^()]+?{_CODE})*")


def _coded_place(raw: str) -> Location | None:
    if _CODED_PLACES_RE.fullmatch(raw) is None:
        return None
    names = [m["name"].strip(" -–/") for m in _CODED_PLACE_RE.finditer(raw)]
    if not all(_place_name(name) for name in names):
        return None
    return Location(raw=raw, city=names[0] if len(names) == 1 else None)


@lru_cache(maxsize=8192)
def parse_location(text: str) -> Location | None:
    """A Location when the whole fragment is a place, else None."""
    if ")" in text and (coded := _coded_place(" ".join(text.strip(" ,;|").split()))):
        return coded
    raw = _STRAY_RE.sub("", " ".join(text.strip(" ,;|()").split()))
    if not raw or len(raw) > 60:
        return None
    if _REMOTE_RE.match(raw):
        return Location(raw=raw, remote=True)
    if _AREA_RE.match(raw) and _place_name(raw, 6):
        return Location(raw=raw, city=raw)
    # a province code after the town ("Grugliasco (TO), Italy") is part of the place
    parts = [_PROVINCE_RE.sub("", p).strip() for p in raw.split(",") if p.strip()]
    if len(parts) == 1:
        country = _country(parts[0])
        if country and len(parts[0]) > 2:
            return Location(raw=raw, country=country)
        return None
    if len(parts) > 3 or not _place_name(parts[0]):
        return None
    last = parts[-1].strip(" .")
    country = _country(last)
    if len(parts) == 2:
        if last.upper() in US_STATES and (last.isupper() or len(last) == 2):
            return Location(raw=raw, city=parts[0], region=last.upper(), country="US")
        if country:
            return Location(raw=raw, city=parts[0], country=country)
        if last in CA_PROVINCES:
            return Location(raw=raw, city=parts[0], region=last, country="CA")
        if _place_name(last, 3) and last.lower() in _US_STATE_NAMES:
            return Location(raw=raw, city=parts[0], region=last, country="US")
        return None
    region = parts[1].strip(" .")
    if country and _place_name(region, 3):
        return Location(raw=raw, city=parts[0], region=region, country=country)
    return None


_US_STATE_NAMES = frozenset([
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
    "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
    "virginia", "washington", "wisconsin", "wyoming"
]) | {"new york", "new jersey", "new mexico", "new hampshire", "north carolina",
                "south carolina", "north dakota", "south dakota", "rhode island", "west virginia"}


@lru_cache(maxsize=4096)
def split_trailing_location(text: str) -> tuple[str, Location | None]:
    """Split ``Purdue University, West Lafayette, IN., USA`` into the name and its place.

    When the city may be glued to the name without a comma (``... of China Hefei, Anhui,
    China``), the last word moves to the place only if the organizations taxonomy knows
    the name without it and not with it (``... of Technology Bombay, Mumbai`` stays).
    """
    if (text.rstrip().endswith(")") and (paren := text.rfind("(")) > 0
            and (loc := parse_location(text[paren + 1:text.rstrip().rfind(")")])) is not None):
        return text[:paren].strip(" ,"), loc  # "University of X (Orlando, FL)"
    parts = [p.strip() for p in text.split(",")]
    for k in (3, 2, 1):
        if len(parts) <= k:
            continue
        head = ", ".join(parts[:-k]).strip()
        tail = ", ".join(parts[-k:])
        loc = parse_location(tail)
        if not head or loc is None:
            continue
        words = head.split()
        glued = (
            k == 2 and loc.region is None and loc.country and len(words) >= 3
            and org_score(words[-1]) == 0 and school_score(words[-1]) == 0
            and _place_name(words[-1], 1) and words[-2][:1].isupper()
            and words[-1].lower() not in _JOINERS | TITLE_WORDS
            and org_known(" ".join(words[:-1])) and not org_known(head)
        )
        if glued:
            city = words[-1]
            raw = f"{city}, {tail}"
            fixed = Location(raw=raw, city=city, region=loc.city, country=loc.country)
            return " ".join(words[:-1]), fixed
        return head, loc
    return _seat_after_legal_form(text)


def _seat_after_legal_form(text: str) -> tuple[str, Location | None]:
    """``Contoso GmbH, München``, ``Fabrikam SA, Lyon``: a legal form closes a company's
    name, so a last comma part of one to three capitalised words after it (no title,
    organization or school word) is the company's seat, a town this module has no list
    of."""
    head, comma, tail = text.rpartition(",")
    head, tail = head.strip(), tail.strip()
    if (comma and head and TRAILING_FORMS.search(head) and _place_name(tail, 3)
            and not org_known(tail)):
        return head, Location(raw=tail, city=tail)
    return text.strip(), None


_JOINERS = frozenset({"of", "and", "for", "the", "at", "in"})


def known_org_before_place(text: str) -> tuple[str, Location] | None:
    """``Accenture, Madrid, Spain`` has the shape of City, Region, Country, but opens with
    an organization the taxonomy knows and a place of its own follows: ``(org, place)``.
    A US state in the middle keeps the shape a place (``Berkeley, CA, USA``)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 3 or parts[1].strip(" .").upper() in US_STATES or not org_known(parts[0]):
        return None
    name, place = split_trailing_location(text)
    return (name, place) if place is not None and name == parts[0] else None

"""The words résumés are built from, in every language under ``data/``, read once.

Each ``data/<language>.toml`` lists month names, "present" words, section headings, job-title
and organization words (``data/README.md`` describes the tables).  This module merges all
languages into one :class:`Vocabulary`: a résumé does not announce its language and often
mixes two (German headings over English job titles), so every word of every language is
looked for everywhere.  Matching works on :func:`fold`\\ ed text, so the data lists each word
once, in plain lower case.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

__all__ = [
    "EUROPASS_ROLES", "HEADING_KINDS", "Vocabulary", "alternation", "fold", "label_key",
    "vocabulary",
]

DATA = Path(__file__).with_name("data")

#: Section kinds a heading may name, in the order that breaks ties between two kinds named
#: by phrases of equal length ("Awards and Patents" is awards; "Teaching Experience" is
#: experience, since experience comes before other).
HEADING_KINDS = ("publications", "awards", "patents", "projects", "languages", "skills",
                 "summary", "volunteer", "experience", "education", "contact", "other")


def _fold_table() -> dict[int, str]:
    """Accented Latin and Cyrillic letters to their base letter, one character to one, so
    folding keeps every offset (date spans found in folded text cut the original)."""
    table: dict[int, str] = {ord("’"): "'", ord("‘"): "'", ord("ʼ"): "'"}
    for code in [*range(0xC0, 0x250), *range(0x400, 0x500)]:
        char = chr(code).lower()
        if len(char) != 1:
            continue
        parts = unicodedata.normalize("NFKD", char)
        if len(parts) > 1 and all(unicodedata.combining(p) for p in parts[1:]):
            table[code] = parts[0]
        elif char != chr(code):
            table[code] = char
    table.update({ord("ø"): "o", ord("Ø"): "o", ord("ł"): "l", ord("Ł"): "l", ord("đ"): "d",
                  ord("Đ"): "d"})
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case without accents, the same length as ``text``: ``Expérience`` → ``experience``.

    Same length, so a span found in folded text cuts the original; for comparison keys,
    where punctuation must not count, use :func:`talentgraph.ontology.names.fold_words`."""
    low = text.lower()
    if text.isascii():
        return low
    if len(low) != len(text):  # "İ" lower-cases to two characters: fold one by one
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_FOLD)


#: What a Europass form label may name (``[europass]`` in the data).
EUROPASS_ROLES = ("dates", "position", "employer", "qualification", "school", "subjects",
                  "description", "dropped", "headings")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-"})


def label_key(text: str) -> str:
    """A form label as looked up: folded, dashes plain, spaces single (``Date (da – a)`` →
    ``date (da - a)``)."""
    return " ".join(fold(text).translate(_DASHES).split())


def _is_cjk(word: str) -> bool:
    """Words of scripts written without spaces match inside a run of text."""
    return any(ord(c) >= 0x2E80 for c in word)


def alternation(words: Iterable[str], *, bounded: bool = True) -> str:
    """One regex alternation of folded words, longest first; ``word*`` matches any ending.

    ``bounded`` puts word boundaries around words of spaced scripts (never around Chinese or
    Japanese ones, which have none)."""
    out = []
    for word in sorted({fold(w) for w in words if w}, key=len, reverse=True):
        stem = word.endswith("*")
        body = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+")
        body = rf"\w*{body}" if word.startswith("*") else body
        body = body.replace(r"\*", "") + (r"\w*" if stem else "")
        if bounded and not _is_cjk(word):
            lead = r"\b" if word[:1].isalnum() or word.startswith("*") else ""
            trail = "" if not word.rstrip("*")[-1:].isalnum() else r"\b"
            body = f"{lead}{body}{trail}"
        out.append(body)
    return "|".join(out) or "(?!)"


@dataclass(frozen=True)
class Vocabulary:
    """Every language's words, merged; all of them folded."""

    languages: tuple[str, ...]
    months: Mapping[str, int]
    present: tuple[str, ...]
    since: tuple[str, ...]
    date_links: tuple[str, ...]
    range_words: tuple[str, ...]
    expected: tuple[str, ...]
    durations: tuple[str, ...]
    seasons: Mapping[str, str]
    shapes: tuple[str, ...]
    headings: Mapping[str, tuple[str, ...]]
    filler: tuple[str, ...]
    title_words: frozenset[str]
    weak_title_words: frozenset[str]
    title_heads: frozenset[str]
    title_stems: tuple[str, ...]
    trade_words: frozenset[str]
    org_words: frozenset[str]
    strong_org_words: frozenset[str]
    school_words: tuple[str, ...]
    school_at: tuple[str, ...]
    education_labels: Mapping[str, str]
    skill_kinds: frozenset[str]
    skill_links: frozenset[str]
    skill_leads: tuple[str, ...]
    name_labels: tuple[str, ...]
    given_name_labels: tuple[str, ...]
    family_name_labels: tuple[str, ...]
    document_titles: tuple[str, ...]
    post_nominals: tuple[str, ...]
    europass: Mapping[str, str]
    spoken_names: frozenset[str]
    spoken_levels: tuple[str, ...]
    work_kinds: tuple[str, ...]
    work_at: tuple[str, ...]
    work_at_org: tuple[str, ...]
    work_as: tuple[str, ...]
    work_labels: Mapping[str, str]
    same_employer: frozenset[str]
    unit_words: tuple[str, ...]
    award_words: tuple[str, ...]
    not_jobs: tuple[str, ...]
    venue_words: tuple[str, ...]


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: expected a list of strings")
    return value


@cache
def vocabulary() -> Vocabulary:
    """The merged vocabulary of ``data/*.toml`` (read once per process)."""
    months: dict[str, int] = {}
    lists: dict[str, list[str]] = {k: [] for k in (
        "present", "since", "range", "expected", "shapes", "date_links", "filler", "titles",
        "durations",
        "weak", "heads", "stems",
        "orgs", "strong", "schools", "kinds", "trades", "names", "spoken", "levels", "work",
        "same", "at", "at_org", "as", "units", "awards", "not_jobs", "venues", "doc_titles",
        "links", "leads", "given_name_labels", "family_name_labels", "school_at",
        "post_nominals")}
    seasons: dict[str, str] = {}
    headings: dict[str, list[str]] = {kind: [] for kind in HEADING_KINDS}
    labels: dict[str, str] = {}
    europass: dict[str, str] = {}
    work_labels: dict[str, str] = {}
    languages = []
    for path in sorted(DATA.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        languages.append(path.stem)
        dates = data.get("dates", {})
        spellings = dates.get("months", [])
        if len(spellings) != 12:
            raise ValueError(f"{path.name}: [dates] months needs 12 lists, January first")
        for number, names in enumerate(spellings, start=1):
            for name in _strings(names, f"{path.name} months"):
                months.setdefault(fold(name), number)
        for key in ("present", "since", "range", "expected", "shapes", "durations"):
            lists[key] += _strings(dates.get(key, []), f"{path.name} dates.{key}")
        lists["date_links"] += _strings(dates.get("links", []), f"{path.name} dates.links")
        seasons.update({fold(k): v for k, v in dates.get("seasons", {}).items()})
        for kind, words in data.get("headings", {}).items():
            if kind == "filler":
                lists["filler"] += _strings(words, f"{path.name} headings.filler")
            elif kind in headings:
                headings[kind] += _strings(words, f"{path.name} headings.{kind}")
            else:
                raise ValueError(f"{path.name}: unknown heading kind {kind!r}")
        titles = data.get("titles", {})
        lists["titles"] += _strings(titles.get("words", []), f"{path.name} titles.words")
        lists["weak"] += _strings(titles.get("weak", []), f"{path.name} titles.weak")
        lists["heads"] += _strings(titles.get("heads", []), f"{path.name} titles.heads")
        lists["stems"] += _strings(titles.get("stems", []), f"{path.name} titles.stems")
        lists["trades"] += _strings(titles.get("trades", []), f"{path.name} titles.trades")
        orgs = data.get("organizations", {})
        lists["orgs"] += _strings(orgs.get("words", []), f"{path.name} organizations.words")
        lists["strong"] += _strings(orgs.get("strong", []), f"{path.name} organizations.strong")
        lists["units"] += _strings(orgs.get("units", []), f"{path.name} organizations.units")
        lists["schools"] += _strings(data.get("schools", {}).get("words", []),
                                     f"{path.name} schools.words")
        lists["school_at"] += _strings(data.get("schools", {}).get("at", []),
                                       f"{path.name} schools.at")
        lists["kinds"] += _strings(data.get("skills", {}).get("kinds", []),
                                   f"{path.name} skills.kinds")
        lists["links"] += _strings(data.get("skills", {}).get("links", []),
                                   f"{path.name} skills.links")
        lists["leads"] += _strings(data.get("skills", {}).get("leads", []),
                                   f"{path.name} skills.leads")
        lists["names"] += _strings(data.get("contact", {}).get("name_labels", []),
                                   f"{path.name} contact.name_labels")
        lists["doc_titles"] += _strings(data.get("contact", {}).get("document_titles", []),
                                        f"{path.name} contact.document_titles")
        for key in ("given_name_labels", "family_name_labels", "post_nominals"):
            lists[key] += _strings(data.get("contact", {}).get(key, []),
                                   f"{path.name} contact.{key}")
        lists["work"] += _strings(data.get("work", {}).get("kinds", []),
                                  f"{path.name} work.kinds")
        lists["at"] += _strings(data.get("work", {}).get("at", []), f"{path.name} work.at")
        lists["at_org"] += _strings(data.get("work", {}).get("at_org", []),
                                    f"{path.name} work.at_org")
        lists["as"] += _strings(data.get("work", {}).get("as", []), f"{path.name} work.as")
        lists["same"] += _strings(data.get("work", {}).get("same_employer", []),
                                  f"{path.name} work.same_employer")
        lists["venues"] += _strings(data.get("publications", {}).get("venue_words", []),
                                    f"{path.name} publications.venue_words")
        lists["not_jobs"] += _strings(data.get("work", {}).get("not_jobs", []),
                                      f"{path.name} work.not_jobs")
        for role, words in data.get("work", {}).get("labels", {}).items():
            if role not in ("employer", "title", "dates", "location"):
                raise ValueError(f"{path.name}: unknown work label field {role!r}")
            for word in _strings(words, f"{path.name} work.labels.{role}"):
                work_labels.setdefault(label_key(word), role)
        lists["awards"] += _strings(data.get("awards", {}).get("words", []),
                                    f"{path.name} awards.words")
        spoken = data.get("spoken", {})
        lists["spoken"] += _strings(spoken.get("names", []), f"{path.name} spoken.names")
        lists["levels"] += _strings(spoken.get("levels", []), f"{path.name} spoken.levels")
        for role, words in data.get("europass", {}).items():
            if role not in EUROPASS_ROLES:
                raise ValueError(f"{path.name}: unknown Europass field {role!r}")
            for word in _strings(words, f"{path.name} europass.{role}"):
                europass.setdefault(label_key(word), role)
        for field_name, words in data.get("education", {}).get("labels", {}).items():
            for word in _strings(words, f"{path.name} education.labels.{field_name}"):
                labels.setdefault(fold(word), field_name)

    def folded(key: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(fold(w) for w in lists[key]))

    return Vocabulary(
        languages=tuple(languages),
        months=MappingProxyType(months),
        present=folded("present"), since=folded("since"), range_words=folded("range"),
        date_links=folded("date_links"),
        expected=folded("expected"), durations=folded("durations"),
        seasons=MappingProxyType(seasons),
        shapes=tuple(dict.fromkeys(lists["shapes"])),
        headings=MappingProxyType({k: tuple(dict.fromkeys(fold(w) for w in v))
                                   for k, v in headings.items()}),
        filler=folded("filler"),
        title_words=frozenset(folded("titles")), weak_title_words=frozenset(folded("weak")),
        title_heads=frozenset(folded("heads")),
        title_stems=folded("stems"), trade_words=frozenset(folded("trades")),
        org_words=frozenset(folded("orgs")), strong_org_words=frozenset(folded("strong")),
        school_words=folded("schools"), school_at=folded("school_at"),
        education_labels=MappingProxyType(labels),
        skill_kinds=frozenset(folded("kinds")), skill_links=frozenset(folded("links")),
        skill_leads=folded("leads"),
        name_labels=folded("names"), document_titles=folded("doc_titles"),
        given_name_labels=folded("given_name_labels"),
        family_name_labels=folded("family_name_labels"),
        post_nominals=tuple(dict.fromkeys(lists["post_nominals"])),
        europass=MappingProxyType(europass),
        spoken_names=frozenset(folded("spoken")), spoken_levels=folded("levels"),
        work_kinds=folded("work"), work_at=folded("at"),
        work_at_org=folded("at_org"), work_as=folded("as"),
        work_labels=MappingProxyType(work_labels),
        same_employer=frozenset(folded("same")),
        unit_words=folded("units"), award_words=folded("awards"),
        not_jobs=folded("not_jobs"), venue_words=folded("venues"),
    )

"""How names are compared: the keys of names and titles, and whether two spellings of a
person's name are one person's, each rule in one place.

:func:`fold_words` is the key two spellings of a name or title share, :func:`title_key`
that of a paper's, award's or project's title.

A name is cleaned first (:func:`person_name`: no honorifics or degree suffixes, "Last,
First" turned around), then compared as folded words, the last the surname.  Two
questions are asked of it, one strict and one loose, from the same surname-and-initial
rule:

- :func:`names_compatible`: the surnames are equal and the first given names are equal or one
  is the other's initial (``Hao Wu`` ~ ``H. Wu``, not ``Hao Li`` nor ``Qi Wu``).  Asked
  where the name is the main evidence: which author of a paper is the résumé's owner, one
  mention of a person met again.  The parser asks it of names as written
  (:func:`same_author`), the graph of cleaned names.
- :func:`same_person_names`: the names share a surname and an initial read in either
  order, after transliteration (``Zhou Keren`` ~ ``K. Zhou``, ``Дмитрий Волков`` ~
  ``Dmitriy Volkov``), or one is missing.  Asked where other evidence (a shared e-mail,
  phone or URL) already points at one person, to refuse only names that cannot be
  one person's ("Carol Chen" and "Dmitri Volkov" behind one agency address).

The parser and the graph both ask these questions, so they live beside the taxonomies,
which both may import (and a query that only compares names loads no parser).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "author_key",
    "fold_words",
    "is_initialed",
    "name_key",
    "name_signatures",
    "name_tokens",
    "names_compatible",
    "person_name",
    "same_author",
    "same_person_names",
    "title_key",
]

_HONORIFICS = {"dr", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "dame"}
_SUFFIXES = {"phd", "jr", "sr", "ii", "iii", "iv", "md", "msc", "mba"}
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1 << 16)
def fold_words(text: str) -> str:
    """Lower-case ASCII-folded words with punctuation turned into single spaces
    (``Müller-Lüdenscheidt, Inc.`` → ``muller ludenscheidt inc``): the key two spellings of
    a name or title share; offsets are not kept (the parser's
    :func:`~talentgraph.loaders.lexicon.vocabulary.fold` keeps them)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def title_key(title: str) -> str:
    """What two spellings of one paper's, award's or project's title share (:func:`fold_words`):
    the parser drops a paper listed twice by it, the graph gives a paper its id by it."""
    return fold_words(title)


@lru_cache(maxsize=1 << 16)
def person_name(name: str) -> str:
    """Clean a person's name for display: no honorifics or degree suffixes, "Last, First"
    turned around, single spaces, Title Case when written in capitals."""
    name = re.sub(r"\s+", " ", name.replace("*", " ").replace("†", " ")).strip(" ,.;")
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        if first and last and fold_words(first) not in _SUFFIXES:
            name = f"{first} {last}"
    tokens = [t for t in name.split(" ") if t]
    while tokens and fold_words(tokens[0]) in _HONORIFICS:
        tokens.pop(0)
    while tokens and fold_words(tokens[-1]).replace(" ", "") in _SUFFIXES:
        tokens.pop()
    cleaned = " ".join(tokens).strip(" ,")
    if cleaned.isupper() and len(cleaned) > 3:
        cleaned = cleaned.title()
    return cleaned


@lru_cache(maxsize=1 << 16)
def name_tokens(name: str) -> tuple[str, ...]:
    """Folded name tokens of a cleaned person name (cached: resolution compares the same
    names many times)."""
    return tuple(fold_words(person_name(name)).split())


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key of a person's name."""
    return " ".join(name_tokens(name))


@lru_cache(maxsize=1 << 16)
def names_compatible(a: str, b: str) -> bool:
    """Are the two names one person's by the name alone?  Same surname, and first given
    names equal or one an initial of the other ("K. Zhou" ~ "Keren Zhou", not "Bangda
    Zhou")."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    fa, fb = ta[:-1], tb[:-1]
    if not fa or not fb:
        return False
    if len(fa[0]) == 1 or len(fb[0]) == 1:
        return fa[0][0] == fb[0][0]
    return fa == fb


def author_key(name: str) -> tuple[str, str]:
    """First initial and surname of a name as written in an author list (``("h", "wu")``
    for ``Hao Wu`` and ``H. Wu``)."""
    words = re.findall(r"[^\W\d_]+", name.lower())
    return (words[0][:1], words[-1]) if words else ("", "")


def same_author(a: str, b: str) -> bool:
    """:func:`names_compatible` read on names as written in an author list, uncleaned and
    unfolded: the first word stands for the given names, and a single-word name matches
    itself.  Kept apart because the cleaned reading moves the owner's place in some author
    lists: it matches ``J.Q. Doe`` to ``Jane Quinn Doe``, which this one does not, and no
    longer matches a single-word name to itself."""
    ka, kb = author_key(a), author_key(b)
    if not ka[1] or ka != kb:
        return False
    fa, fb = a.split()[0].strip(".").lower(), b.split()[0].strip(".").lower()
    return len(fa) == 1 or len(fb) == 1 or fa == fb


@lru_cache(maxsize=1 << 16)
def is_initialed(name: str) -> bool:
    """True when the given names are initials only ("K. Zhou", "J R Smith")."""
    tokens = name_tokens(name)
    return len(tokens) >= 2 and all(len(t) == 1 for t in tokens[:-1])


@lru_cache(maxsize=1 << 16)
def name_signatures(name: str) -> frozenset[str]:
    """What two spellings of one person's name share: "surname|initial" read both ways
    (``zhou|k`` and ``keren|z`` for "Keren Zhou", so "Zhou Keren" and "K. Zhou" meet
    it), after transliteration (anyascii: "Дмитрий Волков" is "Dmitriy Volkov").  A
    Chinese name written without spaces is family name (first character) and given
    name.  A single-word name is its own signature."""
    from anyascii import anyascii  # 20 ms to import; parsing never asks this question

    cleaned = person_name(name)
    if _HAN.search(cleaned) and " " not in cleaned.strip():
        chars = [c for c in cleaned if not c.isspace()]
        cleaned = f"{anyascii(chars[0])} {anyascii(''.join(chars[1:]))}" if chars else ""
    tokens = fold_words(anyascii(cleaned)).split()
    if not tokens:
        return frozenset()
    if len(tokens) == 1:
        return frozenset(tokens)
    return frozenset({f"{tokens[-1]}|{tokens[0][0]}", f"{tokens[0]}|{tokens[-1][0]}"})


def same_person_names(a: str | None, b: str | None) -> bool:
    """May two records that other evidence joins (an e-mail, phone or URL) be one person
    by their names?  Yes when a name is missing, or the names share a
    :func:`name_signatures` signature (spelled differently, initials, order,
    transliteration); no for "Carol Chen" and "Dmitri Volkov" behind one agency address."""
    if not a or not b:
        return True
    return bool(name_signatures(a) & name_signatures(b))

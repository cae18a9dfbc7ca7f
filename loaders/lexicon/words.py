"""Small structural word lists that tell a job title from an employer from a school.

These are not taxonomy data (no particular company or school is named): they are the
common nouns that résumé headers are built from, so the extractors can decide which half
of ``Software Engineer | DHC Software`` is the title without knowing either name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import alternation, fold, vocabulary

__all__ = [
    "HONORIFIC_RE",
    "has_digit",
    "headed_by_title",
    "is_name_like",
    "org_score",
    "school_score",
    "strip_honorific",
    "strong_org_score",
    "title_score",
]

# The words come from every language's data file (lexicon/data/*.toml), folded.
_V = vocabulary()
TITLE_WORDS = _V.title_words
_WEAK_TITLE = _V.weak_title_words
_STRONG_TITLE = TITLE_WORDS - _WEAK_TITLE
_TITLE_HEADS = _V.title_heads
_TRADES = _V.trade_words
# German compounds end in their title (Entwicklungsingenieurin, Teamleiter).
_TITLE_STEMS = tuple(stem.lstrip("*") for stem in _V.title_stems)
# Titles of scripts written without spaces are found inside a run of text (高级工程师).
_CJK_TITLES = tuple(w for w in TITLE_WORDS if any(ord(c) >= 0x2E80 for c in w))
ORG_WORDS = _V.org_words
# Words that make a phrase an organization even when it also holds a title word
# ("Research Laboratory", "Engineering College").
STRONG_ORG_WORDS = _V.strong_org_words
_CJK_ORGS = tuple(w for w in ORG_WORDS if any(ord(c) >= 0x2E80 for c in w))
_CJK_STRONG_ORGS = tuple(w for w in STRONG_ORG_WORDS if any(ord(c) >= 0x2E80 for c in w))
SCHOOL_RE = re.compile(alternation(_V.school_words) + r"|\buniv\.")
_WORD_RE = re.compile(r"[^\W\d_][\w.\-']*")
# Titles before a name, German (Dr.-Ing., Dipl.-Ing.) and engineers' (Eng., Ing.) included.
HONORIFIC_RE = re.compile(
    r"^(?:prof(?:essor)?\.?|dr\.?(?:\s?-\s?ing\.?)?|dipl\.?\s?-\s?ing\.?|mr\.?|ms\.?|mrs\.?|"
    r"sir|eng\.|ing\.)\s+", re.I)
_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "da", "del", "della", "di", "la", "le",
                             "du", "dos", "das", "bin", "al", "el", "ter", "ten", "den", "het",
                             "op", "zu", "dei", "do", "ibn", "bint"})
_NAME_TOKEN_RE = re.compile(r"^(?:[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*\.?|(?:[^\W\d_]\.-?)+)$")

_ASCII_DIGIT_RE = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)``, without a Python loop for ASCII text."""
    if text.isascii():
        return _ASCII_DIGIT_RE.search(text) is not None
    return any(ch.isdigit() for ch in text)


def _tokens(text: str) -> list[str]:
    """Words of the folded text, dots and hyphens kept (``inc.``, ``co-founder``)."""
    return _WORD_RE.findall(fold(text))


def _is_title_word(token: str) -> bool:
    word = token.strip(".")
    return word in _STRONG_TITLE or any(
        word.endswith(stem) and len(word) > len(stem) for stem in _TITLE_STEMS)


@lru_cache(maxsize=8192)
def title_score(text: str) -> int:
    """How many job-title words the text holds (``Senior Software Engineer`` → 2).  Trades
    that are also surnames (Baker, Butcher, Cook) count only where the text is not a
    person's name ("Butcher" yes, "Jane Butcher" no)."""
    tokens = _tokens(text)
    strong = sum(1 for t in tokens if _is_title_word(t))
    if not strong and any(t.strip(".") in _TRADES for t in tokens) and not is_name_like(text):
        strong = sum(1 for t in tokens if t.strip(".") in _TRADES)
    if not text.isascii():
        strong += sum(1 for w in _CJK_TITLES if w in text)
    return strong + (1 if strong and any(t in _WEAK_TITLE for t in tokens) else 0)


def headed_by_title(text: str) -> bool:
    """``Analytical Lead``, ``Department Head``: a short phrase whose last word is a weak
    title word that names a job as a head noun.  Two capitalised words also read as a
    person's name, so callers ask this only where a name cannot stand (a job's header)."""
    tokens = _tokens(text)
    return 2 <= len(tokens) <= 4 and tokens[-1] in _TITLE_HEADS


@lru_cache(maxsize=8192)
def org_score(text: str) -> int:
    """How many organization words the text holds (``DHC Software`` → 1)."""
    score = sum(1 for t in _tokens(text) if t.strip(".") in ORG_WORDS)
    return score + (sum(1 for w in _CJK_ORGS if w in text) if not text.isascii() else 0)


@lru_cache(maxsize=8192)
def strong_org_score(text: str) -> int:
    """How many words the text holds that only an organization name has."""
    score = sum(1 for t in _tokens(text) if t.strip(".") in STRONG_ORG_WORDS)
    return score + (sum(1 for w in _CJK_STRONG_ORGS if w in text) if not text.isascii() else 0)


@lru_cache(maxsize=8192)
def school_score(text: str) -> int:
    """How many school words the text holds (``University of X`` → 1)."""
    return len(SCHOOL_RE.findall(fold(text)))


def strip_honorific(name: str) -> str:
    """``Prof. Dan Jiao`` → ``Dan Jiao``."""
    previous = None
    while previous != name:
        previous = name
        name = HONORIFIC_RE.sub("", name.strip())
    return name.strip(" .,;")


# A Chinese, Japanese or Korean name: two to four characters of the script (a space
# between family and given name allowed), no digits or latin letters.
_CJK = "\u4e00-\u9fff\u3400-\u4dbf\uac00-\ud7af"
_CJK_NAME_RE = re.compile(rf"^[{_CJK}]{{1,3}}(?:[ 　・]?[{_CJK}\u3040-\u30ff]{{1,4}})$")


@lru_cache(maxsize=8192)
def is_name_like(text: str, max_words: int = 5) -> bool:
    """True for a person's name: 2-5 capitalised words, initials or particles, no digits;
    or two to six CJK characters (蔡梦杰, 山田 太郎)."""
    if not text.isascii() and _CJK_NAME_RE.match(text.strip()):
        return len(text.strip().replace(" ", "")) >= 2
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= max_words or has_digit(text):
        return False
    caps = 0
    for word in words:
        if word in _NAME_PARTICLES:
            continue
        if not (_NAME_TOKEN_RE.match(word) and word[0].isupper()):
            return False
        caps += 1
    return caps >= 2

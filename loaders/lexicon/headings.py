"""What a section heading names, in any language: experience, education, skills...

Headings are recognised by their words, not their markup (markup marks entries as often as
headings).  Each kind's words in every language come from the lexicon data; a heading may
add filler words around them ("Selected Publications", "Expériences professionnelles").
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from .taxonomy import degree_prefix
from .vocabulary import HEADING_KINDS, alternation, fold, vocabulary
from .words import has_digit, title_score

__all__ = ["MAX_HEADING_WORDS", "classify", "classify_misspelt", "kinds_named"]

MAX_HEADING_WORDS = 5
# Each kind's heading words in every language (lexicon/data/*.toml), and the words a heading
# may add around them ("Selected Publications", "Expériences professionnelles").
_V = vocabulary()
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(alternation(_V.headings[kind]))) for kind in HEADING_KINDS)
# Spoken languages and unpaid roles get a kind of their own in the data but no extractor:
# their sections are "other" (not a skills list, not work).
_SECTION_OF = {"languages": "other", "volunteer": "other"}
_ANY_KIND_RE = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in _KINDS))
_FILLER_RE = re.compile(alternation(_V.filler) + r"|[&/,+\-|・、]")


def _length(phrase: str) -> float:
    """A phrase's length in words; a run of Chinese or Japanese counts a word per two
    characters (教育经历 is longer than 经历)."""
    words = phrase.split()
    return sum(len(w) / 2 if any(ord(c) >= 0x2E80 for c in w) else 1 for w in words)


@lru_cache(maxsize=4096)
def classify(words: str) -> str | None:
    """The section kind a heading's words name, or None.

    Every kind's longest phrase in the heading is a candidate; the longest phrase wins and,
    at equal length, the kind listed first in :data:`HEADING_KINDS` ("Skills & Interests" is
    skills).  A candidate counts only when, its phrase and the filler words removed, at
    most one word is left ("Technical Skills" yes, "Skills in Python and Go" no)."""
    text = fold(words).strip().rstrip(":.…：").strip()
    if not text or len(text.split()) > MAX_HEADING_WORDS or has_digit(text):
        return None
    if not _ANY_KIND_RE.search(text):
        return None
    found = []
    for priority, (kind, pattern) in enumerate(_KINDS):
        lengths = [_length(m.group()) for m in pattern.finditer(text)]
        if lengths:
            found.append((-max(lengths), priority, kind, pattern))
    for _, _, kind, pattern in sorted(found, key=lambda f: f[:2]):
        leftover = _FILLER_RE.sub(" ", pattern.sub(" ", text))
        if len(leftover.split()) > 1:
            # a heading that joins kinds ("Skills, Interests & Involvements") is the first
            # kind it names; the other kinds' words count as filler
            for _, _, _, other in found:
                leftover = other.sub(" ", leftover)
        if (len(leftover.split()) <= 1 and not title_score(leftover)
                and degree_prefix(leftover.strip()) is None):
            # "Software Engineer (Risk)" is a job, not a software section; "Master en
            # Informatique" a degree in its field, not a computing section
            return _SECTION_OF.get(kind, kind)
    return None


@lru_cache(maxsize=4096)
def kinds_named(text: str) -> frozenset[str]:
    """Every section kind whose words occur in the text ("Additional On-Campus
    Involvements" names other; "Technical Skills and Tools" names skills)."""
    folded = fold(text)
    return frozenset(_SECTION_OF.get(kind, kind) for kind, pattern in _KINDS
                     if pattern.search(folded))


#: Words this long or longer may be read through one typo ("Kenntisse", "Experiance").
MIN_MISSPELT_LENGTH = 7
_HEADING_WORDS = frozenset(
    word for phrases in _V.headings.values() for phrase in phrases for word in phrase.split()
    if len(word) >= MIN_MISSPELT_LENGTH and word.isalpha())


@lru_cache(maxsize=1024)
def classify_misspelt(words: str) -> str | None:
    """The kind a short heading names once a typo in a long word is undone: a heading word
    within one edit (a letter left out, added, changed or two swapped) of a long word
    that is no heading word itself.  Only for lines set as headings, which have few words."""
    text = fold(words).strip().rstrip(":.…：").strip()
    tokens = text.split()
    if not tokens or len(tokens) > 3:
        return None
    fixed = []
    for token in tokens:
        if len(token) >= MIN_MISSPELT_LENGTH and token.isalpha() and token not in _HEADING_WORDS:
            near = [w for w in _HEADING_WORDS if abs(len(w) - len(token)) <= 1
                    and DamerauLevenshtein.distance(w, token, score_cutoff=1) <= 1]
            if len(near) == 1:
                token = near[0]
        fixed.append(token)
    return classify(" ".join(fixed)) if fixed != tokens else None

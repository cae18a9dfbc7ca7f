"""Small structural word lists that tell a job title from an employer from a school.

These are not taxonomy data (no particular company or school is named): they are the
common nouns that résumé headers are built from, so the extractors can decide which half
of ``Software Engineer | DHC Software`` is the title without knowing either name.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "HONORIFIC_RE",
    "LEGAL_SUFFIX_RE",
    "has_digit",
    "is_name_like",
    "org_score",
    "school_score",
    "strip_honorific",
    "strong_org_score",
    "title_score",
]

TITLE_WORDS = frozenset([
    "engineer", "engineers", "engineering", "developer", "scientist", "researcher",
    "research", "intern", "internship", "assistant", "associate", "manager", "director",
    "lead", "leader", "architect", "analyst", "consultant", "specialist", "staff", "member",
    "officer", "president", "vp", "founder", "cofounder", "co-founder", "cto", "ceo", "cfo",
    "coo", "head", "professor", "lecturer", "instructor", "teacher", "tutor", "fellow",
    "postdoc", "postdoctoral", "student", "designer", "programmer", "administrator",
    "technician", "coordinator", "owner", "partner", "principal", "trainee", "apprentice",
    "contractor", "freelancer", "freelance", "sde", "swe", "mts", "chief", "editor",
    "volunteer", "ambassador", "ta", "representative", "advisor", "adviser", "supervisor",
    "executive", "strategist", "evangelist", "maintainer", "contributor", "operator",
    "chair", "secretary", "treasurer", "recruiter", "product", "senior", "junior", "jr",
    "sr",
    # occupations outside offices and software; trade words that are also common surnames
    # (Cook, Baker, Mason, Carpenter, Porter...) are left out so names are not read as jobs
    "nurse", "midwife", "paramedic", "pharmacist", "physician", "surgeon", "therapist",
    "physiotherapist", "dietitian", "psychologist", "counsellor", "counselor", "dentist",
    "optometrist", "radiographer", "sonographer", "veterinarian", "hygienist", "chef",
    "accountant", "auditor", "bookkeeper", "controller", "actuary", "underwriter",
    "estimator", "surveyor", "inspector", "superintendent", "planner", "electrician",
    "welder", "machinist", "chemist", "biologist", "ecologist", "geologist", "hydrologist",
    "economist", "statistician", "technologist", "lawyer", "attorney", "paralegal",
    "solicitor", "barrister", "journalist", "translator", "interpreter", "librarian",
    "curator", "photographer", "receptionist", "cashier", "bartender",
])

# Job titles of French, German, Spanish, Italian and Portuguese résumés, as whole words;
# German compounds end in their title (Entwicklungsingenieurin, Teamleiter).
_FOREIGN_TITLE_RE = re.compile(
    r"ing[ée]nieure?|d[ée]veloppeu(?:r|se)|stagiaire|stage|alternante?|chef|responsable|"
    r"directeur|directrice|consultante|chercheu(?:r|se)|charg[ée]e?|technicien(?:ne)?|"
    r"\w*ingenieur(?:in)?|\w*entwickler(?:in)?|\w*leiter(?:in)?|\w*mitarbeiter(?:in)?|"
    r"\w*berater(?:in)?|werkstudent(?:in)?|praktikant(?:in)?|doktorand(?:in)?|"
    r"referent(?:in)?|gesch[äa]ftsf[üu]hrer(?:in)?|ingenier[oa]|desarrollador(?:a)?|jefe|"
    r"gerente|analista|becari[oa]|pasante|investigador(?:a)?|ingegnere|sviluppatore|"
    r"responsabile|stagista|ricercat(?:ore|rice)|engenheir[oa]|desenvolvedor(?:a)?|"
    r"estagi[áa]ri[oa]|pesquisador(?:a)?")
_LETTERS_RE = re.compile(r"[^\W\d_]+")

_WEAK_TITLE = frozenset({"research", "engineering", "senior", "junior", "jr", "sr", "product",
                         "associate", "member", "head", "lead"})

ORG_WORDS = frozenset([
    "inc", "inc.", "llc", "ltd", "ltd.", "corp", "corp.", "corporation", "company", "co",
    "co.", "gmbh", "ag", "sa", "plc", "bv", "srl", "pvt", "limited", "university",
    "college", "institute", "institution", "laboratory", "laboratories", "lab", "labs",
    "technologies", "technology", "systems", "software", "group", "foundation", "bank",
    "capital", "partners", "solutions", "center", "centre", "school", "hospital", "agency",
    "department", "ministry", "studio", "studios", "ventures", "holdings", "networks",
    "industries", "international", "global", "consulting", "services", "academy", "council",
    "society", "association"
])

# Words that make a phrase an organization even when it also holds a title word
# ("Research Laboratory", "Engineering College").
STRONG_ORG_WORDS = frozenset([
    "inc", "inc.", "llc", "ltd", "ltd.", "corp", "corp.", "corporation", "gmbh", "plc",
    "university", "college", "institute", "laboratory", "laboratories", "foundation",
    "hospital", "bank", "ministry"
])

SCHOOL_RE = re.compile(
    r"\b(?:universit(?:y|ies|ät|at|é|e|à|a|eit|y's)|college|institute|institut|school|academy|"
    r"polytechnic|politecnico|polytechnique|conservatory|conservatoire|hochschule|"
    r"universidad|universidade|école|ecole|univ\.?|iit|eth|epfl|lycée|lycee|liceo|gymnasium|"
    r"instituto|istituto|escuela|escola|scuola|fachhochschule|università|universita)\b",
    re.I,
)
LEGAL_SUFFIX_RE = re.compile(
    r",?\s+(?:inc|llc|ltd|corp|corporation|co|gmbh|ag|plc|limited|l\.l\.c)\.?$", re.I
)
_WORD_RE = re.compile(r"[a-z][a-z.\-']*")
# Titles before a name, German (Dr.-Ing., Dipl.-Ing.) and engineers' (Eng., Ing.) included.
HONORIFIC_RE = re.compile(
    r"^(?:prof(?:essor)?\.?|dr\.?(?:\s?-\s?ing\.?)?|dipl\.?\s?-\s?ing\.?|mr\.?|ms\.?|mrs\.?|"
    r"sir|eng\.|ing\.)\s+", re.I)
_NAME_PARTICLES = frozenset({"van", "von", "de", "der", "da", "del", "della", "di", "la", "le",
                             "du", "dos", "das", "bin", "al", "el", "ter", "ten", "den", "het",
                             "op", "zu", "dei", "do", "ibn", "bint"})
_NAME_TOKEN_RE = re.compile(r"^(?:[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*\.?|(?:[^\W\d_]\.-?)+)$")


_STRONG_TITLE = TITLE_WORDS - _WEAK_TITLE
_ASCII_DIGIT_RE = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)``, without a Python loop for ASCII text."""
    if text.isascii():
        return _ASCII_DIGIT_RE.search(text) is not None
    return any(ch.isdigit() for ch in text)


def _tokens(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


@lru_cache(maxsize=8192)
def title_score(text: str) -> int:
    """How many job-title words the text holds (``Senior Software Engineer`` → 2)."""
    tokens = _tokens(text)
    strong = sum(1 for t in tokens if t.strip(".") in _STRONG_TITLE) + sum(
        1 for t in _LETTERS_RE.findall(text.lower()) if _FOREIGN_TITLE_RE.fullmatch(t))
    return strong + (1 if strong and any(t in _WEAK_TITLE for t in tokens) else 0)


@lru_cache(maxsize=8192)
def org_score(text: str) -> int:
    """How many organization words the text holds (``DHC Software`` → 1)."""
    return sum(1 for t in _tokens(text) if t in ORG_WORDS or t.strip(".") in ORG_WORDS)


@lru_cache(maxsize=8192)
def strong_org_score(text: str) -> int:
    """How many words the text holds that only an organization name has."""
    return sum(1 for t in _tokens(text) if t.strip(".") in STRONG_ORG_WORDS)


@lru_cache(maxsize=8192)
def school_score(text: str) -> int:
    """How many school words the text holds (``University of X`` → 1)."""
    return len(SCHOOL_RE.findall(text))


def strip_honorific(name: str) -> str:
    """``Prof. Dan Jiao`` → ``Dan Jiao``."""
    previous = None
    while previous != name:
        previous = name
        name = HONORIFIC_RE.sub("", name.strip())
    return name.strip(" .,;")


@lru_cache(maxsize=8192)
def is_name_like(text: str, max_words: int = 5) -> bool:
    """True for a person's name: 2-5 capitalised words, initials or particles, no digits."""
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

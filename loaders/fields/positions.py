"""Jobs from an experience section: employer, title, team, place, dates and bullets.

Each entry's header is cut into fragments (``Data Engineer | Bytedance``, ``Staff Software
Engineer, Tesla, Inc.``, ``Engineer at Meta``); places are recognised by shape, the
fragment with job-title words is the title and the rest the employer, since résumés put
them in either order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from talentgraph.ontology.legal_forms import COMMA_PART

from ..lexicon.dates import duration_tail, find_dates, strip_dates
from ..lexicon.forms import work_label
from ..lexicon.places import (
    _place_name,
    known_org_before_place,
    parse_location,
    split_trailing_location,
)
from ..lexicon.taxonomy import known_org_part, org_known
from ..lexicon.vocabulary import alternation, fold, vocabulary
from ..lexicon.words import (
    HONORIFIC_RE,
    headed_by_title,
    is_name_like,
    org_score,
    school_score,
    strip_honorific,
    strong_org_score,
    title_score,
)
from ..models import Advisor, Location, Position, Project, Source
from ..segment.entries import Entry, is_header_like, split_entries
from ..segment.lines import Line, fragments

__all__ = ["Role", "cell_role", "extract_positions", "read_role"]

# "Engineer at Meta", "Trainee bei Acme AG", "stagiaire chez X": the words are data
_AT_RE = re.compile(rf"\s+(?:{alternation(vocabulary().work_at)}|@)\s+")
# "Gerente en Contoso S.A.": a word that joins a title to its employer but also to its field
# ("Técnico en Informática"), so it splits only before an organization's name (lexicon data)
_AT_ORG_RE = re.compile(rf"\s+(?:{alternation(vocabulary().work_at_org)})\s+")
# "presso Contoso in qualità di Analista", "bei Contoso als Entwickler": the employer, then
# the title it held there after a word for "as" (lexicon data)
_AS_RE = re.compile(rf"\s+(?:{alternation(vocabulary().work_as)})\s+")
_LEADING_AT_RE = re.compile(
    rf"^(?:{alternation((*vocabulary().work_at, *vocabulary().work_at_org))})\s+")
# A comma part that is a legal form belongs to the employer before it ("Acme, Inc.").  Not
# the taxonomy's longer list: "AB" and "SE" there are also region codes ("Calgary, AB").
_LABEL_RE = re.compile(r"^(?P<label>[^:]{2,40}):\s+(?P<rest>.+)$")
# A sentence ending in a full stop with three lowercase words: "Owned the onboarding funnel."
_SENTENCE_RE = re.compile(r"^(?=(?:.*?\b[a-z]{2,}\b){3}).*[a-z]{2}\.$")


def _is_sentence(text: str) -> bool:
    """:data:`_SENTENCE_RE` with the cheap test first: most header fragments do not end in a
    full stop, and the pattern's look-ahead backtracks through all of them."""
    return text.endswith((".", ".\n")) and _SENTENCE_RE.search(text) is not None
_ADVISED_RE = re.compile(
    r"\b(?:advis(?:ed|or)|supervis(?:ed|or)|mentored)\s*(?:by|:)?\s*"
    r"(?P<name>(?:(?:Prof(?:essor)?|Dr)\.?\s+)?[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,3})"
)


def _may_name_advisor(text: str) -> bool:
    """Whether :data:`_ADVISED_RE` can match: its words are looked for first, as substrings,
    since the pattern is tried on every bullet of every role and matches almost none."""
    return "advis" in text or "supervis" in text or "mentored" in text


@dataclass
class Role:
    """What an entry's header says: title, employer, team, place and advisor."""

    title: str | None = None
    employer: str | None = None
    team: str | None = None
    location: Location | None = None
    advisor: str | None = None
    more_titles: tuple[str, ...] = ()


def _comma_parts(text: str) -> list[str]:
    parts: list[str] = []
    for part in (p.strip() for p in text.split(",")):
        if parts and COMMA_PART.match(part):
            parts[-1] = f"{parts[-1]}, {part}"
        elif part:
            parts.append(part)
    return parts


def _tail_role(role: Role, tail: str) -> None:
    """A title's comma tail: an advisor (``Professor X``), else employer or team."""
    if not tail:
        return
    if HONORIFIC_RE.match(tail) and is_name_like(strip_honorific(tail)):
        role.advisor = strip_honorific(tail)
    elif role.employer is None:
        role.employer = tail
    elif role.team is None:
        role.team = tail
        role.title = f"{role.title}, {tail}"  # "Member of Technical Staff, Fleet Infra"


# Lower-case words an organization's name may hold ("Bank of America", "Institut für ...").
_NAME_JOINERS = frozenset({
    "of", "and", "for", "the", "at", "in", "on", "de", "du", "des", "la", "le", "les", "et",
    "der", "die", "das", "für", "und", "zu", "y", "e", "di", "del", "della", "da", "do", "dos",
    "van", "von", "den", "voor", "en", "&", "a", "au", "aux", "an", "am", "im"})


@lru_cache(maxsize=4096)
def _org_only(text: str) -> tuple[str, Location | None] | None:
    """``Amazon, Seattle, WA`` → ``("Amazon", Seattle)``: a header line that names only an
    employer (and maybe its place), no job title; None otherwise."""
    frags = [f for f in fragments(strip_dates(text)) if f and parse_location(f) is None]
    if not frags or len(frags) > 2 or text.rstrip().endswith("."):
        return None
    name, loc = split_trailing_location(frags[0])
    if len(frags) == 2:
        loc = loc or parse_location(frags[1])
        if loc is None:
            return None
    words = name.split()
    if not 1 <= len(words) <= 10 or not name[:1].isupper():
        return None
    if sum(1 for w in words if w[:1].islower() and w.lower() not in _NAME_JOINERS) >= 1:
        return None  # "Development of a maintenance system for lifts": a description
    if title_score(name) and not strong_org_score(name):
        return None
    if not loc and not (org_score(name) or org_known(name) or len(words) <= 4):
        return None
    here = next((parse_location(f) for f in frags if parse_location(f)), None)
    return name, loc or here


def _without_kind(frag: str) -> str:
    """The title without the kind of work opening it: ``Vollzeit: Monteur``, ``Vollzeit
    Fachkraft``."""
    if (kind := _KIND_OF_WORK_RE.match(fold(frag))) and (
            frag[kind.end():][:2] == ": "
            or (frag[kind.end():][:1] == " " and title_score(frag[kind.end():]))):
        return frag[kind.end():].lstrip(": ")
    return frag


def _title_text(text: str) -> str:
    """The title line as written, without its dates and places: ``Senior Manager, Software
    Development — Alexa Shopping``."""
    frags = [_without_kind(f) for f in fragments(strip_dates(text))
             if f and parse_location(f) is None]
    out = []
    for frag in frags:
        name, _ = split_trailing_location(frag)
        if name:
            out.append(name)
    return ", ".join(out)


def _grouped_role(texts: Sequence[str]) -> Role | None:
    """An employer line over a title line (``Capital One | McLean, VA`` then ``Software
    Engineering Intern – Card Tech | Summer 2024``): the employer is the line that names no
    title; everything on the title line (team included) is the title."""
    if len(texts) < 2:
        return None
    org_index = next((i for i, t in enumerate(texts) if _org_only(t)), None)
    title_index = next((i for i, t in enumerate(texts) if i != org_index and title_score(
        _title_text(t)) and not _AT_RE.search(t)), None)
    if org_index is None or title_index is None:
        return None
    name, loc = _org_only(texts[org_index]) or ("", None)
    tail = strip_dates(texts[title_index]).partition(",")[2]
    if (((tail and _capital_share(tail) >= _TITLE_CASE)
         or len(fragments(strip_dates(texts[title_index]))) > 1)
            and strip_dates(texts[org_index]) != texts[org_index] and _place_name(name, 3)):
        # "London · 2019 – 2021" under "Analyst, Acme" (or "ACME | Analyst"): a place, not
        # an employer; under "Consultant, UX/UI, curation of content" (prose after the
        # comma) it is the employer
        return None
    role = read_role([texts[title_index]])
    if role.employer and (org_known(role.employer) or strong_org_score(role.employer)):
        return None  # the title line names its own employer: the other line is something else
    title = _title_text(texts[title_index])
    if role.advisor:
        title = role.title or title
    places = (parse_location(f) for t in texts for f in fragments(strip_dates(t)))
    grouped = Role(title=title, employer=name, team=role.employer or role.team,
                   location=loc or role.location or next((p for p in places if p), None),
                   advisor=role.advisor)
    if known := known_org_part(name):
        grouped.employer = known[0]
        grouped.team = grouped.team or known[1] or None
    return grouped


# Not names: an employment or workplace type (``Lightspeed · Full-time``, ``Hybrid``) or a
# tenure (``2 yrs 6 mos``) as profile sites print them next to the employer and the dates.
# Full-time, Vollzeit, CDI (lexicon data), a duration: said of a job, never its name.
_KIND_OF_WORK_RE = re.compile(
    rf"(?:{alternation(vocabulary().work_kinds)}"
    rf"|(?:\d+\s*(?:{alternation(vocabulary().durations)})\.?\s*)+)", re.I)
# A tenure after the dates, left at the end of a name once they are cut: "Acme | 2017, 2 months".
_TENURE_TAIL_RE = re.compile(r"[\s,;·(]+(?:\d+\s*(?:yrs?|years?|mos?|months?)\b\s*)+\)?$", re.I)
# A remark in brackets closing a header, in prose: "DfE (generally working in SQL and R)".
_NOTE_TAIL_RE = re.compile(r"\s*\((?=[^()]*\b[a-z]{2,}\s+[a-z]{2,}\b)[^()]*\)$")
# "Supervisor: Dr. Jane Roe" beside a job's dates: the labels of an advisor (lexicon data).
_ADVISOR_LABELS = tuple(label for label, kind in vocabulary().education_labels.items()
                        if kind == "advisor")
_ADVISOR_LABEL_RE = re.compile(rf"^(?:{alternation(_ADVISOR_LABELS)})\s*:\s*")
# A date the grammar could not read, a misspelt month by its year ("Setmbro/2017"): no name.
_UNREAD_DATE_RE = re.compile(r"[^\W\d_]{3,12}\.?\s*[/.\-]?\s*(?:19|20)\d{2}")
# What may follow the kind of work in its brackets: a share of full time ("Teilzeit 40%").
_WORK_SHARE_RE = re.compile(r"[\d\s%.,\-–]*")


def _kind_of_work(text: str) -> bool:
    """``jornada completa``, ``Teilzeit 40%``: the kind of engagement, maybe with its share."""
    m = _KIND_OF_WORK_RE.match(fold(text).strip())
    return m is not None and _WORK_SHARE_RE.fullmatch(fold(text).strip()[m.end():]) is not None


_TOLD_RE = re.compile(r"^[^:]{1,40}:\s+[a-z]")
_NOT_A_JOB_RE = re.compile(
    rf"^(?:\w+\s+)?(?:{alternation((*vocabulary().not_jobs, *vocabulary().award_words))})")
_SAME_EMPLOYER = frozenset(w.strip(" .") for w in vocabulary().same_employer)
# A labelled body line (``Skills: React · Jest``) under a role, never part of its header.
_BODY_LABEL_RE = re.compile(
    r"^(?:skills|technologies|tech stack|tools|environment|stack)\s*:", re.I)
def _labelled(role: Role, texts: Sequence[str]) -> list[str]:
    """Header lines written as a form (``Company: X`` / ``Designation: Y`` / ``Duration:
    ...``): the labelled values go to their fields, the other lines are read as usual."""
    rest: list[str] = []
    for text in texts:
        found = work_label(text)
        if found is None:
            rest.append(text)
            continue
        label, value = found[0], strip_dates(found[1]).strip(" ,|")
        if not value:
            continue
        if label == "employer":
            role.employer = role.employer or split_trailing_location(_comma_parts(value)[0])[0]
        elif label == "title":
            role.title = role.title or value
        elif label == "location":
            role.location = role.location or parse_location(value)
    return rest


def _trailing_title(text: str) -> tuple[str, str, Location | None] | None:
    """``Employer, City, ST, Title``: the title comes last, after the employer and its
    place; (employer, title, place) or None for any other shape."""
    parts = _comma_parts(text)
    if len(parts) < 2 or (title_score(parts[0]) and not strong_org_score(parts[0])):
        return None
    if not title_score(parts[-1]) or strong_org_score(parts[-1]) or org_known(parts[-1]):
        return None
    middle = parts[1:-1]
    location = parse_location(", ".join(middle)) if middle else None
    if middle and location is None:
        return None  # "Acme, Data Team, Engineer": leave it to the general reading
    return parts[0], parts[-1], location


def _colon_role(text: str) -> tuple[str, str] | None:
    """``Employer: Title``: an organization, a colon, then a title (never a label such as
    ``Role:``, which :func:`_labelled` reads); (employer, title) or None."""
    left, colon, right = text.partition(": ")
    left, right = left.strip(), right.strip()
    if not colon or not left or not right or len(left.split()) > 8:
        return None
    if _KIND_OF_WORK_RE.fullmatch(fold(left)):
        return None  # "Vollzeit: Monteur, Inocon": the kind of job, then the job
    if title_score(left) and not (strong_org_score(left) or org_known(left)):
        return None
    if not title_score(right) or strong_org_score(right) or org_known(right):
        return None
    return left, right


_SPACED_HYPHEN_RE = re.compile(r"\s+-\s+")


def _as_role(text: str) -> tuple[str, str] | None:
    """``[at] Employer as Title``: (employer, title) when the part after the word for "as"
    names a title and the part before it names no title (or an organization)."""
    m = _AS_RE.search(fold(text))
    if m is None:
        return None
    left = _LEADING_AT_RE.sub("", text[:m.start()].strip(" ,:;"), count=1).strip()
    right = text[m.end():].strip(" ,:;.")
    if not left or not right or not left[:1].isupper() or len(right.split()) > 8:
        return None
    if not title_score(right) or (title_score(left) and not _org_evidence(left)):
        return None
    return split_trailing_location(left)[0], right


def _dash_role(text: str) -> tuple[str, str] | None:
    """``Title - Employer`` or ``Employer - Title`` joined by a spaced hyphen (a plain
    keyboard's dash): (title, employer) when exactly one side names a title and the other
    no title.  The hyphen is no separator elsewhere: ``Acme - North`` stays a name."""
    parts = _SPACED_HYPHEN_RE.split(text)
    if len(parts) != 2 or not all(parts):
        return None
    left, right = (p.strip(" ,;") for p in parts)
    if not (left[:1].isalpha() and right[:1].isalpha()):
        return None  # "Staff 19th May 2019 - 24th May": what an unread date leaves
    left_title = title_score(left) and not (strong_org_score(left) or org_known(left))
    right_title = title_score(right) and not (strong_org_score(right) or org_known(right))
    if left_title and not title_score(right):
        return left, right
    if right_title and not title_score(left):
        return right, left
    return None


_UNIT_RE = re.compile(rf"^(?:{alternation(vocabulary().unit_words)})")


def _split_unit(employer: str) -> tuple[str, str] | None:
    """``лаборатория X, Институт Y`` / ``Institute Y, Department of X``: the unit named
    beside its organization goes to the team, the organization stays the employer."""
    parts = [p.strip() for part in _comma_parts(employer) for p in part.split("/")
             if p.strip()]  # "DIW Berlin/ Abteilung Staat"
    if len(parts) < 2:
        return None
    units = [p for p in parts if _UNIT_RE.match(fold(p)) and len(p.split()) > 1]
    rest = [p for p in parts if p not in units and parse_location(p) is None]
    if not units or not rest:
        return None
    return ", ".join(rest), ", ".join(units)


def read_role(texts: Sequence[str]) -> Role:
    """Interpret the header fragments of one entry."""
    role = _read_role(tuple(texts))  # copied: callers may change it
    return Role(**vars(role))


def _separate_titles(role: Role, frags: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``Retail assistant • Duty manager • Iceland Frozen Foods``: two titles held at one
    employer over the same dates.  Fragments of the title's line that are titles too (and
    not organizations) become more titles; the rest stays for the employer."""
    if role.title is None:
        return frags
    rest, more, same_count = [], [], 0
    for index, frag in frags:
        same = " ".join(frag.split()).casefold() == " ".join(role.title.split()).casefold()
        same_count += same
        if (title_score(frag) and not (strong_org_score(frag) or org_known(frag)
                                        or org_score(frag))) or same:
            if not same and frag not in more:
                more.append(frag)
            continue
        rest.append((index, frag))
    # an employer is left: the titles were alternatives, or one title written twice
    # ("Butcher • butcher • Employer"), not the employer
    if (more or same_count) and rest:
        role.more_titles = tuple(more)
        return rest
    return frags


@lru_cache(maxsize=4096)
def _org_evidence(text: str) -> bool:
    return bool(org_score(text) or strong_org_score(text) or school_score(text)
                or org_known(text))


_SENTENCE_CASE, _TITLE_CASE = 0.35, 0.5


def _capital_share(text: str) -> float:
    """Share of the words that open with a capital: a name is in title case
    (``Ligue pour la Protection des Oiseaux``), a topic in sentence case."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def _employer_from_place(role: Role) -> None:
    """``ACADEMIA SINICA IAA, TAIWAN | Research Intern``: a title with no employer beside a
    "name, country" read as a place: the name is the employer, the country its place (a
    job always names its employer; a city alone would have no country after it)."""
    loc = role.location
    if (role.employer is not None or role.title is None or loc is None or not loc.city
            or not loc.country or loc.region or "," not in loc.raw
            or len(loc.city.split()) < 2):
        return
    role.employer = loc.city
    role.location = Location(raw=loc.raw.rsplit(",", 1)[1].strip(), country=loc.country)


def _read_role(texts: tuple[str, ...]) -> Role:
    """:func:`read_role`, memoized: entry splitting and position reading both ask about the
    same header lines."""
    role = Role()
    # "Technicien de support - (1 an)": a time span says how long, never who or what
    texts = tuple(t if (cut := duration_tail(t)) is None else t[:cut] for t in texts)
    texts = _labelled(role, texts)
    if role.employer is None and role.title is None and (
            grouped := _grouped_role(texts)) is not None:
        return grouped
    frags: list[tuple[int, str]] = []  # (index of the header text, fragment)
    for index, text in enumerate(texts):
        if _BODY_LABEL_RE.match(text):
            continue
        for frag in fragments(strip_dates(text)):
            frag = _NOTE_TAIL_RE.sub("", _TENURE_TAIL_RE.sub("", strip_dates(frag)))
            if (advised := _ADVISOR_LABEL_RE.match(fold(frag))) is not None:
                name = strip_honorific(frag[advised.end():].strip())
                if is_name_like(name):  # "Supervisor: Dr. Jane Roe": no employer
                    role.advisor = role.advisor or name
                    continue
            if (not frag or _KIND_OF_WORK_RE.fullmatch(fold(frag))
                    or _UNREAD_DATE_RE.fullmatch(frag)):
                continue
            frag = _without_kind(frag)
            if frag.endswith(")") and (paren := frag.rfind("(")) > 0 and \
                    _kind_of_work(frag[paren + 1:-1]):
                frag = frag[:paren].rstrip()  # "Analista (jornada completa)", "(Teilzeit 40%)"
            loc = parse_location(frag)
            if loc is not None and (org_place := known_org_before_place(frag)) is not None:
                frag, loc = org_place[0], None  # "Accenture, Madrid, Spain"
                role.location = role.location or org_place[1]
            if loc is not None:
                role.location = role.location or loc
                continue
            if not _is_sentence(frag):  # a description line, not a name
                frags.append((index, frag))
    title_tail = ""
    title_line = -1
    rest: list[tuple[int, str]] = []
    if role.title is None and len(frags) == 1 and (trailing := _trailing_title(frags[0][1])):
        role.employer, role.title, loc = trailing
        role.location = role.location or loc
        frags = []
    for index, frag in frags:
        if role.title is None and (colon := _colon_role(frag)) is not None:
            role.employer, role.title = colon  # "Boots UK: Pharmacist Manager"
            title_line = index
            continue
        if role.title is None and (held := _as_role(frag)) is not None:
            role.employer, role.title = held
            title_line = index
            continue
        at = _AT_RE.split(frag, maxsplit=1)
        if len(at) == 1 and len(weak := _AT_ORG_RE.split(frag, maxsplit=1)) == 2 and (
                _org_evidence(weak[1]) and title_score(weak[0])
                and not _org_evidence(weak[0])):
            at = weak
        if role.title is None and len(at) == 2 and (title_score(at[0]) or (
                strong_org_score(at[1]) and not strong_org_score(at[0]))):
            # "Engineer at Acme", and "Administrative Office bei Acme AG": the side an
            # organization's own word (a legal form, University) names is the employer
            role.title = at[0].strip()
            employer, loc = split_trailing_location(at[1])
            role.employer = employer.strip()
            role.location = role.location or loc
            continue
        if role.title is None and (dashed := _dash_role(frag)) is not None:
            role.title, employer = dashed  # "Sales Assistant - Acme Stores"
            role.employer, loc = split_trailing_location(employer)
            role.location = role.location or loc
            title_line = index
            continue
        parts = _comma_parts(frag)
        if role.title is None and (title_score(parts[0]) or (
                len(parts) > 1 and headed_by_title(parts[0]))) and not strong_org_score(parts[0]):
            role.title, title_line = parts[0], index
            title_tail = ", ".join(parts[1:])
            continue
        rest.append((index, frag))
    if role.title is None and rest and title_score(rest[-1][1]):
        title_line, role.title = rest.pop()
    rest = _separate_titles(role, rest)
    if title_tail and rest and _capital_share(title_tail) >= _TITLE_CASE and all(
            strip_dates(texts[i]) != texts[i] and i != title_line and _place_name(frag, 3)
            for i, frag in rest):
        # "Analyst, Acme" over "London · May 2020 – Present": the word by the dates is the
        # place, the title's tail the employer.
        role.location = role.location or Location(raw=rest[0][1], city=rest[0][1])
        rest = []
    # what the dates' line leaves (a place not recognised as one) does not count
    undated = [item for item in rest if strip_dates(texts[item[0]]) == texts[item[0]]]
    if (role.title is None and len(undated) == 2 and undated[0][0] != undated[1][0]
            and not _org_evidence(undated[0][1]) and (_org_evidence(undated[1][1]) or (
                _capital_share(undated[0][1]) < _SENTENCE_CASE <= _TITLE_CASE
                <= _capital_share(undated[1][1])))):
        # "Compétition entre deux espèces" over "Agence Française pour la Biodiversité":
        # of two untyped lines, the one an organization's words name (or written in title
        # case under one in sentence case) is the employer and the line above it the role
        # (a topic, for an internship)
        title_line, role.title = undated[0]
        rest.remove(undated[0])
    # The employer is the fragment nearest the title: "Engineer | INRIA" beats a sub-heading;
    # but one an organization's words name beats any that none do ("College X … dates" over
    # "Instructor – General Studies English").
    named = any(_org_evidence(frag) for _, frag in rest)
    rest.sort(key=lambda item: (named and not _org_evidence(item[1]),
                                abs(item[0] - title_line) if title_line >= 0 else 0))
    for _, frag in rest:
        name, loc = split_trailing_location(frag)
        role.location = role.location or loc
        if role.employer is None:
            role.employer = name
        elif role.team is None:
            role.team = name
    tail_employer = False
    if title_tail:
        tail, loc = split_trailing_location(title_tail)
        role.location = role.location or loc
        _tail_role(role, tail)
        tail_employer = role.employer == tail
    _employer_from_place(role)
    if role.employer and (unit := _split_unit(role.employer)) is not None:
        role.employer, role.team = unit[0], role.team or unit[1]
    if role.employer and (known := known_org_part(role.employer)):
        role.employer = known[0]
        if tail_employer and known[1] and role.title and known[1] not in role.title:
            role.title = f"{role.title}, {known[1]}"  # "Analyst, Consulting, Accenture"
        role.team = role.team or known[1] or None
    _title_from_team(role, texts)
    return role


def _title_from_team(role: Role, texts: Sequence[str]) -> None:
    """``Acme Network`` / ``Regional Focal Point`` / dates: two name lines and no title
    word.  A job's header always names the role, and titles are an open vocabulary, so the
    line that is not the employer is the title, unless it reads as a unit of the employer
    (``Department of X``, an organization's words)."""
    team, employer = role.team, role.employer
    if (role.title is not None or not team or not employer or _org_evidence(team)
            or (_UNIT_RE.match(fold(team)) and not headed_by_title(team))
            or team.endswith(".") or len(team.split()) > _LEADING_TITLE_WORDS + 1
            or any(team in t and employer in t for t in texts)):
        return
    role.title, role.team = team, None


def _names_role(line: Line) -> bool:
    role = read_role([line.text])
    return bool(role.title and role.employer)


def _leads(line: Line) -> bool:
    return _org_only(line.text) is not None or _group_heading(line)


def _group_heading(line: Line) -> bool:
    """A markdown heading with no title and no dates over the roles (``### Acme — Lima``):
    the employer of the roles under it, wherever its place is."""
    return (line.heading > 0 and len(line.text.split()) <= 8 and not title_score(line.text)
            and strip_dates(line.text) == line.text)


def _project_from_bullet(line: Line, employer: str, path: str) -> Project | None:
    """``SWELL: Researched ...`` names a project when the label is one proper-noun word."""
    m = _LABEL_RE.match(line.text) if ":" in line.text else None
    if not m:
        return None
    label = m["label"].strip()
    if " " in label or not re.search(r"[A-Z].*[A-Z]|\d", label) or title_score(label):
        return None
    return Project(name=label, description=m["rest"].strip(), organization=employer,
                   source=Source(file=path, line_start=line.number, line_end=line.number))


def cell_role(cells: Sequence[str], hints: Sequence[str]) -> Role:
    """The role an entry's separated fields name, each field judged by its content: a date,
    a place, a title (job-title words), an employer (organization words, a known name, a
    legal form); the template's hints only settle what the content leaves open."""
    hints = [*hints, *[""] * (len(cells) - len(hints))]
    role = Role()
    text_cells: list[tuple[str, str]] = []
    for cell, hint in zip(cells, hints, strict=False):
        rest = strip_dates(cell)
        if not rest or (rest != cell and len(rest.split()) <= 1 and not title_score(rest)):
            continue  # the date, read from the whole line
        # a place judged by its town: the state code "CO" is no company ("Denver, CO")
        if (loc := parse_location(rest)) is not None and not (
                org_score(town := loc.city or rest) or strong_org_score(town)
                or org_known(rest) or title_score(town)) and hint != "title":
            role.location = role.location or loc
            continue
        text_cells.append((rest, hint))
    if len(text_cells) == 1:
        return _with(read_role([text_cells[0][0]]), location=role.location)
    orgs = [c for c in text_cells if org_known(c[0]) or strong_org_score(c[0])
            or (org_score(c[0]) and not title_score(c[0]))]
    titles = [c for c in text_cells if title_score(c[0]) and c not in orgs]
    title = next((c for c in titles if c[1] == "title"), titles[0] if titles else None)
    employer = next((c for c in orgs if c[1] == "org" and c != title),
                    next((c for c in orgs if c != title), None))
    rest_cells = [c for c in text_cells if c not in (title, employer)]
    if title is None and rest_cells:
        title = next((c for c in rest_cells if c[1] == "title"), None)
        if title is None and employer is not None:
            title = rest_cells[0]
        if title is not None:
            rest_cells.remove(title)
    if employer is None and rest_cells:
        employer = next((c for c in rest_cells if c[1] == "org"), rest_cells[0])
        rest_cells.remove(employer)
    role.title = title[0] if title else None
    if employer is not None:
        name, loc = split_trailing_location(employer[0])
        role.employer, role.location = name, role.location or loc
        if known := known_org_part(name):
            role.employer, role.team = known[0], known[1] or None
    return role


def _with(role: Role, **values: object) -> Role:
    for name, value in values.items():
        if value is not None and getattr(role, name) is None:
            setattr(role, name, value)
    return role


def _position(entry: Entry, path: str, group: Role | None) -> tuple[Position | None, Role]:
    header = sorted([*entry.header, entry.anchor], key=lambda line: line.number)
    if entry.anchor.entry and entry.anchor.cells:
        role = cell_role(entry.anchor.cells, entry.anchor.hints)
    else:
        role = read_role([line.text for line in header])
    if group is not None and _under_group(entry, role):
        own = role.employer
        role = Role(title=_title_text(entry.anchor.text) if own else role.title,
                    employer=group.employer, team=own or role.team,
                    location=role.location or group.location, advisor=role.advisor)
    if not role.employer:
        return None, role
    date = entry.date
    position = Position(
        employer=role.employer,
        title=role.title,
        team=role.team,
        location=role.location,
        start=date.start if date else None,
        end=date.end if date and not date.current else None,
        current=bool(date and date.current),
        bullets=[*(line.text for line in entry.header if _is_sentence(line.text)),
                 *(line.text for line in entry.body)],
        source=Source(file=path, line_start=entry.first_line, line_end=entry.last_line),
        confidence=1.0 if role.title else 0.7,
    )
    return position, role


def _under_group(entry: Entry, role: Role) -> bool:
    """A role line with no header line of its own, right under the previous role of an
    employer heading (``Amazon, Seattle, WA`` / role / bullets / ``Manager — Team | dates``):
    it is another role at that employer unless it names a known employer itself."""
    if not role.title:
        return False
    own = role.employer
    if own is None:
        return True  # a title alone names no employer of its own
    if any(line.number < entry.anchor.number for line in entry.header):
        return False
    return own is None or not (org_known(own) or strong_org_score(own) or org_score(own))


def _group_of(entry: Entry, role: Role) -> Role | None:
    """The employer heading an entry sets for the roles below it, if it has one."""
    above = [line for line in entry.header if line.number < entry.anchor.number]
    if role.employer and any(_org_only(line.text) or _group_heading(line) for line in above):
        return Role(employer=role.employer, location=role.location)
    return None


_DOMAIN_RE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|io|it|uk)$", re.I)
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
_LEADING_TITLE_WORDS = 5


def _named_org(text: str) -> bool:
    """Whether a short label names an organization (``The Lancet``, ``Medscape.com``,
    ``BBC``, ``European Brain Council``) rather than a topic (``Business``, ``Radio``)."""
    words = text.split()
    if not words or len(words) > 10:
        return False
    if org_score(text) or org_known(text) or _DOMAIN_RE.match(text) or _ACRONYM_RE.match(text):
        return True
    return not title_score(text) and sum(1 for w in words if w[:1].isupper()) >= 2


def _leading_title(text: str) -> str | None:
    """The title a role description opens with (``regular contributor reporting ...``,
    ``site.com, contributing writer``): looked for in its first two phrases."""
    for phrase in re.split(r"(?<=\w)[.,;:(]\s", text)[:2]:
        words = re.split(r"\s+(?=(?:for|on|at|to|of|in)\b)", phrase)[0].split()
        for count in range(min(len(words), _LEADING_TITLE_WORDS), 0, -1):
            last = words[count - 1]
            if (title_score(" ".join(words[:count])) and title_score(last)
                    and not _KIND_OF_WORK_RE.fullmatch(fold(last))):
                return " ".join(words[:count])
    return None


def _client_position(line: Line, path: str) -> Position | None:
    """``Medscape.com: regular contributor reporting from ...``: a freelancer's client and
    the role held there, written as a line of its own with no dates (or dates beside the
    client: ``Department of Health (2006): writer for ...``)."""
    left, colon, right = line.text.partition(": ")
    if not colon or not right:
        return None
    date = next(iter(find_dates(left)), None)
    employer = strip_dates(left).strip(" ,()")
    title = None
    if len(left.split()) > 10:
        return None
    role = read_role([left])
    if role.title and role.employer:  # "Senior representative, Searle (1998-2000): ..."
        employer, title = role.employer, role.title
    elif _named_org(employer):
        title = _leading_title(right)
    if not title or not employer:
        return None
    return Position(employer=employer, title=title,
                    start=date.start if date else None,
                    end=date.end if date and not date.current else None,
                    current=bool(date and date.current), bullets=[right],
                    source=Source(file=path, line_start=line.number, line_end=line.number),
                    confidence=0.7)


_MAX_BULLET_TITLE_WORDS = 6


def _bullet_title(line: Line) -> str | None:
    """``2016 | Acme Consulting, Munich`` over ``- Internship in Pricing``: an entry whose
    header names only the employer, its first bullet a short job title (or a title
    labelling the bullet: ``Workshop lead: "..."``)."""
    label = line.text.partition(": ")[0].strip(" .")
    if (not line.bullet or not label or len(label.split()) > _MAX_BULLET_TITLE_WORDS
            or find_dates(label) or not title_score(label)):
        return None
    return label


def _employer_below(entry: Entry) -> None:
    """``Fachkraft`` / ``2022 – heute`` / ``Acme GmbH``: a title over the dates and the
    employer's line under them.  When the header names no employer, a first body line that
    names only one (and maybe its place) belongs to the header."""
    if not entry.body or entry.body[0].bullet or any(
            line.number > entry.anchor.number for line in entry.header):
        return
    header = sorted([*entry.header, entry.anchor], key=lambda line: line.number)
    role = read_role([line.text for line in header])
    if role.employer is None and role.title and _org_only(entry.body[0].text):
        entry.header.append(entry.body.pop(0))


_MAX_UNDATED_HEADER_LINES = 2
_MAX_UNDATED_NAME_WORDS = 8


def _undated_blocks(lines: Sequence[Line]) -> list[tuple[list[Line], list[Line]]]:
    """(header, body) blocks of lines no dated entry claimed: a short non-bullet line opens a
    block after a blank line, a list item or prose (or first), with at most one more such
    line under it; the lines up to the next block are its body."""
    blocks: list[tuple[list[Line], list[Line]]] = []
    after_break, in_header = True, False
    for line in lines:
        if not line.text:
            after_break, in_header = True, False
            continue
        short = not line.bullet and is_header_like(line) and not _is_sentence(line.text)
        if short and after_break:
            blocks.append(([line], []))
            in_header = True
        elif (short and in_header and blocks
              and len(blocks[-1][0]) < _MAX_UNDATED_HEADER_LINES):
            blocks[-1][0].append(line)
        elif blocks:
            blocks[-1][1].append(line)
            in_header = False
        after_break = line.bullet or not short
    return blocks


def _names_a_job(role: Role) -> bool:
    """Whether an undated header names a job: a title and an employer, both short names,
    one of them proven by its words (a job-title word; an organization's word, legal form
    or known name).  A duty, a company blurb or a list of skills names neither."""
    title, employer = role.title, role.employer
    if not title or not employer or fold(employer).strip(" .") in _SAME_EMPLOYER:
        return False
    for name in (title, employer):
        words = name.split()
        if (len(words) > _MAX_UNDATED_NAME_WORDS or not name[:1].isupper()
                or find_dates(name) or _is_sentence(name)
                or sum(1 for w in words if w[:1].islower()
                       and w.lower() not in _NAME_JOINERS) > 1):
            return False
    if parse_location(employer) is not None and not _org_evidence(employer):
        return False
    if _NOT_A_JOB_RE.match(fold(employer)) or _NOT_A_JOB_RE.match(fold(title)):
        return False
    titled = title_score(title) > 0 and not strong_org_score(title)
    return titled or _org_evidence(employer)


def _undated_positions(lines: Sequence[Line], entries: Sequence[Entry],
                       path: str) -> list[Position]:
    """Jobs listed with no dates under a work heading (a student's or freelancer's list,
    a CV giving no dates): ``Sales Assistant – Contoso Stores`` or ``Contoso GmbH`` /
    ``Werkstudent`` over duties.  Read where no dated entry is, before the first one (or
    in a section that has none), and only blocks whose header names a job."""
    first = min((entry.first_line for entry in entries), default=None)
    free = [line for line in lines if first is None or line.number < first]
    positions = []
    for header, body in _undated_blocks(free):
        role = read_role([line.text for line in header])
        if not _names_a_job(role):
            continue
        positions.append(Position(
            employer=role.employer or "", title=role.title, team=role.team,
            location=role.location,
            bullets=[line.text for line in body],
            source=Source(file=path, line_start=header[0].number,
                          line_end=max(line.number for line in [*header, *body])),
            confidence=0.7))
    return positions


def extract_positions(
    lines: Sequence[Line], path: str
) -> tuple[list[Position], list[Project], list[Advisor]]:
    """Positions of an experience section, with projects and advisors named in them."""
    positions: list[Position] = []
    projects: list[Project] = []
    advisors: list[Advisor] = []
    group: Role | None = None
    entries = split_entries(lines, _names_role, _leads)
    for entry in entries:
        _employer_below(entry)
        position, role = _position(entry, path, group)
        if (find_dates(entry.anchor.text.partition(": ")[0]) and ": " in entry.anchor.text
                and (client := _client_position(entry.anchor, path)) is not None):
            # "Senior representative, Calder (1998-2000): launch events": the line says all
            position = client.model_copy(update={"bullets": [
                *client.bullets, *(line.text for line in entry.body)]})
            role = Role(title=client.title, employer=client.employer)
        if position is not None and not position.title and entry.body and (
                title := _bullet_title(entry.body[0])):
            position = position.model_copy(update={"title": title})
        if position is None or (not position.title and (
                _NOT_A_JOB_RE.match(fold(position.employer))
                or _TOLD_RE.match(position.employer))):
            # "Fulbright Stipendiatin, ...", "Mitglied des SFB ...": no job; "Acme: reports
            # from the autumn fair, 2005": a line of prose about work, naming no role
            continue
        if positions and fold(position.employer).strip(" .") in _SAME_EMPLOYER:
            # "2014–2018 — Researcher, там же": the employer of the job above
            position = position.model_copy(update={"employer": positions[-1].employer})
            role.employer = positions[-1].employer
        if role.employer != (group.employer if group else None):
            group = _group_of(entry, role)
        positions.append(position)
        positions.extend(position.model_copy(update={"title": title})
                         for title in role.more_titles)
        source = Source(file=path, line_start=entry.first_line, line_end=entry.first_line)
        if role.advisor:
            advisors.append(Advisor(name=role.advisor, school=position.employer, source=source))
        for line in entry.body:
            if project := _project_from_bullet(line, position.employer, path):
                projects.append(project)
            if (_may_name_advisor(line.text) and (m := _ADVISED_RE.search(line.text))
                    and is_name_like(name := strip_honorific(m["name"]))):
                advisors.append(Advisor(name=name, school=position.employer, source=Source(
                    file=path, line_start=line.number, line_end=line.number)))
    undated = _undated_positions(lines, entries, path)
    positions[:0] = undated
    claimed = {line.number for entry in entries for line in (*entry.header, entry.anchor)}
    claimed.update(n for p in undated for n in range(p.source.line_start,
                                                       p.source.line_end + 1))
    clients: set[tuple[str, str]] = set()
    for line in lines:
        if line.number in claimed or line.bullet or (
                client := _client_position(line, path)) is None:
            continue
        key = (fold(client.employer), fold(client.title or ""))
        if key not in clients:  # a client named twice in one list is one engagement
            clients.add(key)
            positions.append(client)
    return positions, projects, advisors

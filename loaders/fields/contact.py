"""Who the résumé is about: name, e-mails, phones, links and profiles, place, summary.

Contact details sit in the preamble above the first heading, usually one line joined by
``•``, ``|`` or ``—``; they are read fragment by fragment so a phone written
``765 - 413 (6089)`` or a place such as ``San Francisco Bay Area`` is found by its shape.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ..lexicon.dates import find_dates
from ..lexicon.places import parse_location
from ..lexicon.vocabulary import alternation, fold, vocabulary
from ..lexicon.words import is_name_like, org_score, school_score, strip_honorific, title_score
from ..models import Contact, Location, Profile, Source
from ..segment.lines import Line, fragments

__all__ = ["extract_contact", "normalize_phone", "owner_line"]

_EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_URL_RE = re.compile(
    r"(?<![@\w.])(?:https?://|www\.)?[a-z0-9][\w\-]*(?:\.[\w\-]+)*"
    r"\.(?:com|io|org|net|edu|dev|me|ai|co|app|page|site|xyz|info|us|uk|cn|de|in|ca)"
    r"(?:/[\w\-./~%#?=&+@:]*)?(?![\w@])",
    re.I,
)
_PHONE_RE = re.compile(
    r"(?<![\w])(?:\+\d{1,3}[\s.\-]*)?(?:\(?\d{2,4}\)?[\s.\-]*){2,5}\d{2,4}(?!\w)")
_NETWORKS = (
    ("linkedin.com", "LinkedIn"), ("github.com", "GitHub"), ("gitlab.com", "GitLab"),
    ("scholar.google", "Google Scholar"), ("twitter.com", "Twitter"), ("x.com", "X"),
    ("kaggle.com", "Kaggle"), ("orcid.org", "ORCID"), ("researchgate.net", "ResearchGate"),
    ("medium.com", "Medium"), ("stackoverflow.com", "Stack Overflow"),
    ("leetcode.com", "LeetCode"), ("huggingface.co", "Hugging Face"),
)
_NOT_NAMES = re.compile(r"\b(?:resume|résumé|curriculum|vitae|cv|page)\b", re.I)
_SUMMARY_MIN_WORDS = 12
_CONTACT_SLASH = re.compile(r"\s+/\s+")
_NICKNAME_RE = re.compile(r"\s[\"“'‘][^\"”'’]{1,20}[\"”'’](?=\s)")
# "J A N E   R O E": a designed template's letter-spaced capitals, words set wider apart
# (the line reader marks a wide gap " | ")
_WORD_GAP = r"(?: {2,}| *\| *)"
_LETTER_SPACED_RE = re.compile(
    rf"^[^\W\d_](?: [^\W\d_])+(?:{_WORD_GAP}[^\W\d_](?: [^\W\d_])+)*$")


def normalize_phone(text: str) -> str | None:
    """``765 - 413 (6089)`` → ``765-413-6089``; None when it is not a phone number."""
    digits = re.sub(r"\D", "", text)
    plus = text.strip().startswith("+")
    if not 7 <= len(digits) <= 15:
        return None
    if len(digits) == 10 and not plus:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    if len(digits) == 11 and digits.startswith("1"):
        return f"+1 {digits[1:4]}-{digits[4:7]}-{digits[7:]}"
    groups = re.findall(r"\d+", text)
    return ("+" if plus else "") + " ".join(groups)


def _profile(url: str) -> Profile | None:
    low = url.lower()
    for marker, network in _NETWORKS:
        if marker in low:
            path = re.sub(r"^(?:https?://)?(?:www\.)?[^/]+/?", "", url).strip("/")
            if user := re.search(r"[?&]user=([\w\-]+)", url):
                return Profile(network=network, url=url, username=user.group(1))
            parts = [p for p in path.split("?")[0].split("/") if p and p not in ("in", "pub", "u")]
            return Profile(network=network, url=url, username=parts[0] if parts else None)
    return None


@cache
def _name_label() -> re.Pattern[str]:
    """``Name:``, ``Nombre y Apellido:``, ``氏名：`` before the owner's name (folded text)."""
    words = alternation(vocabulary().name_labels)
    return re.compile(rf"^\s*(?:{words})(?:\s*[:：\-–]\s*|\s+|$)")


@cache
def _document_title() -> re.Pattern[str]:
    """``Curriculum Vitae:``, ``Lebenslauf von``, ``Résumé of`` before the owner's name."""
    words = alternation(vocabulary().document_titles)
    return re.compile(rf"^\s*(?:{words})\s*(?:[:：\-–|]|\b(?:of|de|von|di|van)\b)\s*(?=\S)")


@cache
def _title_after_name() -> re.Pattern[str]:
    """``Jane Doe CV: Extended Edition``, ``Jane Doe's Résumé``, ``Jane Doe - Lebenslauf``: the
    document's title after the owner's name, and whatever follows it (folded text)."""
    words = alternation(vocabulary().document_titles)
    return re.compile(rf"(?P<apart>['’]s\s*|\s*[-–—:|,(]\s*)?(?<!\S)(?:{words})(?:\W.*)?$")


@cache
def _split_name_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``Prénom :`` and ``Nom :`` (folded): a form asking for the given and the family name
    on lines of their own."""
    def label(words: Sequence[str]) -> re.Pattern[str]:
        return re.compile(rf"^\s*(?:{alternation(words)})\s*[:：]\s*(?=\S)")
    vocab = vocabulary()
    return label(vocab.given_name_labels), label(vocab.family_name_labels)


def _split_name(lines: Sequence[Line]) -> tuple[str, list[int]] | None:
    """The name a form gives in two labelled parts (``Prénom : Aminata`` / ``Nom : Diallo``,
    either order, a line or two apart): given name first, as written."""
    given_re, family_re = _split_name_labels()
    texts = [(line, fold(line.text)) for line in lines if line.text]
    for k, (line, folded) in enumerate(texts):
        for first_re, second_re in ((given_re, family_re), (family_re, given_re)):
            if not (m := first_re.match(folded)):
                continue
            for other, other_folded in texts[k + 1:k + 3]:
                if n := second_re.match(other_folded):
                    parts = (line.text[m.end():].strip(), other.text[n.end():].strip())
                    given, family = parts if first_re is given_re else parts[::-1]
                    name = f"{given} {family}"
                    if is_name_like(name, 6) and not find_dates(name):
                        return name, [line.number, other.number]
    return None


def _strip_name_label(text: str) -> str:
    if (title := _document_title().match(fold(text))) is not None:
        text = text[title.end():]
    match = _name_label().match(fold(text))
    return text[match.end():] if match else text


def contact_parts(text: str) -> list[str]:
    """A contact bar's fragments; `` / `` separates them too when the bar holds an e-mail
    (``Name / mail / phone``), a slash elsewhere being part of a title or a date."""
    parts = fragments(text)
    if _EMAIL_RE.search(text):
        parts = [piece for part in parts for piece in _CONTACT_SLASH.split(part) if piece]
    return parts


_CAPITALS_RE = re.compile(r"^[A-Z]{2,6}$")
# a title written after the name: "Spitz, Dr.", "Keller, Prof. Dr."
_TRAILING_HONORIFIC_RE = re.compile(
    r",\s*(?:(?:prof(?:essor)?|dr|dipl\.?\s?-\s?ing|ing)\.?\s*)+$", re.I)


@cache
def _post_nominals() -> tuple[frozenset[str], frozenset[str]]:
    """The letters written after a name, as written and in capitals."""
    words = vocabulary().post_nominals
    return frozenset(words), frozenset(w.upper() for w in words)


def _is_post_nominal(word: str, capitals: bool, capitals_may: bool) -> bool:
    """A degree or membership after a name: a known one, or (``capitals_may``, in a
    mixed-case name) any short word in capitals."""
    known, known_upper = _post_nominals()
    if word in known or (capitals and word.upper() in known_upper):
        return True
    return capitals_may and not capitals and _CAPITALS_RE.match(word) is not None


def _without_credentials(name: str) -> str:
    """``Dana Whitfield MSN, RN, CNE``, ``Tom Reed EngD CEng MICE``, ``Jane Roe, PhD`` →
    the name alone: the tail from the first known post-nominal (or, after a comma, any
    short word in capitals) on, when every word of it is such letters; two words stay."""
    name = _TRAILING_HONORIFIC_RE.sub("", name)
    capitals = name.isupper()
    words = name.split()
    for start in range(2, len(words)):
        tail = [w.strip(",") for w in words[start:]]
        if _is_post_nominal(tail[0], capitals, words[start - 1].endswith(",")) and all(
                _is_post_nominal(w, capitals, True) for w in tail[1:]):
            return " ".join(words[:start]).rstrip(" ,")
    return name


def _without_symbols(text: str) -> str:
    """``Hi 👋, I'm Jane Roe ✨`` → ``Hi, I'm Jane Roe``: pictographs a personal page sets
    around the name are no part of it; accents are composed (a PDF may give them apart)."""
    if text.isascii():
        return text.strip()
    text = "".join(c for c in unicodedata.normalize("NFC", text)  # "é" as e and an accent
                   if unicodedata.category(c) != "So"
                   and c not in "\ufe0f\u200d")  # an emoji's variation mark and joiner
    return re.sub(r"\s+(?=[,!])", "", " ".join(text.split()))


def _name_from(line: Line) -> str | None:
    if line.bullet or find_dates(line.text):
        return None
    text = _without_symbols(line.text)
    if _LETTER_SPACED_RE.match(text):
        text = " ".join(word.replace(" ", "") for word in re.split(_WORD_GAP, text))
    parts = contact_parts(_strip_name_label(text)) or [""]
    if _EMAIL_RE.search(line.text) and (len(parts) < 3 or _EMAIL_RE.search(parts[0])):
        return None  # "Name · City · phone · e-mail": a contact bar that opens with the name
    first = parts[0].strip(" ,")
    first = _strip_name_label(first)  # "Name: Rahul Verma", "Nombre y Apellido: ..."
    first = re.sub(r"\s*\((?:[^)]*)\)$", "", first)
    first = _NICKNAME_RE.sub(" ", first)  # Robert "Bobby" Tables
    first = _without_credentials(" ".join(strip_honorific(first).split()))
    if ((title := _title_after_name().search(fold(first))) and title.start() > 0
            and (title["apart"] or line.heading)):
        # "Jane Doe's Résumé", "# Jane Doe CV: Extended Edition"; not a title that runs on
        # ("FORMATO EUROPEO PER IL CURRICULUM VITAE")
        first = first[:title.start()].strip(" ,")
    # the document's title may be a long name ("Carolina de Souza Pereira Lima")
    if (_NOT_NAMES.search(first) or fold(first) in vocabulary().document_titles
            or not is_name_like(first, 6 if line.heading == 1 else 4)):
        # "HOJA DE VIDA", "个人简历": the document's title alone is no name
        return None
    if title_score(first) or org_score(first) or school_score(first) or parse_location(first):
        return None
    if first.isupper():
        first = first.title()
    return first


def _two_line_name(lines: Sequence[Line]) -> tuple[str, list[int]] | None:
    """``JANE`` / ``ROE``: a designed header that sets the given name and the surname on
    lines of their own, at the very top of the page, alike in case."""
    top = [line for line in lines if line.text][:2]
    if len(top) < 2 or any(len(line.text.split()) != 1 for line in top):
        return None
    if top[0].number - lines[0].number > 2 or top[0].text.isupper() != top[1].text.isupper():
        return None
    name = _name_from(replace(top[0], text=f"{top[0].text} {top[1].text}"))
    return (name, [top[0].number, top[1].number]) if name else None


def _fold(text: str) -> str:
    """ASCII letters only, lower case: an e-mail's local part drops a name's accents,
    spaces, dots, hyphens and apostrophes (``Liam O'Connor`` → ``liamoconnor``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                   if c.isascii() and c.isalpha())


def owner_line(lines: Sequence[Line], emails: Sequence[str]) -> int | None:
    """Index of the line naming the owner whose e-mail the résumé gives (``Liam O'Connor``
    for ``liam.oconnor@...``): a two-column page may print the name block anywhere."""
    locals_ = [_fold(e.split("@")[0]) for e in emails]
    for index, line in enumerate(lines):
        if not line.text or (name := _name_from(_without_emails(line))) is None:
            continue
        words = [w for w in (_fold(w) for w in name.split()) if w]
        if len(words) < 2 or len(words[-1]) < 3:
            continue
        if any(words[-1] in local and (words[0] in local or local.startswith(words[0][0]))
               for local in locals_):
            return index
    return None


def _without_emails(line: Line) -> Line:
    """``Aiko Tanabe | aiko.tanabe@...``: the line with its e-mails cut, for the name
    that the e-mail itself vouches for."""
    if not _EMAIL_RE.search(line.text):
        return line
    return replace(line, text=" | ".join(p for p in contact_parts(_EMAIL_RE.sub(" ", line.text))
                                         if p.strip(" |")))


def _in_email_order(name: str, emails: Sequence[str]) -> str:
    """``Conti Alessandro`` with ``alessandro.conti@...``: a form that asks for the surname
    first; the owner's own e-mail shows the order they write their name in."""
    words = name.split()
    if len(words) != 2 or words[0].isupper():
        return name  # "CHEN Jiayi": a surname set in capitals is first on purpose
    first, last = (_fold(w) for w in words)
    for email in emails:
        local = [_fold(part) for part in re.split(r"[._\-]", email.split("@")[0])]
        if len(first) > 1 and len(last) > 1 and local[:2] == [last, first]:
            return f"{words[1]} {words[0]}"
    return name


def _strip_urls(text: str, urls: list[str]) -> str:
    for url in urls:
        text = text.replace(url, " ")
    return text


def extract_contact(
    lines: Sequence[Line], path: str, summary_lines: Sequence[Line] = ()
) -> Contact:
    """Read the contact block (preamble and any contact section).

    ``summary_lines`` are the lines of a summary section, joined as the summary.
    """
    contact = Contact()
    numbers: list[int] = []
    summary: list[str] = []
    # the document's title (a reader's level-1 heading: the largest type on page one, a
    # Title style, "# Name") names the owner wherever it sits in the block
    title = next((line for line in lines if line.heading == 1 and _name_from(line)), None)
    if title is not None:
        contact.name = _name_from(title)
        numbers.append(title.number)
    elif (split := _split_name(lines)) is not None:
        contact.name, lines_named = split
        numbers.extend(lines_named)
    elif (two := _two_line_name(lines)) is not None:
        contact.name, lines_named = two
        numbers.extend(lines_named)
    for line in lines:
        text = line.text
        if not text or line is title or line.number in numbers:
            continue
        if contact.name is None and not contact.emails and (name := _name_from(line)):
            contact.name = name
            numbers.append(line.number)
            if len(parts := contact_parts(text)) >= 3:  # a contact bar that opens with the name
                _read_details(replace(line, text=" | ".join(parts[1:])), contact)
            continue
        found = _read_details(line, contact)
        if found:
            numbers.append(line.number)
        elif len(text.split()) >= _SUMMARY_MIN_WORDS and not find_dates(text):
            summary.append(text)
            numbers.append(line.number)
    if contact.name is None and contact.emails and (
            (index := owner_line(lines, contact.emails)) is not None):
        contact.name = _name_from(_without_emails(lines[index]))  # printed after the e-mail
        numbers.append(lines[index].number)
    if contact.name and contact.emails:
        contact.name = _in_email_order(contact.name, contact.emails)
    summary.extend(line.text for line in summary_lines if line.text)
    if summary:
        contact.summary = " ".join(summary)
    if numbers:
        contact.source = Source(file=path, line_start=min(numbers), line_end=max(numbers))
    return contact


def _read_details(line: Line, contact: Contact) -> bool:
    """Add the e-mails, links, phones and place on one line; True when any was found."""
    text = line.text
    emails = _EMAIL_RE.findall(text)
    rest = _EMAIL_RE.sub(" ", text)
    urls = [u for u in _URL_RE.findall(rest) if "." in u]
    urls += [link for link in line.links if link.startswith(("http", "www")) and link not in urls]
    found = bool(emails or urls)
    for email in emails:
        if email not in contact.emails:
            contact.emails.append(email)
    for url in urls:
        _add_url(contact, url)
    rest = _strip_urls(rest, urls)
    for frag in fragments(rest):
        if find_dates(frag):
            continue
        for m in _PHONE_RE.finditer(frag):
            phone = normalize_phone(m.group())
            if phone and phone not in contact.phones:
                contact.phones.append(phone)
                found = True
        if contact.location is None and (loc := _location(frag)):
            contact.location = loc
            found = True
    return found


def _add_url(contact: Contact, url: str) -> None:
    profile = _profile(url)
    if profile is not None:
        if all(profile.network != p.network for p in contact.profiles):
            contact.profiles.append(profile)
        elif not url.startswith("http"):
            return
        else:
            contact.profiles = [profile if p.network == profile.network else p
                                for p in contact.profiles]
        return
    if url not in contact.urls:
        contact.urls.append(url)


def _location(fragment: str) -> Location | None:
    for piece in re.split(r"\s+(?:&|/|or|and)\s+|;", fragment):
        loc = parse_location(piece)
        if loc is not None:
            return loc
    return None

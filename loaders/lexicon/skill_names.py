"""Skill names as résumés list them: one listed item into the skills it names.

Lists are written loosely — ``C/C++``, ``Spring Boot/Cloud``, ``Kubernetes (Kubeflow,
Argo)``, ``Optimization (MILP)``, ``Laravel 5.*`` — so each item is split into single skills,
asking the skills taxonomy whether a whole phrase is one known skill before cutting it up.
Both the text extractor and the JSON Resume reader read keywords this way.
"""

from __future__ import annotations

import re

from .spoken import is_level, only_level
from .taxonomy import skill_canonical, skill_is_broader, skill_known, skill_labelled
from .vocabulary import fold, vocabulary

_KINDS = vocabulary().skill_kinds

__all__ = ["is_field_name", "split_item", "split_list"]

# A field of work rather than a tool ("Optimization", "Machine Learning"): written over its
# specific method in parentheses, the method is the skill; a tool ("Node.js (Express)")
# and what runs on it are two.
_FIELD_RE = re.compile(r"(?:tion|sion|ing|ics|ogy|ysis|ment|ence|ance)$", re.I)
_ETC_RE = re.compile(r"\s*(?:,?\s*etc\.?|\.{3}|…)\s*$", re.I)
# A parenthesised name of a tool of its own, kept beside the outer skill: "Excel (Power
# Query)"; a note such as "(basic)" or "(5 years)" is not one.
_NAMED_RE = re.compile(r"(?:[A-Z][\w.+#\-]*)(?:\s+[A-Z][\w.+#\-]*){0,2}")


# A version after a tool's name: "Laravel 5.*", "Angular 2+", "Python 3.11", "Yii2".
# A bracket that is an aside on the item, not more skills: "(or similar)", "(and others)".
_ASIDE_RE = re.compile(r"^(?:or|and)\s", re.I)
_VERSION_RE = re.compile(r"\s*v?\d+(?:\.(?:\d+|\*|x))*\+?$", re.I)
# What a bracket adds that is no skill: versions ("Python (2, 3)", "(v4+)"), a rating
# ("JavaScript (Básico)", "SQL (advanced)") or a span of years ("(5 yrs)").
_NOTE_ONLY_RE = re.compile(r"v?\d+(?:\.(?:\d+|\*|x))*\+?(?:\s*(?:years?|yrs?|y))?", re.I)


def _only_notes(items: list[str]) -> bool:
    return bool(items) and all(_NOTE_ONLY_RE.fullmatch(i) or (is_level(i) and len(i.split()) <= 3)
                               for i in items)


def _versionless(name: str) -> str:
    """The tool without its version (``Angular 2+`` → ``Angular``) when the taxonomy knows
    the tool: the version is not a skill of its own."""
    bare = _VERSION_RE.sub("", name).strip()
    if not bare or bare == name or not skill_known(bare) or skill_labelled(name):
        return name  # "ROS 2", "Office 365": a label of its own
    return bare


# "Python and R", "GitHub Actions & Travis CI": two skills joined by a conjunction.
_AND_RE = re.compile(r"\s+(?:&|and|und|et|y|e)\s+", re.I)


def _conjoined(item: str) -> list[str]:
    """An item of two skills joined by ``and``/``&`` split, when each side is a known skill
    or a short name; "Research and Development" stays whole when the taxonomy knows it."""
    if not _AND_RE.search(item) or skill_known(item):
        return [item]
    parts = [p.strip() for p in _AND_RE.split(item) if p.strip()]
    if len(parts) > 1 and all(skill_known(p) or len(p.split()) <= 2 for p in parts) and any(
            skill_known(p) for p in parts):
        head = parts[0].split()[0] if len(parts[0].split()) > 1 else ""
        # "Engenharia Elétrica e de Telecomunicações": a side opening with "de"/"of" shares
        # the head noun of the first ("Engenharia de Telecomunicações")
        return [f"{head} {p}" if k and head and _OF_RE.match(p) else p
                for k, p in enumerate(parts)]
    return [item]


_OF_RE = re.compile(r"^(?:of|de|do|da|di|des|du|del|della|der)\s")


def is_field_name(label: str) -> bool:
    """A field of work or a kind of skill (``Frontend Development``, ``Cloud``, ``CI/CD``:
    the lexicon's skill kinds) rather than a tool."""
    return bool(_FIELD_RE.search(label.strip())) or fold(" ".join(label.split())) in _KINDS


# The full-width brackets of Chinese and Japanese text, read as the ASCII ones.
_FULL_WIDTH = str.maketrans("（）［］", "()[]")


def split_list(text: str) -> list[str]:
    """Split a list on ``,``/``;``/``|``/``•`` outside parentheses."""
    items, depth, cur = [], 0, []
    for ch in text.translate(_FULL_WIDTH):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and ch in ",;|•·、，；":  # the last three: Chinese and Japanese
            items.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    items.append("".join(cur))
    return [i for i in (_no_etc(x).strip().rstrip(".").strip() for x in items) if i]


def _no_etc(item: str) -> str:
    """The item without a closing ``etc.`` or ellipsis; the cheap test first, as the pattern,
    anchored at the end, is tried at every position of every item."""
    if not item.rstrip().lower().endswith(("etc", "etc.", "...", "…")):
        return item
    return _ETC_RE.sub("", item)


def _is_acronym_of(short: str, long: str) -> bool:
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w\-]*", long)).lower()
    return short.lower().replace("-", "") in (initials, initials.rstrip("s"))


def _split_slash(item: str) -> list[str]:
    if "/" not in item or skill_known(item):
        return [item]
    left, _, right = item.partition("/")
    left, right = left.strip(), right.strip()
    if not left or not right:
        return [item]
    if any(len(side) == 1 and not skill_known(side) for side in (left, right)):
        return [item]  # "PSS/E", "A/B testing": a lone letter is no skill of its own
    if len(left) <= 2 and len(right) <= 2 and not (skill_known(left) and skill_known(right)):
        return [item]  # I/O, CI/CD, A/B: one thing unless both halves are known skills
    if len(left.split()) > 1 and len(right.split()) == 1:
        prefixed = f"{' '.join(left.split()[:-1])} {right}"  # Spring Boot/Cloud
        if skill_known(prefixed) or not skill_known(right):
            return [left, *_split_slash(prefixed)]
    return [left, *_split_slash(right)]


# A score after a skill: "Java 4/5", "SQL 80%", "Excel (8/10)".
_SCORE_RE = re.compile(
    r"\s+\d+(?:[.,]\d+)?\s*(?:/\s*\d+|%)$|\s*\(\d+(?:[.,]\d+)?\s*(?:/\s*\d+|%)\)$")


def _unrated(item: str) -> str:
    """The item without the score or the level word written after it (``Java 4/5``,
    ``Excel avançado``, ``Python advanced``): a rating is no part of the skill's name."""
    item = _SCORE_RE.sub("", item) or item
    if skill_known(item):
        return item  # "React Native": a name that ends like a rating
    words = item.split()
    for cut in (1, 2):
        if len(words) > cut and only_level(" ".join(words[-cut:])) and skill_known(
                head := " ".join(words[:-cut])):
            return head
    return item


def split_item(item: str) -> list[str]:
    """One listed item → its skills, e.g. ``Kubernetes (Kubeflow, Argo)`` → three."""
    item = _unrated(" ".join(item.split()).strip(" :-").rstrip("."))
    if "(" not in item and re.search(r"\[[^\[\]]*\]", item):
        item = item.replace("[", "(").replace("]", ")")  # "Programming [Python]", in brackets
    if not item or ("," not in item and skill_known(item)):
        return [_versionless(item)] if item else []
    m = re.match(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]*)\)\s*(?P<after>.*)$", item)
    if m:
        outer, inner, after = m["outer"].strip(), m["inner"].strip(), m["after"].strip()
        outer_full = f"{outer} {after}".strip()
        inner_items = [part for i in split_list(inner) for part in _conjoined(i)]
        if _only_notes(inner_items):
            return split_item(outer_full)
        if len(inner_items) > 1 and is_field_name(outer_full) and not outer_full.isupper():
            # "Scripting (Bash, Python)", "Cloud (AWS, GCP)": a category over its list; an
            # acronym ("CI/CD (Jenkins, GitLab CI)") names a practice of its own
            return [s for i in inner_items for s in split_item(i)]
        if len(inner_items) > 1:
            return [*split_item(outer_full),
                    *(s for i in inner_items for s in split_item(_prefixed(outer_full, i)))]
        if not inner or _ASIDE_RE.match(inner):
            return split_item(outer_full)  # "Fusion 360 (or equivalent tools)": an aside
        # "Apache Spark (Structured Streaming)": a part of the outer tool, named with it
        composed = f"{outer.split()[-1]} {inner}"
        if (not after and len(outer.split()) > 0 and skill_known(composed)
                and skill_canonical(composed) == skill_canonical(inner)):
            return [*split_item(outer_full), composed]
        if inner.islower() and " " not in inner and skill_canonical(inner).lower() != inner:
            return split_item(outer_full)  # "Python (scripting)": a note on the use
        if _is_acronym_of(inner, outer) or (skill_known(outer_full) and not skill_known(inner)
                                            and not _NAMED_RE.fullmatch(inner)):
            return split_item(outer_full)
        if skill_known(inner) and (not skill_known(outer_full) or (
                skill_is_broader(outer_full, inner) and _FIELD_RE.search(outer_full))):
            return split_item(inner)  # Optimization (MILP): the specific skill
        return [*split_item(outer_full), *split_item(inner)]
    if narrower := _under_broader(item):
        return narrower
    return [_versionless(s) for part in _conjoined(item) for s in _split_slash(part) if s]


def _prefixed(outer: str, inner: str) -> str:
    """A bracketed module named with its product: ``SAP (MM, SD)`` lists ``SAP MM`` and
    ``SAP SD``, as the bare codes name no skill of their own."""
    composed = f"{outer} {inner}"
    return composed if not skill_known(inner) and skill_known(composed) else inner


def _under_broader(item: str) -> list[str]:
    """The products a suite's name opens: ``MS Office Excel and Word`` → Excel, Word;
    ``Amazon Web Services EC2`` → EC2.  The leading words name a known skill that each of
    the following ones falls under and shares its vendor with (``Python Django`` stays:
    a language and a framework written in it are two skills)."""
    words = item.split()
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        if not skill_known(head):
            continue
        parts = [s for part in _conjoined(" ".join(words[cut:]))
                 for s in _split_slash(part) if s]
        vendor = skill_canonical(head).split()[0]
        if parts and all(skill_known(p) and skill_is_broader(head, p)
                         and skill_canonical(p).split()[0] == vendor for p in parts):
            return [_versionless(p) for p in parts]
    return []



"""Skills: the ones a skills section lists (with their group) and the ones prose mentions.

Lists are written loosely — ``C/C++``, ``Spring Boot/Cloud``, ``Kubernetes (Kubeflow,
Argo)``, ``Optimization (MILP)`` — so each item is split into single skills, asking the
skills taxonomy whether a whole phrase is one known skill before cutting it up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..lexicon.headings import kinds_named
from ..lexicon.taxonomy import skill_canonical, skill_is_broader, skill_known, skill_mentions
from ..models import Skill, Source
from ..segment.lines import Line

__all__ = ["extract_skills", "mentioned_skills", "split_item", "split_list"]

_GROUP_RE = re.compile(r"^(?P<label>[^:,()]{2,40}?)\s*:\s*(?P<rest>.*)$")
# A table row: "Backend | Node.js (Express), Spring Boot, GraphQL".
_CELL_GROUP_RE = re.compile(r"^(?P<label>[^|,:()]{2,40}?)\s+\|\s+(?P<rest>[^|]*,[^|]*)$")
# A field of work rather than a tool ("Optimization", "Machine Learning"): written over its
# specific method in parentheses, the method is the skill; a tool ("Node.js (Express)")
# and what runs on it are two.
_FIELD_RE = re.compile(r"(?:tion|sion|ing|ics|ogy|ysis|ment|ence|ance)$", re.I)
_AWARD_GROUP_RE = re.compile(
    r"\b(?:recognitions?|awards?|honou?rs?|achievements?|certifications?|certificates?)\b", re.I)
_SKIP_GROUP_RE = re.compile(r"\b(?:interests?|hobbies|coursework|courses)\b", re.I)
_LEVEL_RE = re.compile(
    r"^(?:native|mother tongue|fluent|bilingual|proficient|professional|conversational|"
    r"intermediate|basic|beginner|elementary|advanced|limited|full professional|[ABC][12])\b",
    re.I)
_ETC_RE = re.compile(r"\s*(?:,?\s*etc\.?|\.{3}|…)\s*$", re.I)
_MAX_SKILL_WORDS = 6
# Prose, not a list: a sentence break inside the line, or the writer speaking ("I use ...").
_PROSE_RE = re.compile(r"[a-z)]{2}\.\s+[A-Z]|\b(?:I|I'm|I've|I'd|my|we|our)\s+[a-z]")
SPOKEN = "Spoken languages"
_SPOKEN_RE = re.compile(r"(?P<name>[A-Z][^\W\d_]+)\s*[(\-–:]\s*(?P<level>[^()]+?)\)?")
# A parenthesised name of a tool of its own, kept beside the outer skill: "Excel (Power
# Query)"; a note such as "(basic)" or "(5 years)" is not one.
_NAMED_RE = re.compile(r"(?:[A-Z][\w.+#\-]*)(?:\s+[A-Z][\w.+#\-]*){0,2}")


def split_list(text: str) -> list[str]:
    """Split a list on ``,``/``;``/``|``/``•`` outside parentheses."""
    items, depth, cur = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and ch in ",;|•·":
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
    if len(left) <= 2 and len(right) <= 2 and not (skill_known(left) and skill_known(right)):
        return [item]  # I/O, CI/CD, A/B: one thing unless both halves are known skills
    if len(left.split()) > 1 and len(right.split()) == 1:
        prefixed = f"{' '.join(left.split()[:-1])} {right}"  # Spring Boot/Cloud
        if skill_known(prefixed) or not skill_known(right):
            return [left, *_split_slash(prefixed)]
    return [left, *_split_slash(right)]


def split_item(item: str) -> list[str]:
    """One listed item → its skills, e.g. ``Kubernetes (Kubeflow, Argo)`` → three."""
    item = " ".join(item.split()).strip(" :-").rstrip(".")
    if not item or ("," not in item and skill_known(item)):
        return [item] if item else []
    m = re.match(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]*)\)\s*(?P<after>.*)$", item)
    if m:
        outer, inner, after = m["outer"].strip(), m["inner"].strip(), m["after"].strip()
        outer_full = f"{outer} {after}".strip()
        inner_items = split_list(inner)
        if len(inner_items) > 1:
            return [*split_item(outer_full), *(s for i in inner_items for s in split_item(i))]
        if not inner:
            return split_item(outer_full)
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
    return [s for s in _split_slash(item) if s]


def _keep(skill: str) -> bool:
    words = skill.split()
    cjk = sum(1 for c in skill if ord(c) >= 0x2E80)
    # a run of more than a dozen Chinese or Japanese characters is a sentence, not a skill
    return 0 < len(words) <= _MAX_SKILL_WORDS and not skill.endswith(":") and cjk <= 12


def extract_skills(lines: Sequence[Line], path: str) -> tuple[list[Skill], list[Line]]:
    """Listed skills of a skills section, and the lines that are really awards
    (``Recognition: Kaggle Expert``) for the awards extractor."""
    skills: list[Skill] = []
    award_lines: list[Line] = []
    category: str | None = None
    items = [part for line in _unwrapped([line for line in lines if line.text])
             for part in _groups_of(line)]
    for i, line in enumerate(items):
        text = line.text
        if _PROSE_RE.search(text):
            # skills told as sentences ("Go and Python daily. I have run Kafka clusters..."):
            # the skills they name are the listed ones
            source = Source(file=path, line_start=line.number, line_end=line.number)
            skills.extend(Skill(name=text[start:end], category=category, source=source)
                          for _, start, end in skill_mentions(text)
                          if not text[start:end].islower())
            continue
        if text.count(" / ") >= 2 and "," not in text:
            text = text.replace(" / ", ", ")  # "C / C++ / Python / Git"
        m = _GROUP_RE.match(text) or _CELL_GROUP_RE.match(text)
        label, rest = (m["label"].strip(), m["rest"]) if m else (None, text)
        if label and _AWARD_GROUP_RE.search(label):
            award_lines.append(replace(line, text=rest))
            continue
        if label and (_SKIP_GROUP_RE.search(label) or (
                "other" in (named := kinds_named(label)) and "skills" not in named)):
            continue  # interests, memberships, involvements: not skills
        if label is None and not line.bullet and _is_group_heading(
                text, items[i + 1] if i + 1 < len(items) else None):
            category = text
            continue
        if label and _LEVEL_RE.match(rest):
            skills.append(Skill(name=label, category=SPOKEN, source=Source(
                file=path, line_start=line.number, line_end=line.number)))
            continue  # "French: Mother tongue" names a language, not a list
        group = label or category
        source = Source(file=path, line_start=line.number, line_end=line.number)
        for listed in split_list(rest):
            if (spoken := _SPOKEN_RE.fullmatch(listed)) and _LEVEL_RE.match(spoken["level"]):
                skills.append(Skill(name=spoken["name"], category=SPOKEN, source=source))
                continue  # "Portuguese (native)"
            if len(listed.split()) > _MAX_SKILL_WORDS:
                # a sentence among the lists ("Familiar with Flink and ClickHouse for ..."):
                # the skills it names are listed ones
                skills.extend(Skill(name=listed[start:end], category=group, source=source)
                              for _, start, end in skill_mentions(listed)
                              if not listed[start:end].islower())
                continue
            for name in split_item(listed):
                if _keep(name):
                    skills.append(Skill(name=name, category=group, source=source))
    return skills, award_lines


_GROUP_SEP_RE = re.compile(r"\s+[·•|]\s+")


def _groups_of(line: Line) -> list[Line]:
    """``ML: PyTorch, JAX · Data: Spark, SQL`` → one line per labelled group."""
    parts = _GROUP_SEP_RE.split(line.text)
    if len(parts) < 2 or sum(bool(_GROUP_RE.match(p)) for p in parts) < 2:
        return [line]
    out: list[Line] = []
    for part in parts:
        if out and not _GROUP_RE.match(part):
            out[-1] = replace(out[-1], text=f"{out[-1].text}, {part}")
        else:
            out.append(replace(line, text=part))
    return out


def _unwrapped(lines: list[Line]) -> list[Line]:
    """Lines a PDF wrapped, joined again: one that leaves a parenthesis open or ends with a
    comma (``Python (pandas, scikit-learn,`` / ``PyTorch)``) goes on in the next, and so
    does a labelled list whose next line, printed right under it, has no label of its own
    (``Tools: Git, Root Cause`` / ``Analysis, 5S``)."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1].text if out else ""
        continued = bool(out) and line.number == out[-1].end + 1 and "," in previous and \
            bool(_GROUP_RE.match(previous)) and not _GROUP_RE.match(line.text) and \
            not previous.endswith(".") and "," in line.text
        if out and not line.bullet and (previous.count("(") > previous.count(")") or continued
                                        or previous.endswith(",") or line.text.startswith("(")):
            out[-1] = replace(out[-1], text=f"{out[-1].text} {line.text}")
        else:
            out.append(line)
    return out


def _is_group_heading(text: str, following: Line | None) -> bool:
    """A bare ``Frameworks`` line over a comma list names the group of that list."""
    return (following is not None and len(text.split()) <= 3 and "," not in text
            and "," in following.text and not _GROUP_RE.match(following.text))


def mentioned_skills(lines: Iterable[Line], path: str, listed: Iterable[str]) -> list[Skill]:
    """Skills the taxonomy finds in prose, minus those already listed."""
    seen = {skill_canonical(name).lower() for name in listed}
    out: list[Skill] = []
    for line in lines:
        for canonical, start, end in skill_mentions(line.text):
            key = canonical.lower()
            if key in seen:
                continue
            seen.add(key)
            out.append(Skill(name=line.text[start:end], mentioned=True, confidence=0.8,
                             source=Source(file=path, line_start=line.number,
                                           line_end=line.number)))
    return out

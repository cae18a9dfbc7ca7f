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
from ..lexicon.skill_names import split_item, split_list
from ..lexicon.spoken import is_level, only_level, spoken_language
from ..lexicon.taxonomy import skill_canonical, skill_is_broader, skill_known, skill_mentions
from ..lexicon.vocabulary import alternation, fold, vocabulary
from ..models import Skill, Source
from ..segment.lines import Line

__all__ = ["extract_skills", "mentioned_skills", "split_item", "split_list"]

# "Languages: Go, Rust"; "言語：Go、Rust", with the full-width colon of Chinese and Japanese
_GROUP_RE = re.compile(r"^(?P<label>[^:：,，、()]{2,40}?)\s*[:：]\s*(?P<rest>.*)$")
# A table row: "Backend | Node.js (Express), Spring Boot, GraphQL".
_CELL_GROUP_RE = re.compile(r"^(?P<label>[^|,:()]{2,40}?)\s+\|\s+(?P<rest>[^|]*,[^|]*)$")
_AWARD_GROUP_RE = re.compile(
    r"\b(?:recognitions?|awards?|honou?rs?|achievements?|certifications?|certificates?)\b", re.I)
_SKIP_GROUP_RE = re.compile(r"\b(?:interests?|hobbies|coursework|courses)\b", re.I)
_MAX_SKILL_WORDS = 6
# Prose, not a list: a sentence break inside the line, or the writer speaking ("I use ...").
# A Chinese or Japanese full stop ends a sentence too.
_PROSE_RE = re.compile(r"[a-z)]{2}\.\s+[A-Z]|\b(?:I|I'm|I've|I'd|my|we|our)\s+[a-z]|。")
# One listed skill, then a dash and what it was done with: "3D Printing - Prusa i3",
# "Ceramics – wheel and kiln".  A dash inside a word ("Mid-fire") has no space after it.
_DETAIL_RE = re.compile(r"^(?P<head>(?:\S+\s+){0,3}?[^\W\d_][\w+#.]*)\s*[-–—]\s+\S")
SPOKEN = "Spoken languages"
_SPOKEN_RE = re.compile(r"(?P<name>[A-Z][^\W\d_]+)\s*[(\-–:]\s*(?P<level>[^()]+?)\)?")
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
        cells = line.cells or tuple(text.split(" | "))
        rated = len(cells) >= 2 and _rating(cells[-1]) and text.endswith(cells[-1])
        if rated:
            # "Matlab, Mathematica | gute Kenntnisse": a table row, the skills then their level
            text = ", ".join(cells[:-1])
        if "," not in text:
            for sep in (" / ", " - "):
                if text.count(sep) >= 2:
                    text = text.replace(sep, ", ")  # "C / C++ / Python / Git", "R - SQL - Go"
        m = _GROUP_RE.match(text) or _CELL_GROUP_RE.match(text)
        label, rest = (m["label"].strip(), m["rest"]) if m else (None, text)
        if m is None and not rated and (trailing := _trailing_label(line)):
            label, rest = trailing
        if label and _AWARD_GROUP_RE.search(label):
            award_lines.append(replace(line, text=rest))
            continue
        if label and (_SKIP_GROUP_RE.search(label) or (
                "other" in (named := kinds_named(label)) and "skills" not in named)):
            continue  # interests, memberships, involvements: not skills
        if label is None and not line.bullet and not rated and (_rating(text) or _is_group_heading(
                text, items[i + 1] if i + 1 < len(items) else None)):
            category = text  # "Frameworks" over a list, or a tier: "Proficient" over its list
            continue
        if label and is_level(rest) and len(rest.split()) <= 3:
            # "French: Mother tongue" names a language; "Python: advanced" a rated skill
            spoken = spoken_language(label) or not skill_canonical(label)
            skills.append(Skill(name=label, category=SPOKEN if spoken else category,
                                source=Source(file=path, line_start=line.number,
                                              line_end=line.number)))
            continue
        group = label or category
        source = Source(file=path, line_start=line.number, line_end=line.number)
        if label is None and "," not in rest and (brand := _DETAIL_RE.match(rest)):
            rest = brand["head"]  # "Laser Engraving - Acme Lasers": the skill, not the tool
        for written in split_list(rest):
            # a sentence stays one however it opens ("Familiar with Flink and ... for ...")
            listed = written if len(written.split()) > _MAX_SKILL_WORDS else _without_lead(
                written)
            if (language := spoken_language(listed) or _tested_language(listed)) or (
                    (spoken := _SPOKEN_RE.fullmatch(listed)) and is_level(spoken["level"])
                    and not skill_canonical(spoken["name"])):
                name = language or spoken["name"]  # "Inglés (B2)", "Yoruba (native)"
                skills.append(Skill(name=name, category=SPOKEN, source=source))
                continue
            if len(listed.split()) > _MAX_SKILL_WORDS:
                # a sentence among the lists ("Familiar with Flink and ClickHouse for ..."):
                # the skills it names are listed ones
                skills.extend(Skill(name=listed[start:end], category=group, source=source)
                              for _, start, end in skill_mentions(listed)
                              if not listed[start:end].islower())
                continue
            for name in split_item(listed):
                if _keep(name):
                    skills.extend(Skill(name=named, category=group, source=source)
                                  for named in _named_in(name))
    return skills, award_lines


_LINK_RE = re.compile(alternation(vocabulary().skill_links))
# "Knowledge of Photoshop", "Conoscenza completa di Microsoft Office": the lead is no skill
_LEAD_RE = re.compile(rf"^(?:{alternation(vocabulary().skill_leads)})\s+(?=\S)")


def _without_lead(item: str) -> str:
    m = _LEAD_RE.match(fold(item))
    return item[m.end():] if m else item


def _named_in(item: str) -> list[str]:
    """An item as the skills it names: the known skills its own words lead to (``Tri de
    données avec pandas`` → pandas, ``jobs submitted on SLURM`` → SLURM), else itself.
    Only lower-case words joined by a link word (with, avec, mit) are dropped: a
    capitalised one makes a name of its own (``SAP FICO``), and a bare noun before a skill
    narrows it (``electrophysiology data analysis``)."""
    if len(item.split()) < 2 or skill_known(item):
        return [item]
    spans = [(start, end) for _, start, end in skill_mentions(item)]
    rest = item
    for start, end in spans:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    words = rest.split()
    if item[:1].isupper() and words and item.startswith(words[0]):
        words = words[1:]  # the capital that opens the phrase is the sentence's, not a name's
    if not spans or any(word[:1].isupper() for word in words) or not _LINK_RE.search(
            fold(rest)):
        return [item]
    return [item[start:end] for start, end in spans]


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
    (``Tools: Git, Root Cause`` / ``Analysis, 5S``), and so does a line that ends on a
    word no skill ends with (``Python and`` / ``Go``)."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1].text if out else ""
        continued = bool(out) and line.number == out[-1].end + 1 and "," in previous and \
            bool(_GROUP_RE.match(previous)) and not _GROUP_RE.match(line.text) and \
            not previous.endswith(".") and "," in line.text
        if out and not line.bullet and (previous.count("(") > previous.count(")") or continued
                                        or previous.endswith(",") or line.text.startswith("(")
                                        or _open_ended(previous)):
            glue = ", " if continued and _item_ends(previous, line.text) else " "
            out[-1] = replace(out[-1], text=f"{out[-1].text}{glue}{line.text}")
        else:
            out.append(line)
    return out


def _item_ends(previous: str, following: str) -> bool:
    """Whether a wrapped list broke between two items (``Swift`` / ``Ruby, PHP``) rather
    than inside one (``Root Cause`` / ``Analysis``): both sides are skills of their own
    and, read together, no skill."""
    last, first = previous.rsplit(",", 1)[-1].strip(), following.split(",", 1)[0].strip()
    return skill_known(last) and skill_known(first) and not skill_known(f"{last} {first}")


# Words a skill never ends with: a line ending in one was cut by the page's width
# ("JavaScript, HTML and" / "CSS", "Support for new colleagues at the" / "start").
_OPEN_END_RE = re.compile(
    rf"\s(?:{alternation(vocabulary().skill_links)}|and|und|et|y|e|or|oder|ou|o|of|the|"
    r"de|del|al|du|des|der|die|das|di|da|do|a|à|to|zu|zur|zum|&)$")


def _open_ended(text: str) -> bool:
    """Whether a line ends on a lower-case link word (``Vitamin A`` ends on a name)."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return last.islower() and bool(_OPEN_END_RE.search(fold(text)))


_NOTE_RE = re.compile(r"^(?P<head>[^()]+?)\s*\([^()]*\)$")


def _tested_language(item: str) -> str | None:
    """``English (TOEIC: 980/990)``: a spoken language with a note on how it was rated."""
    m = _NOTE_RE.match(item)
    return spoken_language(m["head"]) if m else None


def _trailing_label(line: Line) -> tuple[str, str] | None:
    """A table row that gives the list first and its group last (``Git, SVN | Version
    control``, ``YAML | Other languages``): the last cell is the label when it is no list
    and no skill while the first is a list, or a skill on its own."""
    cells = line.cells or tuple(line.text.split(" | "))
    if len(cells) != 2:
        return None
    items, label = (cell.strip() for cell in cells)
    if skill_known(items) and skill_is_broader(label, items):
        return label, items  # "Git | Control de versiones": the kind it is
    if "," in label or (skill_known(label) and "," not in items) or not label[:1].isupper():
        return None
    if "," in items or (skill_known(items) and not skill_known(label)):
        return label, items
    return None


def _rating(cell: str) -> bool:
    """A table cell that only rates the skills beside it (``sehr gute Kenntnisse``,
    ``advanced``)."""
    return len(cell.split()) <= 4 and only_level(cell) and not spoken_language(cell)


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

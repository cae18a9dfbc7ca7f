"""How much of a document the extractors placed: the per-file diagnostics a user reads to
know which résumés to check by hand.

A line counts as *used* when it lies in the source span of a fact (a job, a degree, a paper,
a skill, the contact block) or is the heading of a section the lexicon knows.  A document
whose lines are mostly unused, or whose sections have no known heading, is flagged low
confidence: what was found still loads, and ``flagged_people`` lists its owner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .lexicon.headings import classify
from .models import Coverage, Resume, Source
from .segment.lines import Line
from .segment.sections import Section

__all__ = ["LOW_SHARE", "measure_coverage"]

LOW_SHARE = 0.5
"""Below this share of lines used a document is low confidence: on the real-dev résumés the
files under it are those whose sections or columns the parser misread."""

_MIN_LINES = 8  # a very short document is judged by what it has, not by its share
_ICON_RE = re.compile(r"[\ue000-\uf8ff\ufffd]|\(cid:\d+\)")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # no spaces between words there
_UNKNOWN = "unknown"  # a heading the lexicon does not know (see segment.sections)


def _spans(sources: Iterable[Source | None]) -> set[int]:
    out: set[int] = set()
    for source in sources:
        if source is not None and source.line_start:
            out.update(range(source.line_start, max(source.line_end, source.line_start) + 1))
    return out


def _facts(resume: Resume) -> set[int]:
    items = [*resume.positions, *resume.education, *resume.publications, *resume.awards,
             *resume.projects, *resume.patents, *resume.skills]
    return _spans([resume.contact.source, *(item.source for item in items)])


def _unrecognised(section: Section) -> bool:
    """A section under a heading the lexicon does not know: ``unknown`` (a LaTeX section
    of any words) or ``other`` given to a heading only by its look (capitals, underline)."""
    return section.kind == _UNKNOWN or (section.kind == "other" and bool(section.title)
                                        and classify(section.title.strip(" :.")) is None)


def _layout(blocks: Sequence[str], sections: Sequence[Section]) -> list[str]:
    """Problems a reader of the text can suspect without the page: icon fonts left as
    private-use glyphs, a sidebar or columns cut into fragments, no heading the lexicon
    knows.  (Columns side by side on one line are cells to the readers already.)"""
    texts = [text for block in blocks for text in block.splitlines() if text.strip()]
    problems: list[str] = []
    icons = sum(len(_ICON_RE.findall(text)) for text in texts)
    if icons >= 3:
        problems.append(f"{icons} icon or unmapped glyphs in the text")
    if len(texts) >= _MIN_LINES:
        short = sum(1 for text in texts if len(text.split()) <= 2 and not _CJK_RE.search(text))
        if short / len(texts) > 0.6:
            problems.append(f"{short} of {len(texts)} lines have one or two words "
                            "(a sidebar or columns cut into fragments)")
    if not any(s.kind != "preamble" and not _unrecognised(s) for s in sections):
        problems.append("no section heading recognised")
    return problems


def measure_coverage(blocks: Sequence[str], lines: Sequence[Line], sections: Sequence[Section],
                     resume: Resume) -> Coverage:
    """The coverage of one extracted document (see the module docstring): ``blocks`` the
    reader's texts, ``lines`` the cleaned lines the sections were split from."""
    numbers = {line.number for line in lines if line.text}
    used = _facts(resume)
    used.update(s.heading_line for s in sections if not _unrecognised(s) and s.heading_line)
    if resume.contact.summary:
        used.update(line.number for s in sections if s.kind == "summary" for line in s.lines)
    lines_used = len(numbers & used)
    share = round(lines_used / len(numbers), 3) if numbers else 1.0
    layout = _layout(blocks, sections)
    known = [s.title if s.kind == "other" else s.kind for s in sections
             if s.kind != "preamble" and not _unrecognised(s)]
    unrecognised = [s.title for s in sections if _unrecognised(s) and s.title]
    low = (len(numbers) >= _MIN_LINES and share < LOW_SHARE) or not known
    return Coverage(lines=len(numbers), lines_used=lines_used, share_used=share,
                    sections=list(dict.fromkeys(known)),
                    unrecognised_sections=list(dict.fromkeys(unrecognised)),
                    layout=layout, low_confidence=low)

"""Per-file diagnostics: the share of lines placed, the sections named and not, suspected
layout problems, and the low-confidence flag a partly read résumé gets (issue 17.6, 17.3)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from click.testing import CliRunner

from talentgraph.cli import main
from talentgraph.loaders import Document, extract
from talentgraph.loaders.coverage import LOW_SHARE
from talentgraph.loaders.models import Resume


def _resume(text: str, name: str = "cv.txt") -> Resume:
    return extract(Document.from_text(name, name.rsplit(".", 1)[-1],
                                      hashlib.sha256(text.encode()).hexdigest(),
                                      tuple(text.splitlines())))


_WELL_READ = """\
Jana Novak
jana.novak@example.org

EXPERIENCE
Data Engineer, Riverbank Analytics, 2020 - 2024
- Built the nightly load
Analyst, Harbor Insurance, 2017 - 2020

EDUCATION
MSc Computer Science, University of Leeds, 2015 - 2017

SKILLS
Python, SQL, Airflow
"""

# entries under headings the lexicon does not know, and prose no extractor claims
_PARTLY_READ = """\
Jana Novak
jana.novak@example.org

EXPERIENCE
Data Engineer, Riverbank Analytics, 2020 - 2024

FIELDWORK CAMPAIGNS
Three seasons on the northern coast measuring dune erosion with volunteers
Organised the equipment loans between the partner museums every spring
Wrote the weekly bulletin that went to the island's primary schools

STEWARDSHIP ROLES
Looked after the herbarium's loan book and its visitors for two summers
Trained new volunteers in the safe handling of the older specimens
Answered the public enquiries that came in through the regional office
"""


def test_a_well_read_resume_uses_most_lines_and_is_not_flagged() -> None:
    coverage = _resume(_WELL_READ).coverage
    assert coverage is not None
    assert coverage.sections == ["experience", "education", "skills"]
    assert coverage.unrecognised_sections == [] and coverage.layout == []
    assert coverage.lines == 10 and coverage.share_used >= 0.9
    assert not coverage.low_confidence


def test_a_partly_read_resume_keeps_what_was_found_and_is_flagged() -> None:
    resume = _resume(_PARTLY_READ)
    coverage = resume.coverage
    assert coverage is not None and coverage.low_confidence
    assert coverage.share_used < LOW_SHARE
    assert coverage.unrecognised_sections == ["FIELDWORK CAMPAIGNS", "STEWARDSHIP ROLES"]
    assert [(p.employer, p.title) for p in resume.positions] == [
        ("Riverbank Analytics", "Data Engineer")]
    assert resume.contact.name == "Jana Novak"
    assert any(w.startswith("low confidence:") for w in resume.warnings)


def test_a_document_without_any_known_heading_is_flagged_even_when_short() -> None:
    coverage = _resume("Jana Novak\njana.novak@example.org\nLikes maps and boats\n").coverage
    assert coverage is not None and coverage.low_confidence
    assert "no section heading recognised" in coverage.layout


def test_layout_problems_are_named() -> None:
    icons = _WELL_READ.replace("jana.novak@example.org", "\uf0e0 jana.novak@example.org "
                               "\uf095 +44 20 7946 0000 \uf0ac example.org")
    assert "3 icon or unmapped glyphs in the text" in _resume(icons).coverage.layout
    # a two-column page read one word-group at a time
    fragments = "\n".join(["Jana Novak", "EXPERIENCE", "Data Engineer", "Riverbank",
                           "Analytics", "2020 - 2024", "SKILLS", "Python", "SQL", "Airflow",
                           "EDUCATION", "MSc", "Leeds", "2015 - 2017"])
    assert any("fragments" in p for p in _resume(fragments).coverage.layout)
    assert not any("fragments" in p for p in _resume(_WELL_READ).coverage.layout)


def test_short_lines_of_chinese_are_not_taken_for_fragments() -> None:
    text = "张伟\n\n## 工作经历\n" + "\n".join(
        f"- 负责数据平台第{i}期的建设" for i in range(12)) + "\n\n## 专业技能\n- Python\n- SQL\n"
    assert not any("fragments" in p for p in _resume(text, "cv.md").coverage.layout)


def test_parse_prints_the_coverage_in_x_talentgraph(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(_PARTLY_READ, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 0, result.output
    coverage = json.loads(result.output)["x-talentgraph"]["coverage"]
    assert coverage["low_confidence"] is True
    assert coverage["unrecognised_sections"] == ["FIELDWORK CAMPAIGNS", "STEWARDSHIP ROLES"]


def test_load_names_the_partly_read_files_and_flags_their_owners(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(_WELL_READ.replace("Jana Novak", "Ivo Marek").replace(
        "jana.novak", "ivo.marek"), encoding="utf-8")
    (docs / "partial.txt").write_text(_PARTLY_READ, encoding="utf-8")
    store = str(tmp_path / "g.lbug")
    result = CliRunner().invoke(main, ["--store", store, "load", str(docs)])
    assert result.exit_code == 0, result.output
    [check] = [line for line in result.output.splitlines() if line.startswith("check:")]
    assert "1 résumé(s) read only in part" in check and "partial.txt" in check
    assert "good.txt" not in check
    flagged = CliRunner().invoke(main, ["--store", store, "query", "flagged_people",
                                        "--format", "json"])
    assert [(r["person"], r["issue"]) for r in json.loads(flagged.output)] == [
        ("Jana Novak", "partly read résumé")]

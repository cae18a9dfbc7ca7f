"""Projects as bold lines, labelled bullets, or under dated context lines."""

from __future__ import annotations

from talentgraph.loaders.fields.projects import extract_projects, project_name
from talentgraph.loaders.segment.lines import to_lines


def test_project_name_strips_tags_and_descriptions() -> None:
    assert project_name("[Kaggle Contest]H&M Fashion Recs (Ranked 75th, Silver medal)") == (
        "H&M Fashion Recs", "Ranked 75th, Silver medal")
    assert project_name("DeepContext—A Context-Aware ML Profiler") == (
        "DeepContext", "A Context-Aware ML Profiler")


def test_context_lines_give_organization_and_dates() -> None:
    projects = extract_projects(to_lines([
        "### 06/2023-01/2024 Platform of A.I., Cloud Intelligence", "Beijing, China",
        "#### EasyDist—An Automatic Training Framework", "- Built an allocator.",
        "**Gitlytics**", "June 2020 – Present", "Technologies: Python, Flask", "- Built it.",
        "- **Learned Filters:** A PyTorch Bloom filter",
    ]), "cv.md")
    assert [(p.name, p.start, p.end) for p in projects] == [
        ("EasyDist", "2023-06", "2024-01"), ("Gitlytics", "2020-06", None),
        ("Learned Filters", "2023-06", "2024-01")]
    assert projects[0].bullets == ["Built an allocator."]
    assert projects[1].bullets == ["Technologies: Python, Flask", "Built it."]

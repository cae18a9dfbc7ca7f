"""Job postings read into Jobs: required and preferred skills, title, occupation, level,
years, degree and location, from text, Markdown, DOCX and PDF; bad input named."""

from __future__ import annotations

from pathlib import Path

import pytest

from talentgraph.queries.matching.posting import PostingError, job_from_text, parse_posting

POSTING = """# Senior Backend Engineer

Location: Berlin, Germany

## About us
We are a fintech using Java and Scala everywhere.

## What you'll do
- Design REST APIs and services on Kubernetes

## Requirements
- 5+ years of experience building backend services
- Strong Python and PostgreSQL
- Bachelor's degree in Computer Science or related field
- Must have: Kafka, Frobnicator

## Nice to have
- Go or Rust
- Terraform is a plus
"""


def _check(job) -> None:  # type: ignore[no-untyped-def]
    assert job.title == "Senior Backend Engineer"
    assert (job.occupation, job.occupation_name) == ("15-1252.00", "Software Developers")
    assert job.seniority == "senior"
    assert job.min_years == 5
    assert job.degree_level == "bachelor"
    assert job.location == "Berlin, Germany"
    assert sorted(s.name for s in job.required) == [
        "Apache Kafka", "Frobnicator", "PostgreSQL", "Python"]
    # the role's description (Kubernetes, REST APIs) and the nice-to-haves are preferred;
    # the company's own stack (Java, Scala in "About us") is asked of nobody
    assert sorted(s.name for s in job.preferred) == [
        "Go", "Kubernetes", "REST APIs", "Rust", "Terraform"]
    assert job.unknown_skills == ("Frobnicator",)


def test_markdown_posting(tmp_path: Path) -> None:
    path = tmp_path / "backend.md"
    path.write_text(POSTING, encoding="utf-8")
    job = parse_posting(path)
    _check(job)
    assert job.source == str(path)
    assert dict(job.evidence)["min_years"] == "line 12"


def test_text_posting_with_cues_instead_of_headings() -> None:
    job = job_from_text(
        "Data Engineer\n"
        "We need someone with 3 years of experience in SQL and Apache Spark.\n"
        "Airflow would be a plus. Remote.\n"
        "A Master's degree or PhD is required.\n")
    assert (job.title, job.occupation_name) == ("Data Engineer", "Database Architects")
    assert job.seniority is None
    assert job.min_years == 3
    assert job.location == "remote"
    assert job.degree_level == "master"  # the lowest degree the requirement accepts
    # "we need" makes a line required, "would be a plus" preferred
    assert {s.name: s.required for s in job.skills} == {
        "SQL": True, "Apache Spark": True, "Apache Airflow": False}


def test_docx_and_pdf_postings(tmp_path: Path) -> None:
    import docx
    from fpdf import FPDF

    lines = [line for line in POSTING.splitlines()]
    document = docx.Document()
    for line in lines:
        if line.startswith("# "):
            document.add_heading(line[2:], level=1)
        elif line.startswith("## "):
            document.add_heading(line[3:], level=2)
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line:
            document.add_paragraph(line)
    document.save(tmp_path / "backend.docx")
    _check(parse_posting(tmp_path / "backend.docx"))

    pdf = FPDF()
    pdf.add_page()
    for line in lines:
        size = 16 if line.startswith("# ") else 13 if line.startswith("## ") else 10
        pdf.set_font("Helvetica", "B" if line.startswith("#") else "", size)
        text = line.lstrip("# ").replace("- ", "- ", 1)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "backend.pdf"))
    _check(parse_posting(tmp_path / "backend.pdf"))


def test_an_empty_posting_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("  \n", encoding="utf-8")
    with pytest.raises(PostingError, match=r"empty\.md: empty"):
        parse_posting(path)


def test_a_document_that_is_no_job_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "recipe.txt"
    path.write_text("Grandmother's apple pie\nPeel six apples, add sugar and cinnamon.\n"
                    "Bake for forty minutes.\n", encoding="utf-8")
    with pytest.raises(PostingError, match=r"recipe\.txt: does not read as a job posting"):
        parse_posting(path)


def test_an_unreadable_format_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "job.xyz"
    path.write_text("Python", encoding="utf-8")
    with pytest.raises(PostingError, match=r"job\.xyz: unsupported file type"):
        parse_posting(path)


def test_degree_abbreviations_need_a_field_or_another_degree() -> None:
    job = job_from_text("Office Manager\nRequirements:\n- Must know MS Office and Excel\n")
    assert job.degree_level is None
    job = job_from_text("ML Engineer\nRequirements:\n- BS/MS in Computer Science\n- Python\n")
    assert job.degree_level == "bachelor"
    assert [s.name for s in job.skills] == ["Python"]

"""JSON Resume mapping, talentgraph's extensions, and refusals that name the field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from talentgraph.loaders.errors import InputError
from talentgraph.loaders.read import read_document

RESUME: dict[str, Any] = {
    "basics": {
        "name": "Jane Doe", "label": "Engineer", "email": "jane@example.com",
        "phone": "555-123-4567", "url": "https://jane.dev",
        "location": {"city": "Boston", "region": "MA", "countryCode": "US"},
        "profiles": [{"network": "GitHub", "username": "jdoe"},
                     {"network": "LinkedIn", "url": "https://linkedin.com/in/jdoe"}],
        "name_inferred": True,
    },
    "work": [
        {"name": "Acme", "position": "Staff Engineer", "location": "Boston, MA",
         "startDate": "2020-03-15", "highlights": ["Led the platform team"]},
        {"company": "Initech", "position": "Engineer", "startDate": "2016-06",
         "endDate": "2020-02"},
    ],
    "education": [{"institution": "MIT", "studyType": "B.S.", "area": "Computer Science",
                   "startDate": "2012", "endDate": "2016", "score": "3.9"}],
    "skills": [{"name": "Languages", "keywords": ["Python", "Go"]}, {"name": "Docker"}],
    "publications": [{"name": "Fast Things", "publisher": "NeurIPS", "releaseDate": "2019-12-01",
                      "authors": ["A. Smith*", "Jane Doe*", "B. Jones"]}],
    "awards": [{"title": "Best Paper", "date": "2019-12", "awarder": "NeurIPS"}],
    "projects": [{"name": "gizmo", "description": "A tool", "startDate": "2018",
                  "highlights": ["1k stars"]}],
    "patents": [{"title": "Widget", "number": "US 10,000,001", "date": "2021-05"}],
    "advisors": [{"name": "Prof. X", "school": "MIT"}],
    "meta": {"version": "v1.0.0"},
}


def _read(tmp_path: Path, content: Any) -> Any:
    path = tmp_path / "cv.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return read_document(path)


def test_mapping(tmp_path: Path) -> None:
    doc = _read(tmp_path, RESUME)
    resume = doc.structured
    assert doc.format == resume.format == "jsonresume"
    assert resume.sha256 == doc.sha256 and resume.source_file == doc.path
    contact = resume.contact
    assert (contact.name, contact.name_inferred, contact.emails) == (
        "Jane Doe", True, ["jane@example.com"])
    assert contact.location.raw == "Boston, MA, US"
    assert [p.url for p in contact.profiles] == ["https://github.com/jdoe",
                                                 "https://linkedin.com/in/jdoe"]
    acme, initech = resume.positions
    assert (acme.employer, acme.title, acme.start, acme.end, acme.current) == (
        "Acme", "Staff Engineer", "2020-03", None, True)
    assert (initech.employer, initech.end, initech.current) == ("Initech", "2020-02", False)
    assert acme.bullets == ["Led the platform team"]
    school = resume.education[0]
    assert (school.school, school.degree, school.field, school.end, school.gpa) == (
        "MIT", "B.S.", "Computer Science", "2016", "3.9")
    assert [(s.name, s.category) for s in resume.skills] == [
        ("Python", "Languages"), ("Go", "Languages"), ("Docker", None)]
    paper = resume.publications[0]
    assert (paper.title, paper.venue, paper.year) == ("Fast Things", "NeurIPS", "2019")
    assert paper.authors == ["A. Smith", "Jane Doe", "B. Jones"]
    assert paper.co_first_authors == ["A. Smith", "Jane Doe"]
    assert paper.owner_position == 2
    assert (resume.awards[0].title, resume.awards[0].date) == ("Best Paper", "2019-12")
    assert resume.projects[0].bullets == ["1k stars"]
    assert resume.patents[0].number == "US 10,000,001"
    assert resume.advisors[0].school == "MIT"


def test_sources_point_at_the_pretty_printed_entry(tmp_path: Path) -> None:
    doc = _read(tmp_path, RESUME)
    assert [b.text for b in doc.blocks] == json.dumps(RESUME, indent=2, ensure_ascii=False).splitlines()
    initech = doc.structured.positions[1].source
    assert '"company": "Initech"' in doc.blocks[initech.line_start].text
    assert doc.blocks[initech.line_end - 1].text.strip().startswith("}")


def test_entries_without_names_are_skipped_with_a_warning(tmp_path: Path) -> None:
    resume = _read(tmp_path, {"work": [{"position": "Ghost"}]}).structured
    assert resume.positions == []
    assert resume.warnings == ["work[0] has no name; skipped"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ([1, 2], "top level must be an object"),
        ({"hello": "world"}, "not a JSON Resume"),
        ({"basics": 42, "work": 7}, "no section holds anything"),
        ("{\"work\": [", "not valid JSON"),
        ("[" * 100_000, "not valid JSON"),
    ],
)
def test_refusals_say_why(tmp_path: Path, content: Any, reason: str) -> None:
    with pytest.raises(InputError) as err:
        _read(tmp_path, content)
    assert reason in err.value.reason


def test_values_of_the_wrong_type_are_read_and_noted(tmp_path: Path) -> None:
    resume = _read(tmp_path, {
        "basics": "Jane Roe",
        "work": [{"company": "Initech", "website": "https://initech.example",
                  "startDate": 2019, "endDate": "Present",
                  "highlights": "Built the billing system",
                  "summary": "- Led the team\n- Cut costs by 30%"}],
        "skills": [{"name": "Languages", "keywords": "Python, Go"}],
    }).structured
    assert resume.contact.name == "Jane Roe"
    [job] = resume.positions
    assert (job.employer, job.start, job.end, job.current) == ("Initech", "2019", None, True)
    assert job.bullets == ["Led the team", "Cut costs by 30%", "Built the billing system"]
    assert [s.name for s in resume.skills] == ["Python", "Go"]
    notes = "\n".join(resume.warnings)
    for expected in ("basics: text where an entry belongs", "work[0].website: read as url",
                     "work[0].startDate: number read as text",
                     "work[0].highlights: text where a list belongs",
                     "skills[0].keywords: text where a list belongs"):
        assert expected in notes


def test_dates_as_people_write_them(tmp_path: Path) -> None:
    resume = _read(tmp_path, {"work": [
        {"name": "A", "startDate": "2024-09-31", "endDate": ""},
        {"name": "B", "startDate": "'16", "endDate": "Okt. 2018"},
        {"name": "C", "startDate": "Jan 2012", "endDate": "heute"},
    ]}).structured
    assert [(p.start, p.end, p.current) for p in resume.positions] == [
        ("2024-09", None, True), ("2016", "2018-10", False), ("2012-01", None, True)]


def test_skills_under_a_key_of_their_own_and_composite_keywords(tmp_path: Path) -> None:
    resume = _read(tmp_path, {
        "basics": {"name": "Jane Roe"},
        "Technical skills": {"Backend": ["Laravel 5.*", "CI/CD (GitHub Actions & Travis CI)"]},
        "skills": [{"name": "Docker", "keywords": ["Compose"]},
                   {"name": "Databases", "keywords": ["PostgreSQL"]},
                   {"name": "Cloud", "keywords": ["AWS"]}],
    }).structured
    names = [s.name for s in resume.skills]
    assert names.index("Docker") + 1 == names.index("Compose")  # a tool heads its group
    assert "Databases" not in names and "Cloud" not in names  # kinds of skill do not
    assert {"Laravel", "CI/CD", "GitHub Actions", "Travis CI"} <= set(names)
    assert "Technical skills: read as skills" in resume.warnings


def test_a_keyword_holding_a_labelled_list_is_the_listed_skills(tmp_path: Path) -> None:
    resume = _read(tmp_path, {
        "basics": {"name": "Jane Roe"},
        "skills": [{"name": "Front end", "keywords": [
            "UI Frameworks: Vue, Angular, Svelte", "Python (2,3)", "Cucumber/Gherkin"]}],
    }).structured
    assert [s.name for s in resume.skills] == [
        "Vue", "Angular", "Svelte", "Python", "Cucumber", "Gherkin"]

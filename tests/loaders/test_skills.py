"""Skill lists split into single skills; awards hiding in skills sections move out."""

from __future__ import annotations

from support.records import lines_of

from talentgraph.loaders.fields.skills import extract_skills, split_item, split_list
from talentgraph.loaders.segment.lines import to_lines


def test_split_list_respects_parentheses() -> None:
    assert split_list("Kubernetes (Kubeflow, Argo), Docker, .NET, etc.") == [
        "Kubernetes (Kubeflow, Argo)", "Docker", ".NET"]


def test_split_items() -> None:
    assert split_item("C/C++") == ["C", "C++"]
    assert split_item("Spring Boot/Cloud") == ["Spring Boot", "Spring Cloud"]
    assert split_item("GNN/Transformers") == ["GNN", "Transformers"]
    assert split_item("Kubernetes (Kubeflow, Argo, Istio)") == [
        "Kubernetes", "Kubeflow", "Argo", "Istio"]
    assert len(split_item("Natural Language Processing (NLP)")) == 1
    assert split_item("I/O") == ["I/O"]


def test_groups_and_award_lines() -> None:
    skills, award_lines = extract_skills(to_lines([
        "**Programming Languages:** Python, C/C++",
        "Recognition: Kaggle Expert (with 2 silver medals)",
        "French: Mother tongue",
        "Frameworks",
        "PyTorch, JAX",
    ]), "cv.md")
    assert [(s.name, s.category) for s in skills] == [
        ("Python", "Programming Languages"), ("C", "Programming Languages"),
        ("C++", "Programming Languages"), ("French", "Spoken languages"),
        ("PyTorch", "Frameworks"), ("JAX", "Frameworks")]
    assert [line.text for line in award_lines] == ["Kaggle Expert (with 2 silver medals)"]
    assert not any(s.mentioned for s in skills)


def test_a_skill_led_to_by_a_link_word_stands_alone() -> None:
    skills, _ = extract_skills(to_lines([
        "Data: cleaning tables with pandas, jobs submitted on Slurm, SAP FICO, "
        "electrophysiology data analysis",
        "Outils: Tri de données avec pandas, mise en production via Docker"]), "cv.txt")
    assert [s.name for s in skills] == [
        "pandas", "Slurm", "SAP FICO", "electrophysiology data analysis", "pandas", "Docker"]


def test_square_brackets_read_as_parentheses() -> None:
    assert split_item("Programming [Python]") == ["Python"]
    # a field over its bracketed list is the group's name, not a skill: the items are
    assert split_item("Lab automation [Opentrons, Hamilton]") == ["Opentrons", "Hamilton"]


def test_a_conjoined_side_opening_with_of_shares_the_head_noun() -> None:
    assert split_item("Engenharia Civil e de Transportes") == [
        "Engenharia Civil", "Engenharia de Transportes"]


def test_two_unknown_halves_joined_by_and_stay_one_skill() -> None:
    assert split_item("Protein Expression and Purification") == [
        "Protein Expression and Purification"]
    assert split_item("Python and R") == ["Python", "R"]


def test_a_lone_letter_beside_a_slash_is_part_of_the_name() -> None:
    assert split_item("QRS/X") == ["QRS/X"]
    assert split_item("C/C++") == ["C", "C++"]


def test_skill_groups_as_table_rows_several_on_a_line_and_in_a_sentence() -> None:
    skills, _ = extract_skills(lines_of(
        "Backend | Django, FastAPI\n"
        "ML: PyTorch, JAX · Data: Apache Spark, SQL\n"
        "Familiar with Kubernetes and Terraform for small teams and real-time analytics"),
        "cv.txt")
    assert [(s.name, s.category) for s in skills] == [
        ("Django", "Backend"), ("FastAPI", "Backend"), ("PyTorch", "ML"), ("JAX", "ML"),
        ("Apache Spark", "Data"), ("SQL", "Data"), ("Kubernetes", None), ("Terraform", None)]


def test_parenthesised_parts_notes_and_methods() -> None:
    assert split_item("Apache Spark (Structured Streaming)") == [
        "Apache Spark", "Spark Structured Streaming"]
    assert split_item("Python (scripting)") == ["Python"]
    assert split_item("Node.js (Express)") == ["Node.js", "Express"]
    assert split_item("Optimization (MILP)") == ["MILP"]


def test_a_lead_naming_no_skill_is_dropped_from_a_listed_item() -> None:
    skills, _ = extract_skills(to_lines([
        "- Conoscenza di Photoshop", "- Knowledge of Tableau", "- Kenntnisse in SAP",
        "- Familiar with Flink and ClickHouse for real-time analytics"]), "cv.txt")
    assert [s.name for s in skills] == ["Photoshop", "Tableau", "SAP", "Flink", "ClickHouse"]


def test_a_bracket_of_versions_or_a_rating_is_no_skill() -> None:
    assert split_item("Python (2, 3)") == ["Python"]
    assert split_item("Java (8+)") == ["Java"]
    assert split_item("JavaScript (Básico)") == ["JavaScript"]
    assert split_item("SQL (advanced)") == ["SQL"]
    assert split_item("Excel (Power Query)") == ["Excel", "Power Query"]


def test_a_table_row_may_give_its_group_in_the_last_cell() -> None:
    skills, _ = extract_skills(lines_of(
        "CSS, HTML, Markdown | Lenguajes de marcado\n"
        "Git | Control de versiones\n"
        "YAML | Otros lenguajes\n"
        "Backend | Django, FastAPI"), "cv.md")
    assert [(s.name, s.category) for s in skills] == [
        ("CSS", "Lenguajes de marcado"), ("HTML", "Lenguajes de marcado"),
        ("Markdown", "Lenguajes de marcado"), ("Git", "Control de versiones"),
        ("YAML", "Otros lenguajes"), ("Django", "Backend"), ("FastAPI", "Backend")]

"""Jobs on layouts the parser was not first written for: date forms, separators and
markup that hid whole entries (issue 16).  Each rule on a small résumé written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.records import record_of

from talentgraph.loaders import extract, to_json_resume
from talentgraph.loaders.fields.positions import read_role
from talentgraph.loaders.lexicon.dates import find_dates
from talentgraph.loaders.read import read_document


def _jobs(record: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(w["name"], w.get("position"), w.get("startDate"), w.get("endDate"))
            for w in record.get("work", [])]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("3 - 4/2014", "2014-03", "2014-04"),  # two month numbers sharing one year
    ("10.-12.2019", "2019-10", "2019-12"),
    ("05/2021 há 09/2021", "2021-05", "2021-09"),  # "há" misspelt for "à" (Portuguese)
    ("05/2021 à 09/2021", "2021-05", "2021-09"),
])
def test_more_range_forms(text: str, start: str, end: str) -> None:
    (span,) = find_dates(text)
    assert (span.start, span.end, span.is_range) == (start, end, True)


def test_months_sharing_a_year_must_run_forwards() -> None:
    assert all(not s.is_range for s in find_dates("4 - 3/2014"))


@pytest.mark.parametrize(("line", "title", "employer"), [
    ("Representante de Atendimento - Contoso do Brasil", "Representante de Atendimento",
     "Contoso do Brasil"),
    ("Contoso Retail - Sales Assistant", "Sales Assistant", "Contoso Retail"),
    ("Technicien de support - Fabrikam", "Technicien de support", "Fabrikam"),
])
def test_title_and_employer_joined_by_a_spaced_hyphen(line: str, title: str,
                                                      employer: str) -> None:
    role = read_role([line])
    assert (role.title, role.employer) == (title, employer)


def test_a_spaced_hyphen_between_two_names_splits_nothing() -> None:
    assert read_role(["Acme - North Region"]).title is None


def test_dated_bullets_with_title_hyphen_employer_in_portuguese() -> None:
    record = record_of(
        "Ana Lima\n\nExperiências:\n\n"
        "• 05/2021 há 09/2021 Especialista em Vendas - Contoso Financeira\n"
        "Atividades desenvolvidas: ofertas a clientes.\n\n"
        "• 09/2020 há 05/2021 Representante de Atendimento - Fabrikam Serviços.\n"
        "Atividades desenvolvidas: atendimento ao cliente.\n")
    assert [(n, t, s) for n, t, s, _ in _jobs(record)] == [
        ("Contoso Financeira", "Especialista em Vendas", "2021-05"),
        ("Fabrikam Serviços.", "Representante de Atendimento", "2020-09")]


def test_numeric_month_ranges_in_german_table_rows() -> None:
    record = record_of(
        "Max Muster\n\nBeruflicher Werdegang\n\n"
        "seit 6/2015 | Contoso Personal GmbH\nLagerhelfer\n\n"
        "3 - 4/2014 | Fabrikam GbR\nProgrammierer\n")
    assert [(n.split()[0], t, s, e) for n, t, s, e in _jobs(record)] == [
        ("Contoso", "Lagerhelfer", "2015-06", None),
        ("Fabrikam", "Programmierer", "2014-03", "2014-04")]


def test_markdown_folded_duties_and_hard_breaks(tmp_path: Path) -> None:
    """GitHub Markdown: a job's duties folded in ``<details><summary>``, header lines ended
    with a backslash (a hard line break), a ``Projects:`` field under the employer."""
    text = (
        "# Erika Muster\n\n## BERUFSERFAHRUNG\n\n"
        "**02.2022 - 11.2023 -- Softwaretesterin**\\\n"
        "Contoso GmbH, Berlin\\\n"
        "Projekte:\\\n"
        "Mobile App für Reisende\n"
        "<details>\n<summary>Verantwortlichkeiten:</summary>\n\n"
        "- Testfälle schreiben\n\n- Release-Tests\n</details>\n\n"
        "**07.2019 - 01.2022 -- Qualitätssicherung Managerin**\\\n"
        "Fabrikam GmbH, Berlin\\\n"
        "Projekte: Bankensystem\n"
        "<details>\n<summary>Verantwortlichkeiten:</summary>\n\n"
        "- Leitung eines Teams\n</details>\n\n"
        "## AUSBILDUNG\n\n2010 – 2015 Universität Musterstadt\n")
    path = tmp_path / "cv.md"
    path.write_text(text, encoding="utf-8")
    record = to_json_resume(extract(read_document(path)))
    jobs = _jobs(record)
    assert [(n.split(",")[0], t, s) for n, t, s, _ in jobs] == [
        ("Contoso", "Softwaretesterin", "2022-02"),
        ("Fabrikam", "Qualitätssicherung Managerin", "2019-07")]
    assert not any("<" in b for w in record["work"] for b in w.get("highlights", []))


def test_jobs_given_a_time_span_instead_of_dates_in_french() -> None:
    record = record_of(
        "Jean Martin\n\nEXPÉRIENCES\n\n"
        "Accueil et support - (6 mois)\nContoso, Paris\n"
        "Réceptionniste et assistant technique pour la maison, en novembre 2023.\n\n"
        "Technicien de support - (1 an)\nFabrikam, Lyon\n"
        "Support informatique en alternance depuis janvier 2022.\n\n"
        "Manutentionnaire - (3 mois)\nNorthwind, Ivry\n\n"
        "Service et accueil - (2 mois)\nTailspin Café, Milan\n\n"
        "FORMATION\n\n2019 – 2021 Université de Lyon\n")
    assert [(n.split(",")[0], t, s) for n, t, s, _ in _jobs(record)] == [
        ("Contoso", "Accueil et support", None),
        ("Fabrikam", "Technicien de support", None),
        ("Northwind", "Manutentionnaire", None),
        ("Tailspin Café", "Service et accueil", None)]


def test_jobs_given_a_time_span_in_german() -> None:
    record = record_of(
        "Max Muster\n\nBerufserfahrung\n\n"
        "Lagerhelfer (6 Monate)\nContoso GmbH, Hamburg\n\n"
        "Verkäufer (2 Jahre)\nFabrikam AG, Bremen\n")
    assert [(n.split()[0], t) for n, t, _, _ in _jobs(record)] == [
        ("Contoso", "Lagerhelfer"), ("Fabrikam", "Verkäufer")]


def test_a_heading_with_its_length_is_still_a_heading() -> None:
    record = record_of(
        "Jane Roe\n\nExperience (10 years)\n\n2015 – 2025 Engineer, Contoso Ltd\n")
    assert [n for n, *_ in _jobs(record)] == ["Contoso"]


def test_the_end_of_a_wrapped_paragraph_is_no_heading() -> None:
    """A PDF wraps a job's description; its last words (``the project.``, ``Programme
    (UN)``) are no section heading, so the jobs after them stay in the experience section."""
    lines = [
        "# Jane Roe", "", "## Experience", "",
        "Contoso Network", "Project Coordinator", "July 2024 - October 2024 (4 months)",
        "Coordinated in-country engagement with the ministry and the working groups set up",
        "the project.", "",
        "Fabrikam Foundation", "Youth Adviser", "May 2008 - October 2012 (4 years 6 months)",
        "Advised on urban youth issues at the regional office of the Settlements",
        "Programme (UN)", "",
        "Northwind Institute", "Research Assistant", "2007 - 2007 (less than a year)", ""]
    record = record_of("\n".join(lines), "cv.md")
    assert [(n, t) for n, t, _, _ in _jobs(record)] == [
        ("Contoso Network", "Project Coordinator"), ("Fabrikam Foundation", "Youth Adviser"),
        ("Northwind Institute", "Research Assistant")]


def test_a_profile_export_names_the_title_on_the_line_under_the_employer() -> None:
    """Employer, then a title with no title word, then the dates: the second line is the
    title (titles are an open vocabulary), not a team."""
    record = record_of(
        "Jane Roe\n\nExperience\n\nContoso Water Network\nRegional Focal Point\n"
        "September 2015 - Present (10 years 7 months)\nFreetown, Sierra Leone\n\n"
        "Fabrikam Alliance\nTeam Lead\nSeptember 2010 - 2015 (5 years)\n")
    assert [(n, t) for n, t, _, _ in _jobs(record)] == [
        ("Contoso Water Network", "Regional Focal Point"), ("Fabrikam Alliance", "Team Lead")]

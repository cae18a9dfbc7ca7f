"""Jobs a heading word or a missing date hid (issue 16): a job's title set on its own line
that reads like a section heading (``Programming``, ``Formation``), and jobs listed with no
dates under a work heading.  Each rule on small résumés written here, with a near miss."""

from __future__ import annotations

import pytest
from support.records import record_of


def _jobs(record: dict) -> list[tuple[str, str | None, str | None]]:
    return [(w["name"], w.get("position"), w.get("startDate")) for w in record.get("work", [])]


def _skill_items(record: dict) -> list[str]:
    return [item for group in record.get("skills", []) for item in group.get("keywords", [])]


@pytest.mark.parametrize(("text", "jobs"), [
    # a table with a blank line after every row: the title two lines under the dates
    ("# Max Muster\n\n## Berufserfahrung\n\n2019 – 2021 | Contoso GmbH\n\nVerkauf\n\n"
     "2016 – 2019 | Fabrikam AG\n\nProgrammierung\n\n2014 – 2016 | Northwind KG\n\nLager\n\n"
     "## Ausbildung\n\n2010 – 2014 | Universität Hamburg\n",
     [("Contoso", "Verkauf", "2019"), ("Fabrikam", "Programmierung", "2016"),
      ("Northwind KG", "Lager", "2014")]),
    ("# Jane Roe\n\n## Experience\n\n2019 – 2021 Contoso Ltd\nProgramming\n"
     "- Wrote the billing service\n\n2016 – 2019 Fabrikam Inc.\nSupport\n- Answered tickets\n\n"
     "## Education\n\n2010 – 2015 University of Leeds\n",
     [("Contoso", "Programming", "2019"), ("Fabrikam", "Support", "2016")]),
    ("# Jean Martin\n\n## Expérience professionnelle\n\n2019 – 2021 Contoso SARL\nFormation\n"
     "- animation de stages\n\n2016 – 2019 Fabrikam SA\nVente\n\n## Compétences\n\nExcel, SQL\n",
     [("Contoso SARL", "Formation", "2019"), ("Fabrikam", "Vente", "2016")]),
    ("**Ana Lima**\n\n**Experiencia**\n\n2019 – 2021 Contoso S.L.\nDocencia\n\n"
     "2016 – 2019 Fabrikam S.A.\nVentas\n\n**Formación**\n\n2010 – 2015 Universidad de Sevilla\n",
     [("Contoso S.L.", "Docencia", "2019"), ("Fabrikam", "Ventas", "2016")]),
])
def test_a_title_that_reads_like_a_heading_stays_in_its_entry(
        text: str, jobs: list[tuple[str, str, str]]) -> None:
    """Under a marked heading, a plain line right under a job's date line (or as far
    below it as the other entries' titles) is the job's title, not a new section."""
    assert _jobs(record_of(text, "cv.md")) == jobs


def test_a_plain_heading_set_apart_from_the_last_entry_is_still_a_heading() -> None:
    """Near miss: ``Programming`` between blank lines after the last job, where no other
    entry has a plain line at that distance under its dates, opens the skills."""
    record = record_of(
        "# Jane Roe\n\n## Experience\n\n2019 – 2021 | Contoso Ltd\n- Built the billing service\n\n"
        "2016 – 2019 | Fabrikam Inc.\n\nProgramming\n\nPython, Go, SQL\n", "cv.md")
    assert [t for _, t, _ in _jobs(record)] == [None, None]
    assert "Python" in _skill_items(record)


def test_plain_headings_everywhere_leave_the_heading_alone() -> None:
    """Near miss: a plain-text résumé sets every heading plainly, so a heading word under
    a dated line is read as the heading it looks like."""
    record = record_of(
        "Jane Roe\n\nExperience\n\n2019 – 2021 Contoso Ltd\nProgramming\nPython, Go, SQL\n")
    assert [t for _, t, _ in _jobs(record)] == [None]
    assert "Python" in _skill_items(record)


def test_a_firm_abbreviation_does_not_end_a_sentence() -> None:
    """``Fa.`` (Firma) opens an employer's name; the header line is not prose."""
    record = record_of(
        "Max Muster\n\nBerufserfahrung\n\n3 - 4/2014 | Fa. Erika Muster GbR, Bautzen\n"
        "Lagerhelfer\n\n1 - 2/2013 | Contoso GmbH, Stuttgart\nVerkäufer\n")
    assert [(n.split(",")[0], t) for n, t, _ in _jobs(record)] == [
        ("Fa. Erika Muster GbR", "Lagerhelfer"), ("Contoso", "Verkäufer")]


@pytest.mark.parametrize(("text", "jobs"), [
    ("Jane Roe\n\nWork Experience\n\nSales Assistant – Contoso Stores\n"
     "- Served customers at the till\n- Kept the stock room in order\n\n"
     "Barista, Fabrikam Coffee Ltd\n- Made coffee\n\n"
     "Education\n\n2015 – 2018 University of Leeds\n",
     [("Contoso Stores", "Sales Assistant", None), ("Fabrikam Coffee", "Barista", None)]),
    ("Max Muster\n\nBerufserfahrung\n\nContoso GmbH\nWerkstudent\n- Tests geschrieben\n\n"
     "Fabrikam AG\nPraktikant im Vertrieb\n- Kunden betreut\n\n"
     "Ausbildung\n\n2015 – 2018 Universität Hamburg\n",
     [("Contoso", "Werkstudent", None), ("Fabrikam", "Praktikant im Vertrieb", None)]),
    ("Ana Lima\n\nExperiência\n\nAuxiliar Administrativo - Contoso Ltda.\n"
     "Atendimento ao público e organização de arquivos.\n\n"
     "Vendedora - Fabrikam Comércio\nVendas no balcão.\n",
     [("Contoso Ltda.", "Auxiliar Administrativo", None),
      ("Fabrikam Comércio", "Vendedora", None)]),
])
def test_jobs_listed_without_dates_under_a_work_heading(
        text: str, jobs: list[tuple[str, str, None]]) -> None:
    """A student's or freelancer's list gives no dates: a header naming a title and an
    employer (one proven by its words) over duties or prose is still a job."""
    assert _jobs(record_of(text)) == jobs


def test_an_undated_job_above_a_dated_one_whose_date_heads_it() -> None:
    """``2023 – 2024`` alone under the duties of an undated job dates the entry below it."""
    record = record_of(
        "# Ana Lima\n\n## Experiência\n\n**Fabrikam Ltda.** - *Fotógrafa*\n\n"
        "- Fotografia de produtos\n\n**2023 – 2024**\n\n**Contoso S.A.** - *Jovem Aprendiz*\n\n"
        "- Rotinas administrativas\n", "cv.md")
    assert _jobs(record) == [("Fabrikam Ltda.", "Fotógrafa", None),
                             ("Contoso", "Jovem Aprendiz", "2023")]


@pytest.mark.parametrize("text", [
    # duties with no employer
    "Jane Roe\n\nExperience\n\nResponsible for the weekly payroll\nAnswered customer calls\n"
    "- Kept the stock room in order\n\nSkills\n\nExcel\n",
    # a skills line and a field of work, no employer
    "Jane Roe\n\nExperience\n\nPython, Java, SQL\nCustomer Service\n",
    # a company blurb
    "Jane Roe\n\nExperience\n\nContoso is a leading provider of cloud software.\n",
])
def test_undated_lines_that_name_no_job_are_not_jobs(text: str) -> None:
    assert _jobs(record_of(text)) == []


def test_an_employer_heading_over_dated_roles_is_no_undated_job() -> None:
    record = record_of(
        "Jane Roe\n\nExperience\n\nContoso Ltd, London\n\nSenior Engineer | 2019 – 2021\n"
        "- Built the billing service\nEngineer | 2016 – 2019\n- Wrote tests\n")
    assert [(t, s) for _, t, s in _jobs(record)] == [("Senior Engineer", "2019"),
                                                    ("Engineer", "2016")]

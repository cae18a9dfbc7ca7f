"""Résumés written as forms: the Europass label column in the CV's own language, jobs given
as labelled bullets (``Institución: …`` / ``Periodo: …``), ``Employer: Title`` lines, and
labelled names.  Each rule is shown on a small made-up document; the labels themselves are
lexicon data, so a test also walks every language's labels."""

from __future__ import annotations

import pytest
from support.records import record_of

from talentgraph.loaders.lexicon.forms import work_label
from talentgraph.loaders.lexicon.vocabulary import label_key, vocabulary
from talentgraph.loaders.segment.lines import europass_lines, to_lines


def _jobs(record: dict) -> list[tuple]:
    return [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate"))
            for w in record.get("work", [])]


_EUROPASS_IT = """\
FORMATO EUROPEO PER IL CURRICULUM VITAE

INFORMAZIONI PERSONALI
Nome                                   Ferri Giulia
E-mail                                 giulia.ferri@example.it
Nazionalità                            Italiana

ESPERIENZA LAVORATIVA
• Date (da – a)                        01/02/2019 – in corso
• Nome e indirizzo del datore di lavoro Officine Rinaldi S.r.l., Via Roma 1, Torino
• Tipo di azienda o settore            Meccanica
• Tipo di impiego                      Progettista meccanico
• Principali mansioni e responsabilità Progettazione di attrezzature

• Date (da – a)                        01/09/2015 – 31/01/2019
• Nome e indirizzo del datore di lavoro Studio Bassi, Corso Francia 9, Torino
• Tipo di impiego                      Disegnatore tecnico

ISTRUZIONE E FORMAZIONE
• Date (da – a)                        2010 – 2015
• Nome e tipo di istituto di istruzione o formazione  Politecnico di Torino
• Qualifica conseguita                 Laurea Magistrale in Ingegneria Meccanica
• Livello nella classificazione nazionale  EQF 7
"""


def test_europass_in_italian_reads_its_label_column() -> None:
    record = record_of(_EUROPASS_IT)
    assert _jobs(record) == [
        ("Officine Rinaldi S.r.l.", "Progettista meccanico", "2019-02", None),
        ("Studio Bassi", "Disegnatore tecnico", "2015-09", "2019-01")]
    (school,) = record["education"]
    assert school["institution"] == "Politecnico di Torino"
    assert school["studyType"].startswith("Laurea Magistrale")
    assert (school["startDate"], school["endDate"]) == ("2010", "2015")


def test_europass_labels_with_no_fact_are_dropped_and_others_rewritten() -> None:
    lines = europass_lines(to_lines(_EUROPASS_IT.splitlines()))
    texts = [line.text for line in lines]
    assert "Company: Officine Rinaldi S.r.l., Via Roma 1, Torino" in texts
    assert "Position: Progettista meccanico" in texts
    assert not any(t == "Meccanica" or "EQF 7" in t for t in texts)  # sector, level dropped


def test_a_page_with_few_form_labels_is_left_alone() -> None:
    text = "Data | Python, SQL\nPeriodo | 2019\nSkills | Go"
    assert [line.text for line in europass_lines(to_lines(text.splitlines()))] == \
        [line.text for line in to_lines(text.splitlines())]


@pytest.mark.parametrize("language", vocabulary().languages)
def test_every_languages_europass_labels_are_known_fields(language: str) -> None:
    import tomllib

    from talentgraph.loaders.lexicon.vocabulary import DATA, EUROPASS_ROLES
    data = tomllib.loads((DATA / f"{language}.toml").read_text(encoding="utf-8"))
    for role, labels in data.get("europass", {}).items():
        assert role in EUROPASS_ROLES
        for label in labels:
            assert vocabulary().europass[label_key(label)] in EUROPASS_ROLES


_FORM_BULLETS = """\
# Lucía Fernández

### Experiencia Laboral

- Analista de datos (jornada completa):
- Institución: Banco Andino del Sur, La Serena, Chile
- Labor realizada: análisis de riesgo y reportes
- Periodo: 01/03/2021 - Actualidad
- Contacto: jefa@example.cl

- Ayudante de investigación:
- Institución: Universidad del Norte, La Serena, Chile
- Periodo: 01/03/2019 - 28/02/2021
"""


def test_jobs_written_as_labelled_bullets() -> None:
    assert _jobs(record_of(_FORM_BULLETS, "cv.md")) == [
        ("Banco Andino del Sur", "Analista de datos", "2021-03", None),
        ("Universidad del Norte", "Ayudante de investigación", "2019-03", "2021-02")]


@pytest.mark.parametrize(("text", "found"), [
    ("Empresa: Tejidos Sur", ("employer", "Tejidos Sur")),
    ("Cargo: Jefe de planta", ("title", "Jefe de planta")),
    ("Zeitraum: 2019 – 2021", ("dates", "2019 – 2021")),
    ("Employeur : Verrerie Dumas", ("employer", "Verrerie Dumas")),
    ("Funzione: nothing", None),
    ("Responsible for the budget", None),
])
def test_work_labels_in_several_languages(text: str, found: tuple | None) -> None:
    assert work_label(text) == found


def test_employer_colon_title_lines() -> None:
    record = record_of("""\
Owen Price

EMPLOYMENT HISTORY
Aug 2016 – Aug 2019
Harbour Pharmacy Ltd: Pharmacist Manager
Summer 2013
Vollzeit: Monteur, Kessler Anlagenbau
""")
    jobs = _jobs(record)
    assert jobs[0] == ("Harbour Pharmacy", "Pharmacist Manager", "2016-08", "2019-08")
    assert jobs[1][0] != "Vollzeit" and jobs[1][1] == "Monteur"  # a kind of job, not its employer


@pytest.mark.parametrize(("line", "name"), [
    ("Nombre y Apellido: Herrera Paula Inés", "Herrera Paula Inés"),
    ("Name:\tOwen Price", "Owen Price"),
    ("氏名：山田 花子", "山田 花子"),
    ("Owen Price / owen.price@example.org / 07700 900456", "Owen Price"),
])
def test_labelled_and_slash_separated_names(line: str, name: str) -> None:
    assert record_of(f"{line}\n\nSKILLS\nPython\n")["basics"]["name"] == name


def test_form_style_cv_with_labelled_name_and_job_fields() -> None:
    doc = record_of("CURRICULUM VITAE\n\nName: Ravi Kumar\nEmail: ravi@example.com\n\n"
                    "PROFESSIONAL EXPERIENCE\n\nCompany: Contoso Services\n"
                    "Designation: Systems Engineer\nDuration: Aug 2019 - Present\n"
                    "- Built services.\n\nCompany: Fabrikam Technologies\n"
                    "Designation: Project Engineer\nDuration: Jun 2017 - Jul 2019\n\n"
                    "EDUCATION\nB.E. in Information Technology from Northfield University, "
                    "2017 with 72%\n")
    assert doc["basics"]["name"] == "Ravi Kumar"
    assert [(w["name"], w["position"], w["startDate"]) for w in doc["work"]] == [
        ("Contoso Services", "Systems Engineer", "2019-08"),
        ("Fabrikam Technologies", "Project Engineer", "2017-06")]
    assert [(e["institution"], e["studyType"], e["area"], e["endDate"])
            for e in doc["education"]] == [
        ("Northfield University", "B.E.", "Information Technology", "2017")]


def test_europass_label_column() -> None:
    text = ("Work experience\n\n"
            " Dates                             03/2019 – to date\n"
            " Occupation or position held       Widget Engineer\n"
            " Main activities and               Built widgets for the\n"
            " responsibilities                  gadget line.\n"
            " Name and address of employer      Gizmo Works B.V., Main St 1, Delft (NL)\n"
            " Type of business or sector        Widgets\n")
    lines = europass_lines(to_lines(text.splitlines()))
    texts = [line.text for line in lines]
    assert "Position: Widget Engineer" in texts
    assert "Built widgets for the gadget line." in texts
    assert not any("Type of business" in t or t == "Widgets" for t in texts)
    rec = record_of("Pat Quill\n\n" + text + "\n"
                    " Dates                             01/2016 – 02/2019\n"
                    " Occupation or position held       Gadget Tester\n"
                    " Name and address of employer      Acme Labs, Delft (NL)\n")
    work = [(w["name"], w["position"], w["startDate"], w.get("endDate")) for w in rec["work"]]
    assert work[0][1:] == ("Widget Engineer", "2019-03", None)
    assert work[0][0].startswith("Gizmo Works")
    assert work[1] == ("Acme Labs", "Gadget Tester", "2016-01", "2019-02")


def test_plain_documents_keep_their_label_lines() -> None:
    lines = to_lines(["Dates | 2019", "Widget Engineer"])
    assert [line.text for line in europass_lines(lines)] == ["Dates | 2019", "Widget Engineer"]


_FORM = """\
Priya Nair
priya.nair@example.com

EMPLOYMENT
1) Employer     : Lakeside Cement Works, Kochi
   Designation  : Quality Control Chemist
   Duration     : March 2019 to till date
   Project      : Kiln upgrade
     - Ran the XRF lab.

2) Employer     : Coastal Paints Pvt Ltd, Kollam
   Designation  : Lab Assistant
   Duration     : May 2016 to February 2019
     - Batch testing.
"""


def test_numbered_form_entries_with_padded_labels() -> None:
    work = record_of(_FORM)["work"]
    assert [w["position"] for w in work] == ["Quality Control Chemist", "Lab Assistant"]
    assert work[0]["name"] == "Lakeside Cement Works"
    assert work[1]["name"].startswith("Coastal Paints")
    assert work[0]["startDate"] == "2019-03" and "endDate" not in work[0]
    assert work[1]["endDate"] == "2019-02"

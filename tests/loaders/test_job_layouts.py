"""A catalogue of the layouts résumés write their work history in, one small invented
document each, across languages (issue 16): the same few facts (employer, title, start,
end) set out as US chronological blocks, German tables, Europass forms, LinkedIn exports,
builder templates, prose sentences and one-liners.  The expected readings follow the gold
conventions: one job per position, dates as precise as written, "present" in any
language is no end date, a season gives its year.  Names are invented.
"""

from __future__ import annotations

import re

import pytest
from support.records import record_of

Job = tuple[str, str | None, str | None, str | None]


def _jobs(text: str) -> list[Job]:
    """(employer, title, start, end) of each job read from ``text``."""
    return [(w.get("name", ""), w.get("position"), w.get("startDate"), w.get("endDate"))
            for w in record_of(text).get("work", [])]


# Legal forms the parser may drop from an employer's name ("Contoso Ltd." is "Contoso").
_LEGAL = frozenset({"ltd", "inc", "llc", "plc", "gmbh", "ag", "sa", "sas", "sarl", "spa",
                    "srl", "sl", "bv", "nv", "ltda"})


def _key(job: Job) -> tuple[str | None, ...]:
    """A job as a reader compares it: case, spaces, stops and the employer's legal form
    aside."""
    employer, *rest = (" ".join(v.split()).casefold().strip(" .,") if v else v for v in job)
    words = re.sub(r"[.,]", "", employer or "").split()
    return (" ".join(w for w in words if w not in _LEGAL), *rest)


def _same(got: list[Job], want: list[Job]) -> bool:
    return [_key(j) for j in got] == [_key(j) for j in want]


LAYOUTS: dict[str, tuple[str, list[Job]]] = {
    "us_chronological": (
        "Jane Doe\n\nEXPERIENCE\n\n"
        "Senior Data Analyst\nContoso Ltd. — Seattle, WA\nMarch 2019 – Present\n"
        "• Built dashboards used by forty teams.\n• Cut reporting time by half.\n\n"
        "Data Analyst\nFabrikam Inc. — Portland, OR\nJune 2016 – February 2019\n"
        "• Wrote the monthly SQL reports.\n\n"
        "EDUCATION\n\nUniversity of Eastport, BS Statistics, 2016\n",
        [("Contoso Ltd.", "Senior Data Analyst", "2019-03", None),
         ("Fabrikam Inc.", "Data Analyst", "2016-06", "2019-02")]),
    "us_pipes_one_line": (
        "Jane Doe\n\nProfessional Experience\n\n"
        "Contoso Ltd. | Senior Data Analyst | Seattle, WA | Mar 2019 – Present\n"
        "- Built dashboards used by forty teams.\n\n"
        "Fabrikam Inc. | Data Analyst | Portland, OR | Jun 2016 – Feb 2019\n"
        "- Wrote the monthly SQL reports.\n",
        [("Contoso Ltd.", "Senior Data Analyst", "2019-03", None),
         ("Fabrikam Inc.", "Data Analyst", "2016-06", "2019-02")]),
    "title_line_dates_right": (
        "John Roe\n\nWork Experience\n\n"
        "Software Engineer, Contoso Inc.          Jan 2018 – Dec 2020\n"
        "- Wrote the billing service.\n\n"
        "Junior Developer, Fabrikam LLC          Jul 2016 – Dec 2017\n"
        "- Fixed bugs in the web shop.\n",
        [("Contoso Inc.", "Software Engineer", "2018-01", "2020-12"),
         ("Fabrikam LLC", "Junior Developer", "2016-07", "2017-12")]),
    "company_then_titles": (
        "John Roe\n\nEXPERIENCE\n\n"
        "Contoso Inc., Seattle, WA\n"
        "Engineering Manager          Jan 2021 – Present\n"
        "- Led a team of eight engineers.\n"
        "Senior Software Engineer          Mar 2018 – Dec 2020\n"
        "- Shipped the billing service.\n\n"
        "Fabrikam LLC, Austin, TX\n"
        "Software Engineer          Jul 2015 – Feb 2018\n"
        "- Wrote the search API.\n",
        [("Contoso Inc.", "Engineering Manager", "2021-01", None),
         ("Contoso Inc.", "Senior Software Engineer", "2018-03", "2020-12"),
         ("Fabrikam LLC", "Software Engineer", "2015-07", "2018-02")]),
    "markdown_headings": (
        "# Jane Doe\n\n## Experience\n\n"
        "### Senior Engineer — Contoso\n*Jan 2019 – Present*\n\n- Ran the platform team.\n\n"
        "### Engineer — Fabrikam\n*Aug 2016 – Dec 2018*\n\n- Built the data pipeline.\n",
        [("Contoso", "Senior Engineer", "2019-01", None),
         ("Fabrikam", "Engineer", "2016-08", "2018-12")]),
    "german_tabular": (
        "Erika Muster\n\nBerufserfahrung\n\n"
        "04/2019 – heute\tProjektleiterin, Contoso GmbH, München\n"
        "\t- Leitung von Kundenprojekten\n"
        "09/2015 – 03/2019\tEntwicklerin, Fabrikam AG, Stuttgart\n"
        "\t- Entwicklung von Steuergeräten\n\n"
        "Ausbildung\n\n2010 – 2015\tStudium Informatik, Universität Musterstadt\n",
        [("Contoso GmbH", "Projektleiterin", "2019-04", None),
         ("Fabrikam AG", "Entwicklerin", "2015-09", "2019-03")]),
    "german_tabular_employer_first": (
        "Max Muster\n\nBeruflicher Werdegang\n\n"
        "10/2017 – 12/2020\tFabrikam AG, Stuttgart\n\tVertriebsmitarbeiter\n\n"
        "01/2014 – 09/2017\tContoso GmbH, Köln\n\tKaufmännischer Angestellter\n",
        [("Fabrikam AG", "Vertriebsmitarbeiter", "2017-10", "2020-12"),
         ("Contoso GmbH", "Kaufmännischer Angestellter", "2014-01", "2017-09")]),
    "europass_english": (
        "Jane Doe\n\nWork experience\n\n"
        "Dates\t2018 - 2021\n"
        "Occupation or position held\tProject Manager\n"
        "Main activities and responsibilities\tPlanning and budgets\n"
        "Name and address of employer\tContoso Ltd, 1 Main Street, Eastport\n\n"
        "Dates\t2015 - 2018\n"
        "Occupation or position held\tAssistant Engineer\n"
        "Main activities and responsibilities\tSite supervision\n"
        "Name and address of employer\tFabrikam Ltd, 2 High Street, Westport\n",
        [("Contoso Ltd", "Project Manager", "2018", "2021"),
         ("Fabrikam Ltd", "Assistant Engineer", "2015", "2018")]),
    "europass_french": (
        "Marie Dupont\n\nExpérience professionnelle\n\n"
        "Dates\t2018 - 2021\n"
        "Fonction ou poste occupé\tChef de projet\n"
        "Principales activités et responsabilités\tPlanification\n"
        "Nom et adresse de l'employeur\tContoso SA, 1 rue de la Paix, Lyon\n\n"
        "Dates\t2015 - 2018\n"
        "Fonction ou poste occupé\tIngénieure d'études\n"
        "Principales activités et responsabilités\tÉtudes de sol\n"
        "Nom et adresse de l'employeur\tFabrikam SARL, 2 rue Neuve, Nantes\n",
        [("Contoso SA", "Chef de projet", "2018", "2021"),
         ("Fabrikam SARL", "Ingénieure d'études", "2015", "2018")]),
    "europass_italian": (
        "Maria Rossi\n\nEsperienza professionale\n\n"
        "Date\t2018 - 2021\n"
        "Lavoro o posizione ricoperti\tResponsabile acquisti\n"
        "Principali attività e responsabilità\tGestione fornitori\n"
        "Nome e indirizzo del datore di lavoro\tContoso S.p.A., Via Roma 1, Milano\n\n"
        "Date\t2015 - 2018\n"
        "Lavoro o posizione ricoperti\tImpiegata amministrativa\n"
        "Principali attività e responsabilità\tContabilità\n"
        "Nome e indirizzo del datore di lavoro\tFabrikam S.r.l., Via Po 2, Torino\n",
        [("Contoso S.p.A.", "Responsabile acquisti", "2018", "2021"),
         ("Fabrikam S.r.l.", "Impiegata amministrativa", "2015", "2018")]),
    "europass_spanish": (
        "Lucía García\n\nExperiencia laboral\n\n"
        "Fechas\t2018 - 2021\n"
        "Profesión o cargo desempeñado\tJefa de proyecto\n"
        "Funciones y responsabilidades principales\tPlanificación\n"
        "Nombre y dirección de la empresa o empleador\tContoso S.A., Calle Mayor 1, Madrid\n\n"
        "Fechas\t2015 - 2018\n"
        "Profesión o cargo desempeñado\tIngeniera junior\n"
        "Funciones y responsabilidades principales\tCálculo de estructuras\n"
        "Nombre y dirección de la empresa o empleador\tFabrikam S.L., Calle Sol 2, Sevilla\n",
        [("Contoso S.A.", "Jefa de proyecto", "2018", "2021"),
         ("Fabrikam S.L.", "Ingeniera junior", "2015", "2018")]),
    "french_sentence": (
        "Marie Dupont\n\nExpériences professionnelles\n\n"
        "De septembre 2018 à juin 2020 : Chargée de communication chez Contoso\n"
        "Rédaction des communiqués.\n\n"
        "De mars 2016 à août 2018 : Assistante marketing chez Fabrikam\n"
        "Suivi des salons.\n",
        [("Contoso", "Chargée de communication", "2018-09", "2020-06"),
         ("Fabrikam", "Assistante marketing", "2016-03", "2018-08")]),
    "french_dates_first": (
        "Marie Dupont\n\nEXPÉRIENCE PROFESSIONNELLE\n\n"
        "2019 – 2022  Contoso SA, Paris — Chef de projet\n"
        "- Pilotage de projets clients\n"
        "2016 – 2019  Fabrikam SAS, Lille — Consultante\n"
        "- Audit des processus\n",
        [("Contoso SA", "Chef de projet", "2019", "2022"),
         ("Fabrikam SAS", "Consultante", "2016", "2019")]),
    "spanish_pipes": (
        "Lucía García\n\nExperiencia profesional\n\n"
        "Contoso S.A. | Analista de Datos | 2019 - Actualidad\n"
        "- Informes de ventas.\n\n"
        "Fabrikam S.L. | Asistente Administrativa | 2016 - 2019\n"
        "- Facturación.\n",
        [("Contoso S.A.", "Analista de Datos", "2019", None),
         ("Fabrikam S.L.", "Asistente Administrativa", "2016", "2019")]),
    "spanish_title_then_employer": (
        "Lucía García\n\nEXPERIENCIA\n\n"
        "Gerente de Ventas\nContoso S.A., Madrid (2015 - 2018)\n"
        "Dirección de un equipo de diez personas.\n\n"
        "Vendedora\nFabrikam S.L., Valencia (2012 - 2015)\n"
        "Atención al cliente.\n",
        [("Contoso S.A.", "Gerente de Ventas", "2015", "2018"),
         ("Fabrikam S.L.", "Vendedora", "2012", "2015")]),
    "portuguese_labels": (
        "Ana Lima\n\nExperiência Profissional\n\n"
        "Cargo: Analista de Sistemas\nEmpresa: Contoso Ltda.\nPeríodo: 03/2017 a 08/2020\n"
        "Atividades: suporte a usuários.\n\n"
        "Cargo: Técnica de Suporte\nEmpresa: Fabrikam S.A.\nPeríodo: 01/2015 a 02/2017\n"
        "Atividades: manutenção de redes.\n",
        [("Contoso Ltda.", "Analista de Sistemas", "2017-03", "2020-08"),
         ("Fabrikam S.A.", "Técnica de Suporte", "2015-01", "2017-02")]),
    "italian_sentence": (
        "Maria Rossi\n\nEsperienze lavorative\n\n"
        "Dal 2017 al 2020 presso Contoso S.p.A. in qualità di Responsabile acquisti\n"
        "Dal 2014 al 2017 presso Fabrikam S.r.l. in qualità di Impiegata amministrativa\n",
        [("Contoso S.p.A.", "Responsabile acquisti", "2017", "2020"),
         ("Fabrikam S.r.l.", "Impiegata amministrativa", "2014", "2017")]),
    "dutch_colon": (
        "Jan Jansen\n\nWerkervaring\n\n"
        "2018 - heden: Projectleider bij Contoso B.V.\n"
        "2014 - 2018: Adviseur bij Fabrikam N.V.\n",
        [("Contoso B.V.", "Projectleider", "2018", None),
         ("Fabrikam N.V.", "Adviseur", "2014", "2018")]),
    "linkedin_export": (
        "Jane Doe\n\nExperience\n\n"
        "Contoso\nSenior Product Manager\nJanuary 2019 - Present (4 years 2 months)\n"
        "Seattle, Washington\n\n"
        "Fabrikam\nProduct Manager\nMarch 2016 - December 2018 (2 years 10 months)\n"
        "Austin, Texas\n\n"
        "Education\n\nUniversity of Eastport\nBachelor of Arts, Economics · (2012 - 2016)\n",
        [("Contoso", "Senior Product Manager", "2019-01", None),
         ("Fabrikam", "Product Manager", "2016-03", "2018-12")]),
    "linkedin_grouped_roles": (
        "Jane Doe\n\nExperience\n\n"
        "Contoso\n5 years 2 months\n"
        "Director of Product\nJanuary 2021 - Present (2 years 2 months)\nSeattle, Washington\n"
        "Senior Product Manager\nJanuary 2018 - December 2020 (3 years)\n"
        "Seattle, Washington\n\n"
        "Fabrikam\nProduct Manager\nMarch 2015 - December 2017 (2 years 10 months)\n",
        [("Contoso", "Director of Product", "2021-01", None),
         ("Contoso", "Senior Product Manager", "2018-01", "2020-12"),
         ("Fabrikam", "Product Manager", "2015-03", "2017-12")]),
    "canva_caps_title": (
        "JANE DOE\n\nWORK EXPERIENCE\n\n"
        "MARKETING COORDINATOR\nContoso Agency | 2019 - 2021\n- Ran social campaigns.\n\n"
        "SALES ASSOCIATE\nFabrikam Stores | 2017 - 2019\n- Served customers.\n",
        [("Contoso Agency", "MARKETING COORDINATOR", "2019", "2021"),
         ("Fabrikam Stores", "SALES ASSOCIATE", "2017", "2019")]),
    "title_at_company": (
        "John Roe\n\nExperience\n\n"
        "Backend Engineer @ Contoso | 2020 – 2022\n- Wrote the payments API.\n\n"
        "Intern @ Fabrikam | 2019\n- Tested the mobile app.\n",
        [("Contoso", "Backend Engineer", "2020", "2022"),
         ("Fabrikam", "Intern", "2019", "2019")]),
    "company_city_title_one_line": (
        "John Roe\n\nEmployment\n\n"
        "Contoso (Lyon), Sales Engineer, 2015–2018\n"
        "Fabrikam (Geneva), Field Technician, 2012–2015\n",
        [("Contoso", "Sales Engineer", "2015", "2018"),
         ("Fabrikam", "Field Technician", "2012", "2015")]),
    "years_only_dates_first": (
        "John Roe\n\nCareer History\n\n"
        "2015 - 2018  Fabrikam Ltd, Accountant\n"
        "2011 - 2015  Contoso plc, Accounts Assistant\n",
        [("Fabrikam Ltd", "Accountant", "2015", "2018"),
         ("Contoso plc", "Accounts Assistant", "2011", "2015")]),
    "seasons_and_quarters": (
        "John Roe\n\nExperience\n\n"
        "Research Intern, Contoso Labs          Summer 2019\n- Built a test rig.\n\n"
        "Consultant, Fabrikam Partners          Q3 2020 – Q1 2021\n- Priced a merger.\n",
        [("Contoso Labs", "Research Intern", "2019", "2019"),
         ("Fabrikam Partners", "Consultant", "2020", "2021")]),
    "since_english": (
        "John Roe\n\nExperience\n\n"
        "Since 2019: Data Scientist at Contoso\n- Forecast models.\n\n"
        "2015 – 2019: Analyst at Fabrikam\n- Reports.\n",
        [("Contoso", "Data Scientist", "2019", None),
         ("Fabrikam", "Analyst", "2015", "2019")]),
    "seit_german": (
        "Max Muster\n\nBerufserfahrung\n\n"
        "seit 2019\tTeamleiter bei Contoso GmbH\n"
        "2014 – 2019\tSachbearbeiter bei Fabrikam AG\n",
        [("Contoso GmbH", "Teamleiter", "2019", None),
         ("Fabrikam AG", "Sachbearbeiter", "2014", "2019")]),
    "depuis_french": (
        "Marie Dupont\n\nExpérience\n\n"
        "Depuis 2019 : Ingénieure chez Contoso\n"
        "2015 – 2019 : Technicienne chez Fabrikam\n",
        [("Contoso", "Ingénieure", "2019", None),
         ("Fabrikam", "Technicienne", "2015", "2019")]),
    "desde_spanish": (
        "Lucía García\n\nExperiencia\n\n"
        "Desde 2019 - Gerente en Contoso S.A.\n"
        "2015 - 2019 - Asistente en Fabrikam S.L.\n",
        [("Contoso S.A.", "Gerente", "2019", None),
         ("Fabrikam S.L.", "Asistente", "2015", "2019")]),
    "undated_list": (
        "Sam Poe\n\nWork Experience\n\n"
        "Waiter – Contoso Café\nSales Assistant – Fabrikam Stores\nCashier – Northwind Market\n\n"
        "Education\n\nEastport High School\n",
        [("Contoso Café", "Waiter", None, None),
         ("Fabrikam Stores", "Sales Assistant", None, None),
         ("Northwind Market", "Cashier", None, None)]),
    "freelance": (
        "Sam Poe\n\nExperience\n\n"
        "Freelance Translator, Self-employed          2016 – Present\n"
        "- Legal and medical texts.\n\n"
        "Translator, Contoso Languages          2012 – 2016\n- Technical manuals.\n",
        [("Self-employed", "Freelance Translator", "2016", None),
         ("Contoso Languages", "Translator", "2012", "2016")]),
    "internship_german": (
        "Max Muster\n\nPraktische Erfahrung\n\n"
        "03/2016 – 08/2016\tPraktikant Marketing, Contoso AG, Hamburg\n"
        "07/2015 – 09/2015\tWerkstudent, Fabrikam GmbH, Bremen\n",
        [("Contoso AG", "Praktikant Marketing", "2016-03", "2016-08"),
         ("Fabrikam GmbH", "Werkstudent", "2015-07", "2015-09")]),
    "part_time_share": (
        "Erika Muster\n\nBerufserfahrung\n\n"
        "01/2020 – heute\tPflegefachfrau (60 %), Contoso Klinik, Bern\n"
        "05/2016 – 12/2019\tPflegefachfrau (100 %), Fabrikam Spital, Basel\n",
        [("Contoso Klinik", "Pflegefachfrau", "2020-01", None),
         ("Fabrikam Spital", "Pflegefachfrau", "2016-05", "2019-12")]),
    "military_service": (
        "John Roe\n\nExperience\n\n"
        "Logistics Officer, United States Army          2008 – 2012\n"
        "- Led a supply platoon.\n\n"
        "Warehouse Manager, Contoso Freight          2012 – 2018\n- Ran two sites.\n",
        [("United States Army", "Logistics Officer", "2008", "2012"),
         ("Contoso Freight", "Warehouse Manager", "2012", "2018")]),
    "civil_service_german": (
        "Max Muster\n\nBerufserfahrung\n\n"
        "2011 – 2012\tZivildienst, Contoso Krankenhaus, Hamburg\n"
        "2012 – 2018\tKrankenpfleger, Fabrikam Klinikum, Kiel\n",
        [("Contoso Krankenhaus", "Zivildienst", "2011", "2012"),
         ("Fabrikam Klinikum", "Krankenpfleger", "2012", "2018")]),
    "bullets_with_dates_and_names": (
        "Jane Doe\n\nExperience\n\n"
        "Account Manager\nContoso Ltd., Boston, MA\nMay 2017 – Present\n"
        "• Won the Fabrikam Inc. account in March 2019, worth $2M a year.\n"
        "• Jan 2020 – Jun 2020: led the move to a new CRM with Northwind Traders.\n"
        "• Partnered with Tailspin Toys on the 2021 launch.\n",
        [("Contoso Ltd.", "Account Manager", "2017-05", None)]),
    "russian_hh": (
        "Иван Петров\n\nОпыт работы\n\n"
        "Январь 2018 — по настоящее время\n5 лет 2 месяца\nContoso\nМосква\n"
        "Ведущий инженер\nРазработка сервисов.\n\n"
        "Март 2015 — Декабрь 2017\n2 года 10 месяцев\nFabrikam\nСанкт-Петербург\n"
        "Инженер\nПоддержка систем.\n",
        [("Contoso", "Ведущий инженер", "2018-01", None),
         ("Fabrikam", "Инженер", "2015-03", "2017-12")]),
    "chinese_one_line": (
        "张伟\n\n工作经历\n\n"
        "2018.03 - 至今  Contoso科技有限公司  高级工程师\n负责后端开发。\n\n"
        "2015.07 - 2018.02  Fabrikam软件有限公司  工程师\n负责测试。\n",
        [("Contoso科技有限公司", "高级工程师", "2018-03", None),
         ("Fabrikam软件有限公司", "工程师", "2015-07", "2018-02")]),
}

# Layouts the parser does not read right yet, with what it lacks (issue 16).
_NOT_YET: dict[str, str] = {
    "chinese_one_line": "spaces part the fields of a CJK header line; not read as separators",
    "civil_service_german": "Zivildienst is not known as a title",
    "company_city_title_one_line": "a town in brackets after the employer stays in its name",
    "freelance": "'Freelance' is read as the kind of work and cut from the title",
    "french_sentence": "'De ... à ...' does not open a range; 'De' is left as the employer",
    "part_time_share": "a share in brackets hides the title word before it",
    "russian_hh": "a town with no region beside it is read as the title",
    "spanish_title_then_employer": "a town after a legal form and a bracketed range stays",
    "undated_list": "undated lines with no blank between them make one block, not three jobs",
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_work_history_layout(name: str) -> None:
    text, want = LAYOUTS[name]
    got = _jobs(text)
    if name in _NOT_YET:
        pytest.xfail(_NOT_YET[name])
    assert _same(got, want), got


def test_a_short_name_keeps_its_legal_form_and_the_seat_goes_to_the_place() -> None:
    """``Qx7 GmbH, Kiel``: the town after the legal form is the seat, and a name of one
    short word keeps its form (``Qx7`` alone names no company)."""
    (job,) = record_of("Max Muster\n\nBerufserfahrung\n\n"
                       "05/2018 – 06/2020\tBuchhalter, Qx7 GmbH, Kiel\n")["work"]
    assert (job["name"], job.get("location"), job["position"]) == ("Qx7 GmbH", "Kiel",
                                                                    "Buchhalter")

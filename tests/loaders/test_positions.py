"""Positions in the header layouts résumés use."""

from __future__ import annotations

from support.records import lines_of, record_of

from talentgraph.loaders.fields.positions import extract_positions, read_role
from talentgraph.loaders.segment.entries import is_header_like
from talentgraph.loaders.segment.lines import to_lines


def _positions(text: str):
    return extract_positions(to_lines(text.splitlines()), "cv.txt")


def test_title_pipe_employer_then_place_and_dates() -> None:
    positions, _, _ = _positions(
        "Data Engineer | Acme Data\n\nAshburn, VA | Sep. 2025 – Present\n\nPipeline work\n"
        "- Built things.\n\nResearch Assistant | State University\n\n"
        "Washington, DC | Mar. 2024 – Sep. 2024\n\n- Did research.")
    assert [(p.employer, p.title, p.start, p.end, p.current) for p in positions] == [
        ("Acme Data", "Data Engineer", "2025-09", None, True),
        ("State University", "Research Assistant", "2024-03", "2024-09", False)]
    assert positions[0].location is not None and positions[0].location.raw == "Ashburn, VA"
    assert positions[0].bullets == ["Pipeline work", "Built things."]
    assert (positions[0].source.line_start, positions[0].source.line_end) == (1, 6)


def test_employer_title_place_date_on_four_lines_with_team_and_advisor() -> None:
    positions, _, advisors = _positions(
        "OpenLab\nMember of Technical Staff, Fleet Infrastructure\nSan Francisco, CA\n"
        "Oct 2021 - Present\n- Ran GPUs\nSmall College Computer Science\n"
        "Research Intern, Professor Daniel Moss\nWilliamstown, MA\nJune 2019 - Dec 2019\n"
        "- SWELL: Researched parsers.")
    assert [(p.employer, p.title, p.team) for p in positions] == [
        ("OpenLab", "Member of Technical Staff, Fleet Infrastructure", "Fleet Infrastructure"),
        ("Small College Computer Science", "Research Intern", None)]
    assert [a.name for a in advisors] == ["Daniel Moss"]


def test_date_first_one_liners() -> None:
    positions, _, _ = _positions(
        "05/2025-08/2025 Software Engineer Intern at Metalab\tBellevue, WA, USA\n"
        "06/2023-01/2024 Software Engineer II at Cloud Intelligence\te Beijing, China")
    assert [(p.employer, p.title, p.location.raw if p.location else None) for p in positions] == [
        ("Metalab", "Software Engineer Intern", "Bellevue, WA, USA"),
        ("Cloud Intelligence", "Software Engineer II", "Beijing, China")]


def test_title_comma_employer_with_legal_suffix_and_prose_bodies() -> None:
    positions, _, _ = _positions(
        "Senior R&D Engineer II, Chipsoft, Inc.\n\nAugust 2015 — March 2018\n\n"
        "Static Timing Analysis. Proposed and implemented algorithms for large simulations.\n\n"
        "Computer Scientist (Intern), National Laboratory\n\nMay 2013 — September 2013")
    assert [(p.employer, p.title) for p in positions] == [
        ("Chipsoft, Inc.", "Senior R&D Engineer II"),
        ("National Laboratory", "Computer Scientist (Intern)")]


def test_employer_and_place_line_over_title_and_date_line() -> None:
    positions, _, _ = _positions(
        "Globex Corporation      Seattle, WA\nPrincipal Engineer      Mar 2020 – Present\n"
        "• Built a platform.")
    [p] = positions
    assert (p.employer, p.title, p.start, p.current) == ("Globex Corporation", "Principal Engineer",
                                                         "2020-03", True)


def test_read_role_at_form() -> None:
    role = read_role(["Machine Learning Engineer at Contoso AI, Toronto, ON, Canada"])
    assert (role.title, role.employer) == ("Machine Learning Engineer", "Contoso AI")


def test_a_freelancers_client_list() -> None:
    """Undated ``Client: role ...`` lines name one engagement each; a topic label
    (``Radio:``) or a line with no role is not one, and a client named twice counts once."""
    positions, _, _ = _positions(
        "Harbourside Digest: regular contributor covering health policy.\n"
        "Radio: produced packages for regional stations.\n"
        "Northgate Press: writing and producing brochures\n"
        "Harbourside Digest: regular contributor on conferences\n"
        "ecoreview.org, Lisbon office: contributing writer\n")
    assert [(p.employer, p.title, p.start, p.end) for p in positions] == [
        ("Harbourside Digest", "regular contributor", None, None),
        ("ecoreview.org, Lisbon office", "contributing writer", None, None)]
    assert all(p.confidence < 1 for p in positions)
    dated, _, _ = _positions("Radio: produced packages.\n"
                             "Senior representative, Calder Pharma (1998-2000): launch events.")
    assert [(p.employer, p.title, p.start, p.end) for p in dated] == [
        ("Calder Pharma", "Senior representative", "1998", "2000")]


def test_word_field_codes_in_a_text_export_are_dropped() -> None:
    from talentgraph.loaders.document import Document
    doc = Document.from_text("cv.txt", "txt", "0" * 64, (
        'Mail: HYPERLINK "mailto:ana@example.org" ana@example.org',
        'See HYPERLINK \\l "_Toc12" the annex'))
    assert [b.text for b in doc.blocks] == ["Mail: ana@example.org", "See the annex"]


def test_a_membership_or_a_fellowship_without_a_title_is_no_job() -> None:
    """``Mitglied des Sonderforschungsbereichs``, ``Member, Royal Society of Chemistry``:
    listed among jobs with dates but held no title (the words are lexicon data)."""
    positions, _, _ = _positions(
        "2019 - 2022\nMitglied des Graduiertenkollegs Stadtklima\n\n"
        "2018 - 2021\nMember, Royal Society of Chemistry\n\n"
        "2016 - 2019\nChemist, Harlow Coatings Ltd")
    assert [(p.employer, p.title) for p in positions] == [("Harlow Coatings Ltd", "Chemist")]


def test_a_unit_after_a_slash_goes_to_the_team_and_a_bare_abbreviation_stays() -> None:
    """``Forschungszentrum Nord/ Abteilung Staat``: the department is the team;
    ``Studio Lumen / DEPT``: a lone unit word is part of the employer's name."""
    positions, _, _ = _positions(
        "Researcher, Forschungszentrum Nord/ Abteilung Staat, 2019 - 2021\n\n"
        "Designer, Studio Lumen / DEPT, 2016 - 2019")
    assert [(p.employer, p.team) for p in positions] == [
        ("Forschungszentrum Nord", "Abteilung Staat"), ("Studio Lumen / DEPT", None)]


def test_stacked_entries_parted_by_blank_lines_with_coded_places() -> None:
    """``Title`` / ``Employer`` / ``dates | Town (69)`` then a line of description and a
    blank line: the description stays with its entry (the blank line parts it from the next
    header), a town with its district code in brackets is a place, and of two untyped
    lines the one an organization's words name is the employer."""
    positions, _, _ = _positions(
        "Chargée de mission zones humides\nConservatoire des espaces naturels du Var\n"
        "Juin 2022 – En cours | Le Luc-en-Provence (83)\nSuivi des mares temporaires\n\n"
        "Chargée d'études faune\nBureau Alpin Environnement\n"
        "Janvier 2019 – Mai 2022 | Vaulx-en-Velin (69)\nInventaires et rapports\n\n"
        "Comptage des amphibiens nocturnes\nAgence régionale pour la biodiversité\n"
        "Mars 2018 – Juin 2018 | Drôme (26) - Isère (38)\n")
    assert [(p.employer, p.title, p.start, p.end) for p in positions] == [
        ("Conservatoire des espaces naturels du Var", "Chargée de mission zones humides",
         "2022-06", None),
        ("Bureau Alpin Environnement", "Chargée d'études faune", "2019-01", "2022-05"),
        ("Agence régionale pour la biodiversité", "Comptage des amphibiens nocturnes",
         "2018-03", "2018-06")]
    assert [p.location.raw if p.location else None for p in positions] == [
        "Le Luc-en-Provence (83)", "Vaulx-en-Velin (69)", "Drôme (26) - Isère (38)"]
    assert positions[0].bullets == ["Suivi des mares temporaires"]


def test_a_bracketed_year_or_count_does_not_make_a_place() -> None:
    from talentgraph.loaders.lexicon.places import parse_location
    assert parse_location("Ajaccio (2A)") is not None
    assert parse_location("Acme Robotics (2019)") is None
    assert parse_location("Senior Engineer (3)") is None


def test_associate_alone_names_a_job() -> None:
    role = read_role(["Harbor Labs", "|| Research Associate II", "Jul 2021 - Current || Lyon"])
    assert (role.title, role.employer) == ("Research Associate II", "Harbor Labs")


def test_a_co_op_term_names_a_job() -> None:
    role = read_role(["Pump Controls Co-op | Sep. 2023 -- Dec. 2023 | Harbor Marine"])
    assert (role.title, role.employer) == ("Pump Controls Co-op", "Harbor Marine")


def test_a_canadian_province_after_the_town_is_a_place() -> None:
    from talentgraph.loaders.lexicon.places import parse_location, split_trailing_location

    place = parse_location("Kingston, ON")
    assert place is not None and (place.city, place.region, place.country) == (
        "Kingston", "ON", "CA")
    assert split_trailing_location("Harbor College, Halifax, NS")[0] == "Harbor College"
    assert parse_location("Leiden, NL").country == "NL"  # type: ignore[union-attr]


def test_italian_feminine_and_internship_titles() -> None:
    for title in ("Ingegnera di processo", "Tirocinio curriculare"):
        role = read_role([f"{title}, Officine Rossi S.p.A., Modena (MO)"])
        assert (role.title, role.employer.split(",")[0]) == (title, "Officine Rossi S.p.A.")  # type: ignore[union-attr]


def test_abbreviation_periods_do_not_make_a_header_line_prose() -> None:
    line = lines_of("Umbrella Holdings, Inc. — Principal Engineer, Payments Risk   Feb. 2021 - Current")[0]
    assert is_header_like(line)
    assert not is_header_like(lines_of(
        "Led the migration to a new stack. Cut costs by a third for the whole group of teams.")[0])


def test_one_line_header_with_company_title_place_and_dates_is_one_entry() -> None:
    doc = record_of("Ana Ortiz\n\nEXPERIENCE\n"
                    "Contoso Labs (CL) — Research Intern, Speech team · Lisbon, Portugal · "
                    "May 2024 – Aug 2024\n- Built things.\n")
    assert [(w["name"], w["startDate"], w["endDate"]) for w in doc["work"]] == [
        ("Contoso Labs (CL)", "2024-05", "2024-08")]


def test_role_bullet_with_a_set_off_season_is_a_role() -> None:
    doc = record_of("Ana Ortiz\n\n## Experience\n\n**Fabrikam** · Oslo, Norway\n"
                    "- *Data Scientist* · 2019–present\n  - Forecasting.\n"
                    "**Tailspin Toys** · Bergen, Norway\n- *Intern* · Summer 2017\n"
                    "  - Dashboards.\n")
    assert [(w["name"], w["position"], w.get("startDate")) for w in doc["work"]] == [
        ("Fabrikam", "Data Scientist", "2019"), ("Tailspin Toys", "Intern", "2017")]


def test_mixed_entry_layouts_one_liners_then_header_lines_above_the_date() -> None:
    doc = record_of("Ana Ortiz\n\nEXPERIENCE\n\n"
                    "Data Engineer at Fabrikam | March 2021 – Present\n- Pipelines.\n\n"
                    "Contoso Bank — Lisbon\nSoftware Engineer (Risk)\n2018/09 – 2021/02\n"
                    "- Java services.\n\n"
                    "Accenture, Madrid, Spain | Analyst | Jul. 2016 – Aug. 2018\n")
    assert [(w["name"], w["position"], w["startDate"]) for w in doc["work"]] == [
        ("Fabrikam", "Data Engineer", "2021-03"),
        ("Contoso Bank", "Software Engineer (Risk)", "2018-09"),
        ("Accenture", "Analyst", "2016-07")]
    assert doc["work"][2]["location"] == "Madrid, Spain"


def test_employment_type_and_tenure_are_not_names() -> None:
    role = read_role(["Widget Engineer", "Gizmo Works · Full-time",
                      "Jan 2017 - Jun 2019 · 2 yrs 6 mos"])
    assert (role.title, role.employer, role.team) == ("Widget Engineer", "Gizmo Works", None)


def test_skills_line_is_not_an_employer() -> None:
    role = read_role(["Skills: Widgets · Gadgets", "Widget Engineer",
                      "Gizmo Works · Contract"])
    assert role.employer == "Gizmo Works"


def test_profile_copy_repeated_lines_and_grouped_roles() -> None:
    rec = record_of("Pat Quill\n\nExperience\nGizmo Works\nGizmo Works\nFull-time · 5 yrs\n\n"
                    "Senior Widget Engineer\nSenior Widget Engineer\nJun 2022 - Present · 2 yrs\n"
                    "Built the widget pipeline for the checkout team and cut its latency.\n"
                    "Skills: Widgets · Gadgets\n\n"
                    "Widget Engineer\nWidget Engineer\nJul 2019 - May 2022 · 2 yrs 11 mos\n"
                    "Wrote the gadget library that the other teams still use today.\n"
                    "Skills: Gadgets\n")
    work = [(w["name"], w["position"], w["startDate"]) for w in rec["work"]]
    assert work == [("Gizmo Works", "Senior Widget Engineer", "2022-06"),
                    ("Gizmo Works", "Widget Engineer", "2019-07")]


def test_place_by_the_dates_and_employer_in_the_title_tail() -> None:
    role = read_role(["Data Analyst, Gizmo Works", "Utrecht · September 2018 – March 2021"])
    assert (role.title, role.employer) == ("Data Analyst", "Gizmo Works")
    assert role.location is not None and role.location.city == "Utrecht"


def test_team_in_the_title_tail_stays_in_the_title() -> None:
    role = read_role(["Analyst, Technology Consulting, Accenture",
                      "Utrecht · September 2016 – August 2018"])
    assert (role.title, role.employer) == ("Analyst, Technology Consulting", "Accenture")


def test_title_and_employer_joined_by_the_word_for_at_in_other_languages() -> None:
    positions, _, _ = _positions(
        "01.03.2020 – heute | Werkstudentin bei Nordlicht Software GmbH, Kiel\n"
        "- Tests geschrieben\n"
        "2018 – 2019 | Stagiaire chez Atelier Dupont SA\n- Maquettes\n"
        "2016 – 2017 | Back Office bei Alpenblick Treuhand AG (Teilzeit 40%)\n- Buchhaltung")
    assert [(p.employer, p.title) for p in positions] == [
        ("Nordlicht Software GmbH", "Werkstudentin"),
        ("Atelier Dupont SA", "Stagiaire"),
        # no title word on the left, but a legal form on the right: the right is the
        # employer, and the kind of work in brackets is no part of it
        ("Alpenblick Treuhand AG", "Back Office")]


def test_job_titles_of_other_languages_are_titles() -> None:
    for header, title in [("Fachkraft für Lagerlogistik | Hafenlager Nord", "Fachkraft"),
                          ("Verwaltungsangestellte | Gemeinde Oberdorf", "Verwaltungsangestellte"),
                          ("Traductrice | Éditions du Pont", "Traductrice"),
                          ("Redattrice | Casa Editrice Rossi", "Redattrice"),
                          ("Contadora | Grupo Andino", "Contadora")]:
        role = read_role([header])
        assert role.title is not None and role.title.startswith(title), header


def test_an_employer_with_a_legal_form_and_a_tagline_heads_its_entry() -> None:
    positions, _, _ = _positions(
        "Telhas Sul S/A – Líder na Fabricação de Telhas\n"
        "Engenheiro de Projetos | Novembro/2020 – Março/2026\n- Gestão de automação\n\n"
        "Maquinas Norte Ltda. – Líder Mundial na Fabricação de Máquinas\n"
        "Engenheiro Eletricista | Abril/2002 – Abril/2019\n- Elaboração")
    assert [(p.employer, p.title, p.start) for p in positions] == [
        ("Telhas Sul S/A", "Engenheiro de Projetos", "2020-11"),
        # "Ltda." closes the name, not a sentence: the line still heads the entry
        ("Maquinas Norte Ltda.", "Engenheiro Eletricista", "2002-04")]


def test_a_misspelt_month_is_not_read_as_the_employer() -> None:
    role = read_role(["Sistemas Beta – Automação Industrial",
                      "Gerente de Engenharia | Setmbro/2017 – Fevereiro/2020"])
    assert (role.employer, role.title) == ("Sistemas Beta", "Gerente de Engenharia")


def test_a_title_over_the_dates_and_the_employer_under_them() -> None:
    positions, _, _ = _positions(
        "Vollzeit Fachkraft Lagerlogistik\n2025.02 - heute\nNordhafen Logistik GmbH\n\n"
        "- Inventur\n- Versand\n\nTeilzeit Verkäuferin\n2022.08 – 2025.01\nBuchladen Lindner\n\n"
        "- Beratung")
    assert [(p.employer, p.title, p.start, p.current) for p in positions] == [
        ("Nordhafen Logistik GmbH", "Fachkraft Lagerlogistik", "2025-02", True),
        ("Buchladen Lindner", "Verkäuferin", "2022-08", False)]
    assert positions[0].bullets == ["Inventur", "Versand"]


def test_the_line_an_organization_word_names_is_the_employer() -> None:
    # the title's dash tail names a course, the line above (dot leader to its dates) the
    # college: the organization's word decides, not the nearness to the title
    for header, title, employer in [
            (["Riverside Hospital, pediatric ward ........ 2019 - 2021",
              "Staff Nurse – Night Shifts"], "Staff Nurse", "Riverside Hospital, pediatric ward"),
            (["Lakeside College (evening classes) 2019 - 2021",
              "Adjunct Instructor – General Studies English"], "Adjunct Instructor",
             "Lakeside College")]:
        role = read_role(header)
        assert (role.employer, role.title) == (employer, title)

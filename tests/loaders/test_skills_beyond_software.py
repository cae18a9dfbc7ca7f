"""Skills of résumés outside software: personal strengths, office and ERP tools, written in
the résumé's language and named in English."""

from __future__ import annotations

from support.records import record_of


def _listed(doc: dict) -> list[str]:
    return [k for group in doc.get("skills", []) if not group.get("mentioned")
            for k in group["keywords"]]


def test_personal_strengths_in_other_languages_get_their_english_names() -> None:
    doc = record_of("Lena Vogt\n\nKENNTNISSE\nVerantwortungsbewusstsein\nAnalytisches Denken\n"
                    "Belastbarkeit\nEigeninitiative\nKI-Kompetenz\nProzessoptimierung\n"
                    "Konzepterstellung\n")
    assert _listed(doc) == ["Responsibility", "Analytical Thinking", "Resilience", "Initiative",
                            "AI Literacy", "Process Optimization", "Concept Development"]


def test_strengths_joined_by_and_in_portuguese_split_into_two() -> None:
    doc = record_of("Ana Lima\n\nHABILIDADES\nCriatividade, organização, "
                    "responsabilidade e proatividade\n")
    assert _listed(doc) == ["Creativity", "Organization", "Responsibility", "Proactivity"]


def test_office_work_in_french_and_excel_functions_in_german() -> None:
    doc = record_of("Marie Roux\n\nCOMPÉTENCES\nGestion des documents et archivage\n"
                    "Polyvalence\n")
    assert _listed(doc) == ["Document Management", "Archiving", "Versatility"]
    doc = record_of("Lena Vogt\n\nKENNTNISSE\nExcel (Makros, SVERWEIS)\n")
    assert _listed(doc)[0] == "Microsoft Excel" and "VLOOKUP" in _listed(doc)


def test_strengths_are_not_spotted_in_prose() -> None:
    doc = record_of("Lena Vogt\n\nBERUFSERFAHRUNG\nSachbearbeiterin | Muster GmbH | 2019 – 2022\n"
                    "- Verantwortung für die Archivierung und Organisation der Akten\n")
    assert not any(k in ("Archiving", "Organization", "Responsibility")
                   for group in doc.get("skills", []) for k in group["keywords"])


def test_a_suite_named_before_its_programs_lists_the_programs() -> None:
    from talentgraph.loaders.fields.skills import split_item

    assert split_item("MS Office Excel and Word") == ["Excel", "Word"]
    assert split_item("Python Django") == ["Python Django"]  # a language, then a framework
    assert split_item("SAP (MM, SD)") == ["SAP", "SAP MM", "SAP SD"]  # modules with product
    doc = record_of("Jan Berg\n\nSKILLS\nMS-Office PowerPoint and Access, SAP (FI-CO)\n")
    assert _listed(doc) == ["Microsoft PowerPoint", "Microsoft Access", "SAP FI-CO"]


def test_a_program_spaced_otherwise_gets_the_taxonomy_name() -> None:
    from talentgraph.loaders.to_jsonresume import skill_label

    assert skill_label("Power Point") == "Microsoft PowerPoint"
    assert skill_label("Excel") == "Microsoft Excel"


def test_leads_naming_no_skill_in_german_and_french_are_dropped() -> None:
    doc = record_of("Jan Berg\n\nKENNTNISSE\nFundierte Kenntnisse in Hardware, PC-Bau\n")
    assert _listed(doc) == ["Hardware", "PC Building"]
    doc = record_of("Marie Roux\n\nCOMPÉTENCES\nJe maîtrise les logiciels Word, Excel\n")
    assert _listed(doc) == ["Microsoft Word", "Microsoft Excel"]


def test_a_line_ending_on_a_link_word_goes_on_in_the_next() -> None:
    doc = record_of("Ana Ruiz\n\nHABILIDADES\nJavaScript, HTML y\nCSS\nTrabajo en equipo\n")
    assert _listed(doc) == ["JavaScript", "HTML", "CSS", "Teamwork"]
    doc = record_of("Ann Lee\n\nSKILLS\nVitamin A\nCell Culture\n")
    assert len(_listed(doc)) == 2  # a name that ends on a capital letter is whole

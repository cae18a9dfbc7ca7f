"""One table of legal forms, read three ways: keys, the written name, comma parts."""

from __future__ import annotations

import pytest

from talentgraph.loaders import parse_file, to_json_resume
from talentgraph.ontology.legal_forms import COMMA_PART, LEGAL_FORMS, WRITTEN_TAIL
from talentgraph.ontology.taxonomy import organizations


@pytest.mark.parametrize("spelled", [
    "Quillfeather Corp", "Quillfeather, Inc.", "Quillfeather S.A.", "Quillfeather SRL",
    "Quillfeather Ltda.", "Quillfeather L.L.C.", "Quillfeather Sdn. Bhd.", "Quillfeather & Co",
    "Quillfeather and Company",
])
def test_every_spelling_of_a_legal_form_keys_and_names_one_organization(spelled: str) -> None:
    assert organizations().canonical(spelled) == "Quillfeather"


def test_a_known_organization_is_found_under_every_form_whole_or_dotted() -> None:
    orgs = organizations()
    known = orgs.lookup("Tesla")
    assert known is not None
    for form in LEGAL_FORMS:
        assert orgs.lookup(f"Tesla {form.words.upper()}") == known, form
        assert orgs.canonical(f"Quillfeather {form.words.upper()}") == "Quillfeather", form
        if form.dotted:
            dotted = ".".join(form.words.upper()) + "."
            assert orgs.lookup(f"Tesla {dotted}") == known, form
            assert orgs.canonical(f"Quillfeather {dotted}") == "Quillfeather", form


@pytest.mark.parametrize(("written", "kept"), [
    ("Globex Corporation", "Globex"), ("Globex GmbH", "Globex"), ("Globex, Inc.", "Globex"),
    ("Globex AB", "Globex AB"), ("Globex Limited", "Globex Limited"),
    ("Globex S.p.A.", "Globex S.p.A."),
])
def test_the_written_name_keeps_the_forms_readers_name_a_firm_with(written: str,
                                                                  kept: str) -> None:
    assert WRITTEN_TAIL.sub("", written) == kept


@pytest.mark.parametrize(("part", "glued"), [
    ("Inc.", True), ("LLC", True), ("S.R.L.", True), ("Ltda", True), ("Pty", True),
    ("SE", False), ("AB", False), ("Company", False), ("Backend", False),
])
def test_a_comma_part_is_a_legal_form_only_when_it_is_not_also_a_word(part: str,
                                                                    glued: bool) -> None:
    assert bool(COMMA_PART.match(part)) is glued


def test_a_comma_separated_legal_form_stays_with_its_employer(tmp_path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("Rosa Vantongeren\nrosa@example.org\n\nExperience\n"
                    "Backend Developer, Quillfeather, S.R.L.    2019 - 2022\n"
                    "- Built the billing service.\n", encoding="utf-8")
    work = to_json_resume(parse_file(path))["work"]
    assert [(w["name"], w["position"]) for w in work] == [
        ("Quillfeather, S.R.L.", "Backend Developer")]

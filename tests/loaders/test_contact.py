"""Contact block: name, e-mail, normalized phones, profiles, place."""

from __future__ import annotations

import pytest
from support.records import record_of

from talentgraph.loaders.fields.contact import extract_contact, normalize_phone
from talentgraph.loaders.lexicon.words import is_name_like
from talentgraph.loaders.segment.lines import to_lines


@pytest.mark.parametrize(
    ("raw", "phone"),
    [("703-915-8580", "703-915-8580"), ("765 - 413 (6089)", "765-413-6089"),
     ("(617) 555-0142", "617-555-0142"), ("+1 (206) 555-0199", "+1 206-555-0199"),
     ("+86 138 1234 5678", "+86 138 1234 5678"), ("12", None)],
)
def test_normalize_phone(raw: str, phone: str | None) -> None:
    assert normalize_phone(raw) == phone


def test_contact_line_with_bullets_and_links() -> None:
    contact = extract_contact(to_lines([
        "", "# Ada Park", "",
        "ada@example.com • 703-915-8580 • [www.linkedin.com/in/ada-p](https://www.linkedin.com/in/ada-p)"
        " • <https://ada.github.io> • Sunnyvale, CA & Herndon, VA",
    ]), "x.md")
    assert contact.name == "Ada Park"
    assert contact.emails == ["ada@example.com"]
    assert contact.phones == ["703-915-8580"]
    assert [(p.network, p.username) for p in contact.profiles] == [("LinkedIn", "ada-p")]
    assert contact.urls == ["https://ada.github.io"]
    assert contact.location is not None and (contact.location.city, contact.location.region) == (
        "Sunnyvale", "CA")
    assert contact.source is not None and contact.source.line_start == 2


def test_no_name_line_leaves_contact_anonymous() -> None:
    contact = extract_contact(
        to_lines(["Fairfax, VA, USA 01/2024-Present George Mason University"]), "x.txt")
    assert contact.name is None


def test_all_caps_name_is_title_cased_and_area_is_a_place() -> None:
    contact = extract_contact(to_lines(["JAMES O'NEILL", "j@x.org — San Francisco Bay Area"]), "x")
    assert contact.name == "James O'Neill"
    assert contact.location is not None and contact.location.city == "San Francisco Bay Area"


@pytest.mark.parametrize(
    ("lines", "name"),
    [(["Curriculum Vitae: Nora B. Lindqvist", "nora@example.org"], "Nora B. Lindqvist"),
     (["Lebenslauf von Jonas Keller"], "Jonas Keller"),
     (["Curriculum Vitae", "", "Dana Whitfield MSN, RN, CNE", "12 Elm Road"], "Dana Whitfield"),
     (["姓名 耿硕", "电话 138 0000 0000"], "耿硕"),
     (["氏名", "岸本 哲"], "岸本 哲"),
     (["Фамилия Имя Отчество", "Орлова Мария Павловна"], "Орлова Мария Павловна"),
     (["Nome    Conti Alessandro", "E-mail  alessandro.conti@example.it"], "Alessandro Conti"),
     (["Orlova Maria", "orlova.maria@example.org"], "Orlova Maria"),
     (["CHEN Jiayi", "jiayi.chen@example.cn"], "CHEN Jiayi"),
     (["Seattle, WA", "Aiko Tanabe | aiko.tanabe@example.com"], "Aiko Tanabe"),
     (["Jonas Keller, Prof. Dr. • Statistik", "jonas@example.de"], "Jonas Keller"),
     (["# Carolina de Souza Pereira Lima", "carolina@example.br"],
      "Carolina de Souza Pereira Lima")],
    ids=["cv-title", "lebenslauf-von", "credentials", "label-space", "label-alone",
         "label-row", "surname-first-form", "order-kept", "capital-surname-first",
         "name-beside-its-email", "title-after-name", "long-name-as-title"])
def test_the_owner_name_under_titles_labels_and_credentials(lines: list[str], name: str) -> None:
    """The document's title or a name label before the name (in the CV's language, from the
    lexicon), a label alone on its line (the name follows), letters after the name; a form
    asking for the surname first is read in the order the owner's e-mail gives."""
    assert extract_contact(to_lines(lines), "cv.txt").name == name


def test_profile_caption_inside_a_contact_block() -> None:
    rec = record_of("Pat Quill\nWidget Engineer\n\nContact info\nPat's Profile\n"
                    "linkedin.com/in/pat-quill\nEmail\npat.quill@example.org\n\n"
                    "About\nWidget engineer who builds gadgets for people who use them every day.\n")
    assert rec["basics"]["email"] == "pat.quill@example.org"


def test_setext_title_is_the_owners_name() -> None:
    text = ("Joost van den Akker\n===================\n\n"
            "interior architect — utrecht\n\njoost@example.nl\n")
    assert record_of(text, "cv.md")["basics"]["name"] == "Joost van den Akker"


def test_dutch_particles_in_names() -> None:
    assert is_name_like("Anouk van den Heuvel")
    assert is_name_like("Pieter van het Hof")


@pytest.mark.parametrize(("title", "name"), [
    ("# Jane Doe CV: Extended Edition", "Jane Doe"), ("Jane Doe's Resume", "Jane Doe"),
    ("JANE DOE - LEBENSLAUF", "Jane Doe"), ("Jane Doe | Curriculum Vitae", "Jane Doe"),
    ("Curriculum Vitae", None), ("EUROPEAN FORMAT FOR THE CURRICULUM VITAE", None)])
def test_the_document_title_after_the_name_is_not_part_of_it(title: str, name: str | None) -> None:
    contact = extract_contact(to_lines([title, "Edinburgh, UK"]), "cv.md")
    assert contact.name == name


@pytest.mark.parametrize(("lines", "name"), [
    (["Prénom : Marie", "Nom : DUPONT", "Tel : 770000000"], "Marie DUPONT"),
    (["Nachname: Muster", "Vorname: Erika Maria", "Geburtsdatum: 01.01.1990"],
     "Erika Maria Muster"),
    (["First name: Jane", "Last name: Roe"], "Jane Roe"),
], ids=["fr", "de-family-first", "en"])
def test_a_name_asked_for_in_two_parts_is_joined(lines: list[str], name: str) -> None:
    contact = extract_contact(to_lines(["PERSONAL DETAILS", *lines]), "cv.docx")
    assert contact.name == name

"""Spoken languages are kept apart from skills, named and rated in any language of the
lexicon data; a programming language with a level stays a skill."""

from __future__ import annotations

import tomllib

import pytest
from support.records import record_of

from talentgraph.loaders.lexicon.spoken import is_level, spoken_language
from talentgraph.loaders.lexicon.vocabulary import DATA, vocabulary


@pytest.mark.parametrize("language", vocabulary().languages)
def test_every_languages_names_and_levels_are_recognised(language: str) -> None:
    data = tomllib.loads((DATA / f"{language}.toml").read_text(encoding="utf-8"))
    spoken = data.get("spoken", {})
    assert spoken.get("names") and spoken.get("levels"), f"{language}.toml has no [spoken]"
    for name in spoken["names"]:
        written = name.title() if name.isascii() else name
        assert spoken_language(written) == written
        level = spoken["levels"][0]
        assert spoken_language(f"{written} ({level})") == written
    for level in spoken["levels"]:
        assert is_level(level)


@pytest.mark.parametrize(("item", "language"), [
    ("Inglés (B2)", "Inglés"), ("English – fluent", "English"), ("Deutsch: Muttersprache",
                                                                 "Deutsch"),
    ("English literature", None), ("Python", None), ("Go", None), ("Spanish Harlem", None),
])
def test_an_item_names_a_language_only_when_nothing_else_follows(
        item: str, language: str | None) -> None:
    assert spoken_language(item) == language


def test_languages_leave_the_skills_and_a_rated_skill_stays() -> None:
    record = record_of("""\
Marta Quiroga

COMPETENCIAS
Python: avanzado
SQL, Power BI, Inglés (C1), Portugués
Francés: básico
""")
    skills = {k for s in record.get("skills", []) for k in s["keywords"]}
    languages = {entry["language"] for entry in record.get("languages", [])}
    assert {"Python", "SQL", "Power BI"} <= skills
    assert languages == {"Inglés", "Portugués", "Francés"}
    assert not skills & languages

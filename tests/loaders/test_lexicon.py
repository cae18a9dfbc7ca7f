"""Every language's words, checked from the data files themselves: whatever a language's
``lexicon/data/<code>.toml`` lists must be found in text the way a résumé writes it, and every
language-tagged degree of ``ontology/degrees.ttl`` must be read at its level.  Adding a
language is a data change; these tests make sure it works without code."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import SKOS

from talentgraph.loaders.fields.education import level_of, parse_degree
from talentgraph.loaders.lexicon.dates import find_dates
from talentgraph.loaders.lexicon.headings import classify
from talentgraph.loaders.lexicon.vocabulary import DATA, HEADING_KINDS, fold, vocabulary
from talentgraph.loaders.lexicon.words import school_score, title_score

LANGUAGES = vocabulary().languages
TG = Namespace("https://w3id.org/talentgraph#")
DEGREES = Path(__file__).parents[2] / "ontology" / "degrees.ttl"


def _data(language: str) -> dict:
    return tomllib.loads((DATA / f"{language}.toml").read_text(encoding="utf-8"))


def test_every_language_has_its_file() -> None:
    assert set(LANGUAGES) >= {"en", "de", "fr", "es", "pt", "it", "nl", "ru", "zh", "ja"}


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_month_ranges_in_every_spelling(language: str, data: st.DataObject) -> None:
    """``<month> <year> – <month> <year>`` and ``<month> <year> – <present>`` in any of the
    language's spellings give the months written."""
    months = _data(language)["dates"]["months"]
    shapes = _data(language)["dates"].get("shapes", [])
    first = data.draw(st.integers(1, 12))
    second = data.draw(st.integers(1, 12))
    year = data.draw(st.integers(1975, 2030))
    spell_a = data.draw(st.sampled_from(months[first - 1]))
    spell_b = data.draw(st.sampled_from(months[second - 1]))

    def write(spelling: str, month: int, year: int) -> str:
        if any(ord(c) >= 0x2E80 for c in spelling) and shapes:
            return shapes[0].format(year=year, month=month)  # 2019年3月
        return f"{spelling} {year}"

    text = f"{write(spell_a, first, year)} – {write(spell_b, second, year + 1)}"
    (span,) = find_dates(text)
    assert (span.start, span.end) == (f"{year}-{first:02d}", f"{year + 1}-{second:02d}"), text
    present = data.draw(st.sampled_from(_data(language)["dates"]["present"]))
    (open_span,) = find_dates(f"{write(spell_a, first, year)} – {present}")
    assert open_span.current and open_span.start == f"{year}-{first:02d}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_heading_names_its_kind(language: str) -> None:
    """Each heading phrase, written in capitals or title case, names a kind of section (the
    kind listed or one sharing the phrase in another language: "Projekte" is projects)."""
    for kind, phrases in _data(language).get("headings", {}).items():
        if kind == "filler":
            continue
        assert kind in HEADING_KINDS
        for phrase in phrases:
            if "*" in phrase:
                phrase = phrase.replace("*", "")
            for written in (phrase.upper(), phrase.title()):
                found = classify(written)
                assert found is not None, (language, kind, written)


@pytest.mark.parametrize("language", LANGUAGES)
def test_title_and_school_words_are_found(language: str) -> None:
    data = _data(language)
    titles = data.get("titles", {})
    weak = {fold(w) for lang in LANGUAGES for w in _data(lang).get("titles", {}).get("weak", [])}
    for word in titles.get("words", []):
        if fold(word) not in weak:  # a weak word ("engineering") is a title only beside another
            assert title_score(word.title() if word.isascii() else word), (language, word)
    for word in data.get("schools", {}).get("words", []):
        assert school_score(f"{word.title()} Example" if word.isascii() else word), (
            language, word)


def _tagged_degrees() -> list[tuple[str, str, str]]:
    graph = Graph().parse(DEGREES)
    out = []
    for concept, level in graph.subject_objects(TG.degreeLevel):
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(concept, prop):
                if isinstance(label, Literal) and label.language:
                    out.append((label.language, str(label), str(level)))
    return sorted(out)


@pytest.mark.parametrize(("language", "label", "level"), _tagged_degrees(),
                         ids=lambda v: fold(str(v))[:30])
def test_national_degrees_are_read_at_their_level(language: str, label: str,
                                                  level: str) -> None:
    """``<degree> in <field>`` as each language's degrees are written on a CV."""
    parsed = parse_degree(f"{label} Informatica")
    assert parsed is not None, label
    assert level_of(parsed[0]) == level, (label, parsed)

"""Values leave the parser encodable: a lone surrogate costs a warning, not the batch.

A JSON résumé holding ``"Jane \\ud800 Doe"`` used to crash ``load`` on both stores
(UnicodeEncodeError in pyarrow / the Neo4j driver), losing the good résumé beside it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from badinput_support import KINDS, assert_no_traceback, clear, invoke, rows, settings_for
from hostile_files import GOOD_NAME, GOOD_SEED

from talentgraph.config import Settings
from talentgraph.graph.store import open_store
from talentgraph.loaders import Resume, Skill, Source, parse_file
from talentgraph.loaders.sanitize import clean_text, sanitize

#: JSON text, not a Python string: the escapes are what a hostile file holds.
SURROGATE_JSON = ('{"basics": {"name": "Jane \\ud800 Doe", "email": "jane@example.com", '
                  '"summary": "pairs stay \\ud83d\\ude80, a lone low half \\udc41 does not"}, '
                  '"work": [{"name": "Acme \\udfff Inc", "position": "Engineer", '
                  '"startDate": "2019-01", "endDate": "2021-01"}], '
                  '"skills": [{"name": "Tools", "keywords": ["Py\\ud834thon"]}]}')


def test_clean_text_replaces_only_lone_surrogates() -> None:
    assert clean_text("Zoë 🚀 \u202e") == "Zoë 🚀 \u202e"
    assert clean_text("Jane \ud800 Doe") == "Jane \ufffd Doe"
    assert clean_text("caf\udce9.txt") == "caf\\xe9.txt"  # a byte kept by surrogateescape
    for text in ("a\ud800", "\udfff", "x\udc80y"):
        clean_text(text).encode("utf-8")


def test_sanitize_walks_every_field_and_warns_once() -> None:
    source = Source(file="cv/\udcff.json")
    resume = Resume(source_file="cv/x.json", sha256="0", format="json",
                    skills=[Skill(name="Py\ud834thon", source=source)])
    resume.contact.name = "Jane \ud800 Doe"
    clean = sanitize(resume)
    assert clean.contact.name == "Jane \ufffd Doe"
    assert clean.skills[0].name == "Py\ufffdthon"
    assert clean.skills[0].source.file == "cv/\\xff.json"
    [warning] = clean.warnings
    assert "3 field(s)" in warning and "contact.name" in warning
    clean.model_dump_json().encode("utf-8")
    assert sanitize(clean) is clean  # a clean résumé is returned as is


def test_parse_prints_the_resume_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "lone.json"
    path.write_text(SURROGATE_JSON)
    resume = parse_file(path)
    assert resume.contact.name == "Jane \ufffd Doe"
    assert "🚀" in (resume.contact.summary or "")
    assert any("surrogates" in w for w in resume.warnings)
    result = invoke(Settings(store=str(tmp_path / "unused.lbug")), "parse", str(path))
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["basics"]["name"] == "Jane \ufffd Doe"


@pytest.fixture(params=KINDS)
def folder_loaded(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Settings]:
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "lone.json").write_text(SURROGATE_JSON)
    (folder / "good.txt").write_bytes(GOOD_SEED.read_bytes())
    # a file name that is not UTF-8: its bytes come back from the OS as surrogates
    (folder / os.fsdecode(b"caf\xe9.json")).write_bytes(
        SURROGATE_JSON.replace("Jane", "Jean").replace("jane@", "jean@").encode())
    settings = settings_for(request.param, request, tmp_path)
    result = invoke(settings, "load", str(folder))
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    yield settings
    if settings.is_neo4j:
        clear(settings)


def test_load_keeps_the_batch_and_stores_the_replacement(folder_loaded: Settings) -> None:
    with open_store(folder_loaded) as store:
        people = rows(store, "MATCH (p:Person)-[:DESCRIBED_IN]->(r:Resume) "
                             "RETURN p.name, r.path ORDER BY p.name")
        orgs = rows(store, "MATCH (o:Organization) RETURN o.name")
    assert ("Jane \ufffd Doe", "cvs/lone.json") in people
    assert ("Jean \ufffd Doe", "cvs/caf\\xe9.json") in people
    assert any(name == GOOD_NAME for name, _ in people)
    assert any(o.startswith("Acme \ufffd") for o in orgs), orgs

"""The careers vocabulary: occupations (generated from O*NET, plus hand-kept titles) and
seniority levels, and the converter that builds the occupations taxonomy."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from talentgraph.ontology import build_occupations as build
from talentgraph.ontology.careers import (
    OccupationTaxonomy,
    _parse_occupations,
    occupations,
    read_occupations,
    seniority,
)
from talentgraph.ontology.schema import Seniority
from talentgraph.ontology.taxonomy import label_key

ONTOLOGY = files("talentgraph.ontology")


def test_seniority_levels_are_the_closed_enum() -> None:
    assert {level.notation for level in seniority()} == {s.value for s in Seniority}
    ranks = [level.rank for level in seniority()]
    assert len(set(ranks)) == len(ranks)


@pytest.mark.parametrize(("title", "level", "word"), [
    ("Senior Software Engineer", "senior", "senior"),
    ("Sr. Data Scientist", "senior", "sr"),
    ("Staff Software Engineer, SE3", "staff", "staff"),  # a word beats a grade
    ("Senior Manager, Software Development", "lead", "manager"),  # precedence
    ("Senior Product Manager", "senior", "senior"),  # "product manager" is no level
    ("Senior Staff Nurse (Band 6)", "senior", "senior"),  # "staff nurse" is no level
    ("Staff Nurse (Band 5)", "mid", "Band 5"),
    ("Software Engineer II", "mid", "II"),
    ("Senior Backend Engineer (P7)", "senior", "senior"),
    ("Backend Engineer (P6)", "mid", "P6"),
    ("Graduate Research Assistant", "phd_student", "graduate research assistant"),
    ("Graduate Software Engineer", "junior", "graduate"),
    ("Postdoctoral Fellow, Cell Observatory", "postdoc", "postdoctoral"),
    ("Associate Professor", "associate_professor", "associate professor"),
    ("Head Chef", "lead", "head chef"),  # the longer phrase over "head"
    ("Head of Engineering", "director", "head of"),
    ("VP of Engineering", "executive", "vp"),
    ("Teamleiterin Batteriesystem-Simulation", "lead", "teamleiterin"),
    ("Estagiário de Desenvolvimento", "intern", "estagiário"),
    ("高级软件工程师", "senior", "高级"),
    ("副教授", "associate_professor", "副教授"),  # not 教授 (professor) inside it
])
def test_title_words_name_a_level(title: str, level: str, word: str) -> None:
    found = seniority().find(title)
    assert found is not None and (found.level.notation, found.word) == (level, word)


@pytest.mark.parametrize("title", ["Data Engineer", "Research Assistant", "Accountant 1 Year",
                                   "Member of Technical Staff"])
def test_titles_without_level_words(title: str) -> None:
    """A one-character grade counts only at the end ("Accountant 1 Year" names none)."""
    assert seniority().find(title) is None


@pytest.mark.parametrize(("title", "core"), [
    ("Senior Software Engineer II", "software engineer"),
    ("Software Engineer (contract)", "software engineer"),
    ("Staff Nurse", "staff nurse"),  # the level word belongs to the occupation here
    ("Engineering Manager", "engineering manager"),  # role words stay
    ("Visiting Student Researcher", ""),
])
def test_core_drops_level_words_and_qualifiers(title: str, core: str) -> None:
    assert seniority().core(title) == core


def test_occupations_taxonomy_is_consistent() -> None:
    taxonomy = occupations()
    assert not taxonomy.collisions
    kinds = {c.kind for c in taxonomy}
    assert kinds == {"occupation", "minor group", "major group"}
    for concept in taxonomy:
        assert concept.notation == concept.id
        for parent in concept.broader:
            assert parent in taxonomy
        assert all(len(code) == 4 and code.isdigit() for code in concept.isco08)
    developers = taxonomy.get("15-1252.00")
    assert developers.broader == ("15-1200",) and "2512" in developers.isco08
    assert taxonomy.broader_closure("15-1252.00") == ["15-1200", "15-0000"]


def test_occupations_file_keeps_the_onet_attribution_and_version() -> None:
    head = ONTOLOGY.joinpath("occupations.ttl").read_text("utf-8")[:2500]
    assert "O*NET 27.0 Database" in head and "CC BY 4.0" in head
    assert "USDOL/ETA" in head and "has not approved" in head


def test_every_hand_kept_title_resolves_to_its_occupation() -> None:
    curated = Graph().parse(data=ONTOLOGY.joinpath("occupation_titles.ttl").read_bytes(),
                            format="turtle")
    taxonomy = occupations()
    titles = list(curated.subject_objects(SKOS.altLabel))
    assert len(titles) > 300
    languages = set()
    for subject, title in titles:
        assert isinstance(title, Literal) and title.language, title
        languages.add(title.language)
        code = str(subject).rsplit("/", 1)[-1]
        assert taxonomy.candidates(str(title))[0].id == code, str(title)
        if title.language != "en":
            assert taxonomy.language(code, str(title)) == title.language
    assert languages >= {"en", "de", "fr", "es", "pt", "it", "nl", "zh", "ja"}


def test_a_title_the_curated_file_reads_otherwise_stays_a_second_guess() -> None:
    """O*NET files "Mathematics Teacher" under postsecondary teachers; the hand-kept title
    makes it a school teacher, and O*NET's reading stays as a hidden label."""
    candidates = [c.id for c in occupations().candidates("Mathematics Teacher")]
    assert candidates[0] == "25-2031.00" and "25-1022.00" in candidates[1:]


def test_plural_and_parenthesised_titles_find_their_occupation() -> None:
    taxonomy = occupations()
    assert taxonomy.candidates("Registered Nurse")[0].id == "29-1141.00"  # "Registered Nurses"
    assert taxonomy.candidates("CEO")[0].id == "11-1011.00"  # an O*NET short title


def test_the_json_cache_gives_the_same_concepts(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALENTGRAPH_CACHE_DIR", str(tmp_path))
    parsed = read_occupations(use_cache=False)
    assert read_occupations() == parsed  # writes the cache
    assert list(tmp_path.glob("occupations-*.json"))
    assert read_occupations() == parsed  # reads it


# ---------------------------------------------------------------- the converter


def _release() -> build.OnetRelease:
    """A tiny O*NET: two developer occupations, three postsecondary teachers, a nurse."""
    occupations_ = {
        "15-1252.00": "Software Developers", "15-1254.00": "Web Developers",
        "25-1021.00": "Computer Science Teachers, Postsecondary",
        "25-1022.00": "Mathematical Science Teachers, Postsecondary",
        "29-1141.00": "Registered Nurses", "29-1141.01": "Acute Care Nurses",
    }
    groups = {"15-0000": "Computer and Mathematical Occupations", "15-1200": "Computer Occupations",
              "25-0000": "Educational Instruction and Library Occupations",
              "25-1000": "Postsecondary Teachers",
              "29-0000": "Healthcare Practitioners and Technical Occupations",
              "29-1100": "Health Diagnosing and Treating Practitioners"}
    titles = [
        ("15-1252.00", "Software Engineer", 3), ("15-1252.00", "Senior Software Engineer", 1),
        ("15-1252.00", "Application Developer", 2), ("15-1254.00", "Webmaster", 2),
        ("15-1252.00", "Developer", 3), ("15-1254.00", "Developer", 1),  # shared: hidden
        ("25-1021.00", "Lecturer", 1), ("25-1022.00", "Lecturer", 1),  # -> their group
        ("29-1141.00", "Staff Nurse", 2), ("29-1141.01", "ICU Nurse", 2),
        ("29-1141.00", "ICU Nurse", 1),  # -> 29-1141.00, above 29-1141.01
        ("29-1141.00", "Developer", 1),  # a third reading of "Developer"
    ]
    reported = [("15-1252.00", "Software Engineer"), ("15-1254.00", "Webmaster")]
    return build.OnetRelease("O*NET 99.0 Database Test Release", occupations_, groups,
                             titles, reported, {"15-1252": ["2512", "2519"]})


def test_converter_groups_shared_titles_and_drops_level_variants() -> None:
    records = {r.code: r for r in build.concepts(_release())}
    assert records["15-1252.00"].broader == "15-1200"
    assert records["29-1141.01"].broader == "29-1141.00"  # an O*NET specialisation
    assert records["15-1200"].broader == "15-0000" and records["15-0000"].broader is None
    assert records["15-1252.00"].alt == ["Application Developer", "Developer",
                                         "Software Engineer"]  # "Senior ..." dropped
    assert records["25-1000"].alt == ["Lecturer"]
    assert "Lecturer" not in records["25-1021.00"].alt
    assert records["29-1141.00"].alt == ["ICU Nurse", "Staff Nurse"]
    assert records["15-1254.00"].hidden == ["Developer"]
    assert records["29-1141.00"].hidden == ["Developer"]
    assert records["15-1252.00"].isco == ["2512", "2519"]


def test_converter_output_round_trips_through_the_taxonomy(tmp_path: Path) -> None:
    out = tmp_path / "occupations.ttl"
    build.write_turtle(build.concepts(_release()), "O*NET 99.0 Database", out)
    text = out.read_text("utf-8")
    assert "from the O*NET 99.0 Database" in text and "CC BY 4.0" in text
    taxonomy = OccupationTaxonomy("test", _parse_occupations(out.read_bytes() + b"\0"))
    assert not taxonomy.collisions
    assert [c.id for c in taxonomy.candidates("developer")] == [
        "15-1252.00", "15-1254.00", "29-1141.00"]
    assert taxonomy.candidates("Lecturer")[0].id == "25-1000"
    assert taxonomy.get("15-1252.00").isco08 == ("2512", "2519")


def test_held_out_titles_stay_out_of_the_index() -> None:
    release = _release()
    held = build.heldout_keys(release, fold=0) | build.heldout_keys(release, fold=1)
    assert held <= {label_key(t) for _, t in release.reported}
    assert build.heldout_keys(release, 0) == build.heldout_keys(release, 0)  # stable
    records = build.concepts(release, exclude={label_key("Software Engineer")})
    assert "Software Engineer" not in [t for r in records for t in r.alt + r.hidden]


def test_converter_reads_the_release_files(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("openpyxl")
    onet = tmp_path / "db_99_0_text"
    onet.mkdir()
    (onet / "Read Me.txt").write_text("O*NET 99.0 Database\nMay 2030 Release\n---\n")
    (onet / "Occupation Data.txt").write_text(
        "O*NET-SOC Code\tTitle\tDescription\n15-1252.00\tSoftware Developers\tWrite code.\n")
    (onet / "Alternate Titles.txt").write_text(
        "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n"
        "15-1252.00\tSoftware Development Engineer (SDE)\tSDE\t04,06\n")
    (onet / "Sample of Reported Titles.txt").write_text(
        "O*NET-SOC Code\tReported Job Title\tShown in My Next Move\n"
        "15-1252.00\tSoftware Engineer\tY\n")
    rows = [["O*NET-SOC 2019 Occupation Listings"] + [None] * 5, [None] * 6, [None] * 6,
            ["Major Group", "Minor Group", "Broad Occupation", "Detailed Occupation",
             "Detailed O*NET-SOC", "Title"],
            ["15-0000", None, None, None, None, "Computer and Mathematical Occupations"],
            [None, "15-1200", None, None, None, "Computer Occupations"]]
    pandas.DataFrame(rows).to_excel(tmp_path / "soc.xlsx", header=False, index=False)
    release = build.read_release(onet, tmp_path / "soc.xlsx")
    assert release.version == "O*NET 99.0 Database May 2030 Release"
    assert release.groups == {"15-0000": "Computer and Mathematical Occupations",
                              "15-1200": "Computer Occupations"}
    assert {(c, t) for c, t, _ in release.titles} == {
        ("15-1252.00", "Software Development Engineer (SDE)"), ("15-1252.00", "SDE"),
        ("15-1252.00", "Software Engineer")}

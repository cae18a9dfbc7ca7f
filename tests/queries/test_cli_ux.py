"""``query`` and ``cypher`` as a person meets them (issue 19): bad input is one line and
exit 2, unknown names exit 1 with suggestions, headers are the same on both stores and
present when there are no rows, tables fit the terminal, records for person_profile."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from talentgraph.cli import main
from talentgraph.config import Settings
from talentgraph.graph.store import open_store
from talentgraph.pipeline import load_paths
from talentgraph.queries import registry

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
DATABASE_WORDS = ("LadybugDB", "Neo4j", "exception", "Traceback", "Cypher", "neo4j.")


@pytest.fixture(scope="module")
def embedded_seeds(tmp_path_factory: pytest.TempPathFactory) -> str:
    store = str(tmp_path_factory.mktemp("ux") / "seeds.lbug")
    with open_store(Settings(store=store)) as opened:
        assert load_paths([SEEDS], opened).failed == []
    return store


@pytest.fixture(scope="module")
def neo4j_seeds(neo4j_settings: Settings) -> Iterator[str]:
    with open_store(neo4j_settings) as store:
        store.clear()
        assert load_paths([SEEDS], store).failed == []
    yield neo4j_settings.store
    with open_store(neo4j_settings) as store:
        store.clear()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def seeds(request: pytest.FixtureRequest) -> str:
    """The ``--store`` value of the seed graph in each store."""
    return request.getfixturevalue(f"{request.param}_seeds")


def run(store: str, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--store", store, *args], env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("args", [
    ("query", "people_with_skill", "-p", "skill=Python", "-p", "limit=-1"),
    ("query", "people_with_skill", "-p", "skill=Python", "-p", "limit=ten"),
    ("query", "people_with_skill", "-p", "skill=Python", "-p", "limit=1.5"),
    ("query", "people_with_skill", "-p", "skill=Python", "-p", "limit=99999999999999999999"),
    ("query", "top_skills", "-p", "limit=-5"),
    ("query", "low_confidence_facts", "-p", "threshold=nan"),
    ("query", "people_with_skill", "-p", "skil=Python"),
    ("query", "people_with_skill"),
    ("query", "people_with_skill", "-p", "skill="),
    ("query", "people_with_skill", "-p", "skill=Python", "-p", "skill=Java"),
    ("query", "people_with_skill", "-p", "skill"),
    ("query", "nope"),
    ("query",),
    ("cypher", "MATCH (p:Person) RETURN p.name LIMIT $n", "-p", "n=1", "-p", "n=2"),
], ids=lambda a: " ".join(a[1:]))
def test_bad_input_is_one_line_and_exit_2(seeds: str, args: tuple[str, ...]) -> None:
    code, out, err = run(seeds, *args)
    assert code == 2, (code, out, err)
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), err
    assert not any(word in err for word in DATABASE_WORDS), err


def test_bad_input_lines_say_what_is_wrong(embedded_seeds: str) -> None:
    def error(*args: str) -> str:
        return run(embedded_seeds, *args)[2].strip()

    assert "$limit must be a whole number" in error(
        "query", "top_skills", "-p", "limit=-1")
    assert "did you mean skill?" in error("query", "people_with_skill", "-p", "skil=x")
    assert "needs $skill" in error("query", "people_with_skill")
    assert "given twice" in error("query", "people_with_skill", "-p", "skill=a", "-p",
                                  "skill=b")
    assert "no query named 'nope'" in error("query", "nope")


def test_an_unknown_name_suggests_and_exits_1(seeds: str) -> None:
    code, out, err = run(seeds, "query", "people_with_skill", "-p", "skill=Kubernets")
    assert code == 1 and out == ""
    assert err.strip() == "Error: no skill named 'Kubernets'; did you mean Kubernetes?"


def test_an_alias_finds_the_people(seeds: str) -> None:
    code, out, _ = run(seeds, "query", "people_with_skill", "-p", "skill=GCP",
                       "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 2 and all(r["via_skills"] == ["Google Cloud Platform"] for r in rows)


def test_every_query_prints_the_columns_its_text_names(seeds: str) -> None:
    """The CSV header and the JSON keys are the query's RETURN columns, in order, on both
    stores, also for the queries that find nothing with their header's examples."""
    for spec in registry.list_queries():
        code, out, err = run(seeds, "query", spec.name, *_args(spec), "--format", "csv")
        assert code == 0, (spec.name, err)
        header = next(csv.reader(io.StringIO(out)))
        assert header == spec.columns(), spec.name
        code, out, err = run(seeds, "query", spec.name, *_args(spec), "--format", "json")
        rows = json.loads(out)
        assert all(list(row) == spec.columns() for row in rows), spec.name


def _args(spec: registry.QuerySpec) -> list[str]:
    """``-p`` options giving each required parameter its header example."""
    def text(value: object) -> str:
        return ",".join(map(str, value)) if isinstance(value, list) else str(value)
    return [arg for p in spec.params if p.required for arg in ("-p", f"{p.name}={text(p.example)}")]


def test_no_rows_still_print_their_header(seeds: str) -> None:
    code, out, _ = run(seeds, "query", "people_with_skill", "-p", "skill=COBOL",
                       "--format", "csv")
    assert code == 0 and out.strip() == "person,via_skills,matching_skills"
    code, out, _ = run(seeds, "query", "people_with_skill", "-p", "skill=COBOL",
                       "--format", "json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(seeds, "query", "people_with_skill", "-p", "skill=COBOL")
    assert "person" in out and "matching_skills" in out and "(0 rows)" in out
    code, out, _ = run(seeds, "cypher", "MATCH (p:Person {name: 'Nobody'}) "
                       "RETURN p.name AS who, count(*)", "--format", "csv")
    assert code == 0 and out.strip() == "who,count(*)"


def test_cypher_columns_are_the_expressions_as_written(embedded_seeds: str) -> None:
    code, out, _ = run(embedded_seeds, "cypher",
                       "MATCH ()-[r]->() RETURN label(r), count(*) ORDER BY count(*) DESC "
                       "LIMIT 2", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [list(row) for row in rows] == [["label(r)", "count(*)"]] * 2
    assert rows[0]["label(r)"] == "BROADER"


@pytest.mark.neo4j
def test_cypher_columns_match_neo4j(embedded_seeds: str, neo4j_seeds: str) -> None:
    text = ("MATCH (p:Person)-[:WORKED_AT]->(o:Organization) "
            "RETURN o.name, count(*) AS people, toLower(o.name) ORDER BY people DESC, o.name "
            "LIMIT 3")
    outs = [json.loads(run(store, "cypher", text, "--format", "json")[1])
            for store in (embedded_seeds, neo4j_seeds)]
    assert outs[0] == outs[1]
    assert list(outs[0][0]) == ["o.name", "people", "toLower(o.name)"]


@pytest.mark.parametrize(("text", "hint"), [
    ("MATCH ()-[r]->() RETURN type(r) LIMIT 1", "label(r)"),
    ("MATCH p = shortestPath((a:Person)-[*..3]-(b:Person)) RETURN p LIMIT 1", "SHORTEST"),
    ("RETURN date().year AS y", "current_date()"),
])
def test_embedded_errors_name_the_equivalent(embedded_seeds: str, text: str, hint: str) -> None:
    code, _, err = run(embedded_seeds, "cypher", text)
    assert code == 1
    assert any(line.startswith("hint: ") and hint in line for line in err.splitlines()), err


@pytest.mark.neo4j
def test_neo4j_errors_name_the_equivalent(neo4j_seeds: str) -> None:
    code, _, err = run(neo4j_seeds, "cypher", "MATCH ()-[r]->() RETURN label(r) LIMIT 1")
    assert code == 1 and "hint: Neo4j names a relationship's type type(r)" in err


def test_a_table_fits_the_terminal(embedded_seeds: str) -> None:
    for width in (60, 100):
        code, out, _ = run(embedded_seeds, "query", "low_confidence_facts",
                           env={"COLUMNS": str(width)})
        assert code == 0
        assert max(len(line) for line in out.splitlines()) <= width, out
    code, out, _ = run(embedded_seeds, "report", env={"COLUMNS": "80"})
    assert code == 0 and max(len(line) for line in out.splitlines()) <= 80


def test_piped_tables_keep_their_full_width(embedded_seeds: str) -> None:
    text = ("MATCH (p:Person {name: 'Hao Wu'})-[:AUTHORED]->(paper:Paper) "
            "RETURN paper.title AS title ORDER BY title")
    code, out, _ = run(embedded_seeds, "cypher", text, env={"COLUMNS": ""})
    assert code == 0
    titles = [r["title"] for r in json.loads(run(embedded_seeds, "cypher", text,
                                                 "--format", "json")[1])]
    assert max(map(len, titles)) > 80
    for title in titles:  # each on one line, not wrapped
        assert any(title in line for line in out.splitlines()), title


def test_a_long_cell_in_a_terminal_ends_with_an_ellipsis(embedded_seeds: str) -> None:
    text = "RETURN '" + "x" * 600 + "y' AS long"
    code, out, _ = run(embedded_seeds, "cypher", text, env={"COLUMNS": "80"})
    assert code == 0 and "…" in out and "y" not in out.replace("(1 row)", "")
    code, out, _ = run(embedded_seeds, "cypher", text, "--format", "csv",
                       env={"COLUMNS": "80"})
    assert "x" * 600 in out


def test_person_profile_prints_sections(seeds: str) -> None:
    code, out, _ = run(seeds, "query", "person_profile", "-p", "person=hao wu",
                       env={"COLUMNS": "100"})
    assert code == 0
    lines = out.splitlines()
    assert any(line.startswith("employers (4)") for line in lines), out
    assert any(line.startswith("papers (4)") for line in lines)
    alibaba = next(line for line in lines if "Alibaba Cloud" in line and "2023-06" in line)
    assert alibaba.startswith("  ") and "|" not in alibaba  # a sub-table row, not "a | b"
    assert max(len(line) for line in lines) <= 100


def test_json_is_stable(seeds: str) -> None:
    args = ("query", "people_with_all_skills", "-p", "skills=k8s,GCP", "--format", "json")
    first, second = run(seeds, *args)[1], run(seeds, *args)[1]
    assert first == second
    rows = json.loads(first)
    assert [r["person"] for r in rows] == sorted(r["person"] for r in rows)
    assert all(r["matched"] == ["Google Cloud Platform", "Kubernetes"] for r in rows)

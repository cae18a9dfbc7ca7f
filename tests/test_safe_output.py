"""Values cannot drive the terminal or forge lines (issue 18, item 6): names holding ESC
sequences, a right-to-left override, line separators and C1 controls print as escapes in
tables, records, CSV, Markdown and error lines; JSON keeps them JSON-escaped; a file name
cannot add an ``error:`` line to ``load`` or ``parse``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from talentgraph.cli import main
from talentgraph.config import Settings
from talentgraph.graph.model import add_edge, add_node, new_graph
from talentgraph.graph.store import open_store
from talentgraph.ontology.schema import Label, Rel
from talentgraph.output import safe_text

NAMES = {
    "person:esc": "Eve \x1b]0;PWNED\x07 \x1b[31mRed",
    "person:rlo": "Bob \u202eexe.txt",
    "person:ls": "Line\u2028error: forged",
    "person:c1": "Nel\x85 Csi\x9b2J Del\x7f",
}
RAW = ("\x1b", "\x07", "\u202e", "\u2028", "\x85", "\x9b", "\x7f")


def _clean(text: str) -> None:
    for char in RAW:
        assert char not in text, (repr(char), text)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    graph = new_graph()
    add_node(graph, Label.Organization, "org:acme", name="Acme \u202eCorp",
             name_key="acme corp", name_lower="acme \u202ecorp", sources=["x.txt"])
    add_node(graph, Label.Skill, "skill:x", name="Sk\x1b[2Jill", sources=["x.txt"])
    for node, name in NAMES.items():
        add_node(graph, Label.Person, node, name=name, name_key=name.lower(),
                 name_lower=name.lower(), is_owner=True, sources=["x.txt"])
        add_edge(graph, Rel.WORKED_AT, node, "org:acme", f"w:{node}", title="Eng\u2029ineer",
                 start_date="2020", start_month=2020 * 12, end_month=2021 * 12,
                 current=False, sources=["x.txt"])
        add_edge(graph, Rel.HAS_SKILL, node, "skill:x", f"s:{node}", sources=["x.txt"])
    path = str(tmp_path_factory.mktemp("hostile-names") / "names.lbug")
    with open_store(Settings(store=path)) as opened:
        opened.write_graph(graph)
    return path


def run(store: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--store", store, *args], env={"COLUMNS": "120"})
    return result.exit_code, result.stdout, result.stderr


def test_safe_text_shows_escapes() -> None:
    assert safe_text("a\x1b[31mb\u202ec\u2028d\x85e\x9bf") == \
        "a\\x1b[31mb\\u202ec\\u2028d\\x85e\\x9bf"
    assert safe_text("tab\tand\nnewline", keep_lines=True) == "tab\tand\nnewline"
    assert safe_text("tab\tand\nnewline") == "tab\\tand\\nnewline"
    assert safe_text("naïve 北京 🙂") == "naïve 北京 🙂"


@pytest.mark.parametrize("args", [
    ("cypher", "MATCH (p:Person)-[w:WORKED_AT]->(o) RETURN p.name, w.title, o.name"),
    ("query", "worked_at", "-p", "organization=org:acme"),
    ("query", "person_profile", "-p", "person=person:esc"),
    ("query", "people_with_skill", "-p", "skill=skill:x"),
    ("report",),
    ("report", "--format", "markdown"),
    ("query", "worked_at", "-p", "organization=org:acme", "--format", "csv"),
    ("analyse", "degree", "--projection", "whole"),
], ids=lambda a: " ".join(a[:2]))
def test_tables_records_csv_and_markdown_escape_control_characters(store: str,
                                                                   args: tuple[str, ...]) -> None:
    code, out, err = run(store, *args)
    assert code == 0, err
    _clean(out)
    _clean(err)
    assert "\\x1b" in out or "\\u202e" in out  # shown, not dropped


def test_the_names_are_printed_as_escapes(store: str) -> None:
    code, out, _ = run(store, "cypher", "MATCH (p:Person) RETURN p.name ORDER BY p.id")
    assert code == 0
    for name in NAMES.values():
        assert safe_text(name) in out
    assert not any(line.startswith("error:") for line in out.splitlines())


def test_json_keeps_them_json_escaped(store: str) -> None:
    code, out, _ = run(store, "cypher", "MATCH (p:Person) RETURN p.id AS id, p.name AS name",
                       "--format", "json")
    assert code == 0
    _clean(out)
    assert {row["id"]: row["name"] for row in json.loads(out)} == NAMES
    assert "\\u202e" in out and "\\u2028" in out and "\\u001b" in out
    code, out, _ = run(store, "report", "--format", "json")
    assert code == 0
    _clean(out)


def test_an_error_line_stays_one_line(store: str) -> None:
    code, out, err = run(store, "query", "person_profile", "-p",
                         "person=Nobody\u2028error: forged\x1b[2J")
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: no person named")
    _clean(err)


def test_a_file_name_cannot_forge_an_error_line(tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    for name in ("a\u2028error: forged.txt", "b\x85error: forged.txt", "c\x1b[2Jd.txt",
                 "d\u202etxt.exe.txt", "e\nerror: forged.txt"):
        (folder / name).write_bytes(b"")  # empty: each fails to parse
    result = CliRunner().invoke(main, ["parse", str(folder)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 5 and all(line.startswith("talentgraph parse: ") for line in lines)
    _clean(result.stderr)
    store = str(tmp_path / "load.lbug")
    result = CliRunner().invoke(main, ["--store", store, "load", "--jobs", "1", str(folder)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 5, result.stderr
    _clean(result.stderr)

"""``query``, ``analyse`` and ``report`` through click's CliRunner on an embedded store."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from graphs import seed_like_graph

from talentgraph.commands.analyse import analyse
from talentgraph.commands.cypher import cypher
from talentgraph.commands.query import query
from talentgraph.commands.report import report
from talentgraph.config import Settings
from talentgraph.graph.store import open_store

COMMANDS = (query, analyse, report)


@click.group()
@click.option("--store", required=True)
@click.pass_context
def cli(ctx: click.Context, store: str) -> None:
    """A group like ``talentgraph.cli.main``, carrying Settings in ``ctx.obj``."""
    ctx.obj = Settings(store=store)


for _command in (*COMMANDS, cypher):
    cli.add_command(_command)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "talent.lbug")
    with open_store(Settings(store=path)) as store:
        store.write_graph(seed_like_graph())
    return path


def invoke(store_path: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--store", store_path, *args])
    return result.exit_code, result.output


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_command_has_help_with_an_example(command: click.Command) -> None:
    result = CliRunner().invoke(command, ["--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and f"talentgraph {command.name}" in result.output


def test_query_list(store_path: str) -> None:
    code, out = invoke(store_path, "query", "--list", "--format", "json")
    assert code == 0
    names = [row["name"] for row in json.loads(out)]
    assert "people_with_skill" in names and len(names) >= 15


def test_query_json_and_csv(store_path: str) -> None:
    code, out = invoke(store_path, "query", "people_with_skill", "-p",
                       "skill=machine learning", "--format", "json")
    assert code == 0
    assert [r["person"] for r in json.loads(out)] == ["Hayes Zhao", "Hao Wu"]
    code, out = invoke(store_path, "query", "people_with_all_skills", "-p",
                       "skills=CUDA,Python", "--format", "csv")
    assert code == 0
    assert list(csv.DictReader(io.StringIO(out))) == [
        {"person": "Ana Lima", "matched": "CUDA; Python"},
        {"person": "Hao Wu", "matched": "CUDA; Python"}]


def test_query_table(store_path: str) -> None:
    code, out = invoke(store_path, "query", "colleagues", "-p", "person=Ana Lima", "-p",
                       "organization=ByteDance")
    assert code == 0
    assert "Hao Wu" in out and "Hayes Zhao" not in out


@pytest.mark.parametrize(("args", "message"), [
    (("query", "nope"), "no query named 'nope'"),
    (("query", "people_with_skill"), "needs $skill"),
    (("query", "top_skills", "-p", "limit=ten"), "$limit must be an integer"),
    (("query", "top_skills", "-p", "limit"), "expects NAME=VALUE"),
    (("query",), "give a query NAME"),
    (("analyse", "pagerank", "--engine", "gds"), "needs a Neo4j store"),
])
def test_user_errors_are_messages_not_tracebacks(store_path: str, args: tuple[str, ...],
                                                 message: str) -> None:
    code, out = invoke(store_path, *args)
    assert code != 0 and message in out
    assert "Traceback" not in out


@pytest.mark.parametrize("engine", ["networkx", "igraph"])
def test_analyse_pagerank(store_path: str, engine: str) -> None:
    code, out = invoke(store_path, "analyse", "pagerank", "--projection", "whole",
                       "--engine", engine, "--top", "3", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["rank"] for r in rows] == [1, 2, 3]
    assert rows[0]["name"] == "Hayes Zhao"


def test_analyse_communities_and_betweenness(store_path: str) -> None:
    code, out = invoke(store_path, "analyse", "communities", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    tied = {"Ana Lima", "Hao Wu", "Keren Zhou", "Hayes Zhao"}
    assert tied == {m for r in rows if r["size"] > 1 for m in r["members"]}
    code, out = invoke(store_path, "analyse", "betweenness", "--projection", "whole")
    assert code == 0 and "exact" in out


def test_report_formats(store_path: str, tmp_path: Path) -> None:
    code, out = invoke(store_path, "report", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert {"type": "Person", "count": 6, "kind": "node"} in data["counts"]
    assert data["top_skills"][0] == {"skill": "Python", "people": 5}
    assert any(r["name"] == "ByteDance" for r in data["central"])
    assert {r["issue"] for r in data["data_quality"]} >= {"anonymous", "inferred name"}
    assert data["communities"] and data["modularity"] > 0
    # people per occupation, from HELD_OCCUPATION; ties by name
    assert [(r["occupation"], r["people"]) for r in data["occupations"]][:3] == [
        ("Life, Physical, and Social Science Occupations", 2),
        ("Postsecondary Teachers", 2), ("Software Developers", 2)]
    code, out = invoke(store_path, "report", "--format", "markdown")
    assert code == 0 and out.startswith("# Talent graph report") and "## Top skills" in out
    assert "## Occupations (O\\*NET-SOC" in out  # Markdown's "*" escaped
    assert "| Software Developers | 15-1252.00 | 2 |" in out
    code, out = invoke(store_path, "report")
    assert code == 0 and "Data quality" in out


def test_timeout_stops_a_runaway_read_with_one_line(store_path: str) -> None:
    slow = ("UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b "
            "WITH a, b WHERE (a * b) % 7 = 3 RETURN count(*) AS n")
    code, out = invoke(store_path, "cypher", slow, "--timeout", "0.5")
    assert code == 1
    assert out.strip() == "Error: query timed out after 0.5 s"
    code, out = invoke(store_path, "query", "people_with_skill", "-p",
                       "skill=machine learning", "--format", "json", "--timeout", "60")
    assert code == 0 and len(json.loads(out)) == 2
    code, out = invoke(store_path, "query", "people_with_skill", "-p", "skill=x",
                       "--timeout", "0")
    assert code == 2 and "--timeout" in out

"""Analyses say what they did (issue 19, item 6), on the five seed résumés: people in no
community are listed with the reason, scores of 0 are not ranked, one meaning per name
(participation is not "brokers"), and nothing stray is printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from talentgraph.cli import main
from talentgraph.config import Settings
from talentgraph.graph.store import open_store
from talentgraph.pipeline import load_paths

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("says") / "seeds.lbug")
    with open_store(Settings(store=path)) as opened:
        assert load_paths([SEEDS], opened).failed == []
    return path


def run(store: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--store", store, *args], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result.exit_code, result.stdout


def test_people_in_no_community_are_listed_with_why(store: str) -> None:
    _, out = run(store, "analyse", "communities", "--format", "json")
    rows = json.loads(out)
    grouped = {m for r in rows if r["community"] is not None for m in r["members"]}
    alone = [r for r in rows if r["community"] is None]
    assert all(r["size"] >= 2 for r in rows if r["community"] is not None)
    assert [m for r in alone for m in r["members"]] == ["Hayes Zhao"]
    assert "Hayes Zhao" not in grouped
    assert alone[0]["note"].startswith("in no community: no colleague, co-author or advisor")
    assert "only tied through skills" in alone[0]["note"]
    _, out = run(store, "report", "--format", "json")
    report = json.loads(out)
    assert any(r["members"] == ["Hayes Zhao"] and "in no community" in r["note"]
               for r in report["communities"])


def test_scores_of_zero_are_not_ranked(store: str) -> None:
    _, out = run(store, "analyse", "betweenness", "--format", "json")
    rows = json.loads(out)
    assert rows and all(r["score"] > 0 for r in rows)
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    _, table = run(store, "analyse", "betweenness")
    lines = table.strip().splitlines()
    assert lines[0].endswith("; exact)")  # how it was computed is in the title
    assert lines[-1].endswith("score 0 and are not ranked")
    assert "exact" not in lines[-1]  # no bare stray line after the table


def test_one_meaning_per_name(store: str) -> None:
    result = CliRunner().invoke(main, ["--store", store, "analyse", "brokers"])
    assert result.exit_code == 2 and "participation" in result.output
    _, out = run(store, "analyse", "participation", "--format", "json")
    assert json.loads(out)[0]["name"] == "Hao Wu"
    _, report = run(store, "report")
    assert "Brokers between people (betweenness" in report
    assert "participation" not in report.lower()

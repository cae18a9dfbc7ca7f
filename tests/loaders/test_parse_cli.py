"""``talentgraph parse`` through click's runner: formats, batches and bad files."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from talentgraph.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def test_one_file_prints_one_document() -> None:
    result = CliRunner().invoke(main, ["parse", str(FIXTURES / "pdfish.txt")])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["basics"]["name"] == "James O'Neill"
    assert [w["name"] for w in doc["work"]] == ["Globex", "Initech"]  # legal suffix dropped


def test_bad_file_is_reported_and_others_still_printed(tmp_path: Path) -> None:
    bad = tmp_path / "resume.xyz"
    bad.write_text("hello")
    result = CliRunner().invoke(main, ["parse", str(FIXTURES / "classic.md"), str(bad)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len([x for x in result.stderr.splitlines() if "resume.xyz" in x]) == 1
    docs = json.loads(result.stdout)
    assert isinstance(docs, list) and docs[0]["basics"]["name"] == "Maria Gonzalez-Ruiz"


def test_yaml_and_table_formats() -> None:
    path = str(FIXTURES / "anonymous.txt")
    table = CliRunner().invoke(main, ["parse", "--format", "table", path])
    assert table.exit_code == 0 and "(inferred)" in table.output
    yaml_out = CliRunner().invoke(main, ["parse", "--format", "yaml", path])
    assert yaml_out.exit_code == 0 and "name_inferred: true" in yaml_out.output


def test_help_has_an_example() -> None:
    result = CliRunner().invoke(main, ["parse", "--help"])
    assert result.exit_code == 0 and "Example" in result.output

"""``talentgraph parse`` takes folders like ``load`` (issue 19, item 7): recursively, by
extension, hidden files skipped, ``--shard`` splitting a folder; ``--format yaml`` works
as installed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from talentgraph.commands.parse import parse

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "cvs"
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    shutil.copy(seeds[0], root / seeds[0].name)
    shutil.copy(seeds[1], root / "nested" / seeds[1].name)
    shutil.copy(seeds[2], root / "nested" / "deeper" / seeds[2].name)
    shutil.copy(seeds[3], root / ".hidden" / seeds[3].name)  # skipped, as load skips it
    (root / "notes.xyz").write_text("not a résumé format", "utf-8")  # skipped by extension
    return root


def test_a_folder_is_parsed_recursively(tmp_path: Path) -> None:
    result = CliRunner().invoke(parse, [str(_folder(tmp_path)), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    docs = json.loads(result.stdout)
    sources = [doc["x-talentgraph"]["source"] for doc in docs]
    assert len(docs) == 3 and all("hidden" not in s for s in sources)
    assert {doc["basics"]["name"] for doc in docs} >= {"Hayes Zhao"}


def test_shards_split_a_folder(tmp_path: Path) -> None:
    folder = str(_folder(tmp_path))
    seen = []
    for shard in ("1/2", "2/2"):
        result = CliRunner().invoke(parse, [folder, "--shard", shard, "--jobs", "1"])
        assert result.exit_code == 0, result.output
        seen += [doc["x-talentgraph"]["source"] for doc in json.loads(result.stdout)]
    assert len(seen) == len(set(seen)) == 3


def test_yaml_works_as_installed() -> None:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = CliRunner().invoke(parse, ["--format", "yaml", str(seed)])
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(result.stdout)["basics"]["name"] == "Hayes Zhao"
    assert "yaml" in CliRunner().invoke(parse, ["--help"]).stdout


def test_a_missing_path_is_one_line_and_the_rest_still_prints(tmp_path: Path) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    result = CliRunner().invoke(parse, [str(tmp_path / "nope"), str(seed), "--jobs", "1"])
    assert result.exit_code == 1
    assert result.stderr.strip().endswith("nope: no such file or directory")
    assert len(json.loads(result.stdout)) == 1


def test_the_parts_a_latex_resume_inputs_are_not_resumes_of_their_own(tmp_path: Path) -> None:
    """``cv.tex`` inputs ``sections/work.tex`` (and ``\\include``\\ s ``edu``): a folder
    gives one résumé holding both parts; a ``.tex`` no one inputs is still read."""
    root = tmp_path / "latex"
    (root / "sections").mkdir(parents=True)
    (root / "cv.tex").write_text(
        "\\documentclass{article}\\begin{document}\n\\section*{Mara Oyelaran}\n"
        "mara@example.org\n\\input{sections/work}\n\\include{sections/edu}\n\\end{document}\n",
        "utf-8")
    (root / "sections" / "work.tex").write_text(
        "\\section{Experience}\nData Engineer, Riverbank Analytics, 2020 -- 2024\n", "utf-8")
    (root / "sections" / "edu.tex").write_text(
        "\\section{Education}\nMSc Computer Science, University of Leeds, 2015 -- 2017\n",
        "utf-8")
    (root / "other.tex").write_text(
        "\\documentclass{article}\\begin{document}\n\\section*{Ivo Marek}\nivo@example.org\n"
        "\\section{Experience}\nAnalyst, Harbor Insurance, 2017 -- 2020\n\\end{document}\n",
        "utf-8")
    result = CliRunner().invoke(parse, [str(root), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    docs = {Path(d["x-talentgraph"]["source"]).name: d for d in json.loads(result.stdout)}
    assert sorted(docs) == ["cv.tex", "other.tex"]
    cv = docs["cv.tex"]
    assert [w["name"] for w in cv["work"]] == ["Riverbank Analytics"]
    assert [e["institution"] for e in cv["education"]] == ["University of Leeds"]

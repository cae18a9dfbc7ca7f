"""``export --format html`` without a browser: the file is self-contained (vendored library
with its licence, no network reference), data is escaped, the views pick the right nodes,
the CLI options and redaction work.  What the page does is tested in Chromium in
``test_export_html_browser.py``."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from export_sample import EMAIL, OTHER_EMAIL, PHONE, SRC, STREET, URLS, build_graph

from talentgraph.commands.export import export
from talentgraph.commands.report import report
from talentgraph.config import Settings
from talentgraph.graph.export import write
from talentgraph.graph.export.html import explorer_html, view
from talentgraph.graph.export.html.page import ASSETS, embed_json
from talentgraph.graph.export.html.vendor import FILES, PACKAGE, VERSION
from talentgraph.graph.model import TalentGraph, add_node, new_graph
from talentgraph.graph.store import open_store
from talentgraph.ontology.schema import Label

VENDOR = Path(str(ASSETS)) / "vendor"


def _payload(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="tg-data">(.*?)</script>', page, re.S)
    assert match, "no data block"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = Settings(store=str(tmp_path_factory.mktemp("store") / "talent.lbug"))
    with open_store(settings) as store:
        store.write_graph(build_graph())
    return settings


def _run(command: click.Command, args: list[str], settings: Settings):
    return CliRunner().invoke(command, args, obj=settings, catch_exceptions=False)


def test_the_vendored_library_is_the_pinned_release_with_its_licence() -> None:
    manifest = json.loads((VENDOR / "vendor.json").read_text("utf-8"))
    assert (manifest["package"], manifest["version"], manifest["license"]) == (PACKAGE, VERSION, "MIT")
    assert set(manifest["files"]) == set(FILES.values())
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name
    licence = (VENDOR / "cytoscape.LICENSE").read_text("utf-8")
    assert "Permission is hereby granted, free of charge" in licence


def test_the_page_is_one_file_with_no_network_reference(graph: TalentGraph) -> None:
    page = explorer_html(graph)
    library = (VENDOR / "cytoscape.min.js").read_text("utf-8")
    assert library in page  # inlined whole, its licence header included
    assert "Copyright (c) 2016-2026, The Cytoscape Consortium" in page
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page, re.I)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy.split("style-src")[0]


def test_data_cannot_end_its_script_block() -> None:
    text = embed_json({"name": "</script><script>alert(1)</script> & <!-- \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"name": "</script><script>alert(1)</script> & <!-- \u2028"}


def test_every_node_and_relationship_is_in_the_page(graph: TalentGraph) -> None:
    data = _payload(explorer_html(graph))
    assert sorted(n["k"] for n in data["nodes"]) == sorted(graph.nodes)
    assert sorted(e["k"] for e in data["edges"]) == sorted(k for *_, k in graph.edges(keys=True))
    jane = next(n for n in data["nodes"] if n["k"] == "person:jane")
    assert jane["src"] == graph.nodes["person:jane"]["sources"]
    assert jane["p"]["emails"] == [EMAIL]  # unredacted: the user's own file
    acme = next(n for n in data["nodes"] if n["k"] == "org:acme")
    assert acme["a"] == ["ACME", "Acme Inc."] and acme["t"] == "Organization"
    assert next(n for n in data["nodes"] if n["k"] == "org:uzh")["t"] == "School"


def test_around_walks_professional_ties_and_shows_what_they_touch(graph: TalentGraph) -> None:
    # by hand from export_sample: Jane's employers, school, paper, advisor, award, project
    # and patent are one tie away; her skill, address and résumé and the paper's venue
    # and the school's city are shown but not walked through
    assert view.around(graph, "person:jane", 0) == {
        "person:jane", "skill:pytorch", "location:baker-st", "resume:001"}
    assert view.around(graph, "person:jane", 1) == {
        "person:jane", "org:acme", "org:uzh", "paper:attention", "person:bob",
        "award:best-paper", "project:graph", "patent:us1", "skill:pytorch",
        "location:baker-st", "resume:001", "venue:neurips", "location:zurich"}


def test_top_keeps_the_people_and_what_two_of_them_share(graph: TalentGraph) -> None:
    nodes, people = view.top(graph, {"person:jane": 2.0, "person:bob": 1.0}, 2)
    assert people == 2 and nodes == {"person:jane", "person:bob", "paper:attention"}
    assert view.top(graph, {"person:jane": 2.0, "person:bob": 1.0}, 1)[0] == {"person:jane"}


def test_a_big_graph_is_cut_by_default_and_the_page_says_so(graph: TalentGraph,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(view, "DEFAULT_LIMIT", graph.number_of_nodes() - 1)
    monkeypatch.setattr(view, "DEFAULT_TOP", 1)
    data = _payload(explorer_html(graph))
    assert data["meta"]["cut"] is True
    assert "more than a browser draws smoothly" in data["meta"]["note"]
    assert [n["k"] for n in data["nodes"] if n["t"] == "Person"] == ["person:jane"]
    everything = _payload(explorer_html(graph, everything=True))
    assert len(everything["nodes"]) == graph.number_of_nodes() and not everything["meta"]["cut"]


def test_people_are_found_by_id_or_one_name(graph: TalentGraph) -> None:
    assert view.find_person(graph, "Bob Ng") == view.find_person(graph, "person:bob") == "person:bob"
    add_node(graph, Label.Person, "person:bob2", name="Bob Ng", sources=["x.txt"])
    with pytest.raises(ValueError, match="2 people are called 'bob ng': person:bob, person:bob2"):
        view.find_person(graph, "bob ng")
    with pytest.raises(ValueError, match="no person is called"):
        view.find_person(graph, "org:acme")


def test_an_empty_graph_gives_a_page_with_no_nodes() -> None:
    data = _payload(explorer_html(new_graph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["headline"][0]["value"] == 0


def test_cli_writes_html_with_a_view(settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / "jane.html"
    result = _run(export, ["--format", "html", "--around", "person:jane", "--hops", "0",
                           "-o", str(out)], settings)
    assert result.exit_code == 0, result.output
    data = _payload(out.read_text("utf-8"))
    assert {n["k"] for n in data["nodes"]} == view.around(build_graph(), "person:jane", 0)
    assert "within 0 professional ties of Jane" in data["meta"]["note"]
    assert "Jane \"JJ\" O'Neil's skills" in data["meta"]["note"]
    people = _payload(_run(export, ["--format", "html", "--view", "people", "-o", "-"],
                           settings).output)
    assert people["meta"]["view"] == "people"


@pytest.mark.parametrize("args, message", [
    (["--format", "gexf", "--top", "3"], "apply to --format html"),
    (["--format", "html", "--top", "3", "--all"], "choose one of"),
])
def test_cli_refuses_view_options_that_do_not_apply(settings: Settings, tmp_path: Path,
                                                    args: list[str], message: str) -> None:
    result = _run(export, [*args, "-o", str(tmp_path / "x")], settings)
    assert result.exit_code == 2 and message in result.output


def test_cli_unknown_person_is_an_error_and_writes_nothing(settings: Settings,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    result = _run(export, ["--format", "html", "--around", "Nobody", "-o", str(out)], settings)
    assert result.exit_code == 1 and "no person is called 'Nobody'" in result.output
    assert not out.exists()


def test_redacted_html_has_no_contact_details(settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / "shared.html"
    result = _run(export, ["--format", "html", "--redact", "-o", str(out)], settings)
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    for secret in (EMAIL, OTHER_EMAIL, PHONE, STREET, *URLS, "linkedin.com/in/jane-oneil", SRC):
        assert secret not in page, secret
    data = _payload(page)
    assert data["meta"]["redacted"] is True
    name = build_graph().nodes["person:jane"]["name"]
    jane = next(n for n in data["nodes"] if n["n"] == name)
    assert jane["p"]["emails"][0].endswith("@redacted.invalid")


def test_report_html_has_the_report_and_the_graph(settings: Settings) -> None:
    result = _run(report, ["--format", "html"], settings)
    assert result.exit_code == 0, result.output
    data = _payload(result.output)
    titles = [section["title"] for section in data["report"]]
    assert titles[0] == "Nodes and relationships" and "Top skills" in titles
    counts = {row[1]: row[2] for row in data["report"][0]["rows"]}
    graph = build_graph()
    assert counts["Person"] == sum(1 for _, d in graph.nodes(data=True) if d["label"] == "Person")
    assert len(data["nodes"]) == graph.number_of_nodes()


def test_the_same_graph_gives_the_same_file(graph: TalentGraph, tmp_path: Path) -> None:
    write(graph, "html", tmp_path / "a.html")
    write(build_graph(), "html", tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_every_asset_is_package_data() -> None:
    import tomllib
    from fnmatch import fnmatch

    root = Path(__file__).resolve().parents[2]
    setuptools = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    assert "talentgraph.graph.export.html" in setuptools["packages"]
    patterns = setuptools["package-data"]["talentgraph.graph.export.html"]
    assets = Path(str(ASSETS))
    files = [p.relative_to(assets.parent).as_posix() for p in assets.rglob("*") if p.is_file()]
    assert "assets/vendor/cytoscape.LICENSE" in files
    assert [f for f in files if not any(fnmatch(f, p) for p in patterns)] == []


def test_the_readme_shows_the_screenshot_and_the_command() -> None:
    root = Path(__file__).resolve().parents[2]
    readme = (root / "README.md").read_text("utf-8")
    assert "talentgraph export --format html -o graph.html" in readme
    [image] = re.findall(r"!\[[^\]]*\]\((docs/img/[^)]+\.png)\)", readme)
    assert (root / image).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

"""The HTML explorer in a real headless Chromium, offline: what a person would see and do,
asserted through the page's own JavaScript (``window.talentgraph``) after real typing and
clicking where a person would type or click.

Expected values come from the graph the page was written from (networkx, the analyses),
never from the page itself.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

if os.environ.get("CI", "").lower() != "true":  # in CI a missing selenium must fail
    pytest.importorskip("selenium", reason="pip install -e '.[dev]' for the browser tests")

import contextlib

from browser import Browser, browser  # noqa: F401  (the fixture)
from export_sample import build_graph
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from talentgraph.config import Settings
from talentgraph.graph.export import write
from talentgraph.graph.export.html.measures import measure
from talentgraph.graph.model import TalentGraph, add_edge, add_node, new_graph
from talentgraph.graph.store import open_store
from talentgraph.ontology.schema import Label, Rel
from talentgraph.pipeline import load_paths
from talentgraph.queries import analyses
from talentgraph.queries.analyses.paths import CONNECTION_TYPES

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SCRIPT_NAME = "<script>alert(1)</script>"
IMG_NAME = "<img src=x onerror=alert(2)>"


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory: pytest.TempPathFactory) -> TalentGraph:
    """The five seed résumés as the embedded store holds them."""
    settings = Settings(store=str(tmp_path_factory.mktemp("seed") / "seed.lbug"))
    with open_store(settings) as store:
        report = load_paths([SEEDS], store)
        assert report.failed == [] and len(report.loaded) == 5
        return store.to_networkx()


@pytest.fixture(scope="module")
def seed_page(seed_graph: TalentGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "seeds.html"
    write(seed_graph, "html", path)
    return path


@pytest.fixture
def page(browser: Browser, seed_page: Path) -> Browser:  # noqa: F811
    """The seed page freshly opened; after the test, no console error and no request
    that left the file."""
    browser.open(seed_page)
    yield browser
    assert browser.console_errors() == []
    assert [url for url in browser.seen_requests() if not url.startswith("file:")] == []
    assert browser.js("return window.__alerts") == []


def _person(graph: TalentGraph, name: str) -> str:
    [node] = [n for n, d in graph.nodes(data=True)
              if d["label"] == Label.Person and d.get("name") == name]
    return node


def _drawn(session: Browser) -> None:
    """Wait until the page has drawn two frames: Cytoscape finds what is under the mouse
    from the geometry of its last drawing, so a real mouse event right after a zoom could
    miss."""
    session.driver.execute_async_script(
        "var done = arguments[0];"
        "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });")


def _untick(session: Browser, selector: str) -> None:
    """Click a ticked filter box, scrolled to the middle of the sidebar first (a box
    below the fold was sometimes missed when selenium scrolled it in itself)."""
    box = session.driver.find_element(By.CSS_SELECTOR, selector)
    session.js("arguments[0].scrollIntoView({block: 'center'})", box)
    assert box.is_selected()
    box.click()
    assert not box.is_selected(), f"{selector} is still ticked"


def _settled(session: Browser, script: str, ok: Callable[[Any], bool]) -> Any:
    """What ``script`` returns once ``ok`` holds (up to 5 s): on a loaded machine Chromium
    may deliver a click's change event after WebDriver has returned."""
    seen: list[Any] = []

    def check(_driver: object) -> bool:
        seen[:] = [session.js(script)]
        return ok(seen[0])
    with contextlib.suppress(TimeoutException):
        WebDriverWait(session.driver, 5, poll_frequency=0.1).until(check)
    return seen[0]


def _node_point(session: Browser, key: str) -> tuple[float, float]:
    return session.js("""
        var key = arguments[0], t = window.talentgraph;
        var i = t.data.nodes.findIndex(function (r) { return r.k === key; });
        var n = t.cy.$id('n' + i);
        t.cy.zoom(2); t.cy.center(n);
        var box = document.getElementById('graph').getBoundingClientRect(), p = n.renderedPosition();
        return [box.left + p.x, box.top + p.y];""", key)


def test_every_node_and_relationship_is_drawn(page: Browser, seed_graph: TalentGraph) -> None:
    nodes, edges = page.js("""
        var t = window.talentgraph;
        return [t.cy.nodes().map(function (n) { return t.data.nodes[n.data('i')].k; }),
                t.cy.edges('.rel').map(function (e) { return t.data.edges[e.data('j')].k; })];""")
    assert sorted(nodes) == sorted(seed_graph.nodes)
    assert sorted(edges) == sorted(k for *_, k in seed_graph.edges(keys=True))
    assert page.js("return window.talentgraph.cy.nodes(':visible').length") == len(nodes)


def test_the_headline_numbers_are_the_graphs(page: Browser, seed_graph: TalentGraph) -> None:
    text = page.driver.find_element(By.ID, "headline").text
    people = sum(1 for _, d in seed_graph.nodes(data=True) if d["label"] == Label.Person)
    assert f"{people} people" in text
    assert f"{seed_graph.number_of_edges()} relationships" in text
    assert "Showing the whole graph" in page.driver.find_element(By.ID, "note").text


def test_search_finds_hayes_zhao(page: Browser, seed_graph: TalentGraph) -> None:
    page.driver.find_element(By.ID, "search").send_keys("hayes zhao")
    results = page.driver.find_elements(By.CSS_SELECTOR, "#search-results li")
    assert results and results[0].text.startswith("Hayes Zhao")
    hayes = _person(seed_graph, "Hayes Zhao")
    assert page.js("return window.talentgraph.hits") == [hayes]
    assert page.js("return window.talentgraph.cy.nodes('.match').map("
                   "function (n) { return window.talentgraph.data.nodes[n.data('i')].k; })") == [hayes]
    results[0].click()
    assert page.js("return window.talentgraph.panel") == hayes


def test_unticking_skills_hides_every_skill_and_only_them(page: Browser,
                                                          seed_graph: TalentGraph) -> None:
    skills = {n for n, d in seed_graph.nodes(data=True) if d["label"] == Label.Skill}
    _untick(page, "#node-filters input[value=Skill]")
    visible = _settled(page, """
        var t = window.talentgraph;
        return t.cy.nodes(':visible').map(function (n) { return t.data.nodes[n.data('i')].k; });""",
        lambda keys: not skills & set(keys))
    assert skills and not skills & set(visible), page.console_errors()
    assert set(visible) == set(seed_graph.nodes) - skills
    _untick(page, "#rel-filters input[value=WORKED_AT]")
    shown_types = _settled(page, """
        var t = window.talentgraph;
        return t.cy.edges(':visible').map(function (e) { return e.data('type'); });""",
        lambda types: "WORKED_AT" not in types)
    assert "WORKED_AT" not in shown_types and "HAS_SKILL" not in shown_types
    assert "STUDIED_AT" in shown_types


def test_clicking_a_node_opens_its_panel_with_sources_and_neighbours(
        page: Browser, seed_graph: TalentGraph) -> None:
    hayes = _person(seed_graph, "Hayes Zhao")
    x, y = _node_point(page, hayes)
    _drawn(page)
    actions = ActionBuilder(page.driver)
    actions.pointer_action.move_to_location(int(x), int(y)).click()
    actions.perform()
    panel = page.driver.find_element(By.ID, "panel")
    assert panel.is_displayed()
    assert page.driver.find_element(By.ID, "panel-title").text == "Hayes Zhao"
    sources = [li.text for li in page.driver.find_elements(By.CSS_SELECTOR, "#panel-sources li")]
    assert sources == seed_graph.nodes[hayes]["sources"]
    neighbours = page.driver.find_elements(By.CSS_SELECTOR, "#panel-neighbours li")
    assert len(neighbours) == seed_graph.degree(hayes)
    bytedance = [li for li in neighbours if "ByteDance" in li.text]
    assert bytedance and bytedance[0].text.startswith("worked at")
    bytedance[0].find_element(By.TAG_NAME, "a").click()
    assert page.driver.find_element(By.ID, "panel-title").text == "ByteDance"


def test_the_path_between_two_people_is_a_shortest_connection(
        page: Browser, seed_graph: TalentGraph) -> None:
    page.driver.find_element(By.ID, "path-from").send_keys("Hayes Zhao")
    page.driver.find_element(By.ID, "path-to").send_keys("Hao Wu")
    page.driver.find_element(By.ID, "path-go").click()
    path = page.js("return window.talentgraph.path")
    ties = nx.Graph()
    ties.add_edges_from((u, v) for u, v, d in seed_graph.edges(data=True)
                        if d["type"] in CONNECTION_TYPES)
    hayes, hao = _person(seed_graph, "Hayes Zhao"), _person(seed_graph, "Hao Wu")
    assert path in [list(p) for p in nx.all_shortest_paths(ties, hayes, hao)]
    highlighted = page.js("""
        var t = window.talentgraph;
        return t.cy.nodes('.onpath').map(function (n) { return t.data.nodes[n.data('i')].k; });""")
    assert sorted(highlighted) == sorted(path)
    assert page.js("return window.talentgraph.cy.edges('.onpath').length") == len(path) - 1
    steps = page.driver.find_elements(By.CSS_SELECTOR, "#path-result li")
    assert [s.find_element(By.TAG_NAME, "a").text for s in steps] == \
        [seed_graph.nodes[n].get("name") or seed_graph.nodes[n].get("title") for n in path]


def test_hovering_an_employment_shows_its_dates(page: Browser, seed_graph: TalentGraph) -> None:
    hayes = _person(seed_graph, "Hayes Zhao")
    key, data = next((k, d) for u, _, k, d in seed_graph.edges(keys=True, data=True)
                     if u == hayes and d["type"] == Rel.WORKED_AT and d.get("start_date"))
    x, y = page.js("""
        var key = arguments[0], t = window.talentgraph;
        var e = t.cy.$id('e' + t.data.edges.findIndex(function (r) { return r.k === key; }));
        t.cy.fit(e.union(e.connectedNodes()), 150);
        var box = document.getElementById('graph').getBoundingClientRect(), p = e.renderedMidpoint();
        return [box.left + p.x, box.top + p.y];""", key)
    _drawn(page)
    actions = ActionBuilder(page.driver)
    actions.pointer_action.move_to_location(int(x), int(y))
    actions.perform()
    tooltip = page.driver.find_element(By.ID, "tooltip")
    assert tooltip.is_displayed()
    assert "Hayes Zhao —worked at→" in tooltip.text
    assert data["start_date"] in tooltip.text
    assert (data.get("end_date") or "present") in tooltip.text


def test_size_follows_the_chosen_centrality(page: Browser, seed_graph: TalentGraph) -> None:
    whole = measure(analyses.whole_graph(seed_graph))
    for option, name in (("1", "degree"), ("2", "betweenness"), ("0", "pagerank")):
        page.driver.find_element(By.CSS_SELECTOR, f"#size-by option[value='{option}']").click()
        biggest = page.js("""
            var t = window.talentgraph, best = null;
            t.cy.nodes().forEach(function (n) { if (!best || n.width() > best.width()) best = n; });
            return t.data.nodes[best.data('i')].k;""")
        scores = whole.scores[name]
        assert scores[biggest] == max(scores.values()), name


def test_colour_by_community_paints_each_community_alike(page: Browser,
                                                         seed_graph: TalentGraph) -> None:
    page.driver.find_element(By.CSS_SELECTOR, "#colour-by option[value=community]").click()
    colours = page.js("""
        var t = window.talentgraph, out = {};
        t.cy.nodes().forEach(function (n) { out[t.data.nodes[n.data('i')].k] = n.data('color'); });
        return out;""")
    community = measure(analyses.whole_graph(seed_graph)).community
    by_community: dict[int, set[str]] = {}
    for node, c in community.items():
        by_community.setdefault(c, set()).add(colours[node])
    assert all(len(c) == 1 for c in by_community.values())
    assert len({next(iter(c)) for c in by_community.values()}) > 1
    assert page.driver.find_element(By.ID, "community-legend").is_displayed()


def test_people_view_shows_people_tied_by_the_projection(page: Browser,
                                                         seed_graph: TalentGraph) -> None:
    page.driver.find_element(By.CSS_SELECTOR, "input[name=view][value=people]").click()
    visible, ties = page.js("""
        var t = window.talentgraph;
        return [t.cy.nodes(':visible').map(function (n) { return t.data.nodes[n.data('i')].k; }),
                t.cy.edges(':visible').map(function (e) {
                  var r = t.data.ties[e.data('k')];
                  return [t.data.nodes[r.s].k, t.data.nodes[r.t].k, r.w]; })];""")
    people = analyses.people(seed_graph)
    assert sorted(visible) == sorted(people.nodes)
    assert sorted((min(a, b), max(a, b), w) for a, b, w in ties) == \
        sorted((min(a, b), max(a, b), d["weight"]) for a, b, d in people.edges(data=True))


def test_an_empty_graph_says_so(browser: Browser, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "empty.html"
    write(new_graph(), "html", path)
    browser.open(path)
    assert "empty" in browser.driver.find_element(By.ID, "note").text
    assert browser.js("return window.talentgraph.empty") is True
    assert browser.console_errors() == []


def test_names_with_markup_are_text_and_never_run(browser: Browser, tmp_path: Path) -> None:  # noqa: F811
    g = new_graph()
    add_node(g, Label.Person, "person:x", name=SCRIPT_NAME, is_owner=True, sources=["x.txt"])
    add_node(g, Label.Organization, "org:y", name=IMG_NAME, aliases=["</script><b>"],
             sources=["x.txt"])
    add_edge(g, Rel.WORKED_AT, "person:x", "org:y", "w:x:y", title=IMG_NAME,
             start_date="2020", sources=["x.txt"])
    path = tmp_path / "hostile.html"
    write(g, "html", path)
    browser.open(path)
    browser.driver.find_element(By.ID, "search").send_keys("<script>")
    results = browser.driver.find_elements(By.CSS_SELECTOR, "#search-results li")
    assert results[0].text == f"{SCRIPT_NAME} · Person"
    browser.js("window.talentgraph.select('person:x')")
    assert browser.driver.find_element(By.ID, "panel-title").text == SCRIPT_NAME
    browser.js("window.talentgraph.select('org:y')")
    assert browser.driver.find_element(By.ID, "panel-title").text == IMG_NAME
    # nothing the names spell became an element: the page's own three scripts, no image
    assert browser.js("return [document.scripts.length, document.images.length]") == [3, 0]
    assert browser.js("return window.__alerts") == []
    assert browser.console_errors() == []


def test_sample_graph_aliases_are_searchable(browser: Browser, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "sample.html"
    write(build_graph(), "html", path)
    browser.open(path)
    assert browser.js("return window.talentgraph.search('NIPS')") == ["venue:neurips"]
    assert browser.js("return window.talentgraph.search('acme inc')") == ["org:acme"]
    # accents do not matter: "zurich" finds Universität Zürich and Zürich, Switzerland
    assert set(browser.js("return window.talentgraph.search('zurich')")) == \
        {"org:uzh", "location:zurich"}
    assert browser.console_errors() == []

"""--redact: no contact detail survives in any format; pseudonyms are stable and salted."""

from __future__ import annotations

import io
import re

import pytest
from export_sample import EMAIL, OTHER_EMAIL, PHONE, STREET, URLS

from talentgraph.config import SALT_ENV, redact_salt
from talentgraph.graph.export import WRITERS, write
from talentgraph.graph.export.redact import default_salt, is_street_level, redact
from talentgraph.graph.model import TalentGraph, add_edge, add_node, validate

SECRETS = [EMAIL, OTHER_EMAIL, PHONE, STREET, "221B Baker", *URLS, "linkedin.com/in/jane-oneil"]


def _export(graph: TalentGraph, fmt: str) -> str:
    out = io.BytesIO()
    write(graph, fmt, out, redact=True)
    return out.getvalue().decode("utf-8")


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_no_secret_in_any_format(graph: TalentGraph, fmt: str,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SALT_ENV, raising=False)
    text = _export(graph, fmt)
    for secret in SECRETS:
        assert secret not in text, secret
        assert secret.replace("&", "&amp;") not in text, secret
    assert "@redacted.invalid" in text
    assert "phone-" in text
    assert "Jane" in text  # names are not contact details


def _by_name(graph: TalentGraph, name: str) -> tuple[str, dict]:
    [(node_id, data)] = [(n, d) for n, d in graph.nodes(data=True) if d.get("name") == name]
    return node_id, data


def test_pseudonym_shapes_and_coverage(graph: TalentGraph) -> None:
    clean = redact(graph, salt="s")
    jane_id, jane = _by_name(clean, graph.nodes["person:jane"]["name"])
    assert re.fullmatch(r"person:[0-9a-f]{12}", jane_id)  # the id hashed personal data
    assert re.fullmatch(r"email-[0-9a-f]{12}@redacted\.invalid", jane["emails"][0])
    assert re.fullmatch(r"phone-[0-9a-f]{12}", jane["phones"][0])
    assert [u.rsplit("/", 1)[0] for u in jane["urls"]] == [
        "https://www.linkedin.com", "https://github.com"]  # the host, not the handle
    assert all(re.fullmatch(r"https://[\w.]+/url-[0-9a-f]{12}", u) for u in jane["urls"])
    assert re.fullmatch(r"address-[0-9a-f]{12}", jane["location"])
    assert jane["emails"][0] in jane["headline"]  # the same e-mail, the same pseudonym
    assert jane["phones"][0] in jane["name_evidence"]
    assert clean.nodes["org:uzh"]["name"] == "Universität Zürich"
    assert clean.nodes["location:zurich"]["name"] == "Zürich, Switzerland"  # a city stays
    [job] = [d for _, v, d in clean.out_edges(jane_id, data=True)
             if v == "org:acme" and d.get("start_date") == "2019-03"]
    assert job["location"] == jane["location"]
    assert validate(clean) == []


def test_file_names_and_hashes_are_gone(graph: TalentGraph) -> None:
    clean = redact(graph, salt="s")
    [resume] = [d for _, d in clean.nodes(data=True)
                if d["label"] == "Resume"]
    assert re.fullmatch(r"source-[0-9a-f]{12}\.txt", resume["path"])
    assert resume["name"] == resume["path"] and "sha256" not in resume
    sources = {s for _, d in clean.nodes(data=True) for s in d["sources"]}
    sources |= {s for *_, d in clean.edges(data=True) for s in d["sources"]}
    assert all(re.fullmatch(r"source-[0-9a-f]{12}\.txt", s) for s in sources), sources
    assert resume["path"] in sources and len(sources) == 2
    assert all(re.fullmatch(r"[a-z_-]+:[0-9a-f]{12}", k) for *_, k in clean.edges(keys=True))
    paper = clean.nodes["paper:attention"]["url"]
    assert paper.startswith("https://example.org/url-") and "a=1" not in paper


def test_street_level_location_node_gets_a_new_id(graph: TalentGraph) -> None:
    clean = redact(graph, salt="s")
    assert "location:baker-st" not in clean
    jane_id, _ = _by_name(clean, graph.nodes["person:jane"]["name"])
    [(_, target)] = [(u, v) for u, v, d in clean.edges(data=True)
                     if d["type"] == "LOCATED_IN" and u == jane_id]
    assert target.startswith("location:address-")
    assert clean.nodes[target]["id"] == target
    assert clean.number_of_nodes() == graph.number_of_nodes()
    assert clean.number_of_edges() == graph.number_of_edges()


def test_ids_containing_an_email_are_scrubbed(graph: TalentGraph) -> None:
    add_node(graph, "Person", f"person:{EMAIL}", name="Anon", sources=["x.txt"])
    add_edge(graph, "ADVISED_BY", "person:bob", f"person:{EMAIL}", f"advised:{EMAIL}",
             sources=["x.txt"])
    add_node(graph, "Organization", f"org:{EMAIL}", name="Mail Org", sources=["x.txt"])
    clean = redact(graph, salt="s")
    assert not any(EMAIL in n for n in clean.nodes)
    assert not any(EMAIL in k for *_, k in clean.edges(keys=True))


def test_stable_and_salted(graph: TalentGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    name = graph.nodes["person:jane"]["name"]
    first = _by_name(redact(graph, salt="one"), name)
    again = _by_name(redact(graph, salt="one"), name)
    other = _by_name(redact(graph, salt="two"), name)
    assert first == again
    assert first[0] != other[0]
    assert first[1]["emails"] != other[1]["emails"]
    assert first[1]["phones"] != other[1]["phones"]
    monkeypatch.setenv(SALT_ENV, "two")  # what the CLI passes on
    assert _by_name(redact(graph, redact_salt()), name)[1]["emails"] == other[1]["emails"]
    assert _by_name(redact(graph), name) != other  # the library does not read it itself
    monkeypatch.delenv(SALT_ENV)
    assert redact_salt() is None
    default = _by_name(redact(graph), name)
    assert default == _by_name(redact(graph, salt=default_salt(graph)), name)


def test_original_graph_untouched_and_redaction_idempotent(graph: TalentGraph) -> None:
    clean = redact(graph, salt="s")
    assert graph.nodes["person:jane"]["emails"] == [EMAIL]
    name = graph.nodes["person:jane"]["name"]
    twice = redact(clean, salt="s")
    for key in ("emails", "phones", "urls", "location"):
        assert _by_name(twice, name)[1][key] == _by_name(clean, name)[1][key]


@pytest.mark.parametrize(("text", "street"), [
    ("221B Baker Street, London", True), ("Seattle, WA 98101", True), ("Suite 5, Main Rd", True),
    ("Zürich, Switzerland", False), ("St. Louis, MO", False), ("Beijing", False),
])
def test_street_level(text: str, street: bool) -> None:
    assert is_street_level(text) is street

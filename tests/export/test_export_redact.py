"""--redact: no contact detail survives in any format; pseudonyms are stable and salted."""

from __future__ import annotations

import io
import re

import pytest
from export_sample import EMAIL, OTHER_EMAIL, PHONE, STREET, URLS

from talentgraph.graph.export import WRITERS, write
from talentgraph.graph.export.redact import SALT_ENV, default_salt, is_street_level, redact
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


def test_pseudonym_shapes_and_coverage(graph: TalentGraph) -> None:
    clean = redact(graph, salt="s")
    jane = clean.nodes["person:jane"]
    assert re.fullmatch(r"email-[0-9a-f]{12}@redacted\.invalid", jane["emails"][0])
    assert re.fullmatch(r"phone-[0-9a-f]{12}", jane["phones"][0])
    assert all(re.fullmatch(r"https://redacted\.invalid/url-[0-9a-f]{12}", u) for u in jane["urls"])
    assert re.fullmatch(r"address-[0-9a-f]{12}", jane["location"])
    assert jane["emails"][0] in jane["headline"]  # the same e-mail, the same pseudonym
    assert jane["phones"][0] in jane["name_evidence"]
    assert clean.nodes["org:uzh"]["name"] == "Universität Zürich"
    assert clean.nodes["location:zurich"]["name"] == "Zürich, Switzerland"  # a city stays
    job = clean.edges["person:jane", "org:acme", "worked:jane:acme:2019"]
    assert job["location"] == jane["location"]
    assert validate(clean) == []


def test_street_level_location_node_gets_a_new_id(graph: TalentGraph) -> None:
    clean = redact(graph, salt="s")
    assert "location:baker-st" not in clean
    [(_, target)] = [(u, v) for u, v, d in clean.edges(data=True)
                     if d["type"] == "LOCATED_IN" and u == "person:jane"]
    assert target.startswith("location:address-")
    assert clean.nodes[target]["id"] == target
    assert clean.number_of_nodes() == graph.number_of_nodes()
    assert clean.number_of_edges() == graph.number_of_edges()


def test_ids_containing_an_email_are_scrubbed(graph: TalentGraph) -> None:
    add_node(graph, "Person", f"person:{EMAIL}", name="Anon", sources=["x.txt"])
    add_edge(graph, "ADVISED_BY", "person:bob", f"person:{EMAIL}", f"advised:{EMAIL}",
             sources=["x.txt"])
    clean = redact(graph, salt="s")
    assert not any(EMAIL in n for n in clean.nodes)
    assert not any(EMAIL in k for *_, k in clean.edges(keys=True))


def test_stable_and_salted(graph: TalentGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    first = redact(graph, salt="one").nodes["person:jane"]
    again = redact(graph, salt="one").nodes["person:jane"]
    other = redact(graph, salt="two").nodes["person:jane"]
    assert first == again
    assert first["emails"] != other["emails"]
    assert first["phones"] != other["phones"]
    monkeypatch.setenv(SALT_ENV, "two")
    assert redact(graph).nodes["person:jane"]["emails"] == other["emails"]
    monkeypatch.delenv(SALT_ENV)
    default = redact(graph).nodes["person:jane"]
    assert default == redact(graph, salt=default_salt(graph)).nodes["person:jane"]


def test_original_graph_untouched_and_redaction_idempotent(graph: TalentGraph) -> None:
    clean = redact(graph, salt="s")
    assert graph.nodes["person:jane"]["emails"] == [EMAIL]
    twice = redact(clean, salt="s")
    assert twice.nodes["person:jane"]["emails"] == clean.nodes["person:jane"]["emails"]


@pytest.mark.parametrize(("text", "street"), [
    ("221B Baker Street, London", True), ("Seattle, WA 98101", True), ("Suite 5, Main Rd", True),
    ("Zürich, Switzerland", False), ("St. Louis, MO", False), ("Beijing", False),
])
def test_street_level(text: str, street: bool) -> None:
    assert is_street_level(text) is street

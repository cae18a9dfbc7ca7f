"""Normalization rules that live in one place: which organization names are schools."""

from __future__ import annotations

import pytest

from talentgraph.graph.normalize import canonical_org, is_school_name


@pytest.mark.parametrize(("name", "school"), [
    ("Williams College", True), ("Universität Zürich", True), ("Politecnico di Milano", True),
    ("清华大学", True), ("ETH Zürich", True), ("Hochschule München", True),
    ("Acme Inc.", False), ("Google", False), ("Bell Labs", False),
])
def test_school_names_in_every_language_the_loaders_read(name: str, school: bool) -> None:
    assert is_school_name(name) is school


def test_a_department_is_split_only_from_a_school() -> None:
    assert canonical_org("Politecnico di Milano Computer Science",
                         {"Politecnico di Milano"}) == ("Politecnico di Milano",
                                                        "Computer Science")
    assert canonical_org("Acme Labs Computer Science", {"Acme Labs"}) == (
        "Acme Labs Computer Science", None)

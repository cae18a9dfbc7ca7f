"""Every canned query on the seed résumés, loaded through the pipeline into both stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_canned_queries import NAMES, run

from talentgraph.config import Settings
from talentgraph.graph.store import GraphStore, open_store
from talentgraph.pipeline import load_paths


@pytest.fixture(scope="module")
def seeded(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    path = tmp_path_factory.mktemp("seeds") / "seeds.lbug"
    with open_store(Settings(store=str(path))) as store:
        load_paths([seeds_dir], store)
        yield store


@pytest.fixture(scope="module")
def seeded_neo4j(seeds_dir: Path, neo4j_settings: Settings) -> Iterator[GraphStore]:
    with open_store(neo4j_settings) as store:
        store.clear()
        load_paths([seeds_dir], store)
        yield store
        store.clear()


def test_bytedance_alumni_are_not_colleagues(seeded: GraphStore) -> None:
    people = {r["person"] for r in run(seeded, "worked_at", organization="ByteDance")}
    assert {"Hayes Zhao", "Hao Wu"} <= people
    for person, other in (("Hayes Zhao", "Hao Wu"), ("Hao Wu", "Hayes Zhao")):
        colleagues = {r["colleague"] for r in run(seeded, "colleagues", person=person,
                                                   organization="ByteDance")}
        assert other not in colleagues
    paths = [r["path"] for r in run(seeded, "shortest_connection")]
    assert "Hayes Zhao —WORKED_AT→ ByteDance ←WORKED_AT— Hao Wu" in paths


def test_seed_facts(seeded: GraphStore) -> None:
    both = {r["organization"] for r in run(seeded, "employer_and_school")}
    assert {"George Washington University", "Williams College"} <= both
    assert {"advisor": "Keren Zhou", "student": "Hao Wu"}.items() <= \
        next(r for r in run(seeded, "advisors", person="Hao Wu")
             if r["student"] == "Hao Wu").items()
    assert "Keren Zhou" in {r["coauthor"] for r in run(seeded, "coauthors")}


@pytest.mark.neo4j
@pytest.mark.parametrize("name", NAMES)
def test_seed_rows_identical_on_both_stores(seeded: GraphStore, seeded_neo4j: GraphStore,
                                            name: str) -> None:
    assert run(seeded_neo4j, name) == run(seeded, name)

"""A small hand-judged set: three postings written for the seed résumés and who a reader
of those résumés would put first (docs/matching.md reports the same)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from talentgraph.cli import main
from talentgraph.config import Settings
from talentgraph.graph.store import GraphStore, open_store
from talentgraph.queries.matching import match, parse_posting

POSTINGS = Path(__file__).parent / "postings"

# posting -> the person judged the best fit, and why
JUDGED = {
    # Peter Zhao runs Kubernetes/Ray/Kubeflow/vLLM as a senior ML infrastructure engineer
    "ml_infra.md": "Peter Zhao",
    # only Peter Zhao's résumé names Solidity, smart contracts and Ethereum
    "blockchain.txt": "Peter Zhao",
    # Hayes Zhao is a data engineer with Spark, Airflow, ETL and SQL and a CS degree
    "data_engineer.md": "Hayes Zhao",
}


@pytest.fixture(scope="module")
def seeds_store(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    path = tmp_path_factory.mktemp("seeds") / "seeds.lbug"
    result = CliRunner().invoke(main, ["--store", str(path), "load", "--jobs", "1",
                                       str(seeds_dir)])
    assert result.exit_code == 0, result.output
    with open_store(Settings(store=str(path), create=False)) as store:
        yield store


@pytest.mark.parametrize("posting", sorted(JUDGED))
def test_the_judged_best_fit_comes_first(seeds_store: GraphStore, posting: str) -> None:
    job = parse_posting(POSTINGS / posting)
    ranked = match(seeds_store, job, today_month=2026 * 12 + 5)
    assert ranked[0].name == JUDGED[posting], [(c.name, c.score) for c in ranked]
    assert ranked[0].explanation.missing_required == ()

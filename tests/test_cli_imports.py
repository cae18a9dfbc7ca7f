"""Commands import only what they use (issue 19, item 3): the help of every command, and
``query --list``, load none of the heavy libraries, and a canned query on an embedded store
none of the libraries only loading, exporting or analysing need; speed itself is measured
by ``bench/cli_bench.py``, never in a test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from talentgraph.commands import COMMANDS

HEAVY = ("networkx", "rdflib", "pyshacl", "pyshacl_turbo", "pyoxigraph", "neo4j", "ladybug",
         "pandas", "pyarrow", "igraph", "scipy", "rapidfuzz", "talentgraph.loaders",
         "talentgraph.graph.store.base", "talentgraph.graph.store.embedded",
         "talentgraph.graph.store.neo4j_store", "talentgraph.graph.model",
         "talentgraph.ontology.schema")


def _imported(args: list[str]) -> list[str]:
    code = ("import json, sys\n"
            "from talentgraph.cli import main\n"
            "try:\n"
            f"    main({args!r})\n"
            "except SystemExit:\n"
            "    pass\n"
            f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    return json.loads(done.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [["--help"], ["query", "--list"],
                                  *([c.name, "--help"] for c in COMMANDS)],
                         ids=lambda a: " ".join(a))
def test_help_and_the_query_list_import_nothing_heavy(args: list[str]) -> None:
    assert _imported(args) == []


#: Not needed to answer a canned query from the embedded store (ladybug is).
NOT_FOR_A_QUERY = ("networkx", "rdflib", "pyshacl", "neo4j", "pandas", "pyarrow", "igraph",
                   "scipy", "phonenumbers", "talentgraph.loaders", "importlib.metadata",
                   "talentgraph.graph.store.neo4j_store")


def test_a_canned_query_imports_only_the_embedded_store(tmp_path: Path,
                                                        seeds_dir: Path) -> None:
    store = str(tmp_path / "seeds.lbug")
    subprocess.run([sys.executable, "-c", "from talentgraph.cli import main; main()",
                    "--store", store, "load", str(seeds_dir)], check=True, capture_output=True, timeout=300)
    code = ("import json, sys\n"
            "from talentgraph.cli import main\n"
            "try:\n"
            f"    main(['--store', {store!r}, 'query', 'people_with_skill', '-p',"
            " 'skill=GCP'])\n"
            "except SystemExit as exit:\n"
            "    assert not exit.code, exit.code\n"
            f"print(json.dumps([m for m in {NOT_FOR_A_QUERY!r} if m in sys.modules]),"
            " file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert "Google Cloud Platform" in done.stdout
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []

"""Every test corpus (``tests/corpora/<name>/``: ``docs/``, ``gold/``, ``corpus.toml``) read
by the parser: each corpus is complete, each document yields what its corpus checks (a
known gap is a strict expected failure), and each corpus's macro F1 stays at or above its
floor.  The corpora, their checks and floors are data; see ``tests/corpora/README.md``."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from support.scorer import macro_f1, same

from talentgraph.loaders import parse_file, to_json_resume

CORPORA = Path(__file__).parents[1] / "corpora"
CHECKS = {"owner", "owner_as_gold", "email", "work", "education"}


@dataclass(frozen=True)
class Corpus:
    """One corpus folder and what ``corpus.toml`` holds it to."""

    name: str
    folder: Path
    config: dict[str, Any]

    @property
    def docs(self) -> list[Path]:
        return sorted(p for p in (self.folder / "docs").iterdir() if p.is_file())

    def gold(self, doc: Path) -> dict[str, Any]:
        return json.loads((self.folder / "gold" / f"{doc.stem}.gold.json").read_text("utf-8"))


def _corpora() -> list[Corpus]:
    return [Corpus(folder.name, folder, tomllib.loads((folder / "corpus.toml").read_text()))
            for folder in sorted(CORPORA.iterdir()) if (folder / "corpus.toml").exists()]


ALL = _corpora()


@cache
def _parsed(path: Path) -> dict[str, Any]:
    return to_json_resume(parse_file(path))


def _documents() -> list[Any]:
    params = []
    for corpus in ALL:
        gaps = corpus.config.get("known_gaps", {})
        for doc in corpus.docs:
            marks = [pytest.mark.xfail(reason=gaps[doc.name], strict=True)] \
                if doc.name in gaps else []
            params.append(pytest.param(corpus, doc, marks=marks,
                                       id=f"{corpus.name}/{doc.name}"))
    return params


def test_every_corpus_folder_is_in_the_layout() -> None:
    folders = sorted(p.name for p in CORPORA.iterdir() if p.is_dir()
                     and not p.name.startswith(("_", ".")))
    assert folders == [corpus.name for corpus in ALL]
    assert len(ALL) >= 5


@pytest.mark.parametrize("corpus", ALL, ids=lambda c: c.name)
def test_corpus_is_complete(corpus: Corpus) -> None:
    config = corpus.config
    docs = corpus.docs
    assert len(docs) == config["documents"]
    assert sorted(p.stem for p in docs) == sorted(
        p.name.removesuffix(".gold.json") for p in (corpus.folder / "gold").iterdir())
    assert set(config.get("formats", [])) <= {p.suffix for p in docs}
    assert set(config.get("languages", [])) <= {p.stem[:2] for p in docs}
    assert set(config["checks"]) <= CHECKS
    assert set(config.get("known_gaps", {})) <= {p.name for p in docs}


@pytest.mark.parametrize(("corpus", "doc"), _documents())
def test_document_yields_what_its_corpus_checks(corpus: Corpus, doc: Path) -> None:
    out, gold = _parsed(doc), corpus.gold(doc)
    basics, checks = out.get("basics", {}), corpus.config["checks"]
    if "owner" in checks:
        assert basics.get("name"), "no owner name found"
    if "owner_as_gold" in checks:
        assert same(gold["basics"]["name"], basics.get("name"), .95), basics.get("name")
    if "email" in checks:
        assert basics.get("email") == gold["basics"]["email"]
    if "work" in checks and gold.get("work"):
        assert out.get("work"), "no work entry found"
    if "education" in checks and gold.get("education"):
        assert out.get("education"), "no education entry found"


@pytest.mark.parametrize("corpus", ALL, ids=lambda c: c.name)
def test_macro_f1_stays_at_or_above_the_floor(corpus: Corpus) -> None:
    macro, per_field = macro_f1((corpus.gold(doc), _parsed(doc)) for doc in corpus.docs)
    assert macro >= corpus.config["floor"], (round(macro, 3), per_field)

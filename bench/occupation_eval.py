"""How well job titles map to occupations: top-1 and top-3 accuracy and coverage.

Two labelled sets, printed as the Markdown tables of docs/accuracy.md ("Occupations"):

* **O*NET held-out titles**: one fold in five of O*NET's Sample of Reported Titles
  (``build_occupations.heldout_keys``, fold 0).  The index is rebuilt from the raw release
  *without* them (and without any hand-kept title with the same key), so every one is a title
  the matcher has never seen; the right answers are the occupations O*NET files the title
  under.  The matcher's weights and threshold were chosen on fold 1, never on fold 0.
* **Hand-labelled titles** of the seed résumés and the test fixtures
  (``bench/occupation_gold.tsv``), matched with the shipped taxonomy; also the level each
  title's words name.

An answer is right when it is one of the accepted occupations, or a group that every
accepted occupation belongs to (a title O*NET files under many postsecondary teachers is
rightly "Postsecondary Teachers").  Top-1 and top-3 rank the guesses whatever their
confidence; coverage is the share mapped above the threshold, precision the share of those
that are right.

    python -m bench.occupation_eval --onet db_27_0_text --soc-structure SOC_Structure.xlsx

Without ``--onet`` only the hand-labelled set runs.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
GOLD = ROOT / "occupation_gold.tsv"

__all__ = ["Score", "heldout_set", "main", "score"]


@dataclass
class Score:
    """Accuracy of one labelled set."""

    items: int = 0
    top1: int = 0
    top3: int = 0
    mapped: int = 0
    mapped_right: int = 0
    seconds: float = 0.0

    def row(self, name: str) -> str:
        """One Markdown table row."""
        n = max(self.items, 1)
        return (f"| {name} | {self.items} | {self.top1 / n:.3f} | {self.top3 / n:.3f} | "
                f"{self.mapped / n:.3f} | {self.mapped_right / max(self.mapped, 1):.3f} | "
                f"{1000 * self.seconds / n:.1f} |")


def _right(concept: Any, accepted: set[str], ancestors: dict[str, list[str]]) -> bool:
    """``concept`` is an accepted code, a member of an accepted group, or a group holding
    every accepted occupation."""
    if concept is None:
        return "-" in accepted
    chain = ancestors.get(concept.id, [concept.id])
    if accepted & set(chain):
        return True
    codes = accepted - {"-"}
    return concept.kind != "occupation" and bool(codes) and all(
        concept.id in ancestors.get(code, [code]) for code in codes)


def score(matcher: Any, items: list[tuple[str, set[str]]],
          ancestors: dict[str, list[str]], misses: list[str] | None = None) -> Score:
    """Match every title and count."""
    result = Score(items=len(items))
    start = time.perf_counter()
    found = [(title, accepted, matcher.match(title)) for title, accepted in items]
    result.seconds = time.perf_counter() - start
    for title, accepted, match in found:
        ranked = match.ranked or [None]
        unmapped_right = match.occupation is None and "-" in accepted
        first = unmapped_right or _right(ranked[0], accepted, ancestors)
        result.top1 += first
        result.top3 += first or any(_right(c, accepted, ancestors) for c in ranked[:3])
        if match.occupation is not None:
            result.mapped += 1
            result.mapped_right += _right(match.occupation, accepted, ancestors)
        if misses is not None and not first:
            guess = ranked[0].pref_label if ranked[0] is not None else "unmapped"
            misses.append(f"{title!r}: {guess} ({match.note}); accepted {sorted(accepted)}")
    return result


def _ancestors(concepts: Any) -> dict[str, list[str]]:
    out = {}
    for concept in concepts:
        out[concept.id] = [concept.id, *concepts.broader_closure(concept.id)]
    return out


def heldout_set(onet: Path, soc_structure: Path, fold: int = 0
                ) -> tuple[Any, list[tuple[str, set[str]]]]:
    """The taxonomy rebuilt without the held-out titles, and those titles with the
    occupations O*NET files each under."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    from talentgraph.ontology import build_occupations as build
    from talentgraph.ontology.careers import OccupationTaxonomy, _parse_occupations
    from talentgraph.ontology.taxonomy import label_key

    release = build.read_release(onet, soc_structure)
    held = build.heldout_keys(release, fold)
    accepted: dict[str, set[str]] = defaultdict(set)
    written: dict[str, str] = {}
    for code, title in release.reported:
        key = label_key(title)
        if key in held:
            accepted[key].add(code)
            written.setdefault(key, title)
    for code, title, _ in release.titles:
        if label_key(title) in accepted:
            accepted[label_key(title)].add(code)
    lexicon = Graph()
    lexicon.parse(Path(build.__file__).with_name("occupation_titles.ttl"))
    for s, p, o in list(lexicon.triples((None, SKOS.altLabel, None))):
        if label_key(str(o)) in held:
            lexicon.remove((s, p, o))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "occupations.ttl"
        build.write_turtle(build.concepts(release, exclude=held), release.version, out)
        data = out.read_bytes() + b"\0" + lexicon.serialize(format="turtle").encode()
    taxonomy = OccupationTaxonomy("held-out", _parse_occupations(data))
    return taxonomy, [(written[k], accepted[k]) for k in sorted(accepted)]


def gold_set(path: Path = GOLD) -> list[tuple[str, set[str], str]]:
    """(title, accepted occupations, level) of the hand-labelled file."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        rows.append((row["title"], set(row["occupations"].split(",")), row["seniority"]))
    return rows


HEADER = ("| set | titles | top-1 | top-3 | coverage | precision (mapped) | ms/title |\n"
          "|---|---|---|---|---|---|---|")


def main(argv: list[str] | None = None) -> int:
    """Print the accuracy tables; returns the exit code."""
    from talentgraph.graph.careers.occupations import TitleMatcher
    from talentgraph.ontology.careers import (
        OccupationTaxonomy,
        read_occupations,
        seniority,
    )

    parser = argparse.ArgumentParser(prog="python -m bench.occupation_eval",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--onet", type=Path, help="O*NET text release folder")
    parser.add_argument("--soc-structure", type=Path, help="SOC_Structure.xlsx")
    parser.add_argument("--fold", type=int, default=0)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--misses", action="store_true", help="list the wrong top-1 answers")
    args = parser.parse_args(argv)
    scheme = seniority()
    rows = [HEADER]
    misses: list[str] = []

    start = time.perf_counter()
    concepts = read_occupations(use_cache=False)
    parse = time.perf_counter() - start
    read_occupations()  # writes the cache
    start = time.perf_counter()
    concepts = read_occupations()
    cached = time.perf_counter() - start
    shipped = OccupationTaxonomy("occupations", concepts)
    matcher = TitleMatcher(shipped, scheme, guesses=3)
    start = time.perf_counter()
    matcher.match("a title no label has")  # builds the similarity index
    index = time.perf_counter() - start

    if args.onet:
        if not args.soc_structure:
            parser.error("--onet needs --soc-structure")
        taxonomy, items = heldout_set(args.onet, args.soc_structure, args.fold)
        held = score(TitleMatcher(taxonomy, scheme, guesses=3), items,
                     _ancestors(taxonomy), misses if args.misses else None)
        rows.append(held.row(f"O*NET reported titles held out (fold {args.fold})"))
    gold = gold_set(args.gold)
    hand = score(matcher, [(t, a) for t, a, _ in gold], _ancestors(shipped),
                 misses if args.misses else None)
    rows.append(hand.row(f"hand-labelled ({args.gold.name})"))
    levels = sum((scheme.find(t).level.notation if scheme.find(t) else "-") == level
                 for t, _, level in gold)
    print("\n".join(rows))
    print(f"\nlevel named by the title's words: {levels}/{len(gold)} right "
          f"({levels / len(gold):.3f})")
    size = Path(read_occupations.__code__.co_filename).with_name("occupations.ttl").stat().st_size
    print(f"\ntaxonomy: {len(shipped)} concepts, "
          f"{sum(len(c.alt_labels) + len(c.hidden_labels) for c in shipped)} titles, "
          f"occupations.ttl {size / 1024:.0f} kB; parse {parse:.2f} s, from the JSON cache "
          f"{cached:.3f} s, similarity index {index:.2f} s")
    for line in misses:
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

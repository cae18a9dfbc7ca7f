"""Quality and speed of ``talentgraph match`` on a synthetic corpus with ground truth.

``python -m bench.match_bench --people 2000 --jobs 40 [--data DIR] [--seed 1]``

1. The corpus (``talentgraph.synth``) is generated, parsed and built with ``bench.run``'s
   stages (cached under ``--data``) and written to an embedded store: the pool is what
   the parser understood, not the truth.
2. Job postings come from *held-out* role profiles: synthetic people generated with the
   same seed after the pool's last index (never in the pool).  Each posting is the latest
   job of one of them written as Markdown: its title, four required skills (the skills
   that job names, then the person's others), two nice-to-haves, and "N+ years" (their
   years of work minus one, at least one).
3. Relevance comes from the truth alone, never from a system's output: a pool person's
   gain for a posting is ``3 × (share of the required skills they have) + 1 × (share of
   the preferred) + 1 if their speciality (the generator's skill cluster, which picks
   their titles) is the posting's + 1 if their years of work reach the posting's``
   (0-6); a person is *relevant* with every required skill, the same speciality and the
   years.
4. Three systems rank the pool for each posting: ``match`` (the posting file parsed by
   ``parse_posting``), BM25 (``rank-bm25``'s Okapi BM25 over each résumé's text, the
   posting's words as the query, a person scored by their best résumé) and skill overlap
   (how many of the posting's skills a person holds in the graph, exactly, ties by id).
   Reported: mean nDCG@10 (gains above) and recall@50 (of the relevant people).
   The first 40 held-out profiles (``--skip 0 --jobs 40``) were used to choose the
   related-skill credits and the title weight; the report uses the next ones.
5. Speed: ``match`` on the store (open, warm) for each posting, p50 / p95 in ms.

``--speed-people 100000`` also writes a pool of that size straight from the truth (the
synthetic people's skills with months, roles with levels and occupations, degrees: no
parsing, which would take hours) and times ``match`` for 10-skill postings on it.
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["main"]

TOP_NDCG, TOP_RECALL = 10, 50
_WORD = re.compile(r"[a-z0-9+#]+")


@dataclass(frozen=True)
class Profile:
    """A held-out role: what a posting asks for, from one synthetic person's latest job."""

    key: str
    title: str
    cluster: str
    required: tuple[str, ...]
    preferred: tuple[str, ...]
    min_years: int

    def markdown(self) -> str:
        lines = [f"# {self.title}", "", "## About the role",
                 f"You will join our {self.cluster} team.", "", "## Requirements",
                 f"- {self.min_years}+ years of professional experience"]
        lines += [f"- Strong {skill}" for skill in self.required]
        lines += ["", "## Nice to have"] + [f"- {skill}" for skill in self.preferred]
        return "\n".join(lines) + "\n"


def _months(jobs: list[dict[str, Any]]) -> int:
    """Months of non-intern work in a truth record (overlaps once)."""
    spans = []
    for job in jobs:
        if "intern" in job["title"].lower() or not job["start"]:
            continue
        start = _ym(job["start"])
        end = _ym(job["end"]) if job["end"] else _ym("2025-12")
        spans.append((start, end))
    total, reach = 0, -1
    for start, end in sorted(spans):
        if end > reach:
            total += end - max(start, reach + 1) + 1
            reach = end
    return total


def _ym(text: str) -> int:
    year, month = text.split("-")[:2]
    return int(year) * 12 + int(month) - 1


def held_out_profiles(seed: int, people: int, count: int, skip: int = 0) -> list[Profile]:
    """Role profiles of synthetic people after the pool's last index (never in the pool),
    the first ``skip`` left out."""
    from talentgraph.synth.people import make_person
    from talentgraph.synth.truth import person_record
    from talentgraph.synth.vocab import load_vocab

    vocab = load_vocab(seed, people)
    out: list[Profile] = []
    index = people
    while len(out) < count + skip:
        person = make_person(seed, index, people + 10 * (count + skip), vocab)
        index += 1
        record = person_record(person, [])
        if person.researcher or not record["jobs"]:
            continue
        latest = record["jobs"][0]
        if "intern" in latest["title"].lower():
            continue
        skills = list(dict.fromkeys([*latest["skills"], *record["skills"]]))
        if len(skills) < 6:
            continue
        years = max(1, _months(record["jobs"]) // 12 - 1)
        out.append(Profile(person.pid, latest["title"], person.cluster, tuple(skills[:4]),
                           tuple(skills[4:6]), years))
    return out[skip:]


def gain(truth: dict[str, Any], profile: Profile) -> tuple[float, bool]:
    """(graded gain 0-6, relevant) of a truth record for a profile (module docstring)."""
    have = {s.lower() for s in truth["skills"]}
    req = sum(s.lower() in have for s in profile.required) / len(profile.required)
    pref = sum(s.lower() in have for s in profile.preferred) / max(1, len(profile.preferred))
    same = truth["cluster"] == profile.cluster
    years = _months(truth["jobs"]) >= 12 * profile.min_years
    return 3 * req + pref + same + years, req == 1.0 and same and years


def ndcg(ranked: list[str], gains: dict[str, float], k: int = TOP_NDCG) -> float:
    def dcg(values: list[float]) -> float:
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(values))
    ideal = dcg(sorted(gains.values(), reverse=True)[:k])
    return dcg([gains.get(p, 0.0) for p in ranked[:k]]) / ideal if ideal else 0.0


def recall(ranked: list[str], relevant: set[str], k: int = TOP_RECALL) -> float | None:
    if not relevant:
        return None
    return len(relevant.intersection(ranked[:k])) / len(relevant)


# ------------------------------------------------------------------ the pool


def parsed_pool(data: Path, people: int, seed: int) -> tuple[Path, Path]:
    """The corpus folder and an embedded store of its parsed résumés (both cached)."""
    from bench.run import Run, _parser_digest, stage_build, stage_corpus, stage_parse_all

    run = Run(n=people, corpus=data / f"synth-{people}-s{seed}")
    store_path = run.corpus / "match.lbug"
    done = run.corpus / f".match-store-{_parser_digest()}"  # stale when the parser changes
    stage_corpus(run, ("txt", "md", "json", "docx", "pdf"), seed)
    if store_path.exists() and done.exists():
        return run.corpus, store_path
    stage_parse_all(run, use_cache=True)
    stage_build(run)
    from talentgraph.config import Settings
    from talentgraph.graph.store import open_store

    with open_store(Settings(store=str(store_path))) as store:
        store.clear()
        store.write_graph(run.graph, chunk_rows=5_000_000)
    done.write_text("ok")
    print(f"pool: {run.cells}", file=sys.stderr)
    return run.corpus, store_path


def _owners(store: Any, corpus: Path) -> dict[str, str]:
    """Store person id -> truth person id (by the résumés they are described in)."""
    from talentgraph.synth import file_owners

    files = file_owners(corpus)
    votes: dict[str, Counter[str]] = {}
    for row in store.run("MATCH (p:Person)-[:DESCRIBED_IN]->(r:Resume) "
                         "RETURN p.id AS person, r.path AS path"):
        path = row["path"]
        owner = files.get(path) or next((files[k] for k in (path.split("/", 1)[-1],)
                                         if k in files), None)
        if owner:
            votes.setdefault(row["person"], Counter())[owner] += 1
    return {p: c.most_common(1)[0][0] for p, c in votes.items()}


class BM25Baseline:
    """Okapi BM25 over each résumé's text (as the loaders read it), best résumé per person."""

    def __init__(self, corpus: Path, owners_of_file: dict[str, str]) -> None:
        from rank_bm25 import BM25Okapi

        from talentgraph.loaders.read import read_document
        from talentgraph.loaders.segment.lines import to_lines

        self.people: list[str] = []
        docs: list[list[str]] = []
        for path, owner in sorted(owners_of_file.items()):
            try:
                doc = read_document(str(corpus / path))
            except Exception:  # a bench counts what it can read
                continue
            if doc.structured is not None:
                text = doc.structured.model_dump_json()
            else:
                text = "\n".join(line.text for line in to_lines(doc.blocks))
            docs.append(_WORD.findall(text.lower()))
            self.people.append(owner)
        self.bm25 = BM25Okapi(docs)

    def rank(self, query: str) -> list[str]:
        scores = self.bm25.get_scores(_WORD.findall(query.lower()))
        best: dict[str, float] = {}
        for owner, score in zip(self.people, scores, strict=True):
            if score > best.get(owner, -1.0):
                best[owner] = float(score)
        return [p for p, _ in sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))]


def overlap_rank(store: Any, job: Any, owners: dict[str, str]) -> list[str]:
    """People by how many of the job's skills they hold exactly (ties by id)."""
    from talentgraph.queries.matching.match import run, skill_links

    links = skill_links(store, job)
    ids = sorted({link.id for found in links.values() for link in found
                  if link.kind in ("exact", "literal")})
    rows = run(store, "candidates", {"ids": ids, "strong": [], "pool": 100_000})
    return [owners[r["person"]] for r in rows if r["person"] in owners]


def quality(args: argparse.Namespace) -> list[dict[str, Any]]:
    from talentgraph.config import Settings
    from talentgraph.graph.store import open_store
    from talentgraph.queries.matching import match, parse_posting
    from talentgraph.synth import file_owners, read_truth

    corpus, store_path = parsed_pool(Path(args.data), args.people, args.seed)
    truth = {rec["person"]: rec for rec in read_truth(corpus)}
    profiles = held_out_profiles(args.seed, args.people, args.jobs, args.skip)
    postings = Path(args.data) / f"postings-{args.people}-s{args.seed}"
    postings.mkdir(parents=True, exist_ok=True)
    bm25 = BM25Baseline(corpus, file_owners(corpus))
    today = 2025 * 12 + 11  # the generator's "now" (December 2025)
    scores: dict[str, dict[str, list[float]]] = {s: {"ndcg": [], "recall": []}
                                                 for s in ("match", "bm25", "overlap")}
    times: list[float] = []
    with open_store(Settings(store=str(store_path), create=False)) as store:
        owners = _owners(store, corpus)
        for profile in profiles:
            path = postings / f"{profile.key}.md"
            path.write_text(profile.markdown(), "utf-8")
            judged = {pid: gain(rec, profile) for pid, rec in truth.items()}
            gains = {pid: g for pid, (g, _) in judged.items()}
            relevant = {pid for pid, (_, r) in judged.items() if r}
            job = parse_posting(path)
            start = time.perf_counter()
            found = match(store, job, top=TOP_RECALL, today_month=today)
            times.append((time.perf_counter() - start) * 1000)
            ranked = {
                "match": list(dict.fromkeys(owners[c.person] for c in found
                                            if c.person in owners)),
                "bm25": bm25.rank(path.read_text("utf-8")),
                "overlap": list(dict.fromkeys(overlap_rank(store, job, owners))),
            }
            for system, order in ranked.items():
                scores[system]["ndcg"].append(ndcg(order, gains))
                r = recall(order, relevant)
                if r is not None:
                    scores[system]["recall"].append(r)
    rows = []
    for system, values in scores.items():
        rows.append({"system": system, "ndcg@10": statistics.mean(values["ndcg"]),
                     "recall@50": statistics.mean(values["recall"]) if values["recall"]
                     else float("nan"), "postings": len(values["ndcg"]),
                     "with relevant": len(values["recall"])})
    print(f"\nquality: {args.people} people (parsed), {len(profiles)} held-out postings "
          f"(profiles {args.skip}-{args.skip + len(profiles) - 1})")
    print(f"{'system':10s} {'nDCG@10':>8s} {'recall@50':>10s} {'postings':>9s}")
    for row in rows:
        print(f"{row['system']:10s} {row['ndcg@10']:8.3f} {row['recall@50']:10.3f} "
              f"{row['postings']:5d} ({row['with relevant']} with relevant people)")
    print(f"match speed at {args.people}: p50 {statistics.median(times):.1f} ms, "
          f"p95 {_p95(times):.1f} ms")
    return rows


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=40, help="held-out postings")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip", type=int, default=40,
                        help="held-out profiles left out: the first 40 tuned the credits "
                        "and weights of queries/matching/score.py, so they are not reported")
    parser.add_argument("--data", default="/tmp/talentgraph-match-bench")
    parser.add_argument("--speed-people", type=int, nargs="*", default=[],
                        help="also time match on pools of these sizes built from the truth")
    args = parser.parse_args(argv)
    quality(args)
    if args.speed_people:
        from bench.match_speed import speed

        for size in args.speed_people:
            speed(Path(args.data), size, args.seed, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

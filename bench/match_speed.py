"""Speed of ``match`` on a large pool written straight from synthetic truth.

Parsing 10^5 résumés takes hours on two cores, and the ranking's cost depends on the
graph's shape, not on how it was parsed; so the pool here is built from the generator's
people directly: each person's skills (with the months the truth gives and the last month
used), roles (title, level from the seniority scheme, occupation from the title matcher),
degrees, and the skills taxonomy's BROADER steps above the skills held.  Generating one
person takes 5-10 ms, so a pool above 10^4 repeats the first 10^4 people under new ids,
each copy without one of its skills (picked at random).  The store is cached under the
data folder.  ``speed(...)`` prints p50 / p95 of ``match`` for 10-skill postings (6
required, 4 preferred, a title and years) on the open, warm store.
"""

from __future__ import annotations

import math
import statistics
import sys
import time
from pathlib import Path
from typing import Any

__all__ = ["speed", "truth_graph"]


def _ym(text: str | None) -> int | None:
    if not text:
        return None
    year, month = text.split("-")[:2]
    return int(year) * 12 + int(month) - 1


BASE = 10_000


def _records(people: int, seed: int) -> list[dict[str, Any]]:
    from talentgraph.synth.people import make_person
    from talentgraph.synth.truth import person_record
    from talentgraph.synth.vocab import load_vocab

    vocab = load_vocab(seed, people)
    return [person_record(make_person(seed, index, people, vocab), [])
            for index in range(people)]


def truth_graph(people: int, seed: int) -> Any:
    """A TalentGraph of ``people`` synthetic people from their truth records."""
    import random

    from talentgraph.graph.careers.occupations import matcher
    from talentgraph.graph.model import add_edge, add_node, new_graph
    from talentgraph.ontology.careers import seniority
    from talentgraph.ontology.schema import Label, Rel
    from talentgraph.ontology.taxonomy import skills
    from talentgraph.synth.truth import skill_months

    g = new_graph()
    base = _records(min(people, BASE), seed)
    rng = random.Random(seed)
    taxonomy, titles, levels = skills(), matcher(), seniority()
    src = ["truth"]
    last_month = {}

    def skill_node(name: str) -> str:
        concept = taxonomy.lookup(name)
        node = f"skill:{concept.id if concept else name.lower()}"
        if node in g:
            return node
        add_node(g, Label.Skill, node, sources=src, name=concept.pref_label if concept
                 else name, in_taxonomy=concept is not None)
        for parent in concept.broader if concept else ():
            above = skill_node(taxonomy.get(parent).pref_label)
            add_edge(g, Rel.BROADER, node, above, f"broader:{node}>{above}", sources=src)
        return node

    for index in range(people):
        record = dict(base[index % len(base)])
        if index >= len(base) and record["skills"]:
            dropped = rng.choice(record["skills"])
            record["skills"] = [s for s in record["skills"] if s != dropped]
        pid = f"person:P{index:07d}"
        add_node(g, Label.Person, pid, sources=src, name=record["name"],
                 name_key=record["name"].lower(), name_lower=record["name"].lower(),
                 emails=record["emails"], is_owner=True)
        months = skill_months(record)
        last_month.clear()
        for job in record["jobs"]:
            for skill in job["skills"]:
                end = job["end"] or "2025-12"
                last_month[skill] = max(last_month.get(skill, ""), end)
        for name in record["skills"]:
            node = skill_node(name)
            props: dict[str, Any] = {"category": "Technical", "mentioned": False}
            if months.get(name):
                props.update(months=months[name], first_used=None,
                             last_used=last_month.get(name), as_of="2025-12-31")
            add_edge(g, Rel.HAS_SKILL, pid, node, f"has_skill:{pid}>{node}", sources=src,
                     **props)
        for k, job in enumerate(record["jobs"]):
            org = _organization(g, job["employer"], src, "company", is_employer=True)
            level = levels.find(job["title"])
            found = titles.match(job["title"])
            start, end = _ym(job["start"]), _ym(job["end"])
            add_edge(g, Rel.WORKED_AT, pid, org, f"worked:{pid}>{org}:{k}", sources=src,
                     title=job["title"], titles=[job["title"]], start_month=start,
                     end_month=end, current=job["current"],
                     seniority=level.level.notation if level else None)
            if found.occupation is not None:
                occ = f"occupation:{found.occupation.notation}"
                if occ not in g:
                    add_node(g, Label.Occupation, occ, sources=src,
                             name=found.occupation.pref_label,
                             code=found.occupation.notation, kind="occupation")
                add_edge(g, Rel.HELD_OCCUPATION, pid, occ, f"held:{pid}>{occ}:{k}",
                         sources=src, titles=[job["title"]], matched_titles=[job["title"]],
                         confidence=found.confidence, start_month=start, end_month=end,
                         current=job["current"])
        for k, study in enumerate(record["education"]):
            school = _organization(g, study["school"], src, "university", is_school=True)
            add_edge(g, Rel.STUDIED_AT, pid, school, f"studied:{pid}>{school}:{k}",
                     sources=src, degree=study["degree"], degree_level=study["level"],
                     start_month=_ym(study["start"]), end_month=_ym(study["end"]),
                     current=study["end"] is None)
    return g


def _organization(g: Any, name: str, sources: list[str], kind: str, **flag: bool) -> str:
    """The id of the organization ``name``, its node added on first sight (as an employer
    or a school: the first role met decides its flag, as a parse of one résumé would)."""
    from talentgraph.graph.model import add_node
    from talentgraph.ontology.schema import Label

    node = f"org:{name.lower()}"
    if node not in g:
        add_node(g, Label.Organization, node, sources=sources, name=name, name_key=name.lower(),
                 name_lower=name.lower(), kind=kind, **flag)
    return node


def truth_store(data: Path, people: int, seed: int) -> Path:
    from talentgraph.config import Settings
    from talentgraph.graph.store import open_store

    path = data / f"truth-{people}-s{seed}.lbug"
    done = data / f"truth-{people}-s{seed}.ok"
    if path.exists() and done.exists():
        return path
    data.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    graph = truth_graph(people, seed)
    built = time.perf_counter() - start
    with open_store(Settings(store=str(path))) as store:
        store.clear()
        store.write_graph(graph, chunk_rows=5_000_000)
    done.write_text("ok")
    print(f"truth pool {people}: built in {built:.0f} s, written in "
          f"{time.perf_counter() - start - built:.0f} s "
          f"({graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges)",
          file=sys.stderr)
    return path


def postings(seed: int, people: int, count: int) -> list[Any]:
    """10-skill jobs (6 required, 4 preferred) with a title and years, from held-out
    profiles (as the quality bench's postings, with more skills)."""
    from talentgraph.queries.matching.posting import job_from_fields
    from talentgraph.synth.people import make_person
    from talentgraph.synth.truth import person_record
    from talentgraph.synth.vocab import load_vocab

    vocab = load_vocab(seed, people)
    jobs = []
    index = people
    while len(jobs) < count:
        record = person_record(make_person(seed, index, people + 10 * count, vocab), [])
        index += 1
        skills = list(dict.fromkeys(record["skills"]))
        if len(skills) < 10 or not record["jobs"]:
            continue
        jobs.append(job_from_fields(skills=skills[:6], nice=skills[6:10],
                                    title=record["jobs"][0]["title"], min_years=3))
    return jobs


def speed(data: Path, people: int, seed: int, count: int) -> tuple[float, float]:
    from talentgraph.config import Settings
    from talentgraph.graph.store import open_store
    from talentgraph.queries.matching import match

    path = truth_store(data, people, seed)
    jobs = postings(seed, people, count)
    times = []
    with open_store(Settings(store=str(path), create=False)) as store:
        match(store, jobs[0], today_month=2025 * 12 + 11)  # warm: caches, taxonomy
        for job in jobs:
            start = time.perf_counter()
            match(store, job, today_month=2025 * 12 + 11)
            times.append((time.perf_counter() - start) * 1000)
    ordered = sorted(times)
    p50 = statistics.median(times)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    print(f"match speed, {people:,} people (from truth), 10-skill jobs x {len(times)}: "
          f"p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    return p50, p95


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    speed(Path("/tmp/talentgraph-match-bench"), size, 1, 20)

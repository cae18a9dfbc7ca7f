"""Rank the people of a store (or of a graph built in Python) for a job:
``match(store, job)``.

1. The job's skills are found as Skill nodes (by the taxonomy's name, or literally when
   the taxonomy does not know them), and linked through BROADER to the narrower skills
   that prove them and the broader ones that come close (:func:`skill_links`).
2. Candidates come from the skill index: the people holding any linked skill, most (and
   required) first, the best ``pool`` of them (``cypher/candidates.cypher``); a job with no
   skill in the store draws on the people who held its occupation or one of its group.
3. Their facts come in the same query (``cypher/shortlist.cypher``) and are scored in
   Python (:mod:`.score`), so the numbers are the same whichever store holds the graph.

The pool bounds the work at any size of graph; a person outside it holds fewer of the
job's skills than everyone in it, and so could only outrank them on the other categories.
"""

from __future__ import annotations

import logging
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from talentgraph.graph.cypher_files import dialect_of, statement
from talentgraph.graph.model import TalentGraph
from talentgraph.graph.store.base import GraphStore
from talentgraph.queries.registry import current_month

from .models import Candidate, Job, Weights
from .score import HeldSkill, Profile, Role, SkillLink, score_candidate

__all__ = ["DEFAULT_POOL", "match", "profile_from_row", "profiles", "run", "skill_links"]

log = logging.getLogger(__name__)

DEFAULT_POOL = 200
NARROWER_DEPTH, BROADER_DEPTH = 10, 2
_BATCH = 2_000


def run(store: Any, name: str, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Run ``cypher/<name>.cypher`` (or its ``.lbug`` override) on ``store``."""
    text = statement("talentgraph.queries.matching", name, dialect_of(store), "cypher")
    return store.run(text, dict(params))


def _skill_ids(store: Any, job: Job) -> dict[str, list[tuple[str, str]]]:
    """Each wanted skill's name -> the (id, name) of the Skill nodes it names."""
    names: dict[str, str] = {}
    for skill in job.skills:
        names[skill.name] = skill.name
        if skill.concept:
            names[f"skill:{skill.concept}"] = skill.name
    found: dict[str, list[tuple[str, str]]] = {s.name: [] for s in job.skills}
    for row in run(store, "skill_ids", {"names": sorted(names)}):
        pair = (row["id"], row["name"])
        owner = found[names[row["wanted"]]]
        if pair not in owner:
            owner.append(pair)
    return found


def skill_links(store: Any, job: Job) -> dict[str, list[SkillLink]]:
    """For each wanted skill, the stored skills that count for it: itself (``exact``, or
    ``literal`` when unknown to the taxonomy), the narrower ones (any depth) and the
    broader ones (two steps up), each with its path, narrower first."""
    found = _skill_ids(store, job)
    children: dict[str, list[str]] = {}
    parents: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    if any(s.known for s in job.skills):
        for row in run(store, "skill_tree", {}):
            children.setdefault(row["parent"], []).append(row["child"])
            parents.setdefault(row["child"], []).append(row["parent"])
            names[row["child"]], names[row["parent"]] = row["child_name"], row["parent_name"]
    links: dict[str, list[SkillLink]] = {}
    for skill in job.skills:
        out: dict[str, SkillLink] = {}
        for sid, name in found[skill.name]:
            names[sid] = name
            out[sid] = SkillLink(sid, "exact" if skill.known else "literal", (name,))
            if not skill.known:
                continue
            for steps, kind, depth in ((children, "narrower", NARROWER_DEPTH),
                                       (parents, "broader", BROADER_DEPTH)):
                for other, path in _walk(sid, steps, depth):
                    if other in out:
                        continue
                    chain = tuple(names[n] for n in path)
                    # the path reads narrower -> broader ("PyTorch → Deep Learning ...")
                    out[other] = SkillLink(other, kind, chain[::-1] if kind == "narrower"
                                           else chain, len(path) - 1)
        links[skill.name] = sorted(out.values(), key=lambda link: (link.depth, link.id))
    return links


def _walk(start: str, steps: Mapping[str, list[str]], depth: int
          ) -> Iterable[tuple[str, tuple[str, ...]]]:
    """Breadth-first from ``start``: each node reached and the path to it (start first)."""
    seen = {start}
    queue: deque[tuple[str, ...]] = deque([(start,)])
    while queue:
        path = queue.popleft()
        if len(path) > depth:
            continue
        for nxt in sorted(steps.get(path[-1], ())):
            if nxt not in seen:
                seen.add(nxt)
                yield nxt, (*path, nxt)
                queue.append((*path, nxt))


def _shortlist(store: Any, job: Job, links: dict[str, list[SkillLink]], pool: int
               ) -> list[Profile]:
    """The candidates with their facts: through the skill index when the store holds any
    skill of the job, else the people who held its occupation or one of its minor group."""
    ids = sorted({link.id for found in links.values() for link in found})
    if ids:
        strong = sorted({link.id for s in job.required for link in links[s.name]
                         if link.kind != "broader"})
        rows = run(store, "shortlist", {"ids": ids, "strong": strong, "pool": pool})
        return [profile_from_row(row) for row in rows]
    if job.occupation:
        code = job.occupation.split(".")[0]
        found = run(store, "occupation_ids", {"prefixes": [code[:5]]})
        rows = run(store, "candidates_by_occupation",
                   {"ids": [r["id"] for r in found], "pool": pool})
        return profiles(store, [r["person"] for r in rows], [])
    return []


def profiles(store: Any, people: Sequence[str], skill_ids: Sequence[str]) -> list[Profile]:
    """The facts of ``people`` a score needs (their skills among ``skill_ids`` only), in
    the order given; every list sorted, so both stores give equal profiles."""
    rows: dict[str, dict[str, Any]] = {}
    for i in range(0, len(people), _BATCH):
        batch = list(people[i:i + _BATCH])
        rows.update((r["person"], r) for r in run(store, "profiles",
                                                  {"people": batch, "ids": list(skill_ids)}))
    return [profile_from_row(rows[p]) for p in people if p in rows]


def _order(role: Role) -> tuple:
    return (role.start_month or 0, role.end_month or 0, role.title or "",
            role.occupation or "", role.current, role.seniority or "")


def _none(value: Any) -> Any:
    """The placeholders of ``shortlist.cypher`` for a null."""
    return None if value in ("", -1) else value


def profile_from_row(row: Mapping[str, Any]) -> Profile:
    """A row of ``shortlist.cypher`` or ``profiles.cypher`` (parallel lists, one entry of
    placeholders for no edge) as a Profile."""
    skills = sorted((HeldSkill(sid, name, _none(months), _none(last), _none(as_of),
                               bool(mentioned))
                     for sid, name, months, last, as_of, mentioned in zip(
                         row["skill_ids"], row["skill_names"], row["skill_months"],
                         row["skill_last_used"], row["skill_as_of"], row["skill_mentioned"],
                         strict=True) if sid),
                    key=lambda s: s.id)
    roles = sorted((Role(_none(t), None, _none(a), _none(b), bool(c), _none(lvl))
                    for t, a, b, c, lvl in zip(
                        row["role_titles"], row["role_starts"], row["role_ends"],
                        row["role_current"], row["role_levels"], strict=True)
                    if t or a != -1),
                   key=_order)
    held = sorted((Role(start_month=_none(a), end_month=_none(b), current=bool(c),
                        occupation=code, occupation_name=name)
                   for code, name, a, b, c in zip(
                       row["occupation_codes"], row["occupation_names"],
                       row["occupation_starts"], row["occupation_ends"],
                       row["occupation_current"], strict=True) if code),
                  key=_order)
    places = sorted({(_none(c), _none(r), _none(k)) for c, r, k in zip(
        row["cities"], row["regions"], row["countries"], strict=True) if c or r or k},
        key=str)
    return Profile(row["person"], row["name"], tuple(sorted(row["emails"] or ())),
                   tuple(skills), tuple(roles), tuple(held),
                   tuple(sorted(set(row["degrees"]))), tuple(places),
                   tuple(sorted(set(row["resumes"]))))


def _place(location: str | None) -> tuple[str | None, str | None, str | None] | None:
    if not location or location.strip().lower() == "remote":
        return None
    from talentgraph.loaders.lexicon.places import parse_location

    found = parse_location(location)
    if found is None:
        return (location.strip(), None, None)
    if not (found.city or found.region or found.country):
        return (found.raw, None, None)
    return (found.city, found.region, found.country)


def _ranks() -> dict[str, int]:
    from talentgraph.ontology.careers import seniority

    return {level.notation: level.rank for level in seniority()}


def _excluded(profile: Profile, exclude: set[str]) -> bool:
    return profile.id.lower() in exclude or any(e.lower() in exclude for e in profile.emails)


def match(source: Any, job: Job, *, weights: Weights | None = None, top: int = 10,
          exclude: Iterable[str] = (), pool: int = DEFAULT_POOL,
          today_month: int | None = None, referrers_at: str | Sequence[str] | None = None
          ) -> list[Candidate]:
    """The ``top`` people for ``job``, best first (ties by name, then id).

    ``source``: a store, or a graph built in Python (a ``TalentGraph``), which is put in a
    temporary embedded store first, so both rank with the same queries and scores.
    ``exclude``: person ids or e-mails left out (people already contacted).
    ``referrers_at``: an organization, or several; each candidate then lists the
    colleagues and co-authors who work at one of them now.  ``today_month``
    (``year*12 + month - 1``) ends the open-ended roles; the current month by default.
    """
    if not isinstance(source, GraphStore):
        with _temporary_store(source) as store:
            return match(store, job, weights=weights, top=top, exclude=exclude, pool=pool,
                         today_month=today_month, referrers_at=referrers_at)
    store = source
    if job.is_empty():
        raise ValueError("the job asks for nothing to match on (no skill, title, level, "
                         "years, degree or location)")
    weights = weights or Weights()
    today = current_month() if today_month is None else today_month
    drop = {e.strip().lower() for e in exclude if e.strip()}
    links = skill_links(store, job)
    shortlist = _shortlist(store, job, links, pool + len(drop))
    ranks = _ranks()
    place = _place(job.location)
    scored = [score_candidate(job, profile, links, weights=weights, today=today, ranks=ranks,
                              place=place)
              for profile in shortlist if not _excluded(profile, drop)]
    scored.sort(key=lambda c: (-c.score, c.name, c.person))
    best = scored[:top]
    log.debug("match: %d candidates, %d scored, top %d", len(shortlist), len(scored),
              len(best))
    if referrers_at and best:
        orgs = [referrers_at] if isinstance(referrers_at, str) else list(referrers_at)
        best = with_referrers(store, best, orgs, today)
    return best


@contextmanager
def _temporary_store(graph: TalentGraph) -> Iterator[GraphStore]:
    from talentgraph.graph.store.embedded import EmbeddedStore  # ladybug: only when used

    with tempfile.TemporaryDirectory(prefix="talentgraph-match-") as folder:
        store = EmbeddedStore(Path(folder) / "graph.lbug")
        try:
            store.write_graph(graph)
            yield store
        finally:
            store.close()


def with_referrers(store: Any, candidates: Sequence[Candidate], organizations: Sequence[str],
                   today: int) -> list[Candidate]:
    """The candidates, each with who could refer them at one of ``organizations``."""
    found: dict[str, set[tuple[str, str, str]]] = {}
    for organization in organizations:
        rows = run(store, "referrers", {"people": [c.person for c in candidates],
                                        "organization": organization, "today_month": today})
        for r in rows:
            found.setdefault(r["person"], set()).add((r["referrer"], r["organization"],
                                                      r["how"]))
    return [replace(c, referrers=tuple(sorted(found.get(c.person, ())))) for c in candidates]

"""match(store, job) on the hand-built pool of ``pool.py``, every score computed by hand
(the formulas are in ``queries/matching/score.py``'s docstring); on both stores."""

from __future__ import annotations

import dataclasses

import pytest
from pool import TODAY, pool_graph

from talentgraph.graph.store import GraphStore
from talentgraph.queries.matching import Job, WantedSkill, Weights, match
from talentgraph.queries.matching.match import profile_from_row, profiles, run

FULL = Job(title="Senior ML Engineer", occupation="15-1252.00", seniority="senior",
           min_years=5, degree_level="master", location="Berlin, Germany",
           skills=(WantedSkill("PyTorch", True, "pytorch"),
                   WantedSkill("Python", True, "python"),
                   WantedSkill("Kubernetes", False, "kubernetes")),
           source="jobs/ml.md")
DLF = Job(skills=(WantedSkill("Deep Learning Frameworks", True, "deep-learning-frameworks"),
                  WantedSkill("Frobnicator", False, None)))


def test_every_category_as_computed_by_hand(store: GraphStore) -> None:
    ranked = match(store, FULL, today_month=TODAY)
    assert [c.name for c in ranked] == ["Alice Adams", "Carol Chen", "Bob Brown"]
    alice, carol, bob = ranked
    # Alice: PyTorch and Python exact, 4-5 years, used this year -> 1.0 each; Kubernetes
    # missing (preferred, weight 0.5): (1 + 1 + 0) / 2.5
    assert alice.scores == {"skills": 0.8, "title": 1.0, "experience": 1.0, "education": 1.0,
                            "location": 1.0}
    assert alice.score == 0.89  # 0.55*0.8 + 0.15 + 0.1 + 0.1 + 0.1
    # Carol: Python 24 months (0.8 + 0.2*24/36), last used 90 months before the résumé's
    # date (1 - 0.3*66/120 = 0.835): 0.7793; Kubernetes listed 0.8 at weight 0.5
    # -> (0.7793 + 0.4) / 2.5.  Data Scientists share only the major group 15- (0.25),
    # ended long ago (x0.8); junior two ranks below senior (0.25): (2*0.2 + 0.25) / 3.
    assert carol.scores == {"skills": 0.4717, "title": 0.2167, "experience": 0.5,
                            "education": 1.0, "location": 0.0}
    assert carol.score == 0.4419  # 0.259435 + 0.032505 + 0.05 + 0.1
    # Bob: Deep Learning Frameworks is broader than PyTorch (0.2) and only listed (0.8):
    # 0.16; Python only mentioned: 0.6 -> (0.16 + 0.6) / 2.5 = 0.304.  Title: the same
    # occupation ended 66 months ago (0.8), mid for senior (0.6): (2*0.8 + 0.6) / 3.
    # 36 months of 60; a bachelor's for a master's (0.5); Munich: the same country (0.5).
    assert bob.scores == {"skills": 0.304, "title": 0.7333, "experience": 0.6,
                          "education": 0.5, "location": 0.5}
    assert bob.score == 0.4372  # 0.1672 + 0.109995 + 0.06 + 0.05 + 0.05
    # Dave holds only Java, Eve only Frobnicator: not candidates for this job


def test_explanation_names_paths_gaps_and_evidence(store: GraphStore) -> None:
    bob = match(store, FULL, today_month=TODAY)[2]
    ex = bob.explanation
    pytorch = next(m for m in ex.matched if m.wanted == "PyTorch")
    assert (pytorch.held, pytorch.kind, pytorch.path, pytorch.credit) == (
        "Deep Learning Frameworks", "broader", ("PyTorch", "Deep Learning Frameworks"), 0.16)
    assert ex.missing_required == ()
    assert ex.missing_preferred == ("Kubernetes",)
    assert ex.resumes == ("pool/bob.txt",)
    assert ex.job == "jobs/ml.md"
    assert dict(ex.notes)["seniority"] == "mid (Software Engineer)"
    assert bob.emails == ("bob@example.org",)


def test_narrower_skills_prove_a_broader_one_and_unknown_skills_match_literally(
        store: GraphStore) -> None:
    ranked = match(store, DLF, today_month=TODAY)
    # Bob lists the skill itself: 0.8; Alice has PyTorch, one step narrower: 0.5 x 1.0;
    # Eve only the preferred Frobnicator, listed: 0.8 at weight 0.5; Carol TensorFlow
    # narrower: 0.5 x (0.8 + 0.2*12/36) x (1 - 0.3*60/120) = 0.3683.  Each over 1.5.
    assert [(c.name, c.score) for c in ranked] == [
        ("Bob Brown", 0.5333), ("Alice Adams", 0.3333), ("Eve Evans", 0.2667),
        ("Carol Chen", 0.2455)]
    alice, eve = ranked[1], ranked[2]
    assert alice.explanation.matched[0].path == ("PyTorch", "Deep Learning Frameworks")
    assert alice.explanation.matched[0].kind == "narrower"
    assert eve.explanation.matched[0].kind == "literal"
    assert eve.explanation.missing_required == ("Deep Learning Frameworks",)
    assert all(c.explanation.unknown_to_taxonomy == ("Frobnicator",) for c in ranked)


def test_weights_change_the_order(store: GraphStore) -> None:
    # on education alone Carol's PhD wins; Alice's master's meets it too, ties by name
    only_education = Weights(skills=0, title=0, experience=0, education=1, location=0)
    ranked = match(store, FULL, today_month=TODAY, weights=only_education)
    assert [(c.name, c.score) for c in ranked] == [
        ("Alice Adams", 1.0), ("Carol Chen", 1.0), ("Bob Brown", 0.5)]
    parsed = Weights.parse("skills=0.6, title=0.2")
    assert (parsed.skills, parsed.title, parsed.location) == (0.6, 0.2, 0.1)


@pytest.mark.parametrize("text, message", [
    ("skils=1", "not CATEGORY=NUMBER"), ("skills=lots", "not a number"),
    ("skills=-1", ">= 0"), ("skills=0,title=0,experience=0,education=0,location=0",
                            "at least one"),
])
def test_bad_weights_say_why(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Weights.parse(text)


def test_top_exclude_and_determinism(store: GraphStore) -> None:
    assert [c.name for c in match(store, FULL, today_month=TODAY, top=1)] == ["Alice Adams"]
    left = match(store, FULL, today_month=TODAY, exclude=["person:alice", "BOB@example.org"])
    assert [c.name for c in left] == ["Carol Chen"]
    assert match(store, FULL, today_month=TODAY) == match(store, FULL, today_month=TODAY)


def test_referrers_are_colleagues_working_there_now(store: GraphStore) -> None:
    ranked = match(store, FULL, today_month=TODAY, referrers_at="initech")
    assert ranked[0].referrers == (("Eve Evans", "Initech", "colleague at Acme"),)
    # Carol worked at Initech but left, Bob too: nobody there now knew them
    assert [c.referrers for c in ranked[1:]] == [(), ()]


def test_referrers_at_several_organizations(store: GraphStore) -> None:
    ranked = match(store, FULL, today_month=TODAY, referrers_at=["initech", "Acme"])
    assert ranked[0].referrers == (("Eve Evans", "Acme", "colleague at Acme"),
                                   ("Eve Evans", "Initech", "colleague at Acme"))


def test_a_graph_built_in_python_ranks_as_a_store_does(store: GraphStore) -> None:
    """match() takes a TalentGraph too (put in a temporary embedded store)."""
    graph = pool_graph()
    assert not isinstance(graph, GraphStore)
    assert (match(graph, FULL, today_month=TODAY, referrers_at="initech")
            == match(store, FULL, today_month=TODAY, referrers_at="initech"))


def test_a_job_without_skills_draws_on_its_occupation(store: GraphStore) -> None:
    job = Job(occupation="15-1252.00", seniority="senior")
    ranked = match(store, job, today_month=TODAY)
    # the minor group 15-12: Alice and Bob hold 15-1252.00; Eve 15-1299.08 (the same minor
    # group: 0.5) at a senior level now (1.0): (2*0.5 + 1) / 3
    assert [(c.name, c.score) for c in ranked] == [
        ("Alice Adams", 1.0), ("Bob Brown", 0.7333), ("Eve Evans", 0.6667)]


def test_an_empty_job_is_refused(store: GraphStore) -> None:
    with pytest.raises(ValueError, match="asks for nothing"):
        match(store, Job())


def test_the_match_queries_give_the_same_rows_on_both_stores(
        embedded: GraphStore, neo4j: GraphStore) -> None:
    people = ["person:alice", "person:bob", "person:carol", "person:eve"]
    ids = ["skill:pytorch", "skill:python", "skill:deep-learning-frameworks",
           "skill:frobnicator"]
    for name, params in (
        ("skill_ids", {"names": ["pytorch", "skill:python", "Frobnicator"]}),
        ("skill_tree", {}),
        ("candidates", {"ids": ids, "strong": ids[:2], "pool": 10}),
        ("occupation_ids", {"prefixes": ["15-12"]}),
        ("candidates_by_occupation", {"ids": ["occupation:15-1252.00"], "pool": 10}),
        ("referrers", {"people": people, "organization": "Initech", "today_month": TODAY}),
    ):
        a, b = run(embedded, name, params), run(neo4j, name, params)
        assert sorted(map(repr, a)) == sorted(map(repr, b)), name
        assert a, f"{name} found nothing on the pool"
    # shortlist.cypher and profiles.cypher collect parallel lists, in an order each store
    # chooses: compared as the profiles read from them (every list sorted)
    params = {"ids": ids, "strong": ids[:2], "pool": 10}
    short = [profile_from_row(r) for r in run(embedded, "shortlist", params)]
    assert short == [profile_from_row(r) for r in run(neo4j, "shortlist", params)]
    assert [p.name for p in short] == ["Alice Adams", "Bob Brown", "Carol Chen", "Eve Evans"]
    everyone = [*people, "person:dave"]  # Dave: no role, occupation, degree or place
    mine = profiles(embedded, everyone, ids)
    assert mine == profiles(neo4j, everyone, ids)
    assert [len(p.roles) for p in mine] == [1, 1, 1, 2, 0]
    assert [len(p.occupations) for p in mine] == [1, 1, 1, 2, 0]
    assert (mine[-1].degrees, mine[-1].places, mine[-1].resumes) == ((), (), ("pool/dave.txt",))
    assert mine[0].places == (("Berlin", None, "DE"),)
    assert mine[0].degrees == ("master",)


def test_jobs_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        FULL.title = "x"  # type: ignore[misc]


def test_the_canned_query_lists_who_covers_which_skill(store: GraphStore) -> None:
    from talentgraph.queries.registry import run_query

    rows = run_query(store, "match_candidates",
                     {"skills": ["deep learning frameworks", "Frobnicator", "Python"]})
    assert rows == [
        {"person": "Alice Adams", "covers": ["Deep Learning Frameworks", "Python"],
         "covered": 2},
        {"person": "Bob Brown", "covers": ["Deep Learning Frameworks", "Python"],
         "covered": 2},
        {"person": "Carol Chen", "covers": ["Deep Learning Frameworks", "Python"],
         "covered": 2},
        {"person": "Eve Evans", "covers": ["Frobnicator"], "covered": 1},
    ]

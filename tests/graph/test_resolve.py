"""Person resolution: what must merge and what must not."""

from __future__ import annotations

from records import resume

from talentgraph.graph.build import build_graph
from talentgraph.graph.normalize import names_compatible
from talentgraph.graph.resolve import KnownPerson, resolve_people, shared_affiliations


def owners(resolution) -> set[str]:
    return set(resolution.owner_of.values())


def test_same_email_merges_two_resumes_of_one_person() -> None:
    a = resume("a.txt", "Hayes Zhao", emails=["hayes@example.com"])
    b = resume("b.txt", "Hayes Zhao", emails=["HAYES@example.com"], phones=["703-915-8580"])
    res = resolve_people([a, b])
    assert res.owner_of["a.txt"] == res.owner_of["b.txt"]
    person = res.people[res.owner_of["a.txt"]]
    assert person.sources == ["a.txt", "b.txt"]
    assert person.phones == ["7039158580"]


def test_same_phone_in_different_formats_merges() -> None:
    a = resume("a.txt", "Ann Lee", phones=["(765) 413-6089"])
    b = resume("b.txt", "Ann Lee", phones=["765.413.6089"])
    assert len(owners(resolve_people([a, b]))) == 1
    c = resume("c.txt", "Ann Lee", phones=["+1 765 413 6089"])
    d = resume("d.txt", "Ann Lee", phones=["001-765-413-6089"])
    assert len(owners(resolve_people([c, d]))) == 1


def test_phones_compare_like_with_like_never_by_last_digits() -> None:
    """A number without a country code is compared only as written: "(207) 946-0958" is
    not "+44 20 7946 0958", and neither is "+1 765…" the same as "(765)…"."""
    alice = resume("a.txt", "Ann Lee", phones=["+44 20 7946 0958"])
    bob = resume("b.txt", "Ann Lee", phones=["(207) 946-0958"])
    assert len(owners(resolve_people([alice, bob]))) == 2
    c = resume("c.txt", "Ann Lee", phones=["+1 765 413 6089"])
    d = resume("d.txt", "Ann Lee", phones=["(765) 413-6089"])
    res = resolve_people([c, d])
    assert len(owners(res)) == 2
    assert res.people[res.owner_of["c.txt"]].phones == ["+17654136089"]


def test_shared_contact_with_other_names_is_kept_apart_and_reported() -> None:
    """An office number or an agency's address on two CVs does not make one person."""
    carol = resume("carol.txt", "Carol Chen", emails=["cv@talent-agency.com"], phones=["+1 212 555 0199"])
    dmitri = resume("dmitri.txt", "Dmitri Volkov", emails=["cv@talent-agency.com"], phones=["+1 212 555 0199"])
    res = resolve_people([carol, dmitri])
    assert res.owner_of["carol.txt"] != res.owner_of["dmitri.txt"]
    assert ("email:cv@talent-agency.com", "Carol Chen", "Dmitri Volkov") in res.conflicts
    assert ("phone:+12125550199", "Carol Chen", "Dmitri Volkov") in res.conflicts


def test_shared_contact_merges_spellings_of_one_name() -> None:
    for other in ("Zhou Keren", "K. Zhou", "KEREN ZHOU", "Keren Z. Zhou"):
        a = resume("a.txt", "Keren Zhou", emails=["kz@example.org"])
        b = resume("b.txt", other, emails=["kz@example.org"])
        res = resolve_people([a, b])
        assert res.owner_of["a.txt"] == res.owner_of["b.txt"], other
        assert res.conflicts == []
    a = resume("a.txt", "Дмитрий Волков", emails=["dv@example.org"])
    b = resume("b.txt", "Dmitri Volkov", emails=["dv@example.org"])
    assert len(owners(resolve_people([a, b]))) == 1


def test_same_name_without_corroboration_does_not_merge() -> None:
    a = resume("a.txt", "Wei Zhang", emails=["wz1@example.com"], positions=[("Acme", "SWE", "2020", None)])
    b = resume("b.txt", "Wei Zhang", emails=["wz2@example.com"], positions=[("Globex", "SWE", "2020", None)])
    assert len(owners(resolve_people([a, b]))) == 2


def test_same_name_with_shared_employer_merges() -> None:
    a = resume("a.txt", "Wei Zhang", positions=[("Acme", "SWE", "2020", None)])
    b = resume("b.txt", "Wei Zhang", positions=[("Globex", "SRE", "2018", "2019")])
    res = resolve_people([a, b], {"a.txt": {"acme|work|2020"}, "b.txt": {"acme|work|2020", "globex|work|2018"}})
    assert len(owners(res)) == 1


def test_different_surnames_sharing_everything_else_do_not_merge_by_name() -> None:
    a = resume("a.txt", "Keren Zhou", positions=[("Acme", "SWE", "2020", None)])
    b = resume("b.txt", "Bangda Zhou", positions=[("Acme", "SWE", "2020", None)])
    res = resolve_people([a, b], {"a.txt": {"Acme"}, "b.txt": {"Acme"}})
    assert len(owners(res)) == 2


def test_initials_never_merge_without_corroboration() -> None:
    assert names_compatible("K. Zhou", "Keren Zhou")
    assert not names_compatible("K. Zhou", "Bangda Zhou")
    a = resume("a.txt", "Keren Zhou", positions=[("Acme", "Prof", "2020", None)])
    b = resume("b.txt", "Ann Lee", publications=[
        ("Paper One", "ASPLOS", "2020", ["Ann Lee", "K. Zhou"], 1)])
    res = resolve_people([a, b], {"a.txt": {"Acme"}, "b.txt": {"Acme"}})
    assert res.person_id("b.txt", "K. Zhou") != res.owner_of["a.txt"]


def test_initials_merge_when_they_share_a_paper() -> None:
    a = resume("a.txt", "Keren Zhou", publications=[
        ("Deep Things", "ASPLOS", "2024", ["Qi Zhao", "Keren Zhou"], 2)])
    b = resume("b.txt", "Qi Zhao", publications=[
        ("Deep Things", "ASPLOS", "2024", ["Qi Zhao", "K. Zhou"], 1)])
    res = resolve_people([a, b])
    assert res.person_id("b.txt", "K. Zhou") == res.owner_of["a.txt"]
    assert res.person_id("a.txt", "Qi Zhao") == res.owner_of["b.txt"]


def test_advisor_and_coauthor_in_one_resume_are_one_person() -> None:
    a = resume("a.txt", "Hao Wu", education=[("GMU", "PhD", "CS", None, "Dr. Keren Zhou")],
               publications=[("Paper", "ASPLOS", "2026", ["Qi Zhao", "Hao Wu", "Keren Zhou"], 2)])
    res = resolve_people([a])
    assert res.person_id("a.txt", "Keren Zhou") == res.person_id("a.txt", "Dr. Keren Zhou")
    assert res.people[res.person_id("a.txt", "Keren Zhou")].name == "Keren Zhou"


def test_coauthor_merges_with_resume_owner_through_shared_paper() -> None:
    a = resume("a.txt", "Hao Wu", publications=[("Shared Paper", "X", "2024", ["Hao Wu", "Keren Zhou"], 1)])
    b = resume("b.txt", "Keren Zhou", emails=["kz@example.com"],
               publications=[("Shared Paper", "X", "2024", ["Hao Wu", "Keren Zhou"], 2)])
    res = resolve_people([a, b])
    assert res.person_id("a.txt", "Keren Zhou") == res.owner_of["b.txt"]
    assert res.person_id("b.txt", "Hao Wu") == res.owner_of["a.txt"]
    assert res.people[res.owner_of["b.txt"]].is_owner


def test_ids_are_deterministic_and_order_independent_for_the_same_files() -> None:
    a = resume("a.txt", "Hayes Zhao", emails=["h@example.com"])
    b = resume("b.txt", "Hayes Zhao", emails=["h@example.com"])
    first = resolve_people([a, b]).owner_of
    second = resolve_people([b, a]).owner_of
    assert first == second
    assert first["a.txt"].startswith("person:hayes-zhao-")


def test_known_person_keeps_its_id_and_absorbs_a_new_resume() -> None:
    known = KnownPerson(id="person:hayes-zhao-stored", name="Hayes Zhao", is_owner=True,
                        emails=("h@example.com",))
    b = resume("b.txt", "Hayes Zhao", emails=["h@example.com"])
    assert resolve_people([b], known=[known]).owner_of["b.txt"] == "person:hayes-zhao-stored"


def test_two_stored_people_are_never_merged_by_a_load() -> None:
    k1 = KnownPerson(id="person:1", name="A B", is_owner=True, emails=("x@example.com",))
    k2 = KnownPerson(id="person:2", name="A B", is_owner=True, phones=("7031234567",))
    bridge = resume("c.txt", "A B", emails=["x@example.com"], phones=["703 123 4567"])
    res = resolve_people([bridge], known=[k1, k2])
    assert res.owner_of["c.txt"] in {"person:1", "person:2"}
    assert {"person:1", "person:2"} <= set(res.people)


def test_anonymous_resume_stays_loadable_and_keyed_by_file() -> None:
    res = resolve_people([resume("anon.txt", None), resume("anon2.txt", None)])
    ids = owners(res)
    assert len(ids) == 2
    for pid in ids:
        person = res.people[pid]
        assert person.anonymous and person.name.startswith("Anonymous (")


def _career(file: str, name: str, email: str, jobs, school=("Carnegie Mellon University", "2019-06")):
    return resume(file, name, emails=[email], positions=jobs,
                  education=[(school[0], "BS", "Computer Science", school[1], None)])


def test_same_name_sharing_one_start_month_of_a_long_history_stays_two_people() -> None:
    """Two Bangda Hus who both joined Accenture in June 2025 but otherwise differ."""
    a = _career("a.txt", "Bangda Hu", "bangdahu55@gmail.com",
                [("Accenture", "Analyst", "2025-06", None), ("Tesla", "Intern", "2024-05", "2024-08")],
                school=("University of Florida", "2025-06"))
    b = _career("b.txt", "Bangda Hu", "bangdahu@yahoo.com",
                [("Accenture", "Consultant", "2025-06", None), ("Uber", "SWE", "2022-01", "2025-04")],
                school=("Tsinghua University", "2021-06"))
    _, res = build_graph([a, b])
    assert res.owner_of["a.txt"] != res.owner_of["b.txt"]


def test_same_name_sharing_two_dated_affiliations_merges() -> None:
    jobs = [("Accenture", "Analyst", "2025-06", None), ("Tesla", "Intern", "2024-05", "2024-08")]
    a = _career("a.txt", "Bangda Hu", "bangdahu55@gmail.com", jobs)
    b = _career("b.txt", "Bangda Hu", "bangdahu311@outlook.com", jobs[:1],
                school=("CMU", "2019-06"))  # an alias of the school, the same June
    _, res = build_graph([a, b])
    assert res.owner_of["a.txt"] == res.owner_of["b.txt"]


def test_a_degree_year_agrees_with_the_same_degree_dated_to_the_month() -> None:
    jobs = [("Accenture", "Analyst", "2025-06", None)]
    a = _career("a.txt", "Bangda Hu", "bangdahu55@gmail.com", jobs, school=("Iowa State University", "2025-06"))
    b = _career("b.txt", "Bangda Hu", "bangdahu311@outlook.com", jobs, school=("Iowa State University", "2025"))
    c = _career("c.txt", "Bangda Hu", "bangdahu7@proton.me", jobs, school=("Iowa State University", "2024"))
    _, res = build_graph([a, b, c])
    assert res.owner_of["a.txt"] == res.owner_of["b.txt"]
    assert res.owner_of["c.txt"] != res.owner_of["a.txt"]  # another year: one shared of two


def test_shared_affiliations_counts_each_agreeing_affiliation_once() -> None:
    a = {"acme|work|2020-06", "mit|study|2019-06", "mit|study|2015-06", "globex|work|"}
    b = {"acme|work|2020-06", "mit|study|2019", "globex|work|"}
    assert shared_affiliations(a, b) == 2  # undated Globex is no evidence
    assert shared_affiliations(a, {"acme|work|2020-07", "mit|study|2019-06"}) == 1
    assert shared_affiliations({"mit|study|2019"}, {"mit|study|2019-06", "mit|study|2019-09"}) == 1

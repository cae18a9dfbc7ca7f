"""Awards with dates and awarders, patents, and honors among activities."""

from __future__ import annotations

from support.records import lines_of, record_of

from talentgraph.loaders.fields.awards import extract_awards
from talentgraph.loaders.segment.lines import to_lines


def _awards(lines: list[str], only_honors: bool = False):
    return extract_awards(to_lines(lines), "cv.txt", only_honors)


def test_title_awarder_year() -> None:
    awards, _ = _awards(["- Best Student Paper Award, 2nd Place, ACES, 2015",
                         "- Feats of Engineering Award, Google, 2020, 2022",
                         "- Finalist, DEFCON CTF Hacking Competition, 2017"])
    assert [(a.title, a.awarder, a.date) for a in awards] == [
        ("Best Student Paper Award, 2nd Place", "ACES", "2015"),
        ("Feats of Engineering Award", "Google", "2020"),
        ("DEFCON CTF Hacking Competition Finalist", None, "2017")]


def test_date_on_the_next_line_and_apposition() -> None:
    awards, _ = _awards(["Associate Membership - Sigma Xi, The Scientific Research Honor Society.",
                         "", "Inducted July 2025"])
    [a] = awards
    assert (a.title, a.awarder, a.date) == (
        "Associate Membership - Sigma Xi", "Sigma Xi", "2025-07")


def test_patents_and_leading_years() -> None:
    awards, patents = _awards(["2020-2022\tScholarships for Master's Students",
                               "2020\tPatent: A new method of video making (CN111970571A)",
                               "2018\tNo.3 Hackergame, 3rd Prize (Top 5%)"])
    assert [(a.title, a.date, a.summary) for a in awards] == [
        ("Scholarships for Master's Students", "2020", None),
        ("No.3 Hackergame, 3rd Prize", "2018", "Top 5%")]
    [p] = patents
    assert (p.title, p.number, p.date) == ("A new method of video making", "CN111970571A", "2020")


def test_mixed_section_keeps_only_honors() -> None:
    awards, _ = _awards(["- Sigma Xi Scientific Honor Society",
                         "- Teaching Assistant for Algorithms (Fall '19)",
                         "- Treasurer of the Chess Club: 2019-2021",
                         "- Placed 4th at Regional Tech Challenge 2018",
                         "- Cooke Scholar and Questbridge Scholar"], only_honors=True)
    assert [(a.title, a.date) for a in awards] == [
        ("Sigma Xi Scientific Honor Society", None), ("Regional Tech Challenge 4th place", "2018"),
        ("Cooke Scholar", None), ("Questbridge Scholar", None)]


def test_an_award_title_wrapped_under_its_date_is_joined() -> None:
    awards, _ = _awards(["Harbor Foundation Student Travel | 2015", "", "Grant", "",
                         "Owl Society Prize in Field Work on the | 2014", "", "northern coast", "",
                         "Night Studies Fellowship | 2012", "", "Honorable Mention"])
    assert [(a.title, a.date) for a in awards] == [
        ("Harbor Foundation Student Travel Grant", "2015"),
        ("Owl Society Prize in Field Work on the northern coast", "2014"),
        ("Night Studies Fellowship", "2012"), ("Honorable Mention", None)]


def test_a_bullet_under_a_dated_award_describes_it() -> None:
    awards, _ = _awards(["2021 | Research Grant | Harbor Foundation",
                         "- co-wrote the proposal with the lab",
                         "2019 | Travel Award", "- Best Poster Award"])
    assert [(a.title, a.date) for a in awards] == [
        ("Research Grant | Harbor Foundation", "2021"), ("Travel Award", "2019"),
        ("Best Poster Award", None)]
    assert awards[0].summary == "co-wrote the proposal with the lab"


def test_undated_sentence_under_an_awards_list_is_no_award() -> None:
    from talentgraph.loaders.fields.awards import extract_awards

    awards, _ = extract_awards(lines_of(
        "Top Reviewer, NeurIPS, 2022\n"
        "Eight bugs credited in open-source compilers and build tools (details on request).\n"
        "Best Paper Award, ACL, 2021"), "cv.txt")
    assert [a.title for a in awards] == ["Top Reviewer", "Best Paper Award"]


def test_wrapped_patent_lines_are_one_patent() -> None:
    doc = record_of("Ana Ortiz\n\nPATENTS\n"
                    "- US 12,345,678 B2 — Sharded counters for stream joins. Issued Aug. 2,\n"
                    "2022.\n"
                    "- US 12,345,999 B1 — Lazy snapshots for feature stores. Issued Jan. 5, 2021.\n")
    assert [p.get("date") for p in doc["patents"]] == ["2022-08", "2021-01"]

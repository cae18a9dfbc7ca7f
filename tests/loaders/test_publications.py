"""Citations in ACM, IEEE and APA styles, and papers named in bullets."""

from __future__ import annotations

from support.records import lines_of

from talentgraph.loaders.fields.publications import (
    extract_publications,
    parse_citation,
    publications_in_bullets,
)
from talentgraph.loaders.segment.lines import Line, to_lines


def test_acm_style_with_co_first_note() -> None:
    cite = parse_citation(
        "[C2] Ann Lee, Bo Chen*, Cara Diaz. (Ann and Bo are co-first authors.) Deep Things: A "
        "Tool, for Profiling. In: Proceedings of the 31th ACM Conference on Systems (ASPLOS), 2026")
    assert cite.authors == ["Ann Lee", "Bo Chen", "Cara Diaz"]
    assert cite.title == "Deep Things: A Tool, for Profiling"
    assert cite.year == "2026"
    assert cite.venue is not None and "(ASPLOS)" in cite.venue
    assert cite.co_first == ["Ann Lee", "Bo Chen"]


def test_authors_ending_with_comma_and_initials() -> None:
    cite = parse_citation("Qi Zhao, Hao Wu, and Kim Park, Torch-Mon: Profiling for PyTorch. "
                          "In PyTorch conference (PyTorch), 2024")
    assert (cite.authors, cite.title) == (["Qi Zhao", "Hao Wu", "Kim Park"],
                                         "Torch-Mon: Profiling for PyTorch")
    cite = parse_citation(
        "A. Smith*, R. O'Hara*, and B. Jones. Fast Planning. In Proc. of ICML, 2019.")
    assert cite.authors == ["A. Smith", "R. O'Hara", "B. Jones"]
    assert cite.title == "Fast Planning"


def test_ieee_and_apa_styles() -> None:
    ieee = parse_citation(
        'J. Smith and C. Lee, "Fast graphs for everyone," in Proc. IEEE INFOCOM, 2021.')
    assert (ieee.authors, ieee.title, ieee.year) == (
        ["J. Smith", "C. Lee"], "Fast graphs for everyone", "2021")
    apa = parse_citation(
        "Smith, J., & Lee, C. (2019). Learning to rank. Journal of Hiring, 12(3), 45-67.")
    assert (apa.authors, apa.title, apa.venue) == (["J. Smith", "C. Lee"], "Learning to rank",
                                                   "Journal of Hiring")


def test_section_items_kinds_and_bold_owner() -> None:
    papers = extract_publications(to_lines([
        "Conferences", "", "- Ann Lee, **Bo Chen**. Paper One. In: SOSP, 2021", "", "Posters",
        "", "[P1] Bo Chen, Ann Lee, Scaling the everything. In Workshop on X (WX), 2020", "",
        "14 peer-reviewed journal and conference papers.",
    ]), "cv.md")
    assert [(p.title, p.kind, p.owner_position) for p in papers] == [
        ("Paper One", "conference", 2), ("Scaling the everything", "poster", None)]
    assert papers[0].source.line_start == 3


def test_unmarked_lines_split_at_sentence_ends() -> None:
    papers = extract_publications(to_lines([
        "Li Wei, Sara Novak. Graph diffusion. In: NeurIPS, 2022.",
        "Sara Novak, Li Wei. Equivariant passing. In: ICML, 2021.",
    ]), "cv.txt")
    assert [p.title for p in papers] == ["Graph diffusion", "Equivariant passing"]


def test_papers_named_in_bullets() -> None:
    papers = publications_in_bullets(to_lines([
        "- Reduced graph size and co-authored [STARDUST](#) (IEEE CAL), cutting samples",
        "- **Co-first-authored 'STARDUST'** (IEEE Computer Architecture Letters), a framework",
        "- Integrated into Concerto, published in ASPLOS 2025.",
    ]), "cv.md")
    assert [(p.title, p.venue) for p in papers] == [
        ("STARDUST", "IEEE CAL"), ("STARDUST", "IEEE Computer Architecture Letters")]


def test_papers_as_blocks_with_an_authors_line() -> None:
    """A title in capitals over a kind line, an ``Authors:`` line that wraps, a venue."""
    from talentgraph.loaders.segment.lines import to_lines
    pubs = extract_publications(to_lines([
        "ESTIMATING RIVER DISCHARGE FROM",
        "SATELLITE ALTIMETRY",
        "Journal Paper: In Preparation",
        "Authors: R. Okafor and L. Brandt",
        "",
        "POSTER: TIDY: FAST SENSOR FUSION ON",
        "LOW-POWER BOARDS",
        "Conference Poster: 2019",
        "Authors: M. Ilves, R. Okafor, T. Laine, A.",
        "Koski | [pdf]",
        "Proceedings of the 9th Workshop on Embedded Sensing, 2019",
    ]), "cv.pdf")
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("ESTIMATING RIVER DISCHARGE FROM SATELLITE ALTIMETRY", ["R. Okafor", "L. Brandt"],
         None),
        ("TIDY: FAST SENSOR FUSION ON LOW-POWER BOARDS",
         ["M. Ilves", "R. Okafor", "T. Laine", "A. Koski"], "2019")]


def test_paper_blocks_whose_author_line_opens_with_with_in_any_language() -> None:
    """``mit A und B`` / ``with A and B`` under a quoted title; a press bullet is no venue,
    and a lower-case ``with`` in a sentence opens no author list."""
    pubs = extract_publications(to_lines([
        "„Steuern und Wachstum in Europa“",
        "mit Anna Keller und Jonas Brandt",
        "Zeitschrift für Wirtschaftspolitik, 2021",
        "",
        "“Minimum Wages and Hours”",
        "with Jonas Brandt and Ida Roth",
        "Journal of Labor Studies, 2019",
        "- Press: covered in a national newspaper",
    ]), "cv.pdf")
    assert [(p.title, p.authors, p.venue, p.year) for p in pubs] == [
        ("Steuern und Wachstum in Europa", ["Anna Keller", "Jonas Brandt"],
         "Zeitschrift für Wirtschaftspolitik", "2021"),
        ("Minimum Wages and Hours", ["Jonas Brandt", "Ida Roth"],
         "Journal of Labor Studies", "2019")]


def test_apa_citation_with_a_status_instead_of_a_year() -> None:
    cite = parse_citation("Marlow, T., & Quist, R. (in prep). Counting sheep in the dark.")
    assert (cite.authors, cite.title, cite.year) == (
        ["T. Marlow", "R. Quist"], "Counting sheep in the dark", None)
    cite = parse_citation("Quist, R. (in press). How owls read maps. Night Studies.")
    assert (cite.authors, cite.title, cite.venue) == (["R. Quist"], "How owls read maps",
                                                      "Night Studies")


def test_semicolon_author_list_in_a_template_cell() -> None:
    from talentgraph.loaders.fields.publications import entry_citation

    cite = entry_citation(["03/21", "Marlow, T. A.; Quist R.; van Dalen, E.",
                           "Night Studies, Volume 4, id.12"], "How owls read maps")
    assert cite.authors == ["T. A. Marlow", "R. Quist", "E. van Dalen"]
    assert (cite.title, cite.year) == ("How owls read maps", "2021")
    cite = entry_citation(["11/22", "Marlow, T. and Quist, R.", "Silence Letters, in press"],
                          "A field guide to quiet")
    assert (cite.authors, cite.title) == (["T. Marlow", "R. Quist"], "A field guide to quiet")


def test_elided_authors_are_left_out_of_an_apa_list() -> None:
    cite = parse_citation("Marlow, T., Quist, R., … Ebbing, L. (2020). Owls at dusk. "
                          "Night Studies, 3, 1-9.")
    assert cite.authors == ["T. Marlow", "R. Quist", "L. Ebbing"]


def test_footnote_and_unicode_co_first_marks_in_ieee_citations() -> None:
    papers = extract_publications(lines_of(
        "[1] A. Ng∗, B. Cho∗, and C. Diaz, “Learning to stack boxes from one demonstration,” "
        "IEEE Robot. Autom. Lett., vol. 9, no. 6, pp. 1–8, Jun. 2024.\n"
        "∗ equal contribution"), "cv.txt")
    assert len(papers) == 1
    assert papers[0].authors == ["A. Ng", "B. Cho", "C. Diaz"]
    assert papers[0].co_first_authors == ["A. Ng", "B. Cho"]
    assert papers[0].venue == "IEEE Robot. Autom. Lett"


def test_vancouver_citations_read_surname_initials_authors() -> None:
    papers = extract_publications(lines_of(
        "1. Ortiz A, Byron AL, Kumar R. Learning mRNA half-life. Nature Methods. "
        "2022;40(3):123-130."), "cv.txt")
    assert papers[0].authors == ["A. Ortiz", "A. L. Byron", "R. Kumar"]
    assert (papers[0].title, papers[0].venue, papers[0].year) == (
        "Learning mRNA half-life", "Nature Methods", "2022")


def test_ieee_marker_in_its_own_column() -> None:
    cite = parse_citation('[3] | Q. Lamb, R. S. Otto, and T. Pike, "Sparse widgets for '
                          'gadgets," in Proc. Int. Symp. Widgets (ISW), 2021, pp. 1-9.')
    assert cite.authors == ["Q. Lamb", "R. S. Otto", "T. Pike"]
    assert cite.title == "Sparse widgets for gadgets"


def test_year_label_and_caret_marks() -> None:
    cite = parse_citation("2019: Q. Lamb^∗, R. Otto^∗, and T. Pike. “Learning widgets from "
                          "weak labels.” In Widget Conference.")
    assert cite.year == "2019"
    assert cite.authors == ["Q. Lamb", "R. Otto", "T. Pike"]
    assert cite.co_first == ["Q. Lamb", "R. Otto"]


def test_full_names_set_apart_by_semicolons_then_a_colon_before_the_title() -> None:
    cite = parse_citation(
        "Roe, Jane; Doe, Juan Luis; Poe, Ada: Orbits.jl: A Library for Orbital Mechanics. "
        "In: Journal of Space Tools (2019).")
    assert cite.authors == ["Jane Roe", "Juan Luis Doe", "Ada Poe"]
    assert cite.title == "Orbits.jl: A Library for Orbital Mechanics"
    assert cite.venue == "Journal of Space Tools" and cite.year == "2019"


def test_volume_issue_pages_and_doi_after_commas_are_not_the_title() -> None:
    cite = parse_citation(
        "Roe J., Doe A. B., Sleep and memory in older adults, Journal of Sleep Studies, "
        "12, 3, 1-14, DOI: 10.1234/jss.2020.55")
    assert cite.authors == ["Roe J.", "Doe A. B."]  # as written
    assert cite.title == "Sleep and memory in older adults"
    assert cite.venue == "Journal of Sleep Studies"


def test_citations_listed_under_a_year_entry_are_one_a_bullet() -> None:
    lines = [
        Line(1, "2021", "2021", cells=("2021",), entry=True),
        Line(2, "- a", "Roe J., Doe A., Sleep and memory in older adults, Journal of Sleep "
             "Studies, 12, 3, 1-14", bullet=True),
        Line(3, "- b", "Poe K., Roe J., Dreams of the young, Journal of Sleep Studies, 11, 2",
             bullet=True),
    ]
    papers = extract_publications(lines, "cv.md")
    assert [p.title for p in papers] == [
        "Sleep and memory in older adults", "Dreams of the young"]
    assert papers[1].authors == ["Poe K.", "Roe J."]

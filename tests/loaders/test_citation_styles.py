"""One citation grammar read in the styles résumés cite in: APA, Harvard, Vancouver, MLA and
Chicago, German (slashes between names, a colon after the year, "in:"), with "et al." and
"u. a." cuts, self-marks and bracketed kinds.  Names and titles are invented."""

from __future__ import annotations

from support.records import lines_of

from talentgraph.loaders.fields.publications import extract_publications, parse_citation


def test_apa_with_a_starred_self_name() -> None:
    cite = parse_citation("Marlow, T.*, & Quenby, R. A. (2021). Slow drift in coastal sand. "
                          "Coastal Engineering, 5(2), 1-10.")
    assert cite.authors == ["T. Marlow", "R. A. Quenby"]
    assert (cite.title, cite.venue, cite.year) == (
        "Slow drift in coastal sand", "Coastal Engineering", "2021")


def test_apa_kind_in_brackets_is_not_part_of_the_title() -> None:
    thesis = parse_citation("Marlow, T. (2018). Slow drift in coastal sand (Doctoral "
                            "dissertation). University of Eastport.")
    assert (thesis.title, thesis.authors) == ("Slow drift in coastal sand", ["T. Marlow"])
    poster = parse_citation("Marlow, T., & Quenby, R. (2019, May). Tidal mixing on banks "
                            "[Poster presentation]. Annual Coastal Meeting, Eastport.")
    assert (poster.title, poster.year) == ("Tidal mixing on banks", "2019")


def test_harvard_title_in_single_quotes() -> None:
    cite = parse_citation("Marlow, T. and Quenby, R. (2020) 'Slow drift of the bay's sand', "
                          "Journal of Coastal Studies, 12(3), pp. 45–67.")
    assert cite.authors == ["T. Marlow", "R. Quenby"]
    assert (cite.title, cite.venue) == ("Slow drift of the bay's sand",
                                        "Journal of Coastal Studies")
    curly = parse_citation("Marlow, T. (2020) ‘Slow drift in coastal sand’, Coastal Letters.")
    assert curly.title == "Slow drift in coastal sand"


def test_vancouver_list_cut_by_et_al() -> None:
    cite = parse_citation("Marlow T, Quenby RA, Vasko L, et al. Slow drift in coastal sand. "
                          "Lancet. 2020;12:45-7.")
    assert cite.authors == ["T. Marlow", "R. A. Quenby", "L. Vasko"]
    assert (cite.title, cite.venue, cite.year) == ("Slow drift in coastal sand", "Lancet", "2020")


def test_mla_and_chicago_invert_only_the_first_name() -> None:
    mla = parse_citation('Marlow, Tessa, and Rowan Quenby. "Slow Drift in Coastal Sand." '
                         "Journal of Coastal Studies, vol. 12, no. 3, 2020, pp. 45-67.")
    assert mla.authors == ["Tessa Marlow", "Rowan Quenby"]
    assert (mla.title, mla.venue) == ("Slow Drift in Coastal Sand", "Journal of Coastal Studies")
    etal = parse_citation('Marlow, Tessa, et al. "Tidal Mixing on Banks." Coastal Letters, 2019.')
    assert etal.authors == ["Tessa Marlow"]
    chicago = parse_citation("Marlow, Tessa, Kira Orme, and Rowan Quenby. 2020. Slow Drift in "
                             "Coastal Sand. Journal of Coastal Studies 12 (3): 45–67.")
    assert chicago.authors == ["Tessa Marlow", "Kira Orme", "Rowan Quenby"]
    assert (chicago.title, chicago.year) == ("Slow Drift in Coastal Sand", "2020")


def test_given_first_names_are_not_read_as_an_inverted_list() -> None:
    cite = parse_citation('Tessa Marlow, Rowan Quenby, "Slow drift in coastal sand," '
                          "Coastal Letters, 2020.")
    assert cite.authors == ["Tessa Marlow", "Rowan Quenby"]


def test_german_slashes_colon_after_year_and_in_colon_venue() -> None:
    cite = parse_citation("Marlow, T./Quenby, R. (2020): Langsame Drift im Küstensand, in: "
                          "Zeitschrift für Küstenkunde 12 (3), S. 45–67.")
    assert cite.authors == ["T. Marlow", "R. Quenby"]
    assert (cite.title, cite.venue, cite.year) == (
        "Langsame Drift im Küstensand", "Zeitschrift für Küstenkunde", "2020")
    cut = parse_citation("Marlow, Tessa u. a. (2018): Wellen auf Riffplatten. In: Berichte "
                         "zur Meereskunde 8, S. 100–112.")
    assert (cut.authors, cut.title) == (["Tessa Marlow"], "Wellen auf Riffplatten")


def test_apa_names_without_the_bracketed_year_then_a_title() -> None:
    cite = parse_citation("2020 | Marlow, T., Quenby, R. A. Slow drift in coastal sand. "
                          "Coastal Letters 12, 45–67.")
    assert cite.authors == ["T. Marlow", "R. A. Quenby"]
    assert (cite.title, cite.year) == ("Slow drift in coastal sand", "2020")


def test_unmarked_citations_cut_where_lines_end_in_a_full_stop_are_rejoined() -> None:
    papers = extract_publications(lines_of(
        "T. Marlow, R. Quenby, and L. Vasko.\n"
        "Slow drift in coastal sand.\n"
        "Journal of Coastal Studies, 12(3):45–67, 2020.\n"
        "Orme, K., Tarrant, A. B., Ulm, C. D., Marlow, T., & Vasko, L.\n"
        "(2019). Tidal mixing on shallow banks. Estuarine Letters, 4, 1–9.\n"
        "K. Orme and T. Marlow, \"Wave setup on reef flats in storms,\" in Proc.\n"
        "Int. Conf. Coastal Eng., 2018, pp. 1–9.\n"), "cv.txt")
    assert [(p.title, p.authors) for p in papers] == [
        ("Slow drift in coastal sand", ["T. Marlow", "R. Quenby", "L. Vasko"]),
        ("Tidal mixing on shallow banks",
         ["K. Orme", "A. B. Tarrant", "C. D. Ulm", "T. Marlow", "L. Vasko"]),
        ("Wave setup on reef flats in storms", ["K. Orme", "T. Marlow"])]
    assert papers[2].venue == "Proc. Int. Conf. Coastal Eng"


def test_a_note_line_is_not_joined_to_the_citation_after_it() -> None:
    papers = extract_publications(lines_of(
        "Full list on my web page.\n"
        "Marlow, T., & Quenby, R. (2020). Slow drift in coastal sand. Coastal Letters, 3.\n"),
        "cv.txt")
    assert [(p.title, p.authors) for p in papers] == [
        ("Slow drift in coastal sand", ["T. Marlow", "R. Quenby"])]


def test_title_names_and_venue_each_on_a_line_of_their_own() -> None:
    papers = extract_publications(lines_of(
        "Slow drift in coastal sand\n"
        "Tessa Marlow, Rowan Quenby, Lena Vasko\n"
        "Journal of Coastal Studies, 2020\n"
        "\n"
        "Tidal mixing on shallow banks\n"
        "Kira Orme, Tessa Marlow\n"
        "Estuarine Letters, 2019\n"), "cv.txt")
    assert [(p.title, p.authors, p.venue, p.year) for p in papers] == [
        ("Slow drift in coastal sand", ["Tessa Marlow", "Rowan Quenby", "Lena Vasko"],
         "Journal of Coastal Studies", "2020"),
        ("Tidal mixing on shallow banks", ["Kira Orme", "Tessa Marlow"], "Estuarine Letters",
         "2019")]


def test_a_section_of_titles_alone_keeps_the_titles() -> None:
    papers = extract_publications(lines_of(
        "A Field Guide to Tidal Pools: Notes for\n"
        "Volunteer Wardens\n"), "cv.txt")
    assert [p.title for p in papers] == ["A Field Guide to Tidal Pools: Notes for Volunteer Wardens"]
    assert not extract_publications(lines_of("See my web page for the full list.\n"), "cv.txt")


def test_comma_separated_citation_with_numbers_after_the_venue() -> None:
    cite = parse_citation("Marlow T., Quenby R., Slow drift in the bay of Eastport, Coastal "
                          "Health Reports, 12, 3, 45-67, DOI: 10.1000/xyz.2020")
    assert (cite.title, cite.venue) == ("Slow drift in the bay of Eastport",
                                        "Coastal Health Reports")

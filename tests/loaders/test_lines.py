"""Line cleaning: markup goes, bullets/headings/bold/links are remembered."""

from __future__ import annotations

from support.records import lines_of

from talentgraph.loaders.segment.lines import (
    fragments,
    join_dangling,
    join_wrapped,
    to_lines,
)


def test_markdown_and_latex_leftovers_are_cleaned() -> None:
    bold, latex, link, heading = to_lines([
        "**MS. Computer Engineering | George Washington University**",
        "- $\\bullet\\,$  16 Spot bonus, Google",
        "co-authored [STARDUST](#) (IEEE CAL) and <https://example.org>",
        "### **Publications**",
    ])
    assert bold.bold and bold.text == "MS. Computer Engineering | George Washington University"
    assert latex.bullet and latex.text == "16 Spot bonus, Google"
    assert link.text == "co-authored STARDUST (IEEE CAL) and https://example.org"
    assert link.links == ("https://example.org",)
    assert heading.heading == 3 and heading.text == "Publications"


def test_escaped_star_and_money_survive() -> None:
    [authors, money] = to_lines(["Hao Wu\\*, Ann Lee", "cost reduction of **\\$20 million**"])
    assert authors.text == "Hao Wu*, Ann Lee"
    assert money.text == "cost reduction of $20 million"


def test_tabs_and_wide_gaps_become_separators() -> None:
    [line] = to_lines(["Globex Corporation        Seattle, WA\tRemote"])
    assert fragments(line.text) == ["Globex Corporation", "Seattle, WA", "Remote"]


def test_fragments_keep_date_ranges_whole() -> None:
    assert fragments("Ashburn, VA | Sep. 2025 – Present") == ["Ashburn, VA", "Sep. 2025 – Present"]
    assert fragments("a@b.com — San Francisco Bay Area — 765 - 413 (6089)") == [
        "a@b.com", "San Francisco Bay Area", "765 - 413 (6089)"]


def test_numbered_items_are_bullets_and_wrapped_bullets_join() -> None:
    lines = join_wrapped(lines_of(
        "1. Rebuilt the billing service with Kotlin; peak load during\n"
        "Black Friday 2021 with no errors.\n"
        "2. Wrote the on-call runbooks for all payment services."))
    assert [(line.bullet, line.text) for line in lines] == [
        (True, "Rebuilt the billing service with Kotlin; peak load during Black Friday 2021 "
               "with no errors."),
        (True, "Wrote the on-call runbooks for all payment services.")]


def test_hanging_text_after_a_dangling_word_is_joined() -> None:
    lines = join_dangling(to_lines(["2020 – present | Assistant, Widget Lab, Institute of",
                                    "    Gadgetry", "    Built widgets for the lab."]))
    assert [line.text for line in lines] == [
        "2020 – present | Assistant, Widget Lab, Institute of Gadgetry",
        "Built widgets for the lab."]


def test_pointer_links_leave_the_line_but_keep_their_target() -> None:
    entry, paper, named = to_lines([
        "**Harbour field station, Jun 2018 – Aug 2018 (intern)**[*-website link*](https://a.example)",
        "A study of tides. Ocean Letters, 2020. [pdf](https://b.example/p.pdf)",
        "Maintainer of [Tidekit](https://c.example)",
    ])
    assert entry.text == "Harbour field station, Jun 2018 – Aug 2018 (intern)"
    assert entry.bold and entry.links == ("https://a.example",)
    assert paper.text == "A study of tides. Ocean Letters, 2020."
    assert paper.links == ("https://b.example/p.pdf",)
    assert named.text == "Maintainer of Tidekit"  # a link naming something stays

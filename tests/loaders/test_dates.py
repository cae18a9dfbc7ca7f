"""Date grammar: the formats résumés use, and no exception on any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talentgraph.loaders.lexicon.dates import find_dates, parse_date, strip_dates


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("Sep. 2025 – Present", "2025-09", None, True),
        ("2023 - 2025", "2023", "2025", False),
        ("Oct 2021 - Present", "2021-10", None, True),
        ("August 2023 — Present", "2023-08", None, True),
        ("01/2024-Present", "2024-01", None, True),
        ("05/2025-08/2025", "2025-05", "2025-08", False),
        ("12/2019–09/2020", "2019-12", "2020-09", False),
        ("2019/03 – now", "2019-03", None, True),
        ("22/08/2019 t/m 24/10/2021", "2019-08", "2021-10", False),  # Dutch "tot en met"
        ("Sept 2017 - June 2021", "2017-09", "2021-06", False),
        ("Jan 2020 to date", "2020-01", None, True),
        # a day before the month, and the words some languages put between the parts
        ("30th Jul 2018 – 7th Sep 2018", "2018-07", "2018-09", False),
        ("agosto de 2021 - Present", "2021-08", None, True),
        ("1 de março de 2020 – atual", "2020-03", None, True),
        ("5. März 2020 – heute", "2020-03", None, True),
        ("1er mars 2019 - 15 juin 2020", "2019-03", "2020-06", False),
        # an arrow drawn with a dash
        ("2021 –> 2022", "2021", "2022", False),
        ("Agosto 2021 --> Presente", "2021-08", None, True),
        ("2019 => 2020", "2019", "2020", False),
    ],
)
def test_ranges(text: str, start: str, end: str | None, current: bool) -> None:
    [span] = find_dates(text)
    assert (span.start, span.end, span.current, span.is_range) == (start, end, current, True)


@pytest.mark.parametrize(
    ("token", "iso"),
    [("Summer 2014", "2014"), ("June 2010", "2010-06"), ("Spring '21", "2021"),
     ("2019.03", "2019-03"), ("Aug 5, 2020", "2020-08"), ("nonsense", None)],
)
def test_single_dates(token: str, iso: str | None) -> None:
    assert parse_date(token) == iso


def test_dates_inside_text_keep_their_offsets() -> None:
    text = "Washington, DC | Mar. 2024 – Sep. 2024"
    [span] = find_dates(text)
    assert text[span.begin:span.stop] == "Mar. 2024 – Sep. 2024"
    assert strip_dates(text) == "Washington, DC"


def test_a_dot_leader_to_the_dates_goes_with_them() -> None:
    assert strip_dates("Acme Corp ………………… 07/2025 - Present") == "Acme Corp"
    assert strip_dates("Acme Corp .......... 2019 - 2021") == "Acme Corp"


def test_identifiers_and_phone_numbers_are_not_dates() -> None:
    assert find_dates("patent CN111970571A") == []
    assert find_dates("765 - 413 (6089)") == []
    assert find_dates("from 98.0% to 99.9%") == []


def test_backwards_range_is_not_a_range() -> None:
    assert all(not s.is_range for s in find_dates("2020 - 2010"))


@given(st.text())
def test_find_dates_never_raises(text: str) -> None:
    for span in find_dates(text):
        assert 0 <= span.begin < span.stop <= len(text)
        assert span.start is not None
    strip_dates(text)


@given(st.from_regex(r"(?:Jan|Feb|Mar|Sep\.?|October) (?:19|20)\d\d", fullmatch=True))
def test_month_year_always_parses(token: str) -> None:
    iso = parse_date(token)
    assert iso is not None and len(iso) == 7


@pytest.mark.parametrize(("text", "start", "end"), [
    ("01/09/2017 – in corso", "2017-09", None),  # day first, as most of the world writes
    ("15/03/2014 - 28/02/2019", "2014-03", "2019-02"),
    ("09/21/2017 - 12/30/2018", "2017-09", "2018-12"),  # a day above 12: month first
])
def test_day_month_year_dates(text: str, start: str, end: str | None) -> None:
    (span,) = find_dates(text)
    assert (span.start, span.end) == (start, end)


def test_a_date_and_a_dash_before_the_next_column_is_open_ended() -> None:
    """``2017 – | Researcher``: a form's empty end field with the next cell after it."""
    [span] = find_dates("2017 – | Researcher, Institute of Soils")
    assert (span.start, span.end, span.current, span.is_range) == ("2017", None, True, True)


def test_to_date_is_open_ended() -> None:
    (span,) = find_dates("10/2020 – to date")
    assert span.current and span.end is None


def test_till_date_is_current() -> None:
    span = find_dates("June 2020 to till date")[0]
    assert span.start == "2020-06" and span.current

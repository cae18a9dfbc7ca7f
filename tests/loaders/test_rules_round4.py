"""One small made-up example per rule added for the fourth held-out corpus: headings
underlined with ``----``/``====`` (unknown ones end the section above), a Setext title as the
owner's name, numbered form-style entries (``1) Employer : …`` / ``Duration : … to till
date``), ``Degree - School`` lines, Dutch name particles, and occupations outside software
(``Estimator, Employer, City``) read as job titles."""

from __future__ import annotations

import hashlib

from talentgraph.loaders import Document, extract, to_json_resume
from talentgraph.loaders.lexicon.dates import find_dates
from talentgraph.loaders.lexicon.words import is_name_like
from talentgraph.loaders.segment.lines import to_lines
from talentgraph.loaders.segment.sections import split_sections


def _record(text: str, name: str = "cv.txt") -> dict:
    data = text.encode()
    return to_json_resume(extract(Document.from_text(
        name, name.rsplit(".", 1)[-1], hashlib.sha256(data).hexdigest(),
        tuple(text.splitlines()))))


_UNDERLINED = """\
Tomasz Wielgosz
tomasz.w@example.org

Work History (6 years)
----------------------
Estimator, Borealis Builders Ltd, Gdansk    2019 - 2023

Academic Record
===============
BSc Quantity Surveying, Gdansk University of Technology, 2015 - 2019

Hobbies and Pets
----------------
Sailing with my dog.
"""


def test_underlined_headings_open_sections() -> None:
    kinds = [(s.kind, s.title) for s in split_sections(to_lines(_UNDERLINED.splitlines()))]
    assert [k for k, _ in kinds] == ["preamble", "experience", "education", "other"]
    out = _record(_UNDERLINED)
    assert out["basics"]["name"] == "Tomasz Wielgosz"
    assert [w["position"] for w in out["work"]] == ["Estimator"]
    assert out["work"][0]["name"].startswith("Borealis Builders Ltd")
    assert out["education"][0]["institution"].startswith("Gdansk University of Technology")


def test_unknown_underlined_heading_ends_the_section_above() -> None:
    lines = to_lines(_UNDERLINED.splitlines())
    education = next(s for s in split_sections(lines) if s.kind == "education")
    assert not any("Sailing" in line.text for line in education.lines)


def test_a_dash_rule_after_a_paragraph_is_no_heading() -> None:
    text = ("Summary\nI build bridges and tunnels for city transport authorities across\n"
            "---\n")
    lines = to_lines(text.splitlines())
    assert not lines[1].underlined


def test_setext_title_is_the_owners_name() -> None:
    text = ("Joost van den Akker\n===================\n\n"
            "interior architect — utrecht\n\njoost@example.nl\n")
    assert _record(text, "cv.md")["basics"]["name"] == "Joost van den Akker"


def test_dutch_particles_in_names() -> None:
    assert is_name_like("Anouk van den Heuvel")
    assert is_name_like("Pieter van het Hof")


_FORM = """\
Priya Nair
priya.nair@example.com

EMPLOYMENT
1) Employer     : Lakeside Cement Works, Kochi
   Designation  : Quality Control Chemist
   Duration     : March 2019 to till date
   Project      : Kiln upgrade
     - Ran the XRF lab.

2) Employer     : Coastal Paints Pvt Ltd, Kollam
   Designation  : Lab Assistant
   Duration     : May 2016 to February 2019
     - Batch testing.
"""


def test_numbered_form_entries_with_padded_labels() -> None:
    work = _record(_FORM)["work"]
    assert [w["position"] for w in work] == ["Quality Control Chemist", "Lab Assistant"]
    assert work[0]["name"] == "Lakeside Cement Works"
    assert work[1]["name"].startswith("Coastal Paints")
    assert work[0]["startDate"] == "2019-03" and "endDate" not in work[0]
    assert work[1]["endDate"] == "2019-02"


def test_till_date_is_current() -> None:
    span = find_dates("June 2020 to till date")[0]
    assert span.start == "2020-06" and span.current


def test_degree_dash_school() -> None:
    text = ("Meera Iyer\nmeera@example.com\n\nEDUCATION\n"
            " * M.Sc. (Organic Chemistry) - Cochin University of Science and Technology, 2012\n")
    edu = _record(text)["education"]
    assert edu[0]["institution"].startswith("Cochin University of Science and Technology")
    assert edu[0]["studyType"].replace(".", "") == "MSc"

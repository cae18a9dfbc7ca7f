"""pypdf's layout mode with the faster ``TextStateParams`` methods: the very same text."""

from __future__ import annotations

import pytest
from pypdf._text_extraction._layout_mode._text_state_params import TextStateParams

from talentgraph.loaders.read import pdf_speedups
from talentgraph.loaders.read.pdf import read_pdf


def _pdf(font: str, size: float, char_spacing: float) -> bytes:
    """A résumé-like page: bold heading, columns of dates flush right, wrapped prose."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (a dev dependency) builds the PDFs")
    pdf = fpdf.FPDF(format="Letter", unit="pt")
    pdf.add_page()
    pdf.set_font(font, style="B", size=size + 4)
    pdf.cell(text="Émilie Dupont-Lefèvre")
    pdf.ln(size * 2)
    pdf.set_char_spacing(char_spacing)
    for title, dates in [("Senior Engineer, Acme (Paris)", "Jan 2019 - Present"),
                         ("Data Scientist, Globex", "2015 - 2018")]:
        pdf.set_font(font, style="B", size=size)
        pdf.cell(300, text=title)
        pdf.set_font(font, size=size)
        pdf.cell(200, text=dates, align="R")
        pdf.ln(size * 1.5)
        pdf.multi_cell(450, text="Built   the fraud-scoring pipeline in Go and C++; cut p99 "
                       "latency by 40% for 3 teams.  Wrote a tax rules engine.")
    return bytes(pdf.output())


CASES = [("Helvetica", 10, 0), ("Times", 11.5, 0.3), ("Courier", 9, 0)]


def test_installed_on_this_pypdf() -> None:
    assert pdf_speedups.install()
    assert TextStateParams.word_tx is pdf_speedups._word_tx
    assert TextStateParams.__post_init__ is pdf_speedups._post_init


def test_same_lines_with_and_without(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pdf_speedups.install()
    files = [(f"{font}.pdf", _pdf(font, size, spacing)) for font, size, spacing in CASES]
    fast = [read_pdf(path, data).lines for path, data in files]
    monkeypatch.setattr(TextStateParams, "word_tx", pdf_speedups._original)
    monkeypatch.setattr(TextStateParams, "__post_init__", pdf_speedups._original_init)
    plain = [read_pdf(path, data).lines for path, data in files]
    assert fast == plain
    assert all(any("Engineer" in line for line in lines) for lines in fast)

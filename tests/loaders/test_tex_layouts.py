"""LaTeX layouts without a résumé template: boxes in table rows, hand-made lists and
bibliographies.  Each document is invented; each test shows one rule of the reader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from support.blocks import view

from talentgraph.loaders import parse_file, to_json_resume
from talentgraph.loaders.read import read_document


def _write(tmp_path: Path, body: str, preamble: str = "") -> Path:
    path = tmp_path / "cv.tex"
    path.write_text(f"\\documentclass{{article}}\n{preamble}\n\\begin{{document}}\n{body}\n"
                    "\\end{document}\n", encoding="utf-8")
    return path


def _lines(tmp_path: Path, body: str, preamble: str = "") -> list[str]:
    return view(read_document(_write(tmp_path, body, preamble)).blocks)


def _record(tmp_path: Path, body: str, preamble: str = "") -> dict[str, Any]:
    return to_json_resume(parse_file(_write(tmp_path, body, preamble)))


_PARBOX_ROWS = r"""
\section{Experience}
\begin{longtable}{ll}
2019 - \textbf{present} & \parbox[t]{0.8\textwidth}{%
\textbf{Research Engineer}\hfill{\footnotesize Northwind Robotics}\newline
  Lyon, France\par%
  \begin{minipage}{0.7\textwidth}%
\begin{itemize}%
\item built the test bench%
\end{itemize}%
\end{minipage}}\\
2015 - 2019 & \parbox[t]{0.8\textwidth}{%
\textbf{Software Developer}\hfill{\footnotesize Bluefield Systems}\newline
  Nantes, France\par%
  \begin{minipage}{0.7\textwidth}%
\begin{itemize}%
\item wrote the billing service%
\end{itemize}%
\end{minipage}}\\
\end{longtable}
"""


def test_a_parbox_cell_is_read_in_place_without_its_width(tmp_path: Path) -> None:
    lines = _lines(tmp_path, _PARBOX_ROWS)
    assert "2019 - **present** | **Research Engineer** | Northwind Robotics" in lines
    assert "- built the test bench" in lines
    assert not any("0.8" in line for line in lines)
    work = _record(tmp_path, _PARBOX_ROWS)["work"]
    assert [(w["name"], w["position"], w.get("startDate"), w.get("endDate"))
            for w in work] == [("Northwind Robotics", "Research Engineer", "2019", None),
                               ("Bluefield Systems", "Software Developer", "2015", "2019")]


def test_an_inline_box_keeps_its_text_only(tmp_path: Path) -> None:
    lines = _lines(tmp_path, "\\section{Skills}\n"
                             "\\parbox{3cm}{Rust} \\raisebox{-1pt}{Go} \\makebox[2cm][l]{Java}")
    assert lines[-1] == "Rust Go Java"


_HAND_CITATIONS = r"""
\section{Education}
Harbor College, 2012
\section{Publications}
{\bf Marlow, T.}, \& Quist, R. (in prep). Counting sheep in the dark.\medskip \\
Quist, R., {\bf Marlow, T.}, \& Ebbing, L. (2019). How owls read maps. {\sl Journal of
Night Studies, 4}, 12-20. \medskip \\
Ebbing, L., \& {\bf Marlow, T.} (2017). A field guide to quiet. {\sl Silence Letters, 2}, 1-9. \\
"""


def test_a_hand_publication_list_gives_one_citation_per_line(tmp_path: Path) -> None:
    bullets = [ln for ln in _lines(tmp_path, _HAND_CITATIONS) if ln.startswith("- ")]
    assert [b.split(" (")[0] for b in bullets] == [
        "- Marlow, T., & Quist, R.", "- Quist, R., Marlow, T., & Ebbing, L.",
        "- Ebbing, L., & Marlow, T."]
    papers = _record(tmp_path, _HAND_CITATIONS)["publications"]
    assert [p["name"] for p in papers] == ["Counting sheep in the dark", "How owls read maps",
                                           "A field guide to quiet"]


def test_a_citation_wrapped_over_lines_stays_one(tmp_path: Path) -> None:
    bullets = [ln for ln in _lines(tmp_path, "\\section{Skills}\nGo\n\\section{Publications}\n"
                                             "\\textbf{A study of quiet rooms.} \\\\\n"
                                             "Ebbing, L., and Marlow, T. \\\\\n"
                                             "Silence Letters, 2017.\n")
               if ln.startswith("- ")]
    assert bullets == ["- A study of quiet rooms. Ebbing, L., and Marlow, T. "
                       "Silence Letters, 2017."]


_NESTED_BIBLIOGRAPHIES = r"""
\section{Education}
Harbor College, 2012
\section{Research output}
\subsection{Publications}
\subsubsection{Published}
\begin{thebibliography}{9}
\bibitem{a} Marlow, T., \& Quist, R. (2019). How owls read maps. Night Studies, 4, 12-20.
\end{thebibliography}
\subsection{Software packages}
\begin{itemize}
\item \textbf{owlmap} (maintainer) | maps owl flights
\end{itemize}
\subsection{Blog posts}
\begin{thebibliography}{9}
\bibitem{b} Marlow, T. (2021, May 2). Ten tips for night walks. Retrieved from a blog.
\end{thebibliography}
"""


def test_a_bibliography_under_a_publications_heading_gets_no_heading_of_its_own(
        tmp_path: Path) -> None:
    lines = _lines(tmp_path, _NESTED_BIBLIOGRAPHIES)
    assert [ln for ln in lines if ln.startswith("#")][1:] == [
        "## Research output", "### Publications", "#### Published", "### Software packages",
        "### Blog posts"]


def test_packages_and_blog_posts_are_not_publications(tmp_path: Path) -> None:
    papers = _record(tmp_path, _NESTED_BIBLIOGRAPHIES)["publications"]
    assert [p["name"] for p in papers] == ["How owls read maps"]


def test_macros_expand_through_bodies_after_an_environment_definition(tmp_path: Path) -> None:
    from talentgraph.loaders.read.tex.source import collect_macros, expand_macros

    preamble = ("\\makeatletter\\def\\@where{Lyon}\\makeatother\n"
                "\\newenvironment{refs}[1]{\\begin{list}{}{\\setlength{\\itemsep}{0pt}}}"
                "{\\end{list}}\n"
                "\\newcommand{\\place}[1]{\\textit{#1}}\n"
                "\\newcommand{\\where}[1]{\\place{#1}, \\@where}\n")
    text, macros = collect_macros(preamble + "\\begin{document}\\where{Nantes}\\end{document}")
    assert "newenvironment" not in text
    assert expand_macros(text, macros, frozenset(), []).endswith(
        "\\begin{document}\\textit{Nantes}, \\@where \\end{document}")
    lines = _lines(tmp_path, "\\section{Experience}\n\\textbf{Engineer} \\hfill \\where{Nantes}",
                   preamble)
    assert lines[-1].startswith("**Engineer** | Nantes")


_USER_JOB_MACRO = r"""
\section*{Experience}
\cvjob{Senior Data Engineer}{Northwind Logistics}{Mar 2020 -- Present}{Denver, CO}{
\begin{itemize}\item Built the pipelines\end{itemize}}
\cvjob{Data Analyst}{Bluefield Bank}{Jun 2016 -- Feb 2020}{Boulder, CO}{}
"""
_JOB_MACRO_DEFINITION = (
    "\\newcommand{\\cvjob}[5]{\\textbf{#1} \\hfill #3 \\\\ \\textit{#2} \\hfill #4 \\\\ #5}")


def test_a_user_entry_macro_keeps_its_list_argument_as_the_description(tmp_path: Path) -> None:
    lines = _lines(tmp_path, _USER_JOB_MACRO, _JOB_MACRO_DEFINITION)
    assert lines[1:4] == [
        "ENTRY Senior Data Engineer | Northwind Logistics | Mar 2020 – Present | Denver, CO "
        "[title,org,date,place]", "- Built the pipelines",
        "ENTRY Data Analyst | Bluefield Bank | Jun 2016 – Feb 2020 | Boulder, CO "
        "[title,org,date,place]"]
    work = _record(tmp_path, _USER_JOB_MACRO, _JOB_MACRO_DEFINITION)["work"]
    assert [(w["name"], w["position"], w.get("location")) for w in work] == [
        ("Northwind Logistics", "Senior Data Engineer", "Denver, CO"),
        ("Bluefield Bank", "Data Analyst", "Boulder, CO")]


_TWO_VERSIONS = r"""
\section{Education}
Harbor College, 2012
\section{Journal Articles}
Marlow, T., \& Quist, R. (2011). How owls read maps. Night Studies, 4, 12-20. \\
\section{Conference Proceedings}
Marlow, T., \& Quist, R. (2010). How owls read maps. In Proceedings of the Dusk Meeting. \\
Marlow, T., \& Quist, R. (2011). How owls read maps. Night Studies, 4, 12-20. \\
"""


def test_a_paper_listed_again_in_another_year_is_another_version(tmp_path: Path) -> None:
    papers = _record(tmp_path, _TWO_VERSIONS)["publications"]
    assert [(p["name"], p["releaseDate"]) for p in papers] == [
        ("How owls read maps", "2011"), ("How owls read maps", "2010")]


_LABELLED_ITEMS = r"""
\section{Experience}
\textbf{Acme Labs} \hfill Lyon, France \\
\textit{Research Scientist} \hfill 2019 -- 2023
\section{Selected Publications}
\begin{itemize}
\item[2022] \textbf{I. Vidal}, P. Moreau. \emph{Counting birds with radar}. Ecology Notes, 12:1--9.
\end{itemize}
\subsection*{Preprints}
\begin{enumerate}
\item Vidal, I. and Moreau, P. ``Radar clutter removal.'' arXiv:2101.00001, 2021.
\end{enumerate}
"""


def test_a_year_as_an_item_label_is_a_field_of_its_own(tmp_path: Path) -> None:
    assert "- 2022 | I. Vidal, P. Moreau. Counting birds with radar. Ecology Notes, 12:1–9." in (
        _lines(tmp_path, _LABELLED_ITEMS))
    papers = _record(tmp_path, _LABELLED_ITEMS)["publications"]
    assert [(p["name"], p["releaseDate"], p["authors"]) for p in papers] == [
        ("Counting birds with radar", "2022", ["I. Vidal", "P. Moreau"]),
        ("Radar clutter removal", "2021", ["I. Vidal", "P. Moreau"])]


def test_a_description_list_term_names_its_skill_group(tmp_path: Path) -> None:
    body = ("\\section{Skills}\n\\begin{description}\n\\item[Languages] Python, Go\n"
            "\\item[Tools:] Docker, Git\n\\end{description}")
    assert _lines(tmp_path, body)[-2:] == ["- Languages: Python, Go", "- Tools: Docker, Git"]
    skills = _record(tmp_path, body)["skills"]
    assert [(s["name"], s["keywords"]) for s in skills] == [
        ("Languages", ["Python", "Go"]), ("Tools", ["Docker", "Git"])]


def test_a_labelled_note_under_an_entry_opens_no_section(tmp_path: Path) -> None:
    body = ("\\section{Formation}\n"
            "\\cventry{2016--2019}{Doctorat en biologie}{Université de Nantes}{}{}"
            "{Thèse : les hiboux de la côte.}\n"
            "\\cventry{2014--2016}{Master Écologie}{Université de Brest}{}{}{}\n")
    schools = [e["institution"] for e in _record(tmp_path, body)["education"]]
    assert schools == ["Université de Nantes", "Université de Brest"]

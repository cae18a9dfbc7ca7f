"""LaTeX résumés written with classes and macros the reader has no table for: declarations
made as definitions, section macros without arguments, entry environments, skill groups, a
template macro redefined.  Each document is invented; each test shows one rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from support.blocks import view

from talentgraph.loaders import parse_file, to_json_resume
from talentgraph.loaders.read import read_document


def _write(tmp_path: Path, body: str, preamble: str = "", cls: str = "article") -> Path:
    path = tmp_path / "cv.tex"
    path.write_text(f"\\documentclass{{{cls}}}\n{preamble}\n\\begin{{document}}\n{body}\n"
                    "\\end{document}\n", encoding="utf-8")
    return path


def _lines(tmp_path: Path, body: str, preamble: str = "", cls: str = "article") -> list[str]:
    return view(read_document(_write(tmp_path, body, preamble, cls)).blocks)


def _record(tmp_path: Path, body: str, preamble: str = "", cls: str = "article"
            ) -> dict[str, Any]:
    return to_json_resume(parse_file(_write(tmp_path, body, preamble, cls)))


_OWN_CLASS = r"""
\begin{header}
  \begin{contact}[vcard=false]
    \addinfo{Mail}{\email}
  \end{contact}
\end{header}
\begin{body}
  \experience
    \begin{entry}
      {2018 - 2021}{Lead frontend developer}{Lyon}
      {Quillfeather}
      Rebuilt the booking pages\\
    \end{entry}
    \begin{entry}
      {2015 - 2018}{Developer in a design studio}{Nantes}
      {Bluefield Studios}
      Wrote the render farm scheduler\\
    \end{entry}
  \education
    \begin{entry}
      {2011 - 2015}{Master of Science in Physics}{Rennes}
      {University of Westmarch}
    \end{entry}
\end{body}
"""
_OWN_DECLARATIONS = (
    "\\renewcommand{\\firstname}{Maelle}\n\\renewcommand{\\lastname}{Oriol}\n"
    "\\renewcommand{\\email}{maelle.oriol@example.org}\n"
    "\\renewcommand{\\profession}{Frontend developer}\n")


def test_declarations_made_as_definitions_give_the_owner(tmp_path: Path) -> None:
    lines = _lines(tmp_path, _OWN_CLASS, _OWN_DECLARATIONS, cls="ownclass")
    assert lines[:2] == ["# Maelle Oriol", "Frontend developer"]
    assert "maelle.oriol@example.org" in lines[2]
    assert "vcard" not in " ".join(lines)  # an environment's option is no text
    basics = _record(tmp_path, _OWN_CLASS, _OWN_DECLARATIONS, cls="ownclass")["basics"]
    assert (basics["name"], basics["email"]) == ("Maelle Oriol", "maelle.oriol@example.org")


def test_a_class_section_macro_without_arguments_is_a_heading(tmp_path: Path) -> None:
    lines = _lines(tmp_path, _OWN_CLASS, _OWN_DECLARATIONS, cls="ownclass")
    assert "## Experience" in lines and "## Education" in lines
    # a macro of heading words inside a sentence is no heading
    inline = _lines(tmp_path, "\\section{Skills}\nTen years of \\experience in retail.\n")
    assert inline == ["## Skills", "Ten years of in retail."]


def test_an_entry_environment_is_judged_by_its_columns(tmp_path: Path) -> None:
    """One call cannot tell the town from the employer ({Lyon}{Quillfeather}); the column
    holding "Studios" and "University" is the organizations'."""
    lines = _lines(tmp_path, _OWN_CLASS, _OWN_DECLARATIONS, cls="ownclass")
    assert "ENTRY 2018 - 2021 | Lead frontend developer | Lyon | Quillfeather "\
           "[date,title,,org]" in lines
    assert "Rebuilt the booking pages" in lines
    record = _record(tmp_path, _OWN_CLASS, _OWN_DECLARATIONS, cls="ownclass")
    assert [(w["name"], w["position"], w["startDate"]) for w in record["work"]] == [
        ("Quillfeather", "Lead frontend developer", "2018"),
        ("Bluefield Studios", "Developer in a design studio", "2015")]
    assert [e["institution"] for e in record["education"]] == ["University of Westmarch"]


_SKILL_GROUPS = r"""
\section{Skills}
\begin{skillgroup}{Languages}
  \skill{Rust}{3}
  \skill{Python}{2}
\end{skillgroup}
\begin{skillgroup}{Web}
  \skill{HTML}{4}
  \skill{React}{4}
\end{skillgroup}
\section{About}
\addinfo{Age:}{32}
\addinfo{Languages:}{French, English}
"""


def test_a_labelled_group_of_rated_skills_is_one_labelled_line(tmp_path: Path) -> None:
    lines = _lines(tmp_path, _SKILL_GROUPS)
    assert lines[1:3] == ["**Languages:** Rust, Python", "**Web:** HTML, React"]
    # calls one under the other are lines one under the other; an age is no rating
    assert lines[-2:] == ["Age: | 32", "Languages: | French, English"]
    skills = _record(tmp_path, _SKILL_GROUPS)["skills"]
    assert [s["keywords"] for s in skills if s["name"] != "Mentioned"][:2] == [
        ["Rust", "Python"], ["HTML", "React"]]


_REDEFINED = r"""
\section{Experience}
\resumeSubheading{Harborline Logistics}{Jun 2021 -- Present}{Software Engineer}
\resumeSubheading{Kestrel Analytics}{Jan 2019 -- May 2021}{Data Analyst}
"""
_THREE_ARGUMENTS = "\\newcommand{\\resumeSubheading}[3]{\\textbf{#1} \\hfill #2 \\\\ #3}\n"


def test_a_template_macro_redefined_with_other_arguments_is_read_by_content(
        tmp_path: Path) -> None:
    """Jake's \\resumeSubheading takes four arguments; an author's three-argument one
    (employer, dates, title) is not read through the four-argument map."""
    lines = _lines(tmp_path, _REDEFINED, _THREE_ARGUMENTS)
    assert lines[1] == ("ENTRY Harborline Logistics | Jun 2021 – Present | Software Engineer "
                        "[org,date,title]")
    work = _record(tmp_path, _REDEFINED, _THREE_ARGUMENTS)["work"]
    assert [(w["name"], w["position"], w["startDate"]) for w in work] == [
        ("Harborline Logistics", "Software Engineer", "2021-06"),
        ("Kestrel Analytics", "Data Analyst", "2019-01")]


_SUBSECTION_TITLES = r"""
\section{Experience}
\subsection{Flight Dynamics Engineer}
\cvline{3.2019~--~8.2021}{Orbitwise Systems GmbH
  \begin{itemize}
    \item Built the orbit determination chain
  \end{itemize}
}
\subsection{Software Developer}
\cvline{1.2016~--~2.2019}{Kestrel Analytics GmbH}
\section{Education}
\subsection{Master of Science in Aerospace Engineering}
\cvline{10.2013~--~12.2015}{Technical University of Westmarch}
\cvline{12.2015}{Thesis~--~\emph{A study of low-thrust transfers between the moons of a planet
  far away} \newline Advisor: Prof. Quist}
"""


def test_a_dated_line_under_a_subsection_is_an_entry_titled_by_it(tmp_path: Path) -> None:
    """moderncv written as \\subsection{Title} over \\cvline{dates}{Employer + list}."""
    lines = _lines(tmp_path, _SUBSECTION_TITLES, cls="moderncv")
    assert lines[1:3] == [
        "ENTRY Flight Dynamics Engineer | 3.2019 – 8.2021 | Orbitwise Systems GmbH "
        "[title,date,org]", "- Built the orbit determination chain"]
    # the thesis line under the degree is prose, not another entry
    assert lines[-1].startswith("12.2015 | Thesis – A study")
    record = _record(tmp_path, _SUBSECTION_TITLES, cls="moderncv")
    assert [(w["name"], w["position"], w["startDate"], w["endDate"])
            for w in record["work"]] == [
        ("Orbitwise Systems", "Flight Dynamics Engineer", "2019-03", "2021-08"),
        ("Kestrel Analytics", "Software Developer", "2016-01", "2019-02")]
    assert [(e["institution"], e["endDate"]) for e in record["education"]] == [
        ("Technical University of Westmarch", "2015-12")]


def test_prefixed_declarations_name_the_owner(tmp_path: Path) -> None:
    preamble = ("\\cvname{Tomas Quist}\n\\cvjobtitle{Harbour Engineer}\n"
                "\\cvnumberphone{+44 7700 900123}\n\\cvmail{tomas@example.org}\n"
                "\\cvlinkedin{https://linkedin.com/in/tquist}\n")
    lines = _lines(tmp_path, "\\section{Skills}\nQuay design\n", preamble)
    assert lines[:2] == ["# Tomas Quist", "Harbour Engineer"]
    # a full address is kept as written, not made a handle of itself
    assert lines[2].split(" • ") == ["+44 7700 900123", "tomas@example.org",
                                     "https://linkedin.com/in/tquist"]


_LOGO_TABLE = r"""
\section{Experience}
\begin{tabular}{p{0.15\textwidth} p{0.6\textwidth} p{0.2\textwidth}}
2019 -

Present & \textbf{Harbour Engineer}, \textit{Quays \& Locks}
\begin{itemize}
\item Designed a lock gate
\end{itemize}
& \href{https://www.northwindmarine.com/ports/}{\includegraphics[width=0.9\linewidth]{logos/nw.png}}\\
2014-2019 & \textbf{Research Engineer}, \textit{Coastal Group}
\begin{itemize}
\item Modelled waves
\end{itemize}
& \href{http://www.bluefieldlabs.co.uk}{\includegraphics[width = 0.9\linewidth]{logos/bf.jpg}}\\
\end{tabular}
\section{Education}
\begin{tabular}{p{0.15\textwidth} p{0.6\textwidth} p{0.2\textwidth}}
2014 & \textbf{Doctor of Engineering} in \href{http://example.org/thesis.pdf}{Wave loads}

Field work on three harbours.
\begin{itemize}
\item Best thesis prize
\end{itemize}
& \href{https://www.westmarch.ac.uk}{\includegraphics{logos/wm.png}}\\
\end{tabular}
"""


def test_a_table_row_holding_a_list_is_an_entry_and_a_linked_logo_names_its_org(
        tmp_path: Path) -> None:
    """Cells are the fields (a date set over two lines is one), what follows a cell's first
    line is description, and a logo linked to a site names the organization by the site."""
    lines = _lines(tmp_path, _LOGO_TABLE)
    assert lines[1:3] == ["ENTRY 2019 - Present | Harbour Engineer, Quays & Locks | "
                          "Northwindmarine [date,title,org]", "- Designed a lock gate"]
    assert "ENTRY 2014-2019 | Research Engineer, Coastal Group | Bluefieldlabs "\
           "[date,title,org]" in lines
    assert lines[-3:] == ["ENTRY 2014 | Doctor of Engineering in Wave loads | Westmarch "
                          "[date,title,org]", "Field work on three harbours.",
                          "- Best thesis prize"]
    assert not any("linewidth" in line or "logos/" in line for line in lines)
    record = _record(tmp_path, _LOGO_TABLE)
    assert [(w["name"], w["startDate"]) for w in record["work"]] == [
        ("Northwindmarine", "2019"), ("Bluefieldlabs", "2014")]
    assert [(e["institution"], e["endDate"]) for e in record["education"]] == [
        ("Westmarch", "2014")]


def test_includegraphics_is_no_inclusion_of_a_file(tmp_path: Path) -> None:
    """``\\include`` ends where its letters do: ``\\includegraphics[width=...]{x}`` once read
    as including a file named ``graphics[width``, leaving its size and path as text."""
    lines = _lines(tmp_path, "\\section{Experience}\n2019 -- 2021 Engineer at Acme "
                   "\\includegraphics[width = 0.5\\linewidth]{logos/acme.png}\n")
    assert lines == ["## Experience", "2019 – 2021 Engineer at Acme"]

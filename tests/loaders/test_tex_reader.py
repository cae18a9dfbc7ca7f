"""LaTeX résumés (issue 9): templates, user macros, inputs, publications, non-résumés."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support.blocks import view

from talentgraph.loaders.errors import InputError
from talentgraph.loaders.read import read_document

FIXTURES = Path(__file__).parent / "fixtures"




def _lines(name: str) -> list[str]:
    return view(read_document(FIXTURES / name).blocks)


def _after(lines: list[str], line: str, count: int) -> list[str]:
    at = lines.index(line)
    return lines[at + 1 : at + 1 + count]


def _tex(tmp_path: Path, body: str, preamble: str = "") -> list[str]:
    path = tmp_path / "cv.tex"
    path.write_text(f"\\documentclass{{article}}\n{preamble}\n\\begin{{document}}\n{body}\n"
                    "\\end{document}\n", encoding="utf-8")
    return view(read_document(path).blocks)


def test_jakes_template() -> None:
    lines = _lines("tex_jake.tex")
    assert lines[:2] == ["# Jake Ryan", "123-456-7890 • jake@su.edu • "
                         "[linkedin.com/in/jake](https://linkedin.com/in/jake) • "
                         "[github.com/jake](https://github.com/jake)"]
    assert _after(lines, "## Education", 1) == [
        "ENTRY Southwestern University | Georgetown, TX | Bachelor of Arts in Computer Science, "
        "Minor in Business | Aug. 2018 – May 2021 [org,place,title,date]"]
    assert _after(lines, "## Experience", 3) == [
        "ENTRY Texas A&M University | College Station, TX | Undergraduate Research Assistant | "
        "June 2020 – Present [org,place,title,date]",
        "- Developed a REST API using FastAPI and PostgreSQL to store data from learning "
        "management systems",
        "- Explored ways to visualize GitHub collaboration in a classroom setting"]
    assert _after(lines, "- Communicate with managers to set up campus computers used on campus",
                  1) == ["ENTRY Lab Assistant | 2019 – 2020 | Southwestern University | "
                         "Georgetown, TX [title,date,org,place]"]
    assert _after(lines, "## Projects", 3) == [
        "**Gitlytics**", "June 2020 – Present",
        "Technologies: Python, Flask, React, PostgreSQL, Docker"]
    assert _after(lines, "## Technical Skills", 2) == [
        "**Languages:** Java, Python, C/C++, SQL (Postgres), JavaScript, HTML/CSS, R",
        "**Frameworks:** React, Node.js, Flask, JUnit, WordPress, Material-UI, FastAPI"]


def test_moderncv() -> None:
    lines = _lines("tex_moderncv.tex")
    assert lines[0] == "# Hélène Dupont"
    contact = lines[2]
    for part in ("helene.dupont@example.org", "+33 6 12 34 56 78", "linkedin.com/in/helenedupont",
                 "github.com/hdupont"):
        assert part in contact.split(" • ")
    assert _after(lines, "## Education", 2) == [
        "ENTRY 2014–2017 | Ph.D. in Computer Science | Université Paris-Saclay | Orsay, France "
        "[date,title,org,place]", "Summa cum laude"]
    assert _after(lines, "### Vocational", 3) == [
        "ENTRY 2017–Present | Senior Research Engineer | INRIA | Grenoble, France "
        "[date,title,org,place]",
        "- Designed a Byzantine fault-tolerant storage layer in Rust",
        "- Mentored three Ph.D. students"]
    assert any("Zürich, Switzerland" in line and "Summer 2016" in line for line in lines)
    assert "**English:** Fluent (TOEFL 115)" in lines
    assert _after(lines, "## Computer skills", 3) == [
        "**Languages:** Rust, OCaml, C++, Python", "**Tools:** Git, Docker",
        "**Systems:** Linux, FreeBSD"]
    assert _after(lines, "## Interests", 2) == ["- Mountaineering", "- Chess & Go"]


def test_awesome_cv() -> None:
    lines = _lines("tex_awesome.tex")
    assert lines[0] == "# Claud D. Park"
    assert "posquit0.bj@gmail.com" in lines[2].split(" • ")
    assert _after(lines, "## Work Experience", 1) == [
        "ENTRY Software Architect | Omnious. Co., Ltd. | Seoul, S.Korea | Jun. 2017 - May. 2018 "
        "[title,org,place,date]"]
    assert any(line.startswith("ENTRY Co-founder & Software Engineer | Kasa |")
               for line in lines)
    assert _after(lines, "## Education", 1) == [
        "ENTRY B.S. in Computer Science and Engineering | POSTECH(Pohang University of Science "
        "and Technology) | Pohang, S.Korea | Mar. 2008 - Aug. 2017 [title,org,place,date]"]
    assert _after(lines, "## Honors & Awards", 2) == [
        "- Finalist, DEFCON 25th CTF Hacking Competition World Final, 2017",
        "- 3rd Place, WITHCON Hacking Competition Final, 2015"]
    assert "**Programming:** Node.js, Python, C++, Java, Shell script" in lines
    assert not any("[C]" in line or "\\" in line for line in lines)


def test_custom_macros_inputs_and_publications(tmp_path: Path) -> None:
    (tmp_path / "cv").mkdir()
    for name in ("tex_custom.tex", "tex_custom_pubs.tex"):
        shutil.copy(FIXTURES / name, tmp_path / "cv" / name)
    (tmp_path / "read_outside.tex").write_text("\\section{Leaked} SECRET", encoding="utf-8")
    lines = view(read_document(tmp_path / "cv" / "tex_custom.tex").blocks)
    assert lines[:2] == ["# Renée O'Hara", "renee@ohara.dev • +1 (617) 555-0199 • "
                         "[github.com/rohara](https://github.com/rohara) • Cambridge, MA"]
    assert _after(lines, "## Experience", 3) == [
        "ENTRY Acme Robotics Inc. | Cambridge, MA | Staff Software Engineer | Jan 2020 – Present "
        "[org,place,title,date]",
        "- Led the motion-planning team; shipped C++ planners 3× faster.",
        "- Cut cloud costs by 50%."]
    assert _after(lines, "## Education", 1) == [
        "ENTRY Massachusetts Institute of Technology | Cambridge, MA | S.M. in EECS | 2014 – 2016 "
        "[org,place,title,date]"]
    assert _after(lines, "## Skills", 2) == ["**Languages:** Python, C++, Rust",
                                             "**Tools:** git, Docker, Bazel"]
    assert _after(lines, "## Publications", 3) == [
        "- A. Smith*, R. O'Hara*, and B. Jones. Fast Planning in Tight Spaces. In Proc. of ICML, "
        "2019.",
        "- R. O'Hara, C. Lee. Learning to Grasp. In ICRA, 2017.",
        "- R. O'Hara and D. Kim. Robots at Scale. Journal of Field Robotics, 2021."]
    assert not any("SECRET" in line or "Leaked" in line for line in lines)


def test_unknown_entry_macro_is_read_by_argument_shapes(tmp_path: Path) -> None:
    lines = _tex(tmp_path, "\\section{Experience}\n"
                 "\\datedjob{Senior Engineer}{2018 -- 2020}{Globex Corporation}{Springfield, IL}\n"
                 "\\weirdthing{just}{text}")
    assert lines[1:3] == ["ENTRY Senior Engineer | 2018 – 2020 | Globex Corporation | "
                          "Springfield, IL [title,date,org,place]", "just | text"]  # two fields: cells


def test_section_like_environment_and_description_list(tmp_path: Path) -> None:
    lines = _tex(tmp_path, "\\begin{rSection}{Technical Skills}\n"
                 "\\begin{description}\\item[Languages:] C, Haskell\\end{description}\n"
                 "\\end{rSection}")
    assert lines == ["## Technical Skills", "- Languages: C, Haskell"]


def test_bibliography_without_section_gets_one(tmp_path: Path) -> None:
    lines = _tex(tmp_path, "\\section{Education}\\textbf{MIT} \\hfill 2010\n"
                 "\\begin{thebibliography}{9}\\bibitem{a} \\textbf{J. Doe} and A. Roe. "
                 "Title. In \\emph{Venue} '09.\\end{thebibliography}")
    assert lines[-2:] == ["## Publications", "- J. Doe and A. Roe. Title. In Venue 2009."]


def test_recursive_and_unknown_macros_do_not_hang_or_crash(tmp_path: Path) -> None:
    lines = _tex(tmp_path, "\\section{Experience}\\loop \\grow{x} \\frobnicate[3]{a}{b} "
                 "\\mysterious", preamble="\\def\\loop{\\loop\\loop}\n"
                 "\\newcommand{\\grow}[1]{\\grow{#1#1}}")
    assert lines[0] == "## Experience"


def test_accents_escapes_and_dashes(tmp_path: Path) -> None:
    lines = _tex(tmp_path, "\\section{Skills}\nGr\\\"obner, na\\\"{\\i}ve, \\'Ecole, 10\\% \\& "
                 "\\$5, 2019--2020, a---b, Dr.~No \\href{https://x.org}{site} \\url{https://y.org}")
    assert lines[1] == ("Gröbner, naïve, École, 10% & $5, 2019–2020, a—b, Dr. No "
                        "[site](https://x.org) https://y.org")


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ((FIXTURES / "tex_paper.tex").read_text(encoding="utf-8"), "not a résumé: no résumé"),
        ("\\documentclass{article}\\begin{document}\\end{document}", "not a résumé"),
        ("\\documentclass{article}\\begin{document}% only a comment\n\\end{document}",
         "not a résumé"),
    ],
    ids=["math-paper", "empty", "comment-only"],
)
def test_not_a_resume(tmp_path: Path, source: str, reason: str) -> None:
    path = tmp_path / "paper.tex"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(InputError, match=reason):
        read_document(path)


def test_same_resume_extracts_the_same_records() -> None:
    from talentgraph.loaders.extract import extract

    tex = extract(read_document(FIXTURES / "tex_same.tex"))
    md = extract(read_document(FIXTURES / "tex_same.md"))

    def facts(resume: object) -> dict[str, object]:
        return {
            "name": resume.contact.name,
            "positions": [(p.employer, p.title, p.start, p.end, p.current)
                          for p in resume.positions],
            "education": [(e.school, e.degree, e.start, e.end) for e in resume.education],
            "skills": sorted((s.name, s.category) for s in resume.skills),
            "publications": [(p.title, p.venue, p.year, p.authors, p.co_first_authors)
                             for p in resume.publications],
        }

    assert facts(tex) == facts(md)
    assert [p.employer for p in tex.positions] == ["Stripe", "Lyft"]
    assert [e.school for e in tex.education] == ["Stanford University", "University of Washington"]
    assert len(tex.publications) == 2


def test_deedy_namesection_and_a_redefined_name_macro(tmp_path: Path) -> None:
    assert _tex(tmp_path, "\\namesection{Ines}{Vidal}{ines@example.org}\n"
                "\\section{Experience}\nx")[0] == "# Ines Vidal"
    lines = _tex(tmp_path, "\\section{Experience}\nx",
                 preamble="\\def\\name#1{\\def\\@name{#1}}\n\\name{Ines Vidal}")
    assert lines[0] == "# Ines Vidal"


def test_plain_tex_spacing_and_rules_are_not_printed(tmp_path: Path) -> None:
    lines = _tex(tmp_path, "\\moveleft.5\\hoffset\\centerline{\\LARGE\\bf Ines Vidal}\n\n"
                 "\\moveleft\\hoffset\\vbox{\\hrule width\\textwidth height 1pt}\\smallskip\n\n"
                 "\\hskip 2em plus 1fil Rua Augusta 10, Lisboa\n\\section{Experience}\nx")
    assert lines[0] == "# Ines Vidal"
    assert not any(".5" in line or "width" in line or "plus" in line for line in lines)


def test_a_macro_laying_out_regions_of_the_page_is_read_as_the_page(tmp_path: Path) -> None:
    """``\\MainContent{photo}{sidebar}{body}`` of a class the reader does not have: the
    arguments hold sections, so they are read as the document (sections, entries), never
    as the fields of one entry."""
    from talentgraph.loaders import parse_file, to_json_resume
    cv = tmp_path / "cv.tex"
    cv.write_text(
        "\\documentclass[multipage]{my_resume}\n\\begin{document}\n"
        "\\HeaderBar{Jana Novak, Dr.}{Data scientist}\n"
        "\\MainContent{photo}{\n\\section*{Kontakt}\njana@example.org\n}{\n"
        "\\section{Berufserfahrung}\n"
        "\\PositionEntry{2019 -- heute}{Data Scientist}{Riverbank Analytics GmbH}{Berlin}{}\n"
        "\\PositionEntry{2015 -- 2019}{Analyst}{Harbor Versicherung AG}{Hamburg}{}\n"
        "\\section{Ausbildung}\n"
        "\\DiplomaEntry{2010 -- 2015}{Diplom Mathematik}{Universität Leipzig}{}\n}\n"
        "\\end{document}\n", encoding="utf-8")
    out = to_json_resume(parse_file(cv))
    assert [(w["name"], w["position"], w["startDate"]) for w in out["work"]] == [
        ("Riverbank Analytics", "Data Scientist", "2019"), ("Harbor Versicherung", "Analyst",
                                                            "2015")]
    assert [e["institution"] for e in out["education"]] == ["Universität Leipzig"]
    assert (out["basics"]["name"], out["basics"]["email"]) == ("Jana Novak", "jana@example.org")


def test_indexed_specials_parse_exactly_as_pylatexenc_does() -> None:
    """The faster specials look-up (inline.index_specials) is a speed patch of one
    context object: node for node, the same parse as pylatexenc's own look-up, on text
    full of specials of one, two and three characters, in text and in math."""
    from pylatexenc import latexwalker

    from talentgraph.loaders.read.tex.inline import walker_context

    text = (r"Dr.~Ada Byron --- ``Engines'' -- 2019--2021 & more !` ?` $a--b~c$ "
            r"\cventry{2019--2020}{Engineer}{Acme \& Co.}{Paris~(FR)}{}{--- a ``b'' c} "
            "\\begin{tabular}{ll} A & B \\\\ C & D \\end{tabular} 50\\% -- done")
    plain = latexwalker.get_default_latex_context_db()
    fast = walker_context()
    assert fast.test_for_specials is not type(fast).test_for_specials
    assert type(plain).test_for_specials is type(fast).test_for_specials  # class untouched

    def tree(nodes: list) -> list:
        out = []
        for n in nodes:
            if n is None:
                out.append(None)
                continue
            argd = getattr(n, "nodeargd", None)
            out.append((type(n).__name__, n.pos, n.len, getattr(n, "specials_chars", None),
                        tree(getattr(n, "nodelist", None) or []),
                        tree(argd.argnlist if argd is not None and argd.argnlist else [])))
        return out

    def dump(db: object) -> list:
        nodes, _, _ = latexwalker.LatexWalker(text, latex_context=db,
                                              tolerant_parsing=True).get_latex_nodes()
        return tree(nodes)

    slow = walker_context()
    del slow.test_for_specials  # back to pylatexenc's method
    assert dump(fast) == dump(slow)
    for pos in range(len(text)):
        assert fast.test_for_specials(text, pos) is slow.test_for_specials(text, pos), pos

"""One small made-up example per rule added in the second round of held-out work:
abbreviations in one-line headers, set-off season dates on bullet roles, heading notes,
education tables and units, numbered and wrapped bullets, skill tables and sentences, the
written-vs-canonical naming of organizations and skills."""

from __future__ import annotations

import hashlib

from talentgraph.loaders import Document, extract, to_json_resume
from talentgraph.loaders.fields.education import extract_education
from talentgraph.loaders.fields.publications import extract_publications
from talentgraph.loaders.fields.skills import extract_skills, split_item
from talentgraph.loaders.segment.entries import is_header_like
from talentgraph.loaders.segment.lines import join_wrapped, to_lines
from talentgraph.loaders.segment.sections import split_sections
from talentgraph.loaders.to_jsonresume import skill_label


def _record(text: str) -> dict:
    data = text.encode()
    return to_json_resume(extract(Document.from_text(
        "cv.txt", "txt", hashlib.sha256(data).hexdigest(),
        tuple(text.splitlines()))))


def _lines(text: str):
    return to_lines(text.splitlines())


def test_abbreviation_periods_do_not_make_a_header_line_prose() -> None:
    line = _lines("Umbrella Holdings, Inc. — Principal Engineer, Payments Risk   Feb. 2021 - Current")[0]
    assert is_header_like(line)
    assert not is_header_like(_lines(
        "Led the migration to a new stack. Cut costs by a third for the whole group of teams.")[0])


def test_one_line_header_with_company_title_place_and_dates_is_one_entry() -> None:
    doc = _record("Ana Ortiz\n\nEXPERIENCE\n"
                  "Contoso Labs (CL) — Research Intern, Speech team · Lisbon, Portugal · "
                  "May 2024 – Aug 2024\n- Built things.\n")
    assert [(w["name"], w["startDate"], w["endDate"]) for w in doc["work"]] == [
        ("Contoso Labs (CL)", "2024-05", "2024-08")]


def test_role_bullet_with_a_set_off_season_is_a_role() -> None:
    doc = _record("Ana Ortiz\n\n## Experience\n\n**Fabrikam** · Oslo, Norway\n"
                  "- *Data Scientist* · 2019–present\n  - Forecasting.\n"
                  "**Tailspin Toys** · Bergen, Norway\n- *Intern* · Summer 2017\n"
                  "  - Dashboards.\n")
    assert [(w["name"], w["position"], w.get("startDate")) for w in doc["work"]] == [
        ("Fabrikam", "Data Scientist", "2019"), ("Tailspin Toys", "Intern", "2017")]


def test_heading_with_a_note_in_parentheses() -> None:
    kinds = [s.kind for s in split_sections(_lines(
        "Ana Ortiz\n\nSelected papers (* equal contribution)\n- X\n\nOpen-source projects\n- Y"))]
    assert kinds == ["preamble", "publications", "projects"]


def test_career_objective_is_a_summary_not_experience() -> None:
    kinds = [s.kind for s in split_sections(_lines("Ana Ortiz\nCAREER OBJECTIVE\nTo build.\n"))]
    assert kinds == ["preamble", "summary"]


def test_education_table_columns_pick_school_degree_and_year() -> None:
    education, _ = extract_education(_lines(
        "Degree | Institution | Board / University | Year | Percentage\n"
        "B.E. (Mechanical) | Lakeside College of Engineering, Pune | State University | 2015 | 71%\n"
        "Class XII | Lakeside Senior School, Pune | State Board | 2011 | 88%"), "cv.txt")
    assert [(e.school, e.end) for e in education] == [
        ("Lakeside College of Engineering, Pune", "2015"), ("Lakeside Senior School, Pune", "2011")]


def test_college_line_under_its_university_is_no_new_school() -> None:
    education, _ = extract_education(_lines(
        "2016.09-2019.06 | Northfield University | Master of Science, Physics\n"
        "School of Physical Sciences, GPA 3.7/4.0\n"
        "2012.09-2016.06 | Southbank University | Bachelor of Science, Physics"), "cv.txt")
    assert [(e.school, e.end) for e in education] == [
        ("Northfield University", "2019-06"), ("Southbank University", "2016-06")]


def test_degree_line_after_a_school_first_entry_keeps_that_school() -> None:
    education, _ = extract_education(_lines(
        "Northfield University, Leeds, UK | Sep 2020 – present\n"
        "Ph.D. in Chemistry (expected May 2026)\n"
        "M.S.E. in Materials, earned en route, Dec 2022\n"
        "Southbank University, Accra, Ghana | 2012 – 2017\n"
        "B.Sc. (Hons) in Chemistry"), "cv.txt")
    assert [(e.school, e.degree) for e in education] == [
        ("Northfield University", "Ph.D."), ("Northfield University", "M.S.E."),
        ("Southbank University", "B.Sc.")]


def test_every_advisor_on_an_advisors_line() -> None:
    _, advisors = extract_education(_lines(
        "Northfield University\nPh.D. in Physics, 2019 – present\n"
        "Advisors: Prof. Ada Byron and Prof. Alan Turing"), "cv.txt")
    assert [a.name for a in advisors] == ["Ada Byron", "Alan Turing"]


def test_numbered_items_are_bullets_and_wrapped_bullets_join() -> None:
    lines = join_wrapped(_lines(
        "1. Rebuilt the billing service with Kotlin; peak load during\n"
        "Black Friday 2021 with no errors.\n"
        "2. Wrote the on-call runbooks for all payment services."))
    assert [(line.bullet, line.text) for line in lines] == [
        (True, "Rebuilt the billing service with Kotlin; peak load during Black Friday 2021 "
               "with no errors."),
        (True, "Wrote the on-call runbooks for all payment services.")]


def test_footnote_and_unicode_co_first_marks_in_ieee_citations() -> None:
    papers = extract_publications(_lines(
        "[1] A. Ng∗, B. Cho∗, and C. Diaz, “Learning to stack boxes from one demonstration,” "
        "IEEE Robot. Autom. Lett., vol. 9, no. 6, pp. 1–8, Jun. 2024.\n"
        "∗ equal contribution"), "cv.txt")
    assert len(papers) == 1
    assert papers[0].authors == ["A. Ng", "B. Cho", "C. Diaz"]
    assert papers[0].co_first_authors == ["A. Ng", "B. Cho"]
    assert papers[0].venue == "IEEE Robot. Autom. Lett"


def test_skill_groups_as_table_rows_several_on_a_line_and_in_a_sentence() -> None:
    skills, _ = extract_skills(_lines(
        "Backend | Django, FastAPI\n"
        "ML: PyTorch, JAX · Data: Apache Spark, SQL\n"
        "Familiar with Kubernetes and Terraform for small teams and real-time analytics"),
        "cv.txt")
    assert [(s.name, s.category) for s in skills] == [
        ("Django", "Backend"), ("FastAPI", "Backend"), ("PyTorch", "ML"), ("JAX", "ML"),
        ("Apache Spark", "Data"), ("SQL", "Data"), ("Kubernetes", None), ("Terraform", None)]


def test_parenthesised_parts_notes_and_methods() -> None:
    assert split_item("Apache Spark (Structured Streaming)") == [
        "Apache Spark", "Spark Structured Streaming"]
    assert split_item("Python (scripting)") == ["Python"]
    assert split_item("Node.js (Express)") == ["Node.js", "Express"]
    assert split_item("Optimization (MILP)") == ["MILP"]


def test_skill_names_spell_out_but_do_not_replace_what_is_written() -> None:
    assert skill_label("AWS") == "Amazon Web Services"
    assert skill_label("Spark") == "Apache Spark"
    assert skill_label("pytorch") == "PyTorch"
    assert skill_label("REST") == "REST"  # the label adds a head noun: "REST APIs"
    assert skill_label("ROS 2") == "ROS 2"  # narrower than the concept "ROS"
    assert skill_label("Bayesian Statistics") == "Bayesian Statistics"
    assert skill_label("Postgres") == "PostgreSQL"  # a shorter spelling
    assert skill_label("k8s") == "Kubernetes"  # a numeronym
    assert skill_label("MS Excel") == "Microsoft Excel"  # an abbreviated vendor
    assert skill_label("AI/ML") == "Machine Learning"
    assert skill_label("Vite") == "Vite"  # a sibling tool the taxonomy files under webpack


def test_national_degree_with_a_gloss_and_a_foreign_field_preposition() -> None:
    from talentgraph.loaders.fields.education import level_of, parse_degree

    degree, field = parse_degree("Laurea Magistrale (M.Sc.) in Computer Engineering")
    assert (degree, field, level_of(degree)) == (
        "Laurea Magistrale (M.Sc.)", "Computer Engineering", "master")
    assert parse_degree("Mestrado em Computação") == ("Mestrado", "Computação")


def test_organizations_keep_the_written_name_with_the_canonical_beside_it() -> None:
    doc = _record("Ana Ortiz\n\nEXPERIENCE\nGoogle Inc. — Software Engineer | 2019 – 2021\n\n"
                  "EDUCATION\nTechnische Universität München | M.Sc. Informatics | 2017 – 2019\n")
    assert doc["work"][0]["name"] == "Google"
    school = doc["education"][0]
    assert school["institution"] == "Technische Universität München"
    assert school["canonicalName"] == "Technical University of Munich"


def test_undated_sentence_under_an_awards_list_is_no_award() -> None:
    from talentgraph.loaders.fields.awards import extract_awards

    awards, _ = extract_awards(_lines(
        "Top Reviewer, NeurIPS, 2022\n"
        "Eight bugs credited in open-source compilers and build tools (details on request).\n"
        "Best Paper Award, ACL, 2021"), "cv.txt")
    assert [a.title for a in awards] == ["Top Reviewer", "Best Paper Award"]


def test_wrapped_patent_lines_are_one_patent() -> None:
    doc = _record("Ana Ortiz\n\nPATENTS\n"
                  "- US 12,345,678 B2 — Sharded counters for stream joins. Issued Aug. 2,\n"
                  "2022.\n"
                  "- US 12,345,999 B1 — Lazy snapshots for feature stores. Issued Jan. 5, 2021.\n")
    assert [p.get("date") for p in doc["patents"]] == ["2022-08", "2021-01"]


def test_numbered_heading_stays_a_heading_and_a_name_line_is_not_wrapped_text() -> None:
    kinds = [s.kind for s in split_sections(_lines(
        "Ana Ortiz\n3. Education and Professional Training\nNorthfield University"))]
    assert kinds == ["preamble", "education"]
    lines = join_wrapped(_lines("- Built dashboards for the ops team\nGlobex Inc.\n"))
    assert [line.text for line in lines] == ["Built dashboards for the ops team", "Globex Inc."]



def test_mixed_entry_layouts_one_liners_then_header_lines_above_the_date() -> None:
    doc = _record("Ana Ortiz\n\nEXPERIENCE\n\n"
                  "Data Engineer at Fabrikam | March 2021 – Present\n- Pipelines.\n\n"
                  "Contoso Bank — Lisbon\nSoftware Engineer (Risk)\n2018/09 – 2021/02\n"
                  "- Java services.\n\n"
                  "Accenture, Madrid, Spain | Analyst | Jul. 2016 – Aug. 2018\n")
    assert [(w["name"], w["position"], w["startDate"]) for w in doc["work"]] == [
        ("Fabrikam", "Data Engineer", "2021-03"),
        ("Contoso Bank", "Software Engineer (Risk)", "2018-09"),
        ("Accenture", "Analyst", "2016-07")]
    assert doc["work"][2]["location"] == "Madrid, Spain"


def test_vancouver_citations_read_surname_initials_authors() -> None:
    papers = extract_publications(_lines(
        "1. Ortiz A, Byron AL, Kumar R. Learning mRNA half-life. Nature Methods. "
        "2022;40(3):123-130."), "cv.txt")
    assert papers[0].authors == ["A. Ortiz", "A. L. Byron", "R. Kumar"]
    assert (papers[0].title, papers[0].venue, papers[0].year) == (
        "Learning mRNA half-life", "Nature Methods", "2022")


def test_degree_word_after_the_degree_is_not_the_field() -> None:
    from talentgraph.loaders.fields.education import parse_degree

    assert parse_degree("Master's Degree in Data Science") == ("Master's", "Data Science")


def test_docx_layout_table_with_line_breaks_in_a_cell(tmp_path) -> None:
    import docx

    from talentgraph.loaders import parse_file

    document = docx.Document()
    document.add_heading("Jordan Blake", 0)
    document.add_paragraph("jordan.blake@example.com")
    document.add_heading("Professional Experience", 1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "2019 – Present"
    table.cell(0, 1).text = "Product Manager, Fabrikam\nOwned the restaurant onboarding funnel."
    table.cell(1, 0).text = "2015 – 2019"
    table.cell(1, 1).text = "Business Analyst, Contoso Consulting\nPricing models for retail."
    document.save(tmp_path / "cv.docx")
    doc = to_json_resume(parse_file(tmp_path / "cv.docx"))
    assert [(w["name"], w["position"], w["startDate"]) for w in doc["work"]] == [
        ("Fabrikam", "Product Manager", "2019"), ("Contoso Consulting", "Business Analyst", "2015")]
    assert doc["work"][0]["highlights"] == ["Owned the restaurant onboarding funnel."]


def test_volunteer_and_qualification_summary_headings() -> None:
    from talentgraph.loaders.segment.sections import heading_kind

    def kind(text: str) -> str | None:
        found = heading_kind(_lines(text)[0], True)
        return found[0] if found else None

    assert kind("Volunteer Experience") == "other"  # JSON Resume's volunteer, not work
    assert kind("Summary of Qualifications") == "summary"
    assert kind("Academic Qualifications") == "education"
    assert kind("Community Involvement") == "other"


def test_form_style_cv_with_labelled_name_and_job_fields() -> None:
    doc = _record("CURRICULUM VITAE\n\nName: Ravi Kumar\nEmail: ravi@example.com\n\n"
                  "PROFESSIONAL EXPERIENCE\n\nCompany: Contoso Services\n"
                  "Designation: Systems Engineer\nDuration: Aug 2019 - Present\n"
                  "- Built services.\n\nCompany: Fabrikam Technologies\n"
                  "Designation: Project Engineer\nDuration: Jun 2017 - Jul 2019\n\n"
                  "EDUCATION\nB.E. in Information Technology from Northfield University, "
                  "2017 with 72%\n")
    assert doc["basics"]["name"] == "Ravi Kumar"
    assert [(w["name"], w["position"], w["startDate"]) for w in doc["work"]] == [
        ("Contoso Services", "Systems Engineer", "2019-08"),
        ("Fabrikam Technologies", "Project Engineer", "2017-06")]
    assert [(e["institution"], e["studyType"], e["area"], e["endDate"])
            for e in doc["education"]] == [
        ("Northfield University", "B.E.", "Information Technology", "2017")]

#!/usr/bin/env python3
# The corpus author's generator, kept as written (compact one-liners) so docs/ rebuilds as it was.
# ruff: noqa: E702
"""Regenerate the held-out résumé corpus in docs/.

usage: .venv/bin/python tests/corpora/international/make_docs.py

Text formats (.txt/.md/.tex/.json) come verbatim from fixtures_text.py; the PDFs are built
with fpdf2 (core Helvetica/Times fonts, Latin-1 text only) and the DOCX files with
python-docx.  The gold files in gold/ are written by hand and are NOT generated here.
"""
import os
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from fixtures_text import TEXT
from fpdf import FPDF
from fpdf.enums import XPos, YPos

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository, for tests.support
from tests.support.docfiles import no_borders

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def write_text():
    for name, body in TEXT.items():
        with open(os.path.join(DOCS, name), "w", encoding="utf-8") as f:
            f.write(body)


# --------------------------------------------------------------------------- PDFs
def pdf_schmidt():
    """German Lebenslauf, one column, dates in a left-hand column."""
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, "Dr.-Ing. Katharina Schmidt", **NL)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Lebenslauf", **NL)
    pdf.ln(2)
    pdf.cell(0, 5, "Maximilianstraße 12, 80539 München", **NL)
    pdf.cell(0, 5, "Telefon: +49 89 1234 5678   |   E-Mail: katharina.schmidt@posteo.de", **NL)
    pdf.cell(0, 5, "Staatsangehörigkeit: deutsch", **NL)

    def heading(t):
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 12)
        pdf.set_text_color(20, 60, 120)
        pdf.cell(0, 7, t, **NL)
        y = pdf.get_y()
        pdf.set_draw_color(20, 60, 120)
        pdf.line(18, y, 192, y)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)

    def row(date, title, body=""):
        pdf.set_font("Helvetica", "", 10)
        y = pdf.get_y()
        pdf.set_xy(18, y)
        pdf.cell(38, 5, date)
        pdf.set_xy(58, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.multi_cell(134, 5, title, new_x=XPos.LEFT, new_y=YPos.NEXT)
        if body:
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(58)
            pdf.multi_cell(134, 5, body, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(2)

    heading("Berufserfahrung")
    row("seit 04/2022", "Teamleiterin Batteriesystem-Simulation\nBMW Group, München",
        "- Leitung eines Teams von 7 Ingenieur:innen (elektrothermische Simulation der Gen6-Hochvoltspeicher)\n"
        "- Einführung einer Python-basierten Toolchain für Alterungsprognosen")
    row("03/2018 - 03/2022", "Entwicklungsingenieurin Zellmodellierung\nRobert Bosch GmbH, Stuttgart",
        "- Physikalisch-chemische Zellmodelle (P2D) für Lithium-Ionen-Zellen\n"
        "- Parametrierung und Validierung in COMSOL und MATLAB/Simulink")
    row("10/2013 - 02/2018", "Wissenschaftliche Mitarbeiterin\nInstitut für Angewandte Materialien, Karlsruher Institut für Technologie (KIT), Karlsruhe",
        "- Lehre: Übungen zu \"Elektrochemische Energiespeicher\"")

    heading("Ausbildung")
    row("10/2013 - 02/2018", "Promotion (Dr.-Ing.), Elektrotechnik\nKarlsruher Institut für Technologie (KIT)",
        "Dissertation: \"Modellbasierte Analyse der Alterung von Lithium-Ionen-Zellen\" (magna cum laude)")
    row("10/2011 - 09/2013", "M.Sc. Elektrotechnik und Informationstechnik\nTechnische Universität München")
    row("10/2008 - 09/2011", "B.Sc. Elektrotechnik und Informationstechnik\nTechnische Universität München")

    heading("Kenntnisse")
    pdf.set_font("Helvetica", "", 10)
    for k, v in [("Programmierung:", "MATLAB/Simulink, Python, C++"),
                 ("Simulation:", "COMSOL Multiphysics, GT-SUITE"),
                 ("Methoden:", "Elektrochemische Impedanzspektroskopie, Design of Experiments")]:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10); pdf.set_xy(18, y); pdf.cell(38, 5, k)
        pdf.set_font("Helvetica", "", 10); pdf.set_xy(58, y)
        pdf.multi_cell(134, 5, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    heading("Sprachen")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Deutsch (Muttersprache), Englisch (verhandlungssicher), Französisch (B1)", **NL)

    heading("Veröffentlichungen (Auswahl)")
    pdf.set_font("Helvetica", "", 10)
    pubs = [
        "K. Schmidt, M. Weber, U. Krewer: \"Physically based modelling of lithium plating during fast charging\", "
        "Journal of Power Sources, 2021.",
        "K. Schmidt, E. Ivers-Tiffée: \"Separation of ageing mechanisms in NMC/graphite cells by impedance spectroscopy\", "
        "Journal of The Electrochemical Society, 2017.",
    ]
    for i, p in enumerate(pubs, 1):
        pdf.multi_cell(0, 5, f"[{i}]  {p}", **NL)
        pdf.ln(1)

    heading("Auszeichnungen")
    row("2018", "Südwestmetall-Förderpreis für herausragende Dissertationen")
    pdf.output(os.path.join(DOCS, "katharina_schmidt.pdf"))


def pdf_oconnor():
    """Two-column layout: grey sidebar on the left, experience on the right."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(236, 238, 242)
    pdf.rect(0, 0, 68, 297, style="F")
    # ---- right column: name + experience
    RX, RW = 76, 122
    pdf.set_xy(RX, 14)
    pdf.set_font("Helvetica", "B", 22)
    pdf.cell(RW, 10, "Liam O'Connor", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 11)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(RW, 6, "Senior Data Engineer", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)

    def rhead(t):
        pdf.ln(4)
        pdf.set_x(RX)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(RW, 7, t.upper(), new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.line(RX, pdf.get_y(), RX + RW, pdf.get_y())
        pdf.ln(1)

    def job(title, dates, org, bullets):
        pdf.set_x(RX)
        pdf.set_font("Helvetica", "B", 10)
        y = pdf.get_y()
        pdf.cell(RW - 40, 5, title)
        pdf.set_font("Helvetica", "", 9)
        pdf.set_xy(RX + RW - 40, y)
        pdf.cell(40, 5, dates, align="R", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_x(RX)
        pdf.set_font("Helvetica", "I", 10)
        pdf.cell(RW, 5, org, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "", 9)
        for b in bullets:
            pdf.set_x(RX)
            pdf.multi_cell(RW, 4.5, "- " + b, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(2)

    rhead("Profile")
    pdf.set_x(RX); pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(RW, 4.5, "Data engineer with 7+ years in payments and SaaS analytics. I build batch and "
                   "streaming pipelines that finance and product teams actually trust.",
                   new_x=XPos.LEFT, new_y=YPos.NEXT)
    rhead("Experience")
    job("Senior Data Engineer", "Jan 2022 - Present", "Stripe, Dublin",
        ["Own the revenue-recognition data platform (Spark on EMR, Airflow); 4B rows/day.",
         "Cut month-end close data latency from 3 days to 6 hours.",
         "Mentor 3 engineers; run the Dublin data-eng guild."])
    job("Data Engineer", "Sep 2019 - Dec 2021", "Intercom, Dublin",
        ["Moved the analytics warehouse from Redshift to Snowflake with dbt models.",
         "Built a Kafka-to-S3 event ingestion service in Scala."])
    job("Analyst, Technology Consulting", "Jul 2017 - Aug 2019", "Accenture, Dublin",
        ["SQL reporting and ETL for an Irish retail bank's regulatory returns."])
    rhead("Projects")
    pdf.set_x(RX); pdf.set_font("Helvetica", "B", 10)
    pdf.cell(RW, 5, "pyrail-ie (open source)", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_x(RX); pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(RW, 4.5, "Python client for the Irish Rail realtime API; 300+ GitHub stars.",
                   new_x=XPos.LEFT, new_y=YPos.NEXT)
    rhead("Volunteering")
    pdf.set_x(RX); pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(RW, 4.5, "Mentor, CoderDojo Dublin (2016 - present): weekend coding club for kids aged 7-17.",
                   new_x=XPos.LEFT, new_y=YPos.NEXT)

    # ---- left sidebar
    LX, LW = 8, 54

    def lhead(t, y=None):
        if y is not None:
            pdf.set_y(y)
        pdf.ln(3)
        pdf.set_x(LX)
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(30, 70, 130)
        pdf.cell(LW, 6, t.upper(), new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "", 9)

    def ltext(t, style=""):
        pdf.set_x(LX)
        pdf.set_font("Helvetica", style, 9)
        pdf.multi_cell(LW, 4.5, t, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)

    lhead("Contact", 14)
    for t in ["Dublin 8, Ireland", "+353 87 123 4567", "liam.oconnor.data@gmail.com",
              "github.com/loconnor-ie"]:
        ltext(t)
    lhead("Skills")
    for t in ["Python", "SQL", "Scala", "Apache Spark", "Airflow", "dbt", "Snowflake", "AWS",
              "Terraform", "Looker"]:
        ltext(t)
    lhead("Education")
    ltext("MSc Data Analytics", "B")
    ltext("University College Dublin")
    ltext("2019 - 2020 (part-time)")
    pdf.ln(2)
    ltext("BA (Mod) Computer Science", "B")
    ltext("Trinity College Dublin")
    ltext("2013 - 2017")
    lhead("Certifications")
    ltext("SnowPro Core Certification, Snowflake (2021)")
    lhead("Awards")
    ltext("Foundation Scholarship, Trinity College Dublin (2015)")
    lhead("Languages")
    ltext("English (native)\nIrish (fluent)\nFrench (basic)")
    pdf.output(os.path.join(DOCS, "liam_oconnor.pdf"))


def pdf_kim():
    """Academic CV with right-aligned dates, Times font, two pages."""
    pdf = FPDF(format="Letter")
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    W = pdf.w - 40
    pdf.set_font("Times", "B", 18)
    pdf.cell(0, 9, "Minji Kim, Ph.D.", align="C", **NL)
    pdf.set_font("Times", "", 10.5)
    pdf.cell(0, 5, "Department of Biomedical Informatics, Seoul National University College of Medicine", align="C", **NL)
    pdf.cell(0, 5, "103 Daehak-ro, Jongno-gu, Seoul 03080, Republic of Korea", align="C", **NL)
    pdf.cell(0, 5, "minji.kim@snu.ac.kr  |  +82 2 740 8114  |  https://kimlab.snu.ac.kr", align="C", **NL)

    def heading(t):
        pdf.ln(4)
        pdf.set_font("Times", "B", 12.5)
        pdf.cell(0, 6, t, **NL)
        pdf.line(20, pdf.get_y(), 20 + W, pdf.get_y())
        pdf.ln(1.5)

    def dated(left, right, sub=None):
        y = pdf.get_y()
        pdf.set_font("Times", "B", 11)
        pdf.multi_cell(W - 45, 5, left, **NL)
        y2 = pdf.get_y()
        pdf.set_xy(20 + W - 45, y)
        pdf.set_font("Times", "", 11)
        pdf.cell(45, 5, right, align="R")
        pdf.set_xy(20, y2)
        if sub:
            pdf.set_font("Times", "I", 11)
            pdf.multi_cell(W - 45, 5, sub, **NL)
        pdf.ln(1.5)

    heading("ACADEMIC APPOINTMENTS")
    dated("Assistant Professor, Department of Biomedical Informatics", "Mar 2021 - present",
          "Seoul National University College of Medicine, Seoul, Korea")
    dated("Postdoctoral Fellow, Klarman Cell Observatory", "Sep 2017 - Feb 2021",
          "Broad Institute of MIT and Harvard, Cambridge, MA, USA")

    heading("EDUCATION")
    dated("Ph.D., Bio and Brain Engineering (Bioinformatics)", "2012 - 2017",
          "Korea Advanced Institute of Science and Technology (KAIST), Daejeon")
    dated("B.S., Biological Sciences (minor in Computer Science)", "2008 - 2012",
          "Korea Advanced Institute of Science and Technology (KAIST), Daejeon")

    heading("HONORS, AWARDS AND GRANTS")
    for left, right in [("Young Scientist Award, Korean Society for Bioinformatics", "2023"),
                        ("NRF Excellent Young Researcher Grant (KRW 1.5B, PI), National Research Foundation of Korea", "2022 - 2027"),
                        ("Human Frontier Science Program Long-Term Fellowship", "2018"),
                        ("Kwanjeong Educational Foundation Doctoral Scholarship", "2013 - 2017")]:
        dated(left, right)

    heading("SELECTED PUBLICATIONS  (* co-first author, # corresponding author)")
    pdf.set_font("Times", "", 11)
    pubs = [
        "Minji Kim#, Jae-hoon Park, Seungwoo Lee, Hyunwoo Cho. \"scTRACE: lineage-aware integration of single-cell "
        "multi-omics time courses.\" Nature Methods, 2024.",
        "Seungwoo Lee*, Minji Kim*#. \"Benchmarking cell-type deconvolution methods for spatial transcriptomics.\" "
        "Genome Biology, 2022.",
        "Minji Kim, Orit Rozenblatt-Rosen, Aviv Regev, et al. \"A single-cell atlas of the human intestinal "
        "epithelium in inflammatory bowel disease.\" Cell, 2021.",
        "Minji Kim, Sun Kim. \"Network propagation of somatic mutations identifies driver pathways in gastric "
        "cancer.\" Bioinformatics, 2016.",
    ]
    for i, p in enumerate(pubs, 1):
        pdf.multi_cell(0, 5, f"{i}.  {p}", **NL)
        pdf.ln(1.5)

    heading("TEACHING")
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5, "Computational Genomics (graduate), SNU, Spring 2022 - present\n"
                   "Introduction to Bioinformatics (undergraduate), SNU, Fall 2021 - present", **NL)

    heading("TECHNICAL SKILLS")
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5, "Languages: R, Python, Bash, C++\n"
                   "Single-cell / genomics: Seurat, Scanpy, Bioconductor, GATK, Nextflow\n"
                   "Compute: Slurm, Docker, Google Cloud Platform", **NL)

    heading("PROFESSIONAL SERVICE")
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5, "Reviewer: Nature Methods, Genome Research, Bioinformatics, RECOMB. "
                   "Program committee: ISMB 2023, 2024.", **NL)
    pdf.output(os.path.join(DOCS, "kim_minji.pdf"))


# --------------------------------------------------------------------------- DOCX

def _cell(cell, lines, bold_first=False, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)
        if bold_first and i == 0:
            r.bold = True


def docx_dubois():
    """French CV; experience, education and skills laid out in borderless tables."""
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    p = d.add_paragraph(); r = p.add_run("Camille DUBOIS"); r.bold = True; r.font.size = Pt(22)
    p = d.add_paragraph(); r = p.add_run("Ingénieure logiciel embarqué — 8 ans d'expérience"); r.italic = True
    d.add_paragraph("12 rue des Lilas, 69003 Lyon  •  +33 6 12 34 56 78  •  camille.dubois@laposte.net")

    def head(t):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = True; r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0x8B, 0x1E, 0x3F)

    head("EXPÉRIENCE PROFESSIONNELLE")
    t = d.add_table(rows=0, cols=2); no_borders(t)
    rows = [
        ("Depuis janv. 2021", ["Ingénieure logiciel embarqué senior — Schneider Electric, Grenoble",
                               "Firmware des disjoncteurs connectés (Cortex-M4, Zephyr) ; référente sûreté de fonctionnement IEC 61508.",
                               "Encadrement de 2 alternants."]),
        ("sept. 2017 – déc. 2020", ["Ingénieure développement C/C++ — Thales Alenia Space, Toulouse",
                                    "Logiciel de bord pour charges utiles de télécommunication ; processus DO-178C / ECSS."]),
        ("févr. – août 2017", ["Stage de fin d'études — Airbus Defence and Space, Toulouse",
                               "Prototype d'ordonnanceur temps réel sous FreeRTOS."]),
    ]
    for date, lines in rows:
        c = t.add_row().cells
        _cell(c[0], [date]); _cell(c[1], lines, bold_first=True)
    for row in t.rows:
        row.cells[0].width = Cm(4); row.cells[1].width = Cm(13)

    head("FORMATION")
    t = d.add_table(rows=0, cols=2); no_borders(t)
    for date, lines in [("2014 – 2017", ["Diplôme d'ingénieur (grade de Master), Informatique et systèmes embarqués",
                                         "ENSEEIHT — INP Toulouse"]),
                        ("2012 – 2014", ["Classes préparatoires MP (Mathématiques, Physique)",
                                         "Lycée du Parc, Lyon"])]:
        c = t.add_row().cells
        _cell(c[0], [date]); _cell(c[1], lines, bold_first=True)

    head("COMPÉTENCES")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Langages", "C, C++, Python, Rust"),
                 ("Systèmes", "FreeRTOS, Zephyr, Linux (Yocto)"),
                 ("Outils", "Git, GitLab CI, JTAG"),
                 ("Normes", "IEC 61508, DO-178C")]:
        c = t.add_row().cells
        _cell(c[0], [k], bold_first=True); _cell(c[1], [v])

    head("LANGUES")
    d.add_paragraph("Français (langue maternelle) • Anglais (C1, TOEIC 950) • Espagnol (B1)")
    head("PRIX")
    d.add_paragraph("2016 — 1er prix, Hackathon Airbus « Fly Your Ideas » (équipe de 5)")
    head("BÉNÉVOLAT ET CENTRES D'INTÉRÊT")
    d.add_paragraph("Bénévole aux Restos du Cœur (Lyon), depuis 2019 • Escalade • Piano")
    d.save(os.path.join(DOCS, "camille_dubois.docx"))


def docx_hassan():
    """Civil engineer; everything inside a two-column table with dates on the left."""
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Eng. Omar Hassan Abdelrahman, PMP"); r.bold = True; r.font.size = Pt(18)
    p = d.add_paragraph("Senior Project Manager – Infrastructure & High-Rise Construction"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("Dubai, United Arab Emirates  |  Mobile: +971 50 123 4567  |  omar.h.abdelrahman@gmail.com")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_heading("Career History", level=1)
    t = d.add_table(rows=1, cols=2); t.style = "Light Grid Accent 1"
    _cell(t.rows[0].cells[0], ["Period"], True); _cell(t.rows[0].cells[1], ["Position / Employer"], True)
    for date, lines in [
        ("Jun 2019 – to date", ["Senior Project Manager", "AECOM Middle East – Dubai, UAE",
                                "Client-side PM for the Dubai Creek Harbour podium (AED 2.1B); team of 35.",
                                "Delivered Phase 1 four weeks ahead of programme."]),
        ("Sep 2013 – May 2019", ["Senior Structural Engineer (from 2016); Structural Engineer",
                                 "Dar Al-Handasah (Shair and Partners) – Cairo, Egypt",
                                 "Design of post-tensioned slabs and transfer structures for 40+ storey towers in KSA and Qatar."]),
        ("Aug 2010 – Aug 2013", ["Site Engineer", "Orascom Construction – Cairo, Egypt",
                                 "Cairo Metro Line 3 (Phase 2) stations; QA/QC and shop-drawing review."]),
    ]:
        c = t.add_row().cells
        _cell(c[0], [date]); _cell(c[1], lines, bold_first=True)

    d.add_heading("Academic Qualifications", level=1)
    t = d.add_table(rows=0, cols=2); t.style = "Light Grid Accent 1"
    for date, lines in [("2011 – 2014", ["M.Sc. in Structural Engineering", "Cairo University, Faculty of Engineering"]),
                        ("2005 – 2010", ["B.Sc. in Civil Engineering – Grade: Very Good with Honours",
                                         "Ain Shams University, Cairo"])]:
        c = t.add_row().cells
        _cell(c[0], [date]); _cell(c[1], lines, bold_first=True)

    d.add_heading("Professional Certifications & Memberships", level=1)
    for s in ["Project Management Professional (PMP), PMI – 2016",
              "LEED AP BD+C, U.S. Green Building Council – 2018",
              "Member, Society of Engineers – UAE (Reg. No. 45871)"]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("Core Competencies", level=1)
    for s in ["Primavera P6", "ETABS", "SAP2000", "AutoCAD", "Revit", "FIDIC Contract Administration",
              "Cost Control", "Value Engineering"]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("Awards", level=1)
    d.add_paragraph("Employee of the Year – AECOM Middle East (2021)", style="List Bullet")

    d.add_heading("Personal Details", level=1)
    d.add_paragraph("Nationality: Egyptian  |  UAE Driving Licence  |  Languages: Arabic (native), English (fluent)")
    d.save(os.path.join(DOCS, "omar_hassan_abdelrahman.docx"))


def docx_wright():
    """Contact details only in the page header; unusual headings; skills as prose."""
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Georgia"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Jordan Wright  ·  Pittsburgh, PA  ·  (412) 555-0198  ·  jordan.wright.design@gmail.com  ·  jordanwright.design"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph(); r = p.add_run("Jordan Wright"); r.bold = True; r.font.size = Pt(26)
    d.add_paragraph("Product designer. I make learning apps feel less like homework.")

    d.add_heading("Where I've worked", level=2)
    for head, dates, body in [
        ("Product Designer II, Duolingo — Pittsburgh, PA", "Aug '22 – Present",
         "Lead designer for the Duolingo Math onboarding and streak features; ran 40+ A/B tests."),
        ("UX Designer, Truist — Charlotte, NC", "Jun '20 – Jul '22",
         "Redesigned mobile check deposit flow; task success up from 81% to 96% in usability testing."),
        ("UX Design Intern, Red Hat — Raleigh, NC", "Summer '19",
         "Accessibility audit of the OpenShift console."),
    ]:
        p = d.add_paragraph(); r = p.add_run(head); r.bold = True
        p.add_run("\t" + dates).italic = True
        d.add_paragraph(body)

    d.add_heading("Where I studied", level=2)
    p = d.add_paragraph(); p.add_run("Georgia Institute of Technology").bold = True
    d.add_paragraph("B.S. Computational Media, 2016 – 2020  ·  Minor in Psychology")

    d.add_heading("What I'm good at", level=2)
    d.add_paragraph("I design in Figma and prototype in ProtoPie and Framer, and I'm comfortable shipping "
                    "front-end code in HTML, CSS and React. My research toolkit includes usability testing, "
                    "contextual inquiry, diary studies and survey design with Qualtrics. I run WCAG audits "
                    "on everything I ship.")

    d.add_heading("Recognition", level=2)
    d.add_paragraph("Core77 Design Awards — Student Notable, Interaction Design (2020)")

    d.add_heading("Giving back", level=2)
    d.add_paragraph("Design mentor, ADPList (2022 – present): 150+ mentoring sessions with early-career designers.")
    d.save(os.path.join(DOCS, "jordan_wright.docx"))


def main():
    os.makedirs(DOCS, exist_ok=True)
    write_text()
    pdf_schmidt(); pdf_oconnor(); pdf_kim()
    docx_dubois(); docx_hassan(); docx_wright()
    print("\n".join(sorted(os.listdir(DOCS))))


if __name__ == "__main__":
    main()

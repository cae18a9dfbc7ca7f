"""Regenerate the binary fixtures (.docx, .pdf) of the held-out résumé corpus.

The text fixtures (.txt, .md, .json) are written by hand and live in docs/ beside
the generated ones; the .docx and .pdf ones are built here so that they can be reviewed as text and
rebuilt byte-for-byte stable (fixed creation dates, subset fonts)::

    .venv/bin/python tests/corpora/software/make_docs.py            # all of them
    .venv/bin/python tests/corpora/software/make_docs.py h03 h12    # some of them

Needs ``python-docx`` and ``fpdf2`` (``.venv/bin/pip install fpdf2``) and the DejaVu
TrueType fonts (``/usr/share/fonts/truetype/dejavu``, Debian package ``fonts-dejavu-core``),
so that accents and bullets (• ∘ ▪ – é ł ś) land in the PDF text layer.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository, for tests.support
from tests.support.docfiles import build_selected, save_docx_stable  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2025, 1, 15, 12, 0, 0, tzinfo=dt.UTC)

# ---------------------------------------------------------------- PDF helpers


class Pdf:
    """A thin wrapper over fpdf2: absolute positioning, DejaVu fonts, **bold** markup."""

    def __init__(self, family: str = "DejaVu") -> None:
        from fpdf import FPDF

        self.pdf = FPDF(format="Letter", unit="mm")
        self.pdf.set_creation_date(FIXED_DATE)
        self.pdf.set_auto_page_break(False)
        faces = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
                 "BI": "DejaVuSans-BoldOblique.ttf"}
        if family == "DejaVuSerif":
            faces = {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf", "I": "DejaVuSerif-Italic.ttf",
                     "BI": "DejaVuSerif-BoldItalic.ttf"}
        for style, fname in faces.items():
            self.pdf.add_font(family, style, str(FONT_DIR / fname))
        self.family = family
        self.pdf.add_page()
        self.pdf.c_margin = 0.5
        self.bottom = 279.4 - 14

    def page_break_if(self, y: float, need: float = 12) -> float:
        if y + need > self.bottom:
            self.pdf.add_page()
            return 15.0
        return y

    def text(self, x: float, y: float, w: float, s: str, size: float = 9.5, style: str = "",
             align: str = "L", lh: float | None = None) -> float:
        """Wrapped text (``**bold**``, ``__italic__`` markup) at (x, y); returns the next y."""
        from fpdf.enums import XPos, YPos

        self.pdf.set_font(self.family, style, size)
        lh = lh or size * 0.45
        self.pdf.set_xy(x, y)
        self.pdf.multi_cell(w, lh, s, align=align, markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return self.pdf.get_y()

    def row(self, x: float, y: float, w: float, left: str, right: str, size: float = 9.5,
            style: str = "B", rstyle: str = "") -> float:
        """One line: ``left`` flush left, ``right`` flush right (dates, places)."""
        lh = size * 0.45
        self.pdf.set_font(self.family, style, size)
        self.pdf.set_xy(x, y)
        self.pdf.cell(w, lh, left, markdown=True)
        self.pdf.set_font(self.family, rstyle, size)
        self.pdf.set_xy(x, y)
        self.pdf.cell(w, lh, right, align="R")
        return y + lh

    def rule(self, x: float, y: float, w: float) -> float:
        self.pdf.set_draw_color(120, 120, 120)
        self.pdf.line(x, y, x + w, y)
        return y + 1.2

    def save(self, path: Path) -> None:
        self.pdf.output(str(path))


def bullets(p: Pdf, x: float, y: float, w: float, items: Sequence[str], mark: str = "•",
            size: float = 9.0) -> float:
    for it in items:
        y = p.page_break_if(y, 5)
        p.pdf.set_font(p.family, "", size)
        p.pdf.set_xy(x, y)
        p.pdf.cell(4, size * 0.45, mark)
        y = p.text(x + 4, y, w - 4, it, size)
    return y


# ---------------------------------------------------------------- DOCX helpers


def new_docx():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.created = cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.author = cp.last_modified_by = ""
    return d


def para(d, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
         style: str | None = None, align: str | None = None):
    """A paragraph from ``**bold**`` marked-up text (whole paragraph bold with ``bold``)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_lines(cell, lines: Sequence[str], size: float | None = None, first_bold: bool = False,
               align: str | None = None):
    """Fill a table cell with one paragraph per line."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        parts = line.split("**")
        for j, part in enumerate(parts):
            if part:
                r = p.add_run(part)
                r.bold = (j % 2 == 1) or (first_bold and i == 0)
                if size and i == 0 and first_bold:
                    r.font.size = Pt(size)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT



# ================================================================= dev fixtures


def h03(out: Path) -> None:
    """Two-column-ish PDF: a sidebar (contact, skills, education) beside the main column.

    Blocks are written in the order a design tool emits its text boxes (top to bottom,
    sidebar box then main box), so the text layer interleaves the two columns by block.
    """
    p = Pdf()
    L, LW, R, RW = 12.0, 56.0, 74.0, 130.0
    y = p.text(L, 12, 190, "Daniela Ferreira Santos", 22, "B")
    y = p.text(L, y + 1, 190, "Senior Data Scientist · Experimentation & Recommendations", 11)
    y = p.rule(L, y + 2, 192) + 3
    yl = yr = y

    def side_head(t: str) -> None:
        nonlocal yl
        yl = p.text(L, yl, LW, t, 10.5, "B") + 0.5

    def main_head(t: str) -> None:
        nonlocal yr
        yr = p.text(R, yr, RW, t, 11, "B")
        yr = p.rule(R, yr + 0.5, RW) + 1

    # block 1: contact | summary
    side_head("CONTACT")
    for t in ["Brooklyn, NY", "+1 (347) 555-0123", "daniela.fsantos@outlook.com",
              "linkedin.com/in/danielafsantos", "github.com/dfsantos"]:
        yl = p.text(L, yl, LW, t, 8.8)
    yl += 4
    main_head("SUMMARY")
    yr = p.text(R, yr, RW, "Data scientist with seven years in online experimentation, causal inference "
                "and ranking for consumer marketplaces. I turn messy product questions into "
                "experiments and models that ship.", 9.2) + 4
    # block 2: skills | experience
    side_head("SKILLS")
    yl = bullets(p, L, yl, LW, ["Python (pandas, scikit-learn, PyTorch)", "SQL / BigQuery", "R, Stan",
                                "Causal inference, A/B testing", "Apache Spark, Airflow",
                                "Tableau, Looker"], mark="▪", size=8.8) + 4
    main_head("EXPERIENCE")
    jobs = [
        ("Senior Data Scientist, Personalization", "Apr 2021 – Present", "Spotify · New York, NY",
         ["Designed the interleaving framework now used for all Home-feed ranking tests; "
          "cut the time to a ship decision from 4 weeks to 9 days.",
          "Built a CUPED + switchback variance-reduction library in Python adopted by 14 teams.",
          "Lead a guild of 20 data scientists on experiment design reviews."]),
        ("Data Scientist, Search Ranking", "Jul 2018 – Mar 2021", "Etsy · Brooklyn, NY",
         ["Trained gradient-boosted and neural learning-to-rank models for search (+3.4% GMS in A/B test).",
          "Wrote the marketplace interference paper presented at KDD 2020."]),
        ("Data Science Intern", "Jun 2017 – Aug 2017", "The New York Times · New York, NY",
         ["Subscription propensity models in R; dashboards in Looker."]),
        ("Graduate Research Assistant", "Jan 2017 – May 2018",
         "Data Science Institute, Columbia University · New York, NY",
         ["Bayesian hierarchical models of hospital readmissions in Stan."]),
    ]
    for title, dates, org, items in jobs:
        yr = p.row(R, yr, RW, title, dates, 9.5)
        yr = p.text(R, yr + 0.3, RW, org, 9.0, "I") + 0.5
        yr = bullets(p, R + 1, yr, RW - 1, items, mark="▪", size=8.8) + 2.5
    # block 3: education + languages | projects + publications
    side_head("EDUCATION")
    for school, deg, dates in [("Columbia University", "M.S. Data Science", "2016 – 2018"),
                               ("Universidade de São Paulo", "B.Sc. Statistics", "2011 – 2015")]:
        yl = p.text(L, yl, LW, school, 9.0, "B")
        yl = p.text(L, yl, LW, deg, 8.8)
        yl = p.text(L, yl, LW, dates, 8.8, "I") + 2
    yl += 2
    side_head("LANGUAGES")
    yl = p.text(L, yl, LW, "Portuguese (native), English (fluent), Spanish (professional)", 8.8)
    main_head("PROJECTS")
    yr = p.text(R, yr, RW, "**bayes-ab** — open-source Python library for Bayesian A/B tests with "
                "sequential stopping; 600+ stars on GitHub (2019 – present).", 8.8) + 1
    yr = p.text(R, yr, RW, "**Podcast Churn Forecasting** — survival models for listener churn; "
                "top 3% in the Kaggle community competition (2022).", 8.8) + 4
    main_head("PUBLICATIONS")
    pubs = [
        "**Ferreira Santos, D.**, & Whitfield, J. (2020). Variance reduction for marketplace experiments "
        "with two-sided interference. In __Proceedings of the 26th ACM SIGKDD Conference on Knowledge "
        "Discovery & Data Mining__ (pp. 2871–2880). ACM.",
        "Okeke, C., **Ferreira Santos, D.**, Liang, M., & Brandt, S. (2019). Learning to rank handmade "
        "goods: Lessons from Etsy search. In __Proceedings of the 13th ACM Conference on Recommender "
        "Systems__ (pp. 455–459). ACM.",
    ]
    for pub in pubs:
        yr = p.text(R, yr, RW, pub, 8.6) + 1.5
    p.save(out)


def h04(out: Path) -> None:
    """Long-career manager; the header (name | contact) is a two-cell Word table."""
    from docx.shared import Pt

    d = new_docx()
    t = d.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), ["ROBERT J. LINDQVIST", "Engineering Leader — Commerce & Voice Platforms"],
               size=18, first_bold=True)
    cell_lines(t.cell(0, 1), ["Seattle, WA 98115", "(206) 555-0148", "rob.lindqvist@comcast.net",
                              "linkedin.com/in/roblindqvist"], align="right")
    para(d, "PROFESSIONAL SUMMARY", bold=True, size=12)
    para(d, "Engineering leader with 24 years of experience, the last eight managing managers. I build "
            "teams that ship customer-facing commerce systems at Amazon scale: 9 teams and 70 engineers "
            "today, a $14M annual budget, and a track record of growing senior engineers into leaders.")
    para(d, "EXPERIENCE", bold=True, size=12)
    roles = [
        ("Amazon", "Seattle, WA", [
            ("Senior Manager, Software Development — Alexa Shopping", "Oct 2019 – Present",
             ["Lead 9 teams (70 engineers, 8 managers) owning voice shopping, reorder and deals on Alexa.",
              "Launched 'Alexa, reorder' in 6 marketplaces; $310M incremental annual revenue.",
              "Drove the move from a shared monolith to 40 services on AWS Lambda and DynamoDB."]),
            ("Software Development Manager — Alexa Shopping", "Feb 2017 – Sep 2019",
             ["Built the shopping-list team from 3 to 22 engineers; hired 2 managers."]),
        ]),
        ("Expedia Group", "Bellevue, WA", [
            ("Principal Software Engineer, Hotels Platform", "Mar 2013 – Jan 2017",
             ["Technical lead for the hotel rate and availability platform (Java, Kafka, Cassandra)."]),
            ("Senior Software Engineer", "Apr 2010 – Feb 2013",
             ["Rebuilt the rate-cache service; 5x fewer stale-price complaints."]),
        ]),
        ("Zillow", "Seattle, WA", [
            ("Software Engineer II, Zestimate team", "Aug 2007 – Mar 2010",
             ["Moved the nightly Zestimate batch from Perl scripts to a Hadoop pipeline."]),
        ]),
        ("Microsoft", "Redmond, WA", [
            ("Software Development Engineer, Windows Live Hotmail", "Jul 2002 – Jul 2007",
             ["Anti-spam filtering back end in C#; shipped the 2005 Hotmail storage upgrade."]),
        ]),
    ]
    for org, place, positions in roles:
        p = para(d, f"**{org}**, {place}")
        p.paragraph_format.space_before = Pt(6)
        for title, dates, items in positions:
            para(d, f"**{title}**  |  {dates}")
            for it in items:
                para(d, it, style="List Bullet")
    para(d, "EARLIER CAREER", bold=True, size=12)
    para(d, "Boeing Commercial Airplanes, Everett, WA — Software Engineer (contract), 2000 – 2002")
    para(d, "EDUCATION", bold=True, size=12)
    para(d, "**University of Washington, Foster School of Business** — MBA (Evening Program), 2012")
    para(d, "**University of Washington** — B.S. Computer Engineering, 2000")
    para(d, "SKILLS", bold=True, size=12)
    para(d, "**Technical:** Java, Python, TypeScript, AWS, DynamoDB, Apache Kafka, Kubernetes, Microservices")
    para(d, "**Management:** Agile/Scrum, OKRs, Hiring, Budget Planning")
    para(d, "PATENTS & AWARDS", bold=True, size=12)
    para(d, "US 10,885,091 B1 — Voice-initiated reordering of consumable items (issued Jan 2021)",
         style="List Bullet")
    para(d, "Expedia Technical Excellence Award, Expedia Group, 2015", style="List Bullet")
    save_docx_stable(d, out, FIXED_DATE.timetuple())


def h08(out: Path) -> None:
    """Career changer (teacher to data analyst); Word heading styles and list bullets."""
    d = new_docx()
    para(d, "Sherry Xiaoyu Wang", bold=True, size=20)
    para(d, "Toronto, ON  ·  +1 (416) 555-0199  ·  sherry.xy.wang@gmail.com  ·  linkedin.com/in/sherryxywang")
    d.add_heading("Profile", level=1)
    para(d, "Former high-school mathematics teacher (8 years) turned data analyst. I bring classroom-tested "
            "communication to analytics: clear metrics, honest charts, and SQL that other people can read.")
    d.add_heading("Experience", level=1)
    jobs = [
        ("Data Analyst, Merchant Success", "Shopify", "Toronto, ON (remote)", "01/2022 – present",
         ["Own the merchant health score used by 300 success managers; rebuilt it in dbt on BigQuery.",
          "Designed the onboarding funnel dashboards in Looker; found a drop-off that led to a "
          "redesign worth +4 pts activation."]),
        ("Data Analytics Intern", "Wealthsimple", "Toronto, ON", "11/2021 – 12/2021",
         ["Cohort retention analysis of the crypto product in Python and Snowflake."]),
        ("Mathematics Teacher (Grades 9–12)", "Toronto District School Board", "Toronto, ON",
         "09/2013 – 06/2021",
         ["Taught Advanced Functions, Calculus & Vectors and Data Management at Northern Secondary School.",
          "Built a Google Sheets gradebook with Apps Script used by the whole department (14 teachers)."]),
        ("Math Tutor (part-time)", "Kumon Canada", "Markham, ON", "09/2010 – 06/2013", []),
    ]
    for title, org, place, dates, items in jobs:
        para(d, f"**{title}** — {org}, {place}\t{dates}")
        for it in items:
            para(d, it, style="List Bullet")
    d.add_heading("Education", level=1)
    para(d, "**BrainStation** — Diploma, Data Science (12-week full-time program)\t07/2021 – 10/2021")
    para(d, "**University of Toronto, Ontario Institute for Studies in Education (OISE)** — Bachelor of "
            "Education (B.Ed.), Intermediate/Senior Mathematics\t09/2012 – 06/2013")
    para(d, "**University of Toronto** — Honours Bachelor of Science (HBSc), Mathematics and Statistics"
            "\t09/2008 – 06/2012")
    d.add_heading("Certifications", level=1)
    para(d, "Google Data Analytics Professional Certificate (Coursera), 2021", style="List Bullet")
    para(d, "Tableau Desktop Specialist, 2022", style="List Bullet")
    d.add_heading("Skills", level=1)
    para(d, "**Analysis:** SQL, Python (pandas, NumPy, statsmodels), R, Excel (Power Query)")
    para(d, "**Visualization:** Tableau, Power BI, Looker")
    para(d, "**Data tools:** dbt, BigQuery, Snowflake, Git")
    para(d, "**Soft skills:** Stakeholder communication, curriculum design, public speaking")
    d.add_heading("Awards", level=1)
    para(d, "Excellence in Teaching Award — Toronto District School Board, 2019", style="List Bullet")
    save_docx_stable(d, out, FIXED_DATE.timetuple())


# ================================================================= test fixtures


def h11(out: Path) -> None:
    """Academic CV in a serif font: IEEE-style publications with the owner's name in bold."""
    p = Pdf("DejaVuSerif")
    X, W = 18.0, 180.0
    y = p.text(X, 14, W, "Kehinde Adeyemi", 20, "B", align="C")
    y = p.text(X, y + 1, W, "Ph.D. Candidate, GRASP Laboratory, University of Pennsylvania", 10.5, align="C")
    y = p.text(X, y + 0.5, W, "kadeyemi@seas.upenn.edu  |  +1 215-555-0177  |  kadeyemi.github.io  |  "
               "Philadelphia, PA", 9.5, align="C") + 3

    def head(t: str) -> None:
        nonlocal y
        y = p.page_break_if(y, 20)
        y = p.text(X, y, W, t, 11.5, "B")
        y = p.rule(X, y + 0.3, W) + 1.5

    head("EDUCATION")
    edu = [
        ("University of Pennsylvania, Philadelphia, PA", "Sep 2020 – present",
         ["Ph.D. in Mechanical Engineering and Applied Mechanics (expected May 2026)",
          "Advisor: Prof. Rebecca Thorsen-Mbeki",
          "M.S.E. in Robotics, earned en route, Dec 2022"]),
        ("Obafemi Awolowo University, Ile-Ife, Nigeria", "2012 – 2017",
         ["B.Sc. (Hons) in Mechanical Engineering, First Class Honours"]),
    ]
    for school, dates, lines in edu:
        y = p.row(X, y, W, school, dates, 10)
        for ln in lines:
            y = p.text(X + 3, y + 0.3, W - 3, ln, 9.5)
        y += 2.5
    head("RESEARCH AND WORK EXPERIENCE")
    jobs = [
        ("Research Intern", "May 2024 – Aug 2024", "NVIDIA Research (Seattle Robotics Lab) · Seattle, WA",
         ["Tactile-conditioned diffusion policies for cable routing on a Franka arm; trained in "
          "PyTorch with Isaac Sim data, deployed with ROS 2."]),
        ("Robotics Software Intern", "Jun 2022 – Aug 2022", "Boston Dynamics · Waltham, MA",
         ["Whole-body reachability checks in C++ for Spot Arm manipulation behaviors."]),
        ("Graduate Research Assistant", "Sep 2020 – present",
         "GRASP Laboratory, University of Pennsylvania · Philadelphia, PA",
         ["Contact-implicit model predictive control for dexterous manipulation, built on Drake and "
          "MuJoCo; hardware experiments on an Allegro hand."]),
        ("Graduate Engineer Trainee", "Nov 2017 – Jul 2019",
         "Shell Petroleum Development Company of Nigeria · Port Harcourt, Nigeria",
         ["Pipeline-inspection robot pilot; condition monitoring dashboards in MATLAB."]),
    ]
    for title, dates, place, items in jobs:
        y = p.page_break_if(y, 16)
        y = p.row(X, y, W, title, dates, 10)
        y = p.text(X, y + 0.2, W, place, 9.5, "I")
        y = bullets(p, X + 3, y + 0.3, W - 3, items, size=9.5) + 2.5
    head("PUBLICATIONS")
    pubs = [
        "[J1] **K. Adeyemi**, M. Castellanos, and R. Thorsen-Mbeki, “Contact-implicit model predictive "
        "control for dexterous in-hand reorientation,” __IEEE Trans. Robot.__, vol. 41, pp. 2210–2226, 2025.",
        "[J2] L. Zhou∗, **K. Adeyemi**∗, and R. Thorsen-Mbeki, “Tactile-conditioned diffusion policies for "
        "cable routing,” __IEEE Robot. Autom. Lett.__, vol. 9, no. 6, pp. 5402–5409, Jun. 2024.",
        "[C1] **K. Adeyemi**, P. Subramanian, A. Osei, and R. Thorsen-Mbeki, “Learning friction-aware grasp "
        "adaptation from sparse touch,” in __Proc. IEEE Int. Conf. Robot. Autom. (ICRA)__, Yokohama, "
        "Japan, 2024, pp. 8812–8818.",
        "[C2] M. Castellanos, **K. Adeyemi**, and R. Thorsen-Mbeki, “Sim-to-real transfer of whole-arm "
        "manipulation with differentiable contact,” in __Proc. Conf. Robot Learn. (CoRL)__, Atlanta, GA, "
        "2023, pp. 1502–1515.",
        "[C3] **K. Adeyemi** and R. Thorsen-Mbeki, “Fast reachability analysis for legged mobile "
        "manipulators,” in __Proc. IEEE/RSJ Int. Conf. Intell. Robots Syst. (IROS)__, Kyoto, Japan, 2022, "
        "pp. 4410–4417.",
        "[W1] **K. Adeyemi**, O. Balogun, and T. Eze, “Low-cost visual servoing for pipeline inspection "
        "crawlers,” in __Proc. IEEE AFRICON__, Accra, Ghana, 2019, pp. 1–6.",
    ]
    for pub in pubs:
        y = p.page_break_if(y, 10)
        y = p.text(X, y, W, pub, 9.5) + 1.5
    y = p.text(X, y, W, "∗ equal contribution", 8.5, "I") + 2
    head("HONORS AND AWARDS")
    for a in ["NSF Graduate Research Fellowship, National Science Foundation, 2021",
              "Best Student Paper Award Finalist, IEEE ICRA, 2024",
              "Dean's Fellowship, School of Engineering and Applied Science, University of Pennsylvania, 2020",
              "Shell Nigeria University Scholarship, Shell Petroleum Development Company, 2013"]:
        y = bullets(p, X, y, W, [a], size=9.5)
    y += 2
    head("TEACHING AND SERVICE")
    y = p.text(X, y, W, "Teaching Assistant, MEAM 520 Introduction to Robotics (Fall 2021, Fall 2022). "
               "Reviewer for ICRA, IROS, RA-L and CoRL.", 9.5)
    p.save(out)


def h12(out: Path) -> None:
    """Indian format: skills and academic qualifications in Word tables, personal details, declaration."""
    d = new_docx()
    para(d, "KARTHIK S. NATARAJAN", bold=True, size=18, align="center")
    para(d, "Bengaluru, Karnataka | +91 98450 12345 | karthik.natarajan.dev@gmail.com | "
            "linkedin.com/in/karthiknatarajan | github.com/karthik-n", align="center")
    para(d, "CAREER OBJECTIVE", bold=True, size=12)
    para(d, "Full-stack engineer with 7+ years of experience in high-scale consumer platforms, seeking a "
            "Staff Engineer role where I can own end-to-end product surfaces.")
    para(d, "PROFESSIONAL EXPERIENCE", bold=True, size=12)
    jobs = [
        ("Swiggy (Bundl Technologies Pvt. Ltd.)", "Bengaluru", "Senior Software Engineer (SDE-3)",
         "Jul 2021 to Present",
         ["Own the Instamart checkout web and partner APIs (Next.js, Node.js, Kotlin services).",
          "Cut checkout p95 latency from 1.9 s to 700 ms with edge caching on CloudFront."]),
        ("Flipkart", "Bengaluru", "Software Development Engineer II", "Mar 2019 to Jun 2021",
         ["Built the seller-onboarding portal in React/Redux and Spring Boot; 1.2 lakh sellers onboarded.",
          "Moved catalogue search suggestions from MySQL to Cassandra + Redis."]),
        ("Infosys Limited", "Mysuru / Pune", "Systems Engineer", "Jul 2017 to Feb 2019",
         ["Java and Angular maintenance for a UK retail bank's loan-origination system."]),
    ]
    for org, place, title, dates, items in jobs:
        para(d, f"**{title}** | {org}, {place} | {dates}")
        for it in items:
            para(d, it, style="List Bullet")
    para(d, "TECHNICAL SKILLS", bold=True, size=12)
    rows = [("Languages", "Java, JavaScript, TypeScript, Kotlin, Python"),
            ("Frontend", "React, Redux, Next.js, HTML5/CSS3"),
            ("Backend", "Node.js (Express), Spring Boot, GraphQL"),
            ("Databases", "PostgreSQL, MongoDB, Cassandra, Redis"),
            ("Cloud & DevOps", "AWS (EC2, S3, CloudFront), Docker, Jenkins, Kubernetes")]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        cell_lines(t.cell(i, 0), [f"**{k}**"])
        cell_lines(t.cell(i, 1), [v])
    para(d, "ACADEMIC QUALIFICATIONS", bold=True, size=12)
    rows = [("Qualification", "Institute", "Board / University", "Year", "Score"),
            ("B.Tech. (Computer Science & Engineering)", "National Institute of Technology, Tiruchirappalli",
             "NIT Trichy", "2017", "8.62 CGPA"),
            ("Class XII", "Delhi Public School, R.K. Puram, New Delhi", "CBSE", "2013", "94.2%"),
            ("Class X", "Delhi Public School, R.K. Puram, New Delhi", "CBSE", "2011", "10.0 CGPA")]
    t = d.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_lines(t.cell(i, j), [f"**{v}**" if i == 0 else v])
    para(d, "PROJECTS", bold=True, size=12)
    para(d, "**OpenSlots** — open-source React calendar and slot-picker component; 2.1k GitHub stars.",
         style="List Bullet")
    para(d, "**KiranaLedger** — offline-first PWA for small shop credit books (Firebase, IndexedDB); "
            "Smart India Hackathon 2017 entry.", style="List Bullet")
    para(d, "ACHIEVEMENTS", bold=True, size=12)
    for a in ["Flipkart Spot Award for seller-onboarding launch, Flipkart, 2020",
              "Infosys Insta Award for client delivery, Infosys, 2018",
              "Winner, Smart India Hackathon 2017, Ministry of Human Resource Development"]:
        para(d, a, style="List Bullet")
    para(d, "PERSONAL DETAILS", bold=True, size=12)
    para(d, "Date of Birth: 14/08/1995  |  Languages Known: English, Hindi, Tamil, Kannada  |  "
            "Nationality: Indian")
    para(d, "DECLARATION", bold=True, size=12)
    para(d, "I hereby declare that the information furnished above is true to the best of my knowledge.")
    para(d, "Place: Bengaluru\t\t\t\t\t\t(Karthik S. Natarajan)")
    save_docx_stable(d, out, FIXED_DATE.timetuple())


def h16(out: Path) -> None:
    """Single-column PDF, right-aligned dates, grouped roles, patents with ∘ sub-bullets."""
    p = Pdf()
    X, W = 16.0, 184.0
    y = p.text(X, 13, W, "Tomasz Wiśniewski", 20, "B")
    y = p.text(X, y + 0.5, W, "Chicago, IL · +1 312 555 0190 · tomasz.wisniewski@fastmail.com · "
               "linkedin.com/in/twisniewski", 9.5) + 2
    y = p.text(X, y, W, "Lead data engineer for real-time fraud detection. 10+ years of streaming and batch "
               "pipelines in Scala and Python; three US patents on streaming features.", 9.5) + 3

    def head(t: str) -> None:
        nonlocal y
        y = p.page_break_if(y, 20)
        y = p.text(X, y, W, t, 11, "B")
        y = p.rule(X, y + 0.3, W) + 1.5

    head("Experience")
    groups = [
        ("Discover Financial Services", "Riverwoods, IL", [
            ("Lead Data Engineer, Fraud Platform", "Jan 2021 – Present",
             ["Own the streaming feature platform (Spark Structured Streaming, Kafka) scoring 9k card "
              "transactions/s with a 40 ms budget.",
              "Moved 300 batch features from Hive to Flink; retired 2 on-prem Hadoop clusters."]),
            ("Senior Data Engineer", "Aug 2017 – Dec 2020",
             ["Built the EMR + Kinesis ingestion for card authorizations; Airflow for 1,100 daily jobs."]),
        ]),
        ("Groupon", "Chicago, IL", [
            ("Data Engineer", "Jul 2015 – Jul 2017",
             ["Deal-ranking feature pipelines in Scala on Hadoop; Presto dashboards for merchandising."]),
        ]),
        ("Motorola Solutions", "Schaumburg, IL", [
            ("Software Engineering Intern", "Summer 2014",
             ["Java tooling for LTE radio firmware regression tests."]),
        ]),
    ]
    for org, place, roles in groups:
        y = p.page_break_if(y, 16)
        y = p.row(X, y, W, org, place, 10, "B", "I") + 0.5
        for title, dates, items in roles:
            y = p.row(X + 2, y, W - 2, f"__{title}__", dates, 9.8, "") + 0.3
            y = bullets(p, X + 5, y, W - 5, items, mark="∘", size=9.3) + 1.5
        y += 1
    head("Education")
    y = p.row(X, y, W, "University of Illinois Urbana-Champaign", "Aug 2013 – May 2015", 10)
    y = p.text(X + 2, y + 0.3, W - 2, "M.S. in Computer Science", 9.5) + 2
    y = p.row(X, y, W, "Politechnika Warszawska (Warsaw University of Technology)", "2009 – 2013", 10)
    y = p.text(X + 2, y + 0.3, W - 2, "Inżynier (B.Eng.) in Computer Science", 9.5) + 3
    head("Patents")
    y = bullets(p, X, y, W, [
        "US 10,956,112 B1 — Streaming feature aggregation for real-time fraud scoring. Issued Mar. 23, 2021.",
        "US 11,403,557 B2 — Graph-based detection of synthetic identities in card applications. "
        "Issued Aug. 2, 2022.",
        "US 2023/0141729 A1 — Adaptive sampling of transaction streams for model monitoring. "
        "Published May 11, 2023 (pending)."], mark="▪", size=9.5) + 3
    head("Awards")
    y = bullets(p, X, y, W, [
        "Discover Innovation Award, Discover Financial Services, 2022",
        "Polish Olympiad in Informatics (XVI OI), Finalist, 2009"], mark="▪", size=9.5) + 3
    head("Skills")
    for k, v in [("Languages", "Scala, Python, Java, SQL"),
                 ("Big data", "Apache Spark (Structured Streaming), Apache Kafka, Apache Flink, Hive, Presto/Trino"),
                 ("Cloud", "AWS (EMR, Kinesis, Glue), Snowflake"),
                 ("Orchestration", "Airflow, Jenkins")]:
        y = p.text(X, y, W, f"**{k}:** {v}", 9.5) + 0.5
    p.save(out)


BUILDERS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "h03": ("docs/h03_two_column_ds.pdf", h03),
    "h04": ("docs/h04_eng_manager.docx", h04),
    "h08": ("docs/h08_career_changer.docx", h08),
    "h11": ("docs/h11_phd_robotics.pdf", h11),
    "h12": ("docs/h12_in_fullstack.docx", h12),
    "h16": ("docs/h16_data_eng_patents.pdf", h16),
}



if __name__ == "__main__":
    build_selected(BUILDERS, HERE, sys.argv[1:])

#!/usr/bin/env python3
"""Rebuild the held-out résumés in docs/ (text formats verbatim, PDFs with fpdf2, DOCX with
python-docx), so the committed binaries can be regenerated and reviewed.

usage: .venv/bin/python tests/corpora/professions/make_docs.py

The PDFs use DejaVu (for en-dashes and accents) when the system has it and the core
Helvetica/Times fonts otherwise.  Gold files in gold/ are hand-written, never generated.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from fixtures_text import TEXT  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository, for tests.support
from tests.support.docfiles import save_docx_stable  # noqa: E402

DOCS = HERE / "docs"
NL = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def write_text() -> None:
    for name, body in TEXT.items():
        (DOCS / name).write_text(body, encoding="utf-8")


def _pdf(serif: bool = False) -> tuple[FPDF, str]:
    """A4 PDF with a Unicode font when available; returns the font family name."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 1))
    stem = "DejaVuSerif" if serif else "DejaVuSans"
    if (DEJAVU / f"{stem}.ttf").exists():
        pdf.add_font("Body", "", str(DEJAVU / f"{stem}.ttf"))
        pdf.add_font("Body", "B", str(DEJAVU / f"{stem}-Bold.ttf"))
        pdf.add_font("Body", "I", str(DEJAVU / f"{stem}-{'Italic' if serif else 'Oblique'}.ttf"))
        return pdf, "Body"
    return pdf, "Times" if serif else "Helvetica"


# --------------------------------------------------------------------------- PDFs
def pdf_mehta() -> None:
    """US finance résumé: employer and dates on one line, title in italics below."""
    pdf, font = _pdf()
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    pdf.set_font(font, "B", 18)
    pdf.cell(0, 9, "ARJUN MEHTA", align="C", **NL)
    pdf.set_font(font, "", 9)
    pdf.cell(0, 5, "Jersey City, NJ  •  (201) 555-0143  •  arjun.mehta.cfa@gmail.com  •  "
             "linkedin.com/in/arjunmehta-fpa", align="C", **NL)

    def heading(t: str) -> None:
        pdf.ln(3)
        pdf.set_font(font, "B", 11)
        pdf.cell(0, 6, t, **NL)
        y = pdf.get_y()
        pdf.line(16, y, 194, y)
        pdf.ln(1.5)

    def job(org: str, dates: str, title: str, bullets: list[str]) -> None:
        pdf.set_font(font, "B", 10)
        pdf.cell(120, 5, org)
        pdf.set_font(font, "", 10)
        pdf.cell(0, 5, dates, align="R", **NL)
        pdf.set_font(font, "I", 10)
        pdf.cell(0, 5, title, **NL)
        pdf.set_font(font, "", 9.5)
        for b in bullets:
            pdf.set_x(20)
            pdf.multi_cell(0, 4.6, "• " + b, **NL)
        pdf.ln(1.5)

    heading("PROFESSIONAL EXPERIENCE")
    job("Pfizer Inc., New York, NY", "Jun 2021 – Present",
        "Senior Financial Analyst, FP&A – Oncology Business Unit",
        ["Own the $3.2B oncology revenue forecast and the monthly variance bridge for the CFO.",
         "Rebuilt the long-range plan model in Anaplan, cutting the planning cycle by two weeks."])
    job("Goldman Sachs, New York, NY", "Summer 2020",
        "Summer Associate, Investment Banking Division",
        ["Built three-statement and DCF models for two healthcare sell-side mandates."])
    job("Tata Consultancy Services, Mumbai, India", "Aug 2014 – Jun 2019",
        "Financial Analyst, Corporate Finance",
        ["Quarterly budgeting and cost-centre reporting for the BFSI vertical (US$1.1B revenue).",
         "Automated 40+ month-end reports with VBA and SQL."])
    heading("EDUCATION")
    pdf.set_font(font, "B", 10)
    pdf.cell(120, 5, "NYU Stern School of Business, New York, NY")
    pdf.set_font(font, "", 10)
    pdf.cell(0, 5, "May 2021", align="R", **NL)
    pdf.cell(0, 5, "Master of Business Administration (MBA), Finance and Accounting", **NL)
    pdf.ln(1)
    pdf.set_font(font, "B", 10)
    pdf.cell(120, 5, "University of Mumbai, Mumbai, India")
    pdf.set_font(font, "", 10)
    pdf.cell(0, 5, "2011 – 2014", align="R", **NL)
    pdf.cell(0, 5, "Bachelor of Commerce (B.Com.), Accounting and Finance", **NL)
    heading("SKILLS & CERTIFICATIONS")
    pdf.set_font(font, "", 10)
    pdf.multi_cell(0, 5, "Technical: Excel (financial modelling), VBA, SQL, Tableau, Anaplan, "
                   "Oracle Hyperion, SAP FICO", **NL)
    pdf.multi_cell(0, 5, "Certifications: CFA Level II Candidate; Financial Modeling & Valuation "
                   "Analyst (FMVA)", **NL)
    pdf.output(str(DOCS / "arjun_mehta.pdf"))


def pdf_ramirez() -> None:
    """Two-column sales résumé: a grey sidebar (contact, skills, education) beside the career."""
    pdf, font = _pdf()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(228, 232, 238)
    pdf.rect(0, 0, 68, 297, "F")
    # sidebar
    y = 16.0

    def side(title: str, lines: list[str]) -> None:
        nonlocal y
        pdf.set_xy(8, y)
        pdf.set_font(font, "B", 10)
        pdf.set_text_color(30, 60, 110)
        pdf.cell(54, 6, title)
        pdf.set_text_color(0, 0, 0)
        y += 7
        pdf.set_font(font, "", 8.5)
        for line in lines:
            pdf.set_xy(8, y)
            pdf.multi_cell(54, 4.4, line)
            y = pdf.get_y() + 0.6
        y += 4

    side("CONTACT", ["Monterrey, N.L., México", "+52 81 1234 5678", "carlos.ramirez.ventas@gmail.com",
                     "linkedin.com/in/carlosramirezsales"])
    side("SKILLS", ["Key account management", "Solution selling", "Sales forecasting",
                    "Salesforce CRM", "SAP SD", "Power BI", "Contract negotiation"])
    side("EDUCATION", ["Tecnológico de Monterrey", "Licenciatura en Mercadotecnia",
                       "(Bachelor's in Marketing)", "2006 – 2010", "",
                       "IPADE Business School", "Programa de Dirección (Management Program)",
                       "2017"])
    side("LANGUAGES", ["Spanish – native", "English – C1 (TOEFL 102)"])
    # main column
    x = 76
    pdf.set_xy(x, 16)
    pdf.set_font(font, "B", 18)
    pdf.cell(0, 10, "Carlos Eduardo Ramírez Treviño", **{"new_x": XPos.LEFT, "new_y": YPos.NEXT})
    pdf.set_font(font, "", 11)
    pdf.set_text_color(30, 60, 110)
    pdf.cell(0, 6, "Regional Sales Manager · Industrial Automation",
             **{"new_x": XPos.LEFT, "new_y": YPos.NEXT})
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)

    def head(t: str) -> None:
        pdf.set_x(x)
        pdf.set_font(font, "B", 12)
        pdf.set_text_color(30, 60, 110)
        pdf.cell(0, 7, t, **{"new_x": XPos.LEFT, "new_y": YPos.NEXT})
        pdf.set_text_color(0, 0, 0)

    def para(t: str, style: str = "", size: float = 9.5) -> None:
        pdf.set_x(x)
        pdf.set_font(font, style, size)
        pdf.multi_cell(124, 4.8, t, **{"new_x": XPos.LEFT, "new_y": YPos.NEXT})

    head("PROFILE")
    para("Fourteen years selling automation and electrification solutions to automotive and "
         "food & beverage plants in northern Mexico. I build teams that hit quota.")
    pdf.ln(3)
    head("EXPERIENCE")
    para("Regional Sales Manager, Northern Mexico", "B", 10.5)
    para("Schneider Electric México  |  Jan 2019 – Present", "I")
    para("• Lead 9 account managers; region grew from US$38M to US$61M bookings (2019–2023).\n"
         "• Won the Ternium Pesquería plant-wide PLC migration (US$7.4M).")
    pdf.ln(2)
    para("Key Account Manager, Automotive", "B", 10.5)
    para("ABB México  |  Mar 2014 – Dec 2018", "I")
    para("• Managed GM Ramos Arizpe, Kia Pesquería and tier-1 suppliers; 128% of quota in 2016.")
    pdf.ln(2)
    para("Sales Engineer", "B", 10.5)
    para("Festo Pneumatic  |  Jul 2010 – Feb 2014", "I")
    para("• Technical sales of pneumatic and electric actuators to OEMs in Nuevo León and Coahuila.")
    pdf.ln(3)
    head("ACHIEVEMENTS")
    para("• President's Club, Schneider Electric (2021, 2023)\n"
         "• Top Sales Performer LATAM, ABB Robotics & Discrete Automation (2016)")
    pdf.output(str(DOCS / "carlos_ramirez_trevino.pdf"))


def pdf_el_amrani() -> None:
    """Serif, sober pharmacist CV: Title-case headings with colons, year-only dates."""
    pdf, font = _pdf(serif=True)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font(font, "B", 16)
    pdf.cell(0, 8, "Dr. Fatima Zahra El Amrani", **NL)
    pdf.set_font(font, "", 10)
    pdf.cell(0, 5, "Hospital Pharmacist", **NL)
    pdf.cell(0, 5, "Casablanca, Morocco – Tel: +212 661 23 45 67 – fz.elamrani@gmail.com", **NL)

    def heading(t: str) -> None:
        pdf.ln(4)
        pdf.set_font(font, "B", 11.5)
        pdf.cell(0, 6, t, **NL)
        pdf.set_font(font, "", 10)

    def entry(dates: str, text: str) -> None:
        y = pdf.get_y()
        pdf.set_font(font, "", 10)
        pdf.cell(30, 5, dates)
        pdf.set_xy(50, y)
        pdf.multi_cell(140, 5, text, **NL)
        pdf.ln(1)

    heading("Professional Experience:")
    entry("2019 – present", "Hospital Pharmacist, Ibn Rochd University Hospital (CHU Ibn Rochd), "
          "Casablanca\nCentral pharmacy; oncology compounding unit (cytotoxic preparations); "
          "member of the antimicrobial stewardship committee.")
    entry("2016 – 2019", "Community Pharmacist, Pharmacie Al Amal, Rabat\nDispensing, patient "
          "counselling and stock management for a high-volume city pharmacy.")
    entry("2015", "Pharmacy Intern (6 months), Sanofi Maroc, Casablanca\nQuality assurance "
          "department: batch record review and deviation reports.")
    heading("Education:")
    entry("2017 – 2019", "Master in Hospital and Clinical Pharmacy, Faculty of Medicine and "
          "Pharmacy of Rabat, Mohammed V University")
    entry("2010 – 2016", "Doctor of Pharmacy (Pharm.D.), Faculty of Medicine and Pharmacy of "
          "Rabat, Mohammed V University\nThesis: Drug-related problems in elderly outpatients.")
    heading("Skills:")
    pdf.multi_cell(0, 5, "Sterile and cytotoxic compounding, Pharmacovigilance, Antimicrobial "
                   "stewardship, Therapeutic drug monitoring, Inventory management", **NL)
    heading("Languages:")
    pdf.multi_cell(0, 5, "Arabic (native), Tamazight (native), French (fluent), English (good)", **NL)
    heading("Memberships:")
    pdf.multi_cell(0, 5, "Ordre des Pharmaciens du Maroc – Conseil Régional du Sud", **NL)
    pdf.output(str(DOCS / "fatima_zahra_el_amrani.pdf"))


# --------------------------------------------------------------------------- DOCX
def _save(d: docx.document.Document, name: str) -> None:
    save_docx_stable(d, DOCS / name, (2025, 1, 1, 0, 0, 0))


def _docx() -> docx.document.Document:
    d = docx.Document()
    d.core_properties.author = "heldout4"
    d.core_properties.created = __import__("datetime").datetime(2025, 1, 1)
    d.core_properties.modified = __import__("datetime").datetime(2025, 1, 1)
    return d


def docx_dlamini() -> None:
    """Word heading styles, employer and dates on one line separated by a right tab."""
    d = _docx()
    d.add_heading("Nomvula Dlamini", level=0)
    d.add_paragraph("HR Business Partner  ·  Johannesburg, Gauteng  ·  +27 82 555 0134  ·  "
                    "nomvula.dlamini@webmail.co.za")

    def role(org: str, dates: str, title: str, bullets: list[str]) -> None:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
        p.add_run(org).bold = True
        p.add_run("\t" + dates)
        t = d.add_paragraph()
        t.add_run(title).italic = True
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")

    d.add_heading("Professional Summary", level=1)
    d.add_paragraph("HR business partner with 11 years in banking and petrochemicals. I translate "
                    "business strategy into people plans: organisational design, employee "
                    "relations and transformation.")
    d.add_heading("Work Experience", level=1)
    role("Standard Bank Group, Johannesburg", "Feb 2018 – Present",
         "HR Business Partner – Corporate & Investment Banking",
         ["Partner to three Exco members (2,400 employees) on workforce planning and reward.",
          "Led the Section 189 consultation for the operations restructure with no CCMA referrals."])
    role("Sasol Limited, Secunda", "Jan 2014 – Jan 2018", "HR Generalist",
         ["Employee relations for 1,100 unionised staff at Secunda Synfuels.",
          "Implemented SAP SuccessFactors Performance & Goals for the site."])
    role("Woolworths Holdings, Cape Town", "Jan 2013 – Dec 2013", "HR Graduate Intern", [])
    d.add_heading("Education", level=1)
    d.add_paragraph("BCom Honours in Industrial Psychology — University of Pretoria, 2012")
    d.add_paragraph("BCom Human Resource Management — University of Johannesburg, 2009 – 2011")
    d.add_heading("Skills", level=1)
    for s in ["Employee relations and the Labour Relations Act", "Organisational design",
              "Workday", "SAP SuccessFactors", "Employment Equity reporting", "Change management"]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Professional Membership", level=1)
    d.add_paragraph("Registered HR Professional, SABPP (South African Board for People Practices)")
    _save(d, "nomvula_dlamini.docx")


def docx_carter() -> None:
    """Header as a two-cell table (name left, contact right), capitals headings in bold runs,
    year-only dates, a promotion inside KPMG and a career break."""
    d = _docx()
    tbl = d.add_table(rows=1, cols=2)
    left, right = tbl.rows[0].cells
    r = left.paragraphs[0].add_run("Emily Carter ACA")
    r.bold, r.font.size = True, Pt(20)
    left.add_paragraph("Chartered Accountant – Audit & Assurance")
    right.paragraphs[0].add_run("Manchester, M20")
    right.add_paragraph("emily.carter.aca@gmail.com")
    right.add_paragraph("07812 345678")

    def heading(t: str) -> None:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        run = p.add_run(t)
        run.bold, run.font.size = True, Pt(12)
        run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    def line(text: str, bold: bool = False) -> None:
        p = d.add_paragraph()
        p.add_run(text).bold = bold

    heading("PROFILE")
    line("ICAEW Chartered Accountant with ten years in external audit of listed and "
         "owner-managed businesses, back in practice since 2020 after a career break.")
    heading("EXPERIENCE")
    line("Grant Thornton UK LLP, Manchester    2020 – Present", bold=True)
    line("Audit Manager (joined through the Return to Work programme)")
    d.add_paragraph("Portfolio of 18 audits in manufacturing and not-for-profit, fees £1.4M.",
                    style="List Bullet")
    line("Career break    2017 – 2020", bold=True)
    line("Full-time carer for a family member. Completed ICAEW CPD on IFRS 16 and ISA 315 (Revised).")
    line("KPMG LLP, Leeds    2010 – 2017", bold=True)
    line("Assistant Manager, Audit (2014 – 2017)")
    d.add_paragraph("Ran the fieldwork on two FTSE 250 groups; coached a team of six.",
                    style="List Bullet")
    line("Audit Senior (2010 – 2014)")
    d.add_paragraph("Graduate scheme; qualified ACA in 2013 at first attempt.", style="List Bullet")
    heading("PROFESSIONAL QUALIFICATIONS")
    line("ACA – Institute of Chartered Accountants in England and Wales (ICAEW), 2013")
    heading("EDUCATION")
    line("University of Leeds — BA (Hons) Accounting and Finance, 2:1    2007 – 2010")
    heading("SKILLS")
    line("IFRS · FRS 102 · ISAs (UK) · CaseWare · Alteryx · Excel · Power BI")
    _save(d, "emily_carter.docx")


def docx_papadopoulos() -> None:
    """Chef CV: pipe-separated role | venue | dates lines, seasonal summers, bold caps headings."""
    d = _docx()
    p = d.add_paragraph()
    r = p.add_run("DIMITRIOS PAPADOPOULOS")
    r.bold, r.font.size = True, Pt(18)
    d.add_paragraph("Head Chef\n23 Dorset Street, London W1U 6QF | +44 7700 900 771 | "
                    "chef.dpapadopoulos@gmail.com | Instagram @chef_dimitris")

    def heading(t: str) -> None:
        p = d.add_paragraph()
        run = p.add_run(t)
        run.bold, run.font.size = True, Pt(12)

    heading("CAREER SUMMARY")
    d.add_paragraph("Greek-born chef with 13 years in luxury hotels and fine dining, from "
                    "Mediterranean tasting menus to high-volume banqueting.")
    heading("KITCHEN EXPERIENCE")
    for head, bullets in [
        ("HEAD CHEF | Nobu Hotel London Portman Square | Apr. 2019 – Present",
         ["Run a brigade of 28 across the restaurant, bar and banqueting; GP up from 68% to 74%."]),
        ("SOUS CHEF | Four Seasons Astir Palace, Athens | May 2016 – Mar. 2019",
         ["Opened the hotel's Greek restaurant Taverna 37 in 2018."]),
        ("CHEF DE PARTIE | Funky Gourmet, Athens | 2013 – 2016",
         ["Pastry and cold sections in a two-Michelin-star kitchen."]),
        ("COMMIS CHEF (seasonal) | Grecotel Creta Palace, Rethymno | Summers 2011 – 2012", []),
    ]:
        p = d.add_paragraph()
        p.add_run(head).bold = True
        for b in bullets:
            d.add_paragraph(b, style="List Bullet")
    heading("TRAINING & EDUCATION")
    d.add_paragraph("Le Cordon Bleu London – Diplôme de Cuisine, 2011 – 2012")
    d.add_paragraph("University of the Aegean, Chios – BSc Business Administration "
                    "(Tourism Management), 2006 – 2010")
    heading("SKILLS")
    d.add_paragraph("Menu engineering · Food cost control · HACCP · Sous-vide · Fermentation · "
                    "Pastry")
    heading("AWARDS")
    d.add_paragraph("Young Chef of the Year, Chef Awards Greece – 2017")
    heading("LANGUAGES")
    d.add_paragraph("Greek (native), English (fluent), Italian (conversational)")
    _save(d, "dimitrios_papadopoulos.docx")


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    write_text()
    pdf_mehta()
    pdf_ramirez()
    pdf_el_amrani()
    docx_dlamini()
    docx_carter()
    docx_papadopoulos()


if __name__ == "__main__":
    main()

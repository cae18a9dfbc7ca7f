#!/usr/bin/env python3
"""Write the binary documents of the multilingual corpus (docx and pdf) into docs/.

usage: python make_docs.py            (needs python-docx and fpdf2)

Deterministic: fixed document metadata, fixed zip timestamps, fixed PDF dates and file id, so a
rebuild gives byte-identical files.  All persons are invented.
"""
import datetime as dt
import os
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository, for tests.support
from tests.support.docfiles import no_borders, save_docx_stable

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
FIXED = dt.datetime(2024, 5, 1, 12, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# ---------------------------------------------------------------- docx helpers
def new_docx():
    doc = Document()
    cp = doc.core_properties
    cp.author = cp.last_modified_by = ""
    cp.created = cp.modified = FIXED
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return doc


def save_docx(doc, name):
    path = os.path.join(DOCS, name)
    save_docx_stable(doc, path, (2024, 5, 1, 12, 0, 0), mode=0o644)
    print("wrote", path)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, space_after=2, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, hex_fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tc_pr.append(shd)



# ------------------------------------------------ de03: tab-separated date lines
def de03_krause():
    doc = new_docx()
    para(doc, "Sabine Krause", bold=True, size=20, space_after=0)
    para(doc, "Friedrich-Ebert-Straße 12 · 45127 Essen · 0171 2345678 · sabine.krause@example.de", size=9, space_after=12)
    para(doc, "Lebenslauf", bold=True, size=14, space_after=8)

    def section(title):
        para(doc, title, bold=True, size=12, space_after=4, color=(0x1F, 0x4E, 0x79))

    def row(left, right, bold=False):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.0), WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.left_indent = Cm(4.0)
        p.paragraph_format.first_line_indent = Cm(-4.0)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(left + "\t")
        r = p.add_run(right)
        r.bold = bold

    section("Berufserfahrung")
    row("seit 08/2021", "Senior Controllerin, thyssenkrupp Materials Services GmbH, Essen", bold=True)
    row("", "Konzernreporting nach IFRS; Aufbau eines Power-BI-Dashboards für die Geschäftsführung")
    row("10/2019 – 07/2021", "Elternzeit", bold=True)
    row("07/2016 – 09/2019", "Controllerin, Evonik Industries AG, Essen", bold=True)
    row("", "Monatsabschlüsse, Forecasts und Abweichungsanalysen für das Segment Specialty Additives")
    row("09/2014 – 06/2016", "Kaufmännische Sachbearbeiterin, Evonik Industries AG, Marl", bold=True)
    row("", "Kreditorenbuchhaltung und Reisekostenabrechnung")
    para(doc, space_after=6)

    section("Ausbildung")
    row("10/2014 – 03/2018", "Bachelor of Arts Betriebswirtschaftslehre (berufsbegleitend), FOM Hochschule für Oekonomie & Management, Essen", bold=True)
    row("", "Abschlussnote 1,8; Bachelorarbeit zum Working-Capital-Management")
    row("08/2011 – 06/2014", "Ausbildung zur Industriekauffrau, Evonik Industries AG, Marl", bold=True)
    row("", "Abschluss vor der IHK Nord Westfalen")
    row("06/2011", "Allgemeine Hochschulreife, Gymnasium Essen-Werden", bold=True)
    para(doc, space_after=6)

    section("Zertifikate")
    row("2020", "SAP Certified Application Associate – SAP S/4HANA for Management Accounting")
    row("2019", "Geprüfte Bilanzbuchhalterin (IHK)")
    para(doc, space_after=6)

    section("Kenntnisse")
    row("EDV", "SAP S/4HANA (FI/CO), MS Office (Excel inkl. VBA, PowerPoint), Power BI, DATEV")
    row("Fachlich", "IFRS, HGB, Kostenrechnung")
    row("Sprachen", "Deutsch (Muttersprache), Englisch (fließend), Türkisch (Grundkenntnisse)")
    para(doc, space_after=18)

    para(doc, "Essen, im April 2024")
    save_docx(doc, "de03_docx_krause.docx")


# ------------------------------------------------- fr03: Word heading styles
def fr03_tremblay():
    doc = new_docx()
    doc.add_paragraph("Marc-Antoine Tremblay", style="Title")
    doc.add_paragraph("Analyste principal en intelligence d'affaires", style="Subtitle")
    para(doc, "Montréal (Québec) · 514 555-0147 · ma.tremblay@example.ca · linkedin.com/in/matremblay", size=9, space_after=10)

    def h1(t):
        doc.add_heading(t, level=1)

    def h2(t):
        doc.add_heading(t, level=2)

    def when(t):
        para(doc, t, italic=True, size=9.5)

    def bullet(t):
        doc.add_paragraph(t, style="List Bullet")

    h1("Profil")
    para(doc, "Analyste BI bilingue cumulant plus de sept ans d'expérience en modélisation de données "
              "et en visualisation dans le secteur financier.")

    h1("Expérience professionnelle")
    h2("Analyste principal, intelligence d'affaires — Desjardins")
    when("Montréal · mai 2020 à aujourd'hui")
    bullet("Conception de l'entrepôt de données des prêts hypothécaires (SQL Server, SSIS)")
    bullet("Déploiement de Power BI auprès de 300 utilisateurs")
    h2("Analyste en intelligence d'affaires — Desjardins")
    when("Lévis · août 2017 à avril 2020")
    bullet("Automatisation des rapports réglementaires de l'AMF")
    h2("Stagiaire en analyse de données — Hydro-Québec")
    when("Montréal · été 2016")
    bullet("Analyse de la consommation résidentielle avec Python")

    h1("Formation")
    h2("Maîtrise en administration des affaires (MBA) — HEC Montréal")
    when("2019 – 2022 · temps partiel")
    h2("Baccalauréat en génie logiciel — École de technologie supérieure (ÉTS)")
    when("2013 – 2017 · régime coopératif")
    h2("Diplôme d'études collégiales (DEC), Sciences de la nature — Cégep de Sainte-Foy")
    when("2011 – 2013")

    h1("Compétences")
    for t in ("SQL (SQL Server, PostgreSQL)", "Power BI, Tableau", "Python (pandas, scikit-learn)",
              "SSIS, Azure Data Factory", "Modélisation dimensionnelle"):
        bullet(t)

    h1("Certifications")
    para(doc, "Microsoft Certified: Power BI Data Analyst Associate (2021)")

    h1("Langues")
    para(doc, "Français : langue maternelle · Anglais : bilingue (niveau professionnel)")

    h1("Bénévolat")
    para(doc, "Trésorier, Club de soccer FC Rosemont (2018 à aujourd'hui)")
    save_docx(doc, "fr03_docx_tremblay.docx")


# ------------------------------------------- nl02: two-column layout table
def nl02_bakker():
    doc = new_docx()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    no_borders(table)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(5.5), Cm(12.5)
    shade(left, "E8EEF4")

    def side_head(t):
        para(left, t, bold=True, size=11, space_after=3, color=(0x1F, 0x4E, 0x79))

    left.paragraphs[0].text = ""
    side_head("CONTACT")
    for t in ("Eindhoven", "06-98765432", "pieter.bakker@example.nl", "linkedin.com/in/pieterbakker"):
        para(left, t, size=9)
    para(left, space_after=6)
    side_head("PERSONALIA")
    para(left, "Geboortedatum: 12-05-1989", size=9)
    para(left, "Nationaliteit: Nederlandse", size=9)
    para(left, "Rijbewijs: B", size=9)
    para(left, space_after=6)
    side_head("VAARDIGHEDEN")
    for t in ("Java, Kotlin", "Spring Boot", "C++ (Qt)", "PostgreSQL", "Kafka", "Kubernetes, Docker", "Azure", "Git"):
        para(left, t, size=9)
    para(left, space_after=6)
    side_head("TALEN")
    for t in ("Nederlands – moedertaal", "Engels – vloeiend", "Duits – goed"):
        para(left, t, size=9)

    right.paragraphs[0].text = ""
    r = right.paragraphs[0].add_run("Pieter Bakker")
    r.bold = True
    r.font.size = Pt(22)
    para(right, "Senior Software Engineer", size=12, space_after=10)

    def main_head(t):
        para(right, t, bold=True, size=12, space_after=4, color=(0x1F, 0x4E, 0x79))

    def job(title, org, when, bullets=()):
        para(right, f"{title} — {org}", bold=True, space_after=0)
        para(right, when, italic=True, size=9, space_after=2)
        for b in bullets:
            para(right, "• " + b, size=9.5)
        para(right, space_after=2)

    main_head("PROFIEL")
    para(right, "Backend-engineer met ruim tien jaar ervaring in de hightech-industrie, van printersoftware "
                "tot lithografiemachines. Sterk in het ontwerpen van robuuste, goed testbare services.", space_after=8)
    main_head("WERKERVARING")
    job("Senior Software Engineer", "ASML, Veldhoven", "jan. 2020 – heden",
        ["Ontwerp van de datapijplijn voor machine-diagnostiek (Kotlin, Kafka)",
         "Technisch aanspreekpunt voor een team van zes ontwikkelaars"])
    job("Software Engineer", "Océ Technologies (nu Canon Production Printing), Venlo", "aug. 2014 – dec. 2019",
        ["Ontwikkeling van de printqueue-software in C++/Qt en Java"])
    job("Loopbaanonderbreking", "wereldreis door Zuid-Amerika en Azië", "jul. 2013 – jul. 2014")
    job("Afstudeerstagiair", "Philips Healthcare, Best", "feb. 2013 – jun. 2013",
        ["Prototype van een DICOM-exportservice in Java"])
    main_head("OPLEIDING")
    job("Bachelor (HBO) ICT & Software Engineering", "Fontys Hogeschool ICT, Eindhoven", "2009 – 2013")
    job("MBO niveau 4 Applicatieontwikkelaar", "Summa College, Eindhoven", "2005 – 2009")
    main_head("CURSUSSEN")
    para(right, "2021 – Certified Kubernetes Application Developer (CKAD), The Linux Foundation", size=9.5)
    save_docx(doc, "nl02_docx_bakker.docx")


# ---------------------------------------------------------------- pdf helpers
class CV(FPDF):
    def __init__(self):
        super().__init__(format="A4")
        self.set_creation_date(FIXED)
        self.file_id = lambda: "<0123456789ABCDEF0123456789ABCDEF><0123456789ABCDEF0123456789ABCDEF>"
        self.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self.set_author("")
        self.set_creator("make_docs.py")
        self.set_auto_page_break(True, margin=15)


def save_pdf(pdf, name):
    path = os.path.join(DOCS, name)
    pdf.output(path)
    print("wrote", path)


# ----------------------------------- es02: one column, right-aligned dates
def es02_martinez():
    pdf = CV()
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    w = pdf.epw
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(w, 9, "ANDREA MARTÍNEZ RUIZ", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(w, 6, "Gerente de Cadena de Suministro", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(w, 5, "Ciudad de México · andrea.mtz@example.mx · +52 55 1234 5678", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def section(t):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(0x1F, 0x4E, 0x79)
        pdf.cell(w, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0x1F, 0x4E, 0x79)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + w, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)

    def entry(left, dates, bullets=(), sub=None):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(w, 5.5, dates, align="R")
        pdf.set_xy(pdf.l_margin, y)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(w - 40, 5.5, left, new_x="LMARGIN", new_y="NEXT")
        if sub:
            pdf.set_font("DejaVu", "I", 9)
            pdf.cell(w - 40, 5, sub, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        for b in bullets:
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(w - 44, 4.6, "• " + b, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def text(t):
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(w, 4.8, t, align="L", new_x="LMARGIN", new_y="NEXT")

    section("PERFIL")
    text("Ingeniera industrial con diez años de experiencia en planeación de demanda, logística y compras "
         "en empresas de consumo masivo y de la construcción.")
    section("EXPERIENCIA PROFESIONAL")
    entry("Gerente de Planeación de Demanda — Grupo Bimbo, Ciudad de México", "mar. 2021 – actualidad",
          ["Implementación del proceso S&OP para 12 plantas en México y Centroamérica.",
           "Reducción del error de pronóstico (MAPE) de 38 % a 24 %."])
    entry("Pausa profesional (cuidado familiar)", "ene. 2019 – feb. 2021")
    entry("Coordinadora de Logística — Cemex, Monterrey", "ago. 2015 – dic. 2018",
          ["Coordinación de la distribución de cemento a granel en la región noreste."])
    entry("Analista de Compras — Cemex, Monterrey", "jul. 2013 – jul. 2015",
          ["Negociación con proveedores de refacciones; ahorro anual de 1,2 MDD."])
    entry("Practicante de Ingeniería Industrial — Nestlé México, Toluca", "ene. 2012 – jun. 2012")
    section("FORMACIÓN ACADÉMICA")
    entry("Maestría en Administración de Empresas (MBA)", "2016 – 2018",
          sub="EGADE Business School, Tecnológico de Monterrey")
    entry("Licenciatura en Ingeniería Industrial", "2008 – 2012",
          sub="Universidad Nacional Autónoma de México (UNAM)")
    section("CERTIFICACIONES")
    text("APICS CPIM (2017) · Lean Six Sigma Green Belt (2014)")
    section("HABILIDADES")
    text("SAP ERP (MM, SD, APO) · Excel avanzado (Power Query, tablas dinámicas) · Power BI · Minitab · "
         "Lean Manufacturing · S&OP")
    section("IDIOMAS")
    text("Español (nativo) · Inglés (avanzado, TOEFL iBT 104) · Portugués (intermedio)")
    save_pdf(pdf, "es02_pdf_martinez.pdf")


# ------------------------------------------------------- pt02: two columns
def pt02_ferreira():
    pdf = CV()
    pdf.set_margins(0, 0, 0)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    side_w, gap = 62, 8
    pdf.set_fill_color(0x2E, 0x3B, 0x4E)
    pdf.rect(0, 0, side_w, pdf.h, style="F")

    # sidebar (left)
    x0, y = 8, 18
    sw = side_w - 16

    def side_head(t):
        nonlocal y
        pdf.set_text_color(0xF2, 0xB1, 0x34)
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_xy(x0, y)
        pdf.cell(sw, 6, t)
        y += 8

    def side_line(t, size=8.5):
        nonlocal y
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "", size)
        pdf.set_xy(x0, y)
        pdf.multi_cell(sw, 4.6, t)
        y = pdf.get_y() + 0.8

    side_head("CONTACTOS")
    for t in ("Porto, Portugal", "+351 912 345 678", "ines.ferreira@example.pt"):
        side_line(t)
    y += 6
    side_head("COMPETÊNCIAS")
    for t in ("AutoCAD", "Revit / BIM", "Robot Structural Analysis", "SAP2000", "MS Project", "Eurocódigos"):
        side_line(t)
    y += 6
    side_head("LÍNGUAS")
    for t in ("Português — nativo", "Inglês — C1", "Francês — B2"):
        side_line(t)

    # main column (right)
    mx = side_w + gap
    mw = pdf.w - mx - 12
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(mx, 16)
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(mw, 10, "INÊS CARVALHO FERREIRA", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(mw, 6, "Engenheira Civil — Estruturas", new_x="LEFT", new_y="NEXT")
    pdf.ln(4)

    def head(t):
        pdf.ln(2)
        pdf.set_x(mx)
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(0x2E, 0x3B, 0x4E)
        pdf.cell(mw, 6, t, new_x="LEFT", new_y="NEXT")
        pdf.set_draw_color(0xF2, 0xB1, 0x34)
        pdf.line(mx, pdf.get_y(), mx + mw, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)

    def item(title, dates, org, lines=()):
        y0 = pdf.get_y()
        pdf.set_xy(mx, y0)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(mw, 5, dates, align="R")
        pdf.set_xy(mx, y0)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(mw - 38, 5, title, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "I", 9)
        pdf.set_x(mx)
        pdf.cell(mw, 4.8, org, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.8)
        for t in lines:
            pdf.set_x(mx + 3)
            pdf.multi_cell(mw - 3, 4.4, t, align="L", new_x="LEFT", new_y="NEXT")
            pdf.set_x(mx)
        pdf.ln(1.5)

    head("PERFIL")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_x(mx)
    pdf.multi_cell(mw, 4.6, "Engenheira civil com oito anos de experiência em projeto de estruturas de betão armado "
                            "e metálicas, em obras de edifícios hospitalares e de habitação.",
                   align="L", new_x="LEFT", new_y="NEXT")
    head("EXPERIÊNCIA PROFISSIONAL")
    item("Engenheira de Estruturas Sénior", "jan. 2020 – presente",
         "Teixeira Duarte – Engenharia e Construções, S.A., Lisboa",
         ["• Coordenação do projeto de estruturas de um hospital com 40 000 m²."])
    item("Engenheira de Estruturas", "set. 2016 – dez. 2019", "Mota-Engil, Porto",
         ["• Dimensionamento sísmico de edifícios de habitação segundo o EC8."])
    item("Estagiária de Engenharia (estágio profissional)", "out. 2015 – ago. 2016", "Mota-Engil, Porto")
    head("FORMAÇÃO ACADÉMICA")
    item("Mestrado Integrado em Engenharia Civil", "2010 – 2015",
         "Faculdade de Engenharia da Universidade do Porto (FEUP)",
         ["Especialização em Estruturas; média final de 16 valores."])
    item("Programa Erasmus", "2013/2014", "Universitat Politècnica de València, Espanha")
    head("PRÉMIOS")
    pdf.set_font("DejaVu", "", 9)
    for t in ("2016 – Menção honrosa, Prémio Secil Universidades – Engenharia Civil",
              "2014 – Prémio de Mérito Académico, FEUP"):
        pdf.set_x(mx)
        pdf.multi_cell(mw, 4.8, t, align="L", new_x="LEFT", new_y="NEXT")
    save_pdf(pdf, "pt02_pdf_ferreira.pdf")


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    de03_krause()
    fr03_tremblay()
    nl02_bakker()
    es02_martinez()
    pt02_ferreira()

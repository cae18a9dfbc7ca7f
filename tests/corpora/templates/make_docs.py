"""Regenerate the binary fixtures (.pdf, .docx) of the second held-out résumé corpus.

The text fixtures (.tex, .txt, .md, .json) are written by hand and live in docs/ beside
the generated ones; the .pdf and .docx ones are built here, deterministically (fixed creation dates,
subset fonts, fixed zip timestamps)::

    .venv/bin/python tests/corpora/templates/make_docs.py            # all of them
    .venv/bin/python tests/corpora/templates/make_docs.py r04 r08    # some of them

Needs ``fpdf2`` and ``python-docx`` and the DejaVu TrueType fonts
(``/usr/share/fonts/truetype/dejavu``, Debian package ``fonts-dejavu-core``).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository, for tests.support
from tests.support.docfiles import build_selected, no_borders, save_docx_stable  # noqa: E402

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2025, 2, 3, 9, 30, 0, tzinfo=dt.UTC)

# ================================================================ PDF helpers


class Pdf:
    """fpdf2 with DejaVu fonts, absolute positioning and ``**bold**`` / ``__italic__`` markup."""

    def __init__(self, family: str = "DejaVu", fmt: str = "Letter") -> None:
        from fpdf import FPDF

        self.pdf = FPDF(format=fmt, unit="mm")
        self.pdf.set_creation_date(FIXED_DATE)
        self.pdf.set_auto_page_break(False)
        files = {
            "DejaVu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
            "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                            "DejaVuSerif-BoldItalic.ttf"),
            "DejaVuCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                           "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
        }[family]
        for style, fname in zip(("", "B", "I", "BI"), files, strict=True):
            self.pdf.add_font(family, style, str(FONT_DIR / fname))
        self.family = family
        self.pdf.c_margin = 0.5
        self.height = self.pdf.h
        self.bottom = self.height - 15
        self.footer_text = ""
        self.pages = 0
        self.new_page()

    def new_page(self) -> float:
        if self.pages and self.footer_text:
            self.text(0, self.height - 10, self.pdf.w, self.footer_text.format(n=self.pages), 7.5, "I", "C")
        self.pdf.add_page()
        self.pages += 1
        return 16.0

    def brk(self, y: float, need: float = 12) -> float:
        return self.new_page() if y + need > self.bottom else y

    def text(self, x: float, y: float, w: float, s: str, size: float = 9.5, style: str = "",
             align: str = "L", lh: float | None = None) -> float:
        from fpdf.enums import XPos, YPos

        self.pdf.set_font(self.family, style, size)
        self.pdf.set_xy(x, y)
        self.pdf.multi_cell(w, lh or size * 0.45, s, align=align, markdown=True,
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        return self.pdf.get_y()

    def row(self, x: float, y: float, w: float, left: str, right: str, size: float = 9.5,
            style: str = "B", rstyle: str = "") -> float:
        lh = size * 0.45
        self.pdf.set_font(self.family, style, size)
        self.pdf.set_xy(x, y)
        self.pdf.cell(w, lh, left, markdown=True)
        self.pdf.set_font(self.family, rstyle, size)
        self.pdf.set_xy(x, y)
        self.pdf.cell(w, lh, right, align="R")
        return y + lh

    def rule(self, x: float, y: float, w: float, grey: int = 110, width: float = 0.2) -> float:
        self.pdf.set_draw_color(grey, grey, grey)
        self.pdf.set_line_width(width)
        self.pdf.line(x, y, x + w, y)
        return y + 1.2

    def small_caps(self, x: float, y: float, s: str, size: float = 11.5, ratio: float = 0.78,
                   style: str = "B") -> float:
        """Fake small caps the way word processors draw them: capitals at two sizes on one baseline."""
        base = y + size * 0.36
        for wi, word in enumerate(s.split(" ")):
            if wi:
                self.pdf.set_font(self.family, style, size)
                x += self.pdf.get_string_width(" ")
            for ch in word:
                big = ch.isupper() or not ch.isalpha()
                self.pdf.set_font(self.family, style, size if big else size * ratio)
                self.pdf.text(x, base, ch.upper())
                x += self.pdf.get_string_width(ch.upper())
        return y + size * 0.5

    def save(self, path: Path) -> None:
        if self.footer_text:
            self.text(0, self.height - 10, self.pdf.w, self.footer_text.format(n=self.pages), 7.5, "I", "C")
        self.pdf.output(str(path))


def bullets(p: Pdf, x: float, y: float, w: float, items: Sequence[str], mark: str = "•",
            size: float = 9.0, gap: float = 0.3) -> float:
    for it in items:
        y = p.brk(y, 5)
        p.pdf.set_font(p.family, "", size)
        p.pdf.set_xy(x, y)
        p.pdf.cell(3.5, size * 0.45, mark)
        y = p.text(x + 3.5, y, w - 3.5, it, size) + gap
    return y


# ================================================================ DOCX helpers


def new_docx(font: str = "Calibri", size: float = 10.5):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = d.core_properties
    cp.created = cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_printed = FIXED_DATE.replace(tzinfo=None)
    cp.author = cp.last_modified_by = ""
    cp.revision = 1
    return d


def runs(p, text: str, bold: bool = False, italic: bool = False, size: float | None = None):
    """Add ``**bold**`` / ``__italic__`` marked-up runs to paragraph ``p``."""
    from docx.shared import Pt

    for i, part in enumerate(text.split("**")):
        for j, sub in enumerate(part.split("__")):
            if not sub:
                continue
            r = p.add_run(sub)
            r.bold = bold or (i % 2 == 1)
            r.italic = italic or (j % 2 == 1)
            if size:
                r.font.size = Pt(size)
    return p


def para(d, text: str = "", bold: bool = False, italic: bool = False, size: float | None = None,
         style: str | None = None, align: str | None = None, space_after: float | None = None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    runs(p, text, bold, italic, size)
    if align:
        p.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER}[align]
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p



# ================================================================ r03: classic PDF


def r03(out: Path) -> None:
    """Classic single column: centred header, ruled CAPS headings, dates flush right."""
    p = Pdf()
    X, W = 18.0, 179.9
    y = p.text(X, 14, W, "Gareth Llewellyn", 20, "B", "C")
    y = p.text(X, y + 1, W, "Manchester, UK  ·  +44 7700 900482  ·  gareth.llewellyn@gmail.com  ·  "
               "github.com/gllew", 9, "", "C") + 4

    def head(t: str) -> None:
        nonlocal y
        y = p.brk(y, 16)
        y = p.text(X, y, W, t.upper(), 10.5, "B")
        y = p.rule(X, y + 0.6, W, 60, 0.35) + 1.2

    head("Profile")
    y = p.text(X, y, W, "Platform engineer with ten years across networks, DevOps and Kubernetes platforms. "
               "I build paved roads that let 400 product engineers ship safely several times a day.", 9.3) + 4

    head("Experience")
    # one company, two roles: the company line carries the whole span
    y = p.row(X, y, W, "Auto Trader UK, Manchester", "Sep 2019 – Present", 10)
    y += 1
    for title, dates, items in [
        ("Lead Platform Engineer", "Apr 2022 – Present",
         ["Lead a team of 6 running 3 multi-tenant GKE and EKS clusters (1,100 services).",
          "Replaced bespoke Jenkins pipelines with Argo CD + Helm; deploy lead time 45 → 9 minutes.",
          "Introduced OpenTelemetry tracing and SLO-based alerting; paging volume down 60%."]),
        ("Platform Engineer", "Sep 2019 – Mar 2022",
         ["Migrated 200 services from VMs to Kubernetes with Istio mTLS.",
          "Wrote the Terraform modules for account vending across 40 AWS accounts."]),
    ]:
        y = p.row(X + 3, y, W - 3, f"__{title}__", dates, 9.5, "", "I") + 0.6
        y = bullets(p, X + 5, y, W - 5, items, size=9.0) + 1.2
    y += 1
    for org, dates, title, items in [
        ("Sky Betting & Gaming, Leeds", "Sep 2017 – Aug 2019", "DevOps Engineer",
         ["Ansible and Packer images for the trading platform; on-call for Saturday peak (40k req/s).",
          "Built Prometheus/Grafana monitoring for 300 hosts."]),
        ("Career break", "Sep 2016 – Aug 2017", "",
         ["Travelled through South America; volunteered building a clinic's network in Cusco; "
          "earned AWS Solutions Architect – Associate."]),
        ("BT Group, Cardiff", "Jul 2014 – Aug 2016", "Graduate Network Engineer (Openreach graduate scheme)",
         ["Automated exchange-router configuration audits in Python; 2,000 devices."]),
        ("IBM UK, Hursley", "Jul 2012 – Jun 2013", "Industrial Placement Student (year in industry)",
         ["Test automation for WebSphere MQ on Linux and z/OS."]),
    ]:
        y = p.brk(y, 14)
        y = p.row(X, y, W, org, dates, 10)
        if title:
            y = p.text(X, y + 0.5, W, f"__{title}__", 9.5) + 0.4
        else:
            y += 0.6
        y = bullets(p, X + 2, y, W - 2, items, size=9.0) + 2.2

    head("Education")
    y = p.row(X, y, W, "Cardiff University", "Sep 2010 – Jun 2014", 10)
    y = p.text(X, y + 0.5, W, "BSc (Hons) Computer Science with a Year in Industry — First Class", 9.5) + 4

    head("Certifications")
    y = p.text(X, y, W, "AWS Certified Solutions Architect – Associate (2017)  ·  "
               "Certified Kubernetes Administrator, CNCF (2021)", 9.3) + 4

    head("Skills")
    for k, v in [("Cloud", "AWS (EKS, EC2, IAM), Google Cloud Platform"),
                 ("Infrastructure as code", "Terraform, Ansible, Helm"),
                 ("Containers", "Docker, Kubernetes, Istio, Argo CD"),
                 ("Observability", "Prometheus, Grafana, OpenTelemetry"),
                 ("Languages", "Go, Python, Bash")]:
        y = p.text(X, y, W, f"**{k}:** {v}", 9.3) + 0.6
    p.save(out)


# ================================================================ r04: small caps + skills table


def r04(out: Path) -> None:
    """Small-caps section headings, a bordered skills table, dates in a grey right column."""
    from fpdf.fonts import FontFace

    p = Pdf("DejaVuCond")
    X, W = 16.0, 183.9
    y = p.text(X, 14, W, "Aiko Tanabe", 22, "B")
    y = p.text(X, y + 0.5, W, "iOS Engineer", 11, "I")
    p.text(X, 15, W, "Seattle, WA\naiko.tanabe@icloud.com\n(206) 555-0174\ngithub.com/aikotanabe", 8.8,
           "", "R")
    y += 5

    def head(t: str) -> None:
        nonlocal y
        y = p.brk(y, 16)
        y = p.small_caps(X, y, t, 12)
        y = p.rule(X, y + 0.8, W, 150, 0.25) + 1.5

    head("Experience")
    for title, org, dates, items in [
        ("Senior iOS Engineer, Home Details", "Zillow — Seattle, WA", "Mar 2021 – Current",
         ["Rebuilt the listing-details screen in SwiftUI with a unidirectional Combine store; crash-free "
          "sessions 99.2% → 99.8%.",
          "Led modularisation of the app into 38 Swift packages; clean build time cut from 14 to 6 minutes.",
          "Mentor for the iOS apprenticeship programme."]),
        ("iOS Engineer", "Nordstrom — Seattle, WA", "Jun 2018 – Feb 2021",
         ["Shipped Apple Pay and in-store pickup flows; owned the Objective-C → Swift migration of checkout.",
          "Set up Fastlane + Bitrise release trains (weekly, phased rollouts)."]),
        ("Software Engineering Intern, Mobile", "Tableau Software — Seattle, WA", "Jun 2017 – Sep 2017",
         ["Offline caching of dashboards for Tableau Mobile (Core Data)."]),
    ]:
        y = p.brk(y, 16)
        y = p.row(X, y, W, title, dates, 10, "B", "")
        y = p.text(X, y + 0.4, W, org, 9.5, "I") + 0.6
        y = bullets(p, X + 2, y, W - 2, items, mark="–", size=9.2) + 2.5

    head("Education")
    y = p.row(X, y, W, "University of Washington", "2014 – 2018", 10, "B", "")
    y = p.text(X, y + 0.4, W, "B.S. Informatics, minor in Japanese", 9.5) + 4

    head("Technical Skills")
    p.pdf.set_font(p.family, "", 9.2)
    p.pdf.set_xy(X, y)
    p.pdf.set_draw_color(170, 170, 170)
    p.pdf.set_line_width(0.2)
    with p.pdf.table(col_widths=(38, 145), width=W, align="LEFT", line_height=5.2,
                     first_row_as_headings=False, text_align=("LEFT", "LEFT"),
                     padding=1.2) as table:
        for k, v in [("Languages", "Swift, Objective-C, Kotlin, TypeScript"),
                     ("Apple frameworks", "SwiftUI, UIKit, Combine, Core Data, XCTest"),
                     ("Tooling", "Xcode, Fastlane, Firebase, GitHub Actions, Bitrise"),
                     ("Backend & data", "GraphQL, Node.js, PostgreSQL")]:
            r = table.row()
            r.cell(k, style=FontFace(emphasis="BOLD"))
            r.cell(v)
    y = p.pdf.get_y() + 5

    head("Projects")
    y = p.text(X, y, W, "**Kanji Drill** — SwiftUI spaced-repetition app for JLPT kanji; 40k downloads, "
               "featured in the App Store (Japan) (2020 – present).", 9.3) + 4

    head("Awards")
    y = bullets(p, X, y, W, ["WWDC Scholarship — Apple (2016)",
                             "Husky 100 — University of Washington (2018)"], mark="–", size=9.3)
    p.save(out)


# ================================================================ r05: academic CV, IEEE list


def r05(out: Path) -> None:
    """Academic CV: date column on the left, a long numbered IEEE-style publication list."""
    p = Pdf()
    p.footer_text = "Hannah Kovačević — Curriculum Vitae — page {n}"
    X, W = 20.0, 175.9
    DX, DW = X, 37.0
    BX, BW = X + 38.0, W - 38.0
    y = p.text(X, 16, W, "HANNAH KOVAČEVIĆ", 19, "B")
    y = p.text(X, y + 1, W, "Ph.D. Candidate · School of Electrical and Computer Engineering · "
               "Georgia Institute of Technology", 9.5) + 0.5
    y = p.text(X, y, W, "266 Ferst Drive NW, Atlanta, GA 30332  |  hkovacevic3@gatech.edu  |  "
               "+1 (404) 555-0139  |  hkovacevic.github.io", 9) + 5

    def head(t: str) -> None:
        nonlocal y
        y = p.brk(y, 18)
        y = p.text(X, y, W, t, 11.5, "B")
        y = p.rule(X, y + 0.4, W, 0, 0.4) + 1.8

    def entry(dates: str, lines: Sequence[str], after: float = 2.5) -> None:
        nonlocal y
        y = p.brk(y, 10)
        p.text(DX, y, DW, dates, 8.8)
        for ln in lines:
            y = p.text(BX, y, BW, ln, 9.2) + 0.3
        y += after

    head("Research Interests")
    y = p.text(X, y, W, "Microarchitectural side channels, speculative-execution defences, secure "
               "hardware design, constant-time hardware/software co-verification.", 9.2) + 4

    head("Education")
    entry("Aug 2020 – present", [
        "**Ph.D., Electrical and Computer Engineering**, Georgia Institute of Technology, Atlanta, GA",
        "Expected graduation: August 2025",
        "Dissertation: __Closing the speculative window: compiler and microarchitectural defences "
        "against transient leakage__",
        "Advisor: Prof. Elliot R. Vance"])
    entry("Oct 2018 – Jul 2020", [
        "**M.Sc., Computing**, University of Zagreb, Faculty of Electrical Engineering and Computing "
        "(FER), Zagreb, Croatia",
        "Thesis: __Power side-channel analysis of lightweight ciphers on RISC-V soft cores__ "
        "(grade: excellent, 5/5)"])
    entry("Oct 2015 – Jul 2018", [
        "**B.Sc., Computing**, University of Zagreb, Faculty of Electrical Engineering and Computing "
        "(FER), Zagreb, Croatia"], after=4)

    head("Research Experience")
    entry("Aug 2020 – present", [
        "**Graduate Research Assistant**, Secure Microarchitecture Lab, Georgia Institute of Technology",
        "Compiler-assisted speculative load hardening (LLVM); prefetcher side channels; gem5 models."])
    entry("May 2023 – Aug 2023", [
        "**Research Intern**, Intel Labs, Hillsboro, OR",
        "Security and Privacy Research: port-contention leakage in hybrid P/E-core designs."])
    entry("May 2022 – Aug 2022", [
        "**Student Researcher**, Google, Mountain View, CA",
        "Hardware security team: fuzzing speculative execution with performance-counter coverage."])
    entry("Oct 2018 – Jun 2020", [
        "**Research Assistant**, University of Zagreb, FER, Zagreb, Croatia",
        "Power-analysis lab: ChipWhisperer attacks on RISC-V soft cores."], after=4)

    head("Publications")
    y = p.text(X, y, W, "∗ denotes equal contribution.", 8.6, "I") + 1.5
    groups = [
        ("Refereed conference papers", [
            "**H. Kovačević**∗, D. Osei∗, M. Lindahl, and E. R. Vance, “SpecFence: Compiler-assisted "
            "fencing of speculative loads at 3% overhead,” in __Proc. IEEE Symp. Security and Privacy "
            "(S&P)__, 2025, pp. 1204–1221.",
            "**H. Kovačević**, R. Banerjee, and E. R. Vance, “PrefetchLeak: Exploiting data "
            "memory-dependent prefetchers on commodity processors,” in __Proc. 33rd USENIX Security "
            "Symp.__, 2024, pp. 2231–2248.",
            "J. Albright, **H. Kovačević**, T. Nakamura, and E. R. Vance, “Randomized cache indexing "
            "under adaptive attackers,” in __Proc. 51st Annu. Int. Symp. Computer Architecture (ISCA)__, "
            "2024, pp. 88–101.",
            "**H. Kovačević** and E. R. Vance, “Timing-safe memory controllers for multi-tenant FPGAs,” "
            "in __Proc. IEEE Int. Symp. High-Performance Computer Architecture (HPCA)__, 2023, "
            "pp. 512–525.",
            "D. Osei, **H. Kovačević**, and E. R. Vance, “Quantifying port-contention leakage in SMT "
            "cores,” in __Proc. 56th IEEE/ACM Int. Symp. Microarchitecture (MICRO)__, 2023, "
            "pp. 1339–1352.",
            "**H. Kovačević**, A. Jurić, and M. Golub, “Power side-channel analysis of lightweight "
            "ciphers on RISC-V soft cores,” in __Proc. 57th ACM/IEEE Design Automation Conf. (DAC)__, "
            "2020, pp. 1–6.",
        ]),
        ("Journal articles", [
            "**H. Kovačević**, D. Osei, and E. R. Vance, “A systematic evaluation of "
            "speculative-execution defenses,” __IEEE Trans. Dependable Secure Comput.__, vol. 21, "
            "no. 4, pp. 2890–2905, Jul. 2024.",
            "T. Nakamura, **H. Kovačević**, and E. R. Vance, “Cache partitioning for confidential "
            "virtual machines,” __IEEE Comput. Archit. Lett.__, vol. 22, no. 1, pp. 45–48, 2023.",
            "A. Jurić, **H. Kovačević**, and M. Golub, “Side-channel resistant AES on RISC-V "
            "microcontrollers,” __Automatika__, vol. 61, no. 3, pp. 401–412, 2020.",
        ]),
        ("Workshop papers", [
            "**H. Kovačević**∗ and R. Banerjee∗, “Towards formally verified constant-time RTL,” in "
            "__Proc. Workshop Hardware and Architectural Support for Security and Privacy (HASP)__, "
            "2022, pp. 1–8.",
            "M. Lindahl, **H. Kovačević**, and E. R. Vance, “Fuzzing speculative execution with coverage "
            "from performance counters,” presented at the __Workshop on Binary Analysis Research "
            "(BAR)__, San Diego, CA, 2022.",
            "**H. Kovačević** and M. Golub, “Low-cost power analysis of RISC-V soft cores,” in "
            "__Proc. 42nd Int. Conv. MIPRO__, Opatija, Croatia, 2019, pp. 1120–1125.",
        ]),
    ]
    n = 0
    for sub, refs in groups:
        y = p.brk(y, 14)
        y = p.text(X, y, W, sub, 9.8, "BI") + 1
        for ref in refs:
            n += 1
            y = p.brk(y, 10)
            p.text(X + 1, y, 9, f"[{n}]", 9)
            y = p.text(X + 10, y, W - 10, ref, 9) + 1.4
        y += 1.5
    y += 1.5

    head("Patents")
    y = p.text(X, y, W, "E. R. Vance, **H. Kovačević**, and D. Osei, “Speculative load fencing using "
               "compiler-inserted taint hints,” U.S. Patent Application 18/214,567, filed Jun. 2023.",
               9.2) + 4

    head("Honors and Awards")
    for yr, what in [("2024", "IEEE Micro Top Picks Honorable Mention, IEEE Micro"),
                     ("2023", "Qualcomm Innovation Fellowship Finalist, Qualcomm"),
                     ("2021", "CSAW Embedded Security Challenge, 1st place, NYU Tandon School of Engineering"),
                     ("2019", "Rector's Award, University of Zagreb")]:
        entry(yr, [what], after=0.8)
    y += 3

    head("Service")
    y = p.text(X, y, W, "Artifact Evaluation Committee, USENIX Security 2023, 2024  ·  External reviewer, "
               "IEEE Computer Architecture Letters, ACM TACO", 9.2) + 4

    head("Technical Skills")
    y = p.text(X, y, W, "C, C++, Python, Rust, SystemVerilog, Chisel, gem5, LLVM, ChipWhisperer, "
               "Linux kernel", 9.2)
    p.save(out)


# ================================================================ r06: DOCX dates | details table


def r06(out: Path) -> None:
    """Dates in the left column of a borderless two-column table, details on the right."""
    from docx.shared import Cm, Pt

    d = new_docx("Arial", 10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.6)
    para(d, "JOÃO PEDRO ALBUQUERQUE", bold=True, size=18, space_after=0)
    para(d, "Senior Software Engineer — Backend & Distributed Systems", size=11, space_after=2)
    para(d, "São Paulo, Brazil (relocating to Lisbon) | +55 11 98765-4321 | joaopedro.albuquerque@gmail.com "
         "| linkedin.com/in/jpalbuquerque", size=9, space_after=10)

    def section(title: str) -> None:
        p = para(d, title.upper(), bold=True, size=11, space_after=3)
        p.paragraph_format.space_before = Pt(8)

    def table(rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        t = d.add_table(rows=0, cols=2)
        no_borders(t)
        t.autofit = False
        for left, lines in rows:
            c0, c1 = t.add_row().cells
            c0.width, c1.width = Cm(3.6), Cm(13.4)
            c0.paragraphs[0].text = ""
            runs(c0.paragraphs[0], left, size=9.5)
            for i, ln in enumerate(lines):
                pp = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
                runs(pp, ln, size=9.5)
                pp.paragraph_format.space_after = Pt(1)
            c1.paragraphs[-1].paragraph_format.space_after = Pt(6)

    section("Summary")
    para(d, "Backend engineer with 8+ years building payment and logistics systems in Clojure, Kotlin and Go "
         "at Brazilian scale-ups. Looking for a staff-level role in Lisbon.", size=9.5)

    section("Professional Experience")
    table([
        ("Mar 2022 – Present", [
            "**Senior Software Engineer, Credit Card Platform** — Nubank, São Paulo",
            "• Designed the card-authorisation ledger in Clojure + Datomic handling 30k TPS at peak.",
            "• Led the Kafka topic-partitioning redesign that removed cross-region hot spots.",
            "• Interviewer and onboarding buddy for 15 engineers."]),
        ("Jan 2019 – Feb 2022", [
            "**Software Engineer** — iFood, Campinas",
            "• Courier-dispatch service in Kotlin (Spring Boot) on Kubernetes; p95 assignment time 2.1 s → 0.7 s.",
            "• Migrated order events from RabbitMQ to Kafka."]),
        ("Feb 2017 – Dec 2018", [
            "**Backend Developer** — Loggi, São Paulo",
            "• Go services for route pricing; PostgreSQL query tuning on the 2 TB shipments database."]),
        ("Jul 2016 – Jan 2017", [
            "**Estagiário de Desenvolvimento (Development Intern)** — Itaú Unibanco, São Paulo",
            "• Java batch jobs for credit-limit reports."]),
    ])

    section("Education")
    table([
        ("2017 – 2018", ["**MBA in Software Architecture** — FIAP, São Paulo"]),
        ("2012 – 2016", ["**B.Sc. in Computer Science** (Bacharelado em Ciência da Computação) — "
                         "Universidade Estadual de Campinas (UNICAMP)"]),
    ])

    section("Awards")
    table([
        ("2015", ["Maratona de Programação SBC — 3rd place, national finals (Sociedade Brasileira de "
                  "Computação)"]),
        ("2021", ["iFood Tech Awards — Engineer of the Year (iFood)"]),
    ])

    section("Skills")
    para(d, "Clojure, Kotlin, Java, Go, Python  ·  Kafka, Datomic, PostgreSQL, Redis  ·  AWS, Kubernetes, "
         "Terraform, Docker", size=9.5)

    section("Languages")
    para(d, "Portuguese (native) · English (fluent, C1) · Spanish (intermediate)", size=9.5)
    save_docx_stable(d, out, FIXED_DATE.timetuple())


# ================================================================ r07: DOCX heading styles + bullets


def r07(out: Path) -> None:
    """Built with Word's own styles: Title, Subtitle, Heading 1/2, List Bullet."""
    d = new_docx("Calibri", 11)
    d.add_paragraph("Chiamaka Obi-Nwosu", style="Title")
    d.add_paragraph("Analytics Engineer", style="Subtitle")
    para(d, "London, UK • chiamaka.obinwosu@gmail.com • +44 7911 123456 • linkedin.com/in/chiamaka-obi-nwosu")

    d.add_heading("Profile", level=1)
    para(d, "Analytics engineer who turns messy event data into trusted models. Eight years in "
         "consulting, food delivery and banking; happiest owning the layer between raw data and the "
         "dashboards people make decisions with.")

    d.add_heading("Experience", level=1)
    for title, org_line, items in [
        ("Senior Analytics Engineer, Monzo Bank", "London · January 2023 – Present",
         ["Own the dbt project for financial crime (420 models); introduced contracts and CI checks.",
          "Cut BigQuery spend 35% by rebuilding incremental models and partitioning."]),
        ("Analytics Engineer, Monzo Bank", "London · April 2021 – December 2022",
         ["Built the Looker semantic layer for customer operations (LookML, 60 explores)."]),
        ("Data Analyst, Deliveroo", "London · September 2018 – March 2021",
         ["Rider-supply forecasting in Python (pandas); weekly staffing recommendations for 200 zones.",
          "Moved reporting from spreadsheets to Snowflake + Looker."]),
        ("Analyst, Technology Consulting, Accenture", "London · September 2016 – August 2018",
         ["Data migration and reporting for two retail banking clients."]),
    ]:
        d.add_heading(title, level=2)
        para(d, org_line, italic=True)
        for it in items:
            para(d, it, style="List Bullet")

    d.add_heading("Education", level=1)
    d.add_heading("MSc Business Analytics, Imperial College London", level=2)
    para(d, "2015 – 2016 · Distinction · Chevening Scholar", italic=True)
    d.add_heading("BSc Economics, University of Lagos", level=2)
    para(d, "2011 – 2015 · First Class Honours", italic=True)

    d.add_heading("Skills", level=1)
    for it in ["SQL (BigQuery, Snowflake)", "dbt, Looker, LookML", "Python (pandas)", "Airflow, Git"]:
        para(d, it, style="List Bullet")

    d.add_heading("Certifications & Awards", level=1)
    for it in ["dbt Analytics Engineering Certification, dbt Labs, 2022",
               "Rising Star Award, Women in Data UK, 2022",
               "Chevening Scholarship, UK Foreign, Commonwealth & Development Office, 2015"]:
        para(d, it, style="List Bullet")
    save_docx_stable(d, out, FIXED_DATE.timetuple())


# ================================================================ r08: DOCX, header in the Word header


def r08(out: Path) -> None:
    """Name and contact live in the section header; no skills section (skills only in the text)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = new_docx("Cambria", 10.5)
    sec = d.sections[0]
    hdr = sec.header
    hp = hdr.paragraphs[0]
    runs(hp, "Mateo Fernández Ruiz", bold=True, size=16)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp2 = hdr.add_paragraph()
    runs(hp2, "Austin, TX 78704  |  (512) 555-0121  |  mateo.fernandez.ruiz@proton.me  |  "
         "linkedin.com/in/mateofruiz", size=9)
    hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ftr = sec.footer.paragraphs[0]
    runs(ftr, "References available on request", italic=True, size=8)
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def h(t: str) -> None:
        p = para(d, t, bold=True, size=12)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)

    h("Summary")
    para(d, "Embedded firmware engineer (9 years) working on low-power wireless products: bare-metal and "
         "RTOS firmware in C and C++ for ARM Cortex-M parts, Bluetooth Low Energy stacks, and the Python test "
         "rigs that keep them honest. Lately writing new drivers in Rust.")

    h("Experience")
    for head, dates, body in [
        ("NXP Semiconductors — Senior Firmware Engineer, Austin, TX", "Jan 2021 – present",
         ["Lead for the MCUXpresso SDK low-power drivers on i.MX RT crossover MCUs (C, CMSIS).",
          "Ported the SDK's peripheral drivers to Zephyr and upstreamed 40+ patches.",
          "Prototyped a Rust HAL for the LPC55 family; now an internal reference design."]),
        ("Silicon Labs — Firmware Engineer II, Austin, TX", "Jun 2017 – Dec 2020",
         ["Bluetooth Low Energy link-layer features (LE Coded PHY, periodic advertising) in C on FreeRTOS.",
          "Built a pytest-based over-the-air test farm (60 boards) driven from Jenkins.",
          "Moved the team from SVN to Git and Gerrit code review."]),
        ("Texas Instruments — Embedded Systems Co-op, Dallas, TX", "Jan 2016 – Aug 2016",
         ["C++ sensor-fusion demo for the SimpleLink CC2650; Yocto-based Linux image for the gateway."]),
    ]:
        p = d.add_paragraph()
        runs(p, f"**{head}**")
        p.add_run("\t" + dates).italic = True
        p.paragraph_format.tab_stops.add_tab_stop(Pt(470), alignment=2)  # right tab
        p.paragraph_format.space_after = Pt(1)
        for b in body:
            para(d, "– " + b).paragraph_format.left_indent = Pt(12)

    h("Education")
    for head, dates in [
        ("The University of Texas at Dallas — M.S. Electrical Engineering", "Aug 2015 – May 2017"),
        ("Universidad Politécnica de Madrid — Grado en Ingeniería de Telecomunicación (B.Eng.)",
         "Sep 2010 – Jun 2014"),
    ]:
        p = d.add_paragraph()
        runs(p, head)
        p.add_run("\t" + dates).italic = True
        p.paragraph_format.tab_stops.add_tab_stop(Pt(470), alignment=2)

    h("Languages")
    para(d, "Spanish (native), English (full professional)")
    save_docx_stable(d, out, FIXED_DATE.timetuple())


BUILDERS: dict[str, tuple[str, Callable[[Path], None]]] = {
    "r03": ("docs/r03_classic_platform.pdf", r03),
    "r04": ("docs/r04_smallcaps_ios.pdf", r04),
    "r05": ("docs/r05_academic_hwsec.pdf", r05),
    "r06": ("docs/r06_table_dates_backend.docx", r06),
    "r07": ("docs/r07_word_styles_analytics.docx", r07),
    "r08": ("docs/r08_header_section_firmware.docx", r08),
}



if __name__ == "__main__":
    build_selected(BUILDERS, HERE, sys.argv[1:])

"""Source text of the held-out résumés written as plain files (.txt, .md, .tex, .json).

make_docs.py writes each entry of TEXT to docs/<key> verbatim.  The PDF and DOCX résumés
are laid out in make_docs.py itself.
"""

TEXT: dict[str, str] = {}

# A Kenyan-trained ICU nurse in London; capitals headings with colons, NMC registration,
# clinical skills, "Present".
TEXT["grace_wanjiru_mwangi.txt"] = """\
GRACE WANJIRU MWANGI, RN
Senior Staff Nurse - Intensive Care

Flat 4, 27 Holloway Road, London N7 8JG
Mobile: 07700 900 482  |  Email: grace.mwangi.rn@outlook.com
NMC PIN: 16A2345K

PERSONAL STATEMENT:
Compassionate critical care nurse with eight years of experience across Kenya and the
NHS. Calm under pressure, committed to evidence-based practice and to mentoring newly
qualified nurses.

PROFESSIONAL EXPERIENCE:

Senior Staff Nurse (Band 6), Intensive Care Unit
Royal Free London NHS Foundation Trust, London                 Mar 2019 – Present
  * Lead nurse for a 6-bed bay of level 3 patients, including ventilated and CRRT patients.
  * Practice educator link for the unit; supervised 14 student nurses and 5 internationally
    educated nurses through their OSCE preparation.
  * Took part in the COVID-19 surge rota (proned patients, redeployed staff support).

Staff Nurse (Band 5), Acute Medical Unit
Whittington Health NHS Trust, London                           Sep 2017 – Feb 2019
  * Cared for up to 8 acutely unwell adults per shift; NEWS2 escalation and sepsis pathway.

Registered Nurse, Renal Unit
Kenyatta National Hospital, Nairobi, Kenya                     Jan 2015 – Jul 2017
  * Haemodialysis nursing; trained new staff on the dialysis machines.

EDUCATION:

PgCert Critical Care Nursing                          King's College London, 2021
BSc (Hons) Nursing                                    University of Nairobi, 2010 – 2014

CLINICAL SKILLS:
  - Ventilator management
  - Haemodialysis
  - IV cannulation
  - Phlebotomy
  - Arterial blood gas sampling
  - Tracheostomy care
  - Medication administration

CERTIFICATIONS:
  Advanced Life Support (ALS), Resuscitation Council UK - 2022
  Immediate Life Support (ILS) - 2018

AWARDS:
  Royal Free Charity "Nurse of the Year" (Critical Care), 2022

REFERENCES: Available on request.
"""

# An Indian civil engineer working in Qatar; "Company : ..." key/value blocks, "till date",
# full month names, B.E. and M.Tech, personal details.
TEXT["rajesh_kumar_venkataraman.txt"] = """\
                              CURRICULUM VITAE

Rajesh Kumar Venkataraman
Senior Structural / Site Engineer
E-mail : rajeshkumar.v84@gmail.com
Mobile : +974 5512 3487 (Qatar)  /  +91 98401 22376 (India)

Career Objective
----------------
To work in a challenging environment where my knowledge of structural design and site
execution adds value to large infrastructure projects.

Professional Experience (11+ years)
-----------------------------------

1) Company      : Redco International (Qatar) W.L.L., Doha
   Designation  : Senior Structural Engineer
   Duration     : August 2018 to till date
   Project      : Doha Metro Gold Line - elevated stations and viaducts
   Responsibilities:
     - Review of shop drawings and method statements for post-tensioned box girders.
     - Coordination with the consultant (Parsons) for inspection requests.

2) Company      : Afcons Infrastructure Limited, Mumbai
   Designation  : Site Engineer
   Duration     : June 2014 to July 2018
   Project      : Chennai Metro Rail Phase I, underground stations (UG-02)
   Responsibilities:
     - Execution of diaphragm walls, top-down excavation and slab casting.
     - Daily progress reports and quantity surveying of reinforcement.

3) Company      : Sri Balaji Constructions, Coimbatore
   Designation  : Junior Engineer (Trainee)
   Duration     : July 2012 to May 2014
   Responsibilities:
     - Supervision of residential G+4 buildings; bar bending schedules.

Educational Qualification
-------------------------
 * M.Tech (Structural Engineering) - National Institute of Technology, Tiruchirappalli, 2014
   (part-time, weekend programme)
 * B.E. (Civil Engineering) - PSG College of Technology, Coimbatore, 2008 - 2012, 8.1 CGPA

Software Skills
---------------
STAAD.Pro, ETABS, SAFE, AutoCAD, Primavera P6, MS Project

Personal Details
----------------
Date of Birth   : 14-03-1990
Nationality     : Indian
Languages Known : English, Tamil, Hindi
Passport No.    : Z1234567

Declaration
-----------
I hereby declare that the above information is true to the best of my knowledge.

Place: Doha                                                   (RAJESH KUMAR V.)
"""

# A UK maths teacher returning after a career break; Title Case headings, "Sept", a
# career-break line that is not a job, PGCE.
TEXT["claire_donovan.txt"] = """\
Claire Donovan
Qualified Teacher of Mathematics (QTS)
Bristol BS6 | claire.donovan.teach@gmail.com | 07911 123456

Profile
I am an experienced secondary mathematics teacher returning to the classroom after a
three-year career break spent caring for my young children. I have taught KS3 to A-level
and led the department's intervention programme.

Teaching Experience

Teacher of Mathematics (0.8 FTE)
Cotham School, Bristol
Sept 2020 – present
- Teach Years 7–13 including Further Maths; form tutor for Year 9.
- Redesigned the KS3 scheme of work around mastery.

Career break, Sept 2017 – Aug 2020
Full-time parent. Kept up to date through the NCETM Maths Hubs online courses.

Second in Department, Mathematics
Bristol Metropolitan Academy
Sept 2013 – July 2017
- Line-managed two early-career teachers; raised GCSE grade 4+ from 52% to 67%.
- Led the Year 11 intervention programme.

Teacher of Mathematics
Ashton Park School, Bristol
Sept 2011 – July 2013

Education and Training
PGCE Secondary Mathematics, University of Bristol (2010 – 2011)
BSc Mathematics, University of Exeter (2007 – 2010), 2:1

Skills
Differentiated lesson planning; GCSE and A-level exam preparation; Google Classroom;
Microsoft Excel; SMART Board; Sparx Maths; safeguarding (Level 2)

Interests
Fell running, choir (alto), coaching the under-11s netball team.
"""

# A Nigerian data scientist in Toronto; Markdown with arrows between dates, dotted month
# abbreviations, category-labelled skills list, one workshop paper, a competition medal.
TEXT["oluwaseun_adeyemi.md"] = """\
# Oluwaseun Adeyemi

**Senior Data Scientist** · Toronto, ON · [seun.adeyemi@proton.me](mailto:seun.adeyemi@proton.me) · +1 (416) 555-0187
[github.com/seunadeyemi](https://github.com/seunadeyemi) · [linkedin.com/in/oluwaseun-adeyemi](https://linkedin.com/in/oluwaseun-adeyemi)

---

## Experience

**Shopify** — Senior Data Scientist, Merchant Growth
*Jan. 2022 → Present · Toronto (remote)*
- Built the uplift model that decides which merchants get Shopify Capital offers (+11% take-up).
- Own the experimentation guidelines for the Growth org; review ~30 A/B test designs a quarter.

**Scotiabank** — Data Scientist, Retail Risk
*Feb. 2019 → Dec. 2021 · Toronto*
- Gradient-boosted credit-default models for unsecured lending, validated with OSFI guidelines.
- Moved feature pipelines from SAS to PySpark on Databricks.

**Interswitch Group** — Data Analyst
*Aug. 2015 → Jul. 2017 · Lagos, Nigeria*
- Fraud-pattern dashboards for card transactions in Tableau.

## Education

**University of Toronto** — MSc, Statistics · 2017 – 2018
**University of Lagos** — BSc, Mathematics (First Class) · 2010 – 2014

## Skills

- **Languages:** Python, R, SQL
- **ML:** scikit-learn, XGBoost, PyTorch, causal inference
- **Data:** PySpark, Databricks, dbt, BigQuery
- **Viz:** Tableau, Looker

## Publications

- S. Adeyemi, M. Chen. *Heterogeneous treatment effects for merchant financing offers.* KDD Workshop on Causal Discovery, 2023.

## Awards

- Kaggle Gold Medal — Home Credit Default Risk (top 1%), 2018
"""

# A Dutch brand designer; a sidebar flattened into the top of the Markdown file, lowercase
# headings, years-only ranges, freelance studio.
TEXT["femke_van_den_berg.md"] = """\
Femke van den Berg
==================

brand & visual designer — amsterdam

> hello@femkevandenberg.nl
> +31 6 1234 5678
> femkevandenberg.nl · behance.net/femkevdb

**tools** Figma · Adobe Illustrator · Adobe InDesign · After Effects · Procreate
**talen / languages** Nederlands (native), English (fluent), Deutsch (basic)

---

### work

**Senior Brand Designer** at *Booking.com*, Amsterdam
2021 – now
Visual identity refresh for Booking for Business; built and maintain the brand illustration
library (400+ assets) used by 60 designers.

**Designer** at *Studio Dumbar / DEPT®*, Rotterdam
2017 – 2021
Identity systems for Dutch public clients (Rijkswaterstaat, Rotterdam Philharmonic).
Motion guidelines and animated logos.

**Freelance designer** — Studio Femke, Amsterdam
2014 – 2017
Packaging and editorial design for small food brands and independent publishers.

### education

**Gerrit Rietveld Academie**, Amsterdam — BA Graphic Design, 2010 – 2014
Exchange semester: Kunsthochschule Berlin-Weißensee, 2013

### recognition

- Dutch Design Awards 2022 — nominee, Communication category
- European Design Awards 2019 — Silver, Corporate Identity (team, Studio Dumbar)
"""

# A Lebanese marketing manager in Dubai; headings with trailing colons in Markdown, a table
# for experience, dates like "Q3 2016" avoided, slash dates "03/2020".
TEXT["layla_haddad.md"] = """\
## LAYLA HADDAD
Marketing Manager | Dubai, UAE | layla.haddad@gmail.com | +971 50 123 4567

### Summary:
Bilingual (Arabic/English) B2C marketer with 10 years in consumer goods and e-commerce across
the GCC. Comfortable owning a budget, an agency roster and a P&L line.

### Work History:

| Dates | Role | Company |
|---|---|---|
| 03/2020 – Present | Marketing Manager, Home & Living | noon.com, Dubai |
| 09/2016 – 02/2020 | Senior Brand Executive | Procter & Gamble, Dubai |
| 06/2013 – 08/2016 | Brand Executive | Malia Group, Beirut |

**noon.com** — led the Ramadan and White Friday campaigns (AED 14M media budget); launched
the category's first creator programme.

**Procter & Gamble** — Pantene and Head & Shoulders GCC launches; managed Publicis and OMD.

### Education:
- MBA, American University of Beirut (Olayan School of Business), 2011 – 2013
- BA Business Administration, Lebanese American University, 2007 – 2011

### Skills:
Brand strategy, Performance marketing, Google Analytics 4, Meta Ads Manager, Salesforce Marketing Cloud, Budget management

### Languages:
Arabic (native), English (fluent), French (professional)
"""

# A Ghanaian power-systems engineer at Siemens Energy; awesome-cv LaTeX class.
TEXT["kwame_asante.tex"] = r"""%!TEX TS-program = xelatex
\documentclass[11pt, a4paper]{awesome-cv}
\geometry{left=1.4cm, top=.8cm, right=1.4cm, bottom=1.8cm, footskip=.5cm}
\colorlet{awesome}{awesome-skyblue}

\name{Kwame}{Asante}
\position{Power Systems Engineer{\enskip\cdotp\enskip}Grid Integration}
\address{Erlangen, Germany}
\mobile{(+49) 151 2345 6789}
\email{kwame.asante@posteo.net}
\linkedin{kwame-asante-power}

\begin{document}
\makecvheader[C]

\cvsection{Work Experience}
\begin{cventries}
  \cventry
    {Senior Power Systems Engineer} % Job title
    {Siemens Energy} % Organization
    {Erlangen, Germany} % Location
    {Oct. 2020 - Present} % Date(s)
    {
      \begin{cvitems}
        \item {Grid-code compliance studies (PSS/E, PowerFactory) for HVDC links in the North Sea.}
        \item {Technical lead for the dynamic model of a 2\,GW offshore converter station.}
      \end{cvitems}
    }
  \cventry
    {Power Systems Engineer}
    {Ghana Grid Company (GRIDCo)}
    {Tema, Ghana}
    {Sep. 2015 - Sep. 2018}
    {
      \begin{cvitems}
        \item {Load-flow and short-circuit studies for the 330\,kV backbone.}
        \item {Commissioning of protection relays at Kumasi and Aboadze substations.}
      \end{cvitems}
    }
  \cventry
    {Graduate Trainee}
    {Volta River Authority}
    {Akosombo, Ghana}
    {Sep. 2014 - Aug. 2015}
    {}
\end{cventries}

\cvsection{Education}
\begin{cventries}
  \cventry
    {M.Sc. in Electrical Power Engineering}
    {RWTH Aachen University}
    {Aachen, Germany}
    {Oct. 2018 - Sep. 2020}
    {
      \begin{cvitems}
        \item {Thesis: Grid-forming control of voltage source converters in weak grids.}
      \end{cvitems}
    }
  \cventry
    {B.Sc. in Electrical and Electronic Engineering}
    {Kwame Nkrumah University of Science and Technology (KNUST)}
    {Kumasi, Ghana}
    {2010 - 2014}
    {}
\end{cventries}

\cvsection{Skills}
\begin{cvskills}
  \cvskill{Simulation}{PSS/E, DIgSILENT PowerFactory, PSCAD, MATLAB/Simulink}
  \cvskill{Programming}{Python, C}
  \cvskill{Standards}{IEC 61850, IEEE 1547}
\end{cvskills}

\cvsection{Honors \& Awards}
\begin{cvhonors}
  \cvhonor
    {DAAD Scholarship for Development-Related Postgraduate Courses} % Award
    {German Academic Exchange Service} % Event
    {Germany} % Location
    {2018} % Date(s)
  \cvhonor
    {Best Graduating Student, Electrical Engineering}
    {KNUST}
    {Ghana}
    {2014}
\end{cvhonors}

\end{document}
"""

# A Chinese PhD student in computational chemistry; plain article class with tabular dates,
# expected graduation, papers with the student underlined.
TEXT["zhou_yuxin.tex"] = r"""\documentclass[10pt]{article}
\usepackage[margin=2cm]{geometry}
\usepackage[utf8]{inputenc}
\usepackage{hyperref}
\usepackage{enumitem}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\me}{\underline{Y.~Zhou}}

\begin{document}

\begin{center}
{\LARGE\bfseries Yuxin Zhou} \\[4pt]
PhD Candidate, Laboratory of Physical Chemistry, ETH Z\"urich \\
Vladimir-Prelog-Weg 2, 8093 Z\"urich, Switzerland \\
\href{mailto:yuxin.zhou@phys.chem.ethz.ch}{yuxin.zhou@phys.chem.ethz.ch} $\cdot$ +41 44 632 12 34
\end{center}

\section*{Education}
\begin{tabular}{@{}p{3.2cm}p{13cm}@{}}
2021 -- present & \textbf{Ph.D. in Chemistry}, ETH Z\"urich, Switzerland \\
                & Advisor: Prof.\ Markus Reiher. Expected defence: summer 2026. \\[3pt]
2018 -- 2021    & \textbf{M.S. in Physical Chemistry}, Peking University, Beijing, China \\[3pt]
2014 -- 2018    & \textbf{B.S. in Chemistry}, Nanjing University, Nanjing, China \\
\end{tabular}

\section*{Research and Work Experience}
\begin{tabular}{@{}p{3.2cm}p{13cm}@{}}
Feb 2021 -- present & \textbf{Doctoral Researcher}, ETH Z\"urich \\
                    & Machine-learned potentials for transition-metal catalysis. \\[3pt]
Jun -- Sep 2020     & \textbf{Research Intern}, BASF SE, Ludwigshafen, Germany \\
                    & Automated reaction-network exploration for epoxidation catalysts. \\[3pt]
Sep 2019 -- Jan 2020 & \textbf{Teaching Assistant}, College of Chemistry, Peking University \\
                    & Physical Chemistry I (tutorials, 60 students). \\
\end{tabular}

\section*{Publications}
\begin{enumerate}[leftmargin=*]
\item \me, T.~Weymuth, M.~Reiher. Uncertainty-aware machine-learned potentials for iron
      catalysts. \emph{Journal of Chemical Theory and Computation} \textbf{20}, 2101 (2024).
\item \me, L.~Wang, H.~Li. Benchmarking density functionals for copper-oxo species.
      \emph{Physical Chemistry Chemical Physics} \textbf{23}, 8812 (2021).
\end{enumerate}

\section*{Honours}
\begin{itemize}[leftmargin=*]
\item ETH Zurich Doctoral Fellowship, 2021
\item National Scholarship, Ministry of Education of China, 2017
\end{itemize}

\section*{Computational Skills}
Python, Fortran, Bash, ORCA, Gaussian, CP2K, PyTorch, Git

\end{document}
"""

# A Māori environmental scientist in New Zealand; JSON Resume with the current schema keys,
# an empty endDate for the current job, ISO dates with days, and a volunteer section.
TEXT["aroha_te_rangi.json"] = """\
{
  "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
  "basics": {
    "name": "Aroha Te Rangi",
    "label": "Freshwater Ecologist",
    "email": "aroha.terangi@xtra.co.nz",
    "phone": "+64 21 555 0192",
    "location": {"city": "Hamilton", "region": "Waikato", "countryCode": "NZ"},
    "summary": "Freshwater ecologist working where mātauranga Māori and catchment science meet.",
    "profiles": [{"network": "LinkedIn", "username": "aroha-terangi"}]
  },
  "work": [
    {
      "name": "Waikato Regional Council",
      "position": "Senior Freshwater Scientist",
      "location": "Hamilton",
      "startDate": "2020-07-01",
      "endDate": "",
      "highlights": ["Leads the regional lake monitoring programme (32 lakes)",
                     "Co-designed the Waipā River tuna (eel) survey with local hapū"]
    },
    {
      "name": "NIWA",
      "position": "Freshwater Technician",
      "location": "Hamilton",
      "startDate": "2016-02-15",
      "endDate": "2020-06-30"
    },
    {
      "name": "Department of Conservation",
      "position": "Biodiversity Ranger (seasonal)",
      "location": "Tūrangi",
      "startDate": "2014-11-01",
      "endDate": "2015-04-30"
    }
  ],
  "volunteer": [
    {"organization": "Waikato River Authority", "position": "Community restoration volunteer",
     "startDate": "2017-01-01"}
  ],
  "education": [
    {"institution": "University of Waikato", "area": "Environmental Sciences",
     "studyType": "Master of Science", "startDate": "2017-02-01", "endDate": "2019-11-30"},
    {"institution": "University of Waikato", "area": "Biological Sciences",
     "studyType": "Bachelor of Science", "startDate": "2011-02-01", "endDate": "2014-11-30"}
  ],
  "awards": [
    {"title": "Te Tohu Taiao Award for Emerging Environmental Leaders", "date": "2021-09-01",
     "awarder": "Waikato Regional Council"}
  ],
  "skills": [
    {"name": "Field methods", "keywords": ["Electrofishing", "eDNA sampling", "Macroinvertebrate identification"]},
    {"name": "Analysis", "keywords": ["R", "ArcGIS Pro", "QGIS"]}
  ],
  "languages": [{"language": "Te Reo Māori", "fluency": "Fluent"}, {"language": "English", "fluency": "Native"}]
}
"""

# A Bulgarian DevOps engineer in Berlin; old-style JSON Resume ("company", "website"), dates
# as year-month and year only, a career break written as a work item with no company.
TEXT["elena_petrova.json"] = """\
{
  "basics": {
    "name": "Elena Petrova",
    "label": "DevOps Engineer",
    "picture": "",
    "email": "elena.petrova@mailbox.org",
    "phone": "+49 176 2345 6789",
    "website": "https://epetrova.dev",
    "summary": "Platform engineer. Back at work after a 2-year break for family reasons (2019-2021).",
    "location": {"address": "", "postalCode": "10245", "city": "Berlin", "countryCode": "DE", "region": ""},
    "profiles": [{"network": "GitHub", "username": "epetrova", "url": "https://github.com/epetrova"}]
  },
  "work": [
    {
      "company": "Zalando SE",
      "position": "Senior DevOps Engineer",
      "website": "https://zalando.de",
      "startDate": "2021-10",
      "summary": "Kubernetes platform team (140 clusters).",
      "highlights": ["Migrated CI from Jenkins to GitHub Actions", "On-call lead for the ingress stack"]
    },
    {
      "company": "Telerik (Progress Software)",
      "position": "DevOps Engineer",
      "startDate": "2015-03",
      "endDate": "2019-05",
      "summary": "Build and release infrastructure in Sofia."
    },
    {
      "company": "Bulgarian Telecommunications Company (Vivacom)",
      "position": "Linux System Administrator",
      "startDate": "2012",
      "endDate": "2015"
    }
  ],
  "education": [
    {
      "institution": "Technical University of Sofia",
      "area": "Computer Systems and Technologies",
      "studyType": "Bachelor",
      "startDate": "2008",
      "endDate": "2012",
      "gpa": "5.61/6"
    }
  ],
  "awards": [],
  "publications": [],
  "skills": [
    {"name": "Cloud & containers", "level": "Expert", "keywords": ["Kubernetes", "Docker", "AWS", "Helm"]},
    {"name": "IaC & CI", "level": "Advanced", "keywords": ["Terraform", "Ansible", "GitHub Actions", "Jenkins"]},
    {"name": "Languages", "level": "Intermediate", "keywords": ["Go", "Python", "Bash"]}
  ],
  "languages": [
    {"language": "Bulgarian", "fluency": "Native speaker"},
    {"language": "German", "fluency": "B2"},
    {"language": "English", "fluency": "C1"}
  ],
  "interests": [{"name": "Climbing"}]
}
"""

"""Plain-text, Markdown, LaTeX and JSON résumé sources for the held-out corpus.
Imported by make_docs.py, which writes them to docs/."""

TEXT = {}

TEXT["ana_oliveira_santos.txt"] = """\
ANA CAROLINA OLIVEIRA SANTOS
Senior Data Scientist
São Paulo, SP, Brazil | +55 11 98765-4321 | ana.oliveira.santos@protonmail.com
linkedin.com/in/anacoliveira | github.com/anacos

SUMMARY
Data scientist with 8+ years of experience building credit-risk, collections and fraud
models for Latin American fintechs. Comfortable owning a model end to end, from problem
framing with business stakeholders to monitoring in production.

PROFESSIONAL BACKGROUND

Nubank — São Paulo, Brazil
  Senior Data Scientist, Credit Risk                              Mar 2021 – Present
    * Lead a squad of 4 data scientists responsible for credit-limit policy models serving
      30M+ customers in Brazil and Mexico.
    * Replaced a logistic-regression scorecard with a gradient-boosted survival model,
      cutting 90-day default losses by 11% at constant approval rate.
    * Built the team's model-monitoring framework (drift, calibration, fairness checks).
  Data Scientist, Collections                                     Jun 2019 – Feb 2021
    * Designed uplift models to prioritise collection calls; saved R$ 14M/year.

Stone Pagamentos — Rio de Janeiro, Brazil
  Data Analyst                                                    Jan 2017 – May 2019
    * Owned merchant churn dashboards and the first churn-prediction model.
    * Migrated reporting from Excel macros to SQL + Python pipelines.

Itaú Unibanco — São Paulo, Brazil
  Business Intelligence Intern                                    Aug 2015 – Dec 2016
    * Automated monthly branch-performance reports.

EDUCATION
MSc in Statistics — Universidade de São Paulo (USP), 2019
  Dissertation: "Survival models for credit default with time-varying covariates"
BSc in Applied Mathematics — Universidade Estadual de Campinas (UNICAMP), 2012 – 2016

CERTIFICATIONS
AWS Certified Machine Learning – Specialty (Amazon Web Services), 2022
Google Cloud Professional Data Engineer, 2020

SKILLS
Languages:  Python, R, SQL, Scala
ML:         scikit-learn, XGBoost, LightGBM, PyTorch, survival analysis
Data:       Apache Spark, Databricks, dbt, BigQuery, Airflow
MLOps:      MLflow, Docker, Kubernetes

AWARDS
Kaggle Competitions Master (2020)
Best Paper Award, Brazilian Conference on Intelligent Systems (BRACIS), 2018

LANGUAGES
Portuguese (native), English (fluent), Spanish (intermediate)
"""

TEXT["tanaka_hiroshi.txt"] = """\
TANAKA Hiroshi  (田中 浩)
Embedded Software Engineer

Email : h.tanaka.dev@gmail.com      Tel : +81-90-1234-5678
Address : Kawasaki-shi, Kanagawa, Japan

■ Work History

2021.08 – present    DENSO Corporation, Tokyo R&D Center
                     Senior Engineer, ADAS Software Group
                     - Architecture of AUTOSAR Classic software components for a
                       front-camera ECU (ASIL-B); team of 6.
                     - Reduced worst-case CAN-FD gateway latency by 38%.

2018.04 – 2021.07    Renesas Electronics Corporation (Kodaira, Tokyo)
                     Software Engineer, MCU Firmware
                     - Bootloader and secure firmware update for RH850 MCUs.
                     - MISRA C compliance tooling for the SDK (Jenkins pipeline).

2016.07 – 2016.09    Sony Semiconductor Solutions (Atsugi, Kanagawa)
                     Intern, Image Sensor Firmware

■ Education

2016.04 – 2018.03    Tohoku University, Graduate School of Engineering
                     M.Eng., Electrical Engineering
                     Thesis: "Time-triggered scheduling for in-vehicle networks"
2012.04 – 2016.03    Tohoku University, School of Engineering
                     B.Eng., Information and Intelligent Systems

■ Qualifications

2019.11    Applied Information Technology Engineer Examination (IPA)
2020.06    TOEIC Listening & Reading 905
2022.02    ISO 26262 Functional Safety Engineer (TÜV Rheinland)

■ Technical Skills

C / C++ / Python / AUTOSAR Classic / FreeRTOS / CAN / LIN / MISRA C / Git / Jenkins

■ Publications

Tanaka H., Sato K., Yamamoto T., "Low-latency CAN-FD gateway scheduling for zonal E/E
architectures," JSAE Annual Congress (Spring), 2022.

■ Awards

2017.03    Best Student Presentation Award, IEICE Tohoku Section
"""

TEXT["chidinma_okonkwo.txt"] = """\
Chidinma Okonkwo
Lagos, Nigeria  ·  chidinma.okonkwo@outlook.com  ·  +234 803 555 0142  ·  chidinmaokonkwo.dev

OBJECTIVE
Recent Computer Science graduate who enjoys building reliable backend services for
payments and mobility. Looking to grow into a platform engineering role.

EDUCATION
University of Lagos, Akoka
B.Sc. Computer Science (First Class Honours), CGPA 4.71/5.00            2019 – 2023
Relevant coursework: Distributed Systems, Compilers, Database Systems, Machine Learning

WORK EXPERIENCE
Software Engineer (Graduate Trainee) — Flutterwave, Lagos                Sept 2023 – present
  - Maintain the settlement reconciliation service (Go, PostgreSQL) processing 2M txns/day.
  - Added idempotency keys to the payouts API, eliminating duplicate payouts.

Backend Engineering Intern — Paystack, Lagos (remote)                    Summer 2022
  - Built an internal webhook replay tool in Node.js and TypeScript.

Teaching Assistant — Department of Computer Sciences, University of Lagos     Jan – Jun 2022
  - Ran weekly labs for 120 students in CSC 201 (Data Structures).

PROJECTS
NaijaBus — real-time bus tracking for Lagos BRT commuters (Flutter, Firebase)      2022
  - 5,000+ downloads on Google Play; live ETA from crowd-sourced GPS pings.
Yoruba–English Translator — final-year project                                    2023
  - Fine-tuned a multilingual transformer on the MENYO-20k corpus; +4.2 BLEU over baseline.

LEADERSHIP & VOLUNTEERING
Lead Organizer, Google Developer Student Clubs (GDSC) UNILAG                       2021 – 2022
Volunteer Coding Tutor, Code Lagos                                                  2020 – 2021

HONOURS & AWARDS
- Best Graduating Student, Department of Computer Sciences, University of Lagos (2023)
- 2nd Place, Microsoft Imagine Cup Nigeria National Finals (2022)
- MTN Foundation Science & Technology Scholarship (2020)

SKILLS
Python, JavaScript, TypeScript, Go, Dart, Flutter, React, Node.js, PostgreSQL, Firebase, Docker, Git
"""

TEXT["erik_lindqvist.txt"] = """\
                                ERIK LINDQVIST
              Principal Site Reliability Engineer  ·  Stockholm, Sweden
           erik@lindqvist.se  ·  +46 70 123 45 67  ·  https://lindqvist.se


PROFILE
Fifteen years keeping large distributed systems up. I care about boring infrastructure,
useful alerts and blameless post-mortems. Happiest when I can delete a pager rotation.


EMPLOYMENT

Spotify AB, Stockholm
Principal Site Reliability Engineer
                                                                     2022 – now
  Technical lead for reliability of the playback and podcast-delivery platforms
  (~600M MAU). Defined the company-wide SLO framework; chaired the incident-review board.

Klarna Bank AB, Stockholm
Staff Engineer, Platform Reliability
                                                                     2019 – 22
  Led the migration of 400+ services from self-managed VMs to Kubernetes on AWS.

King (Activision Blizzard), Stockholm
Senior Backend Engineer, Game Services
                                                                     2017–19
  Scaled the Candy Crush leaderboard service; moved hot paths from Erlang to Go.

Ericsson AB, Kista
Software Developer, then Senior Software Developer
                                                                     2011–17
  Built test and deployment tooling for radio-network software; C++ and Python.


STUDIES

KTH Royal Institute of Technology, Stockholm
Civilingenjör (MSc) in Computer Science and Engineering              2006–11
  Exchange year at the University of Edinburgh, 2009–10.


TOOLBOX
Go and Python daily, Rust for hobby projects. Deep hands-on experience with Kubernetes,
Terraform, Prometheus and Grafana, Google Cloud Platform and PostgreSQL; I have run Kafka
clusters in anger. Earlier in my career: Erlang and C++.


RECOGNITION
Spotify Hack Week — Grand Prize (2023)
Ericsson Innovation Award (2015)


LANGUAGES
Swedish (native), English (fluent), German (conversational)
"""

TEXT["priya_raman.md"] = """\
# Priya Raman, Ph.D.

Postdoctoral Research Fellow · Computational Neuroscience

p.raman@ucl.ac.uk · +44 20 7946 0321 · <https://priyaraman.github.io> · London, UK

---

## Research Interests

Representation learning in visual cortex; deep networks as models of object recognition;
learning dynamics of recurrent networks.

## Academic Appointments

**Postdoctoral Research Fellow**, Gatsby Computational Neuroscience Unit, University College London, London, UK
*Oct 2022 – present*

**Research Scientist Intern**, Google DeepMind, London, UK
*Summer 2021*

## Education

- **Ph.D. in Neuroscience**, Indian Institute of Science (IISc), Bengaluru, 2017–2022
  Thesis: *Compositional object representations in high-level visual cortex*. Advisor: Prof. S. P. Arun
- **B.Tech. in Electrical Engineering**, Indian Institute of Technology Madras, Chennai, 2013–2017

## Publications

\\* denotes equal contribution

### Journal articles

1. **Priya Raman**, Georgin Jacob, S. P. Arun. "Compositionality of object shape in monkey inferior temporal cortex." *Nature Communications*, 2023.
2. Georgin Jacob, **Priya Raman**, Harish Katti, S. P. Arun. "Qualitative similarities and differences in visual object representations between brains and deep networks." *Nature Communications*, 2021.
3. **Priya Raman**, S. P. Arun. "Part-based coding of objects in macaque IT neurons." *Journal of Neuroscience*, 2020.

### Conference papers

4. Ananya Kumar\\*, **Priya Raman**\\*, Andrew Saxe. "Rich and lazy learning regimes in recurrent networks trained on cognitive tasks." In *Advances in Neural Information Processing Systems (NeurIPS)*, 2023.
5. **Priya Raman**, Kimberly Stachenfeld, Andrew Saxe. "Emergence of abstract structure in object-recognition networks." *International Conference on Learning Representations (ICLR)*, 2024.

## Fellowships & Awards

- Sir Henry Wellcome Postdoctoral Fellowship, Wellcome Trust, 2022
- Prime Minister's Research Fellowship (PMRF), Government of India, 2018
- Best Poster Award, Computational and Systems Neuroscience (Cosyne), 2021

## Teaching

- Guest lecturer, *Theoretical Neuroscience* (Gatsby, UCL), 2023, 2024
- Teaching assistant, *Neural Computation* (IISc), 2019

## Skills

Python (NumPy, PyTorch, JAX), MATLAB, electrophysiology data analysis, psychophysics, Git, LaTeX

## Service

Reviewer for NeurIPS, ICLR, *PLOS Computational Biology*, *eLife*.
"""

TEXT["mateo_gonzalez_ferreyra.md"] = """\
# Mateo González Ferreyra
**Senior Product Manager — Fintech**
Buenos Aires, Argentina · mateo.gferreyra@gmail.com · +54 9 11 4567-8901 · [linkedin.com/in/mateogf](https://linkedin.com/in/mateogf)

> Product manager with nine years in payments and marketplaces. I turn messy problems into
> shippable bets, and I like my roadmaps backed by data.

## Experience

### Mercado Libre — Buenos Aires
**Senior Product Manager, Mercado Pago Credits** · 04/2021 – present
- Own the consumer-credit checkout experience (12 countries, USD 1.2B originated in 2023).
- Launched "Buy Now Pay Later" at checkout; +7 pp conversion on eligible carts.

**Product Manager, Seller Payments** · 02/2019 – 03/2021
- Rebuilt seller payout scheduling; cut support tickets about payouts by 35%.

### Globant — Buenos Aires
**Technical Business Analyst** · 07/2016 – 01/2019
- Requirements and backlog for a US airline's loyalty-program rebuild (team of 25).

### Despegar — Buenos Aires
**Product Analyst Intern** · 08/2015 – 06/2016

## Education

| Degree | Institution | Years |
|---|---|---|
| MBA (Executive, part-time) | Universidad Torcuato Di Tella | 2020 – 2022 |
| Licenciatura en Economía (B.A. Economics) | Universidad de Buenos Aires (UBA) | 2010 – 2015 |

## Skills

| Area | Skills |
|---|---|
| Product | Product discovery, A/B testing, OKRs, roadmapping |
| Data | SQL, Amplitude, Looker, Python (pandas) |
| Delivery | Jira, Confluence, Figma |

## Certifications

- Certified Scrum Product Owner (CSPO) — Scrum Alliance, 2019
- Reforge Product Strategy program, 2022

## Languages

Spanish (native) · English (C2) · Portuguese (B2)
"""

TEXT["nguyen_thi_lan.md"] = """\
Nguyễn Thị Lan
==============

Backend Engineer — Singapore
lan.nguyen.thi@gmail.com | (+65) 8123 4567 | github.com/lannt

Work Experience
---------------

### Senior Backend Engineer · Grab · Singapore · Sep 2022 – Present

* Tech lead for the GrabPay wallet ledger (Go, TiDB); 99.995% availability over 2023.
* Designed double-entry reconciliation that removed a nightly batch job.

### Backend Engineer, Shopee (Sea Group), Ho Chi Minh City (Jan 2020 – Aug 2022)

* Order-service sharding migration (MySQL → TiDB) with zero downtime.
* Built Kafka-based event pipeline for seller notifications, 50k msg/s peak.

### Software Engineer @ FPT Software, Hanoi [07/2017 – 12/2019]

* Java/Spring services for a Japanese insurance client (offshore team of 15).

Education
---------

**Hanoi University of Science and Technology** (Đại học Bách khoa Hà Nội)
B.Eng. in Information Technology, Talented Engineer Program — 2012 – 2017

Skills
------

**Languages:** Go, Java, Kotlin, Python · **Storage:** MySQL, TiDB, Redis, Elasticsearch · **Infra:** Kafka, Kubernetes, gRPC, AWS

Certificates
------------

* AWS Certified Solutions Architect – Associate (2021)
* Certified Kubernetes Administrator (CKA), CNCF (2023)

Awards
------

* Grab Engineering Excellence Award (2023)
* Vietnam ICPC National Contest — Bronze Medal (2015)
"""

TEXT["giulia_rossi.tex"] = r"""\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{banking}
\moderncvcolor{blue}
\usepackage[utf8]{inputenc}
\usepackage[scale=0.82]{geometry}

\name{Giulia}{Rossi}
\title{Robotics Engineer}
\address{Via Po 14}{10124 Torino}{Italy}
\phone[mobile]{+39~347~123~4567}
\email{giulia.rossi.robotics@gmail.com}
\homepage{giuliarossi.eu}
\social[linkedin]{giulia-rossi-robotics}
\social[github]{grossi}

\begin{document}
\makecvtitle

\section{Profile}
\cvitem{}{Robotics engineer with seven years of experience in motion planning and
perception for industrial manipulators and humanoids.}

\section{Work Experience}
\cventry{Apr.~2020 -- present}{Senior Robotics Engineer}{COMAU S.p.A.}{Grugliasco (TO), Italy}{}{%
\begin{itemize}
\item Lead developer of the collision-free motion planner for the e.DO and Racer-5 cobot lines.
\item Introduced ROS~2 based simulation-in-the-loop testing; regressions caught pre-release up 3$\times$.
\end{itemize}}
\cventry{Jun.~2018 -- Mar.~2020}{Robotics Software Engineer}{Istituto Italiano di Tecnologia (IIT)}{Genova, Italy}{Humanoid Sensing and Perception group}{%
Whole-body grasping pipeline for the iCub humanoid robot.}
\cventry{Sep.~2017 -- Feb.~2018}{Visiting Student Researcher}{ETH Z\"urich, Autonomous Systems Lab}{Z\"urich, Switzerland}{}{%
Master thesis research on point-cloud based grasp detection.}

\section{Education}
\cventry{2015 -- 2018}{Laurea Magistrale (M.Sc.) in Mechatronic Engineering}{Politecnico di Torino}{Torino}{\textit{110/110 cum laude}}{Thesis: \emph{Learning grasp affordances from partial point clouds}}
\cventry{2012 -- 2015}{Laurea Triennale (B.Sc.) in Mechanical Engineering}{Universit\`a di Bologna}{Bologna}{}{}

\section{Skills}
\cvitem{Programming}{C++ (17/20), Python, MATLAB}
\cvitem{Robotics}{ROS~2, MoveIt, Gazebo, OpenCV, PCL}
\cvitem{Tools}{Git, Docker, CMake}

\section{Publications}
\cvitem{2019}{G.~Rossi, M.~Bianchi, and L.~Natale, ``Grasping unknown objects with the iCub using partial point clouds,'' in \emph{IEEE-RAS International Conference on Humanoid Robots (Humanoids)}, 2019.}
\cvitem{2018}{G.~Rossi and B.~Bona, ``Affordance-driven grasp selection for parallel grippers,'' in \emph{Italian Conference on Robotics and Intelligent Machines (I-RIM)}, 2018.}

\section{Awards}
\cvitem{2018}{Best Master Thesis Award in Robotics, SIRI -- Italian Robotics and Automation Association}

\section{Languages}
\cvitemwithcomment{Italian}{Mother tongue}{}
\cvitemwithcomment{English}{Fluent}{IELTS 8.0}
\cvitemwithcomment{German}{Basic}{}

\end{document}
"""

TEXT["yusuf_demir.tex"] = r"""\documentclass[10pt]{article}
\usepackage[margin=0.9in]{geometry}
\usepackage[T1]{fontenc}
\usepackage{hyperref}
\usepackage{enumitem}
\pagestyle{empty}

% ---- custom CV macros -------------------------------------------------
\newcommand{\cvsection}[1]{\vspace{8pt}{\large\scshape #1}\\[-4pt]\rule{\linewidth}{0.4pt}\par}
\newcommand{\position}[4]{\noindent\textbf{#1} \hfill #4\\ \textit{#2}, #3\par\smallskip}
\newcommand{\degree}[4]{\noindent\textbf{#1}, #2 \hfill #4\\ #3\par\smallskip}
\newcommand{\me}{\textbf{Y.~Demir}}
% -----------------------------------------------------------------------

\begin{document}

\begin{center}
{\LARGE\bfseries Yusuf Demir}\\[4pt]
Associate Professor of Computer Engineering, Bilkent University\\
06800 Bilkent, Ankara, T\"urkiye \quad$\cdot$\quad
\href{mailto:ydemir@cs.bilkent.edu.tr}{ydemir@cs.bilkent.edu.tr} \quad$\cdot$\quad
+90 312 290 1234 \quad$\cdot$\quad \url{http://www.cs.bilkent.edu.tr/~ydemir}
\end{center}

\cvsection{Research}
I build storage and data-processing systems for disaggregated datacenters. Recent work
covers RDMA-based key--value stores, persistent memory file systems, and making Apache
Spark shuffle cheaper. Our prototypes are written in C++ and, increasingly, Rust.

\cvsection{Appointments}
\position{Associate Professor}{Department of Computer Engineering, Bilkent University}{Ankara}{Sep 2019 -- present}
\position{Assistant Professor}{Department of Computer Engineering, Bilkent University}{Ankara}{Feb 2014 -- Aug 2019}
\position{Postdoctoral Researcher}{School of Computer and Communication Sciences, EPFL}{Lausanne, Switzerland}{Oct 2012 -- Jan 2014}
\position{Research Intern}{Microsoft Research}{Cambridge, UK}{Summer 2010}

\cvsection{Education}
\degree{Ph.D. in Computer Science}{University of Illinois Urbana-Champaign}{Dissertation: \emph{Consistency without coordination in geo-replicated stores}. Advisor: Indranil Gupta}{2007 -- 2012}
\degree{B.S. in Computer Engineering}{Bo\u{g}azi\c{c}i University, \.{I}stanbul}{High Honors}{2003 -- 2007}

\cvsection{Selected Publications}
\begin{enumerate}[leftmargin=*,label={[\arabic*]}]
\item Ay\c{s}e Kaya, Mehmet Can \"Ozt\"urk, \me. \emph{PMFS-Lite: A log-structured file system for persistent memory}. In Proceedings of the USENIX Conference on File and Storage Technologies (FAST), 2022.
\item Mehmet Can \"Ozt\"urk, \me. \emph{Shuffle without spilling: memory-disaggregated shuffle for Apache Spark}. In Proceedings of the VLDB Endowment (PVLDB), 2021.
\item \me, Ay\c{s}e Kaya, Babak Falsafi. \emph{Sonic: An RDMA key-value store for rack-scale computers}. In Proceedings of the European Conference on Computer Systems (EuroSys), 2016.
\item \me, Indranil Gupta. \emph{Lazy consensus for geo-replicated storage}. In Proceedings of the ACM Symposium on Cloud Computing (SoCC), 2012.
\end{enumerate}

\cvsection{Honors and Awards}
\begin{itemize}[leftmargin=*,noitemsep]
\item T\"UB\.{I}TAK Incentive Award, Scientific and Technological Research Council of T\"urkiye, 2020
\item ERC Starting Grant (``DISAGG''), European Research Council, 2018
\item Best Paper Award, EuroSys, 2016
\item Google Faculty Research Award, 2017
\end{itemize}

\cvsection{Teaching}
CS 342 Operating Systems (2014--present); CS 550 Distributed Systems (2016--present).

\cvsection{Service}
Program committee: OSDI 2023, EuroSys 2021--2024, FAST 2022. Associate editor, ACM Transactions on Storage (2021--).

\cvsection{Students}
Graduated Ph.D.: Ay\c{s}e Kaya (2022, now at Google), Mehmet Can \"Ozt\"urk (2023, now at Huawei Research).

\end{document}
"""

TEXT["agnieszka_wisniewska.json"] = r"""{
  "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
  "basics": {
    "name": "Agnieszka Wiśniewska",
    "label": "Test Automation Lead",
    "email": "a.wisniewska@fastmail.com",
    "phone": "+48 601 234 567",
    "url": "https://awisniewska.dev",
    "summary": "QA engineer turned test-automation lead. I make CI pipelines fast and tests trustworthy.",
    "location": {"city": "Kraków", "countryCode": "PL", "region": "Małopolska"},
    "profiles": [
      {"network": "GitHub", "username": "awisniewska", "url": "https://github.com/awisniewska"},
      {"network": "LinkedIn", "username": "agnieszka-wisniewska", "url": "https://www.linkedin.com/in/agnieszka-wisniewska"}
    ]
  },
  "work": [
    {
      "name": "Allegro",
      "position": "Test Automation Lead",
      "location": "Kraków, Poland",
      "startDate": "2021-09-01",
      "endDate": "",
      "summary": "Leads a guild of 12 SDETs across the checkout and payments domains.",
      "highlights": ["Cut end-to-end suite runtime from 70 to 18 minutes with sharding on Kubernetes", "Introduced contract testing with Pact"]
    },
    {
      "name": "Sabre Polska",
      "position": "QA Engineer",
      "location": "Kraków, Poland",
      "startDate": "2018-02-01",
      "endDate": "2021-08-31",
      "highlights": ["Built API regression suite for the airline reservation platform (pytest, 2,400 tests)"]
    },
    {
      "name": "Comarch",
      "position": "Junior Software Tester",
      "location": "Kraków, Poland",
      "startDate": "2016-07-01",
      "endDate": "2018-01-31"
    }
  ],
  "volunteer": [
    {"organization": "Geek Girls Carrots", "position": "Workshop mentor", "startDate": "2019-01-01", "summary": "Testing workshops for women entering IT."}
  ],
  "education": [
    {
      "institution": "AGH University of Science and Technology",
      "area": "Computer Science",
      "studyType": "Master of Science (mgr inż.)",
      "startDate": "2015-10-01",
      "endDate": "2017-02-28"
    },
    {
      "institution": "AGH University of Science and Technology",
      "area": "Computer Science",
      "studyType": "Bachelor of Engineering (inż.)",
      "startDate": "2011-10-01",
      "endDate": "2015-02-28"
    }
  ],
  "awards": [
    {"title": "Allegro Tech Hero", "date": "2023-12-15", "awarder": "Allegro", "summary": "Internal award for the test-sharding platform."}
  ],
  "certificates": [
    {"name": "ISTQB Certified Tester Advanced Level – Test Automation Engineer", "date": "2019-05-20", "issuer": "ISTQB"},
    {"name": "Certified Kubernetes Application Developer (CKAD)", "date": "2022-03-10", "issuer": "CNCF"}
  ],
  "publications": [
    {"name": "Flaky tests at scale: what 40,000 CI runs taught us", "publisher": "TestWarez 2022", "releaseDate": "2022-10-14", "url": "https://testwarez.pl"}
  ],
  "skills": [
    {"name": "Test automation", "level": "Expert", "keywords": ["Selenium", "Playwright", "pytest", "Pact"]},
    {"name": "Programming", "level": "Advanced", "keywords": ["Python", "Java", "TypeScript"]},
    {"name": "CI/CD", "level": "Advanced", "keywords": ["GitLab CI", "Jenkins", "Docker", "Kubernetes"]},
    {"name": "Performance testing", "level": "Intermediate", "keywords": ["k6", "JMeter"]}
  ],
  "languages": [
    {"language": "Polish", "fluency": "Native speaker"},
    {"language": "English", "fluency": "Full professional"}
  ],
  "projects": [
    {"name": "pytest-shard-k8s", "description": "Open-source pytest plugin that shards test suites across Kubernetes jobs.", "startDate": "2022-01-01", "url": "https://github.com/awisniewska/pytest-shard-k8s"}
  ]
}
"""

"""A catalogue of the layouts résumés write their education in, one small invented document
per layout, in the languages résumés are written in: what each entry's school, degree (as a
reader writes ``studyType``: a degree of another system keeps its wording) and end date are.

An entry counts when it names an institution, a single course or a visiting stay too; a
thesis, advisor or grade line under a degree belongs to that degree. Every name is invented.
"""

from __future__ import annotations

import re

import pytest
from support.records import record_of

Entry = tuple[str, str | None, str | None]

# (id, document, [(institution, studyType, endDate)])
LAYOUTS: list[tuple[str, str, list[Entry]]] = [
    ("us-one-line",
     "Dana Whitfield\n\nEducation\n"
     "B.S. in Computer Science, University of Eastport, May 2018\n",
     [("University of Eastport", "BS", "2018-05")]),
    ("us-school-place-then-degree-then-dates",
     "Dana Whitfield\n\nEDUCATION\n"
     "University of Eastport — Springfield, IL\n"
     "Bachelor of Science in Biology; GPA 3.8\n"
     "Aug 2014 – May 2018\n",
     [("University of Eastport", "Bachelor of Science", "2018-05")]),
    ("degree-then-school-then-dates",
     "Dana Whitfield\n\nEducation\n"
     "Master of Science in Statistics\nNorthgate State University\n2016 – 2018\n\n"
     "Bachelor of Arts in Mathematics\nHillcrest College\n2012 – 2016\n",
     [("Northgate State University", "Master of Science", "2018"),
      ("Hillcrest College", "Bachelor of Arts", "2016")]),
    ("school-and-dates-then-degree",
     "Dana Whitfield\n\nEducation\n"
     "Northgate State University          Sep 2012 – Jun 2016\n"
     "Bachelor of Arts in History\n",
     [("Northgate State University", "Bachelor of Arts", "2016-06")]),
    ("pipes-dates-first",
     "Dana Whitfield\n\nEducation\n"
     "2014 – 2018 | BA in Economics | Hillcrest College\n",
     [("Hillcrest College", "BA", "2018")]),
    ("thesis-and-advisor-under-a-degree",
     "Dana Whitfield\n\nEducation\n"
     "Ph.D. in Physics, Lakeside University, 2021\n"
     "Thesis: Slow waves in warm plasma\n"
     "Advisor: Prof. Mira Olsen\n"
     "B.S. in Physics, Hillcrest College, 2015\n",
     [("Lakeside University", "PhD", "2021"), ("Hillcrest College", "BS", "2015")]),
    ("gpa-and-graduated-lines",
     "Dana Whitfield\n\nEducation\n"
     "Hillcrest University\n"
     "Bachelor of Science in Economics, GPA: 3.9/4.0\n"
     "Graduated: June 2017\n",
     [("Hillcrest University", "Bachelor of Science", "2017-06")]),
    ("expected-graduation",
     "Dana Whitfield\n\nEducation\n"
     "M.S. in Data Science, Eastport Institute of Technology, expected May 2026\n",
     [("Eastport Institute of Technology", "MS", "2026-05")]),
    ("ongoing",
     "Dana Whitfield\n\nEducation\n"
     "Ph.D. in Chemistry, Lakeside University (ongoing)\n",
     [("Lakeside University", "PhD", None)]),
    ("two-degrees-on-one-line",
     "Dana Whitfield\n\nEducation\n"
     "B.S. and M.S. in Mechanical Engineering, Hillcrest University, 2015, 2016\n",
     [("Hillcrest University", "BS", "2015"), ("Hillcrest University", "MS", "2016")]),
    ("exchange-semester",
     "Dana Whitfield\n\nEducation\n"
     "M.Sc. in Geography, Lakeside University, 2019\n"
     "Exchange semester, Universidad de Montenegro, Spring 2018\n",
     [("Lakeside University", "MSc", "2019"),
      ("Universidad de Montenegro", None, "2018")]),
    ("exchange-written-as-a-sentence-under-a-degree",
     "Dana Whitfield\n\nEducation\n"
     "M.Sc. in Geography, Lakeside University, 2019\n"
     "  Exchange year at the University of Northmoor, 2017–18.\n",
     [("Lakeside University", "MSc", "2019")]),
    ("certificate-from-a-school",
     "Dana Whitfield\n\nEducation\n"
     "MBA, Eastport Business School, 2020\n"
     "Certificate in Project Management, Eastport Extension School, 2019\n",
     [("Eastport Business School", "MBA", "2020"),
      ("Eastport Extension School", "Certificate", "2019")]),
    ("acronym-school",
     "Ravi Sundaram\n\nEducation\n"
     "B.Tech in Electrical Engineering — NIT Sundarpur (2012–2016)\n",
     [("NIT Sundarpur", "BTech", "2016")]),
    ("bold-school-italic-degree",
     "Dana Whitfield\n\n## Education\n\n"
     "**Hillcrest College**, Springfield, MA\n"
     "*BA in English*, 2010\n",
     [("Hillcrest College", "BA", "2010")]),
    ("german-tabular-dates-left",
     "Jonas Berger\n\nAusbildung\n"
     "10/2012 – 09/2016  Studium der Informatik (B.Sc.), Universität Nordheim\n"
     "08/2003 – 06/2012  Allgemeine Hochschulreife (Abitur), Lindenau-Gymnasium Westerburg\n",
     [("Universität Nordheim", "Studium der Informatik (B.Sc.)", "2016-09"),
      ("Lindenau-Gymnasium Westerburg", "Allgemeine Hochschulreife (Abitur) (Secondary school)",
       "2012-06")]),
    ("german-apprenticeship",
     "Jonas Berger\n\nBildungsweg\n"
     "Ausbildung zum Industriekaufmann, Brenner Maschinenbau GmbH, 2010–2013\n"
     "Realschulabschluss, Realschule am Lindenweg, 2010\n",
     [("Brenner Maschinenbau", "Ausbildung zum Industriekaufmann (Apprenticeship)", "2013"),
      ("Realschule am Lindenweg", "Realschulabschluss (Secondary school)", "2010")]),
    ("german-expected",
     "Jonas Berger\n\nStudium\n"
     "10/2022 – voraussichtlich 09/2026  Master of Science Maschinenbau, "
     "Technische Universität Nordheim\n",
     [("Technische Universität Nordheim", "Master of Science", "2026-09")]),
    ("swiss-matura",
     "Lea Amrein\n\nAusbildung\n"
     "2008 – 2012  Matura, Kantonsschule Seeberg\n",
     [("Kantonsschule Seeberg", "Matura (Secondary school)", "2012")]),
    ("europass-english-label-column",
     "Dana Whitfield\n\nEducation and training\n"
     "Dates | 09/2014 – 06/2017\n"
     "Title of qualification awarded | Bachelor of Engineering\n"
     "Name and type of organisation providing education and training | "
     "Technical University of Westmark\n",
     [("Technical University of Westmark", "Bachelor of Engineering", "2017-06")]),
    ("europass-french-label-column",
     "Claire Dufresne\n\nÉducation et formation\n"
     "Dates | 2015 – 2017\n"
     "Intitulé du certificat ou diplôme délivré | Master en Informatique\n"
     "Nom et type de l'établissement d'enseignement ou de formation | "
     "Université de Valmont\n",
     [("Université de Valmont", "Master", "2017")]),
    ("europass-german-label-column",
     "Jonas Berger\n\nSchul- und Berufsbildung\n"
     "Zeitraum | 2010 – 2014\n"
     "Bezeichnung der erworbenen Qualifikation | Bachelor of Arts\n"
     "Name und Art der Bildungs- oder Ausbildungseinrichtung | Hochschule Feldberg\n",
     [("Hochschule Feldberg", "Bachelor of Arts", "2014")]),
    ("europass-new-bracketed-dates",
     "Lucía Ferrán\n\nEDUCACIÓN Y FORMACIÓN\n"
     "[ 09/2012 – 07/2016 ] Grado en Ingeniería Informática\n"
     "Universidad de Montenegro Ciudad: Valdeluz País: España\n",
     [("Universidad de Montenegro", "Grado en Ingeniería Informática (Bachelor)", "2016-07")]),
    ("french-dates-colon",
     "Claire Dufresne\n\nFormation\n"
     "2016-2018 : Master MIAGE, Université de Valmont\n"
     "2013-2016 : Licence Informatique, Université de Valmont\n",
     [("Université de Valmont", "Master", "2018"),
      ("Université de Valmont", "Licence (Bachelor)", "2016")]),
    ("french-engineer-and-bac",
     "Claire Dufresne\n\nFormation\n"
     "2013 – 2016  Diplôme d'ingénieur, École Supérieure d'Électronique de Rivière\n"
     "Baccalauréat S, Lycée Victor Marceau, 2011\n",
     [("École Supérieure d'Électronique de Rivière", "Diplôme d'ingénieur (Master)", "2016"),
      ("Lycée Victor Marceau", "Baccalauréat (Secondary school)", "2011")]),
    ("spanish-grado-dash-school",
     "Lucía Ferrán\n\nFormación académica\n"
     "Grado en Administración de Empresas — Universidad de Montenegro (2014-2018)\n",
     [("Universidad de Montenegro", "Grado en Administración de Empresas (Bachelor)", "2018")]),
    ("spanish-licenciatura-and-bachillerato",
     "Lucía Ferrán\n\nFormación\n"
     "Licenciatura en Psicología, Universidad Autónoma de Valdeluz. 2005 – 2010\n"
     "Bachillerato, IES Río Claro, 2005\n",
     [("Universidad Autónoma de Valdeluz", "Licenciatura (Bachelor)", "2010"),
      ("IES Río Claro", "Bachillerato (Secondary school)", "2005")]),
    ("portuguese",
     "João Prado\n\nFormação Acadêmica\n"
     "Mestrado em Engenharia Civil, Universidade do Porto Novo (2012 – 2014)\n"
     "Bacharelado em Sistemas de Informação — Universidade Federal de Serra Clara, "
     "2008 – 2011\n",
     [("Universidade do Porto Novo", "Mestrado (Master)", "2014"),
      ("Universidade Federal de Serra Clara", "Bacharelado (Bachelor)", "2011")]),
    ("italian-laurea-presso",
     "Marco Ferri\n\nIstruzione e formazione\n"
     "2017 – 2019  Laurea magistrale in Ingegneria Gestionale presso l'Università di "
     "Valbruna, voto 110/110\n"
     "2009 – 2014  Diploma di maturità scientifica, Liceo Scientifico Leonardo Ferri\n",
     [("Università di Valbruna", "Laurea magistrale (Master)", "2019"),
      ("Liceo Scientifico Leonardo Ferri", "Diploma di maturità (Secondary school)", "2014")]),
    ("dutch-hbo-wo",
     "Sanne de Vries\n\nOpleiding\n"
     "2012 – 2016  HBO Bachelor Bedrijfskunde, Hogeschool Westland\n"
     "Master Rechtsgeleerdheid, Universiteit van Oosterdam, 2018\n",
     [("Hogeschool Westland", "HBO Bachelor", "2016"),
      ("Universiteit van Oosterdam", "Master", "2018")]),
    ("chinese-spaced-fields",
     "王小明\n\n教育背景\n"
     "2012.09 - 2016.06  青山大学  计算机科学与技术  本科\n",
     [("青山大学", "本科 (Bachelor)", "2016-06")]),
    ("indian-table",
     "Ravi Sundaram\n\nEducation\n"
     "Qualification | Institute | Year | Score\n"
     "B.E. | Sundarpur College of Engineering | 2016 | 8.1 CGPA\n"
     "Class XII | Sundarpur Public School | 2012 | 91%\n",
     [("Sundarpur College of Engineering", "B.E.", "2016"),
      ("Sundarpur Public School", "Class XII", "2012")]),
]


# The scorer's reading of a degree: its level for the three levels it knows, else its words.
_LEVELS = (("phd", r"\bph\.?\s?d|doctor"),
           ("master", r"\bm\.?\s?s\.?c?\b|\bm\.\s?a\.?|\bma\b|\bmaster|\bm\.?eng|\bmba\b"),
           ("bachelor", r"\bb\.?\s?[sa]\.?c?\b|\bbachelor|\bb\.?eng"))


def _kind(study: str | None) -> str:
    text = str(study or "").lower()
    for level, pattern in _LEVELS:
        if re.search(pattern, text):
            return level
    while (bare := re.sub(r"\s*\([^()]*\)$", "", text)) != text:
        text = bare  # "Abitur (Secondary school)": the words, not the reader's gloss
    return " ".join(text.split())


def _read(document: str) -> list[Entry]:
    return [(e.get("institution"), e.get("studyType"), e.get("endDate"))
            for e in record_of(document).get("education", [])]


@pytest.mark.parametrize(("document", "expected"),
                         [pytest.param(doc, want, id=name) for name, doc, want in LAYOUTS])
def test_education_layout(document: str, expected: list[Entry]) -> None:
    found = _read(document)
    assert [(s, _kind(d), e) for s, d, e in found] == [
        (s, _kind(d), e) for s, d, e in expected], found

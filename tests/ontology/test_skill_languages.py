"""Skills written in other languages resolve to the skills taxonomy's English concept.

The labels are data (language-tagged ``skos:altLabel`` in ``skills.ttl``); these tests read
them through the same look-up and parser the product uses.  The résumés below are invented.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from graph.normalize import canonical_skill
from talentgraph.loaders import parse_file, to_json_resume
from talentgraph.ontology import taxonomy

LANGUAGES = ("de", "fr", "es", "pt", "it", "nl", "ru", "zh", "ja")


def _plain(text: str) -> str:
    """The text without accents, as a writer without an accented keyboard types it."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@pytest.fixture(scope="module")
def tagged() -> list[tuple[str, str, str]]:
    """Every language-tagged label of the skills taxonomy: (label, language, concept id)."""
    graph = Graph().parse(data=files("talentgraph.ontology").joinpath("skills.ttl").read_text(),
                          format="turtle")
    return [(str(label), label.language, str(concept).rsplit("/", 1)[-1])
            for concept, label in graph.subject_objects(SKOS.altLabel)
            if isinstance(label, Literal) and label.language]


# ---------------------------------------------------------------- look-up


@pytest.mark.parametrize(("language", "written", "english"), [
    ("de", "Maschinelles Lernen", "Machine Learning"),
    ("de", "Projektmanagement", "Project Management"),
    ("de", "Regelungstechnik", "Control Systems"),
    ("de", "Buchhaltung", "Accounting"),
    ("de", "Maschinenbau", "Mechanical Engineering"),
    ("fr", "Apprentissage automatique", "Machine Learning"),
    ("fr", "Gestion de projet", "Project Management"),
    ("fr", "Systèmes embarqués", "Embedded Systems"),
    ("fr", "Génie civil", "Civil Engineering"),
    ("fr", "Comptabilité", "Accounting"),
    ("es", "Aprendizaje automático", "Machine Learning"),
    ("es", "Gestión de proyectos", "Project Management"),
    ("es", "Sistemas embebidos", "Embedded Systems"),
    ("es", "Atención al cliente", "Customer Service"),
    ("es", "Ingeniería mecánica", "Mechanical Engineering"),
    ("pt", "Aprendizado de máquina", "Machine Learning"),
    ("pt", "Sistemas embarcados", "Embedded Systems"),
    ("pt", "Gestão de projetos", "Project Management"),
    ("pt", "Engenharia civil", "Civil Engineering"),
    ("pt", "Recrutamento", "Recruiting"),
    ("it", "Apprendimento automatico", "Machine Learning"),
    ("it", "Gestione progetti", "Project Management"),
    ("it", "Ingegneria meccanica", "Mechanical Engineering"),
    ("it", "Contabilità", "Accounting"),
    ("nl", "Machinaal leren", "Machine Learning"),
    ("nl", "Werktuigbouwkunde", "Mechanical Engineering"),
    ("nl", "Boekhouding", "Accounting"),
    ("nl", "Klantenservice", "Customer Service"),
    ("ru", "Машинное обучение", "Machine Learning"),
    ("ru", "Управление проектами", "Project Management"),
    ("ru", "Встраиваемые системы", "Embedded Systems"),
    ("ru", "Бухгалтерский учёт", "Accounting"),
    ("zh", "机器学习", "Machine Learning"),
    ("zh", "数据分析", "Data Analysis"),
    ("zh", "项目管理", "Project Management"),
    ("zh", "嵌入式系统", "Embedded Systems"),
    ("zh", "土木工程", "Civil Engineering"),
    ("ja", "機械学習", "Machine Learning"),
    ("ja", "プロジェクト管理", "Project Management"),
    ("ja", "データ分析", "Data Analysis"),
    ("ja", "組込みシステム", "Embedded Systems"),
    ("ja", "機械工学", "Mechanical Engineering"),
])
def test_translated_label_resolves_in_any_case_with_or_without_accents(
        tagged: list[tuple[str, str, str]], language: str, written: str, english: str) -> None:
    assert (written, language) in {(label, lang) for label, lang, _ in tagged}
    skills = taxonomy.skills()
    for variant in {written, written.upper(), written.lower(), _plain(written),
                    _plain(written).upper(), f"  {written.title()} "}:
        concept = skills.lookup(variant)
        assert concept is not None, variant
        assert concept.pref_label == english, variant


def test_every_tagged_label_names_its_own_concept_and_none_collides(
        tagged: list[tuple[str, str, str]]) -> None:
    skills = taxonomy.skills()
    assert skills.collisions == []
    for label, language, concept_id in tagged:
        assert language in LANGUAGES, (label, language)
        concept = skills.lookup(label)
        assert concept is not None and concept.id == concept_id, (label, language, concept_id)


def test_every_language_labels_well_over_a_hundred_concepts(
        tagged: list[tuple[str, str, str]]) -> None:
    concepts = Counter(lang for lang, _ in {(lang, cid) for _, lang, cid in tagged})
    assert set(concepts) == set(LANGUAGES)
    for language in LANGUAGES:
        # Italian and Dutch write more skills in English, so they have fewer labels of their own
        assert concepts[language] >= (90 if language in ("it", "nl") else 150), concepts


# ---------------------------------------------------------------- prose


@pytest.mark.parametrize("sentence", [
    "Conducted research on sales and marketing data with the HR team.",
    "Er leitete den Vertrieb und die Forschung im Einkauf.",
    "Nous avons mené une recherche sur les ventes et la logistique.",
    "Trabajé en ventas, investigación y recursos humanos.",
    "Trabalhei com vendas, pesquisa e logística.",
    "Он занимался продажами, а также переводом документов.",
])
def test_everyday_words_are_no_skill_in_a_sentence(sentence: str) -> None:
    assert taxonomy.skills().mentions(sentence) == []


@pytest.mark.parametrize(("word", "english"), [
    ("Research", "Research"), ("Forschung", "Research"), ("Vertrieb", "Sales"),
    ("Ventas", "Sales"), ("Logistique", "Logistics"), ("Recherche", "Research"),
])
def test_everyday_words_are_skills_in_a_list(word: str, english: str) -> None:
    concept = taxonomy.skills().lookup(word)
    assert concept is not None and concept.pref_label == english


def test_a_translated_field_in_a_sentence_is_a_mention() -> None:
    text = "Schwerpunkte: Maschinelles Lernen und Bildverarbeitung in eingebetteten Geräten."
    assert [c.pref_label for c, _, _ in taxonomy.skills().mentions(text)] == [
        "Machine Learning", "Image Processing"]


def test_new_professional_concepts_sit_under_their_field() -> None:
    skills = taxonomy.skills()
    for written, ancestor in [("AutoCAD", "computer-aided-design"), ("Recrutement", "human-resources"),
                              ("Kostenrechnung", "finance"), ("Western Blot", "research"),
                              ("Référencement naturel", "marketing"), ("Lagerverwaltung",
                                                                        "supply-chain-management")]:
        concept = skills.lookup(written)
        assert concept is not None, written
        assert ancestor in skills.broader_closure(concept.id), (written, concept.id)


# ---------------------------------------------------------------- résumés

RESUMES = {
    "de_lebenslauf.txt": ("""Lebenslauf

Anna Schneider
anna.schneider@example.de | +49 170 1234567 | Stuttgart

Berufserfahrung

Ingenieurin Eingebettete Systeme, Bosch GmbH, Stuttgart
03/2019 – heute
- Entwicklung von Steuergeräte-Software in C

Ausbildung

M.Sc. Elektrotechnik, Universität Stuttgart
10/2016 – 02/2019

Kenntnisse

Fachkenntnisse: Maschinelles Lernen, Datenanalyse, Regelungstechnik, Projektmanagement
Werkzeuge: Python, MATLAB
""", {"Machine Learning", "Data Analysis", "Control Systems", "Project Management", "Python",
      "MATLAB"}),
    "pt_curriculo.txt": ("""Currículo

Rafael Oliveira
rafael.oliveira@example.com.br | +55 11 91234-5678 | São Paulo

Experiência Profissional

Engenheiro de Software, Itaú Unibanco, São Paulo
08/2020 – atual
- Desenvolvimento de serviços de pagamento

Formação Acadêmica

Bacharelado em Ciência da Computação, Universidade de São Paulo
2015 – 2019

Competências

Aprendizado de Máquina, Sistemas Embarcados, Gestão de Projetos, Análise de Dados, Python
""", {"Machine Learning", "Embedded Systems", "Project Management", "Data Analysis", "Python"}),
    "fr_cv.txt": ("""Curriculum Vitae

Claire Martin
claire.martin@example.fr | +33 6 12 34 56 78 | Lyon

Expérience professionnelle

Ingénieure logiciel, Thales, Lyon
sept. 2019 – aujourd'hui
- Conception de logiciels embarqués

Formation

Diplôme d'ingénieur, INSA Lyon
2014 – 2019

Compétences

Compétences techniques : Apprentissage automatique, Vision par ordinateur, Systèmes embarqués, Gestion de projet, Comptabilite, Java
""", {"Machine Learning", "Computer Vision", "Embedded Systems", "Project Management",
      "Accounting", "Java"}),
    "zh_jianli.md": ("""# 王芳

邮箱：wang.fang@example.cn ｜ 电话：+86 138 0013 8000 ｜ 北京

## 工作经历

### 百度　|　算法工程师　|　2021年7月至今

- 负责搜索排序模型的研发

## 教育背景

**清华大学 ｜ 硕士 ｜ 2018年9月 - 2021年6月**

## 专业技能

- 机器学习
- 数据分析
- 自然语言处理
- 项目管理
- Python
""", {"Machine Learning", "Data Analysis", "Natural Language Processing", "Project Management",
      "Python"}),
}


def _listed(tmp_path: Path, name: str) -> tuple[list[str], dict]:
    path = tmp_path / name
    path.write_text(RESUMES[name][0], encoding="utf-8")
    resume = parse_file(path)
    return [s.name for s in resume.skills if not s.mentioned], to_json_resume(resume)


@pytest.mark.parametrize("name", sorted(RESUMES))
def test_translated_skills_list_files_under_the_english_concepts(tmp_path: Path,
                                                                 name: str) -> None:
    listed, document = _listed(tmp_path, name)
    expected = RESUMES[name][1]
    # the graph files a skill under canonical_skill's name and concept
    assert {canonical_skill(written)[0] for written in listed} == expected
    keywords = [k for group in document["skills"] if not group.get("mentioned")
                for k in group["keywords"]]
    assert {taxonomy.skills().canonical(k) for k in keywords} == expected


@pytest.mark.parametrize("name", sorted(RESUMES))
def test_json_resume_names_translated_skills_in_english(tmp_path: Path, name: str) -> None:
    """A label the taxonomy tags with another language is a translation: the record names
    the skill by its English label (a sibling tool filed under a concept keeps its name)."""
    _, document = _listed(tmp_path, name)
    keywords = {k for group in document["skills"] if not group.get("mentioned")
                for k in group["keywords"]}
    assert keywords == RESUMES[name][1]

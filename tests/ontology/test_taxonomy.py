"""The SKOS taxonomies: the Turtle data is sound and the look-ups behave on real variants."""

from __future__ import annotations

import itertools
from importlib.resources import files
from pathlib import Path

import pytest
from rdflib import RDF, Graph
from rdflib.namespace import SKOS

from talentgraph.ontology import taxonomy
from talentgraph.ontology.taxonomy import Concept, Taxonomy, label_key

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

TAXONOMIES = {
    "skills": (taxonomy.skills, "skills.ttl", 400, {None}),
    "organizations": (taxonomy.organizations, "organizations.ttl", 250,
                      {"company", "university", "lab", "society", "government", "nonprofit"}),
    "venues": (taxonomy.venues, "venues.ttl", 120,
               {"conference", "journal", "workshop", "preprint"}),
    "degrees": (taxonomy.degrees, "degrees.ttl", 50,
                {"associate", "bachelor", "master", "doctorate", "diploma"}),
}


# ---------------------------------------------------------------- the data


@pytest.fixture(scope="module", params=sorted(TAXONOMIES))
def scheme(request: pytest.FixtureRequest) -> tuple[str, Graph]:
    filename = TAXONOMIES[request.param][1]
    graph = Graph().parse(data=files("talentgraph.ontology").joinpath(filename).read_text(),
                          format="turtle")
    return request.param, graph


def test_every_concept_has_exactly_one_pref_label_and_its_scheme(scheme: tuple[str, Graph]) -> None:
    name, graph = scheme
    schemes = set(graph.subjects(RDF.type, SKOS.ConceptScheme))
    assert len(schemes) == 1
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert concepts
    singular = {"skills": "skill", "organizations": "org", "venues": "venue",
                "degrees": "degree"}[name]
    for concept in concepts:
        assert len(list(graph.objects(concept, SKOS.prefLabel))) == 1, concept
        assert set(graph.objects(concept, SKOS.inScheme)) == schemes, concept
        assert str(concept).startswith(f"https://w3id.org/talentgraph/{singular}/"), concept
    labelled = set(graph.subjects(SKOS.prefLabel, None)) | set(graph.subjects(SKOS.altLabel, None))
    assert labelled <= concepts | schemes  # no label on a stray resource (a typo in an IRI)


def test_top_concepts_are_exactly_the_roots(scheme: tuple[str, Graph]) -> None:
    _, graph = scheme
    top = set(graph.subjects(SKOS.topConceptOf, None))
    if top:
        roots = {c for c in graph.subjects(RDF.type, SKOS.Concept)
                 if graph.value(c, SKOS.broader) is None}
        assert top == roots


@pytest.mark.parametrize("name", sorted(TAXONOMIES))
def test_taxonomy_is_large_consistent_and_acyclic(name: str) -> None:
    factory, _, minimum, kinds = TAXONOMIES[name]
    tax = factory()
    assert len(tax) >= minimum
    assert tax.collisions == []  # no label (after normalisation) names two concepts
    for concept in tax:
        assert concept.kind in kinds, concept
        assert all(label_key(label) for label in concept.labels), concept
        assert set(concept.hidden_in_text) <= set(concept.labels), concept
        assert set(concept.exact_case_in_text) <= set(concept.labels), concept
        for parent in concept.broader:
            assert parent in tax, f"{concept.id} -> missing {parent}"
        assert concept.id not in tax.broader_closure(concept.id), f"cycle through {concept.id}"


def test_no_alt_label_is_shared_by_two_concepts() -> None:
    for name, (factory, *_) in TAXONOMIES.items():
        owners: dict[str, str] = {}
        for concept in factory():
            for label in concept.labels:
                assert owners.setdefault(label.casefold(), concept.id) == concept.id, (name, label)


def test_cache_round_trips_and_survives_an_unwritable_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = taxonomy.read_concepts("degrees.ttl", use_cache=False)
    monkeypatch.setenv("TALENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    assert taxonomy.read_concepts("degrees.ttl") == parsed  # parses and writes
    assert len(list((tmp_path / "cache").glob("degrees-*.json"))) == 1
    assert taxonomy.read_concepts("degrees.ttl") == parsed  # reads the JSON
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("TALENTGRAPH_CACHE_DIR", str(blocker / "cache"))
    assert taxonomy.read_concepts("degrees.ttl") == parsed


def test_corrupt_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALENTGRAPH_CACHE_DIR", str(tmp_path))
    parsed = taxonomy.read_concepts("venues.ttl")
    (cached,) = tmp_path.glob("venues-*.json")
    cached.write_text("{not json")
    assert taxonomy.read_concepts("venues.ttl") == parsed


# ---------------------------------------------------------------- skills


@pytest.mark.parametrize(("written", "canonical"), [
    ("Pytorch", "PyTorch"), ("torch", "PyTorch"), ("PyTorch", "PyTorch"),
    ("VLLM", "vLLM"), ("GCP", "Google Cloud Platform"), ("google cloud", "Google Cloud Platform"),
    ("AWS", "Amazon Web Services"), ("Azure", "Microsoft Azure"), ("K8s", "Kubernetes"),
    ("MILP", "Mixed-Integer Linear Programming"), ("Optimization", "Optimization"),
    ("GNN", "Graph Neural Networks"), ("GNNs", "Graph Neural Networks"),
    ("Spark", "Apache Spark"), ("Airflow", "Apache Airflow"), ("Kafka", "Apache Kafka"),
    ("Flink", "Apache Flink"), ("TravisCI", "Travis CI"), ("Travis-CI", "Travis CI"),
    ("NodeJS", "Node.js"), ("node.js", "Node.js"), ("golang", "Go"), ("Go", "Go"),
    ("Compiler", "Compilers"), ("Graph IR", "Compilers"), ("ML", "Machine Learning"),
    ("AI", "Artificial Intelligence"), ("NLP", "Natural Language Processing"),
    ("RL", "Reinforcement Learning"), ("Paddle Paddle", "PaddlePaddle"),
    ("Spring Boot", "Spring Boot"), ("SpringBoot", "Spring Boot"), ("C++", "C++"),
    ("c++", "C++"), ("C", "C"), ("C#", "C#"), ("C Sharp", "C#"), (".NET", ".NET"),
    ("dotnet", ".NET"), ("Python 3.11", "Python"), ("python3", "Python"), ("C++17", "C++"),
    ("Recommender System", "Recommender Systems"), ("recommendation systems",
                                                     "Recommender Systems"),
    ("Tensorflow", "TensorFlow"), ("Transformer", "Transformers"), ("RocksDB", "RocksDB"),
    ("Rocket MQ", "RocketMQ"), ("Amazon DynamoDB", "DynamoDB"), ("Postgres", "PostgreSQL"),
    ("sklearn", "scikit-learn"), ("Data Structures", "Data Structures"),
    ("Artificial-Intelligence", "Artificial Intelligence"), ("W&B", "Weights & Biases"),
    ("weights and biases", "Weights & Biases"), ("ResNet50", "ResNet"),
])
def test_skill_variants_resolve(written: str, canonical: str) -> None:
    assert taxonomy.skills().canonical(written) == canonical


def test_unknown_skill_is_kept_cleaned() -> None:
    skills = taxonomy.skills()
    assert skills.lookup("Frobnication Engineering") is None
    # look-up is exact: combined list items are for the skills extractor to split
    assert skills.lookup("C/C++") is None and skills.lookup("Optimization (MILP)") is None
    assert skills.canonical("  Frobnication   Engineering, ") == "Frobnication Engineering"


def test_c_family_stays_apart() -> None:
    skills = taxonomy.skills()
    ids = {skills.lookup(s).id for s in ("C", "C++", "C#", "Objective-C", "F#")}
    assert len(ids) == 5


def test_pytorch_rolls_up_to_machine_learning_nearest_first() -> None:
    skills = taxonomy.skills()
    pytorch = skills.lookup("pytorch")
    assert pytorch.broader == ("deep-learning-frameworks",)
    ancestors = skills.broader_closure(pytorch.id)
    assert ancestors[0] == "deep-learning-frameworks"
    assert ancestors.index("deep-learning") < ancestors.index("machine-learning")
    assert ancestors.index("machine-learning") < ancestors.index("artificial-intelligence")
    assert pytorch.id in skills.narrower_closure("machine-learning")
    assert {"kubernetes", "mlops"} <= set(skills.broader_closure("kubeflow"))


def test_closures_are_cycle_safe() -> None:
    def concept(cid: str, *broader: str) -> Concept:
        return Concept(cid, f"urn:{cid}", cid.upper(), broader=broader)

    tax = Taxonomy("toy", [concept("a", "b"), concept("b", "c"), concept("c", "a")])
    assert tax.broader_closure("a") == ["b", "c"]
    assert tax.narrower_closure("a") == ["c", "b"]
    assert len(tax) == 3 and [c.id for c in tax] == ["a", "b", "c"]
    with pytest.raises(KeyError):
        tax.get("z")


def _spotted(text: str, *, listed: bool = False) -> list[tuple[str, str]]:
    found = taxonomy.skills().mentions(text, listed=listed)
    return [(text[a:b], concept.pref_label) for concept, a, b in found]


def test_mentions_in_a_realistic_bullet() -> None:
    text = "- Integrated vLLM and PyTorch on Kubernetes, cutting p99 latency by 40%."
    assert _spotted(text) == [("vLLM", "vLLM"), ("PyTorch", "PyTorch"),
                              ("Kubernetes", "Kubernetes")]


def test_mentions_skip_everyday_words_unless_listed() -> None:
    assert _spotted("Go to market with a Spring 2020 launch; R&D in C.") == []
    assert _spotted("Rewrote the scheduler in Go and Rust") == [("Rust", "Rust")]
    assert _spotted("rust on the spark plug; a rag and a slam") == []
    listed = _spotted("Languages: Python, Go, Rust, C, C#, R; Tools: Ray, Spring", listed=True)
    assert [name for _, name in listed] == [
        "Programming Languages", "Python", "Go", "Rust", "C", "C#", "R", "Ray",
        "Spring Framework"]


def test_mentions_respect_word_boundaries_and_punctuation() -> None:
    text = ("JavaScript and Java; C/C++ and C#; ASP.NET and .NET; Node.js; torch.compile; "
            "Spark-based ETL on Apache Spark; GNN-Transformer; A/B testing; CI/CD")
    assert _spotted(text) == [
        ("JavaScript", "JavaScript"), ("Java", "Java"), ("C++", "C++"), ("C#", "C#"),
        ("ASP.NET", "ASP.NET"), (".NET", ".NET"), ("Node.js", "Node.js"),
        ("torch.compile", "torch.compile"), ("Spark", "Apache Spark"), ("ETL", "ETL"),
        ("Apache Spark", "Apache Spark"), ("GNN", "Graph Neural Networks"),
        ("Transformer", "Transformers"), ("A/B testing", "A/B Testing"), ("CI/CD", "CI/CD")]


def test_mentions_ignore_urls_and_emails() -> None:
    text = "See github.com/me/spark, https://kafka.apache.org or me@pytorch.org; I use Kafka."
    assert _spotted(text) == [("Kafka", "Apache Kafka")]


def test_mentions_in_a_seed_resume_are_its_skills() -> None:
    """A real résumé's first 4 KiB: every span found is a label of its skill, spans come in
    text order without overlapping (how fast is measured by ``bench/budgets.py``)."""
    text = (SEEDS / "002_bb68f992505d4ef0.txt").read_text("utf-8")[:4096]
    found = taxonomy.skills().mentions(text)
    assert len(found) > 40
    for concept, start, end in found:
        assert text[start:end].casefold() in {label.casefold() for label in concept.labels}
    assert all(a[2] <= b[1] for a, b in itertools.pairwise(found))


# ---------------------------------------------------------------- organizations


@pytest.mark.parametrize(("written", "canonical"), [
    ("Tesla, Inc.", "Tesla"), ("Google, Inc.", "Google"), ("Google LLC", "Google"),
    ("Synopsys, Inc.", "Synopsys"), ("Facebook", "Meta"), ("Meta Platforms, Inc.", "Meta"),
    ("Bytedance", "ByteDance"), ("Alibaba Cloud Intelligence", "Alibaba Cloud"),
    ("Huawei Technologies Co., Ltd.", "Huawei"), ("Microsoft Corporation", "Microsoft"),
    ("The George Washington University", "George Washington University"),
    ("GWU", "George Washington University"),
    ("USTC", "University of Science and Technology of China"),
    ("SJTU", "Shanghai Jiao Tong University"), ("MIT", "Massachusetts Institute of Technology"),
    ("CMU", "Carnegie Mellon University"), ("UIUC", "University of Illinois Urbana-Champaign"),
    ("Sandia National Laboratory", "Sandia National Laboratories"),
    ("Sandia National Labs", "Sandia National Laboratories"),
    ("Sigma Xi, The Scientific Research Honor Society", "Sigma Xi"),
    ("D. E. Shaw & Co.", "D. E. Shaw"), ("Univ. of Toronto", "University of Toronto"),
    ("ETH Zürich", "ETH Zurich"), ("eth zurich", "ETH Zurich"),
    # unknown names: legal suffixes and a leading "The" go, the rest stays
    ("Acme Robotics, Inc.", "Acme Robotics"), ("Shenzhen Foo Technology Co., Ltd.",
                                               "Shenzhen Foo Technology"),
    ("The Acme Group", "Acme Group"), ("Initech GmbH", "Initech"), ("Globex Corp.", "Globex"),
    ("Hooli LLC", "Hooli"), ("Pied Piper & Co.", "Pied Piper"),
    ("Vandelay Industries", "Vandelay Industries"),
])
def test_organization_names_resolve(written: str, canonical: str) -> None:
    assert taxonomy.organizations().canonical(written) == canonical


def test_organization_kinds_and_parents() -> None:
    orgs = taxonomy.organizations()
    assert orgs.lookup("USTC").kind == "university"
    assert orgs.lookup("Sandia National Labs").kind == "lab"
    assert orgs.lookup("Sigma Xi").kind == "society"
    assert orgs.lookup("IEEE").kind == "society" and orgs.lookup("ACM").kind == "society"
    assert orgs.lookup("Tau Beta Pi").kind == "society"
    assert orgs.lookup("Phi Beta Kappa").kind == "society"
    assert orgs.lookup("NSF").kind == "government"
    assert orgs.lookup("Baidu").kind == "company"
    assert orgs.lookup("Alibaba Cloud").broader == ("alibaba",)
    assert "microsoft" in orgs.broader_closure(orgs.lookup("MSR").id)
    assert orgs.lookup("Initech") is None


# ---------------------------------------------------------------- venues


@pytest.mark.parametrize(("written", "canonical"), [
    ("ASPLOS", "ASPLOS"),
    ("In: Proceedings of the 30th ACM International Conference on Architectural Support for "
     "Programming Languages and Operating Systems (ASPLOS), 2025", "ASPLOS"),
    ("Proceedings of the 31th ACM International Conference on Architectural Support for "
     "Programming Languages and Operating Systems", "ASPLOS"),
    ("In: IEEE Transactions on Parallel and Distributed Systems (TPDS), 2023",
     "IEEE Transactions on Parallel and Distributed Systems"),
    ("TPDS", "IEEE Transactions on Parallel and Distributed Systems"),
    ("IEEE TPDS", "IEEE Transactions on Parallel and Distributed Systems"),
    ("IEEE CAL", "IEEE Computer Architecture Letters"),
    ("IEEE Computer Architecture Letters (CAL)", "IEEE Computer Architecture Letters"),
    ("In PyTorch conference (PyTorch), 2024", "PyTorch Conference"),
    ("NeurIPS 2023", "NeurIPS"), ("Advances in Neural Information Processing Systems", "NeurIPS"),
    ("Proceedings of the 2023 ACM SIGMOD International Conference on Management of Data",
     "SIGMOD"),
    ("KDD '24: Proceedings of the 30th ACM SIGKDD Conference on Knowledge Discovery and Data "
     "Mining", "KDD"),
    ("IEEE Int'l. Symp. on Antennas and Propagation", "IEEE AP-S"),
    ("MICRO", "MICRO"), ("IEEE Micro", "IEEE Micro"), ("IEEE/ACM MICRO", "MICRO"),
    ("OSDI '22", "OSDI"), ("SC '23", "SC"), ("arXiv preprint arXiv:2301.00001", "arXiv"),
    ("CoRR abs/2301.00001", "arXiv"), ("Robotics: Science and Systems", "RSS"),
    ("Workshop on Obscure Things, 2021", "Workshop on Obscure Things"),
])
def test_venue_strings_resolve(written: str, canonical: str) -> None:
    assert taxonomy.venues().canonical(written) == canonical


def test_venue_kinds() -> None:
    venues = taxonomy.venues()
    assert venues.lookup("ASPLOS").kind == "conference"
    assert venues.lookup("TPDS").kind == "journal"
    assert venues.lookup("HotOS").kind == "workshop"
    assert venues.lookup("Journal of Obscure Things") is None


# ---------------------------------------------------------------- degrees


@pytest.mark.parametrize(("written", "pref", "level"), [
    ("M.Sc", "MSc", "master"), ("MSc.", "MSc", "master"), ("M.S.", "MS", "master"),
    ("MS.", "MS", "master"), ("Master of Science", "MS", "master"),
    ("Master's", "Master's Degree", "master"), ("B.S.", "BS", "bachelor"),
    ("B.Sc.", "BSc", "bachelor"), ("BA", "BA", "bachelor"), ("B.A.", "BA", "bachelor"),
    ("Bachelor of Science", "BS", "bachelor"), ("B.Eng.", "BEng", "bachelor"),
    ("Ph.D.", "PhD", "doctorate"), ("PhD", "PhD", "doctorate"),
    ("Doctor of Philosophy", "PhD", "doctorate"), ("M.D.", "MD", "doctorate"),
    ("J.D.", "JD", "doctorate"), ("MBA", "MBA", "master"), ("A.S.", "AS", "associate"),
    ("Associate of Science", "AS", "associate"), ("MEng", "MEng", "master"),
    ("High School Diploma", "High School Diploma", "diploma"),
])
def test_degree_forms_and_levels(written: str, pref: str, level: str) -> None:
    concept = taxonomy.degrees().lookup(written)
    assert concept is not None and (concept.pref_label, concept.kind) == (pref, level)


@pytest.mark.parametrize(("text", "pref", "field"), [
    ("MS. Computer Engineering", "MS", "Computer Engineering"),
    ("Ph.D. in Computer Science", "PhD", "Computer Science"),
    ("M.Sc in Computer Science", "MSc", "Computer Science"),
    ("BS, Electrical Engineering,", "BS", "Electrical Engineering"),
    ("Bachelor of Science in Electrical Engineering", "BS", "Electrical Engineering"),
    ("Master’s degree in Data Science", "Master's Degree", "Data Science"),
    ("PhD, Electrical and Computer Engineering", "PhD", "Electrical and Computer Engineering"),
])
def test_degree_split_separates_the_field(text: str, pref: str, field: str) -> None:
    concept, rest = taxonomy.degrees().split(text)
    assert concept is not None and concept.pref_label == pref
    assert rest == field


def test_degree_split_and_level_without_a_degree() -> None:
    degrees = taxonomy.degrees()
    assert degrees.split("Mathematics") == (None, "Mathematics")
    assert degrees.level("MS. Computer Engineering") == "master"
    assert degrees.level("Mathematics") is None

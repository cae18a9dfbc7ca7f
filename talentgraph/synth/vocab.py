"""What synthetic résumés are made of: organizations, skills, venues, degrees, titles.

The ontology's SKOS taxonomies (``talentgraph.ontology.taxonomy``) are the source of truth,
so synthetic employers, skills and venues are the ones the normalizer knows, with their
alternative labels available for the spelling variations of duplicate résumés.  A small
built-in list stands in only when the taxonomy module is absent, so the generator still
runs on a partial checkout.  Skills come in clusters (data engineering, ML, infra, ...)
because real skill lists co-occur; a flat random draw would make skill co-occurrence
analyses meaningless.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

__all__ = [
    "CLUSTERS",
    "FIELDS",
    "LOCATIONS",
    "TITLES",
    "Term",
    "Vocab",
    "load_vocab",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Term:
    """A taxonomy concept as the generator uses it: the preferred label, its aliases and,
    for organizations, the kind (company, university, lab, society)."""

    label: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None


#: Skill clusters: label → skills that co-occur on real résumés of that speciality.
CLUSTERS: dict[str, tuple[str, ...]] = {
    "data": (
        "Python", "SQL", "Apache Spark", "Apache Airflow", "Apache Kafka", "Apache Flink",
        "dbt", "Snowflake", "BigQuery", "Hadoop", "Hive", "PostgreSQL", "Scala", "Pandas",
        "ETL", "Data Modeling", "Databricks", "Redshift", "Presto", "Delta Lake",
    ),
    "ml": (
        "Python", "PyTorch", "TensorFlow", "JAX", "scikit-learn", "NumPy", "Pandas",
        "Machine Learning", "Deep Learning", "Natural Language Processing", "Computer Vision",
        "Reinforcement Learning", "Transformers", "Hugging Face", "CUDA", "vLLM", "DeepSpeed",
        "MLflow", "XGBoost", "LightGBM", "Large Language Models",
    ),
    "infra": (
        "Kubernetes", "Docker", "Terraform", "AWS", "Google Cloud Platform", "Microsoft Azure",
        "Linux", "Go", "Prometheus", "Grafana", "Ansible", "Helm", "Istio", "Redis", "Nginx",
        "CI/CD", "Jenkins", "Bash", "Site Reliability Engineering", "Distributed Systems",
    ),
    "web": (
        "JavaScript", "TypeScript", "React", "Node.js", "Vue.js", "Angular", "HTML", "CSS",
        "GraphQL", "REST APIs", "Django", "Flask", "FastAPI", "Ruby on Rails", "Java",
        "Spring Boot", "MongoDB", "MySQL", "Next.js", "Redux",
    ),
    "hpc": (
        "C++", "C", "CUDA", "MPI", "OpenMP", "Fortran", "LLVM", "MLIR", "Compilers",
        "Performance Optimization", "Parallel Computing", "SIMD", "Linux", "Python", "Slurm",
        "GPU Programming", "Numerical Methods", "Profiling", "Triton", "Computer Architecture",
    ),
    "mobile": (
        "Swift", "Kotlin", "iOS", "Android", "Objective-C", "Java", "Flutter", "React Native",
        "Firebase", "SwiftUI", "Jetpack Compose", "Xcode", "GraphQL", "REST APIs",
    ),
    "security": (
        "Python", "Network Security", "Penetration Testing", "Cryptography", "Wireshark",
        "Burp Suite", "SIEM", "Linux", "Go", "Rust", "Threat Modeling", "OAuth",
        "Incident Response", "AWS", "Kubernetes",
    ),
}

#: Research areas of labs (and the skill cluster their members use).
AREAS: dict[str, str] = {
    "machine learning": "ml", "natural language processing": "ml", "computer vision": "ml",
    "databases": "data", "distributed systems": "infra", "computer architecture": "hpc",
    "high-performance computing": "hpc", "compilers": "hpc", "networking": "infra",
    "security": "security", "human-computer interaction": "web",
}

#: Job title stems per cluster, most junior-sounding first.
TITLES: dict[str, tuple[str, ...]] = {
    "data": ("Data Engineer", "Analytics Engineer", "Data Platform Engineer", "Big Data Engineer"),
    "ml": ("Machine Learning Engineer", "Data Scientist", "Applied Scientist",
           "ML Infrastructure Engineer"),
    "infra": ("Site Reliability Engineer", "DevOps Engineer", "Infrastructure Engineer",
              "Cloud Engineer", "Platform Engineer"),
    "web": ("Software Engineer", "Frontend Engineer", "Full Stack Engineer", "Backend Engineer",
            "Web Developer"),
    "hpc": ("Performance Engineer", "HPC Engineer", "Compiler Engineer", "GPU Software Engineer"),
    "mobile": ("iOS Engineer", "Android Engineer", "Mobile Software Engineer"),
    "security": ("Security Engineer", "Application Security Engineer", "Security Analyst"),
}

#: Seniority ladder: prefix (or suffix) by career level 0..5.
SENIORITY: tuple[tuple[str, ...], ...] = (
    ("{t} Intern", "Intern, {t}"),
    ("Junior {t}", "{t}", "Associate {t}"),
    ("{t}", "{t} II"),
    ("Senior {t}", "{t} III"),
    ("Staff {t}", "Lead {t}", "Senior {t}"),
    ("Principal {t}", "Engineering Manager", "Director of Engineering"),
)

#: Shorter or longer spellings of one title, for duplicates ("Sr." for "Senior").
TITLE_VARIANTS: tuple[tuple[str, str], ...] = (
    ("Senior ", "Sr. "), ("Engineer", "Eng."), ("Junior ", "Jr. "), ("Software ", "SW "),
    ("Machine Learning", "ML"), ("Research Assistant", "Graduate Research Assistant"),
    ("Site Reliability Engineer", "SRE"), ("Intern", "Internship"),
)

RESEARCH_TITLES: tuple[str, ...] = (
    "Research Assistant", "Graduate Research Assistant", "Research Intern",
    "Postdoctoral Researcher", "Research Scientist", "Senior Research Scientist",
    "Visiting Researcher",
)

FIELDS: dict[str, tuple[str, ...]] = {
    "data": ("Computer Science", "Statistics", "Information Systems", "Data Science"),
    "ml": ("Computer Science", "Artificial Intelligence", "Statistics", "Mathematics",
           "Electrical Engineering"),
    "infra": ("Computer Science", "Computer Engineering", "Information Technology"),
    "web": ("Computer Science", "Software Engineering", "Information Technology"),
    "hpc": ("Computer Engineering", "Electrical and Computer Engineering", "Physics",
            "Applied Mathematics", "Computer Science"),
    "mobile": ("Computer Science", "Software Engineering"),
    "security": ("Computer Science", "Cybersecurity", "Computer Engineering"),
}

#: Places a job or school can be, as résumés write them.
LOCATIONS: tuple[str, ...] = (
    "San Francisco, CA", "Mountain View, CA", "Sunnyvale, CA", "San Jose, CA", "Seattle, WA",
    "Bellevue, WA", "Redmond, WA", "New York, NY", "Boston, MA", "Cambridge, MA", "Austin, TX",
    "Chicago, IL", "Pittsburgh, PA", "Washington, DC", "Herndon, VA", "Atlanta, GA",
    "Los Angeles, CA", "San Diego, CA", "Denver, CO", "Toronto, ON, Canada", "London, UK",
    "Berlin, Germany", "Munich, Germany", "Paris, France", "Zurich, Switzerland",
    "Bangalore, India", "Hyderabad, India", "Pune, India", "Beijing, China", "Shanghai, China",
    "Shenzhen, China", "Hangzhou, China", "Seoul, South Korea", "Tokyo, Japan",
    "Singapore", "Lagos, Nigeria", "Dubai, UAE", "Warsaw, Poland", "Madrid, Spain",
    "Mexico City, Mexico", "Ho Chi Minh City, Vietnam", "Remote",
)

_COMPANIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Google", ("Google LLC", "Google, Inc.", "Google Inc.")),
    ("Meta", ("Meta Platforms", "Facebook", "Meta Platforms, Inc.")),
    ("Amazon", ("Amazon.com", "Amazon Inc.", "Amazon.com, Inc.")),
    ("Amazon Web Services", ("AWS",)), ("Microsoft", ("Microsoft Corporation", "MSFT")),
    ("Apple", ("Apple Inc.",)), ("NVIDIA", ("Nvidia", "NVIDIA Corporation")),
    ("ByteDance", ("Bytedance", "ByteDance Ltd.")), ("Alibaba", ("Alibaba Group",)),
    ("Baidu", ("Baidu, Inc.",)), ("Tencent", ("Tencent Holdings",)), ("Tesla", ("Tesla, Inc.",)),
    ("OpenAI", ()), ("Roblox", ("Roblox Corporation",)), ("Synopsys", ("Synopsys, Inc.",)),
    ("Intel", ("Intel Corporation",)), ("AMD", ("Advanced Micro Devices",)),
    ("IBM", ("IBM Corporation", "International Business Machines")),
    ("Oracle", ("Oracle Corporation",)), ("Salesforce", ("Salesforce, Inc.",)),
    ("Uber", ("Uber Technologies",)), ("Airbnb", ("Airbnb, Inc.",)),
    ("Netflix", ("Netflix, Inc.",)), ("Stripe", ("Stripe, Inc.",)),
    ("Databricks", ()), ("Snowflake", ("Snowflake Inc.",)), ("LinkedIn", ("LinkedIn Corp.",)),
    ("Huawei", ("Huawei Technologies",)), ("Samsung Electronics", ("Samsung",)),
    ("Infosys", ("Infosys Limited",)), ("Tata Consultancy Services", ("TCS",)),
    ("Accenture", ()), ("Goldman Sachs", ("Goldman Sachs Group",)),
    ("JPMorgan Chase", ("JP Morgan", "J.P. Morgan")), ("Bloomberg", ("Bloomberg LP",)),
    ("Two Sigma", ()), ("Adobe", ("Adobe Inc.",)), ("Cisco", ("Cisco Systems",)),
    ("Qualcomm", ("Qualcomm Technologies",)), ("Shopify", ()), ("Spotify", ()),
    ("Flipkart", ()), ("Naver", ("NAVER Corp.",)), ("Sony", ("Sony Group",)),
)

_UNIVERSITIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Massachusetts Institute of Technology", ("MIT",)),
    ("Stanford University", ("Stanford",)),
    ("University of California, Berkeley", ("UC Berkeley", "Berkeley")),
    ("Carnegie Mellon University", ("CMU",)),
    ("Georgia Institute of Technology", ("Georgia Tech",)),
    ("University of Illinois Urbana-Champaign", ("UIUC",)),
    ("University of Washington", ("UW",)), ("Purdue University", ("Purdue",)),
    ("George Washington University", ("GWU", "The George Washington University")),
    ("George Mason University", ("GMU",)), ("Williams College", ()),
    ("Cornell University", ("Cornell",)), ("Princeton University", ("Princeton",)),
    ("University of Michigan", ("UMich",)), ("University of Texas at Austin", ("UT Austin",)),
    ("Tsinghua University", ()), ("Peking University", ("PKU",)),
    ("Shanghai Jiao Tong University", ("SJTU",)),
    ("University of Science and Technology of China", ("USTC",)),
    ("Zhejiang University", ("ZJU",)),
    ("Indian Institute of Technology Bombay", ("IIT Bombay",)),
    ("Indian Institute of Technology Delhi", ("IIT Delhi",)),
    ("University of Toronto", ("UofT",)), ("University of Oxford", ("Oxford",)),
    ("University of Cambridge", ("Cambridge University",)),
    ("ETH Zurich", ("ETH Zürich", "Swiss Federal Institute of Technology")),
    ("Technical University of Munich", ("TUM",)), ("Seoul National University", ("SNU",)),
    ("KAIST", ("Korea Advanced Institute of Science and Technology",)),
    ("University of Tokyo", ("UTokyo",)), ("National University of Singapore", ("NUS",)),
    ("University of Lagos", ("UNILAG",)), ("Universidad Nacional Autónoma de México", ("UNAM",)),
    ("Moscow State University", ("MSU",)), ("Vietnam National University", ("VNU",)),
    ("American University of Beirut", ("AUB",)),
)

_LABS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Sandia National Laboratories", ("Sandia National Laboratory", "Sandia")),
    ("Lawrence Berkeley National Laboratory", ("LBNL", "Berkeley Lab")),
    ("Argonne National Laboratory", ("Argonne",)),
    ("Oak Ridge National Laboratory", ("ORNL",)),
    ("Microsoft Research", ("MSR",)), ("Google DeepMind", ("DeepMind",)),
    ("Allen Institute for AI", ("AI2",)),
)

_VENUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("NeurIPS", ("Conference on Neural Information Processing Systems", "NIPS")),
    ("ICML", ("International Conference on Machine Learning",)),
    ("ICLR", ("International Conference on Learning Representations",)),
    ("ACL", ("Annual Meeting of the Association for Computational Linguistics",)),
    ("EMNLP", ("Conference on Empirical Methods in Natural Language Processing",)),
    ("CVPR", ("IEEE/CVF Conference on Computer Vision and Pattern Recognition",)),
    ("SIGMOD", ("ACM SIGMOD International Conference on Management of Data",)),
    ("VLDB", ("Proceedings of the VLDB Endowment", "PVLDB")),
    ("OSDI", ("USENIX Symposium on Operating Systems Design and Implementation",)),
    ("SOSP", ("ACM Symposium on Operating Systems Principles",)),
    ("ASPLOS", ("ACM International Conference on Architectural Support for Programming "
                "Languages and Operating Systems",)),
    ("ISCA", ("International Symposium on Computer Architecture",)),
    ("MICRO", ("IEEE/ACM International Symposium on Microarchitecture",)),
    ("SC", ("International Conference for High Performance Computing, Networking, Storage "
            "and Analysis", "Supercomputing")),
    ("KDD", ("ACM SIGKDD Conference on Knowledge Discovery and Data Mining",)),
    ("NSDI", ("USENIX Symposium on Networked Systems Design and Implementation",)),
    ("CCS", ("ACM Conference on Computer and Communications Security",)),
    ("CHI", ("ACM Conference on Human Factors in Computing Systems",)),
    ("IEEE CAL", ("IEEE Computer Architecture Letters",)),
    ("TPDS", ("IEEE Transactions on Parallel and Distributed Systems",)),
    ("JMLR", ("Journal of Machine Learning Research",)),
    ("CGO", ("International Symposium on Code Generation and Optimization",)),
)

_DEGREES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("bachelor", "Bachelor of Science", ("B.S.", "BS", "B.Sc.", "BSc")),
    ("bachelor", "Bachelor of Engineering", ("B.E.", "B.Eng.", "BEng")),
    ("bachelor", "Bachelor of Arts", ("B.A.", "BA")),
    ("master", "Master of Science", ("M.S.", "MS", "M.Sc.", "MSc")),
    ("master", "Master of Engineering", ("M.Eng.", "MEng")),
    ("master", "Master of Business Administration", ("MBA",)),
    ("doctorate", "Doctor of Philosophy", ("Ph.D.", "PhD")),
)

_SOCIETIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Sigma Xi", ("Sigma Xi, The Scientific Research Honor Society",)),
    ("Tau Beta Pi", ("Tau Beta Pi Engineering Honor Society",)),
    ("Phi Beta Kappa", ()), ("IEEE", ("Institute of Electrical and Electronics Engineers",)),
    ("ACM", ("Association for Computing Machinery",)),
)

_INVENTED_HEADS = (
    "Blue", "Quantum", "Iron", "Nimbus", "Vertex", "Crimson", "Polar", "Lumen", "Atlas",
    "Cobalt", "Helix", "Nova", "Summit", "Granite", "Orbit", "Pixel", "Harbor", "Aurora",
    "Beacon", "Cedar", "Delta", "Ember", "Falcon", "Juniper", "Keystone", "Meridian",
    "Northwind", "Onyx", "Prism", "Redwood", "Sierra", "Tidal", "Vector", "Willow", "Zephyr",
)
_INVENTED_TAILS = (
    "Labs", "Systems", "Analytics", "Software", "Networks", "Robotics", "Health", "Dynamics",
    "Data", "AI", "Cloud", "Technologies", "Logic", "Works", "Bio", "Security", "Financial",
)
_LEGAL = (" Inc.", " LLC", " Corp.", " Ltd.", " Technologies Inc.")


@dataclass(eq=False)
class Vocab:
    """Everything the person generator draws from, built once per run.

    ``invented`` companies are shared across people (so colleagues exist at small firms
    too); each has aliases that add or drop a legal suffix, the commonest real variation.
    Compared (and hashed) by identity, so per-run caches can key on it.
    """

    companies: list[Term]
    universities: list[Term]
    labs: list[Term]
    societies: list[Term]
    venues: list[Term]
    degrees: dict[str, list[Term]]
    skills: dict[str, list[Term]]
    invented: list[Term] = field(default_factory=list)
    from_taxonomy: bool = False

    @cached_property
    def skill_aliases(self) -> dict[str, tuple[str, ...]]:
        """Skill label → its alternative *spellings* (for duplicate variations).

        Only aliases that look like the label ("Pytorch", "Apache Spark" for "Spark"): a
        taxonomy also lists related names (``Tokio`` under ``Actix``) that a person would
        not write for the same skill.
        """
        out = {}
        for terms in self.skills.values():
            for t in terms:
                key = _key(t.label)
                spellings = tuple(a for a in t.aliases if key[:4] in _key(a) or _key(a) in key)
                if spellings:
                    out[t.label] = spellings
        return out


def _key(label: str) -> str:
    return "".join(ch for ch in label.lower() if ch.isalnum() or ch in "+#")


def _terms(pairs: Iterable[tuple[str, tuple[str, ...]]], kind: str | None = None) -> list[Term]:
    return [Term(label, aliases, kind) for label, aliases in pairs]


def _builtin() -> Vocab:
    degrees: dict[str, list[Term]] = {}
    for level, label, aliases in _DEGREES:
        degrees.setdefault(level, []).append(Term(label, aliases, level))
    return Vocab(
        companies=_terms(_COMPANIES, "company"),
        universities=_terms(_UNIVERSITIES, "university"),
        labs=_terms(_LABS, "lab"),
        societies=_terms(_SOCIETIES, "society"),
        venues=_terms(_VENUES),
        degrees=degrees,
        skills={name: [Term(s) for s in skills] for name, skills in CLUSTERS.items()},
    )


def _printable(label: str) -> bool:
    """Latin-script labels only: a Chinese alias is real, but the PDF fonts cannot show it."""
    return all(ord(ch) < 0x250 or ch in "–—’" for ch in label)


def _concept_terms(concepts: Iterable[object]) -> list[Term]:
    """Terms sorted by label, so the vocabulary never depends on set or hash order."""
    out = []
    for concept in concepts:
        label = str(getattr(concept, "pref_label", "") or "")
        if not label or not _printable(label):
            continue
        aliases = tuple(str(a) for a in (getattr(concept, "alt_labels", ()) or ())
                        if a != label and _printable(str(a)))
        out.append(Term(label, aliases, getattr(concept, "kind", None)))
    return sorted(out, key=lambda t: t.label)


#: Skill-taxonomy parents (``broader`` ids) that put a skill into a cluster.
_CLUSTER_PARENTS: dict[str, tuple[str, ...]] = {
    "data": ("data-engineering", "databases", "big-data", "etl", "stream-processing",
             "data-warehousing", "workflow-orchestration", "hadoop", "relational-databases"),
    "ml": ("machine-learning", "deep-learning", "natural-language-processing",
           "computer-vision", "large-language-models", "deep-learning-frameworks", "mlops",
           "model-serving", "llm-inference", "ml-libraries", "distributed-training"),
    "infra": ("cloud-computing", "kubernetes", "observability", "ci-cd", "devops",
              "infrastructure-as-code", "amazon-web-services", "google-cloud-platform",
              "microsoft-azure", "message-queues", "container-orchestration", "serverless"),
    "web": ("web-frameworks", "web-development", "frontend-development", "javascript",
            "backend-development"),
    "hpc": ("high-performance-computing", "gpu-computing", "computer-architecture", "cuda",
            "parallel-computing", "scientific-computing", "compilers"),
    "mobile": ("mobile-development",),
    "security": ("computer-security",),
}
#: Degrees résumés in this field actually carry (the taxonomy also has MD, JD, DDS, ...).
_DEGREE_LABELS = {"bachelor": ("BS", "BSc", "BEng", "BA", "BTech"),
                  "master": ("MS", "MSc", "MEng", "MCS", "MTech"),
                  "doctorate": ("PhD",)}


def _from_taxonomy(base: Vocab) -> Vocab:
    """The built-in lists replaced by the ontology's concepts.

    Taxonomy skills that a built-in cluster names take its preferred label and aliases;
    the others join the cluster their ``broader`` parents point to, so most of the
    taxonomy can be drawn.  Built-in skills the taxonomy lacks are kept (they exercise
    the normalizer's handling of unknown skills).
    """
    from talentgraph.ontology import taxonomy  # absent on partial checkouts

    orgs = _concept_terms(taxonomy.organizations())
    by_kind: dict[str, list[Term]] = {}
    for term in orgs:
        by_kind.setdefault((term.kind or "company").lower(), []).append(term)
    degrees = {level: [t for t in _concept_terms(taxonomy.degrees()) if t.label in labels]
               for level, labels in _DEGREE_LABELS.items()}
    concepts = sorted(taxonomy.skills(), key=lambda c: c.pref_label)
    terms = {t.label: t for t in _concept_terms(concepts)}
    lookup = taxonomy.skills().lookup
    clusters: dict[str, list[Term]] = {name: [] for name in CLUSTERS}
    used: set[str] = set()
    for name, labels in CLUSTERS.items():
        for label in labels:
            concept = lookup(label)
            term = terms.get(concept.pref_label) if concept else None
            clusters[name].append(term or Term(label))
            used.add((term or Term(label)).label)
    for concept in concepts:
        term = terms.get(concept.pref_label)
        if term is None or term.label in used:
            continue
        target = next((c for c, parents in _CLUSTER_PARENTS.items()
                       if set(concept.broader) & set(parents)), None)
        if target:
            clusters[target].append(term)
            used.add(term.label)
    return Vocab(
        companies=by_kind.get("company") or base.companies,
        universities=by_kind.get("university") or base.universities,
        labs=by_kind.get("lab") or base.labs,
        societies=by_kind.get("society") or base.societies,
        venues=_concept_terms(taxonomy.venues()) or base.venues,
        degrees={lvl: degrees[lvl] or base.degrees[lvl] for lvl in base.degrees},
        skills=clusters,
        from_taxonomy=True,
    )


def _invented(seed: int, count: int) -> list[Term]:
    """Plausible small employers, the same for a given seed and count."""
    rng = random.Random(f"{seed}/invented")
    names: dict[str, Term] = {}
    for _ in range(count * 20):
        if len(names) >= count:
            break
        sep = " " if rng.random() < 0.4 else ""
        base = f"{rng.choice(_INVENTED_HEADS)}{sep}{rng.choice(_INVENTED_TAILS)}"
        if base.replace(" ", "") in names:
            continue
        names[base.replace(" ", "")] = Term(f"{base}{rng.choice(_LEGAL)}", (base,), "company")
    return list(names.values())


def load_vocab(seed: int, people: int) -> Vocab:
    """The vocabulary for one run: the taxonomy's concepts when importable, else built-ins,
    plus invented companies scaled to the number of people."""
    base = _builtin()
    try:
        vocab = _from_taxonomy(base)
    except ImportError:
        log.warning("talentgraph.ontology.taxonomy not importable; using built-in vocabulary")
        vocab = base
    vocab.invented = _invented(seed, max(40, min(people // 25, 500)))
    return vocab

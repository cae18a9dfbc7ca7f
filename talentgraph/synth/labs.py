"""Who a synthetic person is, and the research labs that make co-authorship a network.

Everything here is a pure function of ``(seed, index)``, so person *i* can be generated
without generating persons 0..i-1: that keeps generation streaming (no 10^6 people in
memory) and lets worker processes split the index range.  Researchers are grouped into
labs by index window; a lab's papers list several of its résumé owners plus students and
a PI drawn from a shared pool of author names, so two owners' résumés cite the same paper
with the same author list (real co-authorship between résumé owners), and pool authors
recur across labs (co-author links between labs).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

from .names import Name, random_name
from .vocab import AREAS, Term, Vocab

__all__ = ["LAB_WINDOW", "Lab", "LabPaper", "identity", "is_researcher", "lab_of", "pool_name"]

#: People with indices in one window of this size share a lab when they are researchers.
LAB_WINDOW = 24
RESEARCHER_RATE = 0.22

_PREFIX = ("Ka", "Zo", "Me", "Ri", "Tar", "Vel", "Or", "Lu", "Sol", "Ne", "Qu", "Dra", "Ster",
           "Fal", "Hy", "Pi", "Mon", "Cy", "Ar", "Ex")
_SUFFIX = ("dust", "ion", "ra", "lex", "on", "ix", "flow", "mind", "net", "scope", "gen",
           "pipe", "core", "shard", "path", "tune")
_ADJ = ("Scalable", "Efficient", "Adaptive", "Robust", "Automatic", "Learned", "Fast",
        "Topology-Aware", "Memory-Efficient", "Communication-Efficient", "Provably Correct",
        "Low-Latency", "Context-Aware", "Self-Supervised", "Fine-Grained", "Verified")
_TOPIC: dict[str, tuple[str, ...]] = {
    "ml": ("Training of Large Language Models", "Mixture-of-Experts Inference",
           "Representation Learning", "Reinforcement Learning from Feedback",
           "Vision Transformers", "Graph Neural Networks", "Retrieval-Augmented Generation",
           "Federated Learning", "Model Compression"),
    "data": ("Query Optimization", "Stream Processing", "Data Lakes", "Join Processing",
             "Learned Indexes", "Transactional Storage", "Data Cleaning"),
    "infra": ("Serverless Scheduling", "Cluster Resource Management", "Consensus Protocols",
              "Datacenter Networking", "Fault-Tolerant Storage", "Microservice Tracing"),
    "hpc": ("Operator Fusion on GPUs", "Sparse Matrix Kernels", "Compiler Autotuning",
            "Heterogeneous Accelerators", "Collective Communication", "Performance Profiling",
            "Finite Element Solvers"),
    "security": ("Side-Channel Detection", "Fuzzing", "Memory Safety", "Malware Analysis",
                 "Secure Enclaves"),
    "web": ("Interactive Visualization", "Accessibility", "Crowdsourcing Interfaces",
            "Collaborative Editing"),
    "mobile": ("On-Device Inference", "Energy-Aware Apps"),
}


@dataclass(frozen=True)
class LabPaper:
    """A paper of a lab with its full author list (names as written)."""

    title: str
    venue: Term
    year: int
    authors: tuple[str, ...]
    members: tuple[int, ...]


@dataclass(frozen=True)
class Lab:
    """A research group: its university, area, PI, the year its members start their PhDs
    (``era``, give or take two) and its papers."""

    key: int
    university: Term
    area: str
    cluster: str
    pi: str
    era: int
    members: tuple[int, ...]
    papers: tuple[LabPaper, ...]


def identity(seed: int, index: int) -> Name:
    """The name of person ``index``: its own random stream, so labs can name co-authors
    without generating their whole résumé."""
    return random_name(random.Random(f"{seed}/name/{index}"))


def is_researcher(seed: int, index: int) -> bool:
    """Whether person ``index`` followed a research career (PhD, papers, a lab)."""
    return random.Random(f"{seed}/role/{index}").random() < RESEARCHER_RATE


def pool_name(seed: int, k: int) -> str:
    """Author ``k`` of the shared pool of co-authors who have no résumé in the set."""
    return random_name(random.Random(f"{seed}/pool/{k}")).plain


_TAILS = ("at Scale", "in Practice", "Revisited", "for the Cloud", "with Guarantees",
          "on Commodity Hardware")
_SETTING = ("", "", "for Edge Devices", "under Skewed Workloads", "with Partial Labels",
            "across Datacenters", "on Commodity Clusters", "for Scientific Computing",
            "in Multi-Tenant Systems", "under Memory Pressure", "for Heterogeneous Hardware",
            "with Formal Guarantees", "at Low Precision", "for Sparse Data",
            "in the Wild", "over Wide-Area Networks", "for Healthcare Records",
            "with Noisy Feedback", "for Long Sequences", "under Churn", "for Mobile Users",
            "on Shared Infrastructure", "with Provenance", "for Time Series",
            "in Adversarial Settings", "with Limited Supervision", "for Real-Time Analytics",
            "at Petabyte Scale", "on Serverless Platforms", "for Code Generation",
            "via Program Synthesis", "through Caching", "by Example", "without Retraining")


def _paper_title(rng: random.Random, cluster: str) -> str:
    """"STARDUST: Topology-Aware ... for Sparse Data" or "Efficient ... at Scale".

    The title is the paper's identity (``graph.build`` keys papers by it), so the space
    is kept large: with a few hundred titles per area, unrelated papers of a 10^5
    corpus shared titles, merged into papers with hundreds of authors, and the
    co-author projection grew with the square of the corpus."""
    topic = rng.choice(_TOPIC[cluster])
    setting = rng.choice(_SETTING)
    if rng.random() < 0.5:
        system = f"{rng.choice(_PREFIX)}{rng.choice(_SUFFIX)}"
        if rng.random() < 0.3:
            system = system.upper()
        return " ".join(filter(None, (f"{system}: {rng.choice(_ADJ)} {topic}", setting)))
    return " ".join(filter(None, (rng.choice(_ADJ), topic, setting, rng.choice(_TAILS))))


def lab_of(seed: int, index: int, people: int, vocab: Vocab) -> Lab:
    """The lab of researcher ``index`` (all researchers of its index window)."""
    return _lab(seed, index // LAB_WINDOW, people, vocab)


@lru_cache(maxsize=32)
def _lab(seed: int, key: int, people: int, vocab: Vocab) -> Lab:
    rng = random.Random(f"{seed}/lab/{key}")
    start = key * LAB_WINDOW
    members = tuple(i for i in range(start, min(start + LAB_WINDOW, people))
                    if is_researcher(seed, i))
    area = rng.choice(sorted(AREAS))
    cluster = AREAS[area]
    pool = max(200, people // 3)
    pi = pool_name(seed, rng.randrange(pool))
    era = rng.randint(2000, 2018)
    students = [pool_name(seed, rng.randrange(pool)) for _ in range(rng.randint(2, 6))]
    names = {m: identity(seed, m).plain for m in members}
    papers = []
    for _ in range(3 + 2 * len(members)):
        chosen = tuple(m for m in members if rng.random() < 0.4)
        if not chosen and members:
            chosen = (rng.choice(members),)
        authors = [names[m] for m in chosen]
        authors += rng.sample(students, k=rng.randint(0, min(3, len(students))))
        if rng.random() < 0.3:
            authors.append(pool_name(seed, rng.randrange(pool)))
        rng.shuffle(authors)
        if rng.random() < 0.9:
            authors.append(pi)
        papers.append(LabPaper(
            title=_paper_title(rng, cluster), venue=rng.choice(vocab.venues),
            year=min(2025, era + rng.randint(1, 7)), authors=tuple(dict.fromkeys(authors)),
            members=chosen,
        ))
    return Lab(key=key, university=rng.choice(vocab.universities), area=area, cluster=cluster,
               pi=pi, era=era, members=members, papers=tuple(papers))

"""Synthetic people: the canonical facts a résumé is rendered from and scored against.

A :class:`Person` holds canonical values only (taxonomy preferred labels, ISO-ish
``(year, month)`` dates); how a résumé *spells* them (aliases, title variants, date formats)
is the renderers' and :mod:`~talentgraph.synth.variants`' business.  That split is what lets
the ground-truth file state what a parser ought to recover from every file.

Careers follow the usual shapes: school, internships during it (overlapping the degree),
jobs that rise in seniority with the years, gaps, occasional overlapping side roles, and a
current (open-ended) position for most people.  Researchers get a PhD in a lab, with an
advisor, a research-assistant appointment and the lab's papers that list them.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from .labs import Lab, identity, is_researcher, lab_of
from .names import Name
from .vocab import FIELDS, LOCATIONS, RESEARCH_TITLES, SENIORITY, TITLES, Term, Vocab

__all__ = ["TODAY", "YM", "Honor", "Job", "Paper", "Person", "Project", "Study", "contact_registry",
           "make_person"]

YM = tuple[int, int]
#: "Now" for every synthetic career: fixed, so output never depends on the wall clock.
TODAY: YM = (2025, 12)


@dataclass(frozen=True)
class Job:
    """One position; ``end`` None means current (rendered as "Present")."""

    employer: Term
    title: str
    start: YM
    end: YM | None
    location: str
    bullets: tuple[str, ...] = ()
    team: str | None = None
    #: the person's skills the title or bullets name (truth for months of experience)
    skills: tuple[str, ...] = ()


@dataclass(frozen=True)
class Study:
    """One degree; ``end`` None means still studying."""

    school: Term
    level: str
    degree: Term
    field: str
    start: YM
    end: YM | None
    location: str
    advisor: str | None = None
    thesis: str | None = None
    gpa: str | None = None


@dataclass(frozen=True)
class Paper:
    """A paper with its full author list; the owner is ``authors[owner_index]``."""

    title: str
    venue: Term
    year: int
    authors: tuple[str, ...]
    owner_index: int


@dataclass(frozen=True)
class Honor:
    """An award, scholarship or honor-society membership."""

    title: str
    year: int
    awarder: str | None = None


@dataclass(frozen=True)
class Project:
    """A named side or research project."""

    name: str
    description: str
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """Everything true about one synthetic person."""

    pid: str
    index: int
    name: Name
    email: str
    phone: str
    location: str
    cluster: str
    headline: str
    summary: str
    researcher: bool
    jobs: tuple[Job, ...]
    studies: tuple[Study, ...]
    skills: tuple[tuple[str, tuple[str, ...]], ...]
    papers: tuple[Paper, ...] = ()
    honors: tuple[Honor, ...] = ()
    projects: tuple[Project, ...] = ()
    github: str | None = None
    linkedin: str | None = None

    @property
    def skill_names(self) -> list[str]:
        """All listed skills, in résumé order."""
        return [s for _, group in self.skills for s in group]


_LANGUAGES = {"Python", "SQL", "Go", "Java", "C++", "C", "Scala", "JavaScript", "TypeScript",
              "Rust", "Kotlin", "Swift", "Objective-C", "Fortran", "Bash", "HTML", "CSS"}
_CATEGORY = {"data": "Data", "ml": "ML/AI", "infra": "Infrastructure", "web": "Web",
             "hpc": "Systems/HPC", "mobile": "Mobile", "security": "Security"}
_NEIGHBOURS = {"data": ("ml", "infra", "web"), "ml": ("data", "hpc", "infra"),
               "infra": ("data", "web", "security"), "web": ("mobile", "infra", "data"),
               "hpc": ("ml", "infra"), "mobile": ("web",), "security": ("infra", "web")}
_VERBS = ("Built", "Designed", "Led", "Implemented", "Scaled", "Optimized", "Migrated",
          "Automated", "Owned", "Shipped", "Re-architected", "Launched")
_THINGS: dict[str, tuple[str, ...]] = {
    "data": ("a production ETL pipeline", "the company-wide data warehouse",
             "a streaming ingestion service", "a feature store", "data quality checks"),
    "ml": ("a ranking model", "the model-serving platform", "an LLM fine-tuning pipeline",
           "a recommendation system", "an evaluation harness", "a fraud-detection model"),
    "infra": ("the Kubernetes platform", "a multi-region deployment system",
              "the observability stack", "CI/CD pipelines", "autoscaling for GPU clusters"),
    "web": ("the checkout flow", "a design-system component library", "public REST APIs",
            "the customer dashboard", "a GraphQL gateway"),
    "hpc": ("GPU kernels", "a graph compiler pass", "the MPI communication layer",
            "a profiling tool", "the training runtime"),
    "mobile": ("the iOS app", "the Android app", "offline sync", "push notifications"),
    "security": ("the vulnerability management program", "SSO and OAuth flows",
                 "a SIEM detection pipeline", "threat models for new services"),
}
_EFFECTS = ("reducing latency by {n}%", "cutting cost by ${m}M a year",
            "improving throughput {x}x", "serving {k}k requests per second",
            "raising reliability to 99.{n9}%", "saving {h} engineer-hours a month",
            "for {k}M daily users")
_TEAMS = ("Platform", "Core Infrastructure", "Search", "Ads", "Payments", "Growth", "Ranking",
          "Data Platform", "ML Platform", "Developer Productivity", "Cloud", "Security")


def _add_months(ym: YM, months: int) -> YM:
    total = ym[0] * 12 + ym[1] - 1 + months
    return total // 12, total % 12 + 1


def _bullet(rng: random.Random, cluster: str, skills: list[str]) -> str:
    effect = rng.choice(_EFFECTS).format(
        n=rng.randint(12, 85), m=rng.randint(1, 20), x=rng.randint(2, 40),
        k=rng.randint(5, 900), n9=rng.choice((9, 95, 99)), h=rng.randint(20, 400))
    tools = rng.sample(skills, k=min(2, len(skills)))
    using = f" with {' and '.join(tools)}" if tools and rng.random() < 0.8 else ""
    return f"{rng.choice(_VERBS)} {rng.choice(_THINGS[cluster])}{using}, {effect}."


def _title(rng: random.Random, cluster: str, level: int) -> str:
    stem = rng.choice(TITLES[cluster])
    return rng.choice(SENIORITY[max(0, min(level, 5))]).format(t=stem)


def _skills(rng: random.Random, cluster: str, vocab: Vocab) -> list[tuple[str, list[str]]]:
    """Skills grouped by category: mostly the person's cluster, some from a neighbour."""
    own = vocab.skills[cluster]
    picked = [t.label for t in rng.sample(own, k=min(len(own), rng.randint(6, 14)))]
    for other in rng.sample(_NEIGHBOURS[cluster], k=rng.randint(0, len(_NEIGHBOURS[cluster]))):
        pool = vocab.skills[other]
        picked += [t.label for t in rng.sample(pool, k=min(len(pool), rng.randint(1, 4)))]
    picked = list(dict.fromkeys(picked))
    langs = [s for s in picked if s in _LANGUAGES]
    rest = [s for s in picked if s not in _LANGUAGES]
    groups: list[tuple[str, list[str]]] = []
    if langs:
        groups.append(("Languages", langs))
    if rng.random() < 0.5 or len(rest) < 6:
        groups.append((_CATEGORY[cluster], rest))
    else:
        cut = len(rest) // 2
        groups += [(_CATEGORY[cluster], rest[:cut]), ("Tools", rest[cut:])]
    return [(c, g) for c, g in groups if g]


def _email(rng: random.Random, name: Name) -> str:
    from unicodedata import combining, normalize

    def ascii_(s: str) -> str:
        s = "".join(c for c in normalize("NFKD", s) if not combining(c))
        return "".join(c for c in s.lower() if c.isalnum())

    first, last = ascii_(name.first), ascii_(name.last)
    handle = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}",
                         f"{last}.{first}", f"{first}_{last}"))
    if rng.random() < 0.6:
        handle += str(rng.randint(1, 99)).zfill(2)
    domain = rng.choice(("gmail.com", "gmail.com", "gmail.com", "outlook.com", "yahoo.com",
                         "proton.me", "icloud.com", "hotmail.com"))
    return f"{handle}@{domain}"


def _phone(rng: random.Random, culture: str) -> str:
    if culture == "indian" and rng.random() < 0.5:
        return f"+91 {rng.randint(70000, 99999)} {rng.randint(10000, 99999)}"
    if culture == "chinese" and rng.random() < 0.3:
        return f"+86 1{rng.randint(30, 89)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    return f"{rng.randint(201, 989)}-{rng.randint(200, 989)}-{rng.randint(0, 9999):04d}"


def _handle(rng: random.Random, name: Name) -> str:
    base = f"{name.first}{name.last}".lower().encode("ascii", "ignore").decode()
    return base + str(rng.randint(1, 999))


def _phone_digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)[-10:]


def _drafted(seed: int, index: int, name: Name) -> tuple[str, str, str]:
    """The e-mail, phone and profile handle person ``index`` would pick, ignoring everyone
    else (its own stream, so the registry can draft them without the whole résumé)."""
    rng = random.Random(f"{seed}/contact/{index}")
    return _email(rng, name), _phone(rng, name.culture), _handle(rng, name)


@lru_cache(maxsize=4)
def contact_registry(seed: int, people: int) -> dict[int, tuple[str, str, str]]:
    """Contacts of the people whose drafted e-mail, phone or profile handle an earlier
    person of the corpus already holds, each re-drawn until free.

    An address, a number and a profile URL belong to one person in the real world: a mail
    provider offers the second "shan@hotmail.com" another handle.  Drafting them
    independently gave 50 of 10^4 synthetic people the address or GitHub handle of a
    same-name (or same-initial) stranger, which no résumé pool has.  One pass over the
    names of the run (about 1 s per 10^4 people); only the re-drawn few are kept.
    """
    emails: set[str] = set()
    phones: set[str] = set()
    handles: set[str] = set()
    fixed: dict[int, tuple[str, str, str]] = {}
    for index in range(people):
        name = identity(seed, index)
        draft = email, phone, handle = _drafted(seed, index, name)
        rng = random.Random(f"{seed}/contact-again/{index}")
        while email in emails:
            local, _, domain = email.partition("@")
            email = f"{re.sub(r'[0-9]+$', '', local)}{rng.randint(1, 9999)}@{domain}"
        while _phone_digits(phone) in phones:
            phone = _phone(rng, name.culture)
        while handle in handles:
            handle = f"{re.sub(r'[0-9]+$', '', handle)}{rng.randint(1, 9999)}"
        emails.add(email)
        phones.add(_phone_digits(phone))
        handles.add(handle)
        if (email, phone, handle) != draft:
            fixed[index] = (email, phone, handle)
    return fixed


#: Share of people whose résumé gives a staffing agency's address instead of their own,
#: and of people who give their office switchboard instead of their own number: one
#: contact on several strangers' CVs, which entity resolution must not merge (the
#: bench's ER precision counts it when it does).  About five people share each.
AGENCY_RATE = 0.02
OFFICE_RATE = 0.02
_SHARED_PER_CONTACT = 250  # people per agency and per office in the pools
_AGENCIES = ("talentbridge", "hirewell", "staffpoint", "careerlink", "peoplefirst",
             "nextstep", "brightpath", "topcandidates")


def shared_contacts(seed: int, index: int, people: int) -> tuple[str | None, str | None]:
    """The agency address and office number person ``index`` gives instead of their own
    (each usually None), drawn from pools small enough that several people share each."""
    rng = random.Random(f"{seed}/shared-contact/{index}")
    pool = max(2, people // _SHARED_PER_CONTACT)
    email = phone = None
    if rng.random() < AGENCY_RATE:
        k = rng.randrange(pool)
        email = f"candidates{k}@{_AGENCIES[k % len(_AGENCIES)]}-staffing.com"
    if rng.random() < OFFICE_RATE:
        k = rng.randrange(pool)
        phone = f"+1 212 555 {k % 10000:04d}"
    return email, phone


def _contacts(seed: int, index: int, people: int, name: Name) -> tuple[str, str, str]:
    """Person ``index``'s e-mail, phone and profile handle, unique among ``people``."""
    return contact_registry(seed, people).get(index) or _drafted(seed, index, name)


def _degree(rng: random.Random, vocab: Vocab, level: str) -> Term:
    return rng.choice(vocab.degrees[level])


def _employer(rng: random.Random, vocab: Vocab) -> Term:
    return rng.choice(vocab.invented) if rng.random() < 0.35 else rng.choice(vocab.companies)


def _study(rng: random.Random, vocab: Vocab, level: str, school: Term, field_: str, start: YM,
           years: int, **extra: str | None) -> Study:
    end = _add_months(start, years * 12 - 3)
    return Study(school=school, level=level, degree=_degree(rng, vocab, level), field=field_,
                 start=start, end=None if end > TODAY else end,
                 location=rng.choice(LOCATIONS[:-1]), **extra)


def _jobs_after(rng: random.Random, vocab: Vocab, cluster: str, skills: list[str], start: YM,
                level: int) -> list[Job]:
    """A sequence of jobs from ``start`` to today, seniority rising with tenure."""
    jobs: list[Job] = []
    cursor = start
    while cursor < TODAY:
        tenure = rng.choice((8, 14, 20, 26, 30, 38, 48, 60))
        end = _add_months(cursor, tenure)
        current = end >= TODAY or (rng.random() < 0.08 and len(jobs) >= 2)
        jobs.append(Job(
            employer=_employer(rng, vocab), title=_title(rng, cluster, level), start=cursor,
            end=None if current else end, location=rng.choice(LOCATIONS),
            bullets=tuple(_bullet(rng, cluster, skills) for _ in range(rng.randint(1, 4))),
            team=rng.choice(_TEAMS) if rng.random() < 0.3 else None,
        ))
        if current:
            break
        level += 1 if tenure >= 20 or rng.random() < 0.3 else 0
        cursor = _add_months(end, rng.choice((0, 0, 1, 2, 3, 6)))
    if rng.random() < 0.1 and jobs:  # an overlapping side role
        first = jobs[len(jobs) // 2]
        jobs.append(Job(employer=_employer(rng, vocab), title=rng.choice(
            ("Technical Advisor", "Consultant", "Mentor", "Adjunct Lecturer")),
            start=_add_months(first.start, 3), end=_add_months(first.start, 15),
            location="Remote"))
    return jobs


def _internships(rng: random.Random, vocab: Vocab, cluster: str, skills: list[str],
                 study: Study) -> list[Job]:
    out = []
    for year in range(study.start[0] + 1, (study.end or TODAY)[0] + 1):
        if rng.random() < 0.35 and (year, 8) < TODAY:
            out.append(Job(employer=_employer(rng, vocab), title=_title(rng, cluster, 0),
                           start=(year, rng.choice((5, 6))), end=(year, rng.choice((8, 9))),
                           location=rng.choice(LOCATIONS[:-1]),
                           bullets=(_bullet(rng, cluster, skills),)))
    return out[-2:]


def _engineer(rng: random.Random, vocab: Vocab, cluster: str, skills: list[str],
              ) -> tuple[list[Study], list[Job]]:
    years = range(1995, 2026)
    grad = rng.choices(years, weights=[1 + (y - 1995) // 3 for y in years])[0]
    field_ = rng.choice(FIELDS[cluster])
    bs = _study(rng, vocab, "bachelor", rng.choice(vocab.universities), field_,
                (grad - 4, 9), 4, gpa=f"{rng.uniform(3.2, 4.0):.2f}/4.0" if rng.random() < 0.2
                else None)
    studies = [bs]
    jobs = _internships(rng, vocab, cluster, skills, bs)
    start = (grad, rng.choice((6, 7, 8, 9)))
    if rng.random() < 0.35 and grad <= 2023:
        ms = _study(rng, vocab, "master", rng.choice(vocab.universities),
                    rng.choice(FIELDS[cluster]), (grad, 9), 2)
        studies.append(ms)
        jobs += _internships(rng, vocab, cluster, skills, ms)
        start = (grad + 2, rng.choice((6, 7, 8)))
    if start < TODAY:
        jobs += _jobs_after(rng, vocab, cluster, skills, start, 1 if rng.random() < 0.7 else 2)
    return studies, jobs


def _researcher(rng: random.Random, vocab: Vocab, lab: Lab, skills: list[str],
                ) -> tuple[list[Study], list[Job]]:
    phd_start = (min(lab.era + rng.randint(-2, 2), 2024), 9)
    field_ = rng.choice(FIELDS[lab.cluster])
    bs = _study(rng, vocab, "bachelor", rng.choice(vocab.universities), field_,
                (phd_start[0] - 4 - (2 if rng.random() < 0.3 else 0), 9), 4)
    studies = [bs]
    if phd_start[0] - bs.start[0] > 4:
        studies.append(_study(rng, vocab, "master", rng.choice(vocab.universities), field_,
                              (bs.start[0] + 4, 9), 2))
    years = rng.randint(4, 6)
    phd = _study(rng, vocab, "doctorate", lab.university, field_, phd_start, years,
                 advisor=f"{rng.choice(('Prof. ', 'Dr. ', ''))}{lab.pi}",
                 thesis=f"{rng.choice(('Towards', 'On', 'Making', 'Rethinking'))} "
                 f"{lab.area.title()} "
                 f"{rng.choice(('Systems', 'at Scale', 'for Everyone', 'Under Constraints'))}")
    studies.append(phd)
    ra_end = phd.end
    jobs = [Job(employer=lab.university, title=rng.choice(RESEARCH_TITLES[:2]), start=phd_start,
                end=ra_end, location=phd.location,
                bullets=tuple(_bullet(rng, lab.cluster, skills) for _ in range(rng.randint(1, 3))),
                team=f"{lab.area.title()} Lab")]
    jobs += _internships(rng, vocab, lab.cluster, skills, phd)
    if ra_end is not None and ra_end < TODAY:
        after = (ra_end[0], min(12, ra_end[1] + 1))
        if rng.random() < 0.35:
            lab_or_uni = rng.choice(vocab.labs + vocab.universities)
            postdoc_end = _add_months(after, 24)
            jobs.append(Job(employer=lab_or_uni, title="Postdoctoral Researcher", start=after,
                            end=None if postdoc_end >= TODAY else postdoc_end,
                            location=rng.choice(LOCATIONS[:-1])))
            after = _add_months(postdoc_end, 1)
        if after < TODAY:
            for job in _jobs_after(rng, vocab, lab.cluster, skills, after, 3):
                if rng.random() < 0.5:
                    job = Job(employer=job.employer, title=rng.choice(RESEARCH_TITLES[4:6]),
                              start=job.start, end=job.end, location=job.location,
                              bullets=job.bullets, team=job.team)
                jobs.append(job)
    return studies, jobs


def _honors(rng: random.Random, person_jobs: list[Job], studies: list[Study], vocab: Vocab,
            papers: list[Paper]) -> list[Honor]:
    out: list[Honor] = []
    if papers and rng.random() < 0.3:
        paper = rng.choice(papers)
        out.append(Honor(f"Best Paper Award, {paper.venue.label} {paper.year}", paper.year))
    if rng.random() < 0.3:
        s = studies[0]
        out.append(Honor("Dean's List", (s.end or TODAY)[0] - 1, s.school.label))
    if rng.random() < 0.15:
        out.append(Honor(f"Member, {rng.choice(vocab.societies).label}",
                         (studies[-1].end or TODAY)[0]))
    if person_jobs and rng.random() < 0.25:
        job = rng.choice(person_jobs)
        out.append(Honor(rng.choice(("Spot Award", "Engineering Excellence Award",
                                     "Hackathon Winner", "Impact Award")),
                         job.start[0] + 1 if job.start[0] < TODAY[0] else job.start[0],
                         job.employer.label))
    if any(s.level == "doctorate" for s in studies) and rng.random() < 0.3:
        out.append(Honor(rng.choice(("Graduate Fellowship", "Dissertation Fellowship",
                                     "Outstanding Teaching Assistant Award")),
                         studies[-1].start[0] + 1))
    return out


def _projects(rng: random.Random, cluster: str, skills: list[str]) -> list[Project]:
    out = []
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        name = f"{rng.choice(('Open', 'Tiny', 'Fast', 'Deep', 'Micro', 'Hyper'))}" \
               f"{rng.choice(('KV', 'Graph', 'Lens', 'Queue', 'Cache', 'Search', 'Tune'))}"
        thing = rng.choice(_THINGS[cluster]).removeprefix("a ").removeprefix("the ")
        out.append(Project(name=name, description=f"{thing.capitalize()} built with "
                           f"{rng.choice(skills)}", bullets=(_bullet(rng, cluster, skills),)))
    return out


def _papers(seed: int, index: int, name: Name, lab: Lab) -> list[Paper]:
    out = []
    for paper in lab.papers:
        if index in paper.members:
            out.append(Paper(title=paper.title, venue=paper.venue, year=paper.year,
                             authors=paper.authors,
                             owner_index=paper.authors.index(name.plain)))
    return sorted(out, key=lambda p: -p.year)[:10]


@lru_cache(maxsize=4096)
def _pattern(spelling: str) -> re.Pattern[str]:
    """A spelling as a whole word, spaces and hyphens alike ("model-serving" names Model
    Serving); a short one or an acronym ("Go", "MPI") with its case."""
    flags = 0 if len(spelling) <= 3 or spelling.isupper() else re.IGNORECASE
    words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", spelling))
    return re.compile(rf"(?<![\w+#]){words}(?![\w+#])", flags)


def _job_skills(job: Job, skills: list[str], aliases: Mapping[str, tuple[str, ...]],
                ) -> tuple[str, ...]:
    """The skills (of ``skills``) the job's title or bullets name, by label or alias."""
    text = "\n".join((job.title, *job.bullets))
    return tuple(s for s in skills
                 if any(_pattern(w).search(text) for w in (s, *aliases.get(s, ()))))


def make_person(seed: int, index: int, people: int, vocab: Vocab) -> Person:
    """Person ``index`` of a run: a pure function of its arguments."""
    rng = random.Random(f"{seed}/person/{index}")
    name = identity(seed, index)
    researcher = is_researcher(seed, index)
    lab = lab_of(seed, index, people, vocab) if researcher else None
    cluster = lab.cluster if lab else rng.choice(tuple(_CATEGORY))
    groups = _skills(rng, cluster, vocab)
    flat = [s for _, g in groups for s in g]
    if lab:
        studies, jobs = _researcher(rng, vocab, lab, flat)
        papers = _papers(seed, index, name, lab)
    else:
        studies, jobs = _engineer(rng, vocab, cluster, flat)
        papers = []
    jobs.sort(key=lambda j: (j.end or TODAY, j.start), reverse=True)
    aliases = {t.label: t.aliases for terms in vocab.skills.values() for t in terms}
    jobs = [dataclasses.replace(j, skills=_job_skills(j, flat, aliases)) for j in jobs]
    latest = jobs[0] if jobs else None
    headline = latest.title if latest else f"{studies[-1].field} student"
    years = TODAY[0] - min((j.start[0] for j in jobs), default=TODAY[0])
    summary = (f"{headline} with {years}+ years of experience in "
               f"{', '.join(flat[:3])}." if years else f"Student of {studies[-1].field}.")
    # the person's own stream still draws its contact details, so everything after them
    # stays as it was; the contacts used come from :func:`_contacts`, unique in the corpus
    _email(rng, name), _phone(rng, name.culture), rng.randint(1, 999)
    email, phone, handle = _contacts(seed, index, people, name)
    agency, office = shared_contacts(seed, index, people)
    email, phone = agency or email, office or phone
    return Person(
        pid=f"P{index:07d}", index=index, name=name, email=email, phone=phone,
        location=(latest.location if latest and latest.location != "Remote"
                  else rng.choice(LOCATIONS[:-1])),
        cluster=cluster, headline=headline, summary=summary, researcher=researcher,
        jobs=tuple(jobs), studies=tuple(sorted(studies, key=lambda s: s.start, reverse=True)),
        skills=tuple((c, tuple(g)) for c, g in groups), papers=tuple(papers),
        honors=tuple(_honors(rng, jobs, studies, vocab, papers)),
        projects=tuple(_projects(rng, cluster, flat)),
        github=handle if rng.random() < 0.45 else None,
        linkedin=f"{handle}-{rng.randint(10, 99)}" if rng.random() < 0.6 else None,
    )

"""How one file presents a person: spellings, contact details shown, and duplicate edits.

A person's first résumé (the *primary*) shows their facts with occasional alias spellings.
A duplicate is a second résumé of the same person as people really produce them: another
format and layout, alias spellings of employers and skills, a shortened title, one job
left out, and only *some* identifying detail in common: the same e-mail, the same phone
number written differently, or nothing but the name and a shared employer.  The ``link``
says which, so entity-resolution results can be broken down by how hard the case was.
"""

from __future__ import annotations

import dataclasses
import random
import re
from dataclasses import dataclass, field

from .people import Job, Person
from .vocab import TITLE_VARIANTS, Term

__all__ = ["LINKS", "Rendition", "duplicate", "primary"]

#: What a duplicate shares with the primary, with how often each happens.
LINKS: dict[str, float] = {"email": 0.4, "phone": 0.25, "name_employer": 0.35}


@dataclass(frozen=True)
class Rendition:
    """A person as one file shows them.

    ``spelling`` maps a canonical label to the spelling this file uses; ``tags`` lists
    the variations applied (for the truth file).
    """

    person: Person
    spelling: dict[str, str] = field(default_factory=dict)
    link: str | None = None
    tags: tuple[str, ...] = ()

    def sp(self, term: Term | str) -> str:
        """The spelling of a canonical term in this file."""
        label = term.label if isinstance(term, Term) else term
        return self.spelling.get(label, label)


def _alias_some(rng: random.Random, terms: list[Term], rate: float) -> dict[str, str]:
    return {t.label: rng.choice(t.aliases) for t in terms if t.aliases and rng.random() < rate}


def primary(rng: random.Random, person: Person, skill_aliases: dict[str, tuple[str, ...]],
            ) -> Rendition:
    """The person's first résumé: true facts, a few employers or skills spelt by alias
    (as real résumés do: "Bytedance", "Pytorch")."""
    spelling = _alias_some(rng, [j.employer for j in person.jobs], 0.1)
    for skill in person.skill_names:
        if skill_aliases.get(skill) and rng.random() < 0.05:
            spelling[skill] = rng.choice(skill_aliases[skill])
    return Rendition(person=person, spelling=spelling)


def _reformat_phone(rng: random.Random, phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if phone.startswith("+"):
        return "+" + digits
    a, b, c = digits[:3], digits[3:6], digits[6:]
    # never adds a country code: a number written without one is compared only with
    # the same digits (its country is unknown), so "+1 …" would not be the same number
    return rng.choice((f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"{a}-{b}-{c}"))


def _other_email(rng: random.Random, person: Person) -> str:
    handle, _, domain = person.email.partition("@")
    new_domain = rng.choice([d for d in ("gmail.com", "outlook.com", "yahoo.com", "proton.me")
                             if d != domain])
    return f"{re.sub(r'[0-9]+$', '', handle) or handle}{rng.randint(100, 999)}@{new_domain}"


def _retitle(rng: random.Random, job: Job) -> Job | None:
    options = [(a, b) for a, b in TITLE_VARIANTS if a in job.title]
    if not options:
        return None
    old, new = rng.choice(options)
    return dataclasses.replace(job, title=job.title.replace(old, new, 1))


def duplicate(rng: random.Random, person: Person, skill_aliases: dict[str, tuple[str, ...]],
              ) -> Rendition:
    """A second résumé of ``person`` that resolution should merge with the first."""
    link = rng.choices(tuple(LINKS), tuple(LINKS.values()))[0]
    tags: list[str] = [f"link:{link}"]
    changes: dict[str, object] = {"github": None, "linkedin": None}
    if link == "email":
        if rng.random() < 0.5:
            changes["phone"] = ""
            tags.append("no_phone")
        if rng.random() < 0.5:
            changes.update(github=person.github, linkedin=person.linkedin)
    elif link == "phone":
        changes.update(email=_other_email(rng, person), phone=_reformat_phone(rng, person.phone))
        tags.append("phone_reformatted")
    else:
        changes.update(email=_other_email(rng, person), phone="")
    jobs = list(person.jobs)
    keep = rng.randrange(len(jobs)) if jobs else None  # the job a name-only link relies on
    if len(jobs) >= 2 and rng.random() < 0.3:
        drop = rng.choice([i for i in range(len(jobs)) if i != keep])
        del jobs[drop]
        tags.append("job_missing")
    if jobs and rng.random() < 0.4:
        i = rng.randrange(len(jobs))
        retitled = _retitle(rng, jobs[i])
        if retitled:
            jobs[i] = retitled
            tags.append("title_variant")
    changes["jobs"] = tuple(jobs)
    spelling = _alias_some(rng, [j.employer for j in jobs] + [s.school for s in person.studies],
                           0.5)
    if spelling:
        tags.append("org_alias")
    aliased = [s for s in person.skill_names if skill_aliases.get(s)]
    for skill in rng.sample(aliased, k=min(len(aliased), rng.randint(0, 3))):
        spelling[skill] = rng.choice(skill_aliases[skill])
        if "skill_alias" not in tags:
            tags.append("skill_alias")
    return Rendition(person=dataclasses.replace(person, **changes), spelling=spelling,
                     link=link, tags=tuple(tags))

"""``talentgraph match``: rank the people of the store for a job, with the reasons.

A thin call into :func:`talentgraph.queries.matching.match`; this module reads the
options into a :class:`~talentgraph.queries.matching.Job` and renders the candidates as a
table, JSON or Markdown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from talentgraph.output import UsageProblem, emit_rows, safe_text, to_json

__all__ = ["match"]

MATCH_FORMATS = ("table", "json", "markdown")


def _exclusions(path: Path | None) -> list[str]:
    """Person ids or e-mails, one a line ('#' starts a comment)."""
    if path is None:
        return []
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise click.ClickException(f"{path}: cannot read the exclusion list ({err})") from err
    return [line.split("#", 1)[0].strip() for line in text.splitlines()
            if line.split("#", 1)[0].strip()]


def _path_text(evidence: Any) -> str:
    return " → ".join(evidence.path)


def _skill_cell(candidate: Any) -> str:
    parts = []
    for m in candidate.explanation.matched:
        via = "" if m.kind in ("exact", "literal") else f" (via {_path_text(m)})"
        parts.append(f"{m.wanted}{via}")
    return "; ".join(parts)


def _rows(candidates: list[Any]) -> list[dict[str, Any]]:
    rows = []
    for rank, c in enumerate(candidates, 1):
        row: dict[str, Any] = {"rank": rank, "person": c.name, "score": c.score}
        row.update(c.scores)
        row["matched"] = _skill_cell(c)
        row["missing"] = "; ".join(c.explanation.missing_required)
        if c.referrers:
            row["referrers"] = "; ".join(f"{n} ({h})" for n, _, h in c.referrers)
        rows.append(row)
    return rows


def _job_lines(job: Any) -> list[str]:
    data = job.to_dict()
    lines = [f"{key}: {value}" for key, value in data.items()
             if key not in ("evidence",) and value not in (None, [], "")]
    lines += [f"  {field} ← {where}" for field, where in job.evidence]
    return lines


def _markdown(job: Any, candidates: list[Any]) -> str:
    def esc(text: Any) -> str:
        return safe_text(str(text)).replace("|", "\\|").replace("*", "\\*")

    out = [f"# Candidates for {esc(job.title or 'the job')}", ""]
    asked = ", ".join(esc(s.name) + ("" if s.required else " (preferred)") for s in job.skills)
    if asked:
        out += [f"Skills asked: {asked}", ""]
    if job.unknown_skills:
        out += [f"Unknown to the taxonomy (matched literally): "
                f"{', '.join(esc(s) for s in job.unknown_skills)}", ""]
    for rank, c in enumerate(candidates, 1):
        ex = c.explanation
        out += [f"## {rank}. {esc(c.name)} — {c.score:.3f}", ""]
        out += ["| category | score |", "|---|---|"]
        out += [f"| {name} | {value:.3f} |" for name, value in c.scores.items()]
        out.append("")
        for m in ex.matched:
            months = f", {m.months} months" if m.months is not None else ""
            last = f", last used {m.last_used}" if m.last_used else ""
            out.append(f"- {esc(m.wanted)}: {m.kind} via {esc(_path_text(m))}{months}{last} "
                       f"(credit {m.credit:.2f})")
        if ex.missing_required:
            out.append(f"- **gap** (required): {', '.join(esc(s) for s in ex.missing_required)}")
        if ex.missing_preferred:
            out.append(f"- missing (preferred): "
                       f"{', '.join(esc(s) for s in ex.missing_preferred)}")
        for name, note in ex.notes:
            out.append(f"- {name}: {esc(note)}")
        for name, org, how in c.referrers:
            out.append(f"- could refer: {esc(name)} at {esc(org)} ({esc(how)})")
        evidence = ", ".join(esc(r) for r in ex.resumes)
        out += [f"- evidence: {evidence}" + (f"; job: {esc(ex.job)}" if ex.job else ""), ""]
    return "\n".join(out).rstrip() + "\n"


@click.command("match")
@click.argument("job_file", metavar="[JOB]", required=False,
                type=click.Path(dir_okay=False, path_type=Path))
@click.option("--skill", "skills", multiple=True, metavar="NAME",
              help="A required skill (repeat for several); added to the posting's.")
@click.option("--nice", "nice", multiple=True, metavar="NAME",
              help="A preferred (nice to have) skill; repeat for several.")
@click.option("--title", help="The job title (read for its occupation and seniority).")
@click.option("--min-years", type=click.FloatRange(min=0), help="Years of experience asked.")
@click.option("--location", help="Where the job is (a place, or 'remote').")
@click.option("--degree", help="The lowest degree asked (bachelor, master, PhD, MSc...).")
@click.option("--weights", metavar="CAT=W,...",
              help="Category weights, e.g. skills=0.6,title=0.2 (the others keep their "
              "defaults: skills=0.55,title=0.15,experience=0.1,education=0.1,location=0.1).")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many candidates to show.")
@click.option("--exclude", type=click.Path(dir_okay=False, path_type=Path),
              help="A file of person ids or e-mails to leave out (one a line).")
@click.option("--referrers-at", metavar="ORGANIZATION", multiple=True,
              help="List each candidate's colleagues and co-authors who work there now "
                   "(repeat for several organizations).")
@click.option("--explain-job", is_flag=True,
              help="Only show what was understood of the job, without a store.")
@click.option("--format", "fmt", type=click.Choice(MATCH_FORMATS), default="table",
              show_default=True, help="Output format.")
@click.pass_obj
def match(settings: Any, job_file: Path | None, skills: tuple[str, ...],
          nice: tuple[str, ...], title: str | None, min_years: float | None,
          location: str | None, degree: str | None, weights: str | None, top: int,
          exclude: Path | None, referrers_at: tuple[str, ...], explain_job: bool,
          fmt: str) -> None:
    """Rank the people in the store for a job: a posting JOB (.txt, .md, .pdf, .docx)
    and/or the job given by options, each candidate with per-category scores, the skills
    matched (and through which taxonomy path), the gaps and the résumés used.

    \b
    Examples:
      talentgraph match jobs/backend.md
      talentgraph match jobs/backend.md --explain-job
      talentgraph match --skill PyTorch --skill Python --nice Kubernetes \\
        --title "Senior ML Engineer" --min-years 5 --location Berlin --format markdown
      talentgraph match jobs/backend.pdf --weights skills=0.7,title=0.1 --top 20 \\
        --exclude contacted.txt --referrers-at ByteDance --format json
    """
    from talentgraph.queries.matching import PostingError, Weights
    from talentgraph.queries.matching import match as rank
    from talentgraph.queries.matching.posting import job_from_fields, parse_posting

    if job_file is None and not (skills or nice or title):
        raise UsageProblem("give a job posting JOB or at least --skill, --nice or --title")
    try:
        parsed_weights = Weights.parse(weights) if weights else Weights()
    except ValueError as err:
        raise UsageProblem(str(err)) from err
    try:
        base = parse_posting(job_file) if job_file is not None else None
        job = job_from_fields(skills=skills, nice=nice, title=title, min_years=min_years,
                              degree=degree, location=location, base=base)
    except PostingError as err:
        raise click.ClickException(str(err)) from err
    except ValueError as err:
        raise UsageProblem(str(err)) from err
    if explain_job:
        if fmt == "json":
            click.echo(to_json(job.to_dict()))
        else:
            click.echo("\n".join(safe_text(line) for line in _job_lines(job)))
        return
    excluded = _exclusions(exclude)
    from talentgraph.graph.store import StoreError, open_store

    try:
        with open_store(settings) as store:
            candidates = rank(store, job, weights=parsed_weights, top=top, exclude=excluded,
                              referrers_at=list(referrers_at))
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    except ValueError as err:
        raise UsageProblem(str(err)) from err
    if fmt == "json":
        click.echo(to_json({"job": job.to_dict(), "weights": parsed_weights.as_dict(),
                            "candidates": [c.to_dict() for c in candidates]}))
    elif fmt == "markdown":
        click.echo(_markdown(job, candidates), nl=False)
    else:
        unknown = (f"unknown to the taxonomy (matched literally): "
                   f"{', '.join(job.unknown_skills)}") if job.unknown_skills else None
        emit_rows(_rows(candidates), "table",
                  title=f"candidates for {job.title or 'the job'}", caption=unknown,
                  layout="table")

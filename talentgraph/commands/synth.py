"""``talentgraph synth``: generate a synthetic résumé corpus with ground truth."""

from __future__ import annotations

import os
from pathlib import Path

import click

from talentgraph.output import progress_bar

__all__ = ["synth"]

_OWNED = ("resumes", "truth.jsonl", "manifest.json")


@click.command()
@click.option("--people", "-n", type=click.IntRange(min=0), required=True,
              help="How many people to generate (each gets one résumé, some a second).")
@click.option("--out", "out", type=click.Path(file_okay=False), required=True,
              help="Folder to write resumes/, truth.jsonl and manifest.json into.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Same seed and options, same bytes.")
@click.option("--formats", default="txt,md,json,docx,pdf", show_default=True,
              help="Comma-separated formats to draw from.")
@click.option("--duplicate-rate", type=click.FloatRange(0, 1), default=0.1, show_default=True,
              help="Share of people who get a second, varied résumé.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (the output does not depend on it).")
@click.option("--overwrite", is_flag=True,
              help="Replace a corpus already in --out (only its resumes/, truth and manifest).")
def synth(people: int, out: str, seed: int, formats: str, duplicate_rate: float, jobs: int,
          overwrite: bool) -> None:
    """Generate realistic synthetic résumés and their ground truth.

    Writes OUT/resumes/ (hash-named files in the chosen formats), OUT/truth.jsonl (one line
    per person: canonical facts and the files that describe them) and OUT/manifest.json.

    \b
    Examples:
      talentgraph synth --people 1000 --out /tmp/corpus --seed 7
      talentgraph synth -n 10000 --out corpus --formats txt,md,json --jobs 2
      talentgraph load /tmp/corpus/resumes
    """
    from talentgraph.synth import SynthConfig, generate

    folder = Path(out)
    if any((folder / name).exists() for name in _OWNED):
        if not overwrite:
            raise click.ClickException(
                f"{folder} already holds a corpus; pass --overwrite to replace it")
        _remove_corpus(folder)
    try:
        config = SynthConfig(people=people, seed=seed, duplicate_rate=duplicate_rate,
                             formats=tuple(f.strip().lower() for f in formats.split(",")
                                           if f.strip()))
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    with progress_bar(people, "generating", minimum=200) as advance:
        report = generate(folder, config, jobs=jobs, progress=advance)
    formats_text = ", ".join(f"{n} {f}" for f, n in report.by_format.items())
    click.echo(f"{report.files} résumés for {report.people} people ({report.duplicates} "
               f"duplicates; {formats_text}) in {report.seconds:.1f}s -> {folder}")


def _remove_corpus(folder: Path) -> None:
    """Delete what a previous run wrote, and nothing else."""
    for name in _OWNED[1:]:
        (folder / name).unlink(missing_ok=True)
    resumes = folder / "resumes"
    if resumes.is_dir():
        for root, dirs, files in os.walk(resumes, topdown=False):
            for file in files:
                Path(root, file).unlink()
            for d in dirs:
                Path(root, d).rmdir()
        resumes.rmdir()


"""Realism check of the renderers against the project's parser: parse the primary résumé
of a sample of people and count how many of their true jobs come back (employer, title,
start and end).  Each fraction is held to a floor a few points under what is measured, so a
regression in either the renderer or the parser shows up here."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from talentgraph.loaders import parse_file
from talentgraph.synth import SynthConfig, generate, read_truth

#: Minimum recovered fraction of true jobs per format and field: measured (150 people,
#: seed 21) docx .94/.93/.94/.94, md .97/.96/.97/.97, pdf .97/.85/.97/.97, txt
#: .94/.93/.94/.94 and JSON Resume 1.0, less about 0.05 for parser changes.
FLOORS = {
    "json": {"employer": 1.0, "title": 1.0, "start": 1.0, "end": 1.0},
    "docx": {"employer": 0.89, "title": 0.88, "start": 0.89, "end": 0.89},
    "md": {"employer": 0.92, "title": 0.91, "start": 0.92, "end": 0.92},
    "pdf": {"employer": 0.92, "title": 0.80, "start": 0.92, "end": 0.92},
    "txt": {"employer": 0.89, "title": 0.88, "start": 0.89, "end": 0.89},
}


def test_parser_recovers_jobs(tmp_path: Path) -> None:
    from talentgraph.synth.realism import job_recovery

    generate(tmp_path, SynthConfig(people=150, seed=21, duplicate_rate=0.0))
    by_format: dict[str, Counter[str]] = defaultdict(Counter)
    for record in read_truth(tmp_path):
        file = record["files"][0]
        resume = parse_file(tmp_path / file["file"])
        by_format[file["format"]].update(job_recovery(resume, record))
    report = {fmt: {k: round(c[k] / c["jobs"], 3) for k in ("employer", "title", "start", "end")}
              for fmt, c in sorted(by_format.items()) if c["jobs"]}
    assert set(report) == set(FLOORS)  # every format was rendered and read
    low = {(fmt, key): (value, FLOORS[fmt][key]) for fmt, fractions in report.items()
           for key, value in fractions.items() if value < FLOORS[fmt][key]}
    assert not low, f"(format, field): (recovered, floor) {low}"

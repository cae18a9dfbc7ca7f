"""Write a synthetic résumé corpus: files under ``resumes/``, ``truth.jsonl``, ``manifest.json``.

Person *i* is a pure function of ``(seed, i)`` (see :mod:`~talentgraph.synth.labs`), so
the corpus streams: each person is generated, rendered, written and forgotten, and worker
processes can take index ranges while the parent writes the truth lines in index order.
File names are hashes, so neither a name nor adjacency gives a duplicate away.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .layout import blocks, random_style
from .people import TODAY, contact_registry, make_person
from .render_json import render_json
from .render_text import render_markdown, render_text
from .truth import MANIFEST, TRUTH, person_record
from .variants import Rendition, duplicate, primary
from .vocab import Vocab, load_vocab

__all__ = ["FORMATS", "SynthConfig", "SynthReport", "generate", "render"]

log = logging.getLogger(__name__)

#: Every format the loaders read, with its share of primary résumés.
FORMATS: dict[str, float] = {"txt": 0.35, "md": 0.2, "json": 0.15, "docx": 0.15, "pdf": 0.15}
_CHUNK = 250


@dataclass(frozen=True)
class SynthConfig:
    """What to generate."""

    people: int
    seed: int = 0
    formats: tuple[str, ...] = tuple(FORMATS)
    duplicate_rate: float = 0.1

    def __post_init__(self) -> None:
        unknown = [f for f in self.formats if f not in FORMATS]
        if unknown or not self.formats:
            raise ValueError(f"unknown formats {unknown}; choose from {', '.join(FORMATS)}")
        if not 0 <= self.duplicate_rate <= 1:
            raise ValueError("duplicate_rate must be between 0 and 1")
        if self.people < 0:
            raise ValueError("people must be >= 0")


@dataclass
class SynthReport:
    """What was written (and how long it took; the timing is not part of the manifest)."""

    people: int = 0
    files: int = 0
    duplicates: int = 0
    by_format: dict[str, int] = field(default_factory=dict)
    vocabulary: str = "builtin"
    seconds: float = 0.0


def render(r: Rendition, fmt: str, rng: random.Random) -> tuple[bytes, str]:
    """The bytes of one résumé file of ``r`` in format ``fmt``, and its layout name."""
    if fmt == "json":
        return render_json(r).encode("utf-8"), "jsonresume"
    style = random_style(rng, markdown=fmt == "md")
    laid_out = blocks(r, style)
    if fmt == "txt":
        data = render_text(laid_out, style).encode("utf-8")
    elif fmt == "md":
        data = render_markdown(laid_out, style).encode("utf-8")
    elif fmt == "docx":
        from .render_docx import render_docx  # python-docx is slow to import; only if asked

        data = render_docx(laid_out, style, title=f"{r.person.name.full} résumé")
    else:
        from .render_pdf import render_pdf

        data = render_pdf(laid_out, style, title=f"{r.person.name.full} resume")
    return data, style.name


def _file_name(config: SynthConfig, index: int, copy: int, fmt: str) -> str:
    digest = hashlib.sha256(f"{config.seed}/{index}/{copy}".encode()).hexdigest()[:16]
    shard = f"{digest[:2]}/" if config.people > 20_000 else ""
    return f"resumes/{shard}{digest}.{fmt}"


def _one_person(out: Path, config: SynthConfig, vocab: Vocab, index: int) -> dict[str, Any]:
    """Generate, render and write person ``index``; return its truth record."""
    person = make_person(config.seed, index, config.people, vocab)
    rng = random.Random(f"{config.seed}/files/{index}")
    aliases = vocab.skill_aliases
    weights = [FORMATS[f] for f in config.formats]
    fmt = rng.choices(config.formats, weights)[0]
    renditions = [(primary(rng, person, aliases), fmt)]
    if rng.random() < config.duplicate_rate:
        others = [f for f in config.formats if f != fmt] or [fmt]
        renditions.append((duplicate(rng, person, aliases),
                           rng.choices(others, [FORMATS[f] for f in others])[0]))
    files = []
    for copy, (rendition, file_fmt) in enumerate(renditions):
        name = _file_name(config, index, copy, file_fmt)
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data, layout = render(rendition, file_fmt, rng)
        path.write_bytes(data)
        files.append({"file": name, "format": file_fmt, "layout": layout, "primary": copy == 0,
                      "link": rendition.link, "variations": list(rendition.tags)})
    return person_record(person, files)


_worker: tuple[Path, SynthConfig, Vocab] | None = None


def _init_worker(out: Path, config: SynthConfig) -> None:
    global _worker
    _worker = (out, config, load_vocab(config.seed, config.people))


def _chunk(bounds: tuple[int, int]) -> list[str]:
    assert _worker is not None
    out, config, vocab = _worker
    return [json.dumps(_one_person(out, config, vocab, i), ensure_ascii=False)
            for i in range(*bounds)]


def _records(out: Path, config: SynthConfig, vocab: Vocab, jobs: int) -> Iterator[list[str]]:
    bounds = [(s, min(s + _CHUNK, config.people)) for s in range(0, config.people, _CHUNK)]
    if jobs <= 1 or len(bounds) <= 1:
        for lo, hi in bounds:
            yield [json.dumps(_one_person(out, config, vocab, i), ensure_ascii=False)
                   for i in range(lo, hi)]
        return
    with multiprocessing.get_context("fork").Pool(
        jobs, initializer=_init_worker, initargs=(out, config)
    ) as pool:
        yield from pool.imap(_chunk, bounds)


def generate(out: str | Path, config: SynthConfig, *, jobs: int = 1,
             progress: Callable[[int], None] | None = None) -> SynthReport:
    """Write the corpus of ``config`` into folder ``out``; same config, same bytes."""
    started = time.perf_counter()
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    vocab = load_vocab(config.seed, config.people)
    contact_registry(config.seed, config.people)  # once, before the workers fork
    report = SynthReport(vocabulary="taxonomy" if vocab.from_taxonomy else "builtin")
    by_format: Counter[str] = Counter()
    with (folder / TRUTH).open("w", encoding="utf-8", newline="\n") as truth:
        for lines in _records(folder, config, vocab, jobs):
            for line in lines:
                truth.write(line + "\n")
                files = json.loads(line)["files"]
                report.people += 1
                report.files += len(files)
                report.duplicates += len(files) - 1
                by_format.update(f["format"] for f in files)
            if progress:
                progress(len(lines))
    report.by_format = dict(sorted(by_format.items()))
    manifest = {"generator": "talentgraph synth", "version": 1, **asdict(config),
                "files": report.files, "duplicates": report.duplicates,
                "by_format": report.by_format, "vocabulary": report.vocabulary,
                "truth": TRUTH,
                # the month every "present" of the corpus means: its résumés' date
                "as_of": f"{TODAY[0]:04d}-{TODAY[1]:02d}"}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
    report.seconds = time.perf_counter() - started
    log.info("wrote %d files for %d people in %.1fs", report.files, report.people,
             report.seconds)
    return report

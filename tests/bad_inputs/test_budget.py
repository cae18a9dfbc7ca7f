"""A budget per file: time, memory, lines and facts; an overrun fails that file alone.

The budget checks run for real (a timer, ``/proc`` memory, a worker's address-space cap);
the hostile files are written here, small on disk.
"""

from __future__ import annotations

import contextlib
import io
import json
import threading
import zipfile
from pathlib import Path

import pytest
from badinput_support import assert_no_traceback, error_lines, invoke, resume_paths
from hostile_files import GOOD_SEED

from talentgraph.config import Settings
from talentgraph.loaders import InputError, parse_file
from talentgraph.loaders.budget import (
    MB,
    Budget,
    BudgetExceeded,
    check_deadline,
    check_facts,
    count_facts,
    file_budget,
)
from talentgraph.parallel import WorkerLimits, run_ordered


def _spin() -> None:
    while True:
        pass


def test_a_loop_that_checks_stops_at_the_deadline() -> None:
    with pytest.raises(InputError, match=r"^slow\.txt: took longer than the 0\.2 s budget"), \
            file_budget("slow.txt", Budget(seconds=0.2)):
        while True:
            check_deadline()


def test_a_loop_that_never_checks_is_stopped_by_the_timer() -> None:
    with pytest.raises(InputError, match=r"took longer than the 0\.2 s budget"), \
            file_budget("spin.txt", Budget(seconds=0.2)):
        _spin()


def test_a_swallowed_overrun_still_fails_the_file() -> None:
    """A reader's broad ``except`` cannot turn an overrun into a partial result."""
    # the inner suppress is what a careless third-party parser does
    with pytest.raises(InputError, match="took longer"), \
            file_budget("swallow.txt", Budget(seconds=0.2)), contextlib.suppress(BaseException):
        _spin()


def _grow(megabytes: int) -> list[bytearray]:
    held = []
    for _ in range(megabytes):
        held.append(bytearray(b"x" * MB))  # touched: resident, not just reserved
        check_deadline()
    return held


def test_memory_growth_past_the_budget_stops_the_file() -> None:
    """In the main thread the address-space cap or the resident-size check stops it."""
    with pytest.raises(InputError, match=r"(used \d+ MB, over|ran out of memory \(budget)"
                                         r" (the )?40 MB"), \
            file_budget("big.txt", Budget(memory_bytes=40 * MB)):
        _grow(400)


def test_a_huge_single_allocation_fails_at_once() -> None:
    with pytest.raises(InputError, match=r"ran out of memory \(budget 100 MB"), \
            file_budget("huge.txt", Budget(memory_bytes=100 * MB)):
        bytearray(3 * 1024 * MB)  # a 3 GB \input read in one go
    bytearray(200 * MB)  # the cap is gone afterwards


def test_a_thread_gets_the_resident_size_check() -> None:
    caught: list[InputError] = []

    def work() -> None:
        try:
            with file_budget("t.txt", Budget(memory_bytes=40 * MB)):
                _grow(400)
        except InputError as err:
            caught.append(err)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert len(caught) == 1 and "over the 40 MB budget" in caught[0].reason


def test_outside_a_budget_the_checks_do_nothing_and_the_timer_is_left_alone() -> None:
    import signal

    check_deadline()
    with file_budget("x.txt", Budget(seconds=5)):
        check_deadline()
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_thread_gets_the_cooperative_deadline_only() -> None:
    caught: list[BaseException] = []

    def work() -> None:
        try:
            with file_budget("t.txt", Budget(seconds=0.2)):
                while True:
                    check_deadline()
        except InputError as err:
            caught.append(err)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert [type(e) for e in caught] == [InputError]


def test_budget_exceeded_passes_broad_exception_handlers() -> None:
    assert not issubclass(BudgetExceeded, Exception)


# -- files over the line and fact budgets -------------------------------------------------
def _paragraph_docx(count: int) -> bytes:
    """A .docx of ``count`` one-word paragraphs (100 KB zipped for 100k)."""
    import docx

    document = docx.Document()
    document.add_paragraph("Jane Doe")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    body = "".join(f"<w:p><w:r><w:t>Skill{i}</w:t></w:r></w:p>" for i in range(count))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode()
                data = text.replace("<w:body>", f"<w:body>{body}", 1).encode()
            target.writestr(item, data)
    return out.getvalue()


def write_paragraph_bomb(folder: Path) -> Path:
    path = folder / "paragraphs.docx"
    path.write_bytes(_paragraph_docx(100_000))
    return path


def write_long_text(folder: Path) -> Path:
    path = folder / "long.txt"
    path.write_text("Jane Doe\njane@example.com\nSKILLS\n"
                    + "".join(f"- Skill {i}\n" for i in range(60_000)))
    return path


def write_many_skills(folder: Path) -> Path:
    path = folder / "skills.json"
    path.write_text(json.dumps({"basics": {"name": "Jane Many"},
                                "skills": [{"name": f"Skill {i}"} for i in range(20_000)]}))
    return path


def test_a_docx_of_100k_paragraphs_is_a_bad_file(tmp_path: Path) -> None:
    path = write_paragraph_bomb(tmp_path)
    assert path.stat().st_size < 1 * MB
    # the DOCX reader checks the budget while it reads: it stops soon after the limit
    with pytest.raises(InputError, match=r"too long for a résumé \(20,[0-9]{3} lines or "
                                         r"paragraphs > 20,000 limit\)"):
        parse_file(path)


def test_a_text_of_60k_lines_is_a_bad_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="too long for a résumé"):
        parse_file(write_long_text(tmp_path))


def test_a_json_resume_of_20k_skills_is_a_bad_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"too many facts for a résumé \(20,00\d > 10,000"):
        parse_file(write_many_skills(tmp_path))


def test_a_real_resume_is_far_inside_the_budget() -> None:
    resume = parse_file(GOOD_SEED, Budget(seconds=20, max_facts=200))
    check_facts(resume)
    assert 10 < count_facts(resume) < 200


def test_load_fails_each_over_budget_file_and_loads_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    write_paragraph_bomb(folder)
    write_long_text(folder)
    write_many_skills(folder)
    (folder / "good.txt").write_bytes(GOOD_SEED.read_bytes())
    settings = Settings(store=str(tmp_path / "s.lbug"))
    result = invoke(settings, "load", "--jobs", "2", str(folder))
    assert_no_traceback(result)
    assert result.exit_code == 1
    errors = error_lines(result)
    assert set(errors) == {"paragraphs.docx", "long.txt", "skills.json"}, result.stderr
    assert "20,000" in errors["paragraphs.docx"] and "lines" in errors["long.txt"]
    assert "facts" in errors["skills.json"]
    assert resume_paths(settings) == ["cvs/good.txt"]


# -- the limits of a worker process -------------------------------------------------------
def _allocate(megabytes: int) -> str:
    """Allocate in one piece inside a file budget; what the file's parse would say."""
    try:
        with file_budget(f"{megabytes}.txt", Budget(memory_bytes=2048 * MB)):
            block = bytearray(megabytes * MB)
            return f"ok {len(block) // MB}"
    except InputError as err:
        return err.reason


def test_a_worker_cannot_allocate_past_its_cap() -> None:
    limits = WorkerLimits(memory_bytes=300 * MB)
    got = dict(run_ordered(_allocate, [10, 1500, 20], jobs=2, limits=limits))
    assert got[10] == "ok 10" and got[20] == "ok 20"
    assert got[1500].startswith("ran out of memory"), got


def _sleep_in_c(seconds: float) -> str:
    import signal
    import time

    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # as C code holding on
    time.sleep(seconds)
    return "woke"


def test_a_worker_stuck_past_the_time_limit_is_stopped_and_replaced() -> None:
    limits = WorkerLimits(item_seconds=1.0)
    got = list(run_ordered(_sleep_in_c, [0.0, 60.0, 0.0, 0.0], jobs=2, limits=limits))
    assert [item for item, _ in got] == [0.0, 60.0, 0.0, 0.0]
    assert [r for _, r in got if isinstance(r, str)] == ["woke"] * 3
    stopped = got[1][1]
    assert not isinstance(stopped, str) and "stopped after 1 s" in stopped.reason

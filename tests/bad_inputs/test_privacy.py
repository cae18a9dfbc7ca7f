"""Privacy on both stores: ``export --redact`` leaks no seed contact detail in any format,
``forget`` leaves nothing of a person but the facts other résumés share, and the Neo4j
password never shows in output, logs (``-vv``), errors or ``--help``.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from badinput_support import KINDS, assert_no_traceback, clear, invoke, rows, settings_for

from talentgraph.cli import main
from talentgraph.config import Settings
from talentgraph.graph.export import WRITERS
from talentgraph.graph.store import open_store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FORMATS = sorted({w.name for w in WRITERS.values()})
TALENTGRAPH = str(Path(sys.executable).with_name("talentgraph"))
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b")
#: Peter Zhao's résumé; Sigma Xi is also in Hayes Zhao's, so it must survive his erasure.
FORGOTTEN, FORGOTTEN_FILE, SHARED_ORG = "Peter Zhao", "seeds/002_bb68f992505d4ef0.txt", "Sigma Xi"


def seed_contacts() -> tuple[set[str], set[str]]:
    """Every e-mail address and phone number written in the seed résumés."""
    text = "\n".join(path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt")))
    emails = set(_EMAIL.findall(text))
    phones = set(_PHONE.findall(text))
    assert emails and phones, "the seeds should hold contact details to hide"
    return emails, phones


def export_text(settings: Settings, fmt: str, folder: Path, *extra: str) -> str:
    out = folder / f"export.{fmt}"
    result = invoke(settings, "export", "--format", fmt, "-o", str(out), *extra)
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    return out.read_text("utf-8")


@pytest.fixture(scope="module", params=KINDS)
def seeded(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """The five seeds loaded into a fresh store of each kind."""
    settings = settings_for(request.param, request, tmp_path_factory.mktemp("store"))
    result = invoke(settings, "load", str(SEEDS))
    assert result.exit_code == 0, result.output
    yield settings
    if settings.is_neo4j:
        clear(settings)


@pytest.mark.parametrize("fmt", FORMATS)
def test_redacted_exports_hold_no_seed_email_or_phone(seeded: Settings, fmt: str,
                                                      tmp_path: Path) -> None:
    emails, phones = seed_contacts()
    plain = export_text(seeded, fmt, tmp_path)
    assert any(email in plain for email in emails)  # the check below is not vacuous
    redacted = export_text(seeded, fmt, tmp_path, "--redact")
    for email in emails:
        assert email.lower() not in redacted.lower(), email
    for phone in phones:
        assert phone not in redacted and re.sub(r"\D", "", phone) not in redacted, phone


def test_forget_leaves_nothing_of_the_person(seeded: Settings, tmp_path: Path) -> None:
    """Runs last in the module (it changes the store)."""
    with open_store(seeded) as store:
        [email] = rows(store, "MATCH (p:Person {name: $n}) RETURN p.emails", n=FORGOTTEN)[0:1]
    result = invoke(seeded, "forget", FORGOTTEN, "--yes")
    assert_no_traceback(result)
    assert result.exit_code == 0, result.output
    assert FORGOTTEN_FILE in result.stdout
    with open_store(seeded) as store:
        graph = store.to_networkx()
        assert rows(store, "MATCH (p:Person {name: $n}) RETURN p.id", n=FORGOTTEN) == []
        assert rows(store, "MATCH (o:Organization {name: $n}) RETURN count(o)",
                    n=SHARED_ORG) == [1]
        assert rows(store, "MATCH (r:Resume) WHERE r.path = $f RETURN r.id",
                    f=FORGOTTEN_FILE) == []
    for node, data in graph.nodes(data=True):
        assert set(data.get("sources") or ()) - {FORGOTTEN_FILE}, node
        assert FORGOTTEN_FILE not in (data.get("sources") or ()), node
    for *_, data in graph.edges(data=True):
        assert FORGOTTEN_FILE not in (data.get("sources") or ()), data["id"]
    for fmt in FORMATS:
        text = export_text(seeded, fmt, tmp_path)
        assert FORGOTTEN not in text, fmt
        assert FORGOTTEN_FILE not in text, fmt
        for address in email or ():
            assert address not in text, fmt
        assert SHARED_ORG in text, fmt


# -- credentials ---------------------------------------------------------------------------

def run_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The real ``talentgraph`` in a subprocess, so ``-vv`` logging is configured as a
    user's would be (the driver's debug log included)."""
    return subprocess.run([TALENTGRAPH, *args], capture_output=True, text=True, env=env,
                          timeout=300)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "TALENTGRAPH_"))}
    env.update(values)
    return env


def _one_clean_error(done: subprocess.CompletedProcess[str], secret: str) -> None:
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert secret not in done.stdout + done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, done.stderr


def test_unreachable_server_is_one_clear_line(tmp_path: Path) -> None:
    secret = "Zz-unreachable-S3CRET-9431"
    done = run_cli("--store", f"bolt://127.0.0.1:{closed_port()}", "query", "top_skills",
                   env=_env(NEO4J_PASSWORD=secret))
    _one_clean_error(done, secret)
    assert "cannot reach Neo4j" in done.stderr


def test_password_in_the_uri_is_not_echoed(tmp_path: Path) -> None:
    secret = "Zz-in-uri-S3CRET-2718"
    done = run_cli("--store", f"bolt://neo4j:{secret}@127.0.0.1:{closed_port()}", "report",
                   env=_env())
    _one_clean_error(done, secret)


@pytest.mark.neo4j
def test_wrong_password_is_one_clear_line(neo4j_settings: Settings) -> None:
    secret = "Zz-wrong-S3CRET-1618"
    done = run_cli("-vv", "--store", neo4j_settings.store, "query", "top_skills",
                   env=_env(NEO4J_USERNAME=neo4j_settings.username, NEO4J_PASSWORD=secret))
    _one_clean_error(done, secret)
    assert "authentication failed" in done.stderr


@pytest.mark.neo4j
def test_real_password_never_printed_even_with_debug_logs(neo4j_settings: Settings,
                                                          tmp_path: Path) -> None:
    secret = neo4j_settings.password
    assert len(secret) >= 8, "the test server's password should be distinctive"
    env = _env(NEO4J_URI=neo4j_settings.store, NEO4J_USERNAME=neo4j_settings.username,
               NEO4J_PASSWORD=secret, TALENTGRAPH_STORE=neo4j_settings.store)
    (tmp_path / "cvs").mkdir()
    (tmp_path / "cvs" / "empty.txt").write_bytes(b"")
    runs = [
        run_cli("-vv", "load", str(tmp_path / "cvs"), env=env),  # connect, schema, a failure
        run_cli("-vv", "query", "top_skills", env=env),
        run_cli("-vv", "cypher", "THIS IS NOT CYPHER", env=env),  # the server's error
    ]
    for done in runs:
        assert secret not in done.stdout + done.stderr, done.args
        assert "Traceback" not in done.stderr, done.args
    assert all("DEBUG" in done.stderr for done in runs)  # debug logging really was on
    assert [done.returncode for done in runs] == [1, 0, 1]


def test_help_never_shows_credentials() -> None:
    """``--help`` of every command, with credentials in every variable they can be in."""
    from click.testing import CliRunner

    secret = "Zz-help-S3CRET-5772"
    env = {"NEO4J_PASSWORD": secret, "TALENTGRAPH_STORE": f"bolt://neo4j:{secret}@db:7687",
           "NEO4J_URI": f"bolt://neo4j:{secret}@db:7687"}
    runner = CliRunner(env=env)
    outputs = [runner.invoke(main, ["--help"]).output]
    outputs += [runner.invoke(main, [name, "--help"]).output for name in main.commands]
    assert len(outputs) == len(main.commands) + 1
    for output in outputs:
        assert "Usage:" in output
        assert secret not in output

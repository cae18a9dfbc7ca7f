"""A real headless Chromium (Debian's ``chromium`` and ``chromium-driver``) for the explorer
tests, driven by selenium, with the network switched off.

The page is opened from disk; the browser resolves no host name, is told by DevTools that it
is offline, and every request it makes is recorded so a test can check that none left the
file.  ``window.alert`` and page errors are recorded before any page script runs.  Without
Chromium the tests are skipped locally and fail under ``CI=true``, where ``.ci/run`` installs
it.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("TALENTGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("TALENTGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver")
WIDTH, HEIGHT = 1400, 900

# runs before the page's own scripts: records alerts instead of showing them, and errors
_WATCH = """
window.__alerts = [];
window.alert = function (m) { window.__alerts.push(String(m)); };
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
"""


def chromium_unavailable(reason: str) -> None:
    """Skip locally, fail in CI: a missing browser in CI is a broken CI, not a pass."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Chromium required under CI=true: {reason}")
    pytest.skip(f"no Chromium: {reason} (apt-get install chromium chromium-driver)")


@dataclass
class Browser:
    """A Chromium session and what it saw."""

    driver: Any
    requests: list[str] = field(default_factory=list)

    def open(self, path: Path, timeout: float = 30.0) -> float:
        """Load ``path`` and wait until the explorer says it is drawn; seconds taken."""
        self.driver.get_log("performance")  # drop what earlier pages logged
        self.driver.get_log("browser")
        self.requests = []
        start = time.perf_counter()
        self.driver.get(path.resolve().as_uri())
        while not self.js("return !!(window.talentgraph && window.talentgraph.ready)"):
            if time.perf_counter() - start > timeout:
                raise AssertionError(f"{path.name} was not ready after {timeout:.0f} s; "
                                     f"console: {self.driver.get_log('browser')}")
            time.sleep(0.02)
        return time.perf_counter() - start

    def js(self, script: str, *args: Any) -> Any:
        """Run ``script`` in the page and return its value."""
        return self.driver.execute_script(script, *args)

    def seen_requests(self) -> list[str]:
        """The URLs the browser asked for since the last :meth:`open`."""
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                self.requests.append(message["params"]["request"]["url"])
        return self.requests

    def console_errors(self) -> list[str]:
        """Console messages of level SEVERE and errors the page recorded."""
        logged = [e["message"] for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]
        return logged + self.js("return (window.__errors || []).concat("
                                "window.talentgraph ? window.talentgraph.errors : [])")


def start_browser() -> Browser:
    """A new headless Chromium, offline."""
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()) \
            and not (shutil.which("chromium") and shutil.which("chromedriver")):
        chromium_unavailable(f"{CHROMIUM} or {CHROMEDRIVER} is missing")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as err:
        chromium_unavailable(f"selenium is not installed ({err}); pip install -e '.[dev]'")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", f"--window-size={WIDTH},{HEIGHT}",
                     "--host-resolver-rules=MAP * ~NOTFOUND", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--disable-extensions"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    except Exception as err:  # selenium raises several kinds; all mean "no browser"
        chromium_unavailable(f"Chromium did not start: {err}")
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": _WATCH})
    return Browser(driver)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One Chromium for the whole session (pages are reloaded per test)."""
    session = start_browser()
    try:
        yield session
    finally:
        session.driver.quit()

"""A real Streamlit server and headless Debian Chromium, with every request off localhost blocked and counted."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                 "--no-first-run", "--disable-component-update", "--disable-sync"]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}
PLOT = "[data-testid='stPlotlyChart'] .js-plotly-plot"
STARTUP_SECONDS = 60

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_healthy(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode}: {process.stdout.read()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit did not answer on {url} within {STARTUP_SECONDS} s")


def start_server(env: dict[str, str] | None = None, command: tuple[str, ...] = (sys.executable, "-m", "pantau_zi.server"),
                 cwd: Path = REPO) -> tuple[str, subprocess.Popen]:
    """Start the dashboard as scripts/start.sh does (or by another command), on a free port, with an empty store."""
    port = _free_port()
    env = {"PANTAU_ZI_DATABASE": tempfile.mkdtemp(prefix="pantau-zi-store-"), **(env or {})}
    process = subprocess.Popen(
        [*command, "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=cwd, env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    _wait_until_healthy(url, process)
    return url, process


class ServerLog:
    """Every line a server prints, read as it comes by a thread: a pipe nobody reads would stall a chatty server."""

    def __init__(self, process: subprocess.Popen):
        self._lines: list[str] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._read, args=(process.stdout,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            with self._lock:
                self._lines.append(line.rstrip("\n"))

    def mark(self) -> int:
        """Where the log stands now, for since()."""
        with self._lock:
            return len(self._lines)

    def since(self, mark: int) -> list[str]:
        """The lines printed after mark."""
        with self._lock:
            return self._lines[mark:]


@pytest.fixture(scope="session")
def app_server() -> Iterator[tuple[str, ServerLog]]:
    """The dashboard on the embedded dataset, and what its server prints."""
    url, process = start_server()
    yield url, ServerLog(process)
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def app_url(app_server) -> str:
    """The dashboard on the embedded dataset."""
    return app_server[0]


@pytest.fixture(scope="session")
def server_log(app_server) -> ServerLog:
    """What the server behind app_url prints."""
    return app_server[1]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        message = f"Debian chromium not found at {CHROMIUM}: browser tests cannot run (apt-get install chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip("SKIPPED LOUDLY: " + message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


class OffMachineRequests(list):
    """URLs the page tried to fetch from anywhere but this machine (each was blocked), and anything the server's
    Content-Security-Policy refused (as "csp: <directive> <what> <where>")."""


# Streamlit's bundled Long.js tries a 40-byte WebAssembly module for 64-bit arithmetic and falls back to plain
# JavaScript when the policy refuses it; that refusal is expected.
EXPECTED_CSP = ("csp: script-src wasm-eval",)
CSP_LISTENER = """document.addEventListener('securitypolicyviolation', e => window.pantauCsp(
    [e.violatedDirective, e.blockedURI, e.sourceFile + ':' + e.lineNumber].join(' ')))"""


def open_context(browser, width: int, height: int):
    """A browser context at a screen size whose off-machine requests are blocked and recorded."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale="id-ID")
    blocked = OffMachineRequests()

    def guard(route):
        host = urlparse(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    def refused(_source, text: str) -> None:
        if not f"csp: {text}".startswith(EXPECTED_CSP):
            blocked.append(f"csp: {text}")

    context.route("**/*", guard)
    context.expose_binding("pantauCsp", refused)
    context.add_init_script(CSP_LISTENER)
    return context, blocked


def guarded_page(browser, width: int, height: int, timeout_ms: int = 30_000) -> Iterator[tuple]:
    """For a fixture: a page at a screen size and its blocked requests; afterwards, fail if anything tried to leave."""
    context, blocked = open_context(browser, width, height)
    page = context.new_page()
    page.set_default_timeout(timeout_ms)
    yield page, blocked
    context.close()
    assert list(blocked) == [], f"requests off localhost or refused by the CSP: {blocked}"


@pytest.fixture(params=[(1920, 1080), (1366, 768)], ids=["1920x1080", "1366x768"])
def screen(request, browser):
    """A page at each projector/laptop size; the test fails if anything tried to leave the machine."""
    yield from guarded_page(browser, *request.param)


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under artifacts/screenshots and return its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    path = ARTIFACTS / f"{name}-{size['width']}x{size['height']}.png"
    page.screenshot(path=path, full_page=True)
    return path


def wait_for_plots(page, count: int) -> None:
    """Wait until at least `count` Plotly charts are on the page, every one drawn with its traces.

    Streamlit draws a chart only once it scrolls into view, so each is brought into view first.
    """
    charts = page.locator("[data-testid='stPlotlyChart']")
    charts.nth(count - 1).wait_for(state="attached")
    for index in range(count):
        charts.nth(index).scroll_into_view_if_needed()
    page.wait_for_function(
        "([sel, n]) => document.querySelectorAll(sel).length >= n"
        " && [...document.querySelectorAll(sel)].every(p => p._fullData && p._fullData.length)", arg=[PLOT, count])


def traces(page) -> list[list[dict]]:
    """Type, name and number of points (locations or x values) of every drawn trace, per chart."""
    return page.evaluate(
        """sel => [...document.querySelectorAll(sel)].map(p => p._fullData.map(t => ({
             type: t.type, name: t.name, n: (t.locations || t.x || []).length})))""", PLOT)

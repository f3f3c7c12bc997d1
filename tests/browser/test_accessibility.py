"""Every page in a real browser: Streamlit's and Plotly's own words in the interface language, and no serious or
critical axe-core violation in Indonesian or English (axe-core from the npm package scripts/test.sh installs)."""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from dataclasses import dataclass

import pytest

from tests.browser.conftest import REPO, open_context, start_server

pytestmark = pytest.mark.browser

AXE = REPO / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
PAGES = {"ringkasan": "/", "peta": "/peta", "target": "/target",
         "profil": "/profil?prov=Jawa+Barat&wilayah=Kabupaten+Sumedang", "unit": "/unit",
         "perbandingan": "/perbandingan", "data": "/data", "briefing": "/briefing",
         "rapor": "/rapor?prov=Jawa+Barat&wilayah=Kabupaten+Sumedang"}
HIDDEN = ("rapor",)  # reached by its link and the profile's button, not from the top bar
# Streamlit's and Plotly's English, as whole strings or as the start of a longer one ("Help for Tahun").
ENGLISH = re.compile(
    r"^(Select all|\d+ more|Skip to main content|Help for .*|Download plot.*|Ask Google|Ask ChatGPT|Copy|"
    r"Sidebar|Collapse sidebar|Expand sidebar|App pages|Main menu|Link to heading|Open|Close|Clear value|Clear all|"
    r"Choose an option|Selected values|Remove .*|No results|Fullscreen.*|Close fullscreen|Show/hide columns|Search|"
    r"Download as CSV|Running\.\.\.|Stop|Increment|Decrement|Choose date|(year|month|day), .*|.* \u2014 (start|end)|"
    r"Toggle attribution|Zoom|Zoom in|Zoom out|Pan|Autoscale|Reset axes|Reset view|This app has encountered an error.*)$")
WORDS_JS = """() => {
  const words = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.nodeType === Node.TEXT_NODE) {
      if (!["SCRIPT", "STYLE"].includes(node.parentElement.nodeName) && node.nodeValue.trim())
        words.push(node.nodeValue.trim());
    } else {
      for (const name of ["aria-label", "title", "placeholder", "data-title", "alt"])
        if (node.getAttribute(name)) words.push(node.getAttribute(name));
    }
  }
  return words;
}"""


def settled(page, url: str) -> None:
    """Open a page and wait until its script has finished, its title is drawn and the words script has run."""
    page.goto(url)
    page.locator("[data-testid='stMain'] h1").first.wait_for(timeout=60_000)
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for()
    page.wait_for_function("() => window.__pantauWords !== undefined")


def english_words(page) -> list[str]:
    return sorted({word for word in page.evaluate(WORDS_JS) if ENGLISH.match(word)})


@dataclass
class Audit:
    """What one page showed at 1366x768: English words, axe-core's serious findings, the top bar's page links."""

    english: list[str]
    violations: list[str]
    nav_links: list[str]


@pytest.fixture(scope="module")
def audits(browser, app_url) -> dict[tuple[str, str], Audit]:
    """Every page in both languages, each opened once (one server) and examined for all the tests below."""
    found = {}
    for lang in ("id", "en"):
        context, blocked = open_context(browser, 1366, 768)
        if AXE.exists():  # as an init script: the server's Content-Security-Policy refuses an injected script tag
            context.add_init_script(path=str(AXE))
        page = context.new_page()
        for name, path in PAGES.items():
            query = ("&" if "?" in path else "?") + "lang=English" if lang == "en" else ""
            settled(page, app_url + path + query)
            if name == "ringkasan":  # a multiselect's list offers "Select all" only once it is open
                page.get_by_test_id("stSidebar").get_by_role("combobox").last.click()
                page.get_by_role("option").first.wait_for()
            links = page.get_by_test_id("stTopNav").locator("a:visible").all_inner_texts()
            found[lang, name] = Audit(english_words(page), serious_violations(page) if AXE.exists() else [], links)
        context.close()
        assert list(blocked) == []
    return found


def test_streamlit_and_plotly_words_are_indonesian_on_every_page(audits):
    assert {name: audit.english for (lang, name), audit in audits.items() if lang == "id" and audit.english} == {}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_is_in_the_top_bar_at_1366(audits, lang):
    assert len(audits[lang, "ringkasan"].nav_links) == len(PAGES) - len(HIDDEN)


def test_the_phone_layout_speaks_indonesian_too(browser, app_url):
    context, blocked = open_context(browser, 390, 844)
    page = context.new_page()
    settled(page, app_url + PAGES["profil"])
    words = english_words(page)
    context.close()
    assert words == []


@contextmanager
def page_on_server(browser, env: dict[str, str]):
    """A page on a server of its own started with env, and afterwards nothing tried to leave the machine."""
    url, process = start_server(env)
    context, blocked = open_context(browser, 1366, 768)
    try:
        page = context.new_page()
        page.goto(url)
        yield page
        assert list(blocked) == []
    finally:
        context.close()
        process.terminate()
        process.wait(timeout=10)


def test_an_unreadable_store_shows_the_notice_in_indonesian_with_no_links(browser):
    with page_on_server(browser, {"PANTAU_ZI_DATABASE": "sqlite:////proc/pantau-zi-nowhere/store.sqlite"}) as page:
        notice = page.get_by_test_id("stAlertContentError").filter(has_text="tidak dapat dibaca")
        notice.wait_for(timeout=60_000)
        page.wait_for_function("() => window.__pantauWords !== undefined")
        assert "/proc/pantau-zi-nowhere/store.sqlite" in notice.inner_text()
        assert notice.get_by_role("link").count() == 0
        assert page.get_by_test_id("stException").count() == 0
        assert english_words(page) == []


def test_a_crash_shows_no_english_and_no_links_off_the_machine(browser):
    # A store URL naming no database driver fails every page outside the app's own error handling.
    with page_on_server(browser, {"PANTAU_ZI_DATABASE": "nosuchdriver://pantau/store"}) as page:
        page.get_by_test_id("stException").wait_for(timeout=60_000)
        page.wait_for_function("() => window.__pantauWords !== undefined")
        box = page.get_by_test_id("stException")
        assert box.get_by_role("link").count() == 0
        assert "Maaf" in box.inner_text()
        assert english_words(page) == []


def _axe_ready() -> None:
    if AXE.exists():
        return
    message = f"axe-core not installed at {AXE}: run scripts/test.sh, which installs it from the npm registry"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip("SKIPPED LOUDLY: " + message)


def serious_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page, one readable line per element."""
    result = page.evaluate("""() => axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations
        .filter(v => ["serious", "critical"].includes(v.impact))
        .flatMap(v => v.nodes.map(n => `${v.impact} ${v.id}: ${v.help} | ${n.target.join(" ")} | `
                                       + (n.failureSummary || "").replace(/\\s+/g, " "))))""")
    return result


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_serious_or_critical_axe_violation_on_any_page(audits, lang):
    _axe_ready()
    failures = {name: audit.violations for (shown, name), audit in audits.items() if shown == lang and audit.violations}
    assert failures == {}, "\n".join(f"{name}:\n  " + "\n  ".join(lines) for name, lines in failures.items())

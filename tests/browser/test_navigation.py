"""Filters that hold across pages and live in the URL, and the language switch, in a real browser."""

import re

import pytest

from tests.browser.conftest import open_context, screenshot, start_server, wait_for_plots

pytestmark = pytest.mark.browser

PAGES = {"Peta": "peta", "Target vs Capaian": "target", "Profil wilayah": "profil", "Unit kerja": "unit",
         "Perbandingan": "perbandingan", "Briefing": "briefing", "Ringkasan": ""}


def choose(page, label: str, option: str) -> None:
    """Pick an option of a sidebar selectbox by typing it, as a keyboard user would."""
    box = page.get_by_test_id("stSidebar").get_by_label(label)
    box.click()
    page.keyboard.type(option)
    page.get_by_role("option", name=option, exact=True).click()


def wait_for_title(page, text: str) -> None:
    page.locator("h1", has_text=text).wait_for()


def test_a_sidebar_filter_holds_across_pages_and_a_copied_link_restores_it(screen, app_url):
    page, _ = screen
    page.goto(app_url)
    wait_for_title(page, "Indonesia")
    choose(page, "Provinsi", "Jawa Barat")
    wait_for_title(page, "Jawa Barat")
    assert "prov=Jawa+Barat" in page.url
    for title, path in PAGES.items():
        page.get_by_test_id("stTopNavLinkContainer").get_by_text(title, exact=True).click()
        page.wait_for_url(re.compile(rf"/{path}\?prov=Jawa\+Barat"))
        page.locator("[data-testid='stMain'] h1").first.wait_for()
        page.wait_for_timeout(1500)  # let the page's script finish: an error would show up by then
        assert page.get_by_test_id("stException").count() == 0, title
    copied = page.url
    page.goto("about:blank")
    page.goto(copied)
    wait_for_title(page, "Jawa Barat")
    assert page.get_by_test_id("stSidebar").get_by_label("Provinsi").input_value() == "Jawa Barat"
    wait_for_plots(page, 2)
    screenshot(page, "ringkasan-jawa-barat")


def test_the_language_switch_relabels_navigation_filters_and_figures(screen, app_url):
    page, _ = screen
    page.goto(app_url)
    wait_for_title(page, "Indonesia")
    choose(page, "Bahasa / Language", "English")
    page.get_by_text("Units that declared ZI").wait_for()
    nav = page.get_by_test_id("stTopNavLinkContainer")
    for title in ("Overview", "Map", "Targets vs Achieved", "Region profile", "Work units", "Comparison"):
        assert nav.get_by_text(title, exact=True).count() == 1, title
    assert page.get_by_test_id("stSidebar").get_by_text("Province").count() >= 1
    assert "lang=English" in page.url
    wait_for_plots(page, 2)
    screenshot(page, "ringkasan-english")


def test_a_shared_page_link_opened_first_on_a_fresh_server_keeps_the_filters(browser):
    url, process = start_server()
    context, blocked = open_context(browser, 1366, 768)
    try:
        page = context.new_page()
        page.goto(f"{url}/perbandingan?prov=Jawa+Barat")
        sidebar = page.get_by_test_id("stSidebar")
        sidebar.get_by_label("Provinsi").wait_for(timeout=60_000)
        assert sidebar.get_by_label("Provinsi").input_value() == "Jawa Barat"
        # the navigation is drawn from a message of its own, which can arrive after the sidebar's widgets
        page.get_by_test_id("stTopNavLinkContainer").first.wait_for(timeout=30_000)
        assert list(blocked) == []
    finally:
        context.close()
        process.terminate()
        process.wait(timeout=10)


def test_a_link_copied_after_a_language_switch_keeps_the_translated_filters(screen, app_url):
    # the URL holds these filters by their labels: after the switch they must be written in the new language
    page, _ = screen
    page.goto(f"{app_url}/unit?prov=Jawa+Barat&jenis=Kabupaten&pemilik=Instansi+vertikal&tahap=Diusulkan")
    page.get_by_test_id("stMain").get_by_text("Diusulkan").first.wait_for()
    choose(page, "Bahasa / Language", "English")
    page.wait_for_url(re.compile(r"pemilik=Central\+agency"))
    page.wait_for_url(re.compile(r"tahap=Proposed"))
    assert "jenis=Regency+%28kabupaten%29" in page.url and "prov=Jawa+Barat" in page.url
    copied = page.url
    page.goto("about:blank")
    page.goto(copied)
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_text("Central agency").wait_for()
    page.get_by_test_id("stMain").get_by_text("Proposed").first.wait_for()
    page.wait_for_timeout(1500)  # a value the session could not read would be dropped from the URL by now
    assert "pemilik=Central+agency" in page.url and "tahap=Proposed" in page.url and "jenis=Regency" in page.url
    selected = sidebar.get_by_role("radio", checked=True).all_inner_texts()
    assert selected == ["Regency (kabupaten)", "Central agency"]
    screenshot(page, "unit-english-from-link")

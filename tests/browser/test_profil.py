"""The region profile in a real browser: each of Sumedang's tabs draws with data, and its real article is cited."""

import re

import pytest

from tests.browser.conftest import PLOT, screenshot, traces, wait_for_plots

pytestmark = pytest.mark.browser

SUMEDANG_2021 = "/profil?wilayah=Kabupaten+Sumedang&tahun=2013&tahun=2021"


def open_tab(page, label: str, url_value: str, trace_name: str | None = None) -> None:
    """Click a tab and wait for its value in the URL and, when given, for its chart to hold that trace."""
    page.get_by_role("tab", name=label, exact=True).click()
    page.wait_for_url(re.compile(rf"bagian={url_value}"))
    if trace_name:
        # every chart on the page is the new tab's: the previous tab's chart lingers for a moment after the click
        page.wait_for_function("""([sel, name]) => { const plots = [...document.querySelectorAll(sel)];
            return plots.length > 0 && plots.every(p => (p._fullData || []).some(t => t.name === name)); }""",
                               arg=[PLOT, trace_name])


def test_sumedang_profile_draws_each_tab_and_cites_its_real_article(screen, app_url):
    page, _ = screen
    page.goto(app_url + SUMEDANG_2021)
    page.locator("h1", has_text="Kabupaten Sumedang").wait_for()
    # the first tab alone: Sumedang's real 2019 target, 66 units to declare, drawn as a bar and a target marker
    wait_for_plots(page, 1)
    assert page.get_by_text("Zona Ombudsman 2021").count() == 1
    (target,) = traces(page)
    assert [t["type"] for t in target] == ["bar", "scatter"] and target[0]["n"] == 1
    assert page.locator(f"{PLOT} .barlayer .point path").count() > 0
    screenshot(page, "profil-sumedang")

    open_tab(page, "Linimasa", "linimasa", "Pencanangan")
    (timeline,) = traces(page)
    # 12 unnamed pilot units declared on or before 21 June 2019, among every event up to 2021
    declared = next(t for t in timeline if t["name"] == "Pencanangan")
    assert declared["n"] >= 12 and sum(t["n"] for t in timeline) > 12
    screenshot(page, "profil-sumedang-linimasa")

    open_tab(page, "Nilai LKE", "lke", "Minimal WBK")
    (lke,) = traces(page)
    assert [t["n"] for t in lke] == [9, 9, 9, 9]
    screenshot(page, "profil-sumedang-lke")

    open_tab(page, "Sumber", "sumber")
    page.get_by_text("eljabar.com", exact=True).wait_for(state="attached")  # a grid cell, drawn on canvas
    assert page.get_by_text("Bupati Sumedang: Reformasi Birokrasi").count() >= 1
    assert page.get_by_text("sintetis").count() >= 1
    screenshot(page, "profil-sumedang-sumber")

    # a copied link opens the same tab
    copied = page.url
    page.goto("about:blank")
    page.goto(copied)
    page.get_by_text("eljabar.com", exact=True).wait_for(state="attached")
    assert page.get_by_role("tab", name="Sumber", exact=True).get_attribute("aria-selected") == "true"

    # switching the language keeps the tab open and in the URL; another page does not carry it
    page.get_by_test_id("stSidebar").get_by_label("Bahasa / Language").click()
    page.get_by_role("option", name="English").click()
    page.get_by_role("tab", name="Sources", exact=True).wait_for()
    page.get_by_text("eljabar.com", exact=True).wait_for(state="attached")
    assert page.get_by_role("tab", name="Sources", exact=True).get_attribute("aria-selected") == "true"
    assert "bagian=sumber" in page.url and "lang=English" in page.url
    page.get_by_test_id("stTopNavLinkContainer").get_by_text("Map", exact=True).click()
    page.wait_for_url(re.compile(r"/peta\?"))
    page.wait_for_timeout(1000)
    assert "bagian" not in page.url


def test_without_a_region_the_picker_opens_the_chosen_profile(screen, app_url):
    page, _ = screen
    page.goto(app_url + "/profil?prov=Sulawesi+Barat")
    page.get_by_text("Pilih satu kabupaten/kota").wait_for()
    picker = page.get_by_test_id("stMain").get_by_label("Kabupaten/kota")
    picker.click()
    page.keyboard.type("Polewali")
    page.get_by_role("option", name="Kabupaten Polewali Mandar", exact=True).click()
    page.locator("h1", has_text="Kabupaten Polewali Mandar").wait_for()
    assert "wilayah=Kabupaten+Polewali+Mandar" in page.url
    page.get_by_text("nama tidak diketahui").first.wait_for(state="attached")
    open_tab(page, "Sumber", "sumber")
    page.get_by_text("SINDOnews").wait_for(state="attached")
    screenshot(page, "profil-polewali-mandar")


def test_sumedangs_spi_card_shows_its_2024_index_rank_and_trend(screen, app_url):
    page, _ = screen
    page.goto(app_url + "/profil?wilayah=Kabupaten+Sumedang&tahun=2013&tahun=2024")
    page.locator("h1", has_text="Kabupaten Sumedang").wait_for()
    card = page.get_by_test_id("stMetric").filter(has_text="Indeks SPI KPK 2024")
    card.wait_for()
    assert "68,60" in card.inner_text()
    assert page.get_by_text("peringkat 13 dari 18 kabupaten di Jawa Barat; 264 dari 415 nasional").is_visible()
    assert page.locator('img.pantau-trend[alt="Indeks SPI 2021\u20132024"]').is_visible()
    card.scroll_into_view_if_needed()
    screenshot(page, "profil-spi")


def test_the_ombudsman_card_links_its_public_source_and_names_the_method(screen, app_url):
    page, _ = screen
    page.goto(app_url + "/profil?wilayah=Kabupaten+Lima+Puluh+Kota&tahun=2013&tahun=2025")
    page.locator("h1", has_text="Kabupaten Lima Puluh Kota").wait_for()
    card = page.get_by_test_id("stMetric").filter(has_text="Zona Ombudsman 2024")
    card.wait_for()
    assert "Hijau" in card.inner_text() and "89,44" in card.inner_text()  # data/real/ombudsman.csv, radarsumbar.com
    source = page.get_by_role("link", name="radarsumbar.com")
    assert source.get_attribute("href").startswith("https://www.radarsumbar.com/baca/146401/")
    assert page.get_by_text("Opini A · penilaian 2025 tidak ada; menampilkan 2024").is_visible()
    assert page.get_by_text("Metode 2022\u20132024", exact=False).is_visible()
    card.scroll_into_view_if_needed()
    screenshot(page, "profil-ombudsman")

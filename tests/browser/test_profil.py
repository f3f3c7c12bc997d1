"""The region profile in a real browser: Sumedang's charts draw with data and its real article is cited."""

import pytest

from tests.browser.conftest import PLOT, screenshot, traces, wait_for_plots

pytestmark = pytest.mark.browser

SUMEDANG_2021 = "/profil?wilayah=Kabupaten+Sumedang&tahun=2013&tahun=2021"


def test_sumedang_profile_draws_its_charts_and_cites_its_real_article(screen, app_url):
    page, _ = screen
    page.goto(app_url + SUMEDANG_2021)
    page.locator("h1", has_text="Kabupaten Sumedang").wait_for()
    wait_for_plots(page, 3)
    target, timeline, lke = traces(page)
    # Sumedang's real 2019 target: 66 units to declare; one goal, drawn as a bar and a target marker
    assert [t["type"] for t in target] == ["bar", "scatter"] and target[0]["n"] == 1
    # 12 unnamed pilot units declared on or before 21 June 2019, among every event up to 2021
    declared = next(t for t in timeline if t["name"] == "Pencanangan")
    assert declared["n"] >= 12 and sum(t["n"] for t in timeline) > 12
    assert [t["n"] for t in lke] == [9, 9, 9, 9]
    assert page.locator(f"{PLOT} .barlayer .point path").count() > 0
    assert page.get_by_text("Zona Ombudsman 2021").count() == 1
    screenshot(page, "profil-sumedang")
    page.get_by_text("Sumber data wilayah ini").scroll_into_view_if_needed()  # the grid draws only what is seen
    page.get_by_text("eljabar.com").wait_for(state="attached")  # a grid cell, drawn on canvas
    assert page.get_by_text("Bupati Sumedang: Reformasi Birokrasi").count() >= 1
    assert page.get_by_text("nama tidak diketahui").count() >= 1
    assert page.get_by_text("sintetis").count() >= 1
    screenshot(page, "profil-sumedang-sumber")


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
    wait_for_plots(page, 1)
    page.get_by_text("Sumber data wilayah ini").scroll_into_view_if_needed()
    page.get_by_text("SINDOnews").wait_for(state="attached")
    screenshot(page, "profil-polewali-mandar")

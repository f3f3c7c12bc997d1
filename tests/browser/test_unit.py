"""The work-unit page in a real browser: search, select a row, see its history; the URL keeps the search."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser

GRID = "[data-testid='stDataFrame']"


def select_first_row(page) -> None:
    """Tick the first row's selection box, drawn on the grid's canvas left of the first column."""
    grid = page.locator(GRID).first
    grid.wait_for(state="visible")
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)


def test_search_select_and_reload_keep_the_same_view(screen, app_url):
    page, _ = screen
    page.goto(f"{app_url}/unit")
    page.locator("h1", has_text="Unit kerja").wait_for()
    search = page.get_by_test_id("stMain").get_by_label("Cari nama, instansi atau ID unit")
    search.fill("kependudukan TANAH bumbu")
    search.press("Enter")
    page.get_by_text("1 dari 8.028 unit ditampilkan").wait_for()
    assert "cari=kependudukan+TANAH+bumbu" in page.url
    page.get_by_text("S-6310-01").wait_for(state="attached")
    select_first_row(page)
    page.get_by_text("Riwayat tahap: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tanah Bumbu").wait_for()
    # grid cells, drawn on canvas, are in the page as hidden text; the unit list shows the latest note too
    history = page.get_by_test_id("stDataFrame").last
    history.get_by_text("Pemda Tanah Bumbu mencanangkan pembangunan zona integritas").wait_for(state="attached")
    history.get_by_text("tahunnya saja").wait_for(state="attached")
    screenshot(page, "unit-riwayat")

    assert "pilih=S-6310-01" in page.url

    page.reload()
    page.get_by_text("1 dari 8.028 unit ditampilkan").wait_for()
    page.get_by_text("Riwayat tahap: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tanah Bumbu").wait_for()
    page.get_by_text("tahunnya saja").wait_for(state="attached")
    expect(page.get_by_test_id("stMain").get_by_label("Cari nama, instansi atau ID unit")).to_have_value(
        "kependudukan TANAH bumbu")
    screenshot(page, "unit-dimuat-ulang")


def test_stage_filter_lives_in_the_url(screen, app_url):
    page, _ = screen
    page.goto(f"{app_url}/unit?cari=sumedang&tahun=2013&tahun=2021")
    page.get_by_text("19 dari 8.028 unit ditampilkan").wait_for()
    stage = page.get_by_test_id("stMain").get_by_label("Tahap pada akhir 2021")
    stage.click()
    page.get_by_role("option", name="WBK", exact=True).click()
    page.keyboard.press("Escape")
    page.get_by_text("3 dari 8.028 unit ditampilkan").wait_for()
    page.get_by_text("KPP Pratama Sumedang").wait_for(state="attached")
    assert "tahap=WBK" in page.url
    screenshot(page, "unit-tahap")


def test_a_unit_reported_in_the_news_links_its_source_and_has_no_record_before_its_award(screen, app_url):
    page, _ = screen
    page.goto(f"{app_url}/unit?cari=plaosan+magetan&tahun=2013&tahun=2024")
    page.get_by_text("1 dari 8.028 unit ditampilkan").wait_for()
    select_first_row(page)
    page.get_by_text("Riwayat tahap: Kecamatan Plaosan").wait_for()
    link = page.get_by_role("link", name="Berita penghargaan ZI 2024: Pemkab Magetan")
    assert link.get_attribute("href").startswith("https://beritatrends.co.id/naik-tingkat-kecamatan-plaosan")
    page.get_by_text("Riwayat sebelumnya tidak tercatat").wait_for()
    page.get_by_test_id("stDataFrame").last.get_by_text("beritatrends.co.id").first.wait_for(state="attached")
    screenshot(page, "unit-dari-berita")
    page.goto(f"{app_url}/unit?cari=plaosan+magetan&tahun=2013&tahun=2023")
    page.get_by_text("1 dari 8.028 unit ditampilkan").wait_for()
    page.get_by_test_id("stDataFrame").first.get_by_text("Belum ada catatan").wait_for(state="attached")

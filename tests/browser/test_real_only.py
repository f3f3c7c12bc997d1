""""Hanya data nyata" in a real browser: a shared ?nyata=1 link and the sidebar switch leave no synthetic notice and
no synthetic row on screen or in the downloads, and the screen says what real data it shows."""

import io
import re

import pandas as pd
import pytest

from pantau_zi import datasource
from pantau_zi.loading import EMBEDDED_PARTS
from tests.browser.conftest import screenshot, wait_for_plots

pytestmark = pytest.mark.browser

SWITCH = "Hanya data nyata"


@pytest.fixture(scope="module")
def real_units():
    data = datasource.load(datasource.Files(EMBEDDED_PARTS))
    return data.units[~data.units["synthetic"]]


def main_text(page) -> str:
    return page.get_by_test_id("stMain").inner_text()


def test_a_shared_real_only_link_shows_only_the_real_units_and_downloads_them_traced(screen, app_url, real_units):
    page, _ = screen
    page.goto(f"{app_url}/unit?nyata=1")
    page.locator("h1", has_text="Unit kerja").wait_for()
    assert "nyata=true" in page.url  # respelt as the switch writes it, so a link copied from here keeps it
    count = f"{len(real_units)} dari {len(real_units)} unit ditampilkan"
    page.get_by_text(count).wait_for()
    notice = page.get_by_test_id("stAlert").filter(has_text="Hanya data nyata")
    notice.wait_for()
    # counted from the data: KPK's SPI for every kabupaten/kota it measured, the real units of the dataset
    assert re.search(r"SPI 2021\u20132025 untuk 508 pemda; Ombudsman [\d.]+ laporan; "
                     f"{len(real_units)} unit kerja dari berita", notice.inner_text())
    assert "sintetis" not in main_text(page).lower()
    assert page.get_by_test_id("stSidebar").get_by_role("switch", name=SWITCH, exact=True).is_checked()
    button = page.get_by_role("button", name="Unduh CSV").first
    button.scroll_into_view_if_needed()
    with page.expect_download() as arrived:
        button.click()
    with open(arrived.value.path(), "rb") as handle:
        table = pd.read_csv(io.BytesIO(handle.read()), encoding="utf-8-sig")
    assert sorted(table["ID unit"]) == sorted(real_units["unit_id"])
    assert set(table["Data"]) == {"nyata"}
    assert table["Sumber data"].notna().all() and not table["Sumber data"].str.contains("shared/").any()
    screenshot(page, "nyata-unit")


def test_the_switch_removes_the_synthetic_notice_and_leaves_regions_without_real_data_empty(screen, app_url):
    page, _ = screen
    page.goto(f"{app_url}/?prov=Jawa+Barat")
    page.locator("h1", has_text="Jawa Barat").wait_for()
    page.get_by_test_id("stAlert").filter(has_text="sintetis").wait_for()
    page.get_by_test_id("stSidebar").get_by_text(SWITCH).click()
    page.get_by_test_id("stAlert").filter(has_text="Hanya data nyata").wait_for()
    page.wait_for_url(re.compile(r"nyata=true"))
    # the URL holds the switch: opened afresh it shows the same real-only view (and a settled page to read)
    page.goto(page.url)
    page.get_by_test_id("stAlert").filter(has_text="Hanya data nyata").wait_for()
    assert "sintetis" not in main_text(page).lower()
    wait_for_plots(page, 1)
    # the coverage map: only Sumedang's perangkat daerah count is real; every other region has no data, not 0 %
    shown = dict(page.evaluate("""() => {
        const map = [...document.querySelectorAll('.js-plotly-plot')].find(p => p._fullData.some(t => t.locations));
        const trace = map._fullData.find(t => t.locations);
        return trace.locations.map((code, i) => [code, trace.customdata[i][2]]);
    }"""))
    assert len(shown) == 27 and shown["32.11"] != "Tidak ada data"
    assert {text for code, text in shown.items() if code != "32.11"} == {"Tidak ada data"}
    screenshot(page, "nyata-ringkasan")

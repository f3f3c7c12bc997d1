"""Every page's Unduh CSV and Unduh Excel buttons in a real browser, for Sumedang: a file arrives and reads back."""

import io

import openpyxl
import pandas as pd
import pytest

from pantau_zi import datasource, measures
from pantau_zi.loading import EMBEDDED_PARTS
from tests.browser.conftest import guarded_page, screenshot

pytestmark = pytest.mark.browser

SUMEDANG = "prov=Jawa+Barat&wilayah=Kabupaten+Sumedang"
CODE = "32.11"


@pytest.fixture(scope="module")
def data():
    return datasource.load(datasource.Files(EMBEDDED_PARTS))


@pytest.fixture
def laptop(browser):
    for page, _ in guarded_page(browser, 1366, 768, 60_000):
        yield page


def download(page, label: str, index: int) -> tuple[str, bytes]:
    """Click the index-th button with this label and return the file's name and bytes."""
    button = page.get_by_role("button", name=label).nth(index)
    button.scroll_into_view_if_needed()
    with page.expect_download() as arrived:
        button.click()
    file = arrived.value
    with open(file.path(), "rb") as handle:
        return file.suggested_filename, handle.read()


def both_files(page, index: int = 0) -> tuple[pd.DataFrame, list[tuple]]:
    """The index-th table's CSV read back, and its Excel sheet's rows (header first)."""
    csv_name, csv = download(page, "Unduh CSV", index)
    excel_name, excel = download(page, "Unduh Excel", index)
    assert csv_name.endswith(".csv") and excel_name == csv_name.removesuffix(".csv") + ".xlsx"
    table = pd.read_csv(io.BytesIO(csv), encoding="utf-8-sig", dtype={"Kode wilayah": str})
    rows = list(openpyxl.load_workbook(io.BytesIO(excel)).active.iter_rows(values_only=True))
    assert len(rows) == len(table) + 1 and list(rows[0]) == list(table.columns)
    return table, rows


def open_page(page, url: str, heading: str) -> None:
    page.goto(url)
    page.locator("h1", has_text=heading).wait_for()
    page.get_by_role("button", name="Unduh CSV").first.wait_for()


def test_unit_downloads_of_sumedang_hold_every_unit_with_its_stage(laptop, app_url, data):
    open_page(laptop, f"{app_url}/unit?{SUMEDANG}", "Unit kerja")
    table, _ = both_files(laptop)
    units = data.units[data.units["region_code"] == CODE]
    assert sorted(table["ID unit"]) == sorted(units["unit_id"])
    assert set(table["Kabupaten/kota"]) == {"Kabupaten Sumedang"}
    assert table["Tahap"].notna().all()
    screenshot(laptop, "unduh-unit")


def test_overview_download_row_of_the_year_equals_the_cards(laptop, app_url):
    open_page(laptop, f"{app_url}/?{SUMEDANG}", "Kabupaten Sumedang")
    table, _ = both_files(laptop)
    row = table.set_index("Tahun").loc[2025]
    card = laptop.get_by_test_id("stMetric").filter(has_text=measures.label("predicate", "id"))
    value = card.get_by_test_id("stMetricValue").inner_text()
    assert str(int(row[measures.label("predicate", "id")])) == value


def test_profile_download_lists_the_regions_units(laptop, app_url, data):
    open_page(laptop, f"{app_url}/profil?{SUMEDANG}", "Kabupaten Sumedang")
    table, _ = both_files(laptop)
    assert len(table) == int((data.units["region_code"] == CODE).sum())


@pytest.mark.parametrize(("path", "heading", "buttons"), [
    ("peta", "Peta", 1), ("target", "Target", 2), ("perbandingan", "Perbandingan", 1)])
def test_every_other_download_arrives_and_names_sumedang(laptop, app_url, path, heading, buttons):
    open_page(laptop, f"{app_url}/{path}?{SUMEDANG}", heading)
    for index in range(buttons):
        table, _ = both_files(laptop, index)
        assert len(table) > 0
        assert table.astype(str).apply(lambda column: column.str.contains("Sumedang|Jawa Barat")).any().any()

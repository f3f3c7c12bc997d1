"""Every CSV and Excel download of every page, built by the page itself on the real embedded data.

The pages make their files only when a button is clicked (a callable handed to st.download_button); the test
records those callables as Streamlit registers them and runs them, as the server does on a click.
"""

import io

import openpyxl
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from pantau_zi import datasource
from pantau_zi.loading import EMBEDDED_PARTS
from tests.conftest import APP

# name in the URL's filters -> (province, region, unit type filter or None)
PLACES = {
    "sumedang": ("Jawa Barat", "Kabupaten Sumedang", None),
    "polewali_mandar": ("Sulawesi Barat", "Kabupaten Polewali Mandar", None),
    "no_target": ("Aceh", "Kabupaten Aceh Selatan", None),  # no target of any kind in the data
    "no_units": ("Sulawesi Barat", "Kabupaten Polewali Mandar", "RSUD"),  # it has no RSUD
}
PAGES = ("ringkasan", "peta", "target", "profil", "unit", "perbandingan")


@pytest.fixture(scope="module")
def data():
    return datasource.load(datasource.Files(EMBEDDED_PARTS))


@pytest.fixture
def real_app(monkeypatch) -> AppTest:
    monkeypatch.delenv("PANTAU_ZI_DATA_DIRS", raising=False)
    monkeypatch.delenv("PANTAU_ZI_BOUNDARY_FILE", raising=False)
    return AppTest.from_file(APP, default_timeout=300)


def read_both(made: dict[str, object]) -> list[tuple[str, pd.DataFrame, list[tuple]]]:
    """Each CSV read back with pandas next to the sheet rows of the Excel file of the same name."""
    pairs = []
    for name in sorted(made):
        if not name.endswith(".csv"):
            continue
        csv = pd.read_csv(io.BytesIO(made[name]()), encoding="utf-8-sig")
        sheet = openpyxl.load_workbook(io.BytesIO(made[name.removesuffix(".csv") + ".xlsx"]())).active
        pairs.append((name, csv, list(sheet.iter_rows(values_only=True))))
    return pairs


def expected_rows(page: str, place: str, data) -> dict[str, int]:
    """How many rows each of the page's files must hold, from the dataset itself."""
    province, region, unit_type = PLACES[place]
    code = data.regencies.set_index("name").at[region, "code"]
    in_province = int((data.regencies["province_code"] == code[:2]).sum())
    units = data.units[data.units["region_code"] == code]
    units = units if unit_type is None else units[units["unit_type"] == unit_type]
    return {"ringkasan": {"pantau-zi-ringkasan.csv": 13},
                "peta": {"pantau-zi-peta-unit-2025.csv": in_province},
                "target": {"target-2025.csv": 1, "target-provinsi-2025.csv": 3},  # a row per kind of target
                "profil": {f"unit-{code}-2025.csv": len(units)},
                "unit": {"unit-kerja-2025.csv": len(units)},
                "perbandingan": {"peringkat-predicate-2025.csv": in_province}}[page]


@pytest.mark.parametrize("place", list(PLACES))
@pytest.mark.parametrize("page", PAGES)
def test_every_download_of_the_page_opens_with_every_row(real_app, downloads, data, page, place):
    province, region, unit_type = PLACES[place]
    params = {"prov": province, "wilayah": region, **({"tipe": unit_type} if unit_type else {})}
    for key, value in params.items():
        real_app.query_params[key] = value
    real_app.run()
    downloads.clear()  # the entry point draws the overview first
    real_app.switch_page(f"pages/{page}.py").run()
    assert not real_app.exception
    files = read_both(downloads)
    expected = expected_rows(page, place, data)
    assert {name: len(csv) for name, csv, _ in files} == expected
    for name, csv, sheet in files:
        assert len(sheet) == len(csv) + 1, name  # the header row
        assert list(sheet[0]) == list(csv.columns), name
        assert csv["Data"].isin(["nyata", "sintetis", "campuran nyata dan sintetis", "Tidak ada data"]).all(), name
        assert "Sumber data" in csv.columns, name


@pytest.mark.parametrize("page", PAGES)
def test_with_only_real_data_no_downloaded_row_is_synthetic(real_app, downloads, data, page):
    """Sumedang under "Hanya data nyata": every row is real or has no data, and says where it comes from."""
    for key, value in {"prov": "Jawa Barat", "wilayah": "Kabupaten Sumedang", "nyata": "true"}.items():
        real_app.query_params[key] = value
    real_app.run()
    downloads.clear()
    real_app.switch_page(f"pages/{page}.py").run()
    assert not real_app.exception
    files = read_both(downloads)
    assert files
    for name, csv, _ in files:
        assert set(csv["Data"]) <= {"nyata", "Tidak ada data"}, name
        real = csv[csv["Data"] == "nyata"]
        assert real["Sumber data"].notna().all() and not real["Sumber data"].str.contains("sintetis").any(), name
    real_units = data.units[(data.units["region_code"] == "32.11") & ~data.units["synthetic"]]
    if page == "unit":
        (_, units, _), = files
        assert sorted(units["ID unit"]) == sorted(real_units["unit_id"])
        assert set(units["Sumber data"]) == {"https://eljabar.com/2019/06/21/bupati-sumedang-reformasi-birokrasi-untuk-"
                                             "wujudkan-pelayanan-yang-berkualitas/"}

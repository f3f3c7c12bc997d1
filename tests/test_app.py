"""The first screen through Streamlit's AppTest, on the hand-made mini dataset."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import MINI

APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_DATA_DIRS", str(MINI))
    monkeypatch.delenv("PANTAU_ZI_BOUNDARY_FILE", raising=False)
    return AppTest.from_file(APP, default_timeout=60)


def metric_values(app) -> dict[str, str]:
    return {metric.label: metric.value for metric in app.metric}


def test_first_screen_shows_2021_national_totals_of_the_mini_dataset(app):
    app.query_params["tahun"] = "2021"
    app.run()
    assert not app.exception
    assert metric_values(app) == {"Unit mencanangkan ZI": "5", "Unit berpredikat WBK": "2",
                                  "Unit berpredikat WBBM": "1", "Unit diusulkan tahun ini": "2"}


def test_first_screen_switches_to_english(app):
    app.query_params["tahun"] = "2021"
    app.run()
    app.sidebar.selectbox(key="lang").set_value("en").run()
    assert "Units holding WBK" in metric_values(app)
    assert any("approximate" in caption.value for caption in app.caption)


def test_a_broken_dataset_stops_the_screen_with_every_problem_named(monkeypatch, mini_copy):
    units = mini_copy / "units.csv"
    units.write_text(units.read_text().replace("32.11", "99.99", 1))
    monkeypatch.setenv("PANTAU_ZI_DATA_DIRS", str(mini_copy))
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert "tidak dapat dimuat" in app.error[0].value
    assert "units.csv, baris 2, kolom “region_code”, nilai “99.99”" in app.markdown[0].value
    assert not app.metric


def test_an_official_boundary_file_is_drawn_instead_and_the_screen_says_so(app, monkeypatch, tmp_path):
    import geopandas
    import shapely

    official = tmp_path / "batas_resmi.geojson"
    geopandas.GeoDataFrame({"NAMOBJ": ["KAB. SUMEDANG", "Kab. Atlantis"]},
                           geometry=[shapely.box(107, -7, 108, -6), shapely.box(0, 0, 1, 1)],
                           crs="EPSG:4326").to_file(official)
    monkeypatch.setenv("PANTAU_ZI_BOUNDARY_FILE", str(official))
    monkeypatch.setenv("PANTAU_ZI_BOUNDARY_COLUMN", "NAMOBJ")
    app.run()
    captions = " ".join(caption.value for caption in app.caption)
    assert "batas resmi dari berkas batas_resmi.geojson" in captions
    assert "Kab. Atlantis" in captions

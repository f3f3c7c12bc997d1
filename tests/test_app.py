"""The first screen through Streamlit's AppTest, on the hand-made mini dataset."""


from streamlit.testing.v1 import AppTest

from tests.conftest import APP


def metric_values(app) -> dict[str, str]:
    return {metric.label: metric.value for metric in app.metric}


def test_first_screen_shows_2021_national_totals_of_the_mini_dataset(app):
    app.query_params["tahun"] = ["2013", "2021"]
    app.run()
    assert not app.exception
    # U1..U5 declared; U2 and U3 hold WBK, U1 WBBM; Sumedang 2 of target 2 + Bandung 0 of 1 -> 2/3
    assert metric_values(app) == {"Unit mencanangkan ZI": "5", "Berpredikat WBK/WBBM": "3",
                                  "Berpredikat WBBM": "1", "Capaian target WBK (%)": "66,7%"}
    captions = [caption.value for caption in app.caption]
    assert "2 WBK, 1 WBBM" in captions and "2 dari target 3 unit pemda" in captions
    assert app.title[0].value == "Indonesia"


def test_sidebar_region_narrows_the_headline_to_that_region_with_its_change(app):
    app.query_params["tahun"] = ["2013", "2021"]
    app.query_params["wilayah"] = "Kabupaten Sumedang"
    app.run()
    assert app.title[0].value == "Kabupaten Sumedang"
    assert metric_values(app) == {"Unit mencanangkan ZI": "3", "Berpredikat WBK/WBBM": "3",
                                  "Berpredikat WBBM": "1", "Capaian target WBK (%)": "100,0%"}
    # end of 2020: U1, U2, U3 all held WBK; in 2021 U1 moved up to WBBM, still holding a predicate
    deltas = {metric.label: metric.delta for metric in app.metric}
    assert deltas["Berpredikat WBK/WBBM"] == "+0" and deltas["Berpredikat WBBM"] == "+1"


def test_owner_filter_counts_vertical_units_but_attainment_stays_the_pemdas(app):
    app.query_params["tahun"] = ["2013", "2021"]
    app.query_params["wilayah"] = "Kabupaten Sumedang"
    app.query_params["pemilik"] = "Instansi vertikal"
    app.run()
    assert metric_values(app) == {"Unit mencanangkan ZI": "1", "Berpredikat WBK/WBBM": "1",
                                  "Berpredikat WBBM": "0", "Capaian target WBK (%)": "100,0%"}


def test_first_screen_switches_to_english(app):
    app.query_params["tahun"] = ["2013", "2021"]
    app.run()
    app.sidebar.selectbox(key="lang").set_value("en").run()
    assert "Holding WBK or WBBM" in metric_values(app)
    assert any("approximate" in caption.value for caption in app.caption)


def test_a_broken_dataset_stops_the_screen_with_every_problem_named(monkeypatch, mini_copy):
    units = mini_copy / "units.csv"
    units.write_text(units.read_text().replace("32.11", "99.99", 1))
    monkeypatch.setenv("PANTAU_ZI_DATA_DIRS", str(mini_copy))
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert "tidak dapat dimuat" in app.error[0].value
    problems = app.dataframe[0].value
    assert problems.iloc[0, :5].tolist() == ["mini/units.csv", None, 2, "region_code", "99.99"]
    assert problems.iloc[0, 5].startswith("kode kabupaten/kota tidak dikenal")
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


def test_the_national_overview_shows_the_reported_national_figures_with_their_sources(app):
    app.query_params["tahun"] = ["2013", "2017"]
    app.run()
    assert not app.exception
    assert "Angka nasional yang dilaporkan, 2017" in [header.value for header in app.subheader]
    shown = app.dataframe[-1].value
    shown = shown.data if hasattr(shown, "data") else shown
    # 2017: WBK 71 or 77 (two reports), 77 again as the alternative, 109 cumulative; WBBM 6 twice, 18; 485 proposed
    assert shown["Nilai"].tolist() == [71, 77, 77, 109, 6, 6, 18, 485]
    assert shown["Tautan sumber"].str.startswith("http").all()


def test_a_region_overview_has_no_national_panel(app):
    app.query_params["wilayah"] = "Kabupaten Sumedang"
    app.run()
    assert not any(header.value.startswith("Angka nasional") for header in app.subheader)

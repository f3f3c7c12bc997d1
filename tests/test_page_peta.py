"""The map page through Streamlit's AppTest, on the hand-made mini dataset."""



from tests.conftest import open_page


def open_map(app, **filters):
    return open_page(app, "peta", **filters)


def z_values(z) -> list:
    """A trace's z as a list, whether Plotly wrote it as a list or as a base64 typed array."""
    import base64

    import numpy as np

    return np.frombuffer(base64.b64decode(z["bdata"]), z["dtype"]).tolist() if isinstance(z, dict) else z


def trace(app) -> dict:
    return app.get("plotly_chart")[0].proto.spec


def test_the_map_shows_the_end_of_the_year_range_with_notices(app):
    open_map(app)
    assert not app.exception
    assert app.slider(key="peta_tahun").value == 2021
    captions = " ".join(caption.value for caption in app.caption)
    assert "batas perkiraan" in captions and "sintetis" in app.info[0].value
    assert '"title":{"text":"Unit mencanangkan ZI, 2021"' in trace(app)


def test_the_province_filter_sends_only_that_provinces_regions_and_fits_the_view_to_it(app):
    import json

    open_map(app, prov="Jawa Barat")
    spec = json.loads(trace(app))
    data = spec["data"][0]
    assert len(data["locations"]) == 27 and all(code.startswith("32.") for code in data["locations"])
    # the detailed layer by URL, fetched once by the browser; Jawa Barat lies within 106-109 E, 8-5.8 S
    assert data["geojson"].startswith("/_pantau/geo/kabkota-") and data["type"] == "choropleth"
    (west, east), (south, north) = spec["layout"]["geo"]["lonaxis"]["range"], spec["layout"]["geo"]["lataxis"]["range"]
    assert 105.5 < west < 106.5 and 108.5 < east < 109.5 and -8.5 < south < -7.5 and -6 < north < -5.5


def test_the_zone_measure_maps_the_reported_ombudsman_assessments_and_their_coverage(app):
    import json

    open_map(app)
    app.selectbox(key="ukuran").set_value("zona").run()
    assert not app.exception
    assert app.slider(key="peta_tahun").value == 2021  # the mini data's years end in 2021, a year with reports
    spec = json.loads(trace(app))["data"][0]
    hover = dict(zip(spec["locations"], spec["customdata"]))
    classes = dict(zip(spec["locations"], z_values(spec["z"])))
    # data/real/ombudsman.csv, 2021: Lima Puluh Kota 46.93, red, 338th of 416 (langgam.id); Dharmasraya green
    assert hover["13.07"][2] == "Merah (kepatuhan rendah), nilai 46,93, peringkat 338 dari 416"
    assert hover["13.10"][2] == "Hijau (kepatuhan tinggi)"
    assert hover["32.11"][2] == "Tidak ada data" and classes["32.11"] == 0  # the mini data's own zone is not shown
    assert sum(z > 0 for z in classes.values()) == 62  # 63 reports in 2021, one (a rank only) without a zone
    captions = " ".join(caption.value for caption in app.caption)
    assert "Data Ombudsman tersedia untuk 63 dari 508 pemda (2021)" in captions
    assert "Metode 2021" in captions and "hijau 81\u2013100" in captions and "ombudsman.go.id" in captions
    assert not any("sintetis" in info.value for info in app.info)  # a real measure carries no synthetic notice


def test_the_zone_measure_in_a_province_counts_that_provinces_pemda(app):
    open_map(app, prov="Sumatera Barat")
    app.selectbox(key="ukuran").set_value("zona").run()
    captions = " ".join(caption.value for caption in app.caption)
    assert "Data Ombudsman tersedia untuk 13 dari 19 pemda (2021)" in captions


def test_a_year_without_ombudsman_reports_shows_the_latest_earlier_one_and_says_so(app):
    open_map(app)
    app.selectbox(key="ukuran").set_value("zona").run()
    app.slider(key="peta_tahun").set_value(2020).run()  # no assessment in 2020
    assert not app.exception
    assert '"title":{"text":"Zona kepatuhan Ombudsman, 2019"' in trace(app)
    captions = " ".join(caption.value for caption in app.caption)
    assert "Tidak ada laporan Ombudsman untuk 2020; peta menampilkan data 2019" in captions
    assert "Data Ombudsman tersedia untuk 28 dari 508 pemda (2019)" in captions and "Metode 2013" in captions


def test_a_year_before_the_first_ombudsman_report_says_there_is_none(app):
    open_map(app)
    app.selectbox(key="ukuran").set_value("zona").run()
    app.slider(key="peta_tahun").set_value(2015).run()
    assert not app.exception
    assert not app.get("plotly_chart")
    assert any("Belum ada laporan Ombudsman untuk wilayah di peta sampai 2015 (laporan pertama: 2016)" in info.value
               for info in app.info)


def test_play_sends_one_figure_whose_frames_change_only_colours_and_title(app):
    import json

    open_map(app)
    app.slider(key="peta_tahun").set_value(2019).run()
    app.toggle(key="peta_putar").set_value(True).run()
    assert not app.exception
    assert app.slider(key="peta_tahun").proto.disabled  # the map's own slider steps the years while it plays
    spec = json.loads(trace(app))
    frames = spec["frames"]
    assert [frame["name"] for frame in frames] == [str(year) for year in range(2013, 2022)]
    assert all(set(frame["data"][0]) == {"type", "z"} for frame in frames)  # no geometry, no hover text per frame
    assert frames[6]["layout"]["title"]["text"] == "Unit mencanangkan ZI, 2019"
    slider = spec["layout"]["sliders"][0]
    assert slider["active"] == 6 and [step["label"] for step in slider["steps"]] == [f["name"] for f in frames]
    assert z_values(spec["data"][0]["z"]) == frames[6]["data"][0]["z"]
    assert spec["data"][0]["geojson"].startswith("/_pantau/geo/nasional-")
    assert "Mode putar, 2013\u20132021" in " ".join(caption.value for caption in app.caption)


def test_a_national_zone_player_stays_within_the_render_budget(app):
    open_map(app)
    app.selectbox(key="ukuran").set_value("zona").run()
    app.toggle(key="peta_putar").set_value(True).run()
    assert len(trace(app).encode()) <= 150_000


def test_the_region_search_opens_the_profile_with_the_filters_kept(app):
    open_map(app, prov="Jawa Barat", jenis="Kabupaten")
    search = app.selectbox(key="peta-cari")
    assert len(search.options) == 18  # the kabupaten of Jawa Barat: the regions on the map
    search.set_value("32.11").run()
    assert not app.exception
    # AppTest runs the switched-to page without the sidebar, which selects the region; the browser test sees that
    assert app.title[0].value == "Profil wilayah" and app.session_state["_open_region"] == ("32.11", "32")
    assert app.session_state["jenis"] == "kabupaten"


def test_a_measure_opens_on_its_latest_year_with_data_and_says_why(app):
    app.query_params["tahun"] = ["2013", "2025"]
    open_map(app)
    assert app.slider(key="peta_tahun").value == 2025
    app.selectbox(key="ukuran").set_value("zona").run()
    assert not app.exception
    assert app.slider(key="peta_tahun").value == 2024  # data/real/ombudsman.csv ends in 2024
    captions = " ".join(caption.value for caption in app.caption)
    assert "2024 adalah tahun terakhir yang memiliki data Zona kepatuhan Ombudsman" in captions
    assert "Data Ombudsman tersedia untuk 63 dari 508 pemda (2024)" in captions and "Metode 2022" in captions
    assert '"title":{"text":"Zona kepatuhan Ombudsman, 2024"' in trace(app)


def test_the_year_caption_speaks_english(app):
    open_map(app, lang="English")
    captions = " ".join(caption.value for caption in app.caption)
    assert "Showing 2021, the end of the years chosen in the sidebar" in captions


def test_the_spi_measure_opens_on_its_latest_year_with_zones_cut_offs_and_source(app):
    import json

    app.query_params["tahun"] = ["2013", "2024"]
    open_map(app)
    app.selectbox(key="ukuran").set_value("spi").run()
    assert not app.exception
    assert app.slider(key="peta_tahun").value == 2024
    spec = json.loads(trace(app))["data"][0]
    hover = dict(zip(spec["locations"], spec["customdata"]))
    assert hover["32.11"][2] == "68,60 (Rentan)"  # Sumedang 2024 in data/real/spi.csv
    assert hover["31.71"][2] == "Tidak ada data"  # an administrative city of Jakarta has no pemda of its own
    legend = app.get("html")[0].proto.body
    assert "Rentan (&lt; 73)" in legend and "Waspada (73\u201377,99)" in legend and "Terjaga (\u2265 78)" in legend
    captions = " ".join(caption.value for caption in app.caption)
    assert "jaga.id" in captions and "rilis SPI 2024 KPK" in captions


def test_a_year_before_the_spi_says_so_instead_of_a_grey_map(app):
    open_map(app)
    app.selectbox(key="ukuran").set_value("spi").run()
    app.slider(key="peta_tahun").set_value(2019).run()
    assert not app.exception
    assert not app.get("plotly_chart")
    assert any("SPI belum ada untuk tahun ini" in info.value for info in app.info)


def test_a_national_spi_player_steps_the_spi_years_within_the_render_budget(app):
    import json

    app.query_params["tahun"] = ["2013", "2025"]
    open_map(app)
    app.selectbox(key="ukuran").set_value("spi").run()
    app.toggle(key="peta_putar").set_value(True).run()
    assert not app.exception
    spec = trace(app)
    assert [frame["name"] for frame in json.loads(spec)["frames"]] == [str(year) for year in range(2021, 2026)]
    assert len(spec.encode()) <= 150_000

"""The map page through Streamlit's AppTest, on the hand-made mini dataset."""



from tests.conftest import open_page


def open_map(app, **filters):
    return open_page(app, "peta", **filters)


def trace(app) -> dict:
    return app.get("plotly_chart")[0].proto.spec


def test_the_map_shows_the_end_of_the_year_range_with_notices(app):
    open_map(app)
    assert not app.exception
    assert app.slider(key="peta_tahun").value == 2021
    captions = " ".join(caption.value for caption in app.caption)
    assert "batas perkiraan" in captions and "sintetis" in app.info[0].value
    assert '"title":{"text":"Unit mencanangkan ZI, 2021"' in trace(app)


def test_the_province_filter_sends_only_that_provinces_regions(app):
    import json

    open_map(app, prov="Jawa Barat")
    spec = json.loads(trace(app))["data"][0]
    assert len(spec["locations"]) == 27 and all(code.startswith("32.") for code in spec["locations"])
    assert len(spec["geojson"]["features"]) == 27


def test_choosing_a_zone_and_a_year_maps_the_ombudsman_survey(app):
    import json

    open_map(app)
    app.selectbox(key="ukuran").set_value("zona").run()
    app.slider(key="peta_tahun").set_value(2021).run()
    spec = json.loads(trace(app))["data"][0]
    hover = dict(zip(spec["locations"], spec["customdata"]))
    assert hover["32.11"][2] == "Hijau (kepatuhan tinggi)" and hover["32.73"][2] == "Kuning (kepatuhan sedang)"
    assert hover["11.01"][2] == "Tidak ada data"


def test_play_steps_one_year_each_run_and_stops_at_the_end(app):
    open_map(app)
    app.slider(key="peta_tahun").set_value(2019).run()
    app.toggle(key="peta_putar").set_value(True).run()
    assert app.slider(key="peta_tahun").value == 2021
    assert app.toggle(key="peta_putar").value is False


def test_a_measure_opens_on_its_latest_year_with_data_and_says_why(app):
    app.query_params["tahun"] = ["2013", "2025"]
    open_map(app)
    assert app.slider(key="peta_tahun").value == 2025
    app.selectbox(key="ukuran").set_value("zona").run()
    assert not app.exception
    assert app.slider(key="peta_tahun").value == 2021  # the mini survey has 2021 only
    captions = " ".join(caption.value for caption in app.caption)
    assert "2021 adalah tahun terakhir yang memiliki data Zona kepatuhan Ombudsman" in captions
    assert '"title":{"text":"Zona kepatuhan Ombudsman, 2021"' in trace(app)


def test_the_year_caption_speaks_english(app):
    open_map(app, lang="English")
    captions = " ".join(caption.value for caption in app.caption)
    assert "Showing 2021, the end of the years chosen in the sidebar" in captions

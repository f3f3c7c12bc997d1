"""The region profile page through AppTest on the hand-made mini dataset (numbers from tests/test_metrics.py)."""


from streamlit.testing.v1 import AppTest

from tests.conftest import open_page


def open_profile(app, **params) -> AppTest:
    return open_page(app, "profil", **params)


def metric_values(app) -> dict[str, str]:
    return {metric.label: metric.value for metric in app.metric}


def test_sumedang_shows_its_2021_figures_and_rank_and_no_ombudsman_report(app):
    open_profile(app, wilayah="Kabupaten Sumedang")
    assert not app.exception
    assert app.title[0].value == "Kabupaten Sumedang"
    assert "Jawa Barat · Ibu kota Sumedang Utara · Penduduk 1.226.660 · Pemda otonom" in app.caption[0].value
    # U1-U3 declared; U2 and U3 hold WBK, U1 WBBM; 2 of the 2 WBK-target units; 2 of 40 perangkat daerah
    assert metric_values(app) == {
        "Unit mencanangkan ZI": "3", "Berpredikat WBK/WBBM": "3", "Berpredikat WBBM": "1",
        "Capaian target WBK (%)": "100,0%", "Cakupan perangkat daerah (%)": "5,0%",
        "Peringkat unit berpredikat WBK/WBBM": "1 dari 2", "Peringkat cakupan perangkat daerah": "1 dari 2",
        "Zona Ombudsman 2021": "Tidak ada data", "Indeks SPI KPK 2021": "75,17",
        "Unit pemda berpredikat WBK/WBBM 2021": "2"}
    # the mini data's own (hand-made) Ombudsman row is never shown: data/real/ombudsman.csv has no Sumedang report
    assert any("Tidak ada laporan penilaian Ombudsman untuk wilayah ini sampai 2021" in caption.value
               for caption in app.caption)


def test_the_integrity_row_keeps_kpk_and_ombudsman_real_apart_from_the_synthetic_zi_standing(app):
    open_profile(app, wilayah="Kabupaten Sumedang")
    captions = [caption.value for caption in app.caption]
    assert app.subheader[0].value == "Integritas sekilas"
    assert ":material/verified: Data nyata: KPK, Survei Penilaian Integritas" in captions
    assert ":material/verified: Data nyata: laporan penilaian kepatuhan Ombudsman RI" in captions
    # the mini data's Sumedang rows are all synthetic; its pemda units U1 (WBBM) and U2 (WBK) meet the WBK target of 2
    assert ":material/science: Data sintetis" in captions
    assert any(caption.startswith("1 WBK, 1 WBBM · target WBK 2 unit (tenggat ") and caption.endswith(
        "tercapai 100,0%") for caption in captions)


def test_the_ombudsman_card_shows_the_reported_zone_score_rank_source_and_method(app):
    open_profile(app, wilayah="Kabupaten Lima Puluh Kota")
    assert not app.exception
    # data/real/ombudsman.csv 2021: 46.93, red, 338th of 416, reported by langgam.id
    card = {metric.label: metric for metric in app.metric}["Zona Ombudsman 2021"]
    assert (card.value, card.delta) == ("Merah", "Nilai kepatuhan 46,93")
    captions = [caption.value for caption in app.caption]
    assert "Peringkat 338 dari 416" in captions
    assert "Data nyata, sumber: [langgam\\.id](https://langgam.id/survei-kepatuhan-pelayanan-publik-limapuluh-kota-dan-mentawai-" \
           "dapat-rapor-merah)" in captions
    assert any(caption.startswith("Metode 2021") for caption in captions)


def test_a_year_without_a_report_shows_the_latest_earlier_one_named(app):
    app.query_params["tahun"] = ["2013", "2025"]
    open_profile(app, wilayah="Kabupaten Lima Puluh Kota")
    card = {metric.label: metric for metric in app.metric}["Zona Ombudsman 2024"]
    assert (card.value, card.delta) == ("Hijau", "Nilai kepatuhan 89,44")
    captions = [caption.value for caption in app.caption]
    assert "Opini A · penilaian 2025 tidak ada; menampilkan 2024" in captions
    assert any(caption.startswith("Metode 2022\u20132024") for caption in captions)


def test_a_second_report_of_the_same_year_is_linked_beside_the_one_shown(app):
    app.query_params["tahun"] = ["2013", "2022"]
    open_profile(app, wilayah="Kabupaten Humbang Hasundutan")
    captions = [caption.value for caption in app.caption]
    assert any(caption.startswith("Data nyata, sumber: [mistar\\.id](https://mistar.id/") for caption in captions)
    assert "Juga dilaporkan oleh [sumutpos\\.co](https://sumutpos.co/?p=274926) (Hijau, 89,80)." in captions


def test_the_spi_card_shows_sumedangs_index_zone_change_and_rank_from_the_kpk_table(app):
    app.query_params["tahun"] = ["2013", "2024"]
    open_profile(app, wilayah="Kabupaten Sumedang")
    assert not app.exception
    # data/real/spi.csv: Sumedang 68.60 in 2024, 75.14 in 2023; 13th of 18 kabupaten in Jawa Barat, 264th of 415
    card = {metric.label: metric for metric in app.metric}["Indeks SPI KPK 2024"]
    assert card.value == "68,60" and card.delta == "-6,54"
    captions = " ".join(caption.value for caption in app.caption)
    assert "Zona Rentan" in captions
    assert "peringkat 13 dari 18 kabupaten di Jawa Barat; 264 dari 415 nasional" in captions


def test_a_year_before_the_spi_says_the_region_has_no_spi_yet(app):
    app.query_params["tahun"] = ["2013", "2019"]
    open_profile(app, wilayah="Kabupaten Sumedang")
    assert not app.exception
    assert metric_values(app)["Indeks SPI KPK 2019"] == "Belum ada"


def open_section(app, label: str) -> AppTest:
    app.session_state["bagian"] = label
    return app.run()


def test_the_units_tab_opens_first_and_alone_lists_the_units_at_their_stage(app):
    open_profile(app, wilayah="Kabupaten Sumedang")
    assert [tab.label for tab in app.tabs] == ["Unit & target", "Linimasa", "Nilai LKE", "Sumber"]
    # the other tabs do not run: one grid (the units) and one chart (the target) on the page
    (units,) = (frame.value for frame in app.dataframe)
    assert units["ID unit"].tolist() == ["U1", "U2", "U3"]
    assert units["Tahap"].tolist() == ["WBBM", "WBK", "WBK"]
    assert len(app.get("plotly_chart")) == 1


def test_the_timeline_tab_lists_the_events_once_asked_and_the_agency_declaration(app):
    open_section(open_profile(app, wilayah="Kabupaten Sumedang"), "Linimasa")
    assert len(app.get("plotly_chart")) == 1
    assert "Peringkat unit WBK/WBBM" not in metric_values(app)
    (declarations,) = (frame.value for frame in app.dataframe)
    assert declarations["Instansi"].tolist() == ["Pemerintah Kabupaten Sumedang"]
    app.session_state["profil-peristiwa-buka"] = True
    events, declarations = (frame.value for frame in app.run().dataframe)
    assert len(events) == 12  # E01-E09 and E11-E13 happened by the end of 2021


def test_the_lke_tab_charts_the_chosen_result_beside_the_list(app):
    open_section(open_profile(app, wilayah="Kabupaten Sumedang"), "Nilai LKE")
    (lke,) = (frame.value for frame in app.dataframe)
    assert lke[["Unit kerja", "Total"]].values.tolist() == [["Disdukcapil Sumedang", 86.0]]
    assert app.selectbox(key="profil-lke").value == 0
    assert len(app.get("plotly_chart")) == 1


def test_the_sources_tab_lists_the_sources_cited(app):
    open_section(open_profile(app, wilayah="Kabupaten Sumedang"), "Sumber")
    (sources,) = (frame.value for frame in app.dataframe)
    assert sources["Judul"].tolist() == ["Hand-made test fixture"]


def test_the_open_tab_stays_open_across_a_language_switch(app):
    open_section(open_profile(app, wilayah="Kabupaten Sumedang"), "Nilai LKE")
    app.session_state["lang"] = "en"
    app.run()
    assert app.session_state["bagian"] == "LKE scores"
    assert [tab.label for tab in app.tabs] == ["Units & targets", "Timeline", "LKE scores", "Sources"]
    assert app.selectbox(key="profil-lke").label == "LKE result to chart"


def test_a_link_naming_a_tab_opens_it_and_the_url_keeps_its_name(app):
    open_profile(app, wilayah="Kabupaten Sumedang", bagian="lke")
    assert app.session_state["bagian"] == "Nilai LKE"
    assert app.selectbox(key="profil-lke").value == 0
    app.session_state["lang"] = "en"
    app.run()
    assert app.query_params["bagian"] == "lke"


def test_the_first_tab_leaves_the_url_clean_and_an_unknown_name_opens_it(app):
    open_profile(app, wilayah="Kabupaten Sumedang", bagian="peta")
    assert app.session_state["bagian"] == "Unit & target"
    assert "bagian" not in app.query_params


def test_an_unknown_tab_in_the_session_falls_back_to_the_first(app):
    open_section(open_profile(app, wilayah="Kabupaten Sumedang"), "Peta")
    assert app.session_state["bagian"] == "Unit & target"
    assert len(app.dataframe) == 1


def test_a_region_without_ombudsman_or_target_says_no_data(app):
    open_profile(app, wilayah="Kota Administrasi Jakarta Pusat")
    values = metric_values(app)
    assert values["Zona Ombudsman 2021"] == "Tidak ada data"
    assert values["Peringkat cakupan perangkat daerah"] == "Tidak ada data"
    assert any("Tidak ada target yang berlaku" in caption.value for caption in app.caption)
    assert "Wilayah administrasi DKI Jakarta" in app.caption[0].value


def test_without_a_region_the_page_offers_the_regions_of_the_sidebar_province(app):
    # choosing one opens its profile through the sidebar; tests/browser/test_profil.py drives that
    open_profile(app, prov="Jawa Barat")
    assert not app.metric
    assert len(app.selectbox(key="profil-pilih").options) == 27


def test_profile_speaks_english(app):
    open_profile(app, wilayah="Kabupaten Sumedang", lang="English")
    assert "Rank on units holding WBK or WBBM" in metric_values(app)
    assert metric_values(app)["Ombudsman zone 2021"] == "No data"


def award_only_copy(mini_copy, monkeypatch):
    """The mini data plus Polres Tanah Bumbu (63.10), real and known from reporting only: WBK 2014, revoked 2022."""
    with open(mini_copy / "sources.csv", "a") as sources:
        sources.write("news,Polres Tanah Bumbu kehilangan predikat WBK,berita,2022-07-01,,article,\n")
    with open(mini_copy / "units.csv", "a") as units:
        units.write("P1,Polres Tanah Bumbu,63.10,Kepolisian Negara Republik Indonesia,vertikal,Polres,true,true,"
                    "false,news\n")
    with open(mini_copy / "events.csv", "a") as events:
        events.write("E18,P1,2014-12-09,day,wbk,,news,,false\nE19,P1,2022-06-30,day,dicabut,,news,,false\n")
    monkeypatch.setenv("PANTAU_ZI_DATA_DIRS", str(mini_copy))


def test_an_award_only_unit_is_loaded_and_its_profile_says_its_earlier_history_is_not_recorded(
        app, mini_copy, monkeypatch):
    award_only_copy(mini_copy, monkeypatch)
    open_profile(app, wilayah="Kabupaten Tanah Bumbu")
    assert not app.exception
    assert metric_values(app)["Unit mencanangkan ZI"] == "1" and metric_values(app)["Berpredikat WBK/WBBM"] == "1"
    assert any(caption.value.startswith("Riwayat sebelumnya tidak tercatat untuk Polres Tanah Bumbu")
               for caption in app.caption)
    assert app.success[0].value.startswith("Wilayah ini memiliki fakta nyata")


def test_the_synthetic_notice_names_the_regions_with_real_rows_after_the_data_changes(app, mini_copy, monkeypatch):
    award_only_copy(mini_copy, monkeypatch)
    open_page(app, "ringkasan")
    assert "Fakta nyata hanya untuk Kabupaten Tanah Bumbu, masing-masing" in app.info[0].value


def test_a_region_without_real_rows_gets_no_real_facts_notice_or_badge(app):
    open_profile(app, wilayah="Kabupaten Sumedang")  # the mini data is synthetic throughout
    assert app.info[0].value.startswith("Data di layar ini **sintetis**") and not app.success

"""The Perbandingan page through AppTest on the mini dataset; numbers worked out by hand.

Mini, end of 2021, Jawa Barat (27 kabupaten/kota): only Sumedang holds predicates (U1 WBBM, U2 WBK, the Polres
U3 WBK), so it ranks 1 of 27 and the other 26 tie at rank 2. Coverage exists only where perangkat daerah are
known: Sumedang 2 of 40 = 5.0%, Kota Bandung 1 of 50 = 2.0%; the other 25 have no data.
"""


import pandas as pd
import pytest

from tests.conftest import open_page


@pytest.fixture
def page(app):
    opened = open_page(app, "perbandingan", prov="Jawa Barat", wilayah="Kabupaten Sumedang")
    assert not opened.exception
    return opened


def ranking(app) -> list[dict]:
    return app.dataframe[-1].value.to_dict("records")


def test_the_selected_region_is_ranked_within_its_province(page):
    # among the regions whose units were recorded (Sumedang, Kota Bandung): the other 25 have no data, not 0 units
    assert "peringkat 1 dari 2" in page.markdown[0].value
    table = ranking(page)
    assert len(table) == 27
    assert (table[0]["Nama"], table[0]["Berpredikat WBK/WBBM"]) == ("Kabupaten Sumedang", "3")
    assert (table[1]["Nama"], table[1]["Peringkat"]) == ("Kota Bandung", "2")
    assert {(row["Peringkat"], row["Berpredikat WBK/WBBM"]) for row in table[2:]} == {("\u2013", "Tidak ada data")}


def test_regions_without_a_value_are_listed_last_as_no_data_not_zero(page):
    page.selectbox(key="ukuran").set_value("coverage_pct").run()
    assert "peringkat 1 dari 2" in page.markdown[0].value
    table = ranking(page)
    assert [(row["Nama"], row["Cakupan perangkat daerah (%)"]) for row in table[:2]] == [
        ("Kabupaten Sumedang", "5,0%"), ("Kota Bandung", "2,0%")]
    assert {row["Cakupan perangkat daerah (%)"] for row in table[2:]} == {"Tidak ada data"}
    assert {row["Peringkat"] for row in table[2:]} == {"\u2013"}


def test_peers_are_the_regions_ranked_around_the_selected_one(page):
    peers = page.dataframe[0].value
    assert peers["Nama"].iloc[0] == "Kabupaten Sumedang" and len(peers) == 3


def test_the_owner_split_adds_a_chart_of_pemda_and_vertical_units(page):
    assert len(page.get("plotly_chart")) == 1
    page.toggle(key="pisah_pemilik").set_value(True).run()
    assert not page.exception and len(page.get("plotly_chart")) == 2


# The joint tab, same mini data: of Jawa Barat's 27, only Sumedang (SPI 2021 75.17, waspada; 2 pemda units with a
# predicate of 40 perangkat daerah: 5.0 per 100; no Ombudsman report) and Kota Bandung (67.93, rentan; 0 of 50;
# Ombudsman hijau 2021) have both an SPI and a perangkat daerah count.
@pytest.fixture
def joint_page(app):
    opened = open_page(app, "perbandingan", prov="Jawa Barat", wilayah="Kabupaten Sumedang", bagian="gabungan")
    assert not opened.exception
    return opened


def test_the_joint_tab_draws_regions_with_spi_and_the_measure_coloured_by_ombudsman_zone(joint_page):
    import json

    [chart] = joint_page.get("plotly_chart")
    traces = {trace.get("name"): trace["customdata"] for trace in json.loads(chart.proto.spec)["data"]}
    assert [row[0] for row in traces["Hijau (kepatuhan tinggi)"]] == ["32.73"]
    assert [row[0] for row in traces["Tidak ada data Ombudsman"]] == ["32.11"]
    assert [row[0] for row in traces[None]] == ["32.11"]  # the chosen region, ringed on top
    assert any("2 dari 27 kabupaten/kota tergambar" in caption.value for caption in joint_page.caption)


def test_the_joint_table_lists_every_region_in_scope_with_missing_shown_as_missing(joint_page):
    rows = joint_page.dataframe[-1].value.set_index("Nama")
    assert len(rows) == 27
    sumedang, bandung = rows.loc["Kabupaten Sumedang"], rows.loc["Kota Bandung"]
    assert (sumedang["Indeks SPI KPK"], sumedang["Zona SPI"]) == (75.17, "Waspada")
    assert sumedang["Unit pemda berpredikat WBK/WBBM per 100 perangkat daerah"] == 5.0
    assert pd.isna(sumedang["Zona Ombudsman"]) and pd.isna(sumedang["Tahun penilaian Ombudsman"])
    assert (bandung["Zona Ombudsman"], bandung["Tahun penilaian Ombudsman"]) == ("Hijau", 2021)
    assert pd.isna(rows.loc["Kabupaten Bandung", "Unit pemda berpredikat WBK/WBBM per 100 perangkat daerah"])


def test_the_joint_measure_switches_to_units_declared_per_100(joint_page):
    joint_page.selectbox(key="sumbu").set_value("declared_per_100").run()
    assert not joint_page.exception
    assert joint_page.get("plotly_chart")[0].proto.spec.count("mencanangkan ZI per 100") >= 1


def test_before_2021_the_joint_tab_says_there_is_no_spi_yet(app):
    app.query_params["tahun"] = ["2013", "2019"]
    opened = open_page(app, "perbandingan", prov="Jawa Barat", bagian="gabungan")
    assert not opened.get("plotly_chart") and "SPI belum ada" in opened.info[-1].value
    assert len(opened.dataframe[-1].value) == 27


def test_regions_rank_on_kpks_spi_with_two_decimals_ties_sharing_a_rank(page):
    # KPK's 2021 SPI in Jawa Barat: Kota Cimahi 76.08, Kota Bekasi 75.38, Kota Sukabumi 75.31, Kota Banjar and Kota
    # Bogor 75.22 (both 4th), Sumedang 75.17 (6th of 27)
    page.selectbox(key="ukuran").set_value("spi").run()
    assert not page.exception
    table = ranking(page)
    assert [(row["Peringkat"], row["Nama"], row["Indeks SPI KPK"]) for row in table[:2]] == [
        ("1", "Kota Cimahi", "76,08"), ("2", "Kota Bekasi", "75,38")]
    assert [row["Peringkat"] for row in table[3:5]] == ["4", "4"]
    assert "peringkat 6 dari 27" in page.markdown[0].value


def test_the_joint_table_is_sent_once_its_decimals_written_by_the_browser(joint_page):
    # a Styler would send every cell again as text; the browser writes 75,17 from the number and its step
    import json

    proto = joint_page.dataframe[-1].proto
    assert not proto.arrow_data.HasField("styler")
    spi = json.loads(proto.columns)["Indeks SPI KPK"]
    assert spi["type_config"]["format"] == "localized" and spi["type_config"]["step"] == 0.01

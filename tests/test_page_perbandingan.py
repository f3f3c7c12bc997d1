"""The Perbandingan page through AppTest on the mini dataset; numbers worked out by hand.

Mini, end of 2021, Jawa Barat (27 kabupaten/kota): only Sumedang holds predicates (U1 WBBM, U2 WBK, the Polres
U3 WBK), so it ranks 1 of 27 and the other 26 tie at rank 2. Coverage exists only where perangkat daerah are
known: Sumedang 2 of 40 = 5.0%, Kota Bandung 1 of 50 = 2.0%; the other 25 have no data.
"""


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
    assert "peringkat 1 dari 27" in page.markdown[0].value
    table = ranking(page)
    assert len(table) == 27
    assert (table[0]["Nama"], table[0]["Berpredikat WBK/WBBM"]) == ("Kabupaten Sumedang", "3")
    assert {row["Peringkat"] for row in table[1:]} == {"2"}


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

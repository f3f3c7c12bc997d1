"""The Target vs Capaian page through AppTest on the mini dataset and the real embedded data; numbers worked out
by hand.

Mini, end of 2021: Sumedang's pemda units U1 (WBBM) and U2 (WBK) meet its WBK target of 2 (deadline 2021);
it held none at the end of 2018, so its pace is 2/3 a year. Both declared in 2018, half its declaration target
of 4 (deadline 2021, missed). Kota Bandung holds none of its target of 1 (deadline 2022) with no gain: off
track. Jawa Barat sums them: 2 of 3 WBK, projected 2: off track; 2 of 4 declared (Sumedang's alone).
"""


import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import APP, open_page


@pytest.fixture
def page(app):
    """The target page for Sumedang (sidebar) at the end of 2021; the entry point runs first to set the filters."""
    opened = open_page(app, "target", prov="Jawa Barat", wilayah="Kabupaten Sumedang")
    assert not opened.exception
    return opened


@pytest.fixture
def real(monkeypatch) -> AppTest:
    """The dashboard on the embedded data (the real seeds and the synthetic rest), to the end of 2025."""
    monkeypatch.delenv("PANTAU_ZI_DATA_DIRS", raising=False)
    monkeypatch.delenv("PANTAU_ZI_BOUNDARY_FILE", raising=False)
    return AppTest.from_file(APP, default_timeout=180)


def rows(app, table: int) -> list[dict]:
    return app.dataframe[table].value.to_dict("records")


def shown(row: dict) -> tuple:
    return row["Jenis target"], row["Target"], row["Capaian sekarang"], row["Capaian (%)"], row["Status"]


def test_the_sidebar_region_is_picked_with_a_row_and_a_chart_for_each_of_its_targets(page):
    assert page.multiselect(key="wilayah_banding").value == ["32.11"]
    declared, wbk = rows(page, 0)
    assert declared["Nama"] == wbk["Nama"] == "Kabupaten Sumedang"
    assert shown(declared) == ("Pencanangan ZI", "4", "2", "50", "\u2716 Tenggat lewat, tidak tercapai")
    assert shown(wbk) == ("WBK", "2", "2", "100", "\u2714 Tercapai") and wbk["Laju per tahun"] == "0,7"
    assert len(page.get("plotly_chart")) == 2


def test_the_province_sums_its_regions_with_a_target_for_each_kind(page):
    declared, wbk = rows(page, 1)
    assert (declared["Nama"], declared["Daerah bertarget"], declared["Target"], declared["Capaian sekarang"]) == (
        "Jawa Barat", 1, "4", "2")
    assert (wbk["Nama"], wbk["Daerah bertarget"], wbk["Target"], wbk["Capaian sekarang"]) == ("Jawa Barat", 2, "3", "2")
    assert wbk["Proyeksi pada tenggat"] == "2" and wbk["Status"] == "\u2198 Tertinggal"
    assert wbk["Tahun tenggat"] == "2022"  # a year, never "2.022"


def test_picking_a_second_region_adds_its_row_and_chart(page):
    page.multiselect(key="wilayah_banding").set_value(["32.11", "32.73"]).run()
    bandung = rows(page, 0)[2]
    assert (bandung["Nama"], bandung["Jenis target"], bandung["Target"], bandung["Capaian sekarang"],
            bandung["Status"]) == ("Kota Bandung", "WBK", "1", "0", "\u2198 Tertinggal")
    assert len(page.get("plotly_chart")) == 3


def test_a_region_without_a_target_or_a_pemda_predicate_says_so_instead_of_a_bare_chart(app):
    # Jakarta Pusat: U5 declared in 2019, no predicate, no target.
    page = open_page(app, "target", prov="DKI Jakarta", wilayah="Kota Administrasi Jakarta Pusat")
    [row] = rows(page, 0)
    assert (row["Jenis target"], row["Status"]) == ("\u2013", "\u2013 Tanpa target")
    assert len(page.get("plotly_chart")) == 0
    assert page.info[-1].value == ("Belum ada unit pemda berpredikat; Kota Administrasi Jakarta Pusat tidak punya "
                                   "target yang berlaku.")


def test_sumedangs_real_declaration_target_shows_the_profiles_attainment(real):
    """Real: all 66 SKPD to declare ZI by 2020; 12 pemda units did (12/66 = 18,2 %), none holds a predicate."""
    page = open_page(real, "target", prov="Jawa Barat", wilayah="Kabupaten Sumedang")
    assert not page.exception
    [declared] = rows(page, 0)
    assert shown(declared) == ("Pencanangan ZI", "66", "12", "18,2", "\u2716 Tenggat lewat, tidak tercapai")
    [chart] = page.get("plotly_chart")
    assert "Tanpa target" not in str(chart.proto.spec)


def test_a_region_whose_predicates_are_all_vertical_says_so_instead_of_a_bare_chart(real):
    """Real: Kabupaten Bandung's WBK holders are all vertical agencies (synthetic), and it has no target."""
    page = open_page(real, "target", prov="Jawa Barat", wilayah="Kabupaten Bandung")
    assert len(page.get("plotly_chart")) == 0
    note = page.info[-1].value
    assert note.startswith("Belum ada unit pemda berpredikat; Kabupaten Bandung tidak punya target yang berlaku. ")
    assert "unit instansi vertikal yang berpredikat tidak dihitung" in note


def test_the_page_speaks_english_kinds_and_notes(app):
    page = open_page(app, "target", lang="English", prov="DKI Jakarta", wilayah="Kota Administrasi Jakarta Pusat")
    assert page.info[-1].value == ("No pemda unit holds a predicate yet; Kota Administrasi Jakarta Pusat has no target "
                                   "in force.")
    page.multiselect(key="wilayah_banding").set_value(["31", "31.71"]).run()
    assert rows(page, 0)[-1]["Kind of target"] == "\u2013"

"""The work-unit page through AppTest on the hand-made mini dataset."""


from streamlit.testing.v1 import AppTest

from pantau_zi.unit_table import selection_key
from tests.conftest import open_page
from tests.test_page_profil import award_only_copy


def open_units(app, **params) -> AppTest:
    return open_page(app, "unit", **params)


def test_every_unit_is_listed_with_its_2021_stage_and_counted(app):
    open_units(app)
    assert not app.exception
    table = app.dataframe[0].value
    assert table["ID unit"].tolist() == ["U1", "U2", "U3", "U4", "U5"]
    assert table["Tahap"].tolist() == ["WBBM", "WBK", "WBK", "Evaluasi TPN", "Pencanangan"]
    assert any(caption.value.startswith("5 dari 5 unit ditampilkan") for caption in app.caption)


def test_search_from_the_url_ignores_case_and_the_sidebar_filters_narrow_further(app):
    open_units(app, cari="SUMEDANG", pemilik="Pemda")
    assert app.dataframe[0].value["ID unit"].tolist() == ["U1", "U2"]
    assert any(caption.value.startswith("2 dari 4 unit ditampilkan") for caption in app.caption)


def test_stage_filter_keeps_units_at_the_chosen_stage(app):
    open_units(app)
    app.multiselect(key="tahap").set_value(["wbk"]).run()
    assert app.dataframe[0].value["ID unit"].tolist() == ["U2", "U3"]


def test_selecting_a_unit_shows_its_history_and_lke(app):
    open_units(app, cari="disdukcapil")
    app.session_state[selection_key(2021, "disdukcapil", [])] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    app.run()
    assert app.subheader[0].value == "Riwayat tahap: Disdukcapil Sumedang"
    history, lke = app.dataframe[1].value, app.dataframe[2].value
    assert history["Tahap"].tolist() == ["Pencanangan", "Diusulkan", "Evaluasi TPN", "WBK", "Diusulkan", "WBBM"]
    assert history["Sumber"].unique().tolist() == ["Hand-made test fixture"]
    assert lke[["Tahun", "Total", "Total ≥ minimal WBBM"]].values.tolist() == [[2021, 86.0, True]]


def test_a_unit_chosen_in_the_url_is_selected_with_its_history(app):
    open_units(app, pilih="U2")
    assert app.subheader[0].value == "Riwayat tahap: RSUD Sumedang"
    assert app.dataframe[1].value["Tahap"].tolist() == ["Pencanangan", "Diusulkan", "WBK", "Dicabut"]
    assert any(caption.value == "Tidak ada hasil LKE untuk unit ini." for caption in app.caption)


def test_an_award_only_units_history_says_what_came_before_is_not_recorded(app, mini_copy, monkeypatch):
    award_only_copy(mini_copy, monkeypatch)
    open_units(app, cari="polres tanah")
    app.session_state[selection_key(2021, "polres tanah", [])] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    app.run()
    assert app.subheader[0].value == "Riwayat tahap: Polres Tanah Bumbu"
    assert ("Riwayat sebelumnya tidak tercatat: catatan dimulai dari WBK pada 9 Desember 2014; tahap sebelum itu "
            "tidak diketahui, bukan tidak ada.") in [caption.value for caption in app.caption]


def test_the_page_counts_its_units_as_the_overview_does(app):
    # End of 2021: U1-U5 declared; U2 and U3 hold WBK, U1 WBBM.
    open_units(app)
    assert "5 unit sudah mencanangkan ZI; 3 berpredikat WBK/WBBM (2 WBK, 1 WBBM)." in [
        text.value for text in app.markdown]

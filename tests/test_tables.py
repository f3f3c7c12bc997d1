"""Shared table settings: the columns a reader needs stay in view while a wide table scrolls sideways."""

import json

from streamlit.testing.v1 import AppTest


def shown_table():
    import pandas as pd

    from pantau_zi import ui

    ui.table(pd.DataFrame({"ID unit": ["S-1"], "Nama": ["Dinas"], "Instansi": ["Pemda"], "Tahap": ["WBK"],
                           "Status": ["Tertinggal"]}))


def test_name_stage_and_status_are_pinned_and_the_name_is_narrow_enough_for_a_phone():
    app = AppTest.from_function(shown_table, default_timeout=60).run()
    columns = json.loads(app.dataframe[0].proto.columns)
    assert {label for label, config in columns.items() if config.get("pinned")} == {"Nama", "Tahap", "Status"}
    assert (columns["Nama"]["width"], columns["Tahap"]["width"], columns["Status"]["width"]) == (160, 150, 200)


def test_fractional_numbers_take_the_decimal_comma_in_indonesian_and_keep_their_numeric_values():
    import pandas as pd

    from pantau_zi.ui import _with_decimal_commas

    frame = pd.DataFrame({"Unit": ["A", "B", "C"], "Total": [86.0, 78.5, None], "Pemimpin": [5.68, 4.0, 3.25],
                          "Tahun": [2021, 2022, 2023]})
    shown = _with_decimal_commas(frame, "id").to_html()
    for written in (">86,0<", ">78,5<", ">\u2014<", ">5,68<", ">4,00<", ">3,25<", ">2021<"):
        assert written in shown, written
    assert "5.68" not in shown
    assert _with_decimal_commas(frame, "id").data["Pemimpin"].tolist() == [5.68, 4.0, 3.25]  # sorts as numbers
    assert _with_decimal_commas(frame, "en") is frame

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

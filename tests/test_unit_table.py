"""The work-unit table on the hand-made mini dataset: status columns, search and filters."""

from datetime import date

import pandas as pd
import pytest

from pantau_zi import unit_table
from pantau_zi.loading import load_dataset
from tests.conftest import MINI


@pytest.fixture(scope="module")
def mini():
    return load_dataset((MINI,))


def table_on(data, day: date) -> pd.DataFrame:
    return unit_table.unit_table(data.units, data.events, data.sources, data.regencies, data.provinces, day)


def test_each_unit_shows_its_stage_and_predicate_at_the_end_of_2021(mini):
    table = table_on(mini, unit_table.year_end(2021)).set_index("unit_id")
    assert table["stage"].to_dict() == {"U1": "wbbm", "U2": "wbk", "U3": "wbk", "U4": "evaluasi_tpn",
                                        "U5": "pencanangan"}
    assert pd.isna(table.at["U4", "predicate_held"])
    assert table.at["U1", "since"] == pd.Timestamp("2021-12-09")
    assert table.loc["U1", ["region", "province", "source"]].tolist() == [
        "Kabupaten Sumedang", "Jawa Barat", "Hand-made test fixture"]
    assert list(table.reset_index().columns) == list(unit_table.TABLE_COLUMNS)


def test_a_revoked_unit_shows_dicabut_and_a_unit_before_its_declaration_is_not_yet_declared(mini):
    table = table_on(mini, unit_table.year_end(2022)).set_index("unit_id")
    assert table.loc["U2", ["stage", "predicate_held"]].tolist() == ["dicabut", "dicabut"]
    early = table_on(mini, unit_table.year_end(2016))
    assert set(early["stage"]) == {unit_table.NOT_YET}


def test_search_ignores_case_and_accents():
    table = pd.DataFrame({"unit_id": ["A-1", "A-2", "A-3"], "name": ["Dinas PELAYANAN Terpadu", "Kantor José", None],
                          "instansi": ["Pemkab Sumedang", "Kemenkumham", "Pemkab Polewali Mandar"]})
    assert unit_table.search(table, "pelayanan")["unit_id"].tolist() == ["A-1"]
    assert unit_table.search(table, "JOSE")["unit_id"].tolist() == ["A-2"]
    assert unit_table.search(table, "josé")["unit_id"].tolist() == ["A-2"]


def test_search_looks_in_name_instansi_and_id_and_needs_every_word():
    table = pd.DataFrame({"unit_id": ["S-3211-01", "X-7604-02"], "name": [None, "Dinas Pertanian"],
                          "instansi": ["Pemerintah Kabupaten Sumedang", "Pemerintah Kabupaten Polewali Mandar"]})
    assert unit_table.search(table, "s-3211")["unit_id"].tolist() == ["S-3211-01"]
    assert unit_table.search(table, "polewali pertanian")["unit_id"].tolist() == ["X-7604-02"]
    assert unit_table.search(table, "sumedang pertanian").empty
    assert len(unit_table.search(table, "  ")) == 2


def test_stage_filter_keeps_the_chosen_current_stages_and_none_chosen_keeps_all(mini):
    table = table_on(mini, unit_table.year_end(2021))
    assert sorted(unit_table.with_stages(table, ["wbk"])["unit_id"]) == ["U2", "U3"]
    assert sorted(unit_table.with_stages(table, ["wbbm", "pencanangan"])["unit_id"]) == ["U1", "U5"]
    assert len(unit_table.with_stages(table, [])) == 5


def test_display_names_unknown_units_as_unknown_and_translates_codes():
    table = pd.DataFrame({"name": [None, "RSUD"], "stage": ["belum", "wbk"], "predicate_held": [None, "wbk"],
                          "owner_type": ["pemda", "vertikal"], "since": pd.to_datetime([None, "2020-12-09"])})
    shown = unit_table.for_display(table, "id")
    assert shown["name"].tolist() == ["nama tidak diketahui", "RSUD"]
    assert shown["stage"].tolist() == ["Belum mencanangkan", "WBK"]
    assert shown["owner_type"].tolist() == ["Pemda", "Instansi vertikal"]
    assert shown.at[1, "since"] == date(2020, 12, 9)
    assert unit_table.for_display(table, "en")["name"][0] == "name unknown"


def test_stage_history_lists_a_units_events_in_lifecycle_order_with_their_source(mini):
    history = unit_table.stage_history(mini.events, mini.sources, "U1")
    assert history["stage"].tolist() == ["pencanangan", "usulan", "evaluasi_tpn", "wbk", "usulan", "wbbm"]
    assert history["score"].tolist()[2:4] == [78.0, 78.0]
    assert set(history["source"]) == {"Hand-made test fixture"}


def test_a_new_search_stage_choice_or_year_gives_the_table_a_new_selection_key():
    keys = {unit_table.selection_key(2021, "", []), unit_table.selection_key(2021, "polres", []),
            unit_table.selection_key(2021, "", ["wbk"]), unit_table.selection_key(2020, "", [])}
    assert len(keys) == 4


def test_position_of_finds_a_units_row_or_none():
    table = pd.DataFrame({"unit_id": ["A", "B"]})
    assert (unit_table.position_of(table, "B"), unit_table.position_of(table, "C")) == (1, None)
    assert unit_table.position_of(table, None) is None


def test_repeated_labels_become_categories_but_unique_text_and_dates_stay_as_they_are():
    # Two provinces in twelve rows is under a quarter; twelve names in twelve rows is not.
    frame = pd.DataFrame({"province": ["Jawa Barat"] * 11 + ["Jambi"], "name": [f"Unit {i}" for i in range(12)],
                          "since": [date(2021, 1, i + 1) for i in range(12)]})
    compact = unit_table.repeated_as_categories(frame)
    assert isinstance(compact["province"].dtype, pd.CategoricalDtype)
    assert compact["name"].tolist() == frame["name"].tolist() and compact["name"].dtype == frame["name"].dtype
    assert compact["since"].dtype == object

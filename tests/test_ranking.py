"""Ranking, peers and the owner split; every expected number is worked out by hand."""

import pandas as pd
import pytest

from pantau_zi.filters import Filters
from pantau_zi.loading import load_dataset
from pantau_zi.metrics import unit_years
from pantau_zi.ranking import owner_split, peers, position, ranked, top_with
from tests.conftest import MINI

REGENCIES = pd.DataFrame({
    "code": ["1", "2", "3", "4", "5", "6"],
    "name": ["Alor", "Badung", "Ciamis", "Demak", "Ende", "Flores Timur"],
    "province_code": ["11"] * 6,
    "kind": ["kabupaten"] * 6,
})
PANEL = pd.DataFrame({
    "region_code": ["1", "2", "3", "4", "5", "6", "1"],
    "year": [2021] * 6 + [2020],
    "coverage_pct": [10.0, 30.0, None, 30.0, 5.0, 0.0, 99.0],
})


@pytest.fixture(scope="module")
def table():
    return ranked(PANEL, REGENCIES, 2021, "coverage_pct")


def test_ties_share_the_best_rank_and_the_next_rank_skips(table):
    assert table[["name", "rank"]].head(5).values.tolist() == [
        ["Badung", 1], ["Demak", 1], ["Alor", 3], ["Ende", 4], ["Flores Timur", 5]]


def test_a_region_without_a_value_comes_last_without_a_rank_while_zero_is_ranked(table):
    last = table.iloc[-1]
    assert last["name"] == "Ciamis" and pd.isna(last["rank"]) and pd.isna(last["value"])
    assert table.set_index("name").loc["Flores Timur", "rank"] == 5


def test_position_counts_only_ranked_regions(table):
    assert position(table, "5") == (4, 5)
    assert position(table, "3") == (None, 5)
    assert position(table, None) == (None, 5)


def test_peers_are_the_regions_listed_just_above_and_below(table):
    assert peers(table, "1", around=1)["name"].tolist() == ["Demak", "Alor", "Ende"]
    assert peers(table, "2", around=1)["name"].tolist() == ["Badung", "Demak"]
    assert peers(table, "9").empty


def test_the_selected_region_is_shown_even_outside_the_top(table):
    assert top_with(table, 2, "6")["name"].tolist() == ["Badung", "Demak", "Flores Timur"]
    assert top_with(table, 2, "2")["name"].tolist() == ["Badung", "Demak"]
    assert top_with(table, 2, None)["name"].tolist() == ["Badung", "Demak"]


@pytest.fixture(scope="module")
def mini():
    data = load_dataset([MINI])
    return data, unit_years(data.units, data.events)


def split_of(frame, code):
    rows = frame[frame["region_code"] == code].set_index("owner_type")
    return rows[["wbk", "wbbm"]].to_dict("index")


def test_owner_split_separates_pemda_units_from_vertical_agencies(mini):
    data, unit_year = mini
    # 2021 Sumedang: U1 (pemda) WBBM, U2 (pemda) WBK, U3 (Polres, vertikal) WBK.
    split = owner_split(unit_year, data.regencies, Filters(province="32", owner_type="pemda"), 2021)
    assert split_of(split, "32.11") == {"pemda": {"wbk": 1, "wbbm": 1}, "vertikal": {"wbk": 1, "wbbm": 0}}
    assert split_of(split, "32.73") == {"pemda": {"wbk": 0, "wbbm": 0}, "vertikal": {"wbk": 0, "wbbm": 0}}
    assert set(split["region_code"].str[:2]) == {"32"}


def test_owner_split_follows_the_unit_type_filter_and_the_year(mini):
    data, unit_year = mini
    rsud = owner_split(unit_year, data.regencies, Filters(region="32.11", unit_types=("RSUD",)), 2021)
    assert split_of(rsud, "32.11") == {"pemda": {"wbk": 1, "wbbm": 0}, "vertikal": {"wbk": 0, "wbbm": 0}}
    after_revocation = owner_split(unit_year, data.regencies, Filters(region="32.11"), 2022)
    assert split_of(after_revocation, "32.11")["pemda"] == {"wbk": 0, "wbbm": 1}

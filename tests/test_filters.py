"""Filters on the mini fixture: which regions and units they keep, and the panel they give."""

import pandas as pd
import pytest

from pantau_zi.filters import (
    Filters,
    canonical_switch_query,
    filtered_panel,
    in_years,
    selected_regions,
    selected_units,
)
from pantau_zi.loading import EMBEDDED_PARTS, load_dataset
from pantau_zi.metrics import standing_targets, unit_cube, unit_years
from tests.conftest import MINI


@pytest.fixture(scope="module")
def mini():
    data = load_dataset([MINI])
    return data, unit_years(data.units, data.events)


def panel_row(panel, code, year):
    return panel[(panel["region_code"] == code) & (panel["year"] == year)].iloc[0]


def test_no_filter_keeps_every_region_and_the_nation_is_the_scope(mini):
    data, _ = mini
    assert len(selected_regions(data.regencies, Filters())) == 514
    assert Filters().scope == "nation" and Filters().year == 2025


def test_province_and_kind_narrow_the_regions(mini):
    data, _ = mini
    kota_in_jabar = selected_regions(data.regencies, Filters(province="32", kind="kota"))
    assert "32.73" in set(kota_in_jabar["code"]) and "32.11" not in set(kota_in_jabar["code"])
    assert set(kota_in_jabar["kind"]) == {"kota"} and set(kota_in_jabar["province_code"]) == {"32"}
    assert Filters(province="32").scope == "province" and Filters(province="32", region="32.11").scope == "region"


def test_owner_and_unit_type_narrow_the_units(mini):
    data, _ = mini
    codes = data.regencies["code"]
    assert list(data.units.loc[selected_units(data.units, Filters(owner_type="vertikal"), codes), "unit_id"]) == ["U3"]
    chosen = selected_units(data.units, Filters(unit_types=("RSUD", "DPMPTSP")), codes)
    assert list(data.units.loc[chosen, "unit_id"]) == ["U2", "U4"]


def test_unit_type_filter_narrows_counts_and_pemda_columns_alike(mini):
    data, unit_year = mini
    panel = filtered_panel(unit_year, data.targets, data.perangkat_daerah, data.regencies,
                           Filters(region="32.11", unit_types=("RSUD",)))
    sumedang = panel_row(panel, "32.11", 2021)
    # only U2 (RSUD, pemda, WBK since 2020) is counted
    assert (sumedang["declared"], sumedang["wbk"], sumedang["predicate_pemda"]) == (1, 1, 1)
    assert sumedang["attainment_wbk_pct"] == 50.0  # 1 of a target of 2
    assert len(panel) == 13  # one region, every year


def test_owner_filter_leaves_pemda_attainment_untouched(mini):
    data, unit_year = mini
    panel = filtered_panel(unit_year, data.targets, data.perangkat_daerah, data.regencies,
                           Filters(region="32.11", owner_type="vertikal"))
    sumedang = panel_row(panel, "32.11", 2021)
    assert (sumedang["declared"], sumedang["predicate"]) == (1, 1)  # U3 only
    assert (sumedang["predicate_pemda"], sumedang["attainment_wbk_pct"]) == (2, 100.0)


def test_in_years_keeps_the_chosen_range(mini):
    data, unit_year = mini
    panel = filtered_panel(unit_year, data.targets, data.perangkat_daerah, data.regencies, Filters(region="32.11"))
    assert sorted(in_years(panel, Filters(years=(2019, 2021)))["year"]) == [2019, 2020, 2021]


@pytest.mark.parametrize("query, expected", [
    ("nyata=1", "nyata=true"), ("prov=Jawa+Barat&nyata=Tidak", "prov=Jawa+Barat&nyata=false"),
    ("nyata=ya&tahun=2013&tahun=2024", "nyata=true&tahun=2013&tahun=2024")])
def test_a_hand_written_real_only_value_is_respelt_true_or_false(query, expected):
    assert canonical_switch_query(query) == expected


@pytest.mark.parametrize("query", ["", "nyata=true", "nyata=false&prov=32", "nyata=mungkin", "prov=1"])
def test_a_query_the_switch_reads_or_cannot_read_at_all_is_left_alone(query):
    assert canonical_switch_query(query) is None


SEVERAL_FILTERS = [Filters(), Filters(province="32"), Filters(region="32.11"), Filters(owner_type="vertikal"),
                   Filters(unit_types=("RSUD",)), Filters(province="32", kind="kota", owner_type="pemda"),
                   Filters(province="35", unit_types=("Puskesmas", "Kecamatan"))]


def _same_panel_with_standing_made_once(data):
    cube = unit_cube(unit_years(data.units, data.events))
    standing = standing_targets(data.targets, data.perangkat_daerah, data.regencies["code"])
    for filters in SEVERAL_FILTERS:
        made_per_call = filtered_panel(cube, data.targets, data.perangkat_daerah, data.regencies, filters)
        made_once = filtered_panel(cube, data.targets, data.perangkat_daerah, data.regencies, filters,
                                   standing=standing)
        pd.testing.assert_frame_equal(made_once, made_per_call)


def test_targets_in_force_made_once_give_the_same_panel_on_the_mini_fixture(mini):
    _same_panel_with_standing_made_once(mini[0])


def test_targets_in_force_made_once_give_the_same_panel_on_the_embedded_data():
    _same_panel_with_standing_made_once(load_dataset(EMBEDDED_PARTS))

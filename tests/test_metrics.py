"""Metrics on the mini fixture; every expected number is worked out by hand from tests/fixtures/mini."""

import math

import pandas as pd
import pytest

from pantau_zi.loading import load_dataset
from pantau_zi.metrics import aggregate, region_panel, unit_counts, unit_years
from tests.conftest import MINI


@pytest.fixture(scope="module")
def panel():
    data = load_dataset([MINI])
    return region_panel(data.units, data.events, data.targets, data.perangkat_daerah, data.regencies, range(2017, 2024))


def row(panel, code, year):
    return panel[(panel["region_code"] == code) & (panel["year"] == year)].iloc[0]


def test_panel_has_every_region_every_year(panel):
    assert len(panel) == 514 * 7


def test_sumedang_2021_counts_holdings_net_of_upgrades(panel):
    # U1 WBK 2019 -> WBBM 2021; U2 WBK 2020; U3 (vertikal) WBK 2018.
    sumedang = row(panel, "32.11", 2021)
    assert (sumedang["declared"], sumedang["wbk"], sumedang["wbbm"], sumedang["predicate"]) == (3, 2, 1, 3)
    assert (sumedang["proposed"], sumedang["awarded_wbk"], sumedang["awarded_wbbm"]) == (1, 0, 1)
    assert (sumedang["declared_pemda"], sumedang["predicate_pemda"], sumedang["wbbm_pemda"]) == (2, 2, 1)


def test_sumedang_2021_ratios_against_its_pemda_denominators(panel):
    sumedang = row(panel, "32.11", 2021)
    assert sumedang["coverage_pct"] == 5.0  # 2 pemda units declared of 40 perangkat daerah
    assert sumedang["attainment_declared_pct"] == 50.0  # 2 of a target of 4
    assert sumedang["attainment_wbk_pct"] == 100.0  # U1 (WBBM) and U2 (WBK) against a target of 2
    assert math.isnan(sumedang["attainment_wbbm_pct"])  # no WBBM target


def test_revocation_removes_the_predicate_the_year_it_happens(panel):
    sumedang = row(panel, "32.11", 2022)  # U2 revoked 14 June 2022
    assert (sumedang["wbk"], sumedang["wbbm"], sumedang["revoked"]) == (1, 1, 1)
    assert sumedang["attainment_wbk_pct"] == 50.0


def test_no_target_before_one_is_set_and_earliest_staff_count_fills_earlier_years(panel):
    sumedang = row(panel, "32.11", 2018)
    assert math.isnan(sumedang["attainment_wbk_pct"])
    assert sumedang["perangkat_daerah"] == 40 and sumedang["coverage_pct"] == 5.0


def test_a_failed_evaluation_gives_no_predicate(panel):
    bandung = row(panel, "32.73", 2021)
    assert (bandung["proposed"], bandung["predicate"], bandung["attainment_wbk_pct"]) == (1, 0, 0.0)
    assert bandung["coverage_pct"] == 2.0  # 1 of 50


def test_administrative_regions_have_no_pemda_ratios(panel):
    menteng = row(panel, "31.71", 2021)
    assert menteng["declared"] == 1 and menteng["administrative"]
    assert math.isnan(menteng["coverage_pct"]) and math.isnan(menteng["attainment_wbk_pct"])


def test_national_ratios_use_only_regions_that_have_the_denominator(panel):
    nation = aggregate(panel, ["year"]).set_index("year").loc[2021]
    assert (nation["declared"], nation["proposed"], nation["wbk"], nation["wbbm"]) == (5, 2, 2, 1)
    assert nation["coverage_pct"] == round(100 * 3 / 90, 1)  # Sumedang 2 + Bandung 1 of 40 + 50
    assert nation["attainment_wbk_pct"] == round(100 * 2 / 3, 1)


def test_province_aggregate_sums_its_regions(panel):
    jabar = aggregate(panel, ["province_code", "year"]).set_index(["province_code", "year"]).loc[("32", 2021)]
    assert (jabar["declared"], jabar["predicate"], jabar["perangkat_daerah"]) == (4, 3, 90)


def test_award_only_units_count_as_declared_and_holding_from_their_first_recorded_event():
    # Public reporting only: K (pemda) WBK 2014, revoked 2022; P (vertikal) WBBM 2021; R (pemda) revoked 2022.
    units = pd.DataFrame({"unit_id": ["K", "P", "R"], "region_code": ["63.10"] * 3,
                          "owner_type": ["pemda", "vertikal", "pemda"], "unit_type": ["Kecamatan", "Polres", "RSUD"]})
    events = pd.DataFrame({"unit_id": ["K", "K", "P", "R"], "stage": ["wbk", "dicabut", "wbbm", "dicabut"],
                           "date": pd.to_datetime(["2014-12-09", "2022-06-30", "2021-12-06", "2022-06-30"])})
    flags = unit_years(units, events, range(2013, 2024)).set_index(["unit_id", "year"])
    assert flags.loc[("K", 2013), "declared"] == 0 and flags.loc[("K", 2014), "declared"] == 1
    assert flags.loc[("K", 2020), "wbk"] == 1 and flags.loc[("K", 2023), "wbk"] == 0
    assert flags.loc[("P", 2021), ["declared", "wbbm"]].tolist() == [1, 1]
    assert flags.loc[("R", 2022), ["declared", "wbk", "wbbm"]].tolist() == [1, 0, 0]
    counts = unit_counts(flags.reset_index(), ["63.10"], range(2013, 2024)).loc["63.10"]
    assert counts.loc[2021, ["declared", "predicate"]].tolist() == [2, 2]
    assert counts.loc[2023, ["declared", "predicate", "revoked"]].tolist() == [3, 1, 0]


def test_unit_years_carry_a_predicate_won_before_the_first_year_and_ignore_events_of_unlisted_units():
    # A: declared 2010, WBK 2012, WBBM 2030 (after the last year); B: no events; Z is not a listed unit.
    units = pd.DataFrame({"unit_id": ["B", "A"], "region_code": ["32.11"] * 2, "owner_type": ["pemda"] * 2,
                          "unit_type": ["RSUD", "Dinas"]})
    events = pd.DataFrame({"unit_id": ["A", "A", "Z", "A", "A"],
                           "stage": ["wbbm", "wbk", "pencanangan", "pencanangan", "usulan"],
                           "date": pd.to_datetime(["2030-01-01", "2012-12-09", "2014-01-01", "2010-01-01",
                                                   "2015-03-01"])})
    flags = unit_years(units, events, range(2014, 2017))
    assert flags["unit_id"].tolist() == ["B"] * 3 + ["A"] * 3 and flags["year"].tolist() == [2014, 2015, 2016] * 2
    a = flags.set_index(["unit_id", "year"]).loc["A"]
    assert a["declared"].tolist() == [1, 1, 1] and a["wbk"].tolist() == [1, 1, 1] and a["wbbm"].sum() == 0
    assert a["proposed"].tolist() == [0, 1, 0] and a["awarded_wbk"].sum() == 0
    assert flags.set_index("unit_id").loc["B", ["declared", "wbk", "proposed"]].to_numpy().sum() == 0

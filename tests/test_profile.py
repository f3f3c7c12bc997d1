"""A region's profile on the hand-made mini dataset (numbers from tests/test_metrics.py) and the real seeds."""


import pandas as pd
import pytest

from pantau_zi import profile
from pantau_zi.domain import lke_minima
from pantau_zi.filters import Filters, filtered_panel
from pantau_zi.loading import load_dataset
from pantau_zi.metrics import unit_years
from pantau_zi.paths import EMBEDDED_DIR
from tests.conftest import MINI


@pytest.fixture(scope="module")
def mini():
    return load_dataset((MINI,))


@pytest.fixture(scope="module")
def seeds():
    return load_dataset((EMBEDDED_DIR / "seeds",))


def panel(data, **filters) -> pd.DataFrame:
    return filtered_panel(unit_years(data.units, data.events), data.targets, data.perangkat_daerah, data.regencies,
                          Filters(**filters))


def sumedang_units(data):
    return data.units[data.units["region_code"] == "32.11"]


def test_header_names_the_region_its_province_and_whether_it_has_its_own_pemda(mini):
    sumedang = profile.region_header(mini, "32.11")
    assert (sumedang.name, sumedang.kind, sumedang.province, sumedang.capital) == (
        "Kabupaten Sumedang", "kabupaten", "Jawa Barat", "Sumedang Utara")
    assert sumedang.population == 1226660 and not sumedang.administrative
    assert profile.region_header(mini, "31.71").administrative


def test_units_are_listed_with_their_2021_stage_furthest_along_first(mini):
    table = profile.units_table(mini, sumedang_units(mini), 2021)
    assert table["unit_id"].tolist() == ["U1", "U2", "U3"]
    assert table["stage"].tolist() == ["wbbm", "wbk", "wbk"]
    assert list(table.columns) == list(profile.PROFILE_UNIT_COLUMNS)


def test_unnamed_units_are_labelled_unknown_with_their_id_never_a_made_up_name(seeds):
    labels = profile.unit_label(sumedang_units(seeds), "id")
    assert labels["S-3211-01"] == "nama tidak diketahui (S-3211-01)"
    assert labels.nunique() == 12


def test_timeline_holds_every_event_up_to_the_year_in_date_order_with_its_source(mini):
    rows = profile.timeline_rows(mini, sumedang_units(mini), 2019, "id")
    # U3 declared 2017, U1 and U2 on 2018-03-01, U3 proposed and awarded 2018, U1 proposed, evaluated, awarded 2019
    assert rows["unit_id"].tolist() == ["U3", "U1", "U2", "U3", "U3", "U1", "U1", "U1"]
    assert rows["stage"].tolist()[-1] == "wbk" and rows["date"].max() == pd.Timestamp("2019-12-09")
    assert set(rows["source"]) == {"Hand-made test fixture"}


def test_target_progress_sets_each_target_in_force_against_the_pemda_count(mini):
    sumedang = panel(mini, region="32.11")
    progress = profile.target_progress(sumedang, 2021)
    # target set 2019: 4 pemda units declared (U1, U2 did) and 2 holding a predicate (U1 WBBM, U2 WBK)
    assert progress.to_dict("records") == [
        {"goal": "declared", "target": 4, "current": 2, "deadline_year": 2021},
        {"goal": "wbk", "target": 2, "current": 2, "deadline_year": 2021}]
    assert profile.target_progress(sumedang, 2018).empty


def test_headline_shows_the_attainment_of_the_target_in_force(mini, seeds):
    assert profile.headline_metrics(panel(mini, region="32.11"), 2021)[3] == "attainment_wbk_pct"
    # Sumedang's real target (2019) names only units to declare
    assert profile.headline_metrics(panel(seeds, region="32.11"), 2020)[3] == "attainment_declared_pct"
    assert profile.headline_metrics(panel(mini, region="32.11"), 2018)[3] == "attainment_wbk_pct"


def test_rank_in_province_counts_only_regions_with_a_value(mini):
    jabar = panel(mini, province="32")
    # predicate 2021: Sumedang 3 units, the other 26 regions of Jawa Barat 0
    assert profile.province_rank(jabar, "32.11", 2021, "predicate", "Jawa Barat") == profile.Rank(1, 27, "Jawa Barat")
    assert profile.province_rank(jabar, "32.73", 2021, "predicate", "Jawa Barat").position == 2
    # coverage 2021: Sumedang 2/40 = 5%, Kota Bandung 1/50 = 2%; no other region has a denominator
    assert profile.province_rank(jabar, "32.73", 2021, "coverage_pct", "Jawa Barat") == profile.Rank(2, 2, "Jawa Barat")
    assert profile.province_rank(jabar, "32.01", 2021, "coverage_pct", "Jawa Barat") is None


def test_lke_rows_flag_totals_against_the_wbk_and_wbbm_minima(mini):
    rows = profile.lke_rows(mini.lke, ["U1"], 2021)
    assert rows[["unit_id", "year", "total", "meets_wbk", "meets_wbbm"]].to_dict("records") == [
        {"unit_id": "U1", "year": 2021, "total": 86.0, "meets_wbk": True, "meets_wbbm": True}]
    assert profile.lke_rows(mini.lke, ["U1"], 2020).empty
    low = mini.lke.assign(total=80.0)
    assert profile.lke_rows(low, ["U1"])[["meets_wbk", "meets_wbbm"]].iloc[0].tolist() == [True, False]


def test_lke_areas_set_each_part_against_its_maximum_and_minima(mini):
    parts = profile.lke_areas(mini.lke.iloc[0]).set_index("part")
    assert parts.loc["manajemen_perubahan"].tolist() == [7.0, 8.0, 4.8, 6.0]
    assert parts.loc["capaian_kinerja"].tolist() == [4.0, 5.0, 2.5, 3.75]
    assert len(parts) == 9


def test_lke_minima_are_sixty_and_seventy_five_percent_of_each_area_and_the_regulation_totals():
    assert lke_minima("wbk")["pengawasan"] == 9.0 and lke_minima("wbbm")["pengawasan"] == 11.25
    assert (lke_minima("wbk")["total"], lke_minima("wbbm")["total"]) == (75.0, 85.0)
    assert lke_minima("wbk")["ipkp"] == 14.0 and lke_minima("wbbm")["ipkp"] == 15.75


def test_sumedangs_real_facts_cite_the_eljabar_article_and_nothing_synthetic(seeds):
    rows = profile.region_rows(seeds, ["32.11"], sumedang_units(seeds))
    sources = profile.sources_cited(seeds, rows)
    assert sources[["publisher", "kind"]].values.tolist() == [["eljabar.com", "article"]]
    assert not profile.has_synthetic(rows)


def test_sarolangun_shows_its_real_agency_wide_declaration_with_its_article(seeds):
    rows = profile.region_rows(seeds, ["15.03"], seeds.units[seeds.units["region_code"] == "15.03"])
    declared = profile.declarations(seeds, rows)
    assert declared[["instansi", "date"]].values.tolist() == [
        ["Pemerintah Kabupaten Sarolangun", pd.Timestamp("2018-02-06")]]
    assert declared.at[0, "source"].startswith("Pemkab Sarolangun mencanangkan")


def test_a_region_with_synthetic_rows_is_flagged(mini):
    assert profile.has_synthetic(profile.region_rows(mini, ["32.11"], sumedang_units(mini)))



def test_the_real_facts_follow_the_rows_with_synthetic_false_and_change_when_the_data_does(seeds):
    def tables(data):
        return {table: getattr(data, table) for table in (*profile.REGION_TABLES, "units", "events", "lke")}

    assert profile.real_regions(tables(seeds), seeds.units) == {"15.03", "16.06", "32.11", "63.10", "76.04"}
    # Tanah Bumbu's real units and declaration replaced by synthetic rows: the region has no real fact left
    synthetic_there = {table: frame.assign(synthetic=frame["synthetic"].where(
        (frame["region_code"] if "region_code" in frame else frame["unit_id"].str[:6].map({"S-6310": "63.10"}))
        != "63.10", True)) for table, frame in tables(seeds).items()}
    assert profile.real_regions(synthetic_there, seeds.units) == {"15.03", "16.06", "32.11", "76.04"}


def test_the_zi_standing_splits_the_pemda_predicates_and_is_missing_where_nobody_counted_or_no_target():
    from pantau_zi.profile import zi_standing

    panel = pd.DataFrame({"year": [2023, 2024], "predicate_pemda": [3, None], "wbbm_pemda": [1, None],
                          "target_wbk": [6, None], "attainment_wbk_pct": [50.0, None], "deadline_year": [2025, None]})
    assert zi_standing(panel, 2023) == {"predicate": 3, "wbk": 2, "wbbm": 1, "target": 6, "attainment": 50.0,
                                        "deadline": 2025}
    assert zi_standing(panel, 2024) == {"predicate": None, "wbk": None, "wbbm": None, "target": None,
                                        "attainment": None, "deadline": None}

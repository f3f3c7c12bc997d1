"""On-track logic on small hand-made panels; every expected number is worked out in the comments."""

import math

import pandas as pd
import pytest

from pantau_zi.progress import aggregate_status, province_status, region_status, yearly

YEARS = range(2018, 2023)


def make_panel(regions: dict) -> pd.DataFrame:
    """regions: code -> (pemda units holding WBK/WBBM per year 2018..2022, target_wbk, deadline, province)."""
    rows = []
    for code, (counts, target, deadline, province) in regions.items():
        for year, count in zip(YEARS, counts):
            rows.append({"region_code": code, "year": year, "predicate_pemda": count, "wbbm_pemda": count // 2,
                         "target_wbk": target, "target_wbbm": None, "deadline_year": deadline,
                         "province_code": province})
    return pd.DataFrame(rows)


PANEL = make_panel({
    "11.01": ([0, 1, 2, 3, 4], 10, 2025, "11"),   # pace (4-1)/3 = 1; 4 + 1*3 = 7 < 10: off track
    "11.02": ([0, 0, 2, 4, 6], 10, 2024, "11"),   # pace (6-0)/3 = 2; 6 + 2*2 = 10: on track
    "12.01": ([1, 2, 3, 5, 5], 5, 2024, "12"),    # 5 of 5: achieved; pace 1, projected 5 + 2 = 7
    "12.02": ([0, 1, 1, 2, 2], 4, 2022, "12"),    # deadline is the status year and 2 < 4: missed
    "12.03": ([0, 0, 1, 1, 1], None, None, "12"),  # no target
    "12.04": ([3, 3, 3, 2, 2], 5, 2030, "12"),    # pace (2-3)/3 < 0; 2 - 8/3 < 0 -> projected 0: off track
})


@pytest.fixture(scope="module")
def statuses():
    return region_status(PANEL, 2022).set_index("region_code")


def test_each_region_gets_the_status_its_pace_implies(statuses):
    assert statuses["status"].to_dict() == {"11.01": "off_track", "11.02": "on_track", "12.01": "achieved",
                                            "12.02": "missed", "12.03": "no_target", "12.04": "off_track"}


def test_pace_is_the_average_net_gain_of_the_last_three_years_and_projects_to_the_deadline(statuses):
    assert statuses.loc["11.01", ["current", "pace", "projected"]].tolist() == [4, 1, 7]
    assert statuses.loc["11.02", ["current", "pace", "projected"]].tolist() == [6, 2, 10]


def test_a_falling_count_projects_to_zero_not_below(statuses):
    assert statuses.loc["12.04", "pace"] == -0.33
    assert statuses.loc["12.04", "projected"] == 0


def test_a_passed_deadline_projects_no_further_and_no_target_projects_nothing(statuses):
    assert statuses.loc["12.02", "projected"] == 2
    assert math.isnan(statuses.loc["12.03", "projected"]) and math.isnan(statuses.loc["12.03", "target"])


def test_pace_uses_the_years_there_are_when_history_is_short():
    early = region_status(PANEL, 2019).set_index("region_code")
    assert early.loc["11.02", "pace"] == 0  # 0 in 2018 and 2019, over one year
    assert early.loc["12.01", "pace"] == 1  # (2 - 1) / 1


def test_a_group_sums_targets_counts_and_projections_over_regions_with_a_target(statuses):
    group = aggregate_status(statuses.reset_index(), 2022)
    # 11.01, 11.02, 12.01, 12.02, 12.04: targets 10+10+5+4+5, counts 4+6+5+2+2, projections 7+10+7+2+0
    assert group[["regions", "target", "current", "projected", "deadline_year"]].tolist() == [5, 34, 19, 26, 2030]
    assert group["status"] == "off_track"


def test_provinces_are_summed_separately(statuses):
    provinces = province_status(statuses.reset_index(), 2022).set_index("province_code")
    assert provinces.loc["11", ["regions", "target", "current", "projected", "status"]].tolist() == [
        2, 20, 10, 17, "off_track"]
    assert provinces.loc["12", ["regions", "target", "current", "status"]].tolist() == [3, 14, 9, "off_track"]


def test_a_group_with_no_target_says_so():
    group = aggregate_status(region_status(PANEL[PANEL["region_code"] == "12.03"], 2022), 2022)
    assert group["status"] == "no_target" and group["regions"] == 0


def test_a_group_that_reached_its_summed_target_is_achieved():
    panel = make_panel({"1": ([0, 0, 0, 1, 3], 2, 2024, "11"), "2": ([0, 0, 0, 0, 1], 2, 2024, "11")})
    assert aggregate_status(region_status(panel, 2022), 2022)["status"] == "achieved"  # 4 of 4


def test_yearly_stacks_wbk_only_and_wbbm_and_sums_targets_until_their_deadlines():
    panel = make_panel({"1": ([0, 1, 2, 3, 4], 3, 2020, "11"), "2": ([2, 2, 2, 2, 2], 5, 2025, "11")})
    years = yearly(panel, ["1", "2"]).set_index("year")
    assert years["counted"].tolist() == [2, 3, 4, 5, 6]
    assert years["wbbm_pemda"].tolist() == [1, 1, 2, 2, 3]  # count // 2 of each region, summed
    assert (years["wbk_only"] + years["wbbm_pemda"]).tolist() == [2, 3, 4, 5, 6]
    assert years["target"].tolist() == [8, 8, 8, 5, 5]  # region 1's target of 3 ends with 2020


def test_choices_are_a_region_itself_or_the_sum_of_a_province_or_the_nation(statuses):
    from pantau_zi.progress import NATION, chart_regions, choice_status

    table = choice_status([NATION, "11", "12.02", "12.03"], statuses.reset_index(), 2022).set_index("choice")
    assert table.loc[NATION, ["regions", "target", "current"]].tolist() == [5, 34, 19]
    assert table.loc["11", ["regions", "target", "status"]].tolist() == [2, 20, "off_track"]
    assert table.loc["12.02", ["regions", "target", "current", "status"]].tolist() == [1, 4, 2, "missed"]
    assert table.loc["12.03", ["regions", "status"]].tolist() == [0, "no_target"]
    assert chart_regions("12", statuses.reset_index()) == ["12.01", "12.02", "12.04"]
    assert chart_regions("12.03", statuses.reset_index()) == ["12.03"]


def test_a_choice_s_row_is_the_same_alone_or_among_others(statuses):
    """The target page draws each choice's chart from its row alone (cached per choice), the table from all rows."""
    from pantau_zi.progress import NATION, choice_status

    everyone = statuses.reset_index()
    chosen = [NATION, "11", "12", "12.02", "12.03", "11.01"]
    table = choice_status(chosen, everyone, 2022)
    for index, choice in enumerate(chosen):
        alone = choice_status([choice], everyone, 2022).iloc[0]
        assert alone.to_dict() == pytest.approx(table.iloc[index].to_dict(), nan_ok=True)

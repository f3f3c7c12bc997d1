"""On-track logic on small hand-made panels; every expected number is worked out in the comments."""

import math

import pandas as pd
import pytest

from pantau_zi.progress import aggregate_status, province_status, region_status, yearly

YEARS = range(2018, 2023)


def make_panel(regions: dict) -> pd.DataFrame:
    """regions: code -> (pemda units holding WBK/WBBM per year 2018..2022, target_wbk, deadline, province); every
    unit is the pemda's, and as many have declared ZI, without a target for it."""
    rows = []
    for code, (counts, target, deadline, province) in regions.items():
        for year, count in zip(YEARS, counts):
            rows.append({"region_code": code, "year": year, "predicate_pemda": count, "wbbm_pemda": count // 2,
                         "declared_pemda": count, "predicate": count, "wbbm": count // 2, "declared": count,
                         "target_wbk": target, "target_wbbm": None, "target_declared": None,
                         "deadline_year": deadline, "province_code": province})
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


def declaration_panel() -> pd.DataFrame:
    """Sumedang-like: declare 66 pemda units by 2020 (set 2019); 12 declared in 2020, none hold a predicate, but
    6 vertical units do by 2022. Kota-like 32.73 has no target at all and nothing pemda."""
    rows = []
    for code, declared, target in (("32.11", [0, 0, 12, 12, 12], 66), ("32.73", [0, 0, 0, 0, 0], None)):
        for year, count in zip(YEARS, declared):
            rows.append({"region_code": code, "year": year, "declared_pemda": count, "predicate_pemda": 0,
                         "wbbm_pemda": 0, "declared": count + 7, "predicate": 6 if year >= 2022 else 0, "wbbm": 0,
                         "target_declared": target, "target_wbk": None, "target_wbbm": None,
                         "deadline_year": 2020 if target else None, "province_code": "32"})
    return pd.DataFrame(rows)


def every_kind(panel: pd.DataFrame, choices: list[str], year: int = 2022) -> pd.DataFrame:
    from pantau_zi.progress import TARGETS, choice_status, every_target

    return every_target({kind: choice_status(choices, region_status(panel, year, kind), year) for kind in TARGETS})


def test_a_declaration_target_gets_its_own_progress_and_status():
    # 12 of 66 declared by the end of 2022 (12/66 = 18.2 %); pace (12 - 0) / 3 = 4; the 2020 deadline has passed.
    [sumedang] = every_kind(declaration_panel(), ["32.11"]).to_dict("records")
    assert (sumedang["target_kind"], sumedang["target"], sumedang["current"], sumedang["attainment"]) == (
        "declared", 66, 12, 18.2)
    assert (sumedang["pace"], sumedang["status"]) == (4, "missed")


def test_every_kind_of_target_a_choice_has_is_a_row_and_a_choice_without_one_keeps_one_row():
    # 11.01 declares 1..5 units (target 8 by 2025: pace 1, 5 + 3 = 8, on track) and holds 0..4 WBK (target 10:
    # 4 + 3 = 7, off track); 11.02 has no target; province 11 sums 11.01 alone.
    panel = make_panel({"11.01": ([0, 1, 2, 3, 4], 10, 2025, "11"), "11.02": ([0] * 5, None, None, "11")})
    panel = panel.assign(declared_pemda=panel["predicate_pemda"] + 1, target_declared=[8] * 5 + [None] * 5)
    table = every_kind(panel, ["11.01", "11.02", "11"])
    assert table[["choice", "target_kind", "status"]].fillna("-").values.tolist() == [
        ["11.01", "declared", "on_track"], ["11.01", "wbk", "off_track"], ["11.02", "-", "no_target"],
        ["11", "declared", "on_track"], ["11", "wbk", "off_track"]]
    assert table["attainment"].tolist()[:2] == [62.5, 40.0]  # 5 of 8, 4 of 10


def test_an_empty_chart_is_replaced_by_words_naming_the_targets_there_are():
    from pantau_zi.progress import empty_chart_note, yearly

    panel = declaration_panel()
    targets = every_kind(panel, ["32.11"])
    assert empty_chart_note(yearly(panel, ["32.11"], "declared"), "declared", targets, "Kabupaten Sumedang",
                            "id") is None
    assert empty_chart_note(yearly(panel, ["32.11"], "wbk"), "wbk", targets, "Kabupaten Sumedang", "id") == (
        "Belum ada unit pemda berpredikat; target Kabupaten Sumedang adalah pencanangan 66 unit pada 2020. "
        "6 unit instansi vertikal yang berpredikat tidak dihitung: target hanya menghitung unit milik pemda.")
    nothing = every_kind(panel, ["32.73"])
    assert empty_chart_note(yearly(panel, ["32.73"], "wbk"), "wbk", nothing, "Kota Bandung", "en") == (
        "No pemda unit holds a predicate yet; Kota Bandung has no target in force. 6 central-agency units holding a"
        " predicate are not counted: targets count only the pemda's own units.")


def test_a_province_without_a_target_of_its_own_names_its_goals_as_the_sum_of_its_regions_targets():
    from pantau_zi.progress import empty_chart_note, yearly

    panel = declaration_panel()
    province = every_kind(panel, ["32"])  # only Sumedang (32.11) has a target in the province
    assert empty_chart_note(yearly(panel, ["32.11", "32.73"], "wbk"), "wbk", province, "Jawa Barat", "id",
                            group=True).startswith(
        "Belum ada unit pemda berpredikat; target kabupaten/kota di Jawa Barat: pencanangan 66 unit pada 2020 "
        "(jumlah dari 1 kabupaten/kota bertarget). ")


def test_a_single_chart_shows_the_wbk_target_first_else_the_declaration_target():
    from pantau_zi.progress import headline_target

    assert headline_target(every_kind(declaration_panel(), ["32.11"])) == "declared"
    assert headline_target(every_kind(declaration_panel(), ["32.73"])) is None
    assert headline_target(every_kind(PANEL, ["11.01"])) == "wbk"


def test_sumedangs_real_declaration_target_shows_the_attainment_the_profile_shows():
    """Real data: all 66 SKPD to declare ZI by 2020 (set 2019); 12 pemda units did, 12/66 = 18.2 %."""
    from pantau_zi.filters import Filters, filtered_panel
    from pantau_zi.loading import EMBEDDED_PARTS, load_dataset
    from pantau_zi.metrics import unit_years

    data = load_dataset(EMBEDDED_PARTS)
    panel = filtered_panel(unit_years(data.units, data.events), data.targets, data.perangkat_daerah, data.regencies,
                           Filters(province="32"))
    rows = every_kind(panel, ["32.11", "32"], 2025).set_index(["choice", "target_kind"])
    sumedang = rows.loc[("32.11", "declared")]
    assert (sumedang["target"], sumedang["current"], sumedang["status"]) == (66, 12, "missed")
    in_panel = panel.set_index(["region_code", "year"])
    assert sumedang["attainment"] == in_panel.loc[("32.11", 2025), "attainment_declared_pct"] == 18.2
    assert [kind for choice, kind in rows.index if choice == "32.11"] == ["declared"]
    # every region's row repeats the panel's attainment, for each kind of target
    for kind in ("declared", "wbk", "wbbm"):
        statuses = region_status(panel, 2025, kind).set_index("region_code")["attainment"]
        assert statuses.equals(in_panel.xs(2025, level="year")[f"attainment_{kind}_pct"].rename("attainment"))

import pandas as pd

from pantau_zi import national
from pantau_zi.paths import REAL_DIR


def test_every_reported_national_figure_is_kept_once_with_its_scope_and_source(shared_data):
    ours = pd.read_csv(REAL_DIR / "national.csv", dtype=str)
    reported = pd.concat([pd.read_csv(shared_data("../domain/national-by-year.csv"), dtype=str),
                          pd.read_csv(shared_data("national-additions.csv"), dtype=str)])
    keys = ["year", "metric", "value", "source_url"]
    assert set(map(tuple, ours[keys].to_numpy())) == set(map(tuple, reported[keys].to_numpy()))
    assert not ours.duplicated(keys).any()
    assert ours["scope"].notna().all()


def test_only_rows_whose_scope_is_the_whole_country_are_flagged_national():
    ours = pd.read_csv(REAL_DIR / "national.csv")
    polri = ours[ours["scope"] == "Polri only"]
    assert not polri.empty and not polri["national"].any()
    assert ours.query("year == 2020 and metric == 'wbk_awarded'")["value"].tolist() == [681]


def reported(*rows) -> pd.DataFrame:
    """A hand-made national.csv: (year, metric, value, scope, national)."""
    frame = pd.DataFrame(rows, columns=["year", "metric", "value", "scope", "national"])
    return frame.assign(source_url=[f"https://example.org/{number}" for number in range(len(frame))])


FIXTURE = reported(
    (2017, "wbk_awarded", 71, "national; BPK Riau reports 77 instead", True),
    (2017, "wbk_awarded_alt", 77, "national; conflicts with 71", True),
    (2017, "wbbm_awarded", 6, "national", True),
    (2017, "units_proposed", 72, "Polri only", False),
    (2019, "wbk_awarded_cumulative_probable", 778, "national; almost certainly CUMULATIVE", True),
    (2024, "share_predicates_held_by_kl_pct", 90.5, "national; approx.", True),
)


def test_the_panel_shows_every_national_report_of_a_year_conflicts_included_with_caveat_and_source():
    panel = national.national_panel(FIXTURE, 2017, "id")
    assert pd.isna(panel.at[2, "scope"])  # 'national' and nothing more: no caveat
    assert panel.drop(index=2, columns="scope").to_dict("list") | {"scope": panel["scope"][:2].tolist()} == {
        "figure": ["Unit meraih WBK", "Unit meraih WBK (angka lain yang dilaporkan)"], "value": [71, 77],
        "scope": ["BPK Riau reports 77 instead", "conflicts with 71"],
        "source_url": ["https://example.org/0", "https://example.org/1"]}
    assert panel.at[2, "figure"] == "Unit meraih WBBM"


def test_a_probably_cumulative_figure_says_so_and_a_fraction_stays_a_fraction():
    assert national.national_panel(FIXTURE, 2019, "en")["figure"].tolist() == [
        "Units awarded WBK (almost certainly cumulative)"]
    assert national.national_panel(FIXTURE, 2024, "id")["value"].tolist() == [90.5]


def test_a_year_without_national_reports_is_empty_and_the_years_with_some_are_listed():
    assert national.national_panel(FIXTURE, 2016, "id").empty
    assert national.years_reported(FIXTURE) == [2017, 2019, 2024]


def test_every_reported_national_metric_has_a_label_in_both_languages():
    ours = national.load_reported()
    for metric in ours.loc[ours["national"], "metric"].unique():
        base, _ = national.split_metric(metric)
        assert base in national.METRICS, metric
        assert national.figure_label(metric, "id") != national.figure_label(metric, "en")
    assert national.national_panel(ours, 2025, "id")["value"].tolist() == [133, 297]

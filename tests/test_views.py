import pandas as pd

from pantau_zi.views import HeadlineFigure, headline_figures, target_trend


def yearly() -> pd.DataFrame:
    return pd.DataFrame({"year": [2019, 2020, 2021], "declared": [3, 5, 9],
                         "attainment_wbk_pct": [float("nan"), 50.0, 62.5]})


def test_headline_gives_value_change_and_trend_up_to_the_year():
    declared, attainment = headline_figures(yearly(), 2021, ("declared", "attainment_wbk_pct"))
    assert (declared.value, declared.delta, declared.trend) == (9, 4, (3.0, 5.0, 9.0))
    assert (attainment.value, attainment.delta, attainment.trend) == (62.5, 12.5, (50.0, 62.5))


def test_first_year_and_missing_values_have_no_change():
    (declared,) = headline_figures(yearly(), 2019, ("declared",))
    assert declared.delta is None
    (attainment,) = headline_figures(yearly(), 2020, ("attainment_wbk_pct",))
    assert attainment.delta is None and attainment.value == 50.0


def test_values_are_written_in_the_languages_number_style():
    assert HeadlineFigure("declared", 12345, None, ()).value_text("id") == "12.345"
    assert HeadlineFigure("coverage_pct", 1234.5, None, ()).value_text("id") == "1.234,5%"
    assert HeadlineFigure("coverage_pct", 1234.5, None, ()).value_text("en") == "1,234.5%"
    assert HeadlineFigure("coverage_pct", None, None, ()).value_text("id") == "\u2014"


def test_changes_carry_a_sign_and_percentages_change_in_points():
    assert HeadlineFigure("declared", 9, -1234, ()).delta_text("id") == "-1.234"
    assert HeadlineFigure("declared", 9, 0, ()).delta_text("id") == "+0"
    assert HeadlineFigure("coverage_pct", 9, 2.5, ()).delta_text("id") == "+2,5 poin"
    assert HeadlineFigure("coverage_pct", 9, 2.5, ()).delta_text("en") == "+2.5 pts"
    assert HeadlineFigure("coverage_pct", 9, None, ()).delta_text("en") is None


def test_maps_zoom_to_the_chosen_province_or_the_chosen_regions_province():
    from pantau_zi.filters import Filters
    from pantau_zi.loading import load_dataset
    from pantau_zi.views import map_province
    from tests.conftest import MINI

    data = load_dataset([MINI])
    assert map_province(data, Filters()) is None
    assert map_province(data, Filters(province="31")) == "31"
    assert map_province(data, Filters(region="32.73")) == "32"


def two_regions(target_a=10.0) -> pd.DataFrame:
    """Region A (4 pemda units holding a predicate, 1 of them WBBM) and B (5, none WBBM); only A may have a target."""
    return pd.DataFrame({"region_code": ["A", "B"], "year": [2021, 2021], "predicate_pemda": [4, 5],
                         "wbbm_pemda": [1, 0], "target_wbk": pd.array([target_a, None], dtype="Float64")})


def test_target_trend_counts_only_the_regions_with_a_target_as_attainment_does():
    series, has_target = target_trend(two_regions())
    assert has_target
    assert series.to_dict("records") == [{"year": 2021, "wbk_only": 3, "wbbm_pemda": 1, "predicate_pemda": 4,
                                          "target": 10.0}]


def test_without_any_target_the_trend_counts_every_pemda_unit_and_has_no_target():
    series, has_target = target_trend(two_regions(target_a=None))
    assert not has_target
    assert (series.at[0, "predicate_pemda"], series.at[0, "wbk_only"]) == (9, 8) and pd.isna(series.at[0, "target"])


def test_the_predicate_and_attainment_cards_say_what_they_are_made_of():
    assert HeadlineFigure("predicate", 7, None, (), (6, 1)).detail_text("id") == "6 WBK, 1 WBBM"
    assert HeadlineFigure("attainment_wbk_pct", 46.4, None, (), (344, 742)).detail_text("id") == (
        "344 dari target 742 unit pemda")
    assert HeadlineFigure("declared", 9, None, ()).detail_text("id") is None


def test_a_year_before_any_target_has_no_target_rather_than_zero_and_counts_every_pemda_unit():
    # a chart of 2016-2017 nationally, before any WBK target, drew bars of 0 (random-use seed 56)
    earlier = two_regions().assign(year=2018, target_wbk=pd.array([None, None], dtype="Float64"))
    series, _ = target_trend(pd.concat([earlier, two_regions()], ignore_index=True))
    first, later = series.set_index("year").loc[2018], series.set_index("year").loc[2021]
    assert pd.isna(first["target"]) and first["predicate_pemda"] == 9
    assert later["predicate_pemda"] == 4 and later["target"] == 10.0

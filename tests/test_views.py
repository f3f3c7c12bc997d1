import pandas as pd

from pantau_zi.views import HeadlineFigure, headline_figures


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

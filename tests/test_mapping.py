"""What the map draws: values per metric, legend classes, the fitted view and the features sent."""

import math

import pandas as pd
import pytest

from pantau_zi import mapping
from pantau_zi.loading import load_dataset
from pantau_zi.metrics import region_panel
from tests.conftest import MINI


@pytest.fixture(scope="module")
def mini():
    data = load_dataset((MINI,))
    panel = region_panel(data.units, data.events, data.targets, data.perangkat_daerah, data.regencies)
    return data, panel


def row(frame, code):
    return frame.set_index("region_code").loc[code]


def test_map_values_give_every_region_its_2021_count(mini):
    data, panel = mini
    values = mapping.map_values(panel, data, 2021, "declared")
    assert len(values) == 514
    assert row(values, "32.11")["declared"] == 3 and row(values, "32.11")["province"] == "Jawa Barat"
    assert row(values, "32.73")["declared"] == 1 and row(values, "11.01")["declared"] == 0


def test_zones_come_from_the_ombudsman_reports_of_that_year_for_kabupaten_and_kota_only(mini, reports):
    data, panel = mini
    zones = mapping.map_values(panel, data, 2021, "zone", reports).set_index("region_code")
    assert (zones.at["32.11", "zone"], zones.at["32.73", "zone"]) == ("hijau", "kuning")
    assert zones["zone"].notna().sum() == 2  # Jawa Barat's own government is not a kabupaten/kota on the map
    assert zones.at["32.11", "source_url"] == "https://a.id/32.11-2021"
    assert mapping.map_values(panel, data, 2020, "zone", reports)["zone"].isna().all()


def test_missing_percentages_are_no_data_and_not_applicable_in_administrative_cities(mini):
    data, panel = mini
    classed = mapping.classify(mapping.map_values(panel, data, 2021, "coverage_pct"), "coverage_pct", "en").frame
    assert row(classed, "32.11")[["klass", "shown"]].tolist() == [1, "5.0%"]  # 2 of 40: (0, 25]
    assert row(classed, "31.71")[["klass", "shown"]].tolist() == [mapping.NO_CLASS, "Not applicable"]  # Menteng
    assert row(classed, "11.01")[["klass", "shown"]].tolist() == [mapping.NO_CLASS, "No data"]


def test_a_zero_count_is_its_own_class_never_no_data(mini):
    data, panel = mini
    classed = mapping.classify(mapping.map_values(panel, data, 2021, "wbk"), "wbk", "id", count_maximum=2)
    assert classed.labels == ("Tidak ada data", "0", "1", "2", "3", "4+")
    assert row(classed.frame, "32.11")[["klass", "shown"]].tolist() == [2, "2"]
    assert row(classed.frame, "32.73")[["klass", "shown"]].tolist() == [0, "0"]


def test_zones_are_classed_red_yellow_green_with_their_names(mini, reports):
    data, panel = mini
    classed = mapping.classify(mapping.map_values(panel, data, 2021, "zone", reports), "zone", "id")
    assert classed.labels[1:] == ("Merah (kepatuhan rendah)", "Kuning (kepatuhan sedang)", "Hijau (kepatuhan tinggi)")
    assert classed.colours[1:] == mapping.ZONE_COLOURS
    assert row(classed.frame, "32.11")[["klass", "shown"]].tolist() == [2, "Hijau (kepatuhan tinggi), nilai 82,50, "
                                                                             "peringkat 10 dari 416"]
    assert row(classed.frame, "32.73")[["klass", "shown"]].tolist() == [1, "Kuning (kepatuhan sedang)"]
    assert row(classed.frame, "11.01")[["klass", "shown"]].tolist() == [mapping.NO_CLASS, "Tidak ada data"]


def test_the_hover_names_a_grade_and_a_conflict_and_a_report_without_a_zone_is_no_zone(mini, reports):
    data, panel = mini
    shown = mapping.classify(mapping.map_values(panel, data, 2022, "zone", reports), "zone", "en").frame
    assert row(shown, "32.11")["shown"] == "Green (high compliance), score 90.00, grade A, other reports disagree"
    rank_only = mapping.classify(mapping.map_values(panel, data, 2024, "zone", reports), "zone", "id").frame
    assert row(rank_only, "32.73")[["klass", "shown"]].tolist() == [mapping.NO_CLASS,
                                                                    "Dilaporkan tanpa zona, peringkat 5 dari 98"]


def test_an_ombudsman_map_shows_the_latest_earlier_year_with_a_report_and_plays_only_those(reports):
    codes = ["32.11", "32.73", "11.01"]
    assert mapping.measure_years("zone", reports, codes, 2013, 2025) == [2021, 2022, 2024]
    assert mapping.measure_years("zone", reports, codes, 2022, 2023) == [2022]
    assert mapping.data_year("zone", 2023, reports, codes) == 2022
    assert mapping.data_year("zone", 2024, reports, ["32.11"]) == 2022  # that region's own reports only
    assert mapping.data_year("zone", 2020, reports, codes) is None


def test_other_measures_show_the_year_chosen_and_spi_none_before_2021(reports):
    assert mapping.data_year("declared", 2016, None, ["32.11"]) == 2016
    assert mapping.data_year("spi", 2020, None, ["32.11"]) is None
    assert mapping.measure_years("spi", None, ["32.11"], 2019, 2022) == [2021, 2022]


def test_the_latest_year_with_data_is_the_last_year_in_range_holding_any_value():
    yearly = pd.DataFrame({"region_code": ["A", "B", "A", "B", "A", "B", "A"],
                           "year": [2019, 2019, 2020, 2020, 2021, 2021, 2024],
                           "zone": ["hijau", None, None, "merah", None, None, "kuning"]})
    assert mapping.latest_year_with_data(yearly, "zone", 2013, 2025) == 2024
    assert mapping.latest_year_with_data(yearly, "zone", 2013, 2023) == 2020  # 2021 holds rows but no value
    assert mapping.latest_year_with_data(yearly, "zone", 2021, 2023) is None


def test_yearly_zones_come_from_the_reports_for_the_panels_regions_only(mini, reports):
    data, panel = mini
    yearly = mapping.yearly_values(panel[panel["region_code"] == "32.73"], "zone", reports)
    assert yearly[["region_code", "year"]].values.tolist() == [["32.73", 2021], ["32.73", 2024]]
    assert yearly.at[0, "zone"] == "kuning" and pd.isna(yearly.at[1, "zone"])
    assert mapping.latest_year_with_data(yearly, "zone", 2013, 2025) == 2021  # 2024 names a rank, not a zone
    counts = mapping.yearly_values(panel, "declared")
    assert len(counts) == len(panel) and mapping.latest_year_with_data(counts, "declared", 2013, 2025) == 2025


@pytest.mark.parametrize("maximum, edges, labels", [
    (3, (1, 2, 3), ["0", "1", "2", "3", "4+"]),
    (7, (1, 2, 3), ["0", "1", "2", "3", "4+"]),      # 7 / 4 = 1.75 -> step 1
    (9, (2, 4, 6), ["0", "1\u20132", "3\u20134", "5\u20136", "7+"]),
    (20, (5, 10, 15), ["0", "1\u20135", "6\u201310", "11\u201315", "16+"]),
    (100, (20, 40, 60), ["0", "1\u201320", "21\u201340", "41\u201360", "61+"]),
    (0, (1, 2, 3), ["0", "1", "2", "3", "4+"]),
])
def test_count_classes_step_in_nice_numbers_up_to_the_maximum(maximum, edges, labels):
    assert mapping.count_edges(maximum) == edges
    assert mapping.count_class_labels(edges) == labels


def test_counts_fall_in_their_class_and_missing_counts_in_none():
    values = pd.Series([0, 1, 2, 3, 6, 7, 40, None])
    assert mapping.classify_counts(values, (2, 4, 6)).tolist() == [0, 1, 1, 2, 3, 4, 4, mapping.NO_CLASS]


def test_percent_classes_keep_zero_apart():
    values = pd.Series([0.0, 0.1, 25.0, 25.1, 100.0, math.nan])
    assert mapping.classify_percent(values).tolist() == [0, 1, 1, 2, 4, mapping.NO_CLASS]
    assert mapping.percent_class_labels() == ["0%", "> 0\u201325%", "> 25\u201350%", "> 50\u201375%", "> 75%"]


def test_the_view_is_the_bounds_with_half_the_padding_of_their_span_on_each_side():
    view = mapping.fit_view((100.0, -2.0, 110.0, 2.0), padding=0.2)
    assert view == {"lonaxis": {"range": [99.0, 111.0]}, "lataxis": {"range": [-2.4, 2.4]}}


def test_an_unpadded_view_is_the_bounds_themselves():
    assert mapping.fit_view((106.5, -7.25, 108.0, -6.0), padding=0) == {
        "lonaxis": {"range": [106.5, 108.0]}, "lataxis": {"range": [-7.25, -6.0]}}


SQUARES = {"type": "FeatureCollection", "features": [
    {"id": "32.11", "geometry": {"type": "Polygon", "coordinates": [[[107, -7], [108, -7], [108, -6], [107, -7]]]}},
    {"id": "31.71", "geometry": {"type": "MultiPolygon",
                                 "coordinates": [[[[106, -6.5], [106.5, -6.5], [106.5, -6], [106, -6.5]]]]}},
]}


def test_only_the_chosen_regions_features_are_sent_and_their_bounds_span_them():
    subset = mapping.subset_features(SQUARES, ["31.71"])
    assert [feature["id"] for feature in subset["features"]] == ["31.71"]
    assert mapping.geojson_bounds(SQUARES) == (106, -7, 108, -6)


def test_a_zoomed_view_fits_the_chosen_regions_of_the_detailed_layer_and_the_national_one_the_coarse_layer():
    coarse = {"type": "FeatureCollection", "features": [
        {"id": "32.11", "geometry": {"type": "Polygon", "coordinates": [[[100, -10], [100, 10], [120, 10], [100, -10]]]}}]}
    assert mapping.drawn_view(SQUARES, coarse, ["31.71"], zoomed=True, padding=0) == {
        "lonaxis": {"range": [106, 106.5]}, "lataxis": {"range": [-6.5, -6]}}
    assert mapping.drawn_view(SQUARES, coarse, ["32.11"], zoomed=False, padding=0) == {
        "lonaxis": {"range": [100, 120]}, "lataxis": {"range": [-10, 10]}}


def test_a_layer_file_is_compact_json_named_by_its_content():
    import hashlib
    import json

    name, body = mapping.layer_file(SQUARES, "kabkota")
    assert json.loads(body) == SQUARES and b" " not in body
    assert name == f"kabkota-{hashlib.sha256(body).hexdigest()[:16]}.json"
    moved = {"type": "FeatureCollection", "features": SQUARES["features"][:1]}
    assert mapping.layer_file(moved, "kabkota")[0] != name


def test_a_click_yields_the_clicked_location():
    assert mapping.selected_region([{"curve_number": 0, "location": "32.11"}]) == "32.11"
    assert mapping.selected_region([]) is None


def spi_fixture():
    import pandas as pd

    # two kabupaten and a province; 11.02 has no 2022 value
    return pd.DataFrame({"year": [2022, 2022, 2021, 2022], "level": ["kabupaten", "provinsi", "kabupaten", "kota"],
                         "code": ["11.01", "11", "11.02", "11.71"], "index": [72.99, 80.0, 78.0, 73.0]})


def test_spi_values_come_from_the_kpk_table_for_kabupaten_and_kota_only():
    from pantau_zi.mapping import spi_values

    yearly = spi_values(spi_fixture())
    assert list(yearly.columns) == ["region_code", "year", "spi"]
    assert set(yearly["region_code"]) == {"11.01", "11.02", "11.71"}


def test_spi_is_classed_by_its_zones_with_the_cut_offs_in_the_legend():
    import pandas as pd

    from pantau_zi.mapping import classify

    values = pd.DataFrame({"region_code": ["a", "b", "c", "d"], "name": list("ABCD"), "province": "P",
                           "spi": [72.99, 73.0, 78.0, None]})
    classed = classify(values, "spi", "id")
    assert classed.labels == ("Tidak ada data", "Rentan (< 73)", "Waspada (73\u201377,99)", "Terjaga (\u2265 78)")
    assert list(classed.frame["klass"]) == [0, 1, 2, -1]
    assert list(classed.frame["shown"]) == ["72,99 (Rentan)", "73,00 (Waspada)", "78,00 (Terjaga)",
                                            "Tidak ada data"]

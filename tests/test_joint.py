"""The joint table of ZI, KPK's SPI and Ombudsman on a hand-made fixture; numbers worked out by hand.

Province 01, 2024. Kabupaten A (01.01): 3 of its pemda units hold WBK/WBBM and 6 declared, of 40 perangkat daerah,
so 7.5 and 15.0 per 100; WBK target 6, half attained; SPI 70.0 in 2023 then 74.5 in 2024 (+4.5, waspada; its 2025
value is after the year); Ombudsman hijau in 2022, kuning (70.2) in 2024, so kuning 2024. Kota B (01.71): no
perangkat daerah count, so no per-100 value; SPI only in 2022 (80.0, terjaga, no change: no 2021); no Ombudsman
report. Kabupaten C (01.02): 0 of 20, a real 0.0; no SPI (only the province's row, which is not C's); its only
Ombudsman report is from 2025, after the year, so none; no ZI rows at all.
"""

import pandas as pd

from pantau_zi import exports, joint
from pantau_zi.figures import hover_name
from pantau_zi.figures import joint as joint_charts
from tests.test_figure_text import EVIL, assert_no_markup_from_data

REGENCIES = pd.DataFrame({"code": ["01.01", "01.71", "01.02"], "province_code": "01",
                          "name": ["Kabupaten A", "Kota B", "Kabupaten C"], "kind": ["kabupaten", "kota", "kabupaten"]})
PROVINCES = pd.DataFrame({"province_code": ["01"], "name": ["Provinsi Satu"]})


def panel() -> pd.DataFrame:
    rows = pd.DataFrame({"region_code": ["01.01", "01.71", "01.02"], "year": 2024,
                         "declared_pemda": [6, 2, 0], "predicate_pemda": [3, 1, 0],
                         "perangkat_daerah": pd.array([40, None, 20], dtype="Int64"),
                         "target_wbk": pd.array([6, None, None], dtype="Int64"),
                         "attainment_wbk_pct": [50.0, None, None]})
    earlier = rows.assign(year=2023, predicate_pemda=0)
    return pd.concat([earlier, rows], ignore_index=True)


def survey() -> pd.DataFrame:
    rows = [(2023, "kabupaten", "01.01", 70.0), (2024, "kabupaten", "01.01", 74.5),
            (2025, "kabupaten", "01.01", 90.0), (2022, "kota", "01.71", 80.0), (2024, "provinsi", "01", 60.0)]
    table = pd.DataFrame(rows, columns=["year", "level", "code", "index"])
    return table.assign(province_code="01", source=lambda frame: "KPK SPI " + frame["year"].astype(str))


def assessments() -> pd.DataFrame:
    rows = [("01.01", "kabupaten", 2022, 88.1, "hijau", "https://ombudsman.go.id/a"),
            ("01.01", "kabupaten", 2024, 70.2, "kuning", "https://ombudsman.go.id/b"),
            ("01.02", "kabupaten", 2025, 40.0, "merah", "https://news.example/c"),
            ("01", "provinsi", 2024, 90.0, "hijau", "https://ombudsman.go.id/p")]
    return pd.DataFrame(rows, columns=["code", "level", "year", "score", "zone", "source_url"])


ORIGIN = pd.Series({"01.01": "mixed", "01.71": "synthetic"})


def table() -> pd.DataFrame:
    return joint.joined(panel(), REGENCIES, PROVINCES, survey(), assessments(), ORIGIN, 2024).set_index("region_code")


def test_the_spi_is_the_latest_survey_up_to_the_year_with_its_change_from_the_year_before():
    rows = table()
    assert rows.loc["01.01", ["spi_year", "spi", "spi_zone", "spi_change", "spi_source"]].tolist() == [
        2024, 74.5, "waspada", 4.5, "KPK SPI 2024"]
    assert rows.loc["01.71", ["spi_year", "spi", "spi_zone"]].tolist() == [2022, 80.0, "terjaga"]
    assert pd.isna(rows.at["01.71", "spi_change"])


def test_a_region_without_spi_or_ombudsman_report_shows_them_missing_not_zero():
    rows = table()
    assert rows.loc["01.02", ["spi_year", "spi", "spi_zone", "spi_source"]].isna().all()
    assert rows.loc["01.02", ["ombudsman_year", "ombudsman_score", "ombudsman_zone", "ombudsman_source"]].isna().all()
    assert rows.loc["01.71", ["ombudsman_year", "ombudsman_zone"]].isna().all()
    assert pd.isna(rows.at["01.02", "zi_data"])


def test_the_ombudsman_assessment_is_the_latest_reported_up_to_the_year():
    assert table().loc["01.01", ["ombudsman_year", "ombudsman_score", "ombudsman_zone", "ombudsman_source"]].tolist() \
        == [2024, 70.2, "kuning", "https://ombudsman.go.id/b"]


def test_zi_measures_are_per_100_perangkat_daerah_and_missing_without_a_count():
    rows = table()
    assert rows.loc["01.01", ["predicate_per_100", "declared_per_100", "target_wbk", "attainment_wbk_pct"]].tolist() \
        == [7.5, 15.0, 6, 50.0]
    assert rows.loc["01.02", ["predicate_per_100", "declared_per_100"]].tolist() == [0.0, 0.0]
    assert rows.loc["01.71", ["predicate_per_100", "declared_per_100"]].isna().all()
    assert rows.loc["01.01", "zi_data"] == "mixed" and rows.loc["01.71", "zi_data"] == "synthetic"


def test_only_regions_with_spi_and_the_measure_are_plotted():
    assert list(joint.plotted(table().reset_index(), "predicate_per_100")["region_code"]) == ["01.01"]


def test_the_displayed_zones_sort_low_to_high_and_download_with_their_labels():
    shown = joint.for_display(table().reset_index(), "id")
    assert list(shown["spi_zone"].cat.categories) == ["Rentan", "Waspada", "Terjaga"]
    assert shown["spi_zone"].cat.ordered and shown["ombudsman_zone"].cat.ordered
    assert shown.set_index("region_code").at["01.02", "zi_data"] == "Tidak ada data"
    csv = exports.to_csv_bytes(shown, "id").decode("utf-8-sig")
    assert "Indeks SPI KPK" in csv.splitlines()[0] and ",Waspada," in csv
    assert exports.to_excel_bytes(shown, "id")[:2] == b"PK"


def test_a_click_on_the_scatter_gives_the_points_region_code():
    assert joint.clicked_region([{"x": 70, "customdata": ["01.01", "Kabupaten A"]}]) == "01.01"
    assert joint.clicked_region([]) is None


def test_the_scatter_draws_a_point_per_region_by_ombudsman_zone_with_names_as_text():
    rows = table().reset_index().assign(name=[EVIL, "Kota B", "Kabupaten C"])
    rows.loc[rows["region_code"] == "01.02", "spi"] = 65.0
    drawn = joint.plotted(rows.assign(predicate_per_100=rows["predicate_per_100"].fillna(1.0)), "predicate_per_100")
    figure = joint_charts.spi_scatter(drawn, "predicate_per_100", "Per 100", "SPI dan ZI", "01.01", "id")
    assert_no_markup_from_data(figure)
    kuning, unreported, ringed = figure.data
    assert (kuning.name, unreported.name) == ("Kuning (kepatuhan sedang)", "Tidak ada data Ombudsman")
    assert (len(kuning.x), len(unreported.x)) == (1, 2)
    assert kuning.customdata[0][0] == "01.01" and kuning.customdata[0][1] == hover_name(EVIL)
    # the chosen region is ringed by a trace of its own on top, out of the legend
    assert ringed.customdata[0][0] == "01.01" and ringed.marker.size == joint_charts.CHOSEN_PX
    assert ringed.showlegend is False


def test_the_screen_table_leaves_codes_sources_and_counts_to_the_download():
    shown = joint.for_display(table().reset_index(), "id")
    screen = joint.on_screen(shown)
    assert list(screen.columns) == list(joint.ON_SCREEN)
    assert not {"region_code", "spi_source", "ombudsman_source", "perangkat_daerah"} & set(screen.columns)
    years = screen.set_index("name")["spi_year"]
    assert (years["Kabupaten A"], years["Kota B"]) == (2024, 2022) and pd.isna(years["Kabupaten C"])
    assert str(years.dtype) == "Int16"
    assert set(joint.COLUMNS) <= set(shown.columns)  # what the download is made from keeps every column

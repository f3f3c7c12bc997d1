"""The profile's figures: the legend keeps a fixed distance under the plot whatever the chart's height; the title
sits under the toolbar; scores are written as the rest of the screen writes numbers."""

import pandas as pd

from pantau_zi.figures import profile as charts


def timeline_of(units: int) -> dict:
    rows = pd.DataFrame({"date": pd.to_datetime(["2020-01-10"] * units), "unit": [f"Unit {i}" for i in range(units)],
                         "stage": "pencanangan", "date_precision": "day", "score": float("nan"), "source": "s"})
    return charts.events_timeline(rows, "id").layout


def test_a_short_timeline_puts_its_legend_70_px_under_the_plot_below_the_axis_title():
    layout = timeline_of(2)  # 320 px plus 22 for the title's own row under the toolbar; -0.12 was 31 px
    assert layout.height == 342 and layout.margin.t == 70
    assert round(-layout.legend.y * (342 - 70 - 10)) == 70


def test_a_tall_timeline_keeps_the_same_gap_in_pixels():
    layout = timeline_of(20)  # 26 px a unit + 160
    assert layout.height == 702
    assert round(-layout.legend.y * (702 - 70 - 10)) == 70


def test_the_target_chart_leaves_90_px_for_its_bar_labels_and_axis_title():
    progress = pd.DataFrame({"goal": ["declared"], "current": [12], "target": [66], "deadline_year": [2020]})
    layout = charts.target_progress(progress, "id").layout
    assert layout.height == 282
    assert round(-layout.legend.y * (282 - 70 - 10)) == 90


def lke_of(score: float, title: str = "Dinas Kesehatan, 2023", lang: str = "id") -> dict:
    parts = pd.DataFrame({"part": ["pemenuhan_manajemen_perubahan"], "score": [score], "maximum": [8.0],
                          "min_wbk": [6.0], "min_wbbm": [7.0]})
    return charts.lke_areas(parts, title, lang)


def test_lke_scores_use_the_decimal_comma_in_indonesian_and_the_point_in_english():
    assert list(lke_of(5.68).data[1].text) == ["5,68"]
    assert list(lke_of(5.68, lang="en").data[1].text) == ["5.68"]
    assert list(lke_of(6.0).data[1].text) == ["6"]


def test_an_event_score_in_the_hover_uses_the_decimal_comma():
    rows = pd.DataFrame({"date": pd.to_datetime(["2021-06-01"]), "unit": ["Unit 1"], "stage": ["evaluasi_tpn"],
                         "date_precision": ["day"], "score": [75.5], "source": ["s"]})
    assert charts.events_timeline(rows, "id").data[0].customdata[0][1] == "75,5"


def test_the_title_starts_under_the_toolbar_row_and_a_long_one_wraps():
    short = lke_of(5.0).layout
    assert short.title.yref == "container" and short.title.pad.t == 30 and short.margin.t == 70
    long = lke_of(5.0, "Kantor Kementerian Agama Kabupaten Sumedang Bagian Umum, 2023").layout
    assert long.title.text.count("<br>") == 1 and long.margin.t == 92

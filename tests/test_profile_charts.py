"""The profile's figures: the legend keeps a fixed distance under the plot whatever the chart's height."""

import pandas as pd

from pantau_zi.figures import profile as charts


def timeline_of(units: int) -> dict:
    rows = pd.DataFrame({"date": pd.to_datetime(["2020-01-10"] * units), "unit": [f"Unit {i}" for i in range(units)],
                         "stage": "pencanangan", "date_precision": "day", "score": float("nan"), "source": "s"})
    return charts.events_timeline(rows, "id").layout


def test_a_short_timeline_puts_its_legend_70_px_under_the_plot_below_the_axis_title():
    layout = timeline_of(2)  # 320 px high, 262 px of plot: -0.12 was 31 px, over the "Tahun" title
    assert layout.height == 320
    assert round(-layout.legend.y * (320 - 48 - 10)) == 70


def test_a_tall_timeline_keeps_the_same_gap_in_pixels():
    layout = timeline_of(20)  # 26 px a unit + 160
    assert layout.height == 680
    assert round(-layout.legend.y * (680 - 48 - 10)) == 70


def test_the_target_chart_leaves_90_px_for_its_bar_labels_and_axis_title():
    progress = pd.DataFrame({"goal": ["declared"], "current": [12], "target": [66], "deadline_year": [2020]})
    layout = charts.target_progress(progress, "id").layout
    assert layout.height == 260
    assert round(-layout.legend.y * (260 - 48 - 10)) == 90

"""Names from data reach a figure as text, never as markup: Plotly renders a subset of HTML (<a href>, <b>, <span
style>, <br>) in ticks, hovers, titles and legends, so a unit named with a link became a live link; and a
5,000-character name is cut on the axis with an ellipsis while its hover keeps it whole."""

import pandas as pd

from pantau_zi.figures import LABEL_CHARACTERS, hover_name, maps, plain, short_label
from pantau_zi.figures import profile as profile_charts
from pantau_zi.figures import progress as progress_charts
from pantau_zi.figures import ranking as ranking_charts
from pantau_zi.mapping import Classed

EVIL = '<a href="https://evil.example/">X</a><b>y</b><span style="color:red">z</span>'
ESCAPED = '&lt;a href="https://evil.example/"&gt;X&lt;/a&gt;&lt;b&gt;y&lt;/b&gt;&lt;span style="color:red"&gt;z&lt;/span&gt;'
LONG = "Dinas " + "Panjang" * 714 + " Sekali"  # 5,009 characters


def strings(value) -> list[str]:
    """Every string anywhere in a figure's JSON: text, hover, customdata, ticks, titles, legend names."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in strings(item)]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in strings(item)]
    if hasattr(value, "tolist"):
        return strings(value.tolist())
    return []


def assert_no_markup_from_data(figure) -> list[str]:
    texts = strings(figure.to_plotly_json())
    for marker in ("<a", "<b>y", "<span", "</a>"):
        assert not any(marker in text for text in texts), marker
    return texts


def timeline(units: list[str], source: str = "s"):
    rows = pd.DataFrame({"date": pd.to_datetime(["2020-01-10"] * len(units)), "unit": units, "stage": "pencanangan",
                         "date_precision": "day", "score": float("nan"), "source": source})
    return profile_charts.events_timeline(rows, "id")


def test_plain_escapes_the_markup_plotly_reads_and_short_label_cuts_with_an_ellipsis():
    assert plain("A & B <br> C") == "A &amp; B &lt;br&gt; C"
    assert short_label("Dinas Kesehatan") == "Dinas Kesehatan"
    cut = short_label(LONG)
    assert len(cut) == LABEL_CHARACTERS and cut.endswith("\u2026") and cut.startswith("Dinas Panjang")
    # the cut is made before escaping, so an entity is never split in half
    assert short_label("<" * 100) == "&lt;" * (LABEL_CHARACTERS - 1) + "\u2026"
    assert hover_name(EVIL) == ESCAPED  # 78 characters: one line
    assert hover_name("<b>" + "x" * 100) == "&lt;b&gt;" + "x" * 77 + "<br>" + "x" * 23


def test_a_unit_named_with_a_link_shows_in_the_timeline_as_escaped_text_in_tick_and_hover():
    figure = timeline([EVIL, "Dinas Kesehatan"], source='<a href="https://evil.example/">sumber</a>')
    assert_no_markup_from_data(figure)
    assert figure.layout.yaxis.ticktext[0].startswith("&lt;a href=") and ESCAPED in figure.data[0].y
    assert "&lt;a href=\"https://evil.example/\"&gt;sumber&lt;/a&gt;" in strings(figure.data[0].customdata)


def test_a_5000_character_unit_name_is_cut_on_the_timeline_axis_and_in_six_hover_lines():
    figure = timeline([LONG, "Dinas Kesehatan"])
    ticks = list(figure.layout.yaxis.ticktext)
    assert max(len(tick) for tick in ticks) == LABEL_CHARACTERS and any(tick.endswith("\u2026") for tick in ticks)
    # the hover shows the name in lines of 80 characters, not the cut tick that %{y} would show; Plotly draws no
    # hover taller than the plot, so past six lines it ends in "…"
    assert figure.data[0].hovertemplate.startswith("%{customdata[3]}<br>") and LONG in list(figure.data[0].y)
    lines = figure.data[0].customdata[0][3].split("<br>")
    assert len(lines) == 6 and max(map(len, lines)) == 80 and lines[-1].endswith("\u2026")
    assert lines[0] == LONG[:80]


def test_a_long_real_name_is_whole_in_the_timeline_hover():
    name = "Kantor Pelayanan Pajak Pratama " * 8  # 248 characters
    hover = timeline([name]).data[0].customdata[0][3]
    assert hover.replace("<br>", " ").split() == name.split()


def test_two_long_names_sharing_their_first_60_characters_keep_their_own_timeline_rows():
    first, second = LONG + " Satu", LONG + " Dua"
    figure = timeline([first, second])
    assert list(figure.layout.yaxis.categoryarray) == [second, first]
    assert len(figure.layout.yaxis.tickvals) == 2


def test_a_unit_name_in_the_lke_chart_title_is_escaped_and_a_long_one_stops_at_three_lines():
    parts = pd.DataFrame({"part": ["pemenuhan_manajemen_perubahan"], "score": [5.0], "maximum": [8.0],
                          "min_wbk": [6.0], "min_wbbm": [7.0]})
    figure = profile_charts.lke_areas(parts, f"{EVIL}, 2023", "id")
    assert_no_markup_from_data(figure)
    assert "&lt;a href=" in figure.layout.title.text
    long = profile_charts.lke_areas(parts, f"{LONG}, 2023", "id").layout.title.text
    assert long.count("<br>") == 2 and long.endswith("\u2026")


def test_region_names_in_the_ranking_are_escaped_cut_on_the_axis_and_wrapped_in_the_hover():
    shown = pd.DataFrame({"rank": [1, 2], "region_code": ["01", "02"], "name": [EVIL, LONG], "value": [3.0, 2.0]})
    figure = ranking_charts.ranking_bars(shown, None, "Peringkat", "predicate", "id")
    assert_no_markup_from_data(figure)
    labels = list(figure.data[0].y)
    assert labels == [f"1. {short_label(EVIL)}", f"2. {short_label(LONG)}"] and labels[1].endswith("\u2026")
    assert list(figure.data[0].customdata) == [f"1. {hover_name(EVIL)}", f"2. {hover_name(LONG)}"]
    assert figure.data[0].hovertemplate.startswith("%{customdata}")


def test_a_region_name_in_the_progress_chart_title_is_escaped():
    series = pd.DataFrame({"year": [2022, 2023], "wbk_only": [1, 2], "wbbm_pemda": [0, 1], "counted": [1, 3],
                           "target": [float("nan"), float("nan")]})
    status = pd.Series({"status": "no_target", "deadline_year": 2024, "target": float("nan"),
                        "current": 3, "attainment": float("nan"), "projected": float("nan")})
    figure = progress_charts.progress_chart(series, status, EVIL, 2023, "id")
    assert_no_markup_from_data(figure)
    assert figure.layout.title.text == ESCAPED


def test_region_names_beside_the_owner_bars_are_escaped_and_cut_with_the_name_wrapped_in_the_hover():
    shown = pd.DataFrame({"rank": [1, 2], "region_code": ["01", "02"], "name": [EVIL, LONG], "value": [3.0, 2.0]})
    split = pd.DataFrame({"region_code": ["01", "02", "01", "02"], "owner_type": ["pemda", "pemda", "vertikal", "vertikal"],
                          "wbk": [1, 2, 0, 1], "wbbm": [0, 1, 0, 0]})
    figure = ranking_charts.owner_bars(split, shown, None, "id")
    assert_no_markup_from_data(figure)
    assert list(figure.data[0].y) == [f"1. {short_label(EVIL)}", f"2. {short_label(LONG)}"]
    assert "%{customdata}" in figure.data[0].hovertemplate
    assert list(figure.data[0].customdata) == [f"1. {hover_name(EVIL)}", f"2. {hover_name(LONG)}"]


def test_a_region_named_with_markup_shows_in_the_map_hover_as_escaped_text():
    frame = pd.DataFrame({"region_code": ["32.11"], "name": [EVIL], "province": [EVIL], "klass": [0],
                          "shown": ["3"]})
    figure = maps.choropleth(Classed(frame, ("0", "1-5"), ("#eee", "#123")),
                             {"type": "FeatureCollection", "features": []}, "Peta")
    assert_no_markup_from_data(figure)
    assert figure.data[0].customdata[0][0].startswith("&lt;a href=")

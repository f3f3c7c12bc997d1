"""Figures of one region's profile: its units' events over time, its targets, and a unit's LKE parts."""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from pantau_zi.figures import (
    FONT,
    NO_DATA_COLOUR,
    TARGET_COLOUR,
    WBBM_COLOUR,
    WBK_COLOUR,
    hover_name,
    plain,
    short_label,
)
from pantau_zi.i18n import format_number, t
from pantau_zi.status import STAGES

# Okabe-Ito colours plus the shared WBK/WBBM blues; each stage also has its own marker shape, so the
# chart reads without colour. Evaluasi TPN is sky blue: reddish purple was 6.2 CIEDE2000 from Pembangunan's grey
# under deuteranopia and 8.4 from WBK's blue under protanopia (tests/test_palettes.py asks for 10).
STAGE_STYLE = {
    "pencanangan": ("#E69F00", "circle"),
    "pembangunan": ("#999999", "square"),
    "usulan": ("#009E73", "triangle-up"),
    "evaluasi_tpn": ("#56B4E9", "diamond"),
    "wbk": (WBK_COLOUR, "star"),
    "wbbm": (WBBM_COLOUR, "star-diamond"),
    "dicabut": ("#D55E00", "x"),
}
GOAL_COLOURS = {"declared": "#41b6c4", "wbk": WBK_COLOUR, "wbbm": WBBM_COLOUR}
# The LKE chart's WBBM minimum line: wine, apart from the WBK bars' blue under protanopia, and 9:1 on white.
WBBM_MINIMUM_COLOUR = "#882255"
ROW_HEIGHT = 26


# The title sits under the toolbar's row, not beside it: in the LKE chart's half-width column at 1366 px the
# toolbar covered the end of the unit's name. A long title wraps so that it fits a phone's width too.
TOOLBAR_PX, TITLE_LINE_PX, TITLE_CHARACTERS, TITLE_LINES = 30, 22, 44, 3
MARGIN = {"l": 10, "r": 10, "t": 48, "b": 10}


def score_text(value: float, lang: str) -> str:
    """An LKE or event score as the rest of the screen writes numbers: 5,68 in Indonesian, at most two decimals."""
    return format_number(value, 2, lang).rstrip("0").rstrip(",.")


def title_lines(title: str) -> list[str]:
    """The title wrapped to the chart's width, at most three lines (a 5,000-character unit name ends in "…")."""
    return textwrap.wrap(title, TITLE_CHARACTERS, max_lines=TITLE_LINES, placeholder=" \u2026") or [""]


def top_margin(title: str) -> int:
    return TOOLBAR_PX + TITLE_LINE_PX * len(title_lines(title)) + 18


def legend_below(height: int, gap: int = 70, top: int = MARGIN["t"]) -> float:
    """The legend's y (a fraction of the plot's height) that puts it `gap` pixels under the plot area.

    A fixed fraction put the legend over the axis title on short charts: on a 320 px timeline, -0.12 is 31 px.
    """
    return -gap / (height - top - MARGIN["b"])


def _layout(figure: go.Figure, title: str, height: int, legend_gap: int = 70) -> go.Figure:
    top = top_margin(title)
    height += top - MARGIN["t"]
    # the title may carry a unit's name: each line is escaped, after wrapping so that no entity is cut in two
    figure.update_layout(title={"text": "<br>".join(map(plain, title_lines(title))), "x": 0.01, "xanchor": "left",
                                "yref": "container", "y": 1, "yanchor": "top", "pad": {"t": TOOLBAR_PX}},
                         font=FONT, height=height, plot_bgcolor="#ffffff", paper_bgcolor="#ffffff",
                         margin={**MARGIN, "t": top},
                         legend={"orientation": "h", "y": legend_below(height, legend_gap, top), "yanchor": "top"})
    figure.update_xaxes(gridcolor="#e5e5e5")
    return figure


def events_timeline(rows: pd.DataFrame, lang: str) -> go.Figure:
    """Each event as a marker at its date on its unit's row, coloured and shaped by stage; the source in the hover.

    A row is the unit's whole escaped name, so two long names that start alike keep their own rows; the axis shows
    it cut (short_label) and the hover whole (%{y} would show the cut tick).
    """
    names = rows["unit"].drop_duplicates().tolist()
    rows = rows.assign(unit=rows["unit"].map(plain), name=rows["unit"].map(hover_name),
                       source=rows["source"].fillna("").map(hover_name))
    figure = go.Figure()
    for stage in STAGES:
        events = rows[rows["stage"] == stage]
        if events.empty:
            continue
        colour, symbol = STAGE_STYLE[stage]
        precision = events["date_precision"].map(lambda value: t(f"precision.{value}", lang))
        figure.add_trace(go.Scatter(
            x=events["date"], y=events["unit"], mode="markers", name=t(f"stage.{stage}", lang),
            marker={"color": colour, "symbol": symbol, "size": 12, "line": {"width": 1, "color": "#333333"}},
            customdata=list(zip(precision, events["score"].map(lambda v: "" if pd.isna(v) else score_text(v, lang)),
                                events["source"], events["name"])),
            hovertemplate="%{customdata[3]}<br>%{x|%d-%m-%Y} (%{customdata[0]})<br>" + t(f"stage.{stage}", lang)
                          + " %{customdata[1]}<br>" + t("col.source", lang) + ": %{customdata[2]}<extra></extra>",
        ))
    units = [plain(name) for name in names]
    figure.update_yaxes(categoryorder="array", categoryarray=units[::-1], tickvals=units,
                        ticktext=[short_label(name) for name in names], automargin=True, gridcolor="#f0f0f0")
    figure.update_xaxes(title=t("chart.year", lang))
    return _layout(figure, t("profile.timeline.title", lang), max(320, ROW_HEIGHT * len(units) + 160))


def target_progress(progress: pd.DataFrame, lang: str) -> go.Figure:
    """Per goal, the pemda units counted now as a bar and the target as a marker beside it."""
    labels = [t(f"profile.goal.{goal}", lang) for goal in progress["goal"]]
    figure = go.Figure([
        go.Bar(y=labels, x=progress["current"], orientation="h", name=t("profile.target.current", lang),
               marker_color=[GOAL_COLOURS[goal] for goal in progress["goal"]], text=progress["current"],
               textposition="outside", cliponaxis=False),
        go.Scatter(y=labels, x=progress["target"], mode="markers", name=t("profile.target.target", lang),
                   marker={"color": TARGET_COLOUR, "symbol": "line-ns", "size": 28, "line": {"width": 4,
                                                                                           "color": TARGET_COLOUR}}),
    ])
    figure.update_yaxes(automargin=True, autorange="reversed")
    figure.update_xaxes(title=t("chart.units", lang), range=[0, 1.15 * progress[["current", "target"]].max().max()])
    deadline = int(progress["deadline_year"].max())
    return _layout(figure, t("profile.target.title", lang, year=deadline), 200 + 60 * len(progress), legend_gap=90)


def lke_areas(parts: pd.DataFrame, title: str, lang: str) -> go.Figure:
    """One LKE result: each part's score over its maximum, with the WBK and WBBM minima marked."""
    labels = [t(f"col.{part}", lang) for part in parts["part"]]
    below = parts["score"] < parts["min_wbk"]
    figure = go.Figure([
        go.Bar(y=labels, x=parts["maximum"], orientation="h", name=t("lke.maximum", lang),
               marker_color=NO_DATA_COLOUR, hoverinfo="x"),
        go.Bar(y=labels, x=parts["score"], orientation="h", name=t("lke.score", lang),
               marker_color=[TARGET_COLOUR if low else WBK_COLOUR for low in below], width=0.5,
               text=parts["score"].map(lambda value: score_text(value, lang)), textposition="outside",
               cliponaxis=False),
        go.Scatter(y=labels, x=parts["min_wbk"], mode="markers", name=t("lke.min_wbk", lang),
                   marker={"symbol": "line-ns", "size": 22, "line": {"width": 3, "color": "#000000"}}),
        go.Scatter(y=labels, x=parts["min_wbbm"], mode="markers", name=t("lke.min_wbbm", lang),
                   marker={"symbol": "line-ns", "size": 22, "line": {"width": 3, "color": WBBM_MINIMUM_COLOUR}}),
    ])
    figure.update_layout(barmode="overlay")
    figure.update_yaxes(automargin=True, autorange="reversed")
    # Room beyond the longest bar for its value label.
    figure.update_xaxes(title=t("lke.points", lang), range=[0, 1.15 * parts["maximum"].max()])
    return _layout(figure, title, 200 + 40 * len(parts))

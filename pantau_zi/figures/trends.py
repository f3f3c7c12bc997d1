"""Counts over the years against targets."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from pantau_zi import measures
from pantau_zi.figures import FONT, TARGET_COLOUR, WBBM_COLOUR, WBK_COLOUR
from pantau_zi.i18n import t


def target_vs_achieved(series: pd.DataFrame, has_target: bool, lang: str) -> go.Figure:
    """Stacked bars of the pemda units WBK target attainment counts, holding WBK and WBBM each year, against the
    target in force; `series` comes from views.target_trend, so the last bar over the line is the headline's %."""
    years = series["year"]
    figure = go.Figure([
        go.Bar(x=years, y=series["wbk_only"], name=t("chart.holding_wbk", lang), marker_color=WBK_COLOUR),
        go.Bar(x=years, y=series["wbbm_pemda"], name=t("chart.holding_wbbm", lang), marker_color=WBBM_COLOUR),
    ])
    if has_target:
        figure.add_scatter(x=years, y=series["target"], name=t("chart.target_wbk", lang), mode="lines+markers",
                           line={"color": TARGET_COLOUR, "width": 3, "dash": "dash"})
    # a series with nothing to draw never reaches here: ui.overview_trend says so in words instead
    note = t("chart.target_vs_achieved.scope" if has_target else "chart.target_vs_achieved.no_target", lang)
    figure.update_layout(
        barmode="stack", font=FONT, title={"text": measures.label(measures.TARGET_COUNT, lang), "x": 0.01,
                                           "subtitle": {"text": note}},
        xaxis={"title": t("chart.year", lang), "dtick": 2, "tickangle": 0}, yaxis={"title": t("chart.units", lang), "rangemode": "nonnegative"},
        legend={"orientation": "h", "y": -0.2}, margin={"l": 10, "r": 10, "t": 64, "b": 10}, height=420,
        plot_bgcolor="#ffffff", paper_bgcolor="#ffffff",
    )
    figure.update_yaxes(gridcolor="#e5e5e5")
    return figure

"""Counts over the years against targets."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from pantau_zi.figures import FONT, TARGET_COLOUR, WBBM_COLOUR, WBK_COLOUR
from pantau_zi.i18n import t


def target_vs_achieved(national: pd.DataFrame, lang: str) -> go.Figure:
    """Stacked bars of pemda units holding WBK and WBBM each year, against the WBK target in force."""
    years = national["year"]
    wbk_only = national["predicate_pemda"] - national["wbbm_pemda"]
    figure = go.Figure([
        go.Bar(x=years, y=wbk_only, name=t("chart.holding_wbk", lang), marker_color=WBK_COLOUR),
        go.Bar(x=years, y=national["wbbm_pemda"], name=t("chart.holding_wbbm", lang), marker_color=WBBM_COLOUR),
        go.Scatter(x=years, y=national["target_wbk"].astype("float64"), name=t("chart.target_wbk", lang),
                   mode="lines+markers", line={"color": TARGET_COLOUR, "width": 3, "dash": "dash"}),
    ])
    figure.update_layout(
        barmode="stack", title={"text": t("chart.target_vs_achieved.title", lang), "x": 0.01}, font=FONT,
        xaxis={"title": t("chart.year", lang), "dtick": 2, "tickangle": 0}, yaxis={"title": t("chart.units", lang)},
        legend={"orientation": "h", "y": -0.2}, margin={"l": 10, "r": 10, "t": 48, "b": 10}, height=420,
        plot_bgcolor="#ffffff", paper_bgcolor="#ffffff",
    )
    figure.update_yaxes(gridcolor="#e5e5e5")
    return figure

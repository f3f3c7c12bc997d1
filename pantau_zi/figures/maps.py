"""Plotly figure builders: data in, go.Figure out, no Streamlit, so each can be tested and exported."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from pantau_zi.i18n import t

# ColorBrewer YlGnBu, colour-blind safe; no data is a neutral grey outside the ramp.
SEQUENTIAL = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")
NO_DATA_COLOUR = "#d4d4d4"
WBK_COLOUR, WBBM_COLOUR, TARGET_COLOUR = "#2c7fb8", "#253494", "#d95f02"
# Fits 95-141 deg E in a map about 500 px wide (the narrowest column on a 1366 px laptop).
INDONESIA_VIEW = {"center": {"lat": -2.4, "lon": 118.0}, "zoom": 2.75}
# Class edges of a percentage; the first class holds exactly zero, so 'none yet' stands apart.
PERCENT_EDGES = (0, 25, 50, 75, math.inf)
FONT = {"family": "sans-serif", "size": 15}


def percent_class_labels(edges=PERCENT_EDGES) -> list[str]:
    """Legend labels for PERCENT_EDGES: '0%', '> 0–25%', ..., '> 75%'."""
    labels = ["0%"]
    for low, high in zip(edges, edges[1:]):
        labels.append(f"> {low}%" if math.isinf(high) else f"> {low}\u2013{high}%")
    return labels


def classify_percent(values: pd.Series, edges=PERCENT_EDGES) -> pd.Series:
    """Class of each percentage: 0 for zero (or less), 1 for (0, 25], ...; -1 where there is no value."""
    classes = pd.cut(values.astype("float64"), bins=[-math.inf, *edges], labels=False, right=True)
    return classes.fillna(-1).astype(int)


def _stepped_colourscale(colours: list[str]) -> list[list]:
    """A colourscale giving each integer z in [0, len-1] one flat colour."""
    steps, count = [], len(colours)
    for position, colour in enumerate(colours):
        steps += [[position / count, colour], [(position + 1) / count, colour]]
    return steps


def choropleth(values: pd.DataFrame, geojson: dict, value_column: str, title: str, lang: str) -> go.Figure:
    """One-trace classed choropleth of a percentage; regions without a value drawn grey as 'no data'.

    values needs columns region_code, name, province and value_column.
    """
    labels = [t("map.no_data", lang), *percent_class_labels()]
    colours = [NO_DATA_COLOUR, *SEQUENTIAL]
    z = classify_percent(values[value_column]) + 1
    shown = values[value_column].map(lambda v: t("map.no_data", lang) if pd.isna(v) else f"{v:,.1f}%")
    figure = go.Figure(go.Choroplethmap(
        geojson=geojson, locations=values["region_code"], featureidkey="id", z=z,
        zmin=-0.5, zmax=len(colours) - 0.5, colorscale=_stepped_colourscale(colours),
        marker={"line": {"width": 0.4, "color": "#ffffff"}},
        customdata=list(zip(values["name"], values["province"], shown)),
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
        colorbar={"tickvals": list(range(len(colours))), "ticktext": labels, "title": {"text": ""},
                  "orientation": "h", "thickness": 12, "len": 0.95, "y": -0.02, "yanchor": "top"},
    ))
    figure.update_layout(
        title={"text": title, "x": 0.01}, font=FONT, margin={"l": 0, "r": 0, "t": 48, "b": 40}, height=460,
        map={"style": "white-bg", **INDONESIA_VIEW}, paper_bgcolor="#ffffff",
    )
    return figure


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

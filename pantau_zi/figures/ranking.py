"""Regions ranked on a metric, and their predicates split by owner, as horizontal bars."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from pantau_zi.exports import localised
from pantau_zi.figures import FONT, TARGET_COLOUR, WBBM_COLOUR, WBK_COLOUR, hover_name, short_label
from pantau_zi.i18n import format_number, t
from pantau_zi.metrics import PERCENTS

BAR_PX = 26  # per region: 25 bars plus the selected one fit a 1366x768 screen with a short scroll


# KPK publishes the SPI with two decimals; counts are whole.
DECIMALS = {"spi": 2}


def value_text(value, metric: str, lang: str) -> str:
    """A metric value as shown on bars and in tables, in the language's number style; empty where there is none."""
    if pd.isna(value):
        return ""
    if metric in PERCENTS:
        return f"{format_number(value, 1, lang)}%"
    return format_number(value, DECIMALS.get(metric, 0), lang)


def _labels(shown: pd.DataFrame, selected: str | None, cut: bool = True) -> list[str]:
    """Labels 'rank. name', the selected one bold; names come from data, so they are escaped, and on the axis
    (`cut`) a long one is cut with an ellipsis, which the hover shows whole."""
    labels = []
    for rank, code, name in zip(shown["rank"], shown["region_code"], shown["name"]):
        label = f"{rank}. {short_label(name) if cut else hover_name(name)}"
        labels.append(f"<b>\u25b6 {label}</b>" if code == selected else label)
    return labels


def _height(rows: int) -> int:
    return max(260, BAR_PX * rows + 130)


def ranking_bars(shown: pd.DataFrame, selected: str | None, title: str, metric: str, lang: str) -> go.Figure:
    """One bar per ranked region, best at the top; the selected region in the contrasting colour."""
    colours = [TARGET_COLOUR if code == selected else WBK_COLOUR for code in shown["region_code"]]
    figure = go.Figure(go.Bar(
        x=shown["value"], y=_labels(shown, selected), orientation="h", marker_color=colours,
        text=[value_text(value, metric, lang) for value in shown["value"]], textposition="outside", cliponaxis=False,
        customdata=_labels(shown, selected, cut=False), hovertemplate="%{customdata}: %{text}<extra></extra>",
    ))
    figure.update_layout(
        title={"text": title, "x": 0.01}, font=FONT, height=_height(len(shown)), showlegend=False,
        yaxis={"autorange": "reversed", "automargin": True}, plot_bgcolor="#ffffff", paper_bgcolor="#ffffff",
        xaxis={"gridcolor": "#e5e5e5", "rangemode": "tozero", "ticksuffix": "%" if metric in PERCENTS else ""},
        margin={"l": 10, "r": 60, "t": 48, "b": 10},
    )
    return figure


def owner_bars(split: pd.DataFrame, shown: pd.DataFrame, selected: str | None, lang: str) -> go.Figure:
    """Pemda and vertical agencies' units holding WBK and WBBM, side by side, for the regions in `shown`."""
    owners = ("pemda", "vertikal")
    figure = make_subplots(rows=1, cols=2, shared_yaxes=True, horizontal_spacing=0.04,
                           subplot_titles=[t(f"filter.owner.{owner}", lang) for owner in owners])
    labels, names = _labels(shown, selected), _labels(shown, selected, cut=False)
    for column, owner in enumerate(owners, start=1):
        counts = split[split["owner_type"] == owner].set_index("region_code").reindex(shown["region_code"])
        for measure, colour in (("wbk", WBK_COLOUR), ("wbbm", WBBM_COLOUR)):
            figure.add_bar(x=counts[measure], y=labels, orientation="h", marker_color=colour,
                           name=t(f"chart.holding_{measure}", lang), legendgroup=measure, showlegend=column == 1,
                           customdata=names, hovertemplate="%{customdata}: %{x}<extra>%{fullData.name}</extra>",
                           row=1, col=column)
    figure.update_layout(
        barmode="stack", font=FONT, height=_height(len(shown)), plot_bgcolor="#ffffff", paper_bgcolor="#ffffff",
        title={"text": t("compare.owner.title", lang), "x": 0.01}, legend={"orientation": "h", "y": 1.0,
                                                                            "yanchor": "bottom", "x": 0.5},
        margin={"l": 10, "r": 20, "t": 90, "b": 10},
    )
    figure.update_yaxes(autorange="reversed", automargin=True)
    figure.update_xaxes(gridcolor="#e5e5e5", rangemode="tozero", title=t("chart.units", lang))
    return figure


def display_table(table: pd.DataFrame, metric: str, lang: str) -> pd.DataFrame:
    """A ranking as shown on screen: values as text, "no data" (never zero) where a region has none."""
    shown = table.assign(rank=table["rank"].astype("string").fillna("\u2013"),
                         value=[value_text(value, metric, lang) or t("map.no_data", lang) for value in table["value"]])
    return localised(shown.rename(columns={"value": metric}), lang)

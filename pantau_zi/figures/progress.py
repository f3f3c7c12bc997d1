"""Holdings against a target year by year, with the projection at the current pace, and the status table."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from pantau_zi.exports import localised
from pantau_zi.figures import FONT, TARGET_COLOUR, WBBM_COLOUR, WBK_COLOUR, plain
from pantau_zi.figures.profile import GOAL_COLOURS
from pantau_zi.i18n import format_number, t

# A symbol with every status, so it reads without colour and in plain-text tables and downloads.
STATUS_SYMBOLS = {"achieved": "\u2714", "on_track": "\u2197", "off_track": "\u2198", "missed": "\u2716",
                  "no_target": "\u2013"}
PROJECTION_COLOUR = "#4d4d4d"


def status_label(status: str, lang: str) -> str:
    """The status as symbol and words, so it never depends on colour alone."""
    return f"{STATUS_SYMBOLS[status]} {t(f'target.status.{status}', lang)}"


def with_status_labels(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table with its status and kind-of-target codes replaced by their labels, for downloads."""
    kinds = [t(f"target.kind.{kind}", lang) if isinstance(kind, str) else "\u2013" for kind in table["target_kind"]]
    return table.assign(status=[status_label(code, lang) for code in table["status"]], target_kind=kinds)


def _number(value, lang: str) -> str:
    """One decimal where it matters: '6,3', '50'; a dash where there is no value."""
    if pd.isna(value):
        return "\u2013"
    return format_number(value, 1, lang).removesuffix(",0" if lang == "id" else ".0")


def _bars(series: pd.DataFrame, target: str, lang: str) -> list[go.Bar]:
    """The pemda units the target counts: those that declared ZI, those holding WBBM, or those holding WBK only
    and WBBM, stacked (a WBK target counts both)."""
    if target == "declared":
        return [go.Bar(x=series["year"], y=series["counted"], name=t("target.chart.declared", lang),
                       marker_color=GOAL_COLOURS["declared"])]
    if target == "wbbm":
        return [go.Bar(x=series["year"], y=series["wbbm_pemda"], name=t("chart.holding_wbbm", lang),
                       marker_color=WBBM_COLOUR)]
    return [go.Bar(x=series["year"], y=series["wbk_only"], name=t("chart.holding_wbk", lang), marker_color=WBK_COLOUR),
            go.Bar(x=series["year"], y=series["wbbm_pemda"], name=t("chart.holding_wbbm", lang),
                   marker_color=WBBM_COLOUR)]


def progress_chart(series: pd.DataFrame, status: pd.Series, title: str, year: int, lang: str,
                   target: str = "wbk") -> go.Figure:
    """The pemda units a target counts as bars, the target as a dashed step to its deadline, and the projection
    at the current pace as a dotted line; `series` comes from progress.yearly, `status` from progress.choice_status."""
    figure = go.Figure(_bars(series, target, lang))
    goal = series.dropna(subset=["target"])[["year", "target"]]
    deadline = status["deadline_year"]
    last = goal["year"].max() if len(goal) else year
    if status["status"] != "no_target" and deadline > last:
        goal = pd.concat([goal, pd.DataFrame({"year": [deadline], "target": [status["target"]]})])
    if not goal.empty:
        # a marker on the deadline, so a target running a year or two still reads as more than a dash
        figure.add_scatter(x=goal["year"], y=goal["target"], name=t(f"target.chart.target_{target}", lang),
                           mode="lines+markers", marker={"size": [0] * (len(goal) - 1) + [10], "symbol": "diamond"},
                           line={"color": TARGET_COLOUR, "width": 3, "dash": "dash", "shape": "hv"})
    if status["status"] in ("on_track", "off_track"):
        figure.add_scatter(x=[year, deadline], y=[status["current"], status["projected"]], mode="lines+markers",
                           name=t("target.chart.projection", lang),
                           line={"color": PROJECTION_COLOUR, "width": 3, "dash": "dot"}, marker={"size": 9})
    subtitle = status_label(status["status"], lang)
    if status["status"] != "no_target":
        subtitle += "<br>" + t("target.chart.subtitle", lang, target=_number(status["target"], lang),
                                   deadline=int(deadline), current=_number(status["current"], lang),
                                   attainment=_number(status["attainment"], lang))
    figure.update_layout(
        barmode="stack", font=FONT, height=400, plot_bgcolor="#ffffff", paper_bgcolor="#ffffff",
        title={"text": plain(title), "x": 0.01, "subtitle": {"text": subtitle, "font": {"size": 14}}},
        xaxis={"title": t("chart.year", lang), "dtick": 2, "tickangle": 0},
        yaxis={"title": t("chart.units", lang), "gridcolor": "#e5e5e5", "rangemode": "tozero"},
        legend={"orientation": "h", "y": -0.22}, margin={"l": 10, "r": 10, "t": 100, "b": 10},
    )
    return figure


def status_table(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The status table as shown: localised headers, numbers in the language's style, each status as symbol
    and words. Plain text rather than a coloured Styler, which cost about 100 ms on every redraw."""
    numbers = {name: [_number(value, lang) for value in table[name]]
               for name in ("target", "current", "attainment", "pace", "projected")}
    # a year is a name, not a quantity: no thousands separator
    deadline = [str(int(year)) if pd.notna(year) else "\u2013" for year in table["deadline_year"]]
    return localised(with_status_labels(table, lang).assign(**numbers, deadline_year=deadline), lang)

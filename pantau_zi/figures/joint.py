"""KPK's SPI against a ZI measure, one point per kabupaten/kota, coloured by its Ombudsman zone."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from pantau_zi import spi
from pantau_zi.figures import FONT, NO_DATA_COLOUR, hover_name, plain
from pantau_zi.i18n import t
from pantau_zi.mapping import ZONE_COLOURS, ZONES

HIGHLIGHT = {"color": "#000000", "width": 2.5}
OUTLINE = {"color": "#475569", "width": 0.5}
POINT_PX, CHOSEN_PX = 9, 16


def _hover_rows(rows: pd.DataFrame, lang: str) -> np.ndarray:
    """Per point: code (read back by a click), then name, province, SPI zone and year, Ombudsman, all as text."""
    def ombudsman(zone, year) -> str:
        return t("map.no_data", lang) if pd.isna(zone) else f"{t(f'profile.zone.{zone}', lang)}, {year}"

    # An array, not nested lists, which Plotly would validate cell by cell (0.4 s for 500 points).
    return np.array([[code, hover_name(name), plain(province), f"{t(f'spi.zone.{zone}', lang)}, {spi_year}",
             ombudsman(zone_o, year_o)]
            for code, name, province, zone, spi_year, zone_o, year_o in zip(
                rows["region_code"], rows["name"], rows["province"], rows["spi_zone"], rows["spi_year"],
                rows["ombudsman_zone"], rows["ombudsman_year"])], dtype=object).reshape(-1, 5)


def spi_scatter(rows: pd.DataFrame, measure: str, measure_label: str, title: str, selected: str | None,
                lang: str) -> go.Figure:
    """One trace per Ombudsman zone and one for regions without a report (legend order: low to high, then none);
    dashed lines at KPK's zone floors. `rows` are joint.plotted rows."""
    template = (f"<b>%{{customdata[1]}}</b><br>%{{customdata[2]}}<br>{plain(t('joint.hover.spi', lang))}: %{{x:.2f}}"
                f" (%{{customdata[3]}})<br>{plain(measure_label)}: %{{y:.1f}}<br>"
                f"{plain(t('joint.hover.ombudsman', lang))}: %{{customdata[4]}}<extra></extra>")
    traces = []
    groups = [(zone, t(f"peta.zone.{zone}", lang), colour) for zone, colour in zip(ZONES, ZONE_COLOURS)]
    groups.append((None, t("joint.no_ombudsman", lang), NO_DATA_COLOUR))
    zones = rows["ombudsman_zone"].astype(object).fillna("").to_numpy()
    for zone, name, colour in groups:
        part = rows[zones == (zone or "")]
        if not part.empty:
            traces.append(go.Scatter(x=part["spi"], y=part[measure], mode="markers", name=plain(name),
                                     customdata=_hover_rows(part, lang), hovertemplate=template,
                                     marker={"color": colour, "size": POINT_PX, "opacity": 0.85, "line": OUTLINE}))
    # The chosen region drawn again on top, ringed: one small trace instead of a size and outline per point.
    chosen = rows.loc[rows["region_code"] == selected]
    if not chosen.empty:
        traces.append(go.Scatter(x=chosen["spi"], y=chosen[measure], mode="markers", showlegend=False,
                                 customdata=_hover_rows(chosen, lang), hovertemplate=template,
                                 marker={"color": "rgba(0,0,0,0)", "size": CHOSEN_PX, "line": HIGHLIGHT}))
    figure = go.Figure(traces)
    # KPK's zone floors as dashed lines, named at the top; shapes, not add_vline, which re-validates the layout.
    floors = [(name, floor) for name, floor in spi.ZONE_FLOORS if floor > 0]
    figure.update_layout(
        shapes=[{"type": "line", "xref": "x", "yref": "paper", "x0": floor, "x1": floor, "y0": 0, "y1": 1,
                 "line": {"color": "#64748b", "width": 1, "dash": "dash"}} for _, floor in floors],
        annotations=[{"xref": "x", "yref": "paper", "x": floor, "y": 1, "xanchor": "left", "yanchor": "bottom",
                      "text": plain(t(f"spi.zone.{name}", lang)), "showarrow": False, "font": {"size": 12}}
                     for name, floor in floors],
        title={"text": plain(title), "x": 0.01}, font=FONT, height=520, plot_bgcolor="#ffffff",
        paper_bgcolor="#ffffff", clickmode="event+select", dragmode=False,
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0, "title": {"text": ""}},
        xaxis={"title": {"text": plain(t("joint.axis.spi", lang))}, "gridcolor": "#e5e5e5", "zeroline": False},
        yaxis={"title": {"text": plain(measure_label)}, "gridcolor": "#e5e5e5", "zeroline": False},
        margin={"l": 10, "r": 20, "t": 100, "b": 10},
    )
    return figure

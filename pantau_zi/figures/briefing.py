"""Figures restyled for a projector at the back of a room: large type, thick marks, strong contrast."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from pantau_zi.figures import WBBM_COLOUR, WBK_COLOUR
from pantau_zi.i18n import format_number, t

# No text on a slide is under 28 px at 1920x1080, chart labels included.
PROJECTOR_FONT = {"family": "sans-serif", "size": 28, "color": "#000000"}
# Washed-out projectors lose pale tints, so every stage gets a saturated colour (Okabe-Ito, colour-blind safe).
STAGE_COLOURS = {"pencanangan": "#999999", "pembangunan": "#E69F00", "usulan": "#56B4E9",
                 "evaluasi_tpn": "#009E73", "wbk": WBK_COLOUR, "wbbm": WBBM_COLOUR, "dicabut": "#D55E00"}
SLIDE_CHART_HEIGHT = 680


def for_projector(figure: go.Figure, height: int = SLIDE_CHART_HEIGHT) -> go.Figure:
    """A copy of the figure with projector type sizes and no title of its own (the slide carries the title)."""
    big = go.Figure(figure)
    big.update_layout(font=PROJECTOR_FONT, height=height, title=None, margin={"l": 20, "r": 20, "t": 20, "b": 20},
                      legend={"font": PROJECTOR_FONT}, hoverlabel={"font": PROJECTOR_FONT})
    axes = {"tickfont": PROJECTOR_FONT, "title_font": PROJECTOR_FONT, "gridcolor": "#bdbdbd"}
    big.update_xaxes(**axes)
    big.update_yaxes(**axes, automargin=True)
    for trace in big.select_traces(selector={"type": "scatter"}):
        sizes = trace.marker.size  # a size per point marks some points only (a target's deadline): keep which
        trace.update(line_width=6, marker_size=[16 if size else 0 for size in sizes] if isinstance(sizes, tuple)
                     else 16)
    return big


def stage_chart(counts: pd.Series, lang: str, height: int = SLIDE_CHART_HEIGHT) -> go.Figure:
    """Horizontal bars of how many units stand at each stage, each bar labelled with its count."""
    shown = counts[counts > 0][::-1]
    figure = go.Figure(go.Bar(
        x=shown.to_numpy(), y=[t(f"stage.{stage}", lang) for stage in shown.index], orientation="h",
        marker_color=[STAGE_COLOURS[stage] for stage in shown.index],
        text=[format_number(value, 0, lang) for value in shown], textposition="outside", cliponaxis=False,
        textfont={"size": 30}, hoverinfo="skip"))
    figure.update_layout(font=PROJECTOR_FONT, height=height, template="none", plot_bgcolor="#ffffff",
                         paper_bgcolor="#ffffff", margin={"l": 20, "r": 80, "t": 10, "b": 20}, showlegend=False,
                         xaxis={"visible": False},
                         yaxis={"tickfont": {"size": 30, "color": "#000000"}, "automargin": True})
    return figure

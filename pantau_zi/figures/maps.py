"""Kabupaten/kota choropleths."""

from __future__ import annotations

import html
import math

import plotly.graph_objects as go

from pantau_zi.figures import FONT
from pantau_zi.mapping import Classed

# Fits 95-141 deg E in a map about 500 px wide (the narrowest column on a 1366 px laptop).
INDONESIA_VIEW = {"center": {"lat": -2.4, "lon": 118.0}, "zoom": 2.75}
OUTLINE, HIGHLIGHT = ("#ffffff", 0.4), ("#000000", 3.0)


def _stepped_colourscale(colours) -> list[list]:
    """A colourscale giving each integer z in [0, len-1] one flat colour."""
    steps, count = [], len(colours)
    for position, colour in enumerate(colours):
        steps += [[position / count, colour], [(position + 1) / count, colour]]
    return steps


def choropleth(classed: Classed, geojson: dict, title: str, view: dict = INDONESIA_VIEW,
               highlight: str | None = None, height: int = 460) -> go.Figure:
    """One-trace classed choropleth; the first legend class is 'no data', drawn grey; `highlight` outlines a region.

    Only ids, classes and one hover string per region travel with the geometry, to keep a render small.
    """
    frame = classed.frame
    # names come from data files, so they are escaped before Plotly reads them as markup; the markup itself
    # stays in the template, since Plotly's JSON writes every '<' of the data as six bytes
    hover = list(zip(frame["name"].map(html.escape), frame["province"].map(html.escape), frame["shown"]))
    line = {"color": OUTLINE[0], "width": OUTLINE[1]}
    if highlight:
        outlined = frame["region_code"] == highlight
        line = {"color": outlined.map({True: HIGHLIGHT[0], False: OUTLINE[0]}).tolist(),
                "width": outlined.map({True: HIGHLIGHT[1], False: OUTLINE[1]}).tolist()}
    figure = go.Figure(go.Choroplethmap(
        geojson=geojson, locations=frame["region_code"], featureidkey="id", z=frame["klass"] + 1,
        zmin=-0.5, zmax=len(classed.colours) - 0.5, colorscale=_stepped_colourscale(classed.colours),
        marker={"line": line},
        customdata=hover, hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
        colorbar={"tickvals": list(range(len(classed.colours))), "ticktext": list(classed.labels), "title": {"text": ""},
                  "orientation": "h", "thickness": 12, "len": 0.95, "y": -0.02, "yanchor": "top"},
    ))
    figure.update_layout(
        title={"text": title, "x": 0.01}, font=FONT, margin={"l": 0, "r": 0, "t": 48, "b": 40}, height=height,
        map={"style": "white-bg", **view}, paper_bgcolor="#ffffff", template="none",
    )
    return figure


def rezoomed(figure: go.Figure, factor: float) -> go.Figure:
    """A copy of a map figure for a plot `factor` times the pixel size it was made for, showing the same area."""
    zoom = figure.layout.map.zoom
    if zoom is None:
        return figure
    return go.Figure(figure).update_layout(map_zoom=zoom + math.log2(factor))

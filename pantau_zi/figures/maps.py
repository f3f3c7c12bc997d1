"""Kabupaten/kota choropleths."""

from __future__ import annotations

import html

import plotly.graph_objects as go

from pantau_zi.figures import FONT
from pantau_zi.mapping import Classed

# Plotly's SVG map (no WebGL, which software rendering starts slowly) with no base map of its own: the regions are
# the map. Mercator, as the web maps users know.
GEO = {"visible": False, "projection": {"type": "mercator"}, "bgcolor": "#ffffff"}
# The country from Sabang to Merauke and Miangas to Rote, in degrees.
INDONESIA_VIEW = {"lonaxis": {"range": [94.5, 141.5]}, "lataxis": {"range": [-11.5, 6.5]}}
OUTLINE, HIGHLIGHT = ("#ffffff", 0.4), ("#000000", 3.0)
# A frame's time on screen while playing: long enough for a 2-core laptop to draw the national map.
PLAY_FRAME_MS = 1000
# The title strip of a map without a colorbar, and the strip a player adds below it for its slider and buttons.
TITLE_PX, PLAYER_PX = 36, 64


def _stepped_colourscale(colours) -> list[list]:
    """A colourscale giving each integer z in [0, len-1] one flat colour."""
    steps, count = [], len(colours)
    for position, colour in enumerate(colours):
        steps += [[position / count, colour], [(position + 1) / count, colour]]
    return steps


def choropleth(classed: Classed, geojson: dict | str, title: str, view: dict = INDONESIA_VIEW,
               highlight: str | None = None, height: int = 460, colorbar: bool = True) -> go.Figure:
    """One-trace classed choropleth; the first legend class is 'no data', drawn grey; `highlight` outlines a region.

    `geojson` is the features or the URL the browser fetches them from once. Only ids, classes and one hover string
    per region travel with a render, to keep it small. Without a colorbar the page draws the legend (legend_html).
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
    figure = go.Figure(go.Choropleth(
        geojson=geojson, locations=frame["region_code"], featureidkey="id", z=frame["klass"] + 1,
        zmin=-0.5, zmax=len(classed.colours) - 0.5, colorscale=_stepped_colourscale(classed.colours),
        marker={"line": line}, showscale=colorbar,
        customdata=hover, hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
        colorbar={"tickvals": list(range(len(classed.colours))), "ticktext": list(classed.labels), "title": {"text": ""},
                  "orientation": "h", "thickness": 12, "len": 0.95, "y": -0.02, "yanchor": "top"},
    ))
    figure.update_layout(
        title={"text": title, "x": 0.01}, font=FONT, height=height,
        margin={"l": 0, "r": 0, "t": 48 if colorbar else TITLE_PX, "b": 40 if colorbar else 4},
        geo={**GEO, **view}, paper_bgcolor="#ffffff", template="none",
    )
    return figure


def year_player(figure: go.Figure, years: dict[int, Classed], titles: dict[int, str], start: int,
                labels: tuple[str, str]) -> go.Figure:
    """The map with one frame per year that changes only the classes and the title, a year slider and play and
    pause buttons (`labels`), opening on `start`; the slider, title and colours move together in the browser.

    Geometry and names travel once; a frame is one small integer per region. The hover names only the region: its
    value would cost a string per region per frame, and its province 8 KB the national render cannot spare.
    """
    trace = figure.data[0]
    codes = list(trace.locations)
    frames = [{"name": str(year), "traces": [0], "layout": {"title": {"text": titles[year]}},
               "data": [{"type": "choropleth", "z": _classes_of(classed, codes)}]}
              for year, classed in years.items()]
    player = go.Figure(figure)
    player.data[0].update(customdata=[row[:1] for row in trace.customdata],
                          hovertemplate="<b>%{customdata[0]}</b><extra></extra>",
                          z=frames[list(years).index(start)]["data"][0]["z"])
    step = {"mode": "immediate", "frame": {"duration": 0, "redraw": True}, "transition": {"duration": 0}}
    player.update_layout(
        height=figure.layout.height + PLAYER_PX, margin_b=figure.layout.margin.b + PLAYER_PX,
        sliders=[{"active": list(years).index(start), "currentvalue": {"visible": False}, "x": 0.12, "len": 0.88,
                  "y": 0, "yanchor": "top", "pad": {"t": 4, "b": 0},
                  "steps": [{"label": frame["name"], "method": "animate", "args": [[frame["name"]], step]}
                            for frame in frames]}],
        updatemenus=[{"type": "buttons", "direction": "left", "showactive": False, "x": 0, "y": 0,
                      "xanchor": "left", "yanchor": "top", "pad": {"t": 4},
                      "buttons": [{"label": "\u25b6 " + labels[0], "method": "animate",
                                   "args": [None, {**step, "frame": {"duration": PLAY_FRAME_MS, "redraw": True},
                                                   "fromcurrent": True}]},
                                  {"label": "\u275a\u275a " + labels[1], "method": "animate",
                                   "args": [[None], {**step, "frame": {"duration": 0, "redraw": False}}]}]}],
    )
    player.frames = frames
    return player


def _classes_of(classed: Classed, codes: list[str]) -> list[int]:
    """The trace's z of each region, in the order of the trace's locations."""
    return (classed.frame.set_index("region_code")["klass"].reindex(codes) + 1).tolist()


def legend_html(classed: Classed) -> str:
    """The legend as a wrapping row of swatches and labels, which a narrow screen keeps whole (a colorbar's end
    labels fall off it) and a screen reader reads."""
    items = "".join(
        f'<span style="display:inline-flex;align-items:center;gap:0.3rem;margin-right:0.9rem;white-space:nowrap">'
        f'<span style="display:inline-block;width:1.1rem;height:0.8rem;background:{colour};'
        f'border:1px solid #8a8a8a"></span>{html.escape(label)}</span>'
        for colour, label in zip(classed.colours, classed.labels))
    return f'<div style="display:flex;flex-wrap:wrap;row-gap:0.2rem;font-size:0.9rem">{items}</div>'


"""Plotly figure builders, one module per kind of figure: data in, go.Figure out, no Streamlit.

The shared palette lives here so every chart speaks the same colours, and the escaping every data string goes
through before it reaches a figure.
"""

import html
import textwrap

from pantau_zi.i18n import CATALOGUE, format_number, t

# ColorBrewer YlGnBu, colour-blind safe; no data is a neutral grey outside the ramp.
SEQUENTIAL = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")
NO_DATA_COLOUR = "#d4d4d4"
WBK_COLOUR, WBBM_COLOUR, TARGET_COLOUR = "#2c7fb8", "#253494", "#d95f02"
FONT = {"family": "sans-serif", "size": 15}
PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}
# Where the web server hands Plotly its base map (paths.TOPOJSON_DIR) and the map layers (ui.MapLayer.files).
TOPOJSON_ROUTE, GEO_ROUTE = "/_pantau/topojson/", "/_pantau/geo/"
PLOTLY_WORD_KEYS = tuple(key for key in CATALOGUE if key.startswith("plotly."))
# A name longer than this is cut on an axis: a 5,000-character unit name squeezed the timeline's plot to nothing.
LABEL_CHARACTERS = 60
# A hover taller than the plot is not drawn at all (a 5,000-character name in 63 lines showed nothing): a name
# whole up to 6 lines of 80 characters, which every real name fits, and cut with "…" past that.
HOVER_CHARACTERS, HOVER_LINES = 80, 6


def plain(text) -> str:
    """Data text that Plotly shows as written: its HTML subset (<a href>, <b>, <br>, entities) escaped."""
    return html.escape(str(text), quote=False)


def shortened(text, limit: int = LABEL_CHARACTERS) -> str:
    """The text cut with an ellipsis past `limit` characters, for a name on an axis or a slide."""
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def short_label(text, limit: int = LABEL_CHARACTERS) -> str:
    """Data text for an axis: cut, then escaped, so that no entity is cut in two (the hover shows it in lines)."""
    return plain(shortened(text, limit))


def hover_name(text, width: int = HOVER_CHARACTERS) -> str:
    """Data text for a hover: escaped, in lines of at most `width` characters rather than one off-screen line."""
    lines = textwrap.wrap(str(text), width, max_lines=HOVER_LINES, placeholder=" \u2026")
    return "<br>".join(map(plain, lines)) or plain(text)


def plotly_config(lang: str, base_path: str = "") -> dict:
    """PLOTLY_CONFIG with Plotly's own words (toolbar titles, notices), month names and the number separators in
    lang, through plotly.js's locale dictionary: no file to fetch, and a tick reads 1.000,5 beside a table's 1.000,5.
    A map's base map comes from this server under `base_path` (the URL path the app is served at), not a CDN."""
    grouped = format_number(1000.5, 1, lang)  # "1.000,5" or "1,000.5"
    months = [t(f"month.{month}", lang) for month in range(1, 13)]
    locale = {"dictionary": {t(key, "en"): t(key, lang) for key in PLOTLY_WORD_KEYS},
              "format": {"decimal": grouped[-2], "thousands": grouped[1], "months": months,
                         "shortMonths": [month[:3] for month in months]}}
    return {**PLOTLY_CONFIG, "locale": lang, "locales": {lang: locale}, "topojsonURL": base_path + TOPOJSON_ROUTE}

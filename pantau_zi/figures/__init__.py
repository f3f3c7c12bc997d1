"""Plotly figure builders, one module per kind of figure: data in, go.Figure out, no Streamlit.

The shared palette lives here so every chart speaks the same colours.
"""

# ColorBrewer YlGnBu, colour-blind safe; no data is a neutral grey outside the ramp.
SEQUENTIAL = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")
NO_DATA_COLOUR = "#d4d4d4"
WBK_COLOUR, WBBM_COLOUR, TARGET_COLOUR = "#2c7fb8", "#253494", "#d95f02"
FONT = {"family": "sans-serif", "size": 15}
PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}

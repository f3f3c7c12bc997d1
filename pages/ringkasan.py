"""Ringkasan: national headline figures, targets against achievements, and the coverage map."""

import streamlit as st

from pantau_zi import figures, ui, views
from pantau_zi.i18n import t

lang = ui.current_language()
data = ui.current_dataset(lang)
panel = ui.current_panel()
year = st.sidebar.select_slider(t("app.year", lang), options=views.YEARS, value=views.YEARS[-1], key="tahun",
                                bind="query-params")

st.title(t("app.title", lang))
st.caption(t("app.tagline", lang) + " · " + t("app.data_as_of", lang, year=year))
ui.synthetic_notice(lang)

national = views.national(panel)
columns = st.columns(len(views.HEADLINE_METRICS))
for column, figure in zip(columns, views.headline_figures(national, year)):
    column.metric(t(f"metric.{figure.metric}", lang), figure.value_text,
                  figure.delta if figure.delta is not None else None,
                  help=t("metric.delta", lang, delta=figure.delta or 0, year=year - 1))

left, right = st.columns([3, 2])
with left:
    layer = ui.current_map_layer()
    map_values = views.map_values(panel, data, year, "coverage_pct")
    st.plotly_chart(figures.choropleth(map_values, layer.geojson, "coverage_pct", t("map.title", lang, year=year), lang),
                    key="peta", config={"displaylogo": False, "scrollZoom": True})
    ui.boundary_notice(layer, lang)
with right:
    st.plotly_chart(figures.target_vs_achieved(national, lang), key="target", config={"displaylogo": False})

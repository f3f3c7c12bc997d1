"""Ringkasan: headline figures of the chosen place and year, targets against achievements, and the coverage map."""

from dataclasses import replace

import streamlit as st

from pantau_zi import mapping, metrics, ui, views
from pantau_zi.figures import PLOTLY_CONFIG, maps, trends
from pantau_zi.filters import in_years
from pantau_zi.i18n import t

lang = ui.current_language()
data = ui.current_dataset(lang)
filters = ui.current_filters()
panel = ui.current_panel(filters)
year = filters.year

st.title(views.scope_name(data, filters, t("scope.nation", lang)))
st.caption(t("app.tagline", lang) + " · " + t("app.data_as_of", lang, year=year))
ui.synthetic_notice(lang)

totals = views.scope_totals(panel)
columns = st.columns(len(views.HEADLINE_METRICS))
for column, figure in zip(columns, views.headline_figures(totals, year)):
    with column:
        ui.headline_card(figure, year, lang, with_trend=True)

left, right = st.columns([3, 2])
with left:
    layer = ui.current_map_layer()
    province = views.map_province(data, filters)
    map_panel = ui.current_panel(replace(filters, region=None, province=province)) if filters.region else panel
    values = mapping.map_values(map_panel, data, year, "coverage_pct")
    # the map shares the row with the chart, so it is about 520 px wide on a laptop
    geojson, view = mapping.drawn_geometry(layer.geojson, layer.national, values["region_code"], bool(province),
                                           width_px=520)
    st.plotly_chart(maps.choropleth(mapping.classify(values, "coverage_pct", lang), geojson,
                                    t("map.title", lang, year=year), view, filters.region),
                    key="peta", config={**PLOTLY_CONFIG, "scrollZoom": True})
    ui.boundary_notice(layer, lang)
with right:
    st.plotly_chart(trends.target_vs_achieved(in_years(totals, filters), lang), key="target", config=PLOTLY_CONFIG)
    ui.download_buttons(metrics.public_columns(in_years(totals, filters)), "pantau-zi-ringkasan", lang, "ringkasan")

"""Ringkasan: headline figures of the chosen place and year, targets against achievements, and the coverage map."""

import streamlit as st

from pantau_zi import ui, views
from pantau_zi.i18n import t

lang = ui.current_language()
data = ui.shown_dataset(lang)
filters = ui.current_filters()
source = ui.current_source()
year = filters.year

st.title(views.scope_name(data, filters, t("scope.nation", lang)))
st.caption(t("app.tagline", lang) + " · " + t("app.data_as_of", lang, year=year))
ui.data_notice(lang)

totals = ui.scope_totals(source, filters)
columns = st.columns(len(views.HEADLINE_METRICS))
for column, figure in zip(columns, views.headline_figures(totals, year)):
    with column:
        ui.headline_card(figure, year, lang, with_trend=True)

left, right = st.columns([3, 2])
with left:
    st.plotly_chart(ui.overview_map(source, filters, lang), key="peta", config=ui.map_config(lang))
    ui.boundary_notice(ui.current_map_layer(), lang)
with right:
    trend, empty_note = ui.overview_trend(source, filters, lang)
    if empty_note:
        st.info(empty_note, icon=":material/info:")
    if trend is not None:
        st.plotly_chart(trend, key="target", config=ui.chart_config(lang))
    ui.download_buttons(ui.overview_download(source, filters, lang), "pantau-zi-ringkasan", lang, "ringkasan")

if filters.scope == "nation":
    ui.national_panel(year, lang)

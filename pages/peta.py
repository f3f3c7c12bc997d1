"""Peta: a chosen measure per kabupaten/kota in one year, zoomed to the chosen province; a click opens the profile."""

import dataclasses
import time

import streamlit as st

from pantau_zi import mapping, ui, views
from pantau_zi.figures import maps, plotly_config
from pantau_zi.i18n import t
from pantau_zi.metrics import PERCENTS

YEAR_KEY, PLAY_KEY, RANGE_KEY, NEXT_YEAR_KEY = "peta_tahun", "peta_putar", "_peta_rentang", "_peta_tahun_berikut"
PLAY_SECONDS = 0.8

lang = ui.current_language()
data = ui.current_dataset(lang)
filters = ui.current_filters()
first, last = filters.years
regencies = data.regencies.set_index("code")
province = views.map_province(data, filters)

st.title(t("peta.title", lang))
ui.synthetic_notice(lang)

# A widget's value can only be set before it is drawn, so the play step and a new sidebar range land here.
if st.session_state.get(RANGE_KEY) != (first, last) or YEAR_KEY not in st.session_state:
    st.session_state[RANGE_KEY], st.session_state[YEAR_KEY] = (first, last), last
if NEXT_YEAR_KEY in st.session_state:
    next_year = st.session_state.pop(NEXT_YEAR_KEY)
    st.session_state[YEAR_KEY] = min(next_year, last)
    st.session_state[PLAY_KEY] = next_year < last


def _rewind_if_at_end() -> None:
    if st.session_state[PLAY_KEY] and st.session_state[YEAR_KEY] >= last:
        st.session_state[YEAR_KEY] = first


metric_column, year_column, play_column = st.columns([3, 4, 1.4], vertical_alignment="bottom")
metric = metric_column.selectbox(t("peta.metric", lang), list(mapping.METRICS), key="ukuran", bind="query-params",
                                 format_func=lambda key: t(f"peta.metric.{key}", lang))
if first < last:
    year = year_column.slider(t("peta.year", lang), first, last, key=YEAR_KEY)
    playing = play_column.toggle(t("peta.play", lang), key=PLAY_KEY, on_change=_rewind_if_at_end,
                                 help=t("peta.play.help", lang))
else:
    year, playing = last, False

column = mapping.METRICS[metric]
# The whole province stays on the map when one region is chosen, so the region is seen among its neighbours.
panel = ui.current_panel(dataclasses.replace(filters, region=None, province=province))
values = mapping.map_values(panel, data, year, column)
count_maximum = int(panel[column].max()) if column in panel.columns and column not in PERCENTS else None
classed = mapping.classify(values, column, lang, count_maximum)

layer = ui.current_map_layer()
# A province is drawn in full detail; the whole country from the coarse layer, which keeps a render small.
geojson, view = mapping.drawn_geometry(layer.geojson, layer.national, values["region_code"], zoomed=bool(province))
title = t("peta.map_title", lang, metric=t(f"peta.metric.{metric}", lang), year=year)
event = st.plotly_chart(maps.choropleth(classed, geojson, title, view, filters.region, height=560),
                        key="peta-map", on_select="rerun", selection_mode="points",
                        config={**plotly_config(lang), "scrollZoom": True})
chosen = mapping.selected_region(event.selection.points if event else [])
if chosen:
    ui.open_region(chosen, regencies.at[chosen, "province_code"])
    st.switch_page("pages/profil.py")
st.caption(t("peta.click_hint", lang))
ui.boundary_notice(layer, lang)

st.subheader(t("peta.download", lang))
ui.download_buttons(values[["region_code", "name", "province", column]].assign(year=year),
                    f"pantau-zi-peta-{metric}-{year}", lang, key="peta-unduh")

if playing:
    time.sleep(PLAY_SECONDS)
    st.session_state[NEXT_YEAR_KEY] = year + 1
    st.rerun()

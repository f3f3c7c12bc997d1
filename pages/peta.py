"""Peta: a chosen measure per kabupaten/kota in one year, zoomed to the chosen province; a click or the region
search opens the profile."""

import dataclasses

import streamlit as st

from pantau_zi import mapping, spi, ui, views
from pantau_zi.figures import maps, plotly_config
from pantau_zi.i18n import t
from pantau_zi.metrics import PERCENTS

YEAR_KEY, PLAY_KEY, OPENED_KEY, SEARCH_KEY = "peta_tahun", "peta_putar", "_peta_dibuka", "peta-cari"
# The year's caption, the legend and the map fit under the controls on a 1366x768 laptop, where the map is about
# 900 px wide.
MAP_HEIGHT, MAP_WIDTH_PX = 290, 900

lang = ui.current_language()
data = ui.current_dataset(lang)
filters = ui.current_filters()
first, last = filters.years
regencies = data.regencies.set_index("code")
province = views.map_province(data, filters)

st.title(t("peta.title", lang))
ui.synthetic_notice(lang)

metric_column, year_column, play_column, search_column = st.columns([3, 3, 2, 3], vertical_alignment="bottom")
metric = metric_column.selectbox(t("peta.metric", lang), list(mapping.METRICS), key="ukuran", bind="query-params",
                                 format_func=lambda key: t(f"peta.metric.{key}", lang))
metric_label = t(f"peta.metric.{metric}", lang)
column = mapping.METRICS[metric]
# The whole province stays on the map when one region is chosen, so the region is seen among its neighbours.
panel = ui.current_panel(dataclasses.replace(filters, region=None, province=province))
survey = ui.spi_table() if column == "spi" else None
latest = mapping.latest_year_with_data(mapping.yearly_values(panel, data, column, survey), column, first, last)
# A measure opens on its latest year with data; a widget's value can only be set before it is drawn.
if st.session_state.get(OPENED_KEY) != (first, last, metric) or YEAR_KEY not in st.session_state:
    st.session_state[OPENED_KEY], st.session_state[YEAR_KEY] = (first, last, metric), latest or last
playing = first < last and play_column.toggle(t("peta.play", lang), key=PLAY_KEY, help=t("peta.play.help", lang))
if first < last:
    year = year_column.slider(t("peta.year", lang), first, last, key=YEAR_KEY, disabled=playing)
else:
    year = last

# KPK's SPI starts in 2021: before that a map would be all grey, so the page says so instead, and plays only
# the SPI's years.
years = [y for y in range(first, last + 1) if column != "spi" or y in spi.YEARS]
if playing and year not in years and years:
    year = years[-1]
shown = column != "spi" or year in spi.YEARS

values = mapping.map_values(panel, data, year, column, survey)
names = values.set_index("region_code")
picked = search_column.selectbox(
    t("peta.search", lang), list(values["region_code"]), index=None, key=SEARCH_KEY,
    placeholder=t("peta.search.placeholder", lang),
    format_func=lambda code: names.at[code, "name"] + ("" if province else f" ({names.at[code, 'province']})"))
if picked:
    ui.open_profile(picked, regencies.at[picked, "province_code"])

count_maximum = int(panel[column].max()) if column in panel.columns and column not in PERCENTS else None
classed = mapping.classify(values, column, lang, count_maximum)
layer = ui.current_map_layer()
# A province is drawn in full detail; the whole country from the coarse layer, which keeps a render small.
geojson, view = mapping.drawn_geometry(layer.geojson, layer.national, values["region_code"], zoomed=bool(province),
                                       width_px=MAP_WIDTH_PX, height_px=MAP_HEIGHT - maps.TITLE_PX)
title = t("peta.map_title", lang, metric=metric_label, year=year)
figure = maps.choropleth(classed, geojson, title, view, filters.region, height=MAP_HEIGHT, colorbar=False)
if playing and len(years) > 1:
    figure = maps.year_player(
        figure, {y: mapping.classify(mapping.map_values(panel, data, y, column, survey), column, lang, count_maximum)
                 for y in years},
        {y: t("peta.map_title", lang, metric=metric_label, year=y) for y in years}, year,
        (t("peta.play.start", lang), t("peta.play.pause", lang)))
# Which year and why, and the legend, above the map: in sight on a laptop, and every class kept on a phone (a
# colorbar lost its ends there).
st.caption(t("peta.year_shown.playing", lang, first=years[0], last=years[-1]) if playing and years
           else mapping.year_caption(year, latest, first, last, metric_label, lang))
if shown:
    st.html(maps.legend_html(classed))
    event = st.plotly_chart(figure, key="peta-map", on_select="rerun", selection_mode="points",
                            config={**plotly_config(lang), "scrollZoom": True})
    chosen = mapping.selected_region(event.selection.points if event else [])
    if chosen:
        ui.open_profile(chosen, regencies.at[chosen, "province_code"])
    st.caption(t("peta.click_hint", lang))
else:
    st.info(t("peta.spi.no_year", lang))
if column == "spi":
    st.caption(t("peta.spi.source", lang, bands=", ".join(mapping.spi_class_labels(lang))))
ui.boundary_notice(layer, lang)

st.subheader(t("peta.download", lang))
ui.download_buttons(values[["region_code", "name", "province", column]].assign(year=year),
                    f"pantau-zi-peta-{metric}-{year}", lang, key="peta-unduh")

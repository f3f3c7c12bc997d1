"""Peta: a chosen measure per kabupaten/kota in one year, zoomed to the chosen province; a click or the region
search opens the profile."""

import dataclasses

import streamlit as st

from pantau_zi import mapping, ombudsman, provenance, ui, views
from pantau_zi.figures import maps
from pantau_zi.i18n import t

YEAR_KEY, PLAY_KEY, OPENED_KEY, SEARCH_KEY = "peta_tahun", "peta_putar", "_peta_dibuka", "peta-cari"
# The year's caption, the legend and the map fit under the controls on a 1366x768 laptop.
MAP_HEIGHT = 290

lang = ui.current_language()
data = ui.shown_dataset(lang)
filters = ui.current_filters()
first, last = filters.years
regencies = data.regencies.set_index("code")
province = views.map_province(data, filters)

st.title(t("peta.title", lang))
notice = st.container()

metric_column, year_column, play_column, search_column = st.columns([3, 3, 2, 3], vertical_alignment="bottom")
metric = metric_column.selectbox(t("peta.metric", lang), list(mapping.METRICS), key="ukuran", bind="query-params",
                                 format_func=lambda key: t(f"peta.metric.{key}", lang))
metric_label = t(f"peta.metric.{metric}", lang)
column = mapping.METRICS[metric]
# KPK's SPI and Ombudsman's reports are real: no synthetic notice beside them.
if filters.real_only or metric not in mapping.REAL_METRICS:
    with notice:
        ui.data_notice(lang)
# The whole province stays on the map when one region is chosen, so the region is seen among its neighbours.
panel = ui.current_panel(dataclasses.replace(filters, region=None, province=province))
survey = ui.map_survey(ui.current_source(), column)
latest = mapping.latest_year_with_data(mapping.yearly_values(panel, column, survey), column, first, last)
# A measure opens on its latest year with data; a widget's value can only be set before it is drawn.
if st.session_state.get(OPENED_KEY) != (first, last, metric) or YEAR_KEY not in st.session_state:
    st.session_state[OPENED_KEY], st.session_state[YEAR_KEY] = (first, last, metric), latest or last
playing = first < last and play_column.toggle(t("peta.play", lang), key=PLAY_KEY, help=t("peta.play.help", lang))
if first < last:
    year = year_column.slider(t("peta.year", lang), first, last, key=YEAR_KEY, disabled=playing)
else:
    year = last

# A year without SPI or Ombudsman data is said so, or shows the latest earlier Ombudsman year, named; the player
# steps only the years a measure has.
codes = panel["region_code"].unique()
years = mapping.measure_years(column, survey, codes, first, last)
if playing and year not in years and years:
    year = years[-1]
data_year = mapping.data_year(column, year, survey, codes)
chosen_year, year = year, data_year or year

shown = ui.measure_map(ui.current_source(), filters, metric, year, MAP_HEIGHT, lang)
values, classed, figure = shown.values, shown.classed, shown.figure
picked = search_column.selectbox(
    t("peta.search", lang), list(shown.search_names), index=None, key=SEARCH_KEY,
    placeholder=t("peta.search.placeholder", lang), format_func=shown.search_names.get)
if picked:
    ui.open_profile(picked, regencies.at[picked, "province_code"])

if playing and len(years) > 1:
    figure = maps.year_player(
        figure, {y: ui.measure_classes(ui.current_source(), filters, metric, y, lang)[1] for y in years},
        {y: t("peta.map_title", lang, metric=metric_label, year=y) for y in years}, year,
        (t("peta.play.start", lang), t("peta.play.pause", lang)))
# Which year and why, and the legend, above the map: in sight on a laptop, and every class kept on a phone (a
# colorbar lost its ends there).
if playing and years:
    st.caption(t("peta.year_shown.playing", lang, first=years[0], last=years[-1]))
elif data_year is not None and data_year != chosen_year:
    st.caption(t("peta.ombudsman.earlier", lang, year=chosen_year, shown=data_year))
else:
    st.caption(mapping.year_caption(year, latest, first, last, metric_label, lang))
if column == "zone" and data_year is not None:
    pemda = panel.loc[(panel["year"] == year) & ~panel["administrative"], "region_code"]
    count, of = ombudsman.coverage(survey, year, pemda)
    st.caption(t("peta.ombudsman.coverage", lang, count=count, of=of, year=year) + " "
               + t(f"ombudsman.method.{ombudsman.method(year)}", lang))
if data_year is not None:
    st.html(maps.legend_html(classed))
    event = st.plotly_chart(figure, key="peta-map", on_select="rerun", selection_mode="points",
                            config=ui.map_config(lang))
    chosen = mapping.selected_region(event.selection.points if event else [])
    if chosen:
        ui.open_profile(chosen, regencies.at[chosen, "province_code"])
    st.caption(t("peta.click_hint", lang))
elif column == "zone":
    st.info(t("peta.ombudsman.none", lang, year=chosen_year, first=ombudsman.years_with_data(survey)[0]))
else:
    st.info(t("peta.spi.no_year", lang))
if column == "spi":
    st.caption(t("peta.spi.source", lang, bands=", ".join(mapping.spi_class_labels(lang))))
if column == "zone":
    st.caption(t("peta.ombudsman.source", lang))
ui.boundary_notice(ui.current_map_layer(), lang)

st.subheader(t("peta.download", lang))
detail = list(mapping.OMBUDSMAN_DETAIL) if column == "zone" else []
download = values[["region_code", "name", "province", column, *detail]].assign(year=year)
ui.download_buttons(provenance.traced(download, ui.map_origins(data, column, year, survey, lang), lang),
                    f"pantau-zi-peta-{metric}-{year}", lang, key="peta-unduh")

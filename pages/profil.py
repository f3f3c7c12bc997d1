"""Profil wilayah: one kabupaten/kota on one screen, for a bupati/walikota office following its own units."""

import dataclasses

import streamlit as st

from pantau_zi import exports, profile, provenance, ui, views
from pantau_zi.filters import selected_regions
from pantau_zi.i18n import format_number, literal, t

lang = ui.current_language()
data = ui.shown_dataset(lang)
filters = ui.current_filters()
year = filters.year

if not filters.region:
    st.title(t("page.profile", lang))
    st.info(t("profile.pick_prompt", lang), icon=":material/location_city:")
    places = selected_regions(data.regencies, filters).set_index("code")
    # A callback, so the choice reaches the sidebar before it is drawn on the rerun that follows.
    st.selectbox(t("filter.region", lang), list(places.index), index=None, key="profil-pilih",
                 format_func=lambda code: places.at[code, "name"], placeholder=t("profile.pick_placeholder", lang),
                 on_change=lambda: ui.open_region(st.session_state["profil-pilih"],
                                                  places.at[st.session_state["profil-pilih"], "province_code"]))
    st.stop()

source = ui.current_source()
view = ui.region_profile(source, filters, lang)
tables = ui.profile_tables(source, filters, lang)
header = view.header

st.title(header.name)
st.caption(" · ".join([
    t(f"filter.kind.{header.kind}", lang), header.province, t("profile.capital", lang, capital=header.capital),
    t("profile.population", lang, population=format_number(header.population, 0, lang)),
    t("profile.administrative" if header.administrative else "profile.autonomous", lang),
    t("app.data_as_of", lang, year=year)]))
if filters.real_only or profile.has_synthetic(view.rows):
    ui.data_notice(lang)
if header.code in profile.real_regions(view.rows, view.units):
    st.success(t("profile.real_facts", lang), icon=":material/newspaper:")
ui.card_download(filters, lang, "profil-rapor")

panel = ui.current_panel(filters)
totals = ui.scope_totals(source, filters)
metrics = profile.headline_metrics(panel, year)
# Integrity at a glance: KPK's SPI and Ombudsman's zone, published facts, beside the region's ZI standing, real or
# synthetic as its rows are; the line above each card says which.
st.subheader(t("profile.glance.heading", lang))
spi_column, ombudsman_column, zi_column = st.columns(3)
with spi_column:
    ui.origin_line(provenance.REAL, t("profile.glance.spi_source", lang), lang)
    ui.spi_card(header.code, header.kind, header.province, year, lang)
with ombudsman_column:
    ui.origin_line(provenance.REAL, t("profile.glance.ombudsman_source", lang), lang)
    ui.ombudsman_card(header.code, year, lang)
with zi_column:
    ui.origin_line(ui.region_origin(header.code, lang), None, lang)
    ui.zi_card(panel, year, lang)

# Counts on one row, ratios on the next: five side by side clip their labels on a laptop.
counts, ratios = st.columns(3), st.columns(3)
for column, figure in zip([*counts, *ratios], views.headline_figures(totals, year, metrics)):
    with column:
        ui.headline_card(figure, year, lang)

# One tab runs at a time: a region change redraws the open one only, not four sections' charts and grids.
# Their names are their values in the URL (?bagian=linimasa): renaming one breaks links already shared.
sections = ui.section_tabs("bagian", "profile.section", ("unit", "linimasa", "lke", "sumber"), lang)

if sections["unit"].open:
    with sections["unit"]:
        left, right = st.columns([3, 2], gap="large")
        with left:
            st.subheader(t("profile.units.heading", lang))
            st.caption(t("profile.units.caption", lang, year=year))
            ui.table(exports.localised(tables["units"], lang), key="profil-unit")
            ui.download_buttons(tables["units"], f"unit-{header.code}-{year}", lang, "profil-unit")
            unrecorded = profile.unrecorded_history(view.events)
            if unrecorded:
                st.caption(t("profile.earlier_unknown", lang, units=literal(", ".join(unrecorded))))
        with right:
            st.subheader(t("profile.rank.heading", lang, province=header.province))
            province_panel = ui.current_panel(dataclasses.replace(filters, region=None, province=header.province_code,
                                                                  kind=None))
            for metric in profile.RANKED:
                rank = profile.province_rank(province_panel, header.code, year, metric, header.province)
                value = (t("profile.rank.value", lang, position=rank.position, of=rank.of) if rank
                         else t("profile.no_data", lang))
                tip = t("profile.rank.help", lang, **dataclasses.asdict(rank)) if rank else None
                st.metric(t(f"profile.rank.{metric}", lang), value, help=tip, border=True)
            st.subheader(t("profile.target.heading", lang))
            progress_chart = ui.profile_targets(source, filters, lang)
            if progress_chart is None:
                st.caption(t("profile.target.none", lang, year=year))
            else:
                st.plotly_chart(progress_chart, key="profil-target", config=ui.chart_config(lang))

if sections["linimasa"].open:
    with sections["linimasa"]:
        if view.events.empty:
            st.caption(t("profile.timeline.none", lang, year=year))
        else:
            st.plotly_chart(ui.profile_timeline(source, filters, lang), key="profil-linimasa", config=ui.chart_config(lang))
            unrecorded = profile.unrecorded_history(view.events)
            if unrecorded:
                st.caption(t("profile.earlier_unknown", lang, units=literal(", ".join(unrecorded))))
            # Drawn only once asked for: a grid out of sight still costs the browser on every redraw.
            events_box = st.expander(t("profile.events.table", lang), key="profil-peristiwa-buka", on_change="rerun")
            if events_box.open:
                with events_box:
                    ui.table(exports.localised(tables["events"], lang), key="profil-peristiwa")
        if not view.declarations.empty:
            st.subheader(t("profile.declarations.heading", lang))
            ui.table(exports.localised(tables["declarations"], lang), key="profil-pencanangan")

if sections["lke"].open:
    with sections["lke"]:
        st.caption(t("profile.lke.caption", lang))
        lke, labels = view.lke, view.labels
        if lke.empty:
            st.caption(t("profile.lke.none", lang, year=year))
        else:
            chart, listing = st.columns(2, gap="large")
            with chart:
                chosen = st.selectbox(
                    t("profile.lke.pick", lang), lke.index, key="profil-lke",
                    format_func=lambda i: t("profile.lke.option", lang, unit=labels[lke.at[i, "unit_id"]],
                                            year=lke.at[i, "year"], total=format_number(lke.at[i, "total"], 1, lang)))
                st.plotly_chart(ui.profile_lke_chart(source, filters, lang, chosen), key="profil-lke-grafik",
                                config=ui.chart_config(lang))
            with listing:
                ui.table(exports.localised(tables["lke"], lang), key="profil-lke-tabel")

if sections["sumber"].open:
    with sections["sumber"]:
        st.caption(t("profile.sources.caption", lang))
        ui.table(exports.localised(tables["sources"], lang), key="profil-sumber")

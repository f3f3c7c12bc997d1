"""Perbandingan: regions ranked on one metric within the sidebar's scope, peers side by side, owners apart; and
the joint view of ZI, KPK's SPI and Ombudsman's zones, one point per region."""

from dataclasses import replace

import streamlit as st

from pantau_zi import exports, joint, mapping, ranking, spi, ui
from pantau_zi.figures import ranking as charts
from pantau_zi.i18n import t

TOP = 25

lang = ui.current_language()
data = ui.shown_dataset(lang)
filters = ui.current_filters()
year = filters.year
selected = filters.region

st.title(t("page.compare", lang))
ui.data_notice(lang)

# The open tab's name is its value in the URL (?bagian=gabungan): renaming one breaks links already shared.
sections = ui.section_tabs("bagian", "compare.section", ("peringkat", "gabungan"), lang)

if sections["peringkat"].open:
    with sections["peringkat"]:
        st.caption(t("compare.caption", lang, year=year))
        # Rank the whole scope; the sidebar's region is highlighted, not the only one shown.
        panel = ui.current_panel(replace(filters, region=None))
        left, right = st.columns([3, 2], vertical_alignment="bottom")
        metric = left.selectbox(t("compare.metric", lang), ranking.METRICS, key="ukuran", bind="query-params",
                                format_func=lambda name: exports.column_label(name, lang))
        split_owners = right.toggle(t("compare.owner.toggle", lang), key="pisah_pemilik", bind="query-params")
        metric_label = exports.column_label(metric, lang)
        if metric == "spi":
            panel = ranking.with_spi(panel, mapping.spi_values(ui.spi_table()))
            st.caption(t("peta.spi.source", lang, bands=", ".join(mapping.spi_class_labels(lang))))

        table = ranking.ranked(panel, data.regencies, year, metric)
        rank, total = ranking.position(table, selected)
        if selected:
            name = data.regencies.set_index("code").at[selected, "name"]
            key = "compare.rank" if rank else "compare.rank.no_data"
            st.markdown(t(key, lang, name=name, rank=rank, total=total, metric=metric_label, year=year))

        shown = ranking.top_with(table, TOP, selected)
        if shown.empty:
            st.info(t("compare.no_data", lang, metric=metric_label, year=year))
        else:
            title = t("compare.chart.title", lang, metric=metric_label, year=year, top=min(TOP, total))
            st.plotly_chart(charts.ranking_bars(shown, selected, title, metric, lang), key="peringkat", config=ui.chart_config(lang))
            if split_owners:
                split = ranking.owner_split(ui.unit_cube(ui.current_source(), filters.real_only), data.regencies, replace(filters, region=None),
                                            year)
                st.plotly_chart(charts.owner_bars(split, shown, selected, lang), key="peringkat-pemilik", config=ui.chart_config(lang))

        named = ranking.with_province_names(table, data.provinces).assign(
            region_kind=lambda frame: frame["region_kind"].map(lambda kind: t(f"filter.kind.{kind}", lang)))
        if selected:
            st.subheader(t("compare.peers.heading", lang))
            ui.table(charts.display_table(ranking.peers(named, selected), metric, lang))
        else:
            st.caption(t("compare.peers.pick", lang))

        st.subheader(t("compare.table.heading", lang, metric=metric_label, year=year))
        ui.table(charts.display_table(named, metric, lang), height=420)
        ui.download_buttons(ui.traced(named.rename(columns={"value": metric}), lang), f"peringkat-{metric}-{year}",
                            lang, "peringkat")

if sections["gabungan"].open:
    with sections["gabungan"]:
        st.caption(t("joint.caption", lang, year=year))
        measure = st.selectbox(t("joint.measure", lang), list(joint.PER_100), key="sumbu", bind="query-params",
                               format_func=lambda name: exports.column_label(name, lang))
        measure_label = exports.column_label(measure, lang)
        source = ui.current_source()
        combined = ui.joint_table(source, filters)
        drawn = joint.plotted(combined, measure)
        if year < spi.YEARS[0]:
            st.info(t("peta.spi.no_year", lang))
        elif drawn.empty:
            st.info(t("joint.none", lang, measure=measure_label, year=year))
        else:
            st.caption(t("joint.coverage", lang, plotted=len(drawn), total=len(combined),
                         ombudsman=int(drawn["ombudsman_zone"].notna().sum())))
            event = st.plotly_chart(ui.joint_scatter(source, filters, measure, lang), key="gabungan-sebar",
                                    on_select="rerun", selection_mode="points", config=ui.chart_config(lang))
            chosen = joint.clicked_region(event.selection.points if event else [])
            if chosen:
                ui.open_profile(chosen, data.regencies.set_index("code").at[chosen, "province_code"])
        st.caption(t("joint.origin", lang))
        st.subheader(t("joint.table.heading", lang, year=year))
        shown = joint.for_display(combined, lang)
        ui.table(exports.localised(joint.on_screen(shown), lang), browser_decimals=True, height=420,
                 key="gabungan-tabel")
        # The download's Data and Sumber data columns (ui.traced) say what Data ZI says on screen, with the sources.
        ui.download_buttons(ui.traced(shown.drop(columns="zi_data"), lang), f"zi-spi-ombudsman-{year}", lang,
                            "gabungan")

"""Perbandingan: regions ranked on one metric within the sidebar's scope, peers side by side, owners apart."""

from dataclasses import replace

import streamlit as st

from pantau_zi import exports, ranking, ui
from pantau_zi.figures import plotly_config
from pantau_zi.figures import ranking as charts
from pantau_zi.i18n import t
from pantau_zi.metrics import PERCENTS

TOP = 25

lang = ui.current_language()
data = ui.current_dataset(lang)
filters = ui.current_filters()
year = filters.year
selected = filters.region
# Rank the whole scope; the sidebar's region is highlighted, not the only one shown.
panel = ui.current_panel(replace(filters, region=None))

st.title(t("page.compare", lang))
st.caption(t("compare.caption", lang, year=year))
ui.synthetic_notice(lang)

left, right = st.columns([3, 2], vertical_alignment="bottom")
metric = left.selectbox(t("compare.metric", lang), ranking.METRICS, key="ukuran", bind="query-params",
                        format_func=lambda name: exports.column_label(name, lang))
split_owners = right.toggle(t("compare.owner.toggle", lang), key="pisah_pemilik", bind="query-params")
percent = metric in PERCENTS
metric_label = exports.column_label(metric, lang)

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
    st.plotly_chart(charts.ranking_bars(shown, selected, title, percent, lang), key="peringkat", config=plotly_config(lang))
    if split_owners:
        split = ranking.owner_split(ui.unit_years(ui.current_source()), data.regencies, replace(filters, region=None),
                                    year)
        st.plotly_chart(charts.owner_bars(split, shown, selected, lang), key="peringkat-pemilik", config=plotly_config(lang))

named = ranking.with_province_names(table, data.provinces).assign(
    region_kind=lambda frame: frame["region_kind"].map(lambda kind: t(f"filter.kind.{kind}", lang)))
if selected:
    st.subheader(t("compare.peers.heading", lang))
    ui.table(charts.display_table(ranking.peers(named, selected), metric, percent, lang))
else:
    st.caption(t("compare.peers.pick", lang))

st.subheader(t("compare.table.heading", lang, metric=metric_label, year=year))
ui.table(charts.display_table(named, metric, percent, lang), height=420)
ui.download_buttons(named.rename(columns={"value": metric}), f"peringkat-{metric}-{year}", lang, "peringkat")

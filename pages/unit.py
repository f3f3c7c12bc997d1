"""Unit kerja: every work unit under the sidebar filters, searchable, with one unit's stage history on selection."""

import streamlit as st

from pantau_zi import exports, measures, profile, provenance, ui, unit_table
from pantau_zi.filters import selected_regions, selected_units
from pantau_zi.i18n import format_number, literal, t
from pantau_zi.status import STAGES

lang = ui.current_language()
data = ui.shown_dataset(lang)
filters = ui.current_filters()
year = filters.year

st.title(t("page.units", lang))
st.caption(t("app.data_as_of", lang, year=year))

search_column, stage_column = st.columns([3, 2])
query = search_column.text_input(t("unit.search", lang), key="cari", bind="query-params",
                                 placeholder=t("unit.search.placeholder", lang), icon=":material/search:")
stages = stage_column.multiselect(t("unit.stage_filter", lang, year=year), [unit_table.NOT_YET, unit_table.NO_RECORD, *STAGES],
                                  format_func=lambda stage: t(f"stage.{stage}", lang), key="tahap",
                                  bind="query-params", placeholder=t("unit.stage_filter.placeholder", lang),
                                  select_all=False)

units = data.units[selected_units(data.units, filters, selected_regions(data.regencies, filters)["code"])]
table = ui.units_table(ui.current_source(), filters)
shown = unit_table.with_stages(unit_table.search(table, query or ""), stages).reset_index(drop=True)
if filters.real_only or shown["synthetic"].any():
    ui.data_notice(lang)
# the same counts, in the same words, as the overview, the profile and the briefing on 31 December
st.markdown(measures.holdings_text(measures.holdings_on(units["unit_id"], data.events, unit_table.year_end(year)),
                                   lang))
st.caption(t("unit.count", lang, shown=format_number(len(shown), 0, lang),
             total=format_number(len(table), 0, lang)) + " · " + t("unit.select_hint", lang))

display = unit_table.for_display(provenance.traced_rows(shown, data.sources, lang), lang)
# The chosen unit travels in the URL (?pilih=<unit id>) so that a copied link or a reload shows its history too.
position = unit_table.position_of(shown, st.query_params.get("pilih"))
picked = ui.table(exports.localised(display, lang), on_select="rerun",
                  selection_mode="single-row", key=unit_table.selection_key(year, query or "", stages),
                  selection_default=None if position is None else {"selection": {"rows": [position]}})
ui.download_buttons(display, f"unit-kerja-{year}", lang, "unit-tabel")

if not picked.selection.rows:
    st.query_params.pop("pilih", None)
else:
    unit = shown.iloc[picked.selection.rows[0]]
    st.query_params["pilih"] = unit["unit_id"]
    st.subheader(t("unit.history.heading", lang, unit=literal(display.at[picked.selection.rows[0], "name"])))
    st.caption(literal(f"{unit['unit_id']} · {unit['instansi']} · {unit['region']}"))
    if not unit["synthetic"] and isinstance(unit["source_url"], str):
        st.caption(t("unit.source_link", lang, title=literal(unit["source"]), url=unit["source_url"]))
    history = unit_table.stage_history(data.events, data.sources, unit["unit_id"])
    first = unit_table.first_recorded(data.events, unit["unit_id"])
    if first is not None:
        st.caption(t("unit.history.earlier_unknown", lang, stage=t(f"stage.{first['stage']}", lang),
                     date=unit_table.written_date(first, lang)))
    ui.table(exports.localised(unit_table.for_display(history, lang), lang), key="unit-riwayat")
    st.subheader(t("unit.lke.heading", lang))
    lke = profile.lke_rows(data.lke, [unit["unit_id"]])
    if lke.empty:
        st.caption(t("unit.lke.none", lang))
    else:
        ui.table(exports.localised(lke, lang), key="unit-lke")

"""Target vs Capaian: pemda units against every target a region has (declaration, WBK, WBBM), and who is on track."""

from dataclasses import replace

import streamlit as st

from pantau_zi import progress, provenance, ui
from pantau_zi.figures import progress as charts
from pantau_zi.i18n import t

PICK_KEY = "wilayah_banding"

lang = ui.current_language()
data = ui.shown_dataset(lang)
filters = ui.current_filters()
year = filters.year
# The sidebar's region only sets the default pick: its peers in the same scope stay comparable.
in_scope_filters = replace(filters, region=None)
source = ui.current_source()
panel = ui.current_panel(in_scope_filters)

st.title(t("page.targets", lang))
st.caption(t("target.caption", lang, year=year, pace_years=progress.PACE_YEARS))
ui.data_notice(lang)

provinces = data.provinces.set_index("province_code")["name"]
regencies = data.regencies.set_index("code")["name"]
scope = filters.province or progress.NATION
in_scope = sorted(panel["region_code"].unique())
groups = [scope] if filters.province else [progress.NATION, *provinces.index]
labels = {progress.NATION: t("scope.nation", lang), **provinces.to_dict(), **regencies.to_dict()}


def follow_sidebar(default: str, options: list[str]) -> None:
    """Reset the pick to the sidebar's choice whenever that changes; a shared link decides on first load."""
    previous = st.session_state.get("_target_default")
    st.session_state["_target_default"] = default
    if previous is None and PICK_KEY in st.query_params:
        return
    if previous != default or PICK_KEY not in st.session_state:
        st.session_state[PICK_KEY] = [default]
    else:
        st.session_state[PICK_KEY] = [choice for choice in st.session_state[PICK_KEY] if choice in options]


options = [*groups, *in_scope]
follow_sidebar(filters.region or scope, options)
chosen = st.multiselect(t("target.pick", lang), options, key=PICK_KEY, bind="query-params", max_selections=6,
                        format_func=lambda code: labels.get(code, code), placeholder=t("target.pick.placeholder", lang),
                        select_all=False)

if not chosen:
    st.info(t("target.pick.empty", lang))
    st.stop()

st.subheader(t("target.status.heading", lang, year=year))
rows = ui.target_rows(source, in_scope_filters, tuple(chosen))
rows = provenance.traced(rows, ui.choice_origins(chosen, in_scope, lang), lang, key="choice")
table = rows.assign(choice=rows["choice"].map(labels)).rename(columns={"choice": "name"})
ui.table(charts.status_table(table, lang))
ui.download_buttons(charts.with_status_labels(table, lang), f"target-{year}", lang, "target-pilihan")

# A chart for every kind of target a choice has; a choice without one shows its WBK holdings, or says why not.
columns = st.columns(2)
for index, (choice, kind) in enumerate(rows[["choice", "target_kind"]].itertuples(index=False)):
    kind = kind if isinstance(kind, str) else progress.HEADLINE_TARGETS[0]
    with columns[index % 2]:
        chart = ui.target_chart(source, in_scope_filters, kind, choice, labels[choice], lang)
        if isinstance(chart, str):
            st.info(chart, icon=":material/info:")
        else:
            st.plotly_chart(chart, key=f"target-chart-{choice}-{kind}", config=ui.chart_config(lang))

st.subheader(t("target.groups.heading", lang, year=year))
summary = ui.target_rows(source, in_scope_filters, tuple(groups))
summary = provenance.traced(summary, ui.choice_origins(groups, in_scope, lang), lang, key="choice")
summary = summary.assign(choice=summary["choice"].map(labels)).rename(columns={"choice": "name"})
ui.table(charts.status_table(summary, lang))
ui.download_buttons(charts.with_status_labels(summary, lang), f"target-provinsi-{year}", lang, "target-provinsi")

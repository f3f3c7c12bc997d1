"""Kelola data: which data the dashboard shows, the Excel template, importing a file and restoring a version."""

import streamlit as st

from pantau_zi import datasource, login, store, ui
from pantau_zi.i18n import literal, t
from pantau_zi.importing import changes, plan, reading

lang = ui.current_language()
source = ui.current_source()
url = ui.store_url()

st.title(t("page.data", lang))
st.subheader(t("data.current", lang))
st.text(ui.source_description(source, lang))
st.download_button(t("data.template", lang), ui.template_file(lang), "pantau_zi_templat.xlsx",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", icon=":material/download:",
                   help=t("data.template.help", lang), on_click="ignore")

for message in st.session_state.pop("_data_messages", []):
    st.success(message)

if ui.store_problem() is not None:  # the box above says what is wrong; importing and restoring need the store
    st.stop()

st.subheader(t("data.import", lang))
admin = login.admin_gate(lang)
if admin is not None:
    generation = st.session_state.setdefault("_upload_generation", 0)
    # The label says the limit in the user's language: a larger file is refused by Streamlit's own English message.
    limit = ui.upload_limit_mb()
    upload = st.file_uploader(t("data.upload", lang, mb=limit), help=t("data.upload.help", lang),
                              key=f"upload-{generation}", max_upload_size=limit)
    replace_regions = st.checkbox(t("data.replace", lang), value=False, key="ganti-wilayah",
                                  help=t("data.replace.help", lang))
    if upload is not None:
        proposal, data_changed = ui.import_plan(upload.name, upload.getvalue(), source, admin, replace_regions)
        if data_changed:
            st.warning(t("data.stale", lang, current=source.version))
        if proposal.notices:  # how the file was read: title rows, totals rows, sheets read by headers or not read
            st.info(f"**{t('notice.heading', lang)}**\n\n" + "\n".join(
                f"- {literal(reading.describe_notice(notice, lang))}" for notice in proposal.notices),
                icon=":material/info:")
        if not proposal.ok:
            st.error(t("data.problems", lang, count=len(proposal.problems), file=literal(upload.name)))
            ui.problem_table(proposal.problems, lang)
        else:
            st.markdown(f"#### {t('data.preview', lang)}")
            regions = ui.dataset(source).regencies.set_index("code")["name"]
            names = sorted(regions.get(code, code) for code in proposal.regions)
            st.text(t("data.preview.regions", lang, count=len(names), names=", ".join(names)))
            if proposal.award_only:
                units = proposal.tables["units"].set_index("unit_id")["name"]
                st.info(t("data.preview.award_only", lang, count=len(proposal.award_only),
                          names=literal(", ".join(f"{units.get(unit) or unit} ({unit})" for unit in proposal.award_only))),
                        icon=":material/history_toggle_off:")
            counted = changes.counts(proposal.changes)
            real_removed = 0
            if counted.empty:
                st.info(t("data.preview.nothing", lang))
            else:
                ui.table(ui.localised_counts(counted, lang))
                rows = proposal.rows
                real_removed = int((rows["real"] & (rows["change"] == "removed")).sum())
                st.markdown(f"##### {t('data.preview.rows', lang)}")
                ui.table(ui.localised_rows(rows, regions, lang), width="stretch", key="pratinjau-baris")
            # Removing real, source-backed rows (seeds, reported facts) takes its own, explicit yes.
            real_ok = True
            if real_removed:
                st.warning(t("data.preview.real_removed", lang, count=real_removed), icon=":material/warning:")
                real_ok = st.checkbox(t("data.preview.real_confirm", lang, count=real_removed),
                                      key=f"hapus-nyata-{proposal.base_version}")
            confirm, cancel = st.columns([1, 4])
            # Keyed by the version previewed: a click on the preview of an older version confirms nothing.
            if confirm.button(t("data.confirm", lang), type="primary", icon=":material/check:",
                              key=f"confirm-{proposal.base_version}", disabled=not real_ok):
                base = None if source.version is not None else ui.stored_tables(source)
                try:
                    version = plan.confirm(datasource.opened(url), proposal, admin, base=base)
                except store.StaleVersion as stale:
                    ui.forget_import_plan()
                    st.warning(t("data.stale", lang, current=stale.current))
                    st.button(t("data.preview", lang), icon=":material/refresh:")
                else:
                    ui.finish_data_change(t("data.imported", lang, file=literal(upload.name), version=version))
            if cancel.button(t("data.cancel", lang)):
                ui.finish_data_change(t("data.cancelled", lang))

st.subheader(t("data.history", lang))
history = ui.version_history(url, source.version)
if history.empty:
    st.caption(t("data.history.empty", lang))
else:
    ui.table(ui.localised_history(history, lang), width="stretch")
    if admin is not None:
        earlier = [int(v) for v in history.loc[~history["current"], "id"]]
        with st.form("restore"):
            chosen = st.selectbox(t("data.restore", lang), earlier, help=t("data.restore.help", lang))
            if st.form_submit_button(t("data.restore.button", lang), icon=":material/history:") and chosen:
                try:
                    version = store.restore(datasource.opened(url), chosen, admin,
                                            expected_current=st.session_state.get("_version_shown"))
                except store.StaleVersion as stale:
                    st.warning(t("data.stale_restore", lang, current=stale.current))
                else:
                    ui.finish_data_change(t("data.restored", lang, old=chosen, version=version))
        # What this administrator saw when pressing Pulihkan: a restore over anything newer must be refused.
        st.session_state["_version_shown"] = source.version

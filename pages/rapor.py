"""Rapor wilayah: one kabupaten/kota's one-page report card (PDF, A4) to print, with what it says shown first."""

from datetime import date

import streamlit as st

from pantau_zi import ui
from pantau_zi.i18n import literal, t
from pantau_zi.report_card import figure_table

lang = ui.current_language()
ui.current_dataset(lang)
filters = ui.current_filters()
st.title(t("page.card", lang))

if not filters.region:
    st.info(t("card.pick_prompt", lang), icon=":material/location_city:")
    st.stop()

card = ui.region_card(ui.current_source(), filters, lang, date.today())
st.subheader(card.title)
st.caption(f"{card.subtitle} \u00b7 {card.as_of}")
ui.card_download(filters, lang, "rapor-unduh")
for notice in card.notices:
    st.caption(notice)
st.subheader(t("card.figures", lang))
ui.table(figure_table(card), key="rapor-angka")
st.subheader(t("card.targets", lang))
if card.no_target:
    st.caption(card.no_target)
else:
    ui.table(card.targets, key="rapor-target")
st.subheader(t("card.units", lang, year=card.year))
st.caption(card.stages)
ui.table(card.units, key="rapor-unit")
st.subheader(t("card.sources", lang))
st.markdown("\n".join(f"- {literal(line)}" for line in card.sources))

"""Pantau ZI entry point: `streamlit run dashboard.py`.

The language switch and the filters are drawn here, before the page, so they hold across pages.
"""

import streamlit as st

from pantau_zi import login, ui
from pantau_zi.i18n import t
from pantau_zi.paths import ICON

st.set_page_config(page_title="Pantau ZI", page_icon=str(ICON), layout="wide")
lang = ui.language()
ui.streamlit_words(lang)
login.require_viewer(lang)
ui.check_store(lang)
data = ui.current_dataset(lang)
ui.sidebar_filters(data, lang)
ui.data_caption(ui.current_source(), lang)
# No icons: with them the eight titles overflowed the top bar at 1366 px into an English "1 more" menu that hid
# Kelola data.
PAGES = (
    ("pages/ringkasan.py", "page.overview", "ringkasan"),
    ("pages/peta.py", "page.map", "peta"),
    ("pages/target.py", "page.targets", "target"),
    ("pages/profil.py", "page.profile", "profil"),
    ("pages/unit.py", "page.units", "unit"),
    ("pages/perbandingan.py", "page.compare", "perbandingan"),
    ("pages/briefing.py", "page.briefing", "briefing"),
    ("pages/data.py", "page.data", "data"),
)
# Reached from the profile's button or its own link (/rapor?wilayah=32.11), not from the top bar, which is full.
HIDDEN_PAGES = (("pages/rapor.py", "page.card", "rapor"),)
navigation = st.navigation(
    [st.Page(path, title=t(title, lang), url_path=url, default=url == "ringkasan") for path, title, url in PAGES]
    + [st.Page(path, title=t(title, lang), url_path=url, visibility="hidden") for path, title, url in HIDDEN_PAGES],
    position="top",
)
navigation.run()

"""Pantau ZI entry point: `streamlit run dashboard.py`.

The language switch and the filters are drawn here, before the page, so they hold across pages.
"""

import streamlit as st

from pantau_zi import login, ui
from pantau_zi.i18n import t
from pantau_zi.paths import ICON

st.set_page_config(page_title="Pantau ZI", page_icon=str(ICON), layout="wide")
lang = ui.language()
login.require_viewer(lang)
data = ui.current_dataset(lang)
ui.sidebar_filters(data, lang)
ui.data_caption(ui.current_source(), lang)
PAGES = (
    ("pages/ringkasan.py", "page.overview", ":material/dashboard:", "ringkasan"),
    ("pages/peta.py", "page.map", ":material/map:", "peta"),
    ("pages/target.py", "page.targets", ":material/flag:", "target"),
    ("pages/profil.py", "page.profile", ":material/location_city:", "profil"),
    ("pages/unit.py", "page.units", ":material/apartment:", "unit"),
    ("pages/perbandingan.py", "page.compare", ":material/leaderboard:", "perbandingan"),
    ("pages/briefing.py", "page.briefing", ":material/slideshow:", "briefing"),
    ("pages/data.py", "page.data", ":material/upload_file:", "data"),
)
navigation = st.navigation(
    [st.Page(path, title=t(title, lang), icon=icon, url_path=url, default=url == "ringkasan")
     for path, title, icon, url in PAGES],
    position="top",
)
navigation.run()

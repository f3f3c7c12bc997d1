"""Pantau ZI entry point: `streamlit run dashboard.py`."""

import streamlit as st

from pantau_zi import ui
from pantau_zi.i18n import t
from pantau_zi.paths import ICON

st.set_page_config(page_title="Pantau ZI", page_icon=str(ICON), layout="wide")
lang = ui.language()
navigation = st.navigation([
    st.Page("pages/ringkasan.py", title=t("page.overview", lang), icon=":material/dashboard:", default=True),
])
navigation.run()

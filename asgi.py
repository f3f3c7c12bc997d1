"""The dashboard as an ASGI application: `python -m pantau_zi.server` serves it (uvicorn asgi:app works too).

Streamlit's st.App runs dashboard.py; pantau_zi/web.py adds the security headers, the login rule for downloads and
data URLs, and the data URLs themselves.
"""

import streamlit as st

from pantau_zi import server, web

server.prepare()
app = st.App(server.ENTRY_POINT, routes=web.routes(), middleware=web.middleware())

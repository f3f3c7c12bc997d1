"""The Streamlit side of access: who is logged in, the administrator gate pages call, and the optional viewer gate.

An administrator logs in with a name and password checked against the hashes configured (pantau_zi/access.py),
or, where an OIDC provider is configured in the `[auth]` section of the secrets, through Streamlit's own login
with an e-mail address listed in PANTAU_ZI_ADMIN_EMAILS.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping

import streamlit as st
from streamlit.errors import StreamlitAuthError

from pantau_zi import access, datasource, logins, settings, store
from pantau_zi.attempts import StoredThrottle
from pantau_zi.i18n import t
from pantau_zi.paths import REPO_ROOT
from pantau_zi.store_health import STORE_ERRORS

# Failed logins are counted in the store, for every session and replica alike; this process's own count stands in
# only while the store cannot be read. Tests replace THROTTLE, and `sleep`, to run without waiting.
THROTTLE: access.Throttle | StoredThrottle | None = None
_FALLBACK_THROTTLE = access.Throttle()
sleep = time.sleep

LOG = logging.getLogger("pantau_zi.login")
_ADMIN = "_access_admin"
_BROWSER = "_access_browser"
PAGES_DIR = REPO_ROOT / "pages"


def _secrets() -> Mapping:
    """The `[admins]` and `[auth]` sections of Streamlit's secrets; empty when there is no secrets file."""
    try:
        return {name: st.secrets[name] for name in ("admins", "auth") if name in st.secrets}
    except FileNotFoundError:
        return {}


def configured_admins() -> dict[str, str]:
    """Administrators from the secrets and the environment, username -> hash."""
    return access.admins_from(_secrets(), os.environ)


def oidc_configured() -> bool:
    """Whether an OIDC provider is configured for st.login (an `[auth]` section in the secrets, as Streamlit reads)."""
    auth = _secrets().get("auth")
    return isinstance(auth, Mapping) and bool(auth)


def _oidc_email() -> str | None:
    """The e-mail address of the user logged in through the OIDC provider, if any."""
    if not oidc_configured() or st.user.get("is_logged_in") is not True:
        return None
    email = st.user.get("email")
    return str(email).strip().lower() if email else None


def current_admin() -> str | None:
    """The administrator of this session: logged in by password, or by OIDC with a listed e-mail address."""
    name = st.session_state.get(_ADMIN)
    if name is not None:
        if name in configured_admins():
            return name
        del st.session_state[_ADMIN]  # no longer configured
    email = _oidc_email()
    return email if email and email in access.admin_emails_from(os.environ) else None


def current_viewer() -> str | None:
    """Who is logged in for viewing: an administrator, or anyone the OIDC provider let in."""
    return current_admin() or _oidc_email()


def _client() -> str | None:
    """The client's address as the server's connection sees it (a reverse proxy's, behind one); None if unknown."""
    try:
        address = st.context.ip_address
    except Exception:  # no connection information (bare runs)
        return None
    return address if isinstance(address, str) and address else None


def _throttle() -> access.Throttle | StoredThrottle:
    """The throttle in the store, or this process's while the store cannot be opened."""
    if THROTTLE is not None:
        return THROTTLE
    try:
        return StoredThrottle(_store())
    except STORE_ERRORS:  # an unreadable store: the login still works, throttled by this process alone
        return _FALLBACK_THROTTLE


def _browser_token() -> str | None:
    """The random cookie the server gave this browser (pantau_zi/web.py); None outside a real server."""
    try:
        token = st.context.cookies.get(logins.COOKIE)
    except Exception:  # no connection information (bare runs)
        return None
    return token if isinstance(token, str) and token else None


def _store() -> store.Store:
    return datasource.opened(store.database_url(settings.database()))


def _remember_browser(viewer: str) -> None:
    """Record this browser as logged in, once per session, so downloads and data URLs let it through too."""
    token = _browser_token()
    if token and st.session_state.get(_BROWSER) != (token, viewer):
        try:
            logins.record(_store(), token, viewer)
        except STORE_ERRORS as error:  # the pages still show; downloads stay refused until the store is back
            LOG.error("could not record the login of %r: %s", viewer, error)
            return
        st.session_state[_BROWSER] = (token, viewer)


def _forget_browser() -> None:
    if st.session_state.pop(_BROWSER, None) is not None:
        try:
            logins.forget(_store(), _browser_token())
        except STORE_ERRORS as error:
            LOG.error("could not forget a login: %s", error)


def _logged_in(name: str, lang: str, key: str) -> None:
    st.caption(t("access.signed_in", lang, name=name))
    if st.button(t("access.logout", lang), key=f"{key}-logout", icon=":material/logout:"):
        _forget_browser()
        if st.session_state.pop(_ADMIN, None) is not None:
            st.rerun()
        st.logout()  # an OIDC login: Streamlit clears its cookie and starts a new session


def _login_form(lang: str, key: str, for_admin: bool) -> None:
    """The ways to log in that are configured; a session state change and a rerun on success."""
    admins = configured_admins()
    oidc = oidc_configured()
    if not admins and not oidc:
        st.warning(t("access.not_configured", lang), icon=":material/key_off:")
        return
    if oidc:
        email = _oidc_email()
        if email and for_admin:
            st.warning(t("access.not_admin", lang, email=email))
        elif st.button(t("access.oidc_login", lang), key=f"{key}-oidc", icon=":material/badge:"):
            try:
                st.login()
            except StreamlitAuthError as error:
                st.error(t("access.oidc_error", lang, detail=str(error)))
    if not admins:
        return
    with st.form(f"{key}-form", clear_on_submit=True):
        username = st.text_input(t("access.username", lang), key=f"{key}-username", autocomplete="username")
        password = st.text_input(t("access.password", lang), type="password", key=f"{key}-password",
                                 autocomplete="current-password")
        submitted = st.form_submit_button(t("access.submit", lang), icon=":material/login:")
    if submitted:
        with st.spinner(t("access.checking", lang)):
            try:
                accepted = access.check_login(username, password, admins, _throttle(), client=_client(), sleep=sleep)
            except STORE_ERRORS:  # the store failed mid-way: count in this process instead
                accepted = access.check_login(username, password, admins, _FALLBACK_THROTTLE, client=_client(),
                                              sleep=sleep)
        if accepted:
            st.session_state[_ADMIN] = username.strip()
            st.rerun()
        st.error(t("access.failed", lang))


def admin_gate(lang: str, key: str = "admin") -> str | None:
    """The administrator's name, with a logout button; or None after drawing the login form.

    Pages that import or restore call it first and go on only with a name.
    """
    admin = current_admin()
    if admin:
        _logged_in(admin, lang, key)
        return admin
    st.info(t("access.admin_needed", lang), icon=":material/lock:")
    _login_form(lang, key, for_admin=True)
    return None


def require_viewer(lang: str) -> None:
    """When PANTAU_ZI_REQUIRE_LOGIN is true and nobody is logged in, the login form and a stop; else nothing."""
    if not access.login_required(os.environ):
        return
    viewer = current_viewer()
    if viewer:
        _remember_browser(viewer)
        with st.sidebar:
            _logged_in(viewer, lang, "viewer")
        return

    def login_page() -> None:
        st.title(t("access.viewer_heading", lang))
        _login_form(lang, "viewer", for_admin=False)

    # The form answers at the app's root and at every page's address (dashboard.py names pages after their files),
    # so a shared link keeps its page for after the login instead of a "page not found". Calling st.navigation
    # also keeps a plain `streamlit run` from serving pages/ files alone (see pantau_zi/server.py).
    title = t("access.viewer_heading", lang)
    pages = [st.Page(login_page, title=title, url_path="masuk", default=True)]
    pages += [st.Page(login_page, title=title, url_path=path.stem) for path in sorted(PAGES_DIR.glob("*.py"))]
    st.navigation(pages, position="hidden").run()
    st.stop()

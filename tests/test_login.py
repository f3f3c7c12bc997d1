"""The administrator gate and the optional viewer gate, through Streamlit's AppTest."""

import pytest
from streamlit.testing.v1 import AppTest

from pantau_zi import access, datasource, login
from pantau_zi.attempts import StoredThrottle

PASSWORD = "rahasia-Kantor-2024"
HASH = access.hash_password(PASSWORD, n=2**4, r=1, p=1)  # cheap parameters, same format and check
OIDC = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "uji",
        "client_id": "pantau-zi", "client_secret": "uji",
        "server_metadata_url": "https://sso.instansi.go.id/.well-known/openid-configuration"}


def import_page():
    """What an import or restore page does: the gate first, the import only with an administrator's name."""
    import streamlit as st

    from pantau_zi import login

    lang = "en" if st.query_params.get("lang") == "en" else "id"
    admin = login.admin_gate(lang)
    st.markdown(f"gate returned {admin!r}")
    if admin:
        st.button("Impor data", key="import")
        st.button("Pulihkan versi", key="restore")


class FakeClock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def slept(monkeypatch) -> list[float]:
    """A fresh throttle on a fake clock, and the waits the login would have slept instead of sleeping them."""
    clock, waits = FakeClock(), []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock.now += seconds

    monkeypatch.setattr(login, "THROTTLE", access.Throttle(clock=clock))
    monkeypatch.setattr(login, "sleep", sleep)
    for name in ("PANTAU_ZI_ADMINS", "PANTAU_ZI_ADMIN_EMAILS", "PANTAU_ZI_REQUIRE_LOGIN"):
        monkeypatch.delenv(name, raising=False)
    return waits


@pytest.fixture
def page(slept) -> AppTest:
    """The import page with one administrator, budi, configured in the secrets."""
    app = AppTest.from_function(import_page, default_timeout=30)
    app.secrets["admins"] = {"budi": HASH}
    return app


def gate_result(app: AppTest) -> str:
    return next(block.value for block in app.markdown if block.value.startswith("gate returned"))


def log_in(app: AppTest, username: str, password: str, key: str = "admin") -> AppTest:
    app.text_input(key=f"{key}-username").input(username)
    app.text_input(key=f"{key}-password").input(password)
    [submit] = [button for button in app.button if button.proto.is_form_submitter]
    return submit.click().run()


def test_an_anonymous_user_sees_the_login_form_and_cannot_import_or_restore(page):
    page.run()
    assert not page.exception
    assert gate_result(page) == "gate returned None"
    assert [field.label for field in page.text_input] == ["Nama pengguna", "Kata sandi"]
    assert page.text_input(key="admin-password").proto.type == page.text_input(key="admin-password").proto.PASSWORD
    assert "administrator" in page.info[0].value
    assert not [button for button in page.button if button.key in ("import", "restore")]


def test_a_wrong_password_says_so_without_saying_which_and_stays_anonymous(page, slept):
    page.run()
    log_in(page, "budi", "salah")
    assert page.error[0].value == "Nama pengguna atau kata sandi salah."
    assert gate_result(page) == "gate returned None"
    log_in(page, "siapa", PASSWORD)  # an unknown name gets the very same answer
    assert page.error[0].value == "Nama pengguna atau kata sandi salah."
    assert gate_result(page) == "gate returned None"
    assert not [button for button in page.button if button.key in ("import", "restore")]


def test_repeated_failures_are_slowed_by_the_throttle(page, slept):
    page.run()
    for _ in range(4):
        log_in(page, "budi", "salah")
    assert slept == [1, 2, 4]  # the first failure is free, then 1, 2, 4 s


def test_the_right_password_opens_the_gate_and_logout_closes_it(page):
    page.run()
    log_in(page, " budi ", PASSWORD)
    assert not page.exception and not page.error
    assert gate_result(page) == "gate returned 'budi'"
    assert page.caption[0].value == "Masuk sebagai budi"
    assert {"import", "restore"} <= {button.key for button in page.button}
    page.button(key="admin-logout").click().run()
    assert gate_result(page) == "gate returned None"
    assert [field.label for field in page.text_input] == ["Nama pengguna", "Kata sandi"]


def test_the_form_speaks_english_when_asked(page):
    page.query_params["lang"] = "en"
    page.run()
    assert [field.label for field in page.text_input] == ["Username", "Password"]
    log_in(page, "budi", "wrong")
    assert page.error[0].value == "Wrong username or password."


def test_an_administrator_from_the_environment_can_log_in(slept, monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_ADMINS", f"siti:{HASH}")
    app = AppTest.from_function(import_page, default_timeout=30).run()
    log_in(app, "siti", PASSWORD)
    assert gate_result(app) == "gate returned 'siti'"


def test_without_any_administrator_the_page_says_how_to_configure_one(slept):
    app = AppTest.from_function(import_page, default_timeout=30).run()
    assert gate_result(app) == "gate returned None"
    assert not app.text_input
    message = app.warning[0].value
    assert "Belum ada administrator" in message
    assert "python -m pantau_zi.access hash" in message and "README" in message


def test_a_plain_text_password_in_the_secrets_is_no_administrator(slept):
    app = AppTest.from_function(import_page, default_timeout=30)
    app.secrets["admins"] = {"budi": PASSWORD}
    app.run()
    assert "Belum ada administrator" in app.warning[0].value
    assert not app.text_input


def test_a_session_whose_administrator_was_removed_from_the_configuration_is_logged_out(page):
    page.run()
    log_in(page, "budi", PASSWORD)
    page.secrets["admins"] = {"siti": HASH}
    page.run()
    assert gate_result(page) == "gate returned None"


def test_with_an_oidc_provider_the_form_offers_the_institution_login(page):
    page.secrets["auth"] = OIDC
    page.run()
    assert page.button(key="admin-oidc").label == "Masuk dengan akun instansi"
    assert [field.label for field in page.text_input] == ["Nama pengguna", "Kata sandi"]  # passwords still work


def test_an_institution_login_that_cannot_start_is_an_error_message_not_a_crash(page):
    # Here Streamlit refuses st.login (no Authlib, or no [auth] in the real secrets file): the page explains.
    page.secrets["auth"] = OIDC
    page.run()
    page.button(key="admin-oidc").click().run()
    assert not page.exception
    assert page.error[0].value.startswith("Login akun instansi belum dapat dipakai:")
    assert gate_result(page) == "gate returned None"


def test_an_oidc_provider_alone_is_enough_configuration(slept):
    app = AppTest.from_function(import_page, default_timeout=30)
    app.secrets["auth"] = OIDC
    app.run()
    assert not app.warning and not app.text_input
    assert app.button(key="admin-oidc").label == "Masuk dengan akun instansi"


def test_an_oidc_login_with_a_listed_address_is_an_administrator(page, monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_ADMIN_EMAILS", "operator@instansi.go.id, budi@instansi.go.id")
    page.secrets["auth"] = OIDC
    page.user = {"is_logged_in": True, "email": "Budi@Instansi.go.id"}
    page.run()
    assert gate_result(page) == "gate returned 'budi@instansi.go.id'"


def test_an_oidc_login_with_another_address_is_told_it_is_not_an_administrator(page, monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_ADMIN_EMAILS", "operator@instansi.go.id")
    page.secrets["auth"] = OIDC
    page.user = {"is_logged_in": True, "email": "tamu@instansi.go.id"}
    page.run()
    assert gate_result(page) == "gate returned None"
    assert page.warning[0].value == "Akun tamu@instansi.go.id bukan administrator."


def test_an_email_is_no_login_without_an_oidc_provider(page, monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_ADMIN_EMAILS", "budi@instansi.go.id")
    page.user = {"is_logged_in": True, "email": "budi@instansi.go.id"}
    page.run()
    assert gate_result(page) == "gate returned None"


def test_the_dashboard_needs_no_login_by_default(app, slept):
    app.run()
    assert not app.exception
    assert app.metric and not app.text_input


def test_a_required_login_stops_the_dashboard_at_the_form(app, slept, monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_REQUIRE_LOGIN", "true")
    monkeypatch.setenv("PANTAU_ZI_ADMINS", f"budi:{HASH}")
    app.run()
    assert not app.exception
    assert app.title[0].value == "Masuk untuk melihat Pantau ZI"
    assert not app.metric
    log_in(app, "budi", "salah", key="viewer")
    assert app.error[0].value == "Nama pengguna atau kata sandi salah."
    assert not app.metric
    log_in(app, "budi", PASSWORD, key="viewer")
    assert not app.exception
    assert app.metric and app.sidebar.caption[0].value == "Masuk sebagai budi"


def test_a_required_login_without_administrators_still_stops_the_dashboard(app, slept, monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_REQUIRE_LOGIN", "true")
    app.run()
    assert not app.metric
    assert "Belum ada administrator" in app.warning[0].value


def test_logins_are_throttled_in_the_configured_store_shared_by_every_session(monkeypatch):
    monkeypatch.setattr(login, "THROTTLE", None)
    throttle = login._throttle()
    assert isinstance(throttle, StoredThrottle)
    assert throttle.reserve("client:10.0.0.7") == 0
    assert login._throttle().delay("client:10.0.0.7") == 0 and login._throttle().reserve("client:10.0.0.7") == 0
    assert login._throttle().reserve("client:10.0.0.7") > 0  # a third session, the same store: it must wait


def test_the_login_form_counts_a_clients_failures_across_every_name_it_tries(page, slept, monkeypatch):
    monkeypatch.setattr(login, "_client", lambda: "10.0.0.7")
    page.run()
    log_in(page, "budi", "salah")
    log_in(page, "budi", "salah")
    assert slept == [1]
    log_in(page, "siti", "salah")  # another name from the same client waits for the client's third failure
    assert slept == [1, 2]


def test_with_an_unreadable_store_a_required_login_still_works(app, slept, monkeypatch, not_a_database):
    monkeypatch.setattr(login, "THROTTLE", None)  # the throttle the server uses: the store's
    monkeypatch.setenv("PANTAU_ZI_REQUIRE_LOGIN", "true")
    monkeypatch.setenv("PANTAU_ZI_ADMINS", f"budi:{HASH}")
    datasource.close_stores()
    app.run()
    assert not app.exception
    log_in(app, "budi", "salah", key="viewer")
    assert not app.exception and app.error[0].value == "Nama pengguna atau kata sandi salah."
    log_in(app, "budi", PASSWORD, key="viewer")
    assert not app.exception and app.metric

"""Kelola data through AppTest: what anonymous users and administrators may do, history and restore."""

from datetime import date

import pytest

from pantau_zi import access, datasource, login, store
from pantau_zi.importing.plan import confirm, plan_import
from pantau_zi.loading import load_reference
from tests.conftest import open_page
from tests.test_import_plan import BANDUNG_UNITS
from tests.test_login import log_in
from tests.test_store import mini_tables

PASSWORD = "uji-Pantau"


@pytest.fixture
def admins(monkeypatch):
    """One administrator, budi, and no real waiting after a failed login."""
    monkeypatch.setenv("PANTAU_ZI_ADMINS", f"budi:{access.hash_password(PASSWORD, n=2**4, r=1, p=1)}")
    monkeypatch.setattr(login, "sleep", lambda seconds: None)


@pytest.fixture
def imported(own_store) -> int:
    """The mini data as version 1 and the Kota Bandung units file as version 2, in the test's own store."""
    opened = datasource.opened(store.database_url(own_store))
    plan = plan_import("bandung.csv", BANDUNG_UNITS, mini_tables(), None, "data", load_reference()[1], "ani",
                       date(2026, 11, 23))
    return confirm(opened, plan, "ani", base=mini_tables())


def test_an_anonymous_visitor_sees_the_data_in_use_and_the_history_but_cannot_upload_or_restore(app, admins,
                                                                                               imported):
    app.run()
    assert app.sidebar.caption[-1].value.startswith("Data: versi 2, ")
    page = app.switch_page("pages/data.py").run()
    assert not page.exception
    assert page.text[0].value.startswith("Versi 2, dimuat ") and page.text[0].value.endswith(" WIB oleh ani")
    assert not page.get("file_uploader")
    assert "Pulihkan" not in [button.label for button in page.button]
    history = page.dataframe[0].value
    assert history["Versi"].tolist() == [2, 1]
    assert history["Keterangan"].tolist() == ["", "data sebelum impor pertama"]


def test_before_any_import_the_page_says_the_embedded_data_is_shown_and_offers_the_template(app, admins):
    page = open_page(app, "data")
    assert page.text[0].value == "Folder CSV yang dikonfigurasi (belum ada impor)"
    assert page.caption[-1].value == "Belum ada versi tersimpan."
    assert page.get("download_button")


def test_an_administrator_restores_an_earlier_version_which_becomes_a_new_current_version(app, admins, imported,
                                                                                        own_store):
    page = open_page(app, "data")
    log_in(page, "budi", PASSWORD)
    [uploader] = page.get("file_uploader")
    assert uploader.proto.label == "Berkas Excel (.xlsx) atau CSV, paling besar 10 MB"  # the default limit
    page.selectbox[-1].select(1)
    [restore] = [button for button in page.button if button.proto.is_form_submitter and button.label == "Pulihkan"]
    restore.click().run()
    assert not page.exception
    assert page.success[0].value == "Versi 1 dipulihkan sebagai versi 3."
    assert page.text[0].value.startswith("Versi 3, ")
    assert page.dataframe[0].value["Versi"].tolist() == [3, 2, 1]
    assert store.current_version(datasource.opened(store.database_url(own_store))) == 3


def test_a_restore_pressed_after_another_administrator_changed_the_data_is_refused_and_says_so(
        app, admins, imported, own_store):
    page = open_page(app, "data")
    log_in(page, "budi", PASSWORD)
    opened = datasource.opened(store.database_url(own_store))
    meanwhile = store.restore(opened, 1, "siti", expected_current=2)  # another session, while budi looks at v2
    page.selectbox[-1].select(1)
    [restore] = [button for button in page.button if button.proto.is_form_submitter and button.label == "Pulihkan"]
    restore.click().run()
    assert not page.exception
    assert page.warning[0].value.startswith(f"Data berubah sejak halaman ini dimuat (sekarang versi {meanwhile}).")
    assert store.current_version(opened) == meanwhile == 3

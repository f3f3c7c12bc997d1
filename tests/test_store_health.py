"""A store that cannot be read: a clear notice in the user's language naming the store and what to do, and the CSV
folders on screen meanwhile, instead of Streamlit's crash box."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from streamlit.testing.v1 import AppTest

from pantau_zi import api, datasource, store, store_health
from tests.conftest import APP, MINI
from tests.test_store import import_mini


def metric_values(app) -> dict[str, str]:
    return {metric.label: metric.value for metric in app.metric}


def run_dashboard(monkeypatch, language: str | None = None) -> AppTest:
    monkeypatch.setenv("PANTAU_ZI_DATA_DIRS", str(MINI))
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params["tahun"] = ["2013", "2021"]
    if language:
        app.query_params["lang"] = language  # the switch writes its label to the URL
    datasource.close_stores()
    return app.run()


@pytest.fixture
def damaged(own_store: Path) -> Path:
    """A store with an imported version whose data pages were overwritten: SQLite opens it, then fails reading."""
    opened = store.open_store(own_store)
    import_mini(opened)
    opened.engine.dispose()
    path = own_store / store.SQLITE_FILE_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    raw = bytearray(path.read_bytes())
    for start in range(2 * page_size, len(raw), page_size):
        raw[start:start + 64] = b"\xff" * 64
    path.write_bytes(bytes(raw))
    return path


def test_a_file_that_is_no_database_names_itself_says_what_to_do_and_the_data_still_shows(monkeypatch,
                                                                                             not_a_database):
    app = run_dashboard(monkeypatch)
    assert not app.exception
    [box] = app.error
    text = box.value.replace("\\", "")
    assert "Penyimpanan data Pantau ZI tidak dapat dibaca" in text
    assert f"Berkas {not_a_database} bukan basis data" in text and "file is not a database" in text
    assert "pulihkan berkas atau basis data itu dari cadangan" in text and "PANTAU_ZI_DATABASE" in text
    assert "folder CSV yang dikonfigurasi" in text
    # the mini dataset, as the configured folders hold it: U1..U5 declared by 2021
    assert metric_values(app)["Unit mencanangkan ZI"] == "5"


def test_the_notice_follows_the_language(monkeypatch, not_a_database):
    app = run_dashboard(monkeypatch, "English")
    text = app.error[0].value.replace("\\", "")
    assert "The Pantau ZI data store cannot be read" in text and "restore that file" in text


def test_a_damaged_database_shows_the_notice_instead_of_a_crash(monkeypatch, damaged):
    app = run_dashboard(monkeypatch)
    assert not app.exception
    text = app.error[0].value.replace("\\", "")
    assert "tidak dapat dibaca" in text and str(damaged) in text
    assert metric_values(app)["Unit mencanangkan ZI"] == "5"


def test_the_data_page_offers_no_import_while_the_store_cannot_be_read(monkeypatch, not_a_database):
    app = run_dashboard(monkeypatch).switch_page("pages/data.py").run()  # the page alone, after the entry point
    assert not app.exception
    assert app.title[0].value == "Kelola data"
    assert not app.get("file_uploader") and not app.text_input  # no upload, no administrator login


@pytest.mark.parametrize(("message", "kind"), [
    ("file is not a database", "not_database"),
    ("database disk image is malformed", "damaged"),
    ("unable to open database file", "unreachable"),
    ('connection to server at "db" failed: Connection refused', "unreachable"),
    ("disk I/O error", "unreadable")])
def test_the_databases_message_says_what_kind_of_problem_it_is(message, kind):
    error = sa.exc.DatabaseError("SELECT 1", {}, sqlite3.DatabaseError(message))
    problem = store_health.describe("sqlite:////srv/pantau/pantau_zi.sqlite", error)
    assert (problem.where, problem.kind, problem.detail) == ("/srv/pantau/pantau_zi.sqlite", kind, message)


def test_a_database_url_is_named_without_its_password():
    name = store_health.store_name("postgresql+psycopg://pantau:rahasia@db.intranet/pantau")
    assert name == "postgresql+psycopg://pantau:***@db.intranet/pantau"


def test_with_an_unreadable_store_a_data_url_answers_from_the_folders(monkeypatch, not_a_database):
    monkeypatch.setenv("PANTAU_ZI_DATA_DIRS", str(MINI))
    datasource.close_stores()
    made = api.answer("units", "csv", {"tahun": ["2013", "2021"]})
    assert made.status == 200 and b"U1" in made.body

"""The versioned dataset store: imports, restores, history, and that nothing is ever half-written or lost.

Every test runs against SQLite; set PANTAU_ZI_TEST_DATABASE_URL (an empty PostgreSQL database, e.g.
postgresql+psycopg://pantau:pantau@localhost/pantau_test, which scripts/postgres_test_db.sh sets up and prints) to
run them against PostgreSQL too.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from pantau_zi import loading
from pantau_zi import store as st
from tests.conftest import MINI

ROOT = Path(__file__).resolve().parent.parent


def test_two_processes_opening_a_new_store_at_once_both_succeed(store_url):
    start = threading.Barrier(4)

    def open_and_read():
        start.wait()
        opened = st.open_store(store_url)
        try:
            return st.current_version(opened)
        finally:
            opened.engine.dispose()

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda _: open_and_read(), range(4))) == [None] * 4


@pytest.fixture
def store(store_url: str):
    opened = st.open_store(store_url)
    yield opened
    opened.engine.dispose()


def mini_tables() -> dict[str, pd.DataFrame]:
    """The mini fixture's tables read as the CSV loader reads them, origin columns dropped."""
    return {path.stem: loading._read_text_table(path, path.name).drop(columns=["_file", "_row"])
            for path in sorted(MINI.glob("*.csv"))}


def one_unit_tables(unit_id: str = "X1") -> dict[str, pd.DataFrame]:
    """A different, smaller dataset: one source and one unit without events."""
    tables = mini_tables()
    return {"sources": tables["sources"], "units": tables["units"].head(1).assign(unit_id=unit_id),
            "events": tables["events"].head(0)}


def dump(store: st.Store) -> dict[str, list[tuple]]:
    """Every row of every table of the store, in primary-key order: the whole stored state."""
    with store.engine.connect() as conn:
        return {table.name: conn.execute(sa.select(table).order_by(*table.primary_key.columns)).all()
                for table in store.meta.sorted_tables}


def import_mini(store: st.Store, expected: int | None = None, who: str = "admin") -> int:
    return st.commit_import(store, mini_tables(), who=who, file_name="mini.xlsx", raw=b"mini bytes",
                            expected_current=expected)


def test_a_new_store_has_no_current_version_and_no_history(store):
    assert st.current_version(store) is None
    assert st.versions(store).empty


def test_an_import_becomes_current_and_loads_back_exactly_as_the_csv_loader_read_it(store):
    version = import_mini(store)
    assert st.current_version(store) == version
    loaded = st.load_version(store, version)
    columns = st.table_columns()
    for name, frame in mini_tables().items():
        pd.testing.assert_frame_equal(loaded[name], frame[columns[name]])


def test_tables_left_out_of_an_import_load_as_empty_tables_with_their_columns(store):
    loaded = st.load_version(store, st.commit_import(store, one_unit_tables(), who="a", file_name="u.csv",
                                                     raw=b"u", expected_current=None))
    assert loaded["lke"].empty and list(loaded["lke"].columns) == st.table_columns()["lke"]
    assert list(loaded["units"]["unit_id"]) == ["X1"]


def test_a_version_records_who_when_file_hash_row_counts_and_parent(store):
    first = import_mini(store, who="ani")
    second = st.commit_import(store, one_unit_tables(), who="budi", file_name="u.csv", raw=b"u bytes",
                              expected_current=first)
    history = st.versions(store).set_index("id")
    assert list(history.index) == [second, first]
    latest = history.loc[second]
    assert (latest["who"], latest["file_name"], latest["parent_id"]) == ("budi", "u.csv", first)
    assert latest["file_sha256"] == hashlib.sha256(b"u bytes").hexdigest()
    assert latest["row_counts"]["units"] == 1 and latest["row_counts"]["lke"] == 0
    assert history.loc[first, "row_counts"]["events"] == len(mini_tables()["events"])
    assert str(latest["created_at"].tz) == "UTC"
    assert list(history["current"]) == [True, False]


def test_the_first_import_stores_the_data_shown_before_it_as_a_restorable_version_in_the_same_transaction(store):
    version = st.commit_import(store, one_unit_tables(), who="ani", file_name="u.csv", raw=b"u",
                               expected_current=None, base=mini_tables())
    history = st.versions(store).set_index("id")
    base = history.loc[version, "parent_id"]
    assert list(history.index) == [version, base]
    assert history.loc[base, "who"] == st.BASE_WHO and pd.isna(history.loc[base, "file_name"])
    assert st.raw_file(store, base) is None
    assert len(st.load_version(store, base)["units"]) == len(mini_tables()["units"])


def test_a_base_offered_to_a_store_that_already_has_versions_is_not_stored_again(store):
    first = import_mini(store)
    second = st.commit_import(store, one_unit_tables(), who="a", file_name="u.csv", raw=b"u",
                              expected_current=first, base=mini_tables())
    assert list(st.versions(store)["id"]) == [second, first]


def test_the_uploaded_file_is_kept_byte_for_byte(store):
    raw = bytes(range(256)) * 10
    version = st.commit_import(store, mini_tables(), who="a", file_name="m.xlsx", raw=raw, expected_current=None)
    assert st.raw_file(store, version) == raw


def test_an_import_against_an_outdated_current_version_is_refused_and_stores_nothing(store):
    first = import_mini(store)
    before = dump(store)
    with pytest.raises(st.StaleVersion) as refused:
        st.commit_import(store, one_unit_tables(), who="b", file_name="u.csv", raw=b"u", expected_current=None)
    assert (refused.value.expected, refused.value.current) == (None, first)
    assert dump(store) == before


def test_restore_makes_a_new_current_version_with_the_old_tables_and_keeps_history(store):
    first = import_mini(store)
    second = st.commit_import(store, one_unit_tables(), who="a", file_name="u.csv", raw=b"u", expected_current=first)
    restored = st.restore(store, first, "budi")
    assert restored not in (first, second) and st.current_version(store) == restored
    for name, frame in st.load_version(store, first).items():
        pd.testing.assert_frame_equal(st.load_version(store, restored)[name], frame)
    assert list(st.load_version(store, second)["units"]["unit_id"]) == ["X1"]
    row = st.versions(store).set_index("id").loc[restored]
    assert (row["who"], row["parent_id"], row["restored_from"]) == ("budi", second, first)


def test_restore_against_an_outdated_current_version_is_refused(store):
    first = import_mini(store)
    import_mini(store, expected=first)
    with pytest.raises(st.StaleVersion):
        st.restore(store, first, "a", expected_current=first)


def test_restoring_or_loading_a_version_that_does_not_exist_is_refused(store):
    import_mini(store)
    with pytest.raises(st.StoreError):
        st.restore(store, 999, "a")
    with pytest.raises(st.StoreError):
        st.load_version(store, 999)


def test_unknown_tables_and_missing_columns_are_refused_before_anything_is_written(store):
    before = dump(store)
    with pytest.raises(st.StoreError, match="unknown"):
        st.commit_import(store, {"nonsense": pd.DataFrame()}, who="a", file_name="x", raw=b"", expected_current=None)
    with pytest.raises(st.StoreError, match="unit_id"):
        st.commit_import(store, {"units": mini_tables()["units"].drop(columns="unit_id")}, who="a", file_name="x",
                         raw=b"", expected_current=None)
    assert dump(store) == before


def test_a_failure_in_the_middle_of_an_import_leaves_the_previous_version_intact(store, monkeypatch):
    first = import_mini(store)
    before = dump(store)
    real_insert, calls = st._insert_rows, []

    def insert_then_fail(conn, table, records):
        real_insert(conn, table, records)
        calls.append(table.name)
        if len(calls) == 3:  # sources, units and events are in; the disk "fails"
            raise OSError("disk full")

    monkeypatch.setattr(st, "_insert_rows", insert_then_fail)
    with pytest.raises(OSError, match="disk full"):
        import_mini(store, expected=first)
    assert calls == ["data_sources", "data_units", "data_events"]
    assert dump(store) == before
    assert st.current_version(store) == first


_KILLED_IMPORT = """
import sys, time
import pandas as pd
from pantau_zi import store as st

store = st.open_store(sys.argv[1])
real_insert = st._insert_rows

def insert_and_wait(conn, table, records):
    real_insert(conn, table, records)
    if table.name == "data_events":
        print("events inserted", flush=True)
        time.sleep(120)  # killed here, inside the open transaction

st._insert_rows = insert_and_wait
columns = st.table_columns()
rows = int(sys.argv[3])
events = pd.DataFrame({c: [f"{c}-{i}" for i in range(rows)] for c in columns["events"]})
st.commit_import(store, {"events": events}, who="killed", file_name="big.csv", raw=b"x" * 1_000_000,
                 expected_current=int(sys.argv[2]))
"""


def test_killing_the_process_in_the_middle_of_a_large_import_loses_nothing(store, store_url):
    first = import_mini(store)
    before = dump(store)
    child = subprocess.Popen([sys.executable, "-c", _KILLED_IMPORT, store_url, str(first), "50000"], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        assert line.strip() == "events inserted", child.stderr.read()
        # Meanwhile readers neither wait for the import nor see any of it.
        assert st.current_version(store) == first and dump(store) == before
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    reopened = st.open_store(store_url)
    assert dump(reopened) == before
    assert st.current_version(reopened) == first
    assert list(st.versions(reopened)["id"]) == [first]
    # The store is still writable: the killed writer's lock went with it.
    assert st.commit_import(reopened, one_unit_tables(), who="a", file_name="u", raw=b"u", expected_current=first)
    reopened.engine.dispose()


def test_of_two_simultaneous_imports_from_the_same_version_exactly_one_wins(store, store_url):
    first = import_mini(store)
    start = threading.Barrier(2)

    def import_as(who: str):
        own = st.open_store(store_url)  # each administrator has a connection of their own
        try:
            seen = st.current_version(own)
            start.wait()
            return st.commit_import(own, one_unit_tables(who), who=who, file_name=f"{who}.csv", raw=who.encode(),
                                    expected_current=seen)
        except st.StaleVersion as stale:
            return stale
        finally:
            own.engine.dispose()

    with ThreadPoolExecutor(2) as pool:
        outcomes = list(pool.map(import_as, ["ani", "budi"]))
    won = [o for o in outcomes if isinstance(o, int)]
    lost = [o for o in outcomes if isinstance(o, st.StaleVersion)]
    assert len(won) == 1 and len(lost) == 1
    assert (lost[0].expected, lost[0].current) == (first, won[0])
    assert st.current_version(store) == won[0]
    assert list(st.versions(store)["id"]) == [won[0], first]


def test_a_sqlite_store_is_a_file_in_the_data_directory_with_wal_and_foreign_keys(tmp_path):
    store = st.open_store(tmp_path / "data")  # made if missing
    assert (tmp_path / "data" / st.SQLITE_FILE_NAME).exists()
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.engine.dispose()


def test_a_stored_version_loads_as_the_same_dataset_as_its_csv_folder(store):
    from_store = st.load_dataset_version(store, import_mini(store))
    from_folder = loading.load_dataset((MINI,))
    for name in st.table_columns():
        pd.testing.assert_frame_equal(getattr(from_store, name), getattr(from_folder, name))


def test_a_stored_version_that_no_longer_validates_names_version_table_and_row(store):
    tables = mini_tables()
    tables["events"].loc[1, "stage"] = "bogus"
    version = st.commit_import(store, tables, who="a", file_name="m", raw=b"m", expected_current=None)
    with pytest.raises(loading.DatasetError) as refused:
        st.load_dataset_version(store, version)
    assert [(p.file, p.row, p.column, p.value) for p in refused.value.problems if p.column == "stage"] == \
        [(f"v{version}/events", 3, "stage", "bogus")]


def test_without_a_location_the_store_opens_where_the_setting_points(tmp_path, monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_DATABASE", str(tmp_path / "var"))
    store = st.open_store()
    assert (tmp_path / "var" / st.SQLITE_FILE_NAME).exists() and st.current_version(store) is None
    store.engine.dispose()

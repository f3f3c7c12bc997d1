from datetime import UTC, datetime
from pathlib import Path

import pytest

from pantau_zi import settings

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_setting_is_documented_in_the_readme():
    text = README.read_text()
    assert all(entry.name in text for entry in settings.SETTINGS)


def test_data_dirs_default_to_the_embedded_dataset(monkeypatch):
    monkeypatch.delenv("PANTAU_ZI_DATA_DIRS", raising=False)
    assert settings.data_dirs() is None


def test_data_dirs_split_on_the_path_separator(monkeypatch, tmp_path):
    monkeypatch.setenv("PANTAU_ZI_DATA_DIRS", f"{tmp_path / 'a'}:{tmp_path / 'b'}")
    assert settings.data_dirs() == (tmp_path / "a", tmp_path / "b")


def test_the_store_defaults_to_a_sqlite_folder_in_the_project(monkeypatch):
    monkeypatch.delenv("PANTAU_ZI_DATABASE", raising=False)
    assert settings.database() == str(Path(__file__).resolve().parent.parent / "var")


def test_the_store_can_be_a_database_url(monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_DATABASE", "postgresql+psycopg://u:p@localhost/zi")
    assert settings.database() == "postgresql+psycopg://u:p@localhost/zi"


def test_import_limits_default_to_10_mb_100_mb_unpacked_and_50000_rows(monkeypatch):
    for name in ("PANTAU_ZI_IMPORT_MAX_MB", "PANTAU_ZI_IMPORT_MAX_EXPANDED_MB", "PANTAU_ZI_IMPORT_MAX_ROWS"):
        monkeypatch.delenv(name, raising=False)
    assert settings.import_max_bytes() == 10_000_000
    assert settings.import_max_expanded_bytes() == 100_000_000
    assert settings.import_max_rows() == 50_000


def test_import_limits_can_be_set_and_nonsense_falls_back_to_the_default(monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_IMPORT_MAX_MB", "0.5")
    monkeypatch.setenv("PANTAU_ZI_IMPORT_MAX_ROWS", "lots")
    monkeypatch.setenv("PANTAU_ZI_IMPORT_MAX_EXPANDED_MB", "-3")
    assert settings.import_max_bytes() == 500_000
    assert settings.import_max_rows() == 50_000
    assert settings.import_max_expanded_bytes() == 100_000_000


@pytest.mark.parametrize(("value", "shown"), [(None, "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Jayapura", "WIT"),
                                               ("Mars/Olympus", "WIB"), ("../etc/passwd", "WIB")])
def test_times_are_shown_in_wib_unless_another_known_zone_is_set(monkeypatch, value, shown):
    if value is None:
        monkeypatch.delenv("PANTAU_ZI_TIMEZONE", raising=False)
    else:
        monkeypatch.setenv("PANTAU_ZI_TIMEZONE", value)
    # 15:35 UTC is 22:35 WIB, 23:35 WITA and 00:35 the next day WIT
    assert datetime(2026, 11, 23, 15, 35, tzinfo=UTC).astimezone(settings.timezone()).tzname() == shown

import asyncio
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"
APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")


POSTGRES_URL = os.environ.get("PANTAU_ZI_TEST_DATABASE_URL", "").strip()


def run_async(coroutine):
    """Run a coroutine to its end on a thread of its own: in a full run the browser tests' Playwright keeps an
    event loop running on the main thread, where asyncio.run refuses to start another."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


def _forget_open_stores() -> None:
    """Close the engines the app keeps per URL, so a store emptied between tests is opened afresh."""
    from pantau_zi import datasource

    datasource.close_stores()


def _drop_everything(url: str) -> None:
    """Empty a PostgreSQL test database of the store's tables, so each test starts from nothing."""
    import sqlalchemy as sa

    from pantau_zi import store

    _forget_open_stores()
    engine = sa.create_engine(url)
    store._metadata().drop_all(engine)
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path: Path) -> str:
    """A URL of an empty store: a SQLite file, and PostgreSQL when PANTAU_ZI_TEST_DATABASE_URL is set."""
    if request.param == "sqlite":
        from pantau_zi import store

        yield store.database_url(tmp_path / "store.sqlite")
        return
    if not POSTGRES_URL:
        if os.environ.get("PANTAU_ZI_TEST_REQUIRE_POSTGRESQL") == "1":
            pytest.fail("PANTAU_ZI_TEST_REQUIRE_POSTGRESQL=1 but PANTAU_ZI_TEST_DATABASE_URL is not set")
        pytest.skip("PostgreSQL store tests need PANTAU_ZI_TEST_DATABASE_URL (an empty database) to be set")
    import sqlalchemy as sa

    try:
        sa.engine.make_url(POSTGRES_URL)
    except sa.exc.ArgumentError:
        pytest.fail(f"PANTAU_ZI_TEST_DATABASE_URL is not a database URL: {POSTGRES_URL!r}")
    _drop_everything(POSTGRES_URL)
    yield POSTGRES_URL
    _forget_open_stores()


@pytest.fixture(autouse=True)
def own_store(tmp_path: Path, monkeypatch) -> Path:
    """Every test gets an empty store folder of its own, so nothing reads or writes the project's var/."""
    folder = tmp_path / "store"
    monkeypatch.setenv("PANTAU_ZI_DATABASE", str(folder))
    return folder


@pytest.fixture
def not_a_database(own_store: Path) -> Path:
    """The store's SQLite file replaced by text, as a wrong file copied over it would leave it."""
    from pantau_zi import store

    own_store.mkdir(parents=True, exist_ok=True)
    path = own_store / store.SQLITE_FILE_NAME
    path.write_bytes(b"Bukan basis data, hanya teks. " * 200)
    return path


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch) -> Path:
    """Every test gets an empty disk cache of its own, so no test is served what another one loaded."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("PANTAU_ZI_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A writable copy of the hand-made mini dataset, for tests that break one file."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture
def app(monkeypatch) -> AppTest:
    """The dashboard on the mini dataset, its year range ending in 2021 unless a test says otherwise."""
    monkeypatch.setenv("PANTAU_ZI_DATA_DIRS", str(MINI))
    monkeypatch.delenv("PANTAU_ZI_BOUNDARY_FILE", raising=False)
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params["tahun"] = ["2013", "2021"]
    return app


def open_page(app: AppTest, page: str, **params) -> AppTest:
    """Run the entry point with URL parameters (bound widgets take their labels), then switch to pages/<page>.py.

    AppTest runs a switched page alone, with the filters the entry point left in the session.
    """
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    return app.switch_page(f"pages/{page}.py").run()


@pytest.fixture
def shared_data():
    """Path of a file in shared/data beside the checkout: skipped without it, failed under CI, which has it."""
    from pantau_zi.paths import SHARED_DATA_DIR

    def path(name: str) -> Path:
        found = SHARED_DATA_DIR / name
        if not found.exists():
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(f"{found} is missing: CI has shared/ beside the clone")
            pytest.skip(f"{found} not beside this checkout")
        return found
    return path


@pytest.fixture
def downloads(monkeypatch) -> dict[str, object]:
    """File name -> the callable that makes it, for every deferred download a page registers."""
    made: dict[str, object] = {}
    register = MediaFileManager.add_deferred

    def recording(self, data_callable, mimetype, coordinates, file_name=None, **options):
        made[file_name] = data_callable
        return register(self, data_callable, mimetype, coordinates, file_name, **options)

    monkeypatch.setattr(MediaFileManager, "add_deferred", recording)
    return made


REPORT_COLUMNS = ("year", "level", "code", "score", "zone", "grade", "rank", "rank_of", "publisher")


def ombudsman_reports(*rows):
    """Hand-made Ombudsman reports (REPORT_COLUMNS per row) as ui.ombudsman_assessments gives them: the preferred
    one per government and year, the others listed beside it."""
    import pandas as pd

    from pantau_zi import ombudsman

    table = pd.DataFrame(rows, columns=list(REPORT_COLUMNS)).astype(
        {"code": "string", "level": "string", "zone": "string", "grade": "string"})
    table = table.assign(published_name=table["code"], note=None,
                         source_url="https://" + table["publisher"] + "/" + table["code"] + "-" + table["year"].astype(str))
    return ombudsman.shown(ombudsman.mark_preferred(table))


@pytest.fixture
def reports():
    """2021: Sumedang green 82.50 (10th of 416), Kota Tasikmalaya yellow, Jawa Barat's own government green;
    2022: Sumedang A 90.00 from ombudsman.go.id and C 70.00 from the news (a conflict); 2024: Tasikmalaya's rank
    only (5th of 98)."""
    return ombudsman_reports(
        (2021, "kabupaten", "32.11", 82.5, "hijau", None, 10, 416, "a.id"),
        (2021, "kota", "32.73", None, "kuning", None, None, None, "a.id"),
        (2021, "provinsi", "32", 85.0, "hijau", None, None, None, "a.id"),
        (2022, "kabupaten", "32.11", 70.0, "kuning", "C", None, None, "b.id"),
        (2022, "kabupaten", "32.11", 90.0, "hijau", "A", None, None, "jabar.ombudsman.go.id"),
        (2024, "kota", "32.73", None, None, None, 5, 98, "c.id"))


@pytest.fixture(scope="session")
def installed_bin(tmp_path_factory) -> Path:
    """The bin folder of a fresh venv holding Pantau ZI installed from this checkout (tests/installed.py)."""
    from tests.installed import install_into_fresh_venv

    return install_into_fresh_venv(tmp_path_factory.mktemp("installed"))

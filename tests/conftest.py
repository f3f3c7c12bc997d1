import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"
APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")


@pytest.fixture(autouse=True)
def own_store(tmp_path: Path, monkeypatch) -> Path:
    """Every test gets an empty store folder of its own, so nothing reads or writes the project's var/."""
    folder = tmp_path / "store"
    monkeypatch.setenv("PANTAU_ZI_DATABASE", str(folder))
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

"""`pip install .` gives a working `pantau-zi` command that carries the app and its data, outside the checkout."""

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.conftest import MINI

REPO = Path(__file__).resolve().parent.parent


def requirement_pins(text: str) -> list[str]:
    return [line.split("#")[0].strip() for line in text.splitlines() if line.split("#")[0].strip()]


def test_the_package_depends_on_exactly_the_pins_scripts_setup_installs():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert project["dependencies"] == requirement_pins((REPO / "requirements.txt").read_text())
    assert project["scripts"] == {"pantau-zi": "pantau_zi.cli:main"}


def test_the_build_backend_is_the_one_pinned_for_development():
    backend = tomllib.loads((REPO / "pyproject.toml").read_text())["build-system"]["requires"]
    assert backend == [pin for pin in requirement_pins((REPO / "requirements-dev.txt").read_text())
                       if pin.startswith("hatchling")]


def run(bin_dir: Path, *arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    # Away from the checkout, so nothing can be imported from it by accident.
    env = {key: value for key, value in os.environ.items() if not key.startswith("PANTAU_ZI_")}
    return subprocess.run([str(bin_dir / "pantau-zi"), *arguments], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.packaging
def test_installed_package_runs_from_its_own_copy_of_the_app(installed_bin, tmp_path):
    where = subprocess.run([str(installed_bin / "python"), "-c",
                            "from pantau_zi import paths; print(paths.INSTALLED, paths.REPO_ROOT)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split()
    assert where[0] == "True"
    app = Path(where[1])
    assert not app.is_relative_to(REPO)
    # Whatever the launcher starts (dashboard.py, and an ASGI entry if there is one) must have been packaged.
    launched = subprocess.run([str(installed_bin / "python"), "-c", "from pantau_zi import server; "
                               "print(*(v for k, v in vars(server).items() if k.endswith('ENTRY_POINT')))"],
                              cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split()
    assert launched and all(Path(entry).is_file() and Path(entry).is_relative_to(app) for entry in launched)
    for part in ("dashboard.py", "asgi.py", "pages/peta.py", "data/reference/regencies.csv", "data/embedded/synthetic/units.csv",
                 "data/real/spi.csv", "geo/kabkota.geojson", ".streamlit/config.toml"):
        assert (app / part).is_file(), part


@pytest.mark.packaging
def test_check_data_on_a_valid_folder_says_so_and_exits_zero(installed_bin, tmp_path):
    result = run(installed_bin, "check-data", str(MINI), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{MINI}: data valid, tidak ada masalah."


@pytest.mark.packaging
def test_check_data_on_a_broken_folder_names_file_row_column_and_value_and_exits_non_zero(installed_bin, tmp_path):
    broken = tmp_path / "kiriman"
    shutil.copytree(MINI, broken)
    units = broken / "units.csv"
    lines = units.read_text().splitlines()
    lines[2] = lines[2].replace(",32.11,", ",99.99,")  # row 3 of the file: U2 in a region that does not exist
    units.write_text("\n".join(lines) + "\n")
    (broken / "events.csv").unlink()

    result = run(installed_bin, "check-data", "--lang", "en", str(broken), cwd=tmp_path)

    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "kiriman/units.csv, row 3, column \u201cregion_code\u201d, value \u201c99.99\u201d: "
        "unknown regency/city code (a valid example: 32.11)",
        "events.csv: required file is missing",
    ]
    assert re.fullmatch(rf"{broken}: 2 problem\(s\); this data would not be shown.\n", result.stderr)


@pytest.mark.packaging
def test_check_data_refuses_a_folder_that_is_not_there(installed_bin, tmp_path):
    result = run(installed_bin, "check-data", str(tmp_path / "tidak-ada"), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == f"{tmp_path / 'tidak-ada'}: bukan folder\n"

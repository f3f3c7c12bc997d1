"""Pantau ZI as `pip install .` leaves it: the package built from this checkout into a fresh virtual environment."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def install_into_fresh_venv(folder: Path) -> Path:
    """`pip install .` into a new venv under folder, offline; the venv's bin folder.

    The dependencies (800 MB) are lent from the running environment through a .pth line rather than installed
    again: the pins are checked against requirements.txt by tests/test_packaging.py, and pip still refuses the
    install if any is missing, since it may not look at an index.
    """
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(venv), "platbase": str(venv)}))
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-index",
                    "--no-build-isolation", str(REPO)], check=True, cwd=folder)
    return venv / "bin"

"""Where the app keeps its data, so no module hard-codes a path; the same in a checkout and installed from a wheel."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# A wheel carries the app (entry point, pages, data, geo, Streamlit config) inside the package, under _app/
# (pyproject.toml); a checkout has them beside the package.
INSTALLED = (PACKAGE_DIR / "_app" / "dashboard.py").is_file()
REPO_ROOT = PACKAGE_DIR / "_app" if INSTALLED else PACKAGE_DIR.parent
DATA_DIR = REPO_ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
EMBEDDED_DIR = DATA_DIR / "embedded"
# Real facts compiled from public sources, each row citing its source (data/real/README.md).
REAL_DIR = DATA_DIR / "real"
# The research folder the real layers are built from; beside the repository in a checkout and in CI.
SHARED_DATA_DIR = REPO_ROOT.parent / "shared" / "data"
GEO_DIR = REPO_ROOT / "geo"
# The SQLite store of imported datasets unless PANTAU_ZI_DATABASE says otherwise; not in git. Installed, the
# package folder may be read-only and is replaced on upgrade, so the store lives in the user's data folder.
STORE_DIR = (Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "pantau-zi" if INSTALLED
             else REPO_ROOT / "var")
# A local file, because Streamlit fetches a :material/...: page icon from Google's font CDN.
ICON = PACKAGE_DIR / "static" / "icon.png"
# The base map Plotly's SVG map fetches from its CDN even when it draws none: served from here, empty.
TOPOJSON_DIR = PACKAGE_DIR / "static" / "topojson"

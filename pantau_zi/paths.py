"""Where the repository keeps its data, so no module hard-codes a path."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
EMBEDDED_DIR = DATA_DIR / "embedded"
# Real facts compiled from public sources, each row citing its source (data/real/README.md).
REAL_DIR = DATA_DIR / "real"
# The research folder the real layers are built from; beside the repository in a checkout and in CI.
SHARED_DATA_DIR = REPO_ROOT.parent / "shared" / "data"
GEO_DIR = REPO_ROOT / "geo"
# The SQLite store of imported datasets unless PANTAU_ZI_DATABASE says otherwise; not in git.
STORE_DIR = REPO_ROOT / "var"
# A local file, because Streamlit fetches a :material/...: page icon from Google's font CDN.
ICON = Path(__file__).resolve().parent / "static" / "icon.png"

"""Start the dashboard: `python -m pantau_zi.server [streamlit options]`.

Streamlit treats a `pages/` folder beside the entry point as an old-style multipage app until some
session has called `st.navigation`; until then a shared link such as `/peta?prov=...` opened first
would run that page alone, without the sidebar filters. Declaring the app navigation-based before
the server starts makes every link go through `dashboard.py`.
"""

from __future__ import annotations

import sys

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from pantau_zi.paths import REPO_ROOT

ENTRY_POINT = REPO_ROOT / "dashboard.py"


def main(options: list[str]) -> int:
    """Run `streamlit run dashboard.py <options>` in this process, navigation-based from the start."""
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(ENTRY_POINT), *options]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

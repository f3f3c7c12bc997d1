"""Start the dashboard: `python -m pantau_zi.server [streamlit options]`, which is `streamlit run asgi.py`.

asgi.py wraps dashboard.py in Streamlit's ASGI app (st.App) with the routes and middleware of pantau_zi/web.py.

Streamlit treats a `pages/` folder beside the entry point as an old-style multipage app until some
session has called `st.navigation`; until then a shared link such as `/peta?prov=...` opened first
would run that page alone, without the sidebar filters. Declaring the app navigation-based before
the server starts makes every link go through `dashboard.py`. st.App does not change this: its script is still
dashboard.py with pages/ beside it, and st.App has no option for it.

Streamlit also asks checkip.amazonaws.com for the machine's public address (for its start-up banner and its
CORS allow-list); on a closed intranet that is a request leaving the machine for an answer never needed.
"""

from __future__ import annotations

import sys

from streamlit import net_util
from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

from pantau_zi.paths import REPO_ROOT

ENTRY_POINT = REPO_ROOT / "dashboard.py"
ASGI_ENTRY_POINT = REPO_ROOT / "asgi.py"


def no_public_address() -> None:
    """Stands in for Streamlit's public-address lookup: the address is unknown, and nobody is asked."""
    return None


def prepare() -> None:
    """Make the app navigation-based from the start, and keep Streamlit from looking up a public address."""
    PagesManager.uses_pages_directory = False
    net_util.get_external_ip = no_public_address


def main(options: list[str]) -> int:
    """Run `streamlit run asgi.py <options>` in this process, prepared as above."""
    prepare()
    sys.argv = ["streamlit", "run", str(ASGI_ENTRY_POINT), *options]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

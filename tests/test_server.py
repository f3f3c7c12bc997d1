"""The launcher keeps the server from calling out."""

from streamlit import net_util
from streamlit.runtime.pages_manager import PagesManager
from streamlit.web.server import server_util

from pantau_zi import server


def test_the_launcher_never_asks_the_internet_for_a_public_address(monkeypatch):
    def called_out(*args, **kwargs):
        raise AssertionError("Streamlit tried to reach checkip.amazonaws.com")

    monkeypatch.setattr(net_util, "_make_blocking_http_get", called_out)
    monkeypatch.setattr(net_util, "get_external_ip", net_util.get_external_ip)
    monkeypatch.setattr(PagesManager, "uses_pages_directory", PagesManager.uses_pages_directory)
    server.prepare()
    assert net_util.get_external_ip() is None
    # The CORS check, which would look the address up for an unknown origin, stays on this machine too.
    assert not server_util.is_url_from_allowed_origins("http://intranet.example:8501")
    assert PagesManager.uses_pages_directory is False

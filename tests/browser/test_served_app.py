"""The app as the server serves it (asgi.py with web.py's middleware), not the middleware alone: its headers and
trimmed service routes."""

import json
import urllib.error
import urllib.request

import pytest

from tests.browser.conftest import start_server

pytestmark = pytest.mark.browser


def test_the_served_app_sends_the_security_headers_hides_metrics_and_trims_host_config():
    url, process = start_server()
    try:
        with urllib.request.urlopen(f"{url}/") as page:
            assert page.headers["Content-Security-Policy"].startswith("default-src 'self'")
            assert page.headers["X-Content-Type-Options"] == "nosniff"
            assert page.headers["Referrer-Policy"] == "same-origin"
        with pytest.raises(urllib.error.HTTPError) as metrics:
            urllib.request.urlopen(f"{url}/_stcore/metrics")
        assert metrics.value.code == 404
        with urllib.request.urlopen(f"{url}/_stcore/host-config") as answer:
            assert json.load(answer)["allowedOrigins"] == []
    finally:
        process.terminate()
        process.wait(timeout=10)

"""The guard in front of Streamlit (pantau_zi/web.py): headers on every response, the login rule for downloads and
data URLs, and Streamlit's service routes trimmed. Driven as plain ASGI calls, with a stand-in for Streamlit."""

from __future__ import annotations

import json

import pytest

from pantau_zi import datasource, logins, settings, store, web
from tests.conftest import run_async

PAGE_PATHS = ("/", "/peta")


class Streamlit:
    """Answers every request with 200 and its path (host-config with Streamlit's own JSON; a page's path as its
    HTML), and notes the paths."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    async def __call__(self, scope, receive, send):
        self.seen.append(scope["path"])
        if scope["path"] == "/_stcore/host-config":
            body = json.dumps({"allowedOrigins": ["https://*.streamlit.app"], "metricsUrl": "x",
                               "useExternalAuthToken": False}).encode()
        else:
            body = scope["path"].encode()
        kind = b"text/html; charset=utf-8" if scope["path"] in PAGE_PATHS else b"text/plain"
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class Answer:
    def __init__(self, messages: list[dict]) -> None:
        start = messages[0]
        self.status = start["status"]
        self.headers: dict[str, list[str]] = {}
        for name, value in start["headers"]:
            self.headers.setdefault(name.decode().lower(), []).append(value.decode())
        self.body = b"".join(message.get("body", b"") for message in messages[1:])

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None


def call(path: str, cookie: str | None = None, scheme: str = "http", query: str = "") -> tuple[Answer, Streamlit]:
    inner = Streamlit()
    headers = [(b"cookie", f"{logins.COOKIE}={cookie}".encode())] if cookie else []
    scope = {"type": "http", "method": "GET", "path": path, "headers": headers, "scheme": scheme,
             "client": ("10.0.0.7", 50000), "query_string": query.encode()}
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    run_async(web.Guard(inner)(scope, receive, send))
    return Answer(sent), inner


@pytest.fixture(autouse=True)
def fresh_headers(monkeypatch):
    for name in ("PANTAU_ZI_REQUIRE_LOGIN", "PANTAU_ZI_FRAME_ANCESTORS"):
        monkeypatch.delenv(name, raising=False)
    web.security_headers.cache_clear()
    yield
    web.security_headers.cache_clear()


@pytest.mark.parametrize("path", ["/", "/peta", "/static/js/index.js", "/media/abc.xlsx", "/_stcore/health"])
def test_every_response_carries_the_security_headers(path):
    answer, _ = call(path)
    policy = answer.header("content-security-policy")
    assert policy.startswith("default-src 'self'; script-src 'self' 'sha256-")
    assert "frame-ancestors 'self'" in policy and "object-src 'none'" in policy
    assert "https:" not in policy and "*" not in policy  # no other origin, no wildcard
    assert answer.header("x-content-type-options") == "nosniff"
    assert answer.header("referrer-policy") == "same-origin"
    assert answer.header("x-frame-options") == "SAMEORIGIN"


def test_the_policy_allows_exactly_the_inline_scripts_the_page_runs_by_their_hash():
    hashes = web.inline_script_hashes()
    assert len(hashes) == 3  # Streamlit's index.html one, the words script in Indonesian and in English
    policy = web.content_security_policy("'self'", hashes)
    assert all(digest in policy for digest in hashes) and "'unsafe-inline'" not in policy.split("; ")[1]


def test_the_frame_ancestors_come_from_the_setting_and_junk_is_dropped(monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_FRAME_ANCESTORS", "https://portal.instansi.go.id script-src; * 'self'")
    answer, _ = call("/")
    assert "frame-ancestors https://portal.instansi.go.id 'self'" in answer.header("content-security-policy")
    assert answer.header("x-frame-options") is None  # an allowed outside origin: CSP alone decides


def test_nothing_valid_in_the_setting_means_only_the_dashboard_itself(monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_FRAME_ANCESTORS", "javascript:alert(1)")
    assert settings.frame_ancestors() == "'self'"
    monkeypatch.setenv("PANTAU_ZI_FRAME_ANCESTORS", "'none'")
    assert settings.frame_ancestors() == "'none'"


def test_a_browser_without_the_cookie_gets_a_random_http_only_one_once():
    first, _ = call("/")
    cookie = first.header("set-cookie")
    assert cookie.startswith(f"{logins.COOKIE}=") and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie
    assert call("/")[0].header("set-cookie") != cookie
    assert call("/", cookie="abc")[0].header("set-cookie") is None
    assert "Secure" in call("/", scheme="https")[0].header("set-cookie")


@pytest.mark.parametrize("path", ["/media/7f3a.xlsx", "/api/v1/regions.csv", "/_stcore/upload_file/s/f"])
def test_with_login_required_downloads_and_data_urls_need_a_logged_in_browser(monkeypatch, path):
    monkeypatch.setenv("PANTAU_ZI_REQUIRE_LOGIN", "true")
    anonymous, inner = call(path)
    assert anonymous.status == 403 and inner.seen == []
    assert "Masuk ke Pantau ZI" in anonymous.body.decode() and "Log in" in anonymous.body.decode()
    assert anonymous.header("content-security-policy")
    assert call(path, cookie="never-logged-in")[0].status == 403
    opened = datasource.opened(store.database_url(settings.database()))
    logins.record(opened, "budi-browser", "budi")
    answer, inner = call(path, cookie="budi-browser")
    assert answer.status == 200 and inner.seen == [path]
    logins.forget(opened, "budi-browser")
    assert call(path, cookie="budi-browser")[0].status == 403


def test_with_login_required_the_pages_and_their_assets_still_load(monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_REQUIRE_LOGIN", "true")
    for path in ("/", "/peta", "/static/js/index.js", "/_stcore/health"):
        assert call(path)[0].status == 200  # the page itself asks for the login


def test_without_login_required_downloads_are_open(monkeypatch):
    assert call("/media/7f3a.xlsx")[0].status == 200


def test_a_login_expires_after_its_lifetime():
    opened = datasource.opened(store.database_url(settings.database()))
    logins.record(opened, "siti-browser", "siti", now=1000.0)
    assert logins.who(opened, "siti-browser", now=1000.0 + logins.LIFETIME - 1) == "siti"
    assert logins.who(opened, "siti-browser", now=1000.0 + logins.LIFETIME + 1) is None
    assert logins.who(opened, None) is None


def test_the_metrics_route_is_not_served():
    answer, inner = call("/_stcore/metrics")
    assert answer.status == 404 and inner.seen == []


def test_host_config_lets_no_outside_origin_steer_the_app():
    answer, _ = call("/_stcore/host-config")
    config = json.loads(answer.body)
    assert config == {"allowedOrigins": [], "metricsUrl": "", "useExternalAuthToken": False}
    assert answer.header("content-length") == str(len(answer.body))


def test_a_hand_written_real_only_link_is_respelt_as_the_switch_writes_it():
    answer, inner = call("/unit", query="prov=Jawa+Barat&nyata=1")
    assert answer.status == 307 and inner.seen == []
    assert answer.header("location") == "/unit?prov=Jawa+Barat&nyata=true"
    assert answer.header("content-security-policy")  # a redirect is a response like any other


@pytest.mark.parametrize("path, query", [("/unit", "nyata=true&prov=32"), ("/api/v1/panel.csv", "nyata=1"),
                                         ("/_stcore/health", "nyata=1"), ("/", "")])
def test_links_the_switch_reads_already_and_data_urls_pass_through(path, query):
    answer, inner = call(path, query=query)
    assert answer.status == 200 and inner.seen == [path]


def served(path: str) -> Answer:
    """The answer of the routes asgi.py adds beside Streamlit's."""
    from starlette.routing import Router

    scope = {"type": "http", "method": "GET", "path": path, "headers": [], "query_string": b"", "scheme": "http",
             "root_path": "", "client": ("10.0.0.7", 50000), "server": ("localhost", 8501)}
    sent: list[dict] = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    run_async(Router(web.routes())(scope, receive, send))
    return Answer(sent)


def test_each_map_layer_is_served_under_its_content_name_for_the_browser_to_keep():
    from pantau_zi import ui

    layer = ui.current_map_layer()
    for zoomed, features in ((True, 514), (False, 514)):
        answer = served(layer.url(zoomed))
        assert answer.status == 200 and answer.header("content-type") == "application/json"
        assert "immutable" in answer.header("cache-control")
        assert len(json.loads(answer.body)["features"]) == features
    assert served(layer.url(True)).body != served(layer.url(False)).body  # detailed and coarse
    assert served("/_pantau/geo/kabkota-0000000000000000.json").status == 404


def test_plotlys_base_map_comes_from_the_package_empty_and_nothing_else_is_served_there():
    answer = served("/_pantau/topojson/world_110m.json")
    assert answer.status == 200
    topology = json.loads(answer.body)
    assert topology["type"] == "Topology" and all(not part["geometries"] for part in topology["objects"].values())
    assert served("/_pantau/topojson/README.md").status == 404
    assert served("/_pantau/topojson/..%2Fpaths.py").status == 404


def test_a_page_asks_the_browser_to_fetch_plotlys_module_at_once_and_nothing_else_does():
    chunk = web.plotly_chunk()
    assert chunk.startswith("static/js/PlotlyChart.") and chunk.endswith(".js")
    assert call("/peta")[0].header("link") == f"</{chunk}>; rel=modulepreload"
    assert call("/static/js/index.js")[0].header("link") is None


def test_with_login_required_an_unreadable_store_refuses_downloads(monkeypatch, not_a_database):
    monkeypatch.setenv("PANTAU_ZI_REQUIRE_LOGIN", "true")
    datasource.close_stores()
    answer, inner = call("/media/7f3a.xlsx", cookie="budi-browser")
    assert answer.status == 403 and inner.seen == []

"""What the web server adds around Streamlit (asgi.py builds the app): security headers on every response, the same
login rule for downloads and data URLs as for the pages, and Streamlit's service routes kept to what a browser needs.

Every browser gets a random cookie on its first request; a login in the page records it (pantau_zi/logins.py), and
with PANTAU_ZI_REQUIRE_LOGIN=true a request for a download (`/media/...`), an upload or a data URL (`/api/...`)
without a logged-in cookie is refused.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
import secrets
from functools import cache
from http.cookies import SimpleCookie
from pathlib import Path

from anyio import to_thread
from starlette.datastructures import MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from streamlit import config, file_util

from pantau_zi import access, chrome, datasource, filters, logins, settings, store
from pantau_zi.figures import GEO_ROUTE, TOPOJSON_ROUTE
from pantau_zi.i18n import LANGUAGES, t
from pantau_zi.paths import TOPOJSON_DIR

LOG = logging.getLogger("pantau_zi.web")

# Paths (under the base URL) that hand out data and so need a login when viewing does.
GATED = ("/media/", "/api/", "/_stcore/upload_file/")
METRICS = "/_stcore/metrics"
HOST_CONFIG = "/_stcore/host-config"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@cache
def inline_script_hashes() -> tuple[str, ...]:
    """CSP hashes of the only inline scripts the page runs: Streamlit's index.html one, and our words script."""
    index = (Path(file_util.get_static_dir()) / "index.html").read_text(encoding="utf-8")
    scripts = _INLINE_SCRIPT.findall(index) + [chrome.word_script_body(lang) for lang in LANGUAGES]
    return tuple(_sha256_source(script) for script in scripts)


@cache
def plotly_chunk() -> str | None:
    """The path of Streamlit's Plotly chart module (4.7 MB), if it has one: the page asks for it only once the
    first chart arrives, so a preload fetches it while Streamlit starts (a first map 40-200 ms sooner)."""
    static = Path(file_util.get_static_dir())
    found = sorted(static.glob("static/js/PlotlyChart.*.js"))
    return found[0].relative_to(static).as_posix() if found else None


def content_security_policy(frame_ancestors: str, script_hashes: tuple[str, ...]) -> str:
    """Only the app's own origin: scripts from it (and the inline ones by hash), Streamlit's and Plotly's inline
    styles, data: and blob: images, the map's blob: workers, and frames only where the setting allows."""
    directives = {
        "default-src": "'self'",
        "script-src": " ".join(("'self'", *script_hashes)),
        "style-src": "'self' 'unsafe-inline'",
        "img-src": "'self' data: blob:",
        "font-src": "'self' data:",
        "connect-src": "'self'",
        "worker-src": "'self' blob:",
        "child-src": "'self' blob:",
        "frame-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": frame_ancestors,
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


@cache
def security_headers() -> tuple[tuple[str, str], ...]:
    """The headers every response carries."""
    ancestors = settings.frame_ancestors()
    headers = [("Content-Security-Policy", content_security_policy(ancestors, inline_script_hashes())),
               ("X-Content-Type-Options", "nosniff"),
               ("Referrer-Policy", "same-origin"),
               ("Cross-Origin-Opener-Policy", "same-origin")]
    if ancestors in ("'self'", "'none'"):  # browsers without CSP frame-ancestors
        headers.append(("X-Frame-Options", "SAMEORIGIN" if ancestors == "'self'" else "DENY"))
    return tuple(headers)


def _cookie(scope: Scope, name: str) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == b"cookie":
            jar = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header is no cookie
                continue
            if name in jar:
                return jar[name].value
    return None


def base_path() -> str:
    """The URL path the app is served under ("/pantau" for server.baseUrlPath "pantau"), "" at the root."""
    base = (config.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base}" if base else ""


def _local_path(scope: Scope) -> str:
    """The request path without the configured base URL path."""
    path, base = scope.get("path", ""), base_path()
    return path[len(base):] if base and path.startswith(f"{base}/") else path


def _viewer(token: str | None) -> str | None:
    """Who the browser's cookie is logged in as; None also when the store cannot be read (refusing is safe)."""
    try:
        return logins.who(datasource.opened(store.database_url(settings.database())), token)
    except Exception as error:  # noqa: BLE001 - an unreadable store must not open the downloads
        LOG.warning("login check failed, request refused: %s", error)
        return None


def refusal_text() -> str:
    """Why a download or data URL was refused, in both languages (a bare request says which it prefers rarely)."""
    return "\n".join(t("web.login_needed", lang) for lang in LANGUAGES) + "\n"


async def _respond(send: Send, status: int, body: bytes, content_type: str) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()),
                            (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": body})


def _page_query_respelt(scope: Scope, path: str) -> str | None:
    """A page link's query string as the sidebar's switch reads it, when a hand-written value needs respelling."""
    if scope.get("method") != "GET" or path.startswith(("/_stcore/", "/static/", *GATED)):
        return None
    return filters.canonical_switch_query(scope.get("query_string", b"").decode("latin-1"))


async def _redirect(send: Send, location: str) -> None:
    await send({"type": "http.response.start", "status": 307,
                "headers": [(b"location", location.encode("latin-1")), (b"content-length", b"0"),
                            (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": b""})


def host_config(body: bytes) -> bytes:
    """Streamlit's host configuration with no outside origin allowed to steer the app from a parent frame."""
    answer = json.loads(body or b"{}")
    answer["allowedOrigins"] = []
    answer["metricsUrl"] = ""
    return json.dumps(answer).encode()


class Guard:
    """ASGI middleware in front of Streamlit: headers, the browser cookie, the login rule, the service routes."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = _cookie(scope, logins.COOKIE)
        new_token = None if token else secrets.token_urlsafe(32)

        async def send_guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in security_headers():
                    headers[name] = value
                if new_token:
                    secure = "; Secure" if scope.get("scheme") == "https" else ""
                    headers.append("set-cookie", f"{logins.COOKIE}={new_token}; Path=/; HttpOnly; SameSite=Lax{secure}")
                if headers.get("content-type", "").startswith("text/html") and (chunk := plotly_chunk()):
                    headers.append("link", f"<{base_path()}/{chunk}>; rel=modulepreload")
            await send(message)

        path = _local_path(scope)
        if path == METRICS:  # cache sizes and session counts: nothing a viewer needs
            await _respond(send_guarded, 404, b"Not Found\n", "text/plain; charset=utf-8")
        elif path.startswith(GATED) and access.login_required(os.environ) \
                and await to_thread.run_sync(_viewer, token) is None:
            await _respond(send_guarded, 403, refusal_text().encode(), "text/plain; charset=utf-8")
        elif path == HOST_CONFIG:
            await self._host_config(scope, receive, send_guarded)
        elif (spelt := _page_query_respelt(scope, path)) is not None:
            await _redirect(send_guarded, f"{scope['path']}?{spelt}")
        else:
            await self.app(scope, receive, send_guarded)

    async def _host_config(self, scope: Scope, receive: Receive, send: Send) -> None:
        start: Message = {}
        body = b""

        async def keep(message: Message) -> None:
            nonlocal start, body
            if message["type"] == "http.response.start":
                start = message
            else:
                body += message.get("body", b"")

        await self.app(scope, receive, keep)
        rewritten = host_config(body) if start.get("status") == 200 else body
        headers = MutableHeaders(scope=start)
        headers["content-length"] = str(len(rewritten))
        await send(start)
        await send({"type": "http.response.body", "body": rewritten})


def middleware() -> list:
    """The middleware asgi.py puts in front of Streamlit's own."""
    from starlette.middleware import Middleware

    return [Middleware(Guard)]


async def data_url(request) -> Response:
    """`/api/v1/<table>.<csv|json>`: pantau_zi/api.py's answer, computed off the event loop."""
    from pantau_zi import api

    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    made = await to_thread.run_sync(api.answer, request.path_params["table"], request.path_params["kind"], params)
    headers = {"Cache-Control": "no-store"}
    if made.file_name:
        headers["Content-Disposition"] = f'inline; filename="{made.file_name}"'
    return Response(made.body, status_code=made.status, media_type=made.content_type, headers=headers)


# Named by their content (mapping.layer_file), so a browser keeps them until the layer changes.
_FOREVER = {"Cache-Control": "public, max-age=31536000, immutable"}


def _json_file(body: bytes | None) -> Response:
    if body is None:
        return Response(b"Not Found\n", status_code=404, media_type="text/plain; charset=utf-8")
    return Response(body, media_type="application/json", headers=_FOREVER)


async def base_map(request) -> Response:
    """`/_pantau/topojson/<name>.json`: the empty base map Plotly's SVG map asks for (paths.TOPOJSON_DIR)."""
    files = {path.name: path for path in TOPOJSON_DIR.glob("*.json")}
    path = files.get(request.path_params["name"])
    return _json_file(path.read_bytes() if path else None)


async def map_layer_file(request) -> Response:
    """`/_pantau/geo/<name>.json`: a map layer the browser fetches once instead of with every map render."""
    from pantau_zi import ui

    return _json_file(ui.current_map_layer().files.get(request.path_params["name"]))


def routes() -> list:
    """The routes asgi.py adds beside Streamlit's: the data URLs, the map layers and Plotly's base map."""
    from starlette.routing import Route

    base = base_path()
    return [Route(f"{base}/api/v1/{{table}}.{{kind}}", data_url, methods=["GET"]),
            Route(f"{base}{GEO_ROUTE}{{name}}", map_layer_file, methods=["GET"]),
            Route(f"{base}{TOPOJSON_ROUTE}{{name}}", base_map, methods=["GET"])]

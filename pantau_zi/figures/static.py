"""Plotly figures as PNG bytes, drawn offline by the system's Chromium through kaleido.

kaleido would load MathJax from a CDN unless told not to, and plotly.io cannot tell it so (it drops a false
`mathjax`), so this module drives kaleido itself: plotly.js from the installed plotly package, no MathJax,
and a Chromium that neither resolves host names nor runs its background services (update checks, account
pings, search preconnects), so nothing leaves the machine even where a network is up.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import kaleido
import plotly
import plotly.graph_objects as go
from choreographer.browsers.chromium import Chromium

from pantau_zi.paths import TOPOJSON_DIR

CHROMIUM = "/usr/bin/chromium"
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
PROJECTOR = (1920, 1080)
# kaleido already passes --headless --no-sandbox --disable-gpu (maps still draw, on SwiftShader's WebGL).
OFFLINE_FLAGS = ("--disable-background-networking", "--host-resolver-rules=MAP * ~NOTFOUND")
TABS = 2  # a second tab overlaps one chart's drawing with the next one's page reload
SECONDS_PER_CHART = 60


class ChromiumMissing(RuntimeError):
    """No Chromium to draw charts with."""


class _OfflineChromium(Chromium):
    def get_cli(self):
        return [*super().get_cli(), *OFFLINE_FLAGS]


def chromium_path() -> str | None:
    """Debian's Chromium, or any `chromium` on the PATH; None when there is none."""
    return CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")


def static_export_available() -> bool:
    """Whether charts can be drawn as images on this machine."""
    return chromium_path() is not None


def render_page() -> kaleido.PageGenerator:
    """The page Chromium draws in: plotly.js from the installed plotly package, no MathJax."""
    return kaleido.PageGenerator(plotly=(PLOTLY_JS.as_uri(), "utf-8"), mathjax=False)


def _browser(path: str) -> kaleido.Kaleido:
    return kaleido.Kaleido(path=path, browser_cls=_OfflineChromium, page_generator=render_page(), n=TABS,
                           timeout=SECONDS_PER_CHART)


@dataclass(frozen=True)
class PngRequest:
    """A figure to draw, at (width x height) layout pixels; `scale` multiplies the pixels, not the type."""

    figure: go.Figure
    width: int = PROJECTOR[0]
    height: int = PROJECTOR[1]
    scale: float = 1.0


async def _render(requests: Sequence[PngRequest], path: str) -> list[bytes]:
    async with _browser(path) as browser:
        return list(await asyncio.gather(*(
            # the map's (empty) base map from the package, not Plotly's CDN
            browser.calc_fig(request.figure, opts={"format": "png", "width": request.width,
                                                   "height": request.height, "scale": request.scale},
                             topojson=TOPOJSON_DIR.as_uri() + "/")
            for request in requests)))


def charts_png(requests: Sequence[PngRequest]) -> list[bytes]:
    """Each requested figure as PNG bytes, all from one Chromium start."""
    if not requests:
        return []
    path = chromium_path()
    if path is None:
        raise ChromiumMissing(f"Chromium not found at {CHROMIUM} nor on the PATH (apt-get install chromium)")
    # a thread of its own, so this works even where the caller already runs an event loop
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, _render(requests, path)).result()


def chart_png(figure: go.Figure, width: int = PROJECTOR[0], height: int = PROJECTOR[1], scale: float = 1.0) -> bytes:
    """One figure as PNG bytes, by default at projector resolution (1920 x 1080)."""
    return charts_png([PngRequest(figure, width, height, scale)])[0]

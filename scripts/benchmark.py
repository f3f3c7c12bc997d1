"""Time each page in headless Debian Chromium and count the bytes a render sends over the websocket.

Usage: python scripts/benchmark.py [--repeats 10] [--pages peta ringkasan ...]
       python scripts/benchmark.py --scale 1 4 20 [--repeats 5]

Starts the dashboard on a free port (as the browser tests do) and, per page: the time from navigation to
the first chart or map drawn; the median time from a province change in the sidebar to the redrawn charts;
and the websocket bytes received per change. A page's other views (a tab other than the first, a measure chosen
on the page) get a row of their own: its first draw timed from Enter on the tab or option, its redraw measured
while it is open. Targets: first map 1.5 s, redraw 300 ms, 150 KB per map render.

--scale N builds the embedded dataset N times over (every unit copied with new unit and event ids, so every
history stays valid) and reports, per N: the cold start (load, validate, unit counts) in a fresh process without
and then with the disk cache, the slowest panel over a set of filters, and, with a server started on the warm
cache, the first chart after the restart, the redraw median and the server's memory. Targets at 20x (1 M events):
from the cache <= 5 s, without it <= 60 s, a panel <= 200 ms, server RSS <= 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, ServerLog, open_context, start_server  # noqa: E402

PAGES = ("ringkasan", "peta", "target", "profil", "unit", "perbandingan")
PROVINCES = ("Jawa Barat", "Jawa Tengah")  # alternated, so every change redraws
REGIONS = ("Kota Bandung", "Kabupaten Sumedang")
# The sidebar filter each page's change measures: (select box index after the language switch, values).
# The profile shows one region, so it changes the kabupaten/kota; every other page changes the province.
CHANGES = {"profil": (2, REGIONS)}
# Views measured apart from their page's first: a tab by its label (tabs run only when open), or a (select box
# label, option) chosen in the page's main column.
VIEWS = {"profil": ("Linimasa", "Nilai LKE"), "peta": (("Ukuran", "Indeks SPI KPK"),),
         "perbandingan": ("ZI, SPI dan Ombudsman",)}
PROVINCE_CHANGE = (1, PROVINCES)
DRAWN = """() => { const plots = [...document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot")];
    return plots.length > 0 && plots.every(p => !p.__before && p._fullData && p._fullData.length); }"""
# The unit page is a table: it counts as drawn once the grid has painted its canvas.
TABLE_DRAWN = """() => [...document.querySelectorAll("[data-testid='stMain'] [data-testid='stDataFrame'] canvas")]
    .some(c => !c.__before)"""
# Marks what is on screen before a navigation, so the previous page's charts are not taken for the next page's.
MARK_BEFORE = """() => document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot, canvas")
    .forEach(node => { node.__before = true; })"""
DRAWN_ON = {"unit": TABLE_DRAWN}
# Plotly's map subplots (choropleth_map draws with MapLibre): each subplot id in _fullLayout._subplots.map names a
# layout entry whose _subplot holds the MapLibre map (plotly.js's createMap: `o.map = new maplibregl.Map(...)`).
MAPS = """p => (p._fullLayout && p._fullLayout._subplots && p._fullLayout._subplots.map || [])
    .map(id => p._fullLayout[id]._subplot && p._fullLayout[id]._subplot.map)"""
PLOTS = "() => [...document.querySelectorAll(\"[data-testid='stPlotlyChart'] .js-plotly-plot\")]"
# A map counts as drawn once MapLibre reports it loaded (style and sources done) and two frames have painted after.
MAPS_LOADED = f"() => ({PLOTS})().every(p => ({MAPS})(p).every(m => m && m.loaded()))"
HAS_MAP = f"() => ({PLOTS})().some(p => ({MAPS})(p).length > 0)"
TWO_FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))"
END_POINTS = {True: "map loaded + 2 frames", False: "chart drawn"}
# What a redraw changes: the charts' data, and the captions (the unit page, a table, counts its rows in one).
SIGNATURE = """() => JSON.stringify([[...document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot")]
    .map(p => (p._fullData || []).map(t => [(t.locations || t.x || []).length, String((t.z || t.y || [])[0])])),
    [...document.querySelectorAll("[data-testid='stMain'] [data-testid='stCaptionContainer']")].map(c => c.innerText)])"""
TIMEOUT_MS = 15_000
SETTLED_MS = 700


def wait_drawn(page, drawn: str = DRAWN) -> None:
    """Wait until every chart (or the table) is drawn and, where there is a map, MapLibre has loaded and painted."""
    page.wait_for_function(drawn, timeout=TIMEOUT_MS)
    if page.evaluate(HAS_MAP):
        page.wait_for_function(MAPS_LOADED, timeout=TIMEOUT_MS)
        page.evaluate(TWO_FRAMES)


def first_draw(page, path: str) -> float | None:
    """Seconds from clicking the page's link to every chart (or the table) on it drawn; None if it never draws."""
    link = page.locator("[data-testid='stTopNavLink']").nth(PAGES.index(path))
    page.evaluate(MARK_BEFORE)
    start = time.perf_counter()
    link.click()
    try:
        wait_drawn(page, DRAWN_ON.get(path, DRAWN))
    except Exception:
        return None
    return time.perf_counter() - start


def type_choice(page, box: int, name: str) -> None:
    page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").nth(box).click()
    page.keyboard.type(name)


# In the page: note when Enter goes down, then, every 10 ms, when the signature last changed (on a page with a map:
# when, after the change, MapLibre reported loaded and two frames painted). A timer, not requestAnimationFrame
# throughout: asking for every frame keeps the renderer drawing frames and slows what is measured.
WATCH = f"""before => {{
    const signature = {SIGNATURE}, loaded = {MAPS_LOADED}, hasMap = {HAS_MAP};
    window.__enter = null; window.__changed = null;
    document.addEventListener("keydown", e => {{ if (e.key === "Enter") window.__enter = e.timeStamp; }},
                              {{capture: true, once: true}});
    let previous = before, pending = false, painting = 0;
    const tick = () => {{
        const now = signature();
        if (now !== previous) {{ previous = now; pending = true; }}
        if (pending && loaded()) {{
            pending = false;
            if (hasMap()) {{
                painting += 1;
                requestAnimationFrame(() => requestAnimationFrame(() => {{
                    window.__changed = performance.now(); painting -= 1; }}));
            }} else {{ window.__changed = performance.now(); }}
        }}
        if (!pending && !painting && window.__changed !== null
            && performance.now() - window.__changed >= {SETTLED_MS}) {{
            clearInterval(timer); window.__settled = true;
        }}
    }};
    window.__settled = false;
    const timer = setInterval(tick, 10);
}}"""


def timed(page, prepare, frames: list[int]) -> tuple[float | None, int]:
    """Seconds from Enter (after `prepare`) to the last change of the charts and captions, and websocket bytes.

    The view counts as redrawn only once it has stopped changing for SETTLED_MS, so a page that updates its
    captions first and its charts later is timed to the charts.
    """
    before = page.evaluate(SIGNATURE)
    prepare()
    frames.clear()
    page.evaluate(WATCH, before)
    page.keyboard.press("Enter")
    try:
        page.wait_for_function("() => window.__settled", timeout=TIMEOUT_MS, polling=100)
        elapsed = page.evaluate("() => (window.__changed - window.__enter) / 1000")
    except Exception:
        elapsed = None
    return elapsed, sum(frames)


def redraw(page, box: int, name: str, frames: list[int]) -> tuple[float | None, int]:
    """timed() from a choice in the sidebar's select box."""
    return timed(page, lambda: type_choice(page, box, name), frames)


def ready_view(page, view) -> None:
    """Focus a view's tab, or type its option into its select box on the page, so that Enter opens it."""
    if isinstance(view, str):
        page.get_by_role("tab", name=view, exact=True).focus()
        return
    label, option = view
    page.locator("[data-testid='stMain'] [data-testid='stSelectbox']").filter(has_text=label).first.click()
    page.keyboard.type(option)


def view_name(view) -> str:
    return view if isinstance(view, str) else view[1]


def counted_page(browser) -> tuple:
    """A page at 1366x768 whose off-machine requests are blocked and listed (as in the browser tests), the list,
    and the sizes of the websocket frames it receives."""
    context, blocked = open_context(browser, 1366, 768)
    page = context.new_page()
    frames: list[int] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: frames.append(len(payload))))
    return page, blocked, frames


def measure(browser, app_url: str, path: str, repeats: int, view=None) -> dict:
    page, blocked, frames = counted_page(browser)
    context = page.context
    # Each page is reached by its navigation link from another page, as a user moves through the app.
    page.goto(app_url)
    wait_drawn(page)
    if path == "ringkasan":
        page.locator("[data-testid='stTopNavLink']").nth(PAGES.index("peta")).click()
        wait_drawn(page)
    box, values = CHANGES.get(path, PROVINCE_CHANGE)
    if path in CHANGES:  # start from a chosen region, so the page has something to draw
        type_choice(page, box, values[-1])
        page.keyboard.press("Enter")
        page.wait_for_timeout(1500)
    frames.clear()
    first = first_draw(page, path)
    end_point = END_POINTS[page.evaluate(HAS_MAP)] if path != "unit" else "table painted"
    page.wait_for_timeout(300)
    first_bytes = sum(frames)
    if view and first is not None:
        first, first_bytes = timed(page, lambda: ready_view(page, view), frames)
    times, sizes = [], []
    if first is not None:
        for i in range(repeats):
            elapsed, size = redraw(page, box, values[i % 2], frames)
            times.append(elapsed)
            sizes.append(size)
    context.close()
    done = [t for t in times if t is not None]
    return {"page": f"{path} · {view_name(view)}" if view else path, "end": end_point, "blocked": len(blocked),
            "first": first,
            "first_kb": first_bytes / 1024 if first is not None else None,
            "redraw": statistics.median(done) if done else None,
            "missed": len(times) - len(done),
            "change_kb": max(sizes) / 1024 if sizes else None}


def fmt(value, unit: str, scale: float = 1.0) -> str:
    return "-" if value is None else f"{value * scale:,.0f} {unit}"


# The tables whose rows are per unit, and the id columns each copy renames.
COPIED = {"units": ("unit_id",), "events": ("event_id", "unit_id"), "lke": ("unit_id",)}
# The filters the panel timing goes through: the nation, a province, a region, an owner, a unit type, all at once.
PANEL_FILTERS = ({}, {"province": "32"}, {"region": "32.11"}, {"owner_type": "vertikal"}, {"unit_types": ("RSUD",)},
                 {"province": "35", "owner_type": "pemda", "unit_types": ("Puskesmas", "Kecamatan")})


def scaled_dataset(times: int, folder: Path) -> int:
    """The embedded dataset with every unit (its events and LKE scores too) copied `times` times; the event count."""
    import pandas as pd

    from pantau_zi.loading import EMBEDDED_PARTS
    from pantau_zi.schema import TABLES

    folder.mkdir(parents=True, exist_ok=True)
    events = 0
    for name in TABLES:
        frames = [pd.read_csv(part / f"{name}.csv", dtype=str, keep_default_na=False)
                  for part in EMBEDDED_PARTS if (part / f"{name}.csv").exists()]
        table = pd.concat(frames, ignore_index=True)
        if name in COPIED:
            table = pd.concat([table, *(table.assign(**{column: table[column] + f"-x{copy}" for column in COPIED[name]})
                                        for copy in range(1, times))], ignore_index=True)
        table.to_csv(folder / f"{name}.csv", index=False)
        events = len(table) if name == "events" else events
    return events


def cold_start(folder: str) -> dict:
    """In this (fresh) process: load, validate and count the dataset as the server's first visitor makes it."""
    from pantau_zi import datasource
    from pantau_zi.filters import Filters, filtered_panel
    from pantau_zi.metrics import standing_targets

    source = datasource.Files((Path(folder),))
    start = time.perf_counter()
    data = datasource.load(source)
    loaded = time.perf_counter()
    cube = datasource.unit_cube(source, data)
    standing = standing_targets(data.targets, data.perangkat_daerah, data.regencies["code"])
    counted = time.perf_counter()
    panels = []
    for filters in PANEL_FILTERS:
        began = time.perf_counter()
        filtered_panel(cube, data.targets, data.perangkat_daerah, data.regencies, Filters(**filters),
                       standing=standing)
        panels.append(time.perf_counter() - began)
    return {"load": loaded - start, "count": counted - loaded, "panel": max(panels)}


def _cold_start_process(folder: Path, cache: Path) -> dict:
    env = {**os.environ, "PANTAU_ZI_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, __file__, "--cold-start", str(folder)], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _memory_mb(pid: int) -> tuple[float, float]:
    """The resident memory of a process now and at its peak, in MB (Linux /proc)."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return tuple(int(fields[name].split()[0]) / 1024 for name in ("VmRSS", "VmHWM"))


def warm_server(folder: Path, cache: Path, repeats: int) -> dict:
    """A server started on the warm cache: the first chart after the restart, the redraw median, its memory."""
    from playwright.sync_api import sync_playwright

    url, server = start_server({"PANTAU_ZI_DATA_DIRS": str(folder), "PANTAU_ZI_CACHE_DIR": str(cache)})
    ServerLog(server)  # drained, so a chatty server never blocks on a full pipe
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            page = browser.new_context(viewport={"width": 1366, "height": 768}, locale="id-ID").new_page()
            start = time.perf_counter()
            page.goto(url)
            page.wait_for_function(DRAWN, timeout=300_000)
            first = time.perf_counter() - start
            box, values = PROVINCE_CHANGE
            times = [redraw(page, box, values[i % 2], [])[0] for i in range(repeats)]
            browser.close()
        rss, peak = _memory_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    done = [t for t in times if t is not None]
    return {"first": first, "redraw": statistics.median(done) if done else None, "rss": rss, "peak": peak}


def scale_rows(scales: list[int], repeats: int) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="pantau-zi-scale-") as work:
        for times in scales:
            folder, cache = Path(work) / f"x{times}", Path(work) / f"cache-x{times}"
            events = scaled_dataset(times, folder)
            without = _cold_start_process(folder, cache)
            cached = _cold_start_process(folder, cache)
            rows.append({"scale": times, "events": events, "without": without["load"] + without["count"],
                         "cached": cached["load"] + cached["count"], "panel": cached["panel"],
                         **warm_server(folder, cache, repeats)})
    return rows


def print_scale(rows: list[dict]) -> None:
    print(f"{'scale':>5}{'events':>11}{'cold, no cache':>16}{'cold, cache':>13}{'slowest panel':>15}"
          f"{'first chart':>13}{'redraw':>9}{'RSS':>9}{'peak RSS':>10}")
    for row in rows:
        print(f"{row['scale']:>4}x{row['events']:>11,}{row['without']:>14.1f} s"
              f"{row['cached']:>11.2f} s{fmt(row['panel'], 'ms', 1000):>15}{fmt(row['first'], 'ms', 1000):>13}"
              f"{fmt(row['redraw'], 'ms', 1000):>9}{fmt(row['rss'], 'MB'):>9}{fmt(row['peak'], 'MB'):>10}")
    print("targets at 20x (1 M events): cold start from cache <= 5 s, without <= 60 s; panel <= 200 ms; RSS <= 500 MB")
    print(f"load average at the end: {' '.join(f'{load:.2f}' for load in os.getloadavg())} on {os.cpu_count()} cores")


def print_pages(rows: list[dict]) -> None:
    print(f"{'page':<34}{'first draw':>12}{'first KB':>10}{'redraw median':>15}{'KB per change':>15}  missed"
          f"  {'end point':<22}off-machine")
    for row in rows:
        print(f"{row['page']:<34}{fmt(row['first'], 'ms', 1000):>12}{fmt(row['first_kb'], 'KB'):>10}"
              f"{fmt(row['redraw'], 'ms', 1000):>15}{fmt(row['change_kb'], 'KB'):>15}  {row['missed']:>6}"
              f"  {row['end']:<22}{row['blocked']}")
    print("targets: first map <= 1,500 ms; redraw median <= 300 ms; <= 150 KB per map render")
    print("first draw: from a click on the page's link in the open app; redraw: from Enter to the last change")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--pages", nargs="*", default=list(PAGES))
    parser.add_argument("--scale", nargs="+", type=int, help="build N-times datasets and time starting on them")
    parser.add_argument("--cold-start", help=argparse.SUPPRESS)  # the fresh process --scale times a start in
    args = parser.parse_args()
    if args.cold_start:
        print(json.dumps(cold_start(args.cold_start)))
        return
    if args.scale:
        print_scale(scale_rows(args.scale, args.repeats))
        return
    from playwright.sync_api import sync_playwright

    url, server = start_server()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            rows = [measure(browser, url, path, args.repeats, view) for path in args.pages
                    for view in (None, *VIEWS.get(path, ()))]
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print_pages(rows)


if __name__ == "__main__":
    main()

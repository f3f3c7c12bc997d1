"""Time each page in headless Debian Chromium and count the bytes a render sends over the websocket.

Usage: python scripts/benchmark.py [--repeats 10] [--pages peta ringkasan ...] [--naive]
       python scripts/benchmark.py --scale 1 4 20 [--repeats 5]

Starts the dashboard on a free port (as the browser tests do) and, per page: the time from navigation to
the first chart or map drawn; the median time from a province change in the sidebar to the redrawn charts;
and the websocket bytes received per change. A page's other views (a tab other than the first, a measure chosen
on the page) get a row of their own: its first draw timed from Enter on the tab or option, its redraw measured
while it is open. A chart counts as drawn once Plotly has drawn its traces; a map only once its regions are on
screen (Plotly's SVG map: the fetched layer's paths drawn; a MapLibre map: loaded) and two animation frames have
painted after that (the table says which end point a row used). A map layer fetched by URL counts in the KB. Every page
runs with requests off the machine blocked and counted, as in the browser tests. Targets: first map 1.5 s,
redraw 300 ms, 150 KB per map render.

--naive also serves a one-file page (written to a temporary folder) drawing px.choropleth_map over the same
geo/kabkota.geojson and values, and times it alternating with /peta: a new visitor's first map, a province change,
the KB of each, and the ratios Pantau / naive; then both first maps step by step from the performance timeline.

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
from pantau_zi.figures import GEO_ROUTE  # noqa: E402
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
# Plotly's SVG maps (choropleth on a geo subplot), whose layer the browser fetches before drawing its paths.
GEOS = "p => (p._fullLayout && p._fullLayout._subplots && p._fullLayout._subplots.geo || [])"
PLOTS = "() => [...document.querySelectorAll(\"[data-testid='stPlotlyChart'] .js-plotly-plot\")]"
# A map counts as drawn once MapLibre reports it loaded (style and sources done), or an SVG map has drawn its
# regions, and two frames have painted after.
MAPS_LOADED = f"""() => ({PLOTS})().every(p => ({MAPS})(p).every(m => m && m.loaded())
    && (({GEOS})(p).length === 0 || p.querySelectorAll('.choroplethlayer path').length > 0))"""
HAS_MAP = f"() => ({PLOTS})().some(p => ({MAPS})(p).length + ({GEOS})(p).length > 0)"
TWO_FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))"
END_POINTS = {True: "map loaded + 2 frames", False: "chart drawn"}
# What a redraw changes: the charts' data, and the captions (the unit page, a table, counts its rows in one).
SIGNATURE = """() => JSON.stringify([[...document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot")]
    .map(p => (p._fullData || []).map(t => [(t.locations || t.x || []).length, String((t.z || t.y || [])[0])])),
    [...document.querySelectorAll("[data-testid='stMain'] [data-testid='stCaptionContainer']")].map(c => c.innerText)])"""
TIMEOUT_MS = 15_000
SETTLED_MS = 700


def wait_drawn(page, drawn: str = DRAWN) -> None:
    """Wait until every chart (or the table) is drawn and, where there is a map, its regions are drawn and painted."""
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
# when, after the change, the map had drawn its regions and two frames painted). A timer, not requestAnimationFrame
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
    # a map layer fetched by URL (compressed) counts with the render that asked for it
    page.on("response", lambda response: frames.append(int(response.headers.get("content-length", 0)))
            if GEO_ROUTE in response.url else None)
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


def print_load() -> None:
    print(f"load average at the end: {' '.join(f'{load:.2f}' for load in os.getloadavg())} on {os.cpu_count()} cores")


def print_scale(rows: list[dict]) -> None:
    print(f"{'scale':>5}{'events':>11}{'cold, no cache':>16}{'cold, cache':>13}{'slowest panel':>15}"
          f"{'first chart':>13}{'redraw':>9}{'RSS':>9}{'peak RSS':>10}")
    for row in rows:
        print(f"{row['scale']:>4}x{row['events']:>11,}{row['without']:>14.1f} s"
              f"{row['cached']:>11.2f} s{fmt(row['panel'], 'ms', 1000):>15}{fmt(row['first'], 'ms', 1000):>13}"
              f"{fmt(row['redraw'], 'ms', 1000):>9}{fmt(row['rss'], 'MB'):>9}{fmt(row['peak'], 'MB'):>10}")
    print("targets at 20x (1 M events): cold start from cache <= 5 s, without <= 60 s; panel <= 200 ms; RSS <= 500 MB")
    print_load()


def print_pages(rows: list[dict]) -> None:
    print(f"{'page':<34}{'first draw':>12}{'first KB':>10}{'redraw median':>15}{'KB per change':>15}  missed"
          f"  {'end point':<22}off-machine")
    for row in rows:
        print(f"{row['page']:<34}{fmt(row['first'], 'ms', 1000):>12}{fmt(row['first_kb'], 'KB'):>10}"
              f"{fmt(row['redraw'], 'ms', 1000):>15}{fmt(row['change_kb'], 'KB'):>15}  {row['missed']:>6}"
              f"  {row['end']:<22}{row['blocked']}")
    print("targets: first map <= 1,500 ms; redraw median <= 300 ms; <= 150 KB per map render")
    print("first draw: from a click on the page's link in the open app; redraw: from Enter to the last change")


# The naive page: what a first attempt at the map would be, the whole layer and the values re-sent on every change.
NAIVE_PAGE = '''import json
from pathlib import Path

import pandas as pd
import plotly.express as px
import streamlit as st

geojson = json.loads(Path({geojson!r}).read_text())
values = pd.read_csv(Path(__file__).with_name("values.csv"), dtype={{"region_code": str}})
province = st.sidebar.selectbox("Provinsi", ["Semua", *sorted(values["province"].unique())])
shown = values if province == "Semua" else values[values["province"] == province]
st.plotly_chart(px.choropleth_map(shown, geojson=geojson, locations="region_code", featureidkey="id",
                                  color="declared", map_style="white-bg", center={{"lat": -2.5, "lon": 118}},
                                  zoom=3.3, height=400))
'''
NAIVE_CHANGE = (0, PROVINCES)
NAIVE_OPTIONS = ("--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none")


def write_naive_page(folder: Path) -> Path:
    """The naive page and the values /peta opens on (units per region in the latest year with data) beside it."""
    from pantau_zi import datasource, mapping
    from pantau_zi.filters import Filters, filtered_panel

    source = datasource.Files()
    data = datasource.load(source)
    panel = filtered_panel(datasource.unit_cube(source, data), data.targets, data.perangkat_daerah, data.regencies,
                           Filters())
    year = mapping.latest_year_with_data(mapping.yearly_values(panel, "declared", None), "declared", *Filters().years)
    mapping.map_values(panel, data, year, "declared").to_csv(folder / "values.csv", index=False)
    page = folder / "naive.py"
    page.write_text(NAIVE_PAGE.format(geojson=str(REPO / "geo" / "kabkota.geojson")))
    return page


def fresh_first_map(browser, url: str) -> tuple[float | None, int, int]:
    """A new visitor opening the url: seconds to the map loaded and painted, websocket bytes, blocked requests."""
    page, blocked, frames = counted_page(browser)
    start = time.perf_counter()
    page.goto(url)
    try:
        wait_drawn(page)
        elapsed = time.perf_counter() - start
    except Exception:
        elapsed = None
    page.wait_for_timeout(300)
    page.context.close()
    return elapsed, sum(frames), len(blocked)


def opened(browser, url: str) -> tuple:
    """counted_page() with the url open and its map drawn."""
    page, blocked, frames = counted_page(browser)
    page.goto(url)
    wait_drawn(page)
    return page, blocked, frames


def compare_naive(browser, peta_url: str, naive_url: str, repeats: int) -> dict:
    """/peta and the naive page, alternating: first maps by a new visitor each, then province changes."""
    runs = {"pantau": [], "naive": []}
    for _ in range(repeats):
        runs["pantau"].append(fresh_first_map(browser, peta_url))
        runs["naive"].append(fresh_first_map(browser, naive_url))
    pages = {"pantau": (opened(browser, peta_url), PROVINCE_CHANGE), "naive": (opened(browser, naive_url), NAIVE_CHANGE)}
    changes = {"pantau": [], "naive": []}
    for i in range(repeats):
        for name, ((page, _, frames), (box, values)) in pages.items():
            changes[name].append(redraw(page, box, values[i % 2], frames))
    rows = {name: summary(runs[name], changes[name], len(pages[name][0][1])) for name in runs}
    for (page, _, _), _ in pages.values():
        page.context.close()
    return rows


def _median(values) -> float | None:
    done = [value for value in values if value is not None]
    return statistics.median(done) if done else None


def summary(firsts: list[tuple], changes: list[tuple], blocked: int) -> dict:
    """Medians of first maps and changes, KB of the first and of the largest change, requests blocked in all."""
    return {"first": _median(f[0] for f in firsts), "first_range": (min(f[0] or 0 for f in firsts),
                                                                    max(f[0] or 0 for f in firsts)),
            "change": _median(c[0] for c in changes), "first_kb": _median(f[1] / 1024 for f in firsts),
            "change_kb": max(c[1] for c in changes) / 1024, "blocked": blocked + sum(f[2] for f in firsts),
            "missed": sum(f[0] is None for f in firsts) + sum(c[0] is None for c in changes)}


def ratio(ours: float | None, theirs: float | None) -> str:
    """Ours over theirs as '0.42x'; '-' when either is missing or theirs is zero."""
    return "-" if ours is None or not theirs else f"{ours / theirs:.2f}x"


def print_naive(rows: dict, repeats: int) -> None:
    print(f"\n/peta against a naive px.choropleth_map page, alternating, {repeats} of each; end point: map loaded + 2 "
          "frames")
    print(f"{'':<8}{'first map':>11}{'(min-max)':>16}{'per change':>12}{'KB first':>10}{'KB/change':>11}  missed"
          "  off-machine")
    for name, row in rows.items():
        low, high = row["first_range"]
        print(f"{name:<8}{fmt(row['first'], 'ms', 1000):>11}{f'{low * 1000:,.0f}-{high * 1000:,.0f} ms':>16}"
              f"{fmt(row['change'], 'ms', 1000):>12}{fmt(row['first_kb'], 'KB'):>10}{fmt(row['change_kb'], 'KB'):>11}"
              f"  {row['missed']:>6}  {row['blocked']}")
    ours, theirs = rows["pantau"], rows["naive"]
    print(f"{'ratio':<8}{ratio(ours['first'], theirs['first']):>11}{'':>16}{ratio(ours['change'], theirs['change']):>12}"
          f"{ratio(ours['first_kb'], theirs['first_kb']):>10}{ratio(ours['change_kb'], theirs['change_kb']):>11}"
          "  (Pantau / naive; the target is per change <= 0.33x)")


# Notes, in the page, when each step towards the first map happens (ms from navigation start) and the main thread's
# long tasks, so the time can be split into what the browser was busy with between steps.
TIMELINE_SCRIPT = f"""(() => {{
    const marks = window.__marks = {{}}, busy = window.__busy = [];
    const mark = name => {{ if (!(name in marks)) marks[name] = performance.now(); }};
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {{
        constructor(...args) {{
            super(...args); mark("websocket created");
            this.addEventListener("open", () => mark("websocket open"));
            this.addEventListener("message", e => {{
                mark("first websocket message");
                const size = e.data.byteLength || e.data.size || e.data.length || 0;
                if (size > (window.__largest || 0)) {{
                    window.__largest = size; marks["largest websocket message (the figure)"] = performance.now();
                }}
            }});
        }}
    }};
    new PerformanceObserver(list => list.getEntries().forEach(e => busy.push([e.startTime, e.duration])))
        .observe({{type: "longtask", buffered: true}});
    new MutationObserver(() => {{
        if (document.querySelector("[data-testid='stSidebar']")) mark("sidebar in the page");
        if (document.querySelector("[data-testid='stPlotlyChart']")) mark("chart element in the page");
        if (document.querySelector(".js-plotly-plot")) mark("plotly drawing");
        if (document.querySelector(".choroplethlayer path")) mark("SVG map regions drawn");
        const plot = document.querySelector(".js-plotly-plot");
        const map = plot && ({MAPS})(plot)[0];
        if (map && !("maplibre map created" in marks)) {{
            mark("maplibre map created");
            map.once("load", () => mark("maplibre 'load' event"));
        }}
    }}).observe(document, {{childList: true, subtree: true}});
}})()"""
STEPS_FROM_ENTRIES = """() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const scripts = performance.getEntriesByType("resource").filter(r => r.initiatorType === "script"
                                                                     || r.name.endsWith(".js"));
    const plotly = scripts.filter(r => r.name.includes("PlotlyChart"));
    const steps = {"html received": nav.responseEnd, "DOMContentLoaded": nav.domContentLoadedEventEnd,
                   "main JS files received": Math.max(...scripts.filter(r => !r.name.includes("PlotlyChart"))
                                                                   .map(r => r.responseEnd))};
    if (plotly.length) steps["plotly+maplibre JS file received"] = Math.max(...plotly.map(r => r.responseEnd));
    return {steps: {...steps, ...window.__marks}, busy: window.__busy,
            js_kb: scripts.reduce((sum, r) => sum + r.encodedBodySize, 0) / 1024};
}"""


def timeline(browser, url: str) -> dict:
    """One new visitor's first map, step by step: ms from navigation start to each step, and the main thread's
    long-task time between one step and the next."""
    page, blocked, _ = counted_page(browser)
    page.add_init_script(TIMELINE_SCRIPT)
    page.goto(url)
    wait_drawn(page)
    found = page.evaluate(STEPS_FROM_ENTRIES)
    found["steps"]["map loaded + 2 frames"] = page.evaluate("() => performance.now()")
    page.context.close()
    return {"steps": sorted(found["steps"].items(), key=lambda step: step[1]), "busy": found["busy"],
            "js_kb": found["js_kb"], "blocked": len(blocked)}


def busy_between(busy: list[list[float]], start: float, end: float) -> float:
    """Milliseconds of the long tasks (start, duration) that fall between start and end."""
    return sum(max(0.0, min(end, begin + length) - max(start, begin)) for begin, length in busy)


def print_timeline(name: str, found: dict) -> None:
    print(f"\n{name}: where a new visitor's first map goes (ms from navigation start; main thread busy in long "
          f"tasks since the step before; {found['js_kb']:,.0f} KB of JS over the wire)")
    previous = 0.0
    for step, at in found["steps"]:
        print(f"  {at:>8,.0f} ms  {step:<36} busy {busy_between(found['busy'], previous, at):>6,.0f} ms")
        previous = at


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--pages", nargs="*", default=list(PAGES))
    parser.add_argument("--naive", action="store_true",
                        help="also compare /peta with a one-file px.choropleth_map page, alternating")
    parser.add_argument("--scale", nargs="+", type=int, help="build N-times datasets and time starting on them")
    parser.add_argument("--cold-start", help=argparse.SUPPRESS)  # the fresh process --scale times a start in
    args = parser.parse_args()
    if args.cold_start:
        print(json.dumps(cold_start(args.cold_start)))
        return
    if args.scale:
        print_scale(scale_rows(args.scale, args.repeats))
        return
    if args.naive:
        with tempfile.TemporaryDirectory(prefix="pantau-zi-naive-") as folder:
            naive = write_naive_page(Path(folder))
            naive_server = start_server(command=(sys.executable, "-m", "streamlit", "run", str(naive),
                                                 *NAIVE_OPTIONS), cwd=Path(folder))
            ServerLog(naive_server[1])
            try:
                run_pages(args, naive_server[0])
            finally:
                stop(naive_server[1])
        return
    run_pages(args)


def stop(server) -> None:
    server.terminate()
    server.wait(timeout=10)


def run_pages(args, naive_url: str | None = None) -> None:
    """The pages' table and, given the naive page's url, the comparison with it and both first maps' timelines."""
    from playwright.sync_api import sync_playwright

    url, server = start_server()
    ServerLog(server)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            rows = [measure(browser, url, path, args.repeats, view) for path in args.pages
                    for view in (None, *VIEWS.get(path, ()))]
            if naive_url:
                compared = compare_naive(browser, f"{url}/peta", naive_url, args.repeats)
                timelines = {"Pantau /peta": timeline(browser, f"{url}/peta"), "naive": timeline(browser, naive_url)}
            browser.close()
    finally:
        stop(server)
    print_pages(rows)
    if naive_url:
        print_naive(compared, args.repeats)
        for name, found in timelines.items():
            print_timeline(name, found)
    print_load()


if __name__ == "__main__":
    main()

"""Seeded random use of the dashboard: a random valid link to one page, one random interaction on it, and the checks
every such case must pass.

A case is a pure function of its seed (case(seed)); the values come from the embedded reference data and the app's
own option lists, so a seed means the same link as long as those do.
"""

from __future__ import annotations

import io
import random
import re
import time
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from urllib.parse import urlencode

from pantau_zi import mapping, progress, ranking
from pantau_zi.i18n import CATALOGUE, LANGUAGES, t
from pantau_zi.loading import EMBEDDED_PARTS, gather, load_reference
from pantau_zi.metrics import YEARS
from pantau_zi.schema import OWNER_TYPES
from pantau_zi.status import STAGES
from pantau_zi.ui import FILTER_KEYS, LANGUAGE_NAMES
from pantau_zi.unit_table import NOT_YET

# Spread over the pages by seed % 8, so every run of 8 seeds visits each page once.
PAGES = ("ringkasan", "peta", "target", "profil", "unit", "perbandingan", "data", "briefing")
PATHS = {page: "" if page == "ringkasan" else page for page in PAGES}
PROFILE_TABS = ("unit", "linimasa", "lke", "sumber")
SLIDES = 7
BRIEFING_KEYS = ("ArrowRight", "ArrowLeft", "PageDown", "PageUp", "Space", "Escape")
SIZES = ((1366, 768), (1920, 1080))  # a laptop, a projector
CASE_SECONDS = 60
# How long an interaction may take to start the script again on a busy machine (a map click, a slider key).
RERUN_MS = 6000
# Server output that means something went wrong while a case ran.
SERVER_ERROR = re.compile(r"Traceback|Error|Exception")
MAIN, SIDEBAR = "[data-testid='stMain']", "[data-testid='stSidebar']"
APP_IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
CHART = "[data-testid='stPlotlyChart']"
# Catalogue keys whose text says a chart or table has nothing to show, the agreed way to explain an empty chart:
# named *.no_data, *.none, *.no_target, *.empty or *.nothing (not an import problem's reason, nor the status
# column's "no target").
NO_DATA_KEY = re.compile(r"^(?!reason\.|target\.status\.).*\.(no_data|none|no_target|empty|nothing)$")


@dataclass(frozen=True)
class Case:
    """One random use: a page opened with URL parameters, then one interaction (a kind and its arguments)."""

    seed: int | None
    page: str
    params: tuple[tuple[str, str], ...]
    interaction: tuple
    size: tuple[int, int] = (1366, 768)

    def path(self) -> str:
        query = urlencode(self.params)
        return f"/{PATHS[self.page]}" + (f"?{query}" if query else "")

    def label(self) -> str:
        return f"seed{self.seed}:{self.path()}:{'/'.join(map(str, self.interaction))}:{self.size[0]}x{self.size[1]}"

    @property
    def lang(self) -> str:
        names = {name: code for code, name in LANGUAGE_NAMES.items()}
        return names.get(dict(self.params).get("lang"), "id")


@cache
def _reference():
    provinces, regencies = load_reference()
    return provinces.set_index("province_code")["name"], regencies


@cache
def _unit_types() -> tuple[str, ...]:
    """The unit-type filter's options: the types the embedded units have (as ui.sidebar_filters lists them)."""
    return tuple(sorted(gather(EMBEDDED_PARTS, "units")[0]["unit_type"].unique()))


@cache
def _last_event_day() -> date:
    """The briefing's latest date: the day of the embedded dataset's latest event, at the latest the end of the last
    year the metrics cover (briefing.slides.data_as_of)."""
    latest = date.fromisoformat(max(gather(EMBEDDED_PARTS, "events")[0]["date"].str[:10]))
    return min(latest, date(YEARS[-1], 12, 31))


def case(seed: int) -> Case:
    """The page, URL parameters and interaction of one seed."""
    rng = random.Random(seed)
    page = PAGES[seed % len(PAGES)]
    lang = rng.choice(LANGUAGES) if rng.random() < 0.3 else "id"
    params, regions = _place_params(rng, page, lang)
    params += _page_params(rng, page, lang)
    size = rng.choice(SIZES)
    return Case(seed, page, tuple(params), _interaction(rng, page, params, regions, lang), size)


def _place_params(rng: random.Random, page: str, lang: str):
    """The sidebar filters in the URL, as their labels (what Streamlit writes there), and the regions left to pick."""
    provinces, regencies = _reference()
    params = []
    if lang != "id":
        params.append(("lang", LANGUAGE_NAMES[lang]))
    province = rng.choice(sorted(provinces.index)) if rng.random() < 0.5 else None
    if province:
        params.append((FILTER_KEYS["province"], provinces[province]))
    in_scope = regencies if province is None else regencies[regencies["province_code"] == province]
    if rng.random() < (0.85 if page == "profil" else 0.35):
        params.append((FILTER_KEYS["region"], in_scope.loc[rng.choice(list(in_scope.index)), "name"]))
    if rng.random() < 0.25:
        params.append((FILTER_KEYS["kind"], t(f"filter.kind.{rng.choice(['kabupaten', 'kota'])}", lang)))
    if rng.random() < 0.25:
        params.append((FILTER_KEYS["owner_type"], t(f"filter.owner.{rng.choice(OWNER_TYPES)}", lang)))
    if rng.random() < 0.2:
        params += [(FILTER_KEYS["unit_types"], kind) for kind in rng.sample(_unit_types(), rng.randint(1, 3))]
    if rng.random() < 0.5:
        first, last = sorted(rng.choices(YEARS, k=2))
        params += [(FILTER_KEYS["years"], str(first)), (FILTER_KEYS["years"], str(last))]
    return params, list(in_scope["name"])


def _page_params(rng: random.Random, page: str, lang: str) -> list[tuple[str, str]]:
    """The page's own URL parameters."""
    params = []
    if page == "peta" and rng.random() < 0.6:
        params.append(("ukuran", t(f"peta.metric.{rng.choice(list(mapping.METRICS))}", lang)))
    if page == "perbandingan":
        if rng.random() < 0.6:
            params.append(("ukuran", t(f"col.{rng.choice(ranking.METRICS)}", lang)))
        if rng.random() < 0.3:
            params.append(("pisah_pemilik", "true"))
    if page == "target" and rng.random() < 0.4:
        params.append(("sasaran", t(f"target.measure.{rng.choice(list(progress.TARGETS))}", lang)))
    if page == "profil" and rng.random() < 0.6:
        params.append(("bagian", rng.choice(PROFILE_TABS)))
    if page == "unit":
        if rng.random() < 0.3:
            params.append(("cari", rng.choice(["dinas", "kabupaten", "polres", "sumedang", "S-", "zzz"])))
        if rng.random() < 0.3:
            params.append(("tahap", t(f"stage.{rng.choice([NOT_YET, *STAGES])}", lang)))
    if page == "briefing":
        last = _last_event_day()
        if rng.random() < 0.4:
            params.append(("tanggal", (last - timedelta(days=rng.randint(0, 365 * 8))).isoformat()))
        if rng.random() < 0.6:
            params.append(("slide", str(rng.randint(1, SLIDES))))
    return params


def _interaction(rng: random.Random, page: str, pairs: list[tuple[str, str]], regions: list[str], lang: str) -> tuple:
    """One thing a user does next on the page, weighted towards what the page is for."""
    params = dict(pairs)
    provinces = sorted(_reference()[0])
    sidebar = [
        ("select", "sidebar", t("filter.province", lang), rng.choice(provinces)),
        ("select", "sidebar", t("filter.region", lang), rng.choice(regions)),
        ("segment", "sidebar", t(f"filter.kind.{rng.choice(['kabupaten', 'kota'])}", lang)),
        ("segment", "sidebar", t(f"filter.owner.{rng.choice(OWNER_TYPES)}", lang)),
        ("multiselect", "sidebar", t("filter.unit_types", lang), rng.choice(_unit_types())),
        ("slider", "sidebar", rng.randint(0, 1), rng.choice(["ArrowLeft", "ArrowRight", "Home", "End"])),
        ("select", "sidebar", "Bahasa / Language", LANGUAGE_NAMES[rng.choice(LANGUAGES)]),
    ]
    csv, excel = t("download.csv", lang), t("download.excel", lang)
    downloads = [("download", rng.choice([csv, excel]), rng.randint(0, 1))]
    own = {
        "ringkasan": [("map_click", rng.random())] * 2 + downloads,
        "peta": [("map_click", rng.random())] * 3 + downloads + [
            ("select", "main", t("peta.metric", lang), t(f"peta.metric.{rng.choice(list(mapping.METRICS))}", lang)),
            ("slider", "main", 0, rng.choice(["ArrowLeft", "Home"])), ("toggle", t("peta.play", lang))],
        "target": downloads + [
            ("multiselect", "main", t("target.pick", lang), rng.choice(provinces + regions)),
            ("segment", "main", t(f"target.measure.{rng.choice(list(progress.TARGETS))}", lang))],
        "profil": [("tab", t(f"profile.section.{rng.choice(PROFILE_TABS)}", lang))] * 2
        + ([("pick", t("filter.region", lang), rng.choice(regions))] if "wilayah" not in params else [])
        + (downloads if params.get("bagian", "unit") == "unit" else []),
        "unit": downloads + [
            ("type", t("unit.search", lang), rng.choice(["dinas", "rsud", "kota", "S-32", "qqq"])),
            ("multiselect", "main", t("unit.stage_filter", lang, year=_year(pairs)),
             t(f"stage.{rng.choice([NOT_YET, *STAGES])}", lang)),
            ("select_row",)],
        "perbandingan": downloads + [
            ("select", "main", t("compare.metric", lang), t(f"col.{rng.choice(ranking.METRICS)}", lang)),
            ("toggle", t("compare.owner.toggle", lang))],
        "data": [("download", t("data.template", lang), 0)] * 2,
        "briefing": [("key", rng.choice(BRIEFING_KEYS))] if "slide" in params else [
            ("download", "PNG ", rng.randint(0, 2)), ("button", t("briefing.start", lang))],
    }[page]
    if page == "briefing" and "slide" in params:
        return own[0]  # the sidebar is hidden while presenting
    return rng.choice(own * 2 + sidebar)


def _year(pairs: list[tuple[str, str]]) -> int:
    """The filters' year: the end of the year range."""
    years = [int(value) for key, value in pairs if key == FILTER_KEYS["years"]]
    return years[-1] if years else YEARS.stop - 1


def no_data_pattern() -> re.Pattern:
    """Any no-data message of the catalogue, in any language, its placeholders matching anything."""
    texts = {entry[lang] for key, entry in CATALOGUE.items() if NO_DATA_KEY.search(key) for lang in entry}
    # Markdown's ** is gone from the text on screen; the longest first, so none is cut short by a shorter one.
    pieces = sorted((".*?".join(map(re.escape, re.split(r"\{[^}]*\}", text.replace("**", "")))) for text in texts),
                    key=len, reverse=True)
    return re.compile("|".join(pieces))


class Deadline:
    """What is left of a case's time, for each wait."""

    def __init__(self, seconds: float = CASE_SECONDS):
        self.seconds, self.end = seconds, time.monotonic() + seconds

    def ms(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"the case took more than {self.seconds} s")
        return left * 1000


# Counts the script runs the page has seen, so a wait after an interaction knows a rerun happened and ended.
COUNT_RUNS = """
window.__ziRuns = 0;
new MutationObserver(records => { for (const r of records) if (r.target.getAttribute('data-test-script-state')
    === 'running') window.__ziRuns += 1; }).observe(document, {subtree: true, attributes: true,
    attributeFilter: ['data-test-script-state']});
"""


def settle(page, deadline: Deadline, runs_before: int | None = None) -> None:
    """Wait until the page's script has run (again, when runs_before is given) and every chart on it is drawn.

    Streamlit shows a skeleton where a chart will be until the chart's code has loaded and the chart is in view.
    """
    if runs_before is not None:
        try:  # not every interaction reruns the script (a click the map ignores, the slide after the last)
            page.wait_for_function("n => window.__ziRuns > n", arg=runs_before, timeout=min(RERUN_MS, deadline.ms()))
        except Exception as error:  # noqa: BLE001 - Playwright's TimeoutError
            if "Timeout" not in type(error).__name__:
                raise
    page.locator(f"{MAIN} h1, [data-testid='stException']").first.wait_for(timeout=deadline.ms())
    page.locator(APP_IDLE).wait_for(timeout=deadline.ms())
    skeletons = page.locator(f"{MAIN} [data-testid='stSkeleton']")
    while skeletons.count():
        skeleton = skeletons.first
        try:
            skeleton.scroll_into_view_if_needed(timeout=min(1000, deadline.ms()))
            skeleton.wait_for(state="detached", timeout=min(1000, deadline.ms()))
        except Exception as error:  # noqa: BLE001 - gone while scrolled to, or still loading: look again
            if "Timeout" not in type(error).__name__ and "not attached" not in str(error):
                raise
    charts = page.locator(CHART)
    for index in range(charts.count()):
        charts.nth(index).scroll_into_view_if_needed(timeout=deadline.ms())
        page.wait_for_function(
            "([sel, i]) => { const box = document.querySelectorAll(sel)[i]; const plot = box && box.querySelector("
            "'.js-plotly-plot'); return !box || (plot && plot._fullData); }", arg=[CHART, index], timeout=deadline.ms())
    page.locator(APP_IDLE).wait_for(timeout=deadline.ms())


def runs(page) -> int:
    return page.evaluate("window.__ziRuns")


# Per chart on the page: how many points its visible traces draw, and the text next to it that could explain none.
# A point is drawn when every coordinate array the trace has (x, y, z, locations, values, labels, r, theta) holds
# a value there that is neither missing nor NaN, and, for a bar, when its length is not zero: a bar of 0 draws
# nothing, and a chart of such bars is the empty 0-1 frame a reader cannot tell from missing data.
CHART_CONTENT = """
sel => [...document.querySelectorAll(sel)].map(box => {
  const plot = box.querySelector('.js-plotly-plot');
  const has = v => v !== null && v !== undefined && v !== '' && !(typeof v === 'number' && !isFinite(v));
  const axes = ['x', 'y', 'z', 'locations', 'values', 'labels', 'r', 'theta'];
  const points = ((plot && plot._fullData) || []).filter(t => t.visible === true).map(t => {
    const present = axes.filter(a => Array.isArray(t[a]) || ArrayBuffer.isView(t[a]));
    if (!present.length) return 0;
    const n = Math.min(...present.map(a => t[a].length));
    const length = t.type === 'bar' ? (t.orientation === 'h' ? t.x : t.y) : null;
    let drawn = 0;
    for (let i = 0; i < n; i++) if (present.every(a => has(t[a][i])) && !(length && Number(length[i]) === 0)) drawn++;
    return drawn;
  });
  const container = box.closest('[data-testid="stElementContainer"]') || box;
  const near = [container.previousElementSibling, container.nextElementSibling].filter(Boolean)
    .filter(e => e.querySelector('[data-testid="stAlert"], [data-testid="stCaptionContainer"], [data-testid="stMarkdown"]'))
    .map(e => e.innerText);
  const notes = ((plot && plot._fullLayout && plot._fullLayout.annotations) || []).map(a => a.text || '');
  return {title: (plot && plot._fullLayout && plot._fullLayout.title && plot._fullLayout.title.text) || '',
          points: points.reduce((a, b) => a + b, 0), texts: [...near, ...notes]};
})
"""


def charts_drawn_empty(page) -> list[str]:
    """Titles of the charts that draw no point and have no no-data message in their figure or right beside them."""
    pattern = no_data_pattern()
    return [re.sub(r"<[^>]+>", "", chart["title"]) or "(untitled)" for chart in page.evaluate(CHART_CONTENT, CHART)
            if chart["points"] == 0 and not any(pattern.search(re.sub(r"<[^>]+>", " ", text).replace("  ", " "))
                                                for text in chart["texts"])]


def parsed_download(name: str, content: bytes) -> object:
    """The downloaded file read back by the library that would open it (raises if it does not parse)."""
    import pandas as pd

    suffix = name.rsplit(".", 1)[-1].lower()
    if suffix == "csv":
        return pd.read_csv(io.BytesIO(content), encoding="utf-8-sig")
    if suffix == "xlsx":
        return pd.read_excel(io.BytesIO(content), sheet_name=None)
    if suffix == "png":
        from PIL import Image

        image = Image.open(io.BytesIO(content))
        image.load()
        return image
    raise AssertionError(f"a download of unexpected type: {name}")


# A seeded walk over the map to a point where a region is drawn and nothing lies on top of it.
DRAWN_REGION_POINT = """
([sel, u]) => {
  const plot = [...document.querySelectorAll(sel)].find(p => p._fullLayout && p._fullLayout.geo);
  if (!plot) return null;
  const box = plot.querySelector('.geolayer').getBoundingClientRect();
  const regions = [...plot.querySelectorAll('.choroplethlocation')];
  let state = Math.floor(u * 2147483647) || 1;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 500; i++) {
    const x = box.left + next() * box.width, y = box.top + next() * box.height;
    // the map's own drag surface lies over its regions, so anything on top but the map hides them
    if (!plot.contains(document.elementFromPoint(x, y))) continue;
    const inside = path => path.isPointInFill(new DOMPoint(x, y).matrixTransform(path.getScreenCTM().inverse()));
    if (regions.some(inside)) return [x, y];
  }
  return null;
}
"""


def may_rerun(done: str) -> bool:
    """Whether what perform() did can have started the script again: a download (on_click="ignore") or a skip can't."""
    return not done.startswith(("skipped", "downloaded"))


def perform(page, interaction: tuple, deadline: Deadline) -> str:
    """Do the interaction; say what was done (an interaction the page does not offer is skipped and said so)."""
    kind, *args = interaction
    main, sidebar = page.locator(MAIN), page.locator(SIDEBAR)
    scope = {"main": main, "sidebar": sidebar}
    if kind in {"select", "multiselect", "pick"}:
        where, label, option = ("main", *args) if kind == "pick" else args
        box = scope[where].get_by_label(label, exact=True)
        if not box.count():
            return f"skipped: no {label!r}"
        box.click(timeout=deadline.ms())
        page.keyboard.type(option)
        listed = page.get_by_role("option", name=option, exact=True)
        offered = page.get_by_role("option")
        try:
            offered.first.wait_for(timeout=min(3000, deadline.ms()))
        except Exception:  # noqa: BLE001 - nothing offered for what was typed
            page.keyboard.press("Escape")
            return f"skipped: {option!r} not offered in {label!r}"
        chosen = listed if listed.count() else offered.first
        text = chosen.inner_text()
        chosen.click(timeout=deadline.ms())
        if kind == "multiselect":
            page.keyboard.press("Escape")
        return f"chose {text!r} in {label!r}"
    if kind == "segment":
        where, option = args
        button = scope[where].get_by_role("radio", name=option, exact=True)
        if not button.count():
            return f"skipped: no {option!r} button"
        button.click(timeout=deadline.ms())
        return f"clicked {option!r}"
    if kind == "slider":
        where, thumb, key = args
        thumbs = scope[where].get_by_test_id("stSlider").first.get_by_role("slider")
        if not thumbs.count():
            return "skipped: no slider"
        thumbs.nth(min(thumb, thumbs.count() - 1)).focus(timeout=deadline.ms())
        page.keyboard.press(key)
        return f"pressed {key} on a slider"
    if kind == "toggle":
        (label,) = args
        switch = main.get_by_text(label, exact=True)
        if not switch.count():
            return f"skipped: no {label!r}"
        switch.click(timeout=deadline.ms())
        return f"toggled {label!r}"
    if kind in {"tab", "button"}:
        (label,) = args
        target = page.get_by_role(kind, name=label, exact=kind == "tab")
        if not target.count():
            return f"skipped: no {kind} {label!r}"
        target.first.click(timeout=deadline.ms())
        return f"clicked {kind} {label!r}"
    if kind == "type":
        label, text = args
        box = main.get_by_label(label, exact=True)
        box.fill(text, timeout=deadline.ms())
        box.press("Enter")
        return f"searched {text!r}"
    if kind == "select_row":
        grid = main.get_by_test_id("stDataFrame").first
        grid.wait_for(state="visible", timeout=deadline.ms())
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 16, box["y"] + 35 + 17)  # the first row's tick box, left of its first cell
        return "selected the first row"
    if kind == "key":
        (key,) = args
        page.keyboard.press(key)
        return f"pressed {key}"
    if kind == "map_click":
        (u,) = args
        maps = page.locator(f"{CHART} .js-plotly-plot").filter(has=page.locator(".choroplethlayer path"))
        if not maps.count():
            return "skipped: no map"
        maps.first.scroll_into_view_if_needed(timeout=deadline.ms())
        point = page.evaluate(DRAWN_REGION_POINT, [f"{CHART} .js-plotly-plot", u])
        if point is None:
            return "skipped: no region drawn in view"
        page.mouse.click(*point)
        return f"clicked the map at {point[0]:.0f},{point[1]:.0f}"
    if kind == "download":
        label, nth = args
        buttons = main.get_by_role("button", name=label)
        if not buttons.count():
            return f"skipped: no {label!r} button"
        with page.expect_download(timeout=deadline.ms()) as started:
            buttons.nth(nth % buttons.count()).click(timeout=deadline.ms())
        download = started.value
        content = open(download.path(), "rb").read()
        assert content, f"the download {download.suggested_filename} is empty"
        parsed_download(download.suggested_filename, content)
        return f"downloaded {download.suggested_filename} ({len(content)} bytes)"
    raise ValueError(f"unknown interaction {kind}")

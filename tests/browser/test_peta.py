"""The map page in a real browser: it draws every region with data, a click opens the region's profile,
and the province filter zooms the map to that province."""

import re
from urllib.parse import parse_qs, urlparse

import pytest
import shapely

from pantau_zi import boundaries
from pantau_zi.loading import load_reference
from tests.browser.conftest import PLOT, open_context, screenshot, wait_for_plots

pytestmark = pytest.mark.browser

WEST_JAVA = "32"  # the URL carries the sidebar's labels: ?prov=Jawa+Barat


def open_map(page, url: str) -> None:
    page.set_default_timeout(90_000)  # seven sessions share two cores: a first draw can take long
    page.goto(url)
    wait_for_plots(page, 1)
    page.wait_for_selector(f"{PLOT} .choroplethlayer path")  # drawn once the layer has been fetched


def drawn(page) -> dict:
    """Locations, classes and view (longitude and latitude ranges) of the map trace as Plotly drew it."""
    return page.evaluate("""sel => { const p = document.querySelector(sel); const t = p._fullData[0];
        return {type: t.type, locations: [...t.locations], z: [...t.z], lon: p._fullLayout.geo.lonaxis.range,
                lat: p._fullLayout.geo.lataxis.range, paths: p.querySelectorAll('.choroplethlocation').length}; }""",
                         PLOT)


def screen_point(page, lon: float, lat: float) -> tuple[float, float]:
    """Page coordinates of a longitude/latitude on the map."""
    return page.evaluate("""([sel, lon, lat]) => { const p = document.querySelector(sel);
        const xy = p._fullLayout.geo._subplot.projection([lon, lat]);
        const box = p.querySelector('.main-svg').getBoundingClientRect(); return [box.left + xy[0], box.top + xy[1]]; }""",
                         [PLOT, lon, lat])


def test_the_map_draws_every_region_with_data_offline(screen, app_url):
    page, _ = screen
    open_map(page, f"{app_url}/peta")
    trace = drawn(page)
    assert trace["type"] == "choropleth" and len(trace["locations"]) == 514 and trace["paths"] == 514
    assert len(set(trace["z"])) >= 3  # several classes, not one flat colour
    assert page.get_by_text("batas perkiraan").count() >= 1
    assert page.get_by_text("sintetis").count() >= 1
    assert page.get_by_role("button", name="Unduh CSV").count() == 1
    page.locator(PLOT).scroll_into_view_if_needed()
    screenshot(page, "peta")


def largest_region(codes=None):
    """The largest region (of the given codes), the easiest to hit with a click."""
    layer = boundaries.load_boundaries()
    if codes is not None:
        layer = layer[layer["region_code"].isin(codes)]
    return layer.iloc[shapely.area(layer.geometry.to_numpy()).argmax()]


def click_region(page, target) -> None:
    point = target.geometry.representative_point()
    page.mouse.click(*screen_point(page, point.x, point.y))


def assert_profile_of(page, region_code: str) -> dict:
    """The page is the profile of the region, with the region and its province in the URL; the URL's parameters."""
    page.wait_for_url(re.compile(r"/profil\?.*wilayah="), timeout=15_000)
    provinces, regencies = load_reference()
    region = regencies.set_index("code").loc[region_code]
    query = parse_qs(urlparse(page.url).query)
    assert query["wilayah"] == [region["name"]]
    assert query["prov"] == [provinces.set_index("province_code").at[region["province_code"], "name"]]
    page.locator("h1", has_text=region["name"]).wait_for()
    assert page.get_by_test_id("stException").count() == 0
    return query


def test_clicking_a_region_opens_its_profile(screen, app_url):
    page, _ = screen
    open_map(page, f"{app_url}/peta")
    target = largest_region()
    click_region(page, target)
    assert_profile_of(page, target.region_code)
    # the profile itself, not its loading placeholders: six headline cards and the units grid
    page.get_by_test_id("stMetric").nth(5).wait_for()
    page.get_by_test_id("stMain").get_by_test_id("stDataFrame").first.wait_for()
    page.get_by_test_id("stMetric").first.scroll_into_view_if_needed()
    screenshot(page, "peta-klik-profil")


def test_the_province_filter_zooms_the_map_to_that_province(screen, app_url):
    page, _ = screen
    open_map(page, f"{app_url}/peta?prov=Jawa+Barat")
    trace = drawn(page)
    assert trace["locations"] and all(code.startswith(f"{WEST_JAVA}.") for code in trace["locations"])
    assert len(trace["locations"]) == 27 and trace["paths"] == 27
    # Jawa Barat spans about 106.4-108.8 E and 7.8-5.9 S; the view holds it with a little room around
    (west, east), (south, north) = trace["lon"], trace["lat"]
    assert 105.8 < west < 106.4 and 108.8 < east < 109.3 and -8.2 < south < -7.8 and -5.9 < north < -5.5
    page.locator(PLOT).scroll_into_view_if_needed()
    screenshot(page, "peta-provinsi")


def test_a_click_with_url_bound_filters_opens_the_profile_keeping_them(screen, app_url):
    page, _ = screen
    open_map(page, f"{app_url}/peta?prov=Jawa+Barat&jenis=Kabupaten&ukuran=Unit+memegang+WBK")
    _, regencies = load_reference()
    kabupaten = regencies[(regencies["province_code"] == WEST_JAVA) & (regencies["kind"] == "kabupaten")]["code"]
    target = largest_region(set(kabupaten))
    click_region(page, target)
    query = assert_profile_of(page, target.region_code)
    assert query["jenis"] == ["Kabupaten"]
    page.get_by_test_id("stMetric").nth(5).wait_for()
    screenshot(page, "peta-klik-filter-profil")


def frame_state(page, region_code: str, lon: float, lat: float) -> dict:
    """The map's title and slider step, the region's z in the frame on screen and its drawn fill colour, with the
    colour its z stands for in the trace's colourscale."""
    x, y = screen_point(page, lon, lat)
    return page.evaluate("""([sel, code, x, y]) => { const p = document.querySelector(sel); const t = p._fullData[0];
        // the region's own outline, if it covers the point (the map's drag surface lies over every region)
        const path = [...p.querySelectorAll('.choroplethlocation')].find(e => e.__data__.loc === code);
        const local = path && new DOMPoint(x, y).matrixTransform(path.getScreenCTM().inverse());
        const drawn = path && path.isPointInFill(local) ? getComputedStyle(path).fill : null;
        const z = t.z[[...t.locations].indexOf(code)];
        const rgb = h => 'rgb(' + [1, 3, 5].map(i => parseInt(h.slice(i, i + 2), 16)).join(', ') + ')';
        return {title: p._fullLayout.title.text.replace(/<[^>]+>/g, ''), step: p._fullLayout.sliders[0].active,
                label: p._fullLayout.sliders[0].steps[p._fullLayout.sliders[0].active].label, z: z,
                expected: rgb(t.colorscale[2 * z][1]), drawn: drawn}; }""",
                         [PLOT, region_code, x, y])


def wait_until_drawn(page, region_code: str, lon: float, lat: float) -> dict:
    """The frame state once the map has drawn the region in the colour of its class in that frame."""
    page.wait_for_function("""sel => { const p = document.querySelector(sel);
        return !!p && !!p._transitionData && !p._transitionData._animationRaf; }""", arg=PLOT)
    for _ in range(50):
        state = frame_state(page, region_code, lon, lat)
        if state["drawn"] == state["expected"]:
            return state
        page.wait_for_timeout(100)
    return state


def test_playing_the_years_keeps_title_slider_and_colours_together(screen, app_url):
    page, _ = screen
    open_map(page, f"{app_url}/peta?prov=Jawa+Barat")
    page.get_by_text("Putar tahun").click()
    # the chart is drawn afresh after the toggle's run, so it may be missing for a moment
    page.wait_for_function("""sel => { const p = document.querySelector(sel);
        return !!p && !!p._transitionData && (p._transitionData._frames || []).length === 13; }""", arg=PLOT)
    target = largest_region({code for code in drawn(page)["locations"]})
    point = target.geometry.representative_point()
    page.get_by_test_id("stStatusWidget").wait_for(state="detached")  # the run that drew the player is over
    assert wait_until_drawn(page, target.region_code, point.x, point.y)["label"] == "2025"
    # each year by the map's own slider mechanism: the title, the step and the drawn colour name the same year
    for year in range(2013, 2026):
        page.evaluate("""([sel, name]) => Plotly.animate(document.querySelector(sel), [name],
            {mode: 'immediate', frame: {duration: 0, redraw: true}, transition: {duration: 0}})""", [PLOT, str(year)])
        state = wait_until_drawn(page, target.region_code, point.x, point.y)
        assert state["title"] == f"Unit mencanangkan ZI, {year}" and state["label"] == str(year), state
        assert state["drawn"] == state["expected"], state
    # the play button from the first year: it shows every year once, in order, each naming its year in title and
    # slider, and ends on 2025
    page.evaluate("""sel => Plotly.animate(document.querySelector(sel), ['2013'],
        {mode: 'immediate', frame: {duration: 0, redraw: true}, transition: {duration: 0}})""", PLOT)
    wait_until_drawn(page, target.region_code, point.x, point.y)
    page.evaluate("""sel => { const p = document.querySelector(sel); window.seen = [];
        p.on('plotly_animatingframe', e => requestAnimationFrame(() => window.seen.push(
            [e.name, p._fullLayout.title.text.replace(/<[^>]+>/g, ''), p._fullLayout.sliders[0].active]))); }""",
                  PLOT)
    page.locator(f"{PLOT} .updatemenu-button").first.click()
    page.wait_for_function("() => window.seen.length && window.seen[window.seen.length - 1][0] === '2025'",
                           timeout=60_000)
    seen = page.evaluate("() => window.seen")
    assert [name for name, _, _ in seen] == [str(year) for year in range(2013, 2026)]
    wrong = [frame for frame in seen if not (frame[1].endswith(frame[0]) and frame[2] == int(frame[0]) - 2013)]
    assert wrong == []
    state = wait_until_drawn(page, target.region_code, point.x, point.y)
    assert state["label"] == "2025" and state["drawn"] == state["expected"], state
    page.locator(PLOT).scroll_into_view_if_needed()
    screenshot(page, "peta-putar")


def focused(page) -> str:
    """What has the keyboard focus: the label of its widget, or its own text."""
    return page.evaluate("""() => { const e = document.activeElement;
        const widget = e.closest('[data-testid^=st]:has([data-testid=stWidgetLabel])');
        const label = widget && widget.querySelector('[data-testid=stWidgetLabel]');
        return (label ? label.innerText : (e.getAttribute('aria-label') || e.innerText || e.tagName)).trim(); }""")


def tab_to(page, label: str, presses: int = 60) -> list[str]:
    """Press Tab until the widget labelled `label` has the focus; the labels passed on the way."""
    passed = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        passed.append(focused(page))
        if passed[-1] == label:
            return passed
    raise AssertionError(f"{label!r} never took the focus: {passed}")


def test_the_map_page_works_from_the_keyboard_alone(screen, app_url):
    page, _ = screen
    open_map(page, f"{app_url}/peta?prov=Jawa+Barat")
    page.get_by_test_id("stStatusWidget").wait_for(state="detached")
    passed = tab_to(page, "Cari wilayah")
    controls = ["Ukuran", "Tahun peta", "Putar tahun", "Cari wilayah"]
    main = [label for label in passed if label in controls]
    # the order they stand in (a widget may hold two stops, such as a toggle and its help)
    assert [label for i, label in enumerate(main) if i == 0 or main[i - 1] != label] == controls, passed
    outline = page.evaluate("""() => { const s = getComputedStyle(document.activeElement.closest(
        '[data-baseweb=select] > div') || document.activeElement); return [s.borderColor, s.outlineStyle]; }""")
    screenshot(page, "peta-keyboard-cari")
    assert outline != ["rgba(0, 0, 0, 0)", "none"]
    # the year slider steps back a year with the arrow keys
    for _ in range(4):
        page.keyboard.press("Shift+Tab")
        if focused(page) == "Tahun peta":
            break
    assert focused(page) == "Tahun peta"
    page.keyboard.press("ArrowLeft")
    # the chart is drawn anew after each key, and is briefly not in the page at all
    page.wait_for_function("sel => { const p = document.querySelector(sel);"
                           " return p && p._fullLayout && p._fullLayout.title.text.includes('2024'); }", arg=PLOT)
    screenshot(page, "peta-keyboard-tahun")
    # a name typed in the search, then Enter, opens that profile
    tab_to(page, "Cari wilayah")
    page.keyboard.type("Kabupaten Sukabumi")
    page.keyboard.press("Enter")
    assert_profile_of(page, "32.02")


@pytest.mark.parametrize("width, height, url, name", [
    (1920, 1080, "/peta", "peta-nasional"), (1366, 768, "/peta", "peta-nasional"),
    (390, 844, "/peta", "peta-nasional"), (1366, 768, "/peta?prov=Jawa+Barat", "peta-jabar"),
    (390, 844, "/peta?prov=Jawa+Barat", "peta-jabar"),
    (1366, 768, "/peta?lang=English&ukuran=Ombudsman+compliance+zone", "peta-en-zona"),
    (390, 844, "/peta?lang=English&ukuran=Ombudsman+compliance+zone", "peta-en-zona"),
])
def test_the_legend_and_map_fit_each_screen(browser, app_url, width, height, url, name):
    context, blocked = open_context(browser, width, height)
    page = context.new_page()
    try:
        open_map(page, app_url + url)
        legend = page.get_by_text("Tidak ada data" if "English" not in url else "No data", exact=True)
        assert legend.is_visible()
        assert page.get_by_text("Menampilkan" if "English" not in url else "Showing").first.is_visible()
        box, plot = legend.bounding_box(), page.locator(PLOT).bounding_box()
        assert box["x"] + box["width"] <= width  # the legend keeps its first class on a phone
        if width > 1000:  # on a laptop or projector the legend and the whole map are in the first screen
            assert plot["y"] + plot["height"] <= height, plot
        screenshot(page, name)
    finally:
        context.close()
    assert list(blocked) == []


@pytest.mark.parametrize("years, year", [("", 2025), ("&tahun=2013&tahun=2024", 2024)])
def test_the_spi_measure_draws_kpks_zones_for_the_years_end(screen, app_url, years, year):
    page, _ = screen
    open_map(page, f"{app_url}/peta?ukuran=Indeks+SPI+KPK{years}")
    trace = drawn(page)
    title = page.evaluate("sel => document.querySelector(sel)._fullLayout.title.text", PLOT)
    # the embedded years end in 2025, KPK's latest survey; a range ending in 2024 shows that year's survey
    assert f"Indeks SPI KPK, {year}" in title, title
    assert trace["type"] == "choropleth" and len(trace["locations"]) == 514 and trace["paths"] == 514
    assert set(trace["z"]) == {0, 1, 2, 3}  # no data (Jakarta's administrative cities), rentan, waspada, terjaga
    assert sum(z > 0 for z in trace["z"]) == 508  # data/real/spi.csv: 508 kabupaten/kota surveyed in each year
    assert page.get_by_text("Waspada (73\u201377,99)", exact=True).is_visible()  # the legend; the source note too
    assert page.get_by_text("jaga.id", exact=False).count() >= 1
    page.locator(PLOT).scroll_into_view_if_needed()
    screenshot(page, f"peta-spi-{year}")


@pytest.mark.parametrize("query, name, regions, coloured, coverage", [
    ("", "peta-ombudsman-nasional", 514, 63, "63 dari 508 pemda (2024)"),
    ("&prov=Sumatera+Barat", "peta-ombudsman-sumbar", 19, 19, "19 dari 19 pemda (2024)"),
])
def test_the_ombudsman_measure_draws_the_reported_zones_of_its_latest_year(screen, app_url, query, name, regions,
                                                                           coloured, coverage):
    page, _ = screen
    open_map(page, f"{app_url}/peta?ukuran=Zona+kepatuhan+Ombudsman{query}")
    trace = drawn(page)
    title = page.evaluate("sel => document.querySelector(sel)._fullLayout.title.text", PLOT)
    assert "Zona kepatuhan Ombudsman, 2024" in title, title  # the latest year with reports, not the sidebar's 2025
    # data/real/ombudsman.csv, 2024: 63 kabupaten/kota reported, 19 of them in Sumatera Barat; the rest no data
    assert len(trace["locations"]) == regions and sum(z > 0 for z in trace["z"]) == coloured
    assert page.get_by_text(f"Data Ombudsman tersedia untuk {coverage}", exact=False).is_visible()
    assert page.get_by_text("Metode 2022\u20132024", exact=False).count() == 1
    assert page.get_by_text("sintetis", exact=False).count() == 0  # real data: no synthetic notice
    page.locator(PLOT).scroll_into_view_if_needed()
    screenshot(page, name)

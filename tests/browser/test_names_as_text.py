"""A unit named with HTML shows in the profile timeline as the text it is, never as a live link or bold type, and a
5,000-character name is cut on the axis, leaving the plot its width, and its hover shows six lines of it."""

import csv
import shutil

import pytest

from tests.browser.conftest import PLOT, ServerLog, guarded_page, screenshot, start_server, wait_for_plots
from tests.conftest import MINI

pytestmark = pytest.mark.browser

EVIL = '<a href="https://evil.example/">X</a><b>y</b>'
LONG = "Dinas " + "Panjang" * 714 + " Sekali"
TIMELINE = "/profil?wilayah=Kabupaten+Sumedang&tahun=2013&tahun=2021&bagian=linimasa"


@pytest.fixture(scope="module")
def named_url(tmp_path_factory):
    """The dashboard on the mini data plus two Sumedang units: one named with a link and bold tags, one 5,000
    characters long, each declared in 2020."""
    data = tmp_path_factory.mktemp("names") / "mini"
    shutil.copytree(MINI, data)
    with open(data / "units.csv", "a", newline="") as units:
        writer = csv.writer(units)
        for unit_id, name in (("N1", EVIL), ("N2", LONG)):
            writer.writerow([unit_id, name, "32.11", "Pemerintah Kabupaten Sumedang", "pemda", "Dinas", "true",
                             "true", "true", "fx"])
    with open(data / "events.csv", "a", newline="") as events:
        writer = csv.writer(events)
        writer.writerow(["EN1", "N1", "2020-02-03", "day", "pencanangan", "", "fx", "", "true"])
        writer.writerow(["EN2", "N2", "2020-04-06", "day", "pencanangan", "", "fx", "", "true"])
    url, process = start_server({"PANTAU_ZI_DATA_DIRS": str(data)})
    ServerLog(process)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def page(browser):
    yield from guarded_page(browser, 1366, 768)


def test_a_unit_named_with_html_reads_as_text_in_the_timeline_and_a_long_name_leaves_the_plot_its_width(
        page, named_url):
    page, _ = page
    page.goto(named_url + TIMELINE)
    page.locator("h1", has_text="Kabupaten Sumedang").wait_for()
    wait_for_plots(page, 1)
    plot = page.locator(PLOT)
    assert plot.locator("svg a").count() == 0  # Plotly draws <a href> in a text as an SVG link
    assert plot.locator(".yaxislayer-above [style*='font-weight:bold']").count() == 0  # nor <b> as bold type
    ticks = plot.locator(".yaxislayer-above .ytick text").all_text_contents()
    assert EVIL in ticks
    cut = next(tick for tick in ticks if tick.startswith("Dinas Panjang"))
    assert len(cut) == 60 and cut.endswith("\u2026")
    # the plot keeps most of the chart's width beside the cut name
    plot_width = page.evaluate("sel => document.querySelector(sel)._fullLayout._size.w", PLOT)
    chart_width = page.evaluate("sel => document.querySelector(sel)._fullLayout.width", PLOT)
    assert plot_width > chart_width / 2
    screenshot(page, "profil-linimasa-nama-html")
    # hovering the long name's marker shows more of it, in lines
    assert LONG[:80] in hover_of(page, "Dinas Panjang")  # six lines of 80 characters; the tick shows 60
    screenshot(page, "profil-linimasa-nama-panjang-hover")
    page.mouse.move(5, 5)
    assert EVIL in hover_of(page, "&lt;a href") and page.locator(f"{PLOT} .hoverlayer a").count() == 0
    screenshot(page, "profil-linimasa-nama-html-hover")


def hover_of(page, row_start: str) -> str:
    """Hover the first marker on the row whose (escaped) name starts so, and return the hover's text."""
    trace, point = page.evaluate("""([sel, start]) => {
        const gd = document.querySelector(sel);
        const trace = gd._fullData.findIndex(t => [...t.y].some(y => y.startsWith(start)));
        return [trace, [...gd._fullData[trace].y].findIndex(y => y.startsWith(start))];
    }""", [PLOT, row_start])
    marker = page.locator(f"{PLOT} .scatterlayer .trace").nth(trace).locator(".point").nth(point)
    marker.scroll_into_view_if_needed()
    marker.hover(force=True)
    label = page.locator(f"{PLOT} .hoverlayer .hovertext").first
    label.wait_for()
    return label.text_content()

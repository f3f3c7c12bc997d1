"""The first screen in a real browser: the map and the chart draw with data, nothing leaves the machine."""

import io

import pytest

from tests.browser.conftest import PLOT, screenshot, traces, wait_for_plots

pytestmark = pytest.mark.browser



def distinct_colours(png: bytes) -> int:
    from PIL import Image

    return len(Image.open(io.BytesIO(png)).convert("RGB").getcolors(maxcolors=1 << 20) or [])


def test_first_screen_draws_the_map_and_chart_offline(screen, app_url):
    page, _ = screen
    page.goto(app_url)
    wait_for_plots(page, 2)
    page.wait_for_selector(f"{PLOT} .choroplethlayer path")  # drawn once the layer has been fetched
    drawn = traces(page)
    assert [(t["type"], t["n"]) for t in drawn[0]] == [("choropleth", 514)]
    assert page.locator(f"{PLOT} .choroplethlocation").count() == 514
    assert [t["type"] for t in drawn[1]] == ["bar", "bar", "scatter"] and drawn[1][0]["n"] == 13
    assert page.locator(f"{PLOT} .barlayer .point path").count() > 0
    assert distinct_colours(page.locator(f"{PLOT} .geolayer").first.screenshot()) >= 5
    assert page.get_by_text("batas perkiraan").count() >= 1
    assert page.get_by_text("sintetis").count() >= 1
    screenshot(page, "ringkasan")


def test_language_switch_turns_the_screen_english_and_lives_in_the_url(screen, app_url):
    page, _ = screen
    page.goto(f"{app_url}/?lang=English")
    wait_for_plots(page, 2)
    assert page.get_by_text("Holding WBK or WBBM").count() >= 1
    assert page.get_by_text("approximate").count() >= 1


def test_the_national_overview_lists_the_reported_national_figures_with_source_links(screen, app_url):
    page, _ = screen
    page.goto(f"{app_url}/?tahun=2013&tahun=2019")
    heading = page.get_by_text("Angka nasional yang dilaporkan, 2019")
    heading.wait_for()
    heading.scroll_into_view_if_needed()
    grid = page.get_by_test_id("stDataFrame").last
    grid.get_by_text("kemungkinan besar kumulatif").first.wait_for(state="attached")
    grid.get_by_text("swarajabbarnews.com").first.wait_for(state="attached")
    screenshot(page, "ringkasan-nasional")

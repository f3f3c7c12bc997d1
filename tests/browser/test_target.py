"""Target vs Capaian in a real browser: charts draw with data, the comparison pick lives in the URL."""

import pytest

from tests.browser.conftest import screenshot, traces, wait_for_plots

pytestmark = pytest.mark.browser

FILTERS = "prov=Jawa+Barat&tahun=2013&tahun=2024"


def open_page(page, app_url, path: str) -> None:
    """Open the dashboard, then its page through the top navigation, as a visitor would."""
    page.goto(f"{app_url}/?{FILTERS}")
    wait_for_plots(page, 1)
    page.locator("header a, [data-testid='stTopNavLink'] , a").filter(has_text=path).first.click()


def test_target_page_draws_projection_and_keeps_the_pick_in_the_url(screen, app_url):
    page, _ = screen
    open_page(page, app_url, "Target vs Capaian")
    page.wait_for_url("**/target**")
    wait_for_plots(page, 1)
    drawn = traces(page)
    assert [t["type"] for t in drawn[0]][:2] == ["bar", "bar"] and drawn[0][0]["n"] > 0
    picker = page.locator(".st-key-wilayah_banding input")
    picker.fill("Sumedang")
    # click the option itself: Enter pressed before the list has filtered (on a loaded machine) picks nothing
    page.get_by_role("option", name="Kabupaten Sumedang", exact=True).click()
    page.keyboard.press("Escape")
    wait_for_plots(page, 2)
    assert "wilayah_banding=Kabupaten+Sumedang" in page.url
    assert all(sum(t["n"] for t in chart) > 0 for chart in traces(page))
    screenshot(page, "target")
    page.reload()
    wait_for_plots(page, 2)
    assert page.locator("[data-testid='stSidebar']").get_by_text("Provinsi").count() >= 1
    assert len(traces(page)) == 2

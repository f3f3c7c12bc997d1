"""`pantau-zi serve` from the installed package serves the whole dashboard, its data and map included."""

import pytest

from tests.browser.conftest import guarded_page, screenshot, start_server, traces, wait_for_plots

pytestmark = [pytest.mark.browser, pytest.mark.packaging]


@pytest.fixture
def installed_url(installed_bin, tmp_path):
    # Installed, the store and the disk cache default to the user's data folder: kept in the test's own instead.
    url, process = start_server({"PANTAU_ZI_CACHE_DIR": str(tmp_path / "cache")},
                                command=(str(installed_bin / "pantau-zi"), "serve"), cwd=tmp_path)
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_pantau_zi_serve_from_the_installed_package_opens_a_shared_link_first_and_draws_the_first_screen(
        browser, installed_url):
    for page, _ in guarded_page(browser, 1366, 768, timeout_ms=60_000):
        # A link to another page opened first on a fresh server keeps the sidebar: the launcher's preparation ran.
        page.goto(f"{installed_url}/peta?prov=Jawa+Barat")
        sidebar = page.get_by_test_id("stSidebar")
        sidebar.get_by_label("Provinsi").wait_for()
        assert sidebar.get_by_label("Provinsi").input_value() == "Jawa Barat"
        wait_for_plots(page, 1)
        screenshot(page, "installed-peta-jawa-barat")
        page.goto(installed_url)
        wait_for_plots(page, 2)
        assert [(t["type"], t["n"]) for t in traces(page)[0]] == [("choropleth", 514)]
        page.locator(".choroplethlayer path").first.wait_for()  # the layer came from the installed server
        assert page.get_by_text("sintetis").count() >= 1
        screenshot(page, "installed-ringkasan")

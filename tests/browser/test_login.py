"""A required login in a real browser: a shared link to a page shows the form, and the page after the login."""

import pytest

from pantau_zi.access import hash_password
from tests.browser.conftest import open_context, screenshot, start_server

pytestmark = pytest.mark.browser


def test_a_shared_link_with_login_required_shows_the_form_then_that_page(browser):
    url, process = start_server({"PANTAU_ZI_REQUIRE_LOGIN": "true", "PANTAU_ZI_ADMINS": f"budi:{hash_password('uji')}"})
    context, blocked = open_context(browser, 1366, 768)
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(f"{url}/peta")
        page.locator("h1", has_text="Masuk untuk melihat Pantau ZI").wait_for()
        assert page.get_by_text("Page not found").count() == 0
        assert page.locator("[data-testid='stPlotlyChart']").count() == 0
        page.get_by_label("Nama pengguna").fill("budi")
        page.get_by_label("Kata sandi").fill("salah")
        page.get_by_role("button", name="Masuk").click()
        page.get_by_text("Nama pengguna atau kata sandi salah.").wait_for()
        page.get_by_label("Nama pengguna").fill("budi")
        page.get_by_label("Kata sandi").fill("uji")
        page.get_by_role("button", name="Masuk").click()
        page.locator("h1", has_text="Peta kabupaten/kota").wait_for()
        page.get_by_test_id("stSidebar").get_by_text("Masuk sebagai budi").wait_for()
        screenshot(page, "login-then-peta")
        assert page.url.endswith("/peta")
    finally:
        context.close()
        process.terminate()
        process.wait(timeout=10)
    assert list(blocked) == [], f"requests off localhost: {blocked}"


def test_with_login_required_a_download_link_works_only_in_the_logged_in_browser(browser):
    url, process = start_server({"PANTAU_ZI_REQUIRE_LOGIN": "true", "PANTAU_ZI_ADMINS": f"budi:{hash_password('uji')}"})
    context, blocked = open_context(browser, 1366, 768)
    stranger = browser.new_context()
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(f"{url}/data")
        page.get_by_label("Nama pengguna").fill("budi")
        page.get_by_label("Kata sandi").fill("uji")
        page.get_by_role("button", name="Masuk").click()
        page.locator("h1", has_text="Kelola data").wait_for()
        with page.expect_download() as download:
            page.get_by_role("button", name="Unduh templat Excel").click()
        media = download.value.url
        assert "/media/" in media
        assert context.request.get(media).status == 200
        refused = stranger.request.get(media)  # the probe's case: the same link without the browser's login
        assert refused.status == 403 and "Masuk ke Pantau ZI" in refused.text()
        assert stranger.request.get(f"{url}/").status == 200  # the page itself shows the login form
        page.get_by_test_id("stSidebar").get_by_role("button", name="Keluar").click()
        page.locator("h1", has_text="Masuk untuk melihat Pantau ZI").wait_for()
        assert context.request.get(media).status == 403  # logged out: the cookie no longer opens downloads
    finally:
        stranger.close()
        context.close()
        process.terminate()
        process.wait(timeout=10)
    assert list(blocked) == [], f"requests off localhost or refused by the CSP: {blocked}"

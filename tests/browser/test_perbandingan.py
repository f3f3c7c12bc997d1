"""Perbandingan in a real browser: the ranking draws with data, its controls live in the URL and survive a reload."""

import re

import pytest

from tests.browser.conftest import screenshot, traces, wait_for_plots

pytestmark = pytest.mark.browser

SUMEDANG_2024 = "/perbandingan?prov=Jawa+Barat&wilayah=Kabupaten+Sumedang&tahun=2013&tahun=2024"


def test_ranking_draws_and_the_owner_split_is_kept_in_the_url(screen, app_url):
    page, _ = screen
    page.goto(app_url + SUMEDANG_2024)
    wait_for_plots(page, 1)
    [bars] = traces(page)
    # the top 25 of Jawa Barat's 27, plus Sumedang where it ranks lower
    assert bars[0]["type"] == "bar" and bars[0]["n"] in (25, 26)
    assert page.get_by_text(re.compile(r"peringkat \d+ dari 27")).count() == 1
    page.get_by_text("Pisahkan unit pemda dan instansi vertikal").click()
    wait_for_plots(page, 2)
    page.wait_for_url(re.compile(r"pisah_pemilik=true"))
    screenshot(page, "perbandingan")
    page.reload()
    wait_for_plots(page, 2)
    owners = traces(page)[1]
    assert len(owners) >= 2 and all(trace["n"] == bars[0]["n"] for trace in owners)

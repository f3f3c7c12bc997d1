"""The joint view of ZI, KPK's SPI and Ombudsman in a real browser: nationally it draws a point for every region
with an SPI and a perangkat daerah count (over 400), and a click on a point opens that region's profile."""

import pytest

from tests.browser.conftest import PLOT, screenshot, traces, wait_for_plots
from tests.browser.test_peta import assert_profile_of

pytestmark = pytest.mark.browser

JOINT = "/perbandingan?bagian=gabungan"
# The topmost point (the most units holding a predicate per 100 perangkat daerah): its own spot, so a click on its
# centre cannot land on a neighbour. Its region code is the first of its trace's customdata.
TOP_POINT = """sel => {
    const plot = document.querySelector(sel);
    let best = null;
    plot.querySelectorAll(".scatterlayer .trace").forEach((layer, curve) => {
        layer.querySelectorAll(".point").forEach(point => {
            const box = point.getBoundingClientRect(), index = point.__data__.i;
            if (!best || box.top < best.y) {
                best = {x: box.left + box.width / 2, y: box.top + box.height / 2,
                        code: plot._fullData[curve].customdata[index][0]};
            }
        });
    });
    return best;
}"""


def open_joint(page, url: str) -> None:
    page.set_default_timeout(90_000)  # eight sessions share two cores: a first draw can take long
    page.goto(url)
    wait_for_plots(page, 1)


def test_the_joint_scatter_draws_over_400_regions_nationally(screen, app_url):
    page, _ = screen
    open_joint(page, app_url + JOINT)
    [scatter] = traces(page)
    assert {trace["type"] for trace in scatter} == {"scatter"}
    assert sum(trace["n"] for trace in scatter) >= 400
    assert page.locator(f"{PLOT} .scatterlayer .point").count() >= 400
    assert "Tidak ada data Ombudsman" in {trace["name"] for trace in scatter}
    assert page.get_by_role("button", name="Unduh CSV").count() == 1
    page.locator(PLOT).scroll_into_view_if_needed()
    screenshot(page, "perbandingan-gabungan")


def test_clicking_a_point_opens_its_regions_profile(screen, app_url):
    page, _ = screen
    open_joint(page, app_url + JOINT)
    page.locator(PLOT).scroll_into_view_if_needed()
    target = page.evaluate(TOP_POINT, PLOT)
    page.mouse.move(target["x"], target["y"])
    page.mouse.click(target["x"], target["y"])
    assert_profile_of(page, target["code"])

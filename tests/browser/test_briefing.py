"""The briefing on a 1920x1080 projector: every slide draws with data in projector type, clicker keys and
auto-advance move between slides, and nothing leaves the machine."""

import re

import pytest

from tests.browser.conftest import ARTIFACTS, guarded_page, traces, wait_for_plots

pytestmark = pytest.mark.browser

SCOPE = "prov=Jawa+Barat&tanggal=2021-12-31"
SLIDES = ("title", "progress", "map", "spi", "stages", "changes", "next", "sources")
WITH_CHART = {"progress", "map", "stages"}
BODY_MIN_PX, FIGURE_MIN_PX = 28, 96


@pytest.fixture
def projector(browser):
    for page, _ in guarded_page(browser, 1920, 1080, 30_000):
        yield page


def open_slide(page, app_url: str, number: int, extra: str = "") -> None:
    page.goto(f"{app_url}/briefing?{SCOPE}&slide={number}{extra}")
    wait_for_slide(page, number)


def wait_for_slide(page, number: int) -> None:
    # the first visit to a fresh server loads everything, and a slide change reruns the page: on a loaded machine
    # either can outlast the default 30 s (seen twice in full runs at load average 9-16)
    page.wait_for_url(re.compile(rf"[?&]slide={number}(&|$)"), timeout=120_000)
    page.get_by_text(re.compile(rf"^{number} / {len(SLIDES)} ")).wait_for(timeout=120_000)
    page.locator(".zi-slide h1").first.wait_for()
    # The URL and counter change while the run is still going; a key pressed before it ends can be lost.
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for()
    # Streamlit binds a button's shortcut in an effect after the button is drawn: on a loaded machine a key
    # pressed at once after a fresh page's first run was lost. Idle, the effects have run, as a presenter's
    # first key a moment later finds them.
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestIdleCallback(done, {timeout: 10000})))")


def smallest_font_px(page, selector: str) -> float:
    return page.evaluate("""sel => Math.min(...[...document.querySelectorAll(sel)]
        .filter(e => (e.textContent || "").trim()).map(e => parseFloat(getComputedStyle(e).fontSize)))""", selector)


def test_every_slide_draws_with_data_in_projector_type_without_app_chrome(projector, app_url):
    page = projector
    for number, key in enumerate(SLIDES, 1):
        open_slide(page, app_url, number)
        # The style that hides them arrives with the slide; waiting (not polling once) avoids a race with it.
        page.locator("[data-testid='stSidebar']").wait_for(state="hidden", timeout=5_000)
        page.locator("header[data-testid='stHeader']").wait_for(state="hidden", timeout=5_000)
        assert page.locator("[data-testid='stException']").count() == 0
        assert smallest_font_px(page, ".zi-slide h1, .zi-message, .zi-big-label, .zi-slide li, .zi-slide td,"
                                      " .zi-slide th, .zi-footer") >= BODY_MIN_PX
        if page.locator(".zi-big").count():
            assert smallest_font_px(page, ".zi-big") >= FIGURE_MIN_PX
        if key in WITH_CHART:
            wait_for_plots(page, 1)
            assert sum(trace["n"] for trace in traces(page)[0]) > 0
            assert smallest_font_px(page, "[data-testid='stPlotlyChart'] svg text") >= BODY_MIN_PX
        if key in {"changes", "next"}:
            assert page.locator(".zi-slide td").count() >= 3
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=ARTIFACTS / f"briefing-{number}-{key}-1920x1080.png")


@pytest.fixture
def small_projector(browser):
    for page, _ in guarded_page(browser, 1366, 768, 30_000):
        yield page


def test_on_a_1366x768_projector_every_slide_fits_above_its_footer_with_its_buttons_whole(small_projector, app_url):
    page = small_projector
    for number, key in enumerate(SLIDES, 1):
        open_slide(page, app_url, number)
        if key in WITH_CHART:
            wait_for_plots(page, 1)
        footer_top = page.locator("div.st-key-briefing-next").bounding_box()["y"]
        lowest = page.evaluate("""() => Math.max(...[...document.querySelectorAll(
            '.zi-slide, [data-testid="stPlotlyChart"]')].map(e => e.getBoundingClientRect().bottom))""")
        assert lowest <= footer_top, f"slide {number} ({key}) runs under the footer: {lowest} > {footer_top}"
        cut = page.evaluate("""() => [...document.querySelectorAll('div[class*="st-key-briefing-"] button p')]
            .filter(p => p.scrollWidth > p.clientWidth + 1).map(p => p.textContent)""")
        assert cut == [], f"slide {number}: button labels cut off: {cut}"
        page.screenshot(path=ARTIFACTS / f"briefing-{number}-{key}-1366x768.png")


def test_clicker_keys_move_between_slides(projector, app_url):
    page = projector
    open_slide(page, app_url, 1)
    for key, expected in (("ArrowRight", 2), ("PageDown", 3), ("Space", 4), ("PageUp", 3), ("ArrowLeft", 2)):
        page.keyboard.press(key)
        wait_for_slide(page, expected)


def test_start_button_opens_the_first_slide_and_escape_leaves(projector, app_url):
    page = projector
    page.goto(f"{app_url}/briefing?{SCOPE}")
    page.get_by_role("button", name=re.compile("Mulai presentasi")).click()
    wait_for_slide(page, 1)
    page.keyboard.press("Escape")
    page.get_by_role("button", name=re.compile("Mulai presentasi")).wait_for()
    assert "slide=" not in page.url


def test_auto_advance_moves_on_by_itself(projector, app_url):
    page = projector
    open_slide(page, app_url, 5, "&maju=2")
    wait_for_slide(page, 6)
    wait_for_slide(page, 7)


def download(page, button: str, target):
    with page.expect_download(timeout=120_000) as started:
        page.get_by_role("button", name=re.compile(button)).click()
    started.value.save_as(target)
    return target


def test_set_up_downloads_the_deck_as_powerpoint_and_pdf_and_a_chart_as_projector_png(projector, app_url):
    from PIL import Image
    from pptx import Presentation
    from pypdfium2 import PdfDocument

    page = projector
    page.goto(f"{app_url}/briefing?{SCOPE}")
    evidence = ARTIFACTS.parent / "briefing"
    evidence.mkdir(parents=True, exist_ok=True)
    deck = Presentation(download(page, "Unduh PowerPoint", evidence / "jawa-barat-2021.pptx"))
    assert [slide.shapes.title.text for slide in deck.slides][:2] == ["Zona Integritas di Jawa Barat",
                                                                        "Kemajuan terhadap target WBK"]
    assert len(deck.slides) == len(SLIDES)
    pdf = PdfDocument(download(page, "Unduh PDF", evidence / "jawa-barat-2021.pdf"))
    assert len(pdf) == len(SLIDES)
    for number in range(len(pdf)):
        pdf[number].render(scale=1).to_pil().save(evidence / f"jawa-barat-2021-pdf-{number + 1}.png")
    png = download(page, "PNG 3\\.", evidence / "jawa-barat-2021-peta.png")
    assert Image.open(png).size == (1920, 1080)


def test_sumedangs_progress_slide_draws_its_declaration_target(projector, app_url):
    """Real data: no pemda unit holds a predicate; slide 2 shows 12 of the 66 SKPD declared, drawn, not a 0-1 axis."""
    page = projector
    page.goto(f"{app_url}/briefing?prov=Jawa+Barat&wilayah=Kabupaten+Sumedang&slide=2")
    wait_for_slide(page, 2)
    wait_for_plots(page, 1)
    assert page.locator(".zi-slide h1").inner_text() == "Kemajuan terhadap target pencanangan"
    assert page.locator(".zi-big").inner_text() == "12 / 66"
    [chart] = traces(page)
    assert chart[0]["name"] == "Unit pemda mencanangkan ZI" and chart[0]["n"] > 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "briefing-sumedang-2-progress-1920x1080.png")

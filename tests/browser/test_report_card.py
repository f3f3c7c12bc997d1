"""The report card in a real browser: the profile's download button and the card's own link each give a one-page
A4 PDF of the region, and the link alone opens the card of the region it names."""

import pypdfium2 as pdfium
import pytest

from tests.browser.conftest import guarded_page, screenshot

pytestmark = pytest.mark.browser

SUMEDANG = "prov=Jawa+Barat&wilayah=Kabupaten+Sumedang"
LABEL = "Unduh rapor (PDF, A4)"


@pytest.fixture
def laptop(browser):
    for page, _ in guarded_page(browser, 1366, 768, 60_000):
        yield page


def card_pdf(page) -> tuple[str, pdfium.PdfDocument]:
    """Click the card's download button and open the file that arrives."""
    button = page.get_by_role("button", name=LABEL)
    button.scroll_into_view_if_needed()
    with page.expect_download() as arrived:
        button.click()
    file = arrived.value
    return file.suggested_filename, pdfium.PdfDocument(file.path())


def test_the_profile_downloads_sumedangs_card_as_one_a4_page(laptop, app_url):
    laptop.goto(f"{app_url}/profil?{SUMEDANG}")
    laptop.locator("h1", has_text="Kabupaten Sumedang").wait_for()
    name, document = card_pdf(laptop)
    assert name.startswith("rapor-32.11-") and name.endswith("-id.pdf")
    assert len(document) == 1
    assert document[0].get_size() == pytest.approx((595.28, 841.89), abs=0.01)
    assert "Kabupaten Sumedang" in document[0].get_textpage().get_text_range()


def test_the_cards_own_link_opens_the_card_and_its_download(laptop, app_url):
    laptop.goto(f"{app_url}/rapor?{SUMEDANG}")
    laptop.locator("h1", has_text="Rapor wilayah").wait_for()
    laptop.get_by_role("heading", name="Kabupaten Sumedang").wait_for()
    laptop.get_by_test_id("stDataFrame").first.wait_for()
    screenshot(laptop, "rapor-sumedang")
    name, document = card_pdf(laptop)
    assert name.startswith("rapor-32.11-") and len(document) == 1
    assert "Angka utama" in document[0].get_textpage().get_text_range()


def test_a_link_with_only_the_region_code_opens_its_card(laptop, app_url):
    laptop.goto(f"{app_url}/rapor?wilayah=32.11")
    laptop.locator("h1", has_text="Rapor wilayah").wait_for()
    laptop.get_by_role("heading", name="Kabupaten Sumedang").wait_for(timeout=20_000)

"""The whole import in a real browser: template, fill, upload, report, preview, confirm, the map changes, restore."""

import io
from datetime import datetime

import openpyxl
import pytest

from pantau_zi.access import hash_password
from tests.browser.conftest import PLOT, open_context, screenshot, start_server, wait_for_plots
from tests.conftest import MINI

pytestmark = pytest.mark.browser

BANDUNG = "32.73 \u2014 Kota Bandung"
# Kota Bandung's whole record as its office would send it: U4 as stored, plus U6, which reached WBK in 2020.
UNITS = [("U4", "DPMPTSP Kota Bandung", BANDUNG, "Pemerintah Kota Bandung", "Pemda", "DPMPTSP", "ya"),
         ("U6", "Disdukcapil Kota Bandung <b>baru</b>", BANDUNG, "Pemerintah Kota Bandung", "Pemda", "Disdukcapil",
          "ya")]
EVENTS = [("U4", datetime(2020, 1, 10), "Pencanangan"), ("U4", datetime(2021, 5, 1), "Diusulkan"),
          ("U4", datetime(2021, 9, 1), "Evaluasi TPN", 70),
          ("U6", datetime(2019, 2, 1), "Pencanangan"), ("U6", datetime(2020, 3, 2), "Diusulkan"),
          ("U6", datetime(2020, 12, 9), "WBK", 77)]


def filled(template: bytes, events) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(template))
    for row in UNITS:
        book["Unit"].append(row)
    for unit, day, stage, *score in events:
        book["Riwayat Tahap"].append([unit, day, stage, *score])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def declared_in_bandung(page, url: str) -> str:
    """The number the map (its first measure: units that declared ZI) shows for Kota Bandung."""
    page.goto(f"{url}/peta")
    wait_for_plots(page, 1)
    return page.evaluate("""sel => { const t = document.querySelector(sel)._fullData[0];
        return t.customdata[[...t.locations].indexOf('32.73')][2]; }""", PLOT)


def upload(page, path) -> None:
    page.locator("[data-testid='stFileUploader'] input[type=file]").set_input_files(path)


def download_template(page) -> bytes:
    with page.expect_download() as download:
        page.get_by_role("button", name="Unduh templat Excel").click()
    return download.value.path().read_bytes()


def log_in(page, name: str, password: str) -> None:
    page.get_by_label("Nama pengguna").fill(name)
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()
    page.locator("[data-testid='stFileUploader']").wait_for()


@pytest.fixture
def server():
    admins = f"admin:{hash_password('uji')}, siti:{hash_password('uji-siti')}"
    url, process = start_server({"PANTAU_ZI_DATA_DIRS": str(MINI), "PANTAU_ZI_ADMINS": admins})
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_template_to_map_and_back(browser, server, tmp_path):
    context, blocked = open_context(browser, 1920, 1080)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        before = declared_in_bandung(page, server)

        page.goto(f"{server}/data")
        page.get_by_text("Folder CSV yang dikonfigurasi (belum ada impor)").wait_for()
        assert page.locator("[data-testid='stFileUploader']").count() == 0  # anonymous: no upload
        template = download_template(page)
        log_in(page, "admin", "uji")
        uploader = page.locator("[data-testid='stFileUploader']")
        uploader.get_by_text("Unggah", exact=True).wait_for()  # Streamlit's own words, in the page's language
        assert "per berkas" in uploader.inner_text() and "Upload" not in uploader.inner_text()

        broken = tmp_path / "bandung_salah.xlsx"  # WBBM for U6, whose history is recorded and has no WBK
        broken.write_bytes(filled(template, [(*e[:2], "WBBM", *e[3:]) if e[2] == "WBK" else e for e in EVENTS]))
        upload(page, broken)
        page.get_by_text("masalah ditemukan di bandung_salah.xlsx").wait_for()
        problems = page.get_by_test_id("stMain").get_by_test_id("stDataFrame").first
        problems.wait_for()
        problems.scroll_into_view_if_needed()
        assert page.get_by_role("button", name="Konfirmasi impor").count() == 0
        screenshot(page, "import-report")

        good = tmp_path / "bandung.xlsx"
        good.write_bytes(filled(template, EVENTS))
        upload(page, good)
        page.get_by_text("Wilayah dalam berkas (1): Kota Bandung").wait_for()
        page.get_by_role("button", name="Konfirmasi impor").scroll_into_view_if_needed()
        screenshot(page, "import-preview")
        page.get_by_role("button", name="Konfirmasi impor").click()
        page.get_by_text("Berkas bandung.xlsx tersimpan sebagai versi 2.").wait_for()
        page.get_by_text("Versi 2, dimuat").wait_for()
        screenshot(page, "import-confirmed")

        page.goto(f"{server}/unit?pilih=U6")  # imported text is shown as typed, never as markup
        heading = page.get_by_test_id("stHeading").filter(has_text="baru")
        heading.wait_for()
        assert "Disdukcapil Kota Bandung <b>baru</b>" in heading.inner_text()
        assert heading.locator("b").count() == 0

        after = declared_in_bandung(page, server)
        assert page.get_by_text("Data: versi 2").count() == 1
        screenshot(page, "import-map-after")

        page.goto(f"{server}/data")
        log_in(page, "admin", "uji")  # a new page load is a new session
        page.get_by_role("button", name="Pulihkan", exact=True).wait_for()
        page.get_by_role("button", name="Pulihkan", exact=True).click()
        page.get_by_text("Versi 1 dipulihkan sebagai versi 3.").wait_for()
        screenshot(page, "import-restored")

        restored = declared_in_bandung(page, server)
    finally:
        context.close()
    assert (before, after, restored) == ("1", "2", "1")  # U4; U4 and U6; U4 again
    assert list(blocked) == []


def test_the_second_of_two_administrators_confirming_the_same_version_is_told_and_shown_a_new_preview(
        browser, server, tmp_path):
    first_context, first_blocked = open_context(browser, 1920, 1080)
    second_context, second_blocked = open_context(browser, 1920, 1080)
    try:
        first, second = first_context.new_page(), second_context.new_page()
        for page, name, password in ((first, "admin", "uji"), (second, "siti", "uji-siti")):
            page.set_default_timeout(60_000)
            page.goto(f"{server}/data")
            template = download_template(page)
            log_in(page, name, password)
        good = tmp_path / "bandung.xlsx"
        good.write_bytes(filled(template, EVENTS))
        for page in (first, second):  # both previews are made against the configured files
            upload(page, good)
            page.get_by_role("button", name="Konfirmasi impor").wait_for()

        first.get_by_role("button", name="Konfirmasi impor").click()
        first.get_by_text("Berkas bandung.xlsx tersimpan sebagai versi 2.").wait_for()

        second.get_by_role("button", name="Konfirmasi impor").click()
        # her click confirmed nothing: she is told, and sees a new preview, against version 2
        second.get_by_text("Data berubah sejak pratinjau dibuat (sekarang versi 2). Tidak ada yang disimpan").wait_for()
        second.get_by_text("Pratinjau: apa yang akan berubah").wait_for()
        second.get_by_role("button", name="Konfirmasi impor").wait_for()
        second.wait_for_timeout(1000)  # time for a wrongly stored version to show in the history
        assert second.get_by_text("Versi 2, dimuat").count() == 1
        assert second.get_by_text("tersimpan sebagai versi").count() == 0
        history = second.get_by_test_id("stDataFrame").last
        history.scroll_into_view_if_needed()
        screenshot(second, "import-stale")
    finally:
        first_context.close()
        second_context.close()
    assert list(first_blocked) == list(second_blocked) == []


TANAH_BUMBU = "63.10 \u2014 Kabupaten Tanah Bumbu"


@pytest.fixture
def embedded_server():
    """The dashboard on its embedded data (the five real seed regions among the synthetic ones)."""
    url, process = start_server({"PANTAU_ZI_DATA_DIRS": "", "PANTAU_ZI_ADMINS": f"admin:{hash_password('uji')}"})
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_a_file_naming_one_tanah_bumbu_unit_and_an_award_only_unit_keeps_the_regions_real_seeds(
        browser, embedded_server, tmp_path):
    context, blocked = open_context(browser, 1920, 1080)
    page = context.new_page()
    page.set_default_timeout(90_000)
    try:
        page.goto(f"{embedded_server}/data")
        book = openpyxl.load_workbook(io.BytesIO(download_template(page)))
        log_in(page, "admin", "uji")
        book["Unit"].append(("TB-POL-1", "Polres Tanah Bumbu", TANAH_BUMBU, "Kepolisian Negara Republik Indonesia",
                             "Instansi vertikal", "Polres", "ya"))
        for row in (("S-6310-04", datetime(2023, 12, 6), "WBK"), ("TB-POL-1", datetime(2014, 12, 9), "WBK"),
                    ("TB-POL-1", datetime(2022, 6, 30), "Dicabut")):
            book["Riwayat Tahap"].append(row)
        path = tmp_path / "tanbu.xlsx"
        book.save(path)
        upload(page, path)
        page.get_by_text("Wilayah dalam berkas (1): Kabupaten Tanah Bumbu").wait_for()
        page.get_by_text("1 unit diterima dengan riwayat sebelumnya tidak tercatat").wait_for()
        assert page.get_by_text("baris bersumber nyata").count() == 0  # nothing real goes
        rows = page.get_by_test_id("stDataFrame").filter(has=page.get_by_text("Bersumber nyata")).first
        rows.scroll_into_view_if_needed()
        screenshot(page, "import-tanbu-preview")

        page.get_by_text("Ganti semua data wilayah dalam berkas ini").click()  # the explicit choice
        warning = page.get_by_text("baris bersumber nyata (data awal berbukti atau fakta yang dilaporkan) akan dihapus")
        warning.wait_for()
        assert page.get_by_role("button", name="Konfirmasi impor").is_disabled()
        warning.scroll_into_view_if_needed()
        screenshot(page, "import-tanbu-replace-warning")
        page.get_by_text("Ganti semua data wilayah dalam berkas ini").click()
        page.get_by_text("baris bersumber nyata").first.wait_for(state="detached")

        page.get_by_role("button", name="Konfirmasi impor").click()
        page.get_by_text("Berkas tanbu.xlsx tersimpan sebagai versi 2.").wait_for()

        page.goto(f"{embedded_server}/profil?wilayah=Kabupaten+Tanah+Bumbu&tahun=2013&tahun=2025")
        page.get_by_text("Fakta nyata hanya untuk Kabupaten Tanah Bumbu").wait_for()
        unrecorded = page.get_by_text("Riwayat sebelumnya tidak tercatat untuk Polres Tanah Bumbu")
        unrecorded.wait_for()
        unrecorded.scroll_into_view_if_needed()
        screenshot(page, "import-tanbu-profile")

        page.goto(f"{embedded_server}/unit?wilayah=Kabupaten+Tanah+Bumbu&cari=S-6310&tahun=2013&tahun=2025")
        # the five real seed units survive; the synthetic Polres gives way to the imported real one (its twin)
        page.get_by_text("5 dari 14 unit ditampilkan").wait_for()
        page.get_by_test_id("stDataFrame").first.wait_for()
        page.get_by_test_id("stSidebar").get_by_text("Saring").wait_for()
        page.wait_for_load_state("networkidle")
        screenshot(page, "import-tanbu-seeds")
    finally:
        context.close()
    assert list(blocked) == []

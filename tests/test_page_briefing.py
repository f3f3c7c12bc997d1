"""The briefing page through AppTest on the mini dataset: set-up, one slide at a time, and a bad date range."""

from tests.conftest import open_page

SUMEDANG = {"prov": "Jawa Barat", "wilayah": "Kabupaten Sumedang", "tanggal": "2021-12-31"}


def html_text(app) -> str:
    return " ".join(element.proto.body for element in app.get("html"))


def test_set_up_lists_the_slides_of_the_chosen_region(app):
    page = open_page(app, "briefing", **SUMEDANG)
    assert not page.exception
    contents = page.markdown[-1].value
    assert contents.startswith("1. Zona Integritas di Kabupaten Sumedang") and "4. Survei Penilaian Integritas KPK" in contents and "8. Sumber" in contents
    assert page.button[0].label == "Mulai presentasi"
    assert [button.label for button in page.get("download_button")][:2] == ["Unduh PowerPoint", "Unduh PDF"]


def test_start_opens_the_first_slide_and_next_moves_on(app):
    page = open_page(app, "briefing", **SUMEDANG)
    page.button[0].click().run()
    assert page.query_params["slide"] == "1"
    assert "Zona Integritas di Kabupaten Sumedang" in html_text(page)
    page.button(key="briefing-next").click().run()
    assert page.query_params["slide"] == "2"
    assert "2 / 2" in html_text(page) and "Target 2021 sudah tercapai." in html_text(page)


def test_a_link_opens_a_given_slide_and_out_of_range_numbers_are_clamped(app):
    page = open_page(app, "briefing", slide="5", **SUMEDANG)
    assert "3 unit sudah mencanangkan ZI; 3 berpredikat WBK/WBBM (2 WBK, 1 WBBM)." in html_text(page)
    page = open_page(app, "briefing", slide="99", **SUMEDANG)
    assert "Sumber" in html_text(page) and page.button(key="briefing-next").disabled


def test_leaving_returns_to_the_set_up(app):
    page = open_page(app, "briefing", slide="3", **SUMEDANG)
    page.button(key="briefing-exit").click().run()
    assert "slide" not in page.query_params
    assert page.button[0].label == "Mulai presentasi"


def test_a_since_date_after_the_briefing_date_is_refused_with_both_dates_named(app):
    page = open_page(app, "briefing", sejak="2022-01-31", **SUMEDANG)
    assert page.error[0].value == "Tanggal 'perubahan sejak' harus sebelum tanggal briefing (31 Desember 2021)."

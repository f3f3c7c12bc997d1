"""The report card page (/rapor) and the profile's card download through AppTest on the hand-made mini dataset."""

import pypdfium2 as pdfium

from tests.conftest import open_page
from tests.test_page_profil import metric_values, open_profile


def card_figures(app) -> dict[str, str]:
    table = app.dataframe[0].value
    return dict(zip(table["Ukuran"], table["Nilai"]))


def test_the_card_page_shows_sumedangs_card_with_a_download(app, downloads):
    open_page(app, "rapor", wilayah="Kabupaten Sumedang")
    assert not app.exception
    assert app.title[0].value == "Rapor wilayah"
    assert app.subheader[0].value == "Kabupaten Sumedang"
    assert card_figures(app)["Unit mencanangkan ZI"] == "3"
    assert app.dataframe[2].value["Nama"].tolist() == ["Disdukcapil Sumedang", "RSUD Sumedang", "Polres Sumedang"]
    assert "rapor-32.11-2021-id.pdf" in downloads


def test_the_card_shows_the_same_figures_as_the_profile(app):
    profile = metric_values(open_profile(app, wilayah="Kabupaten Sumedang"))
    card = card_figures(open_page(app, "rapor"))
    shared = {label: value for label, value in profile.items() if label in card}
    assert shared == {label: card[label] for label in shared}
    # the counts, attainment, coverage, both ranks, SPI and Ombudsman; the profile's pemda count is not on the card
    assert len(shared) == 9


def test_without_a_region_the_card_page_asks_for_one(app):
    open_page(app, "rapor")
    assert not app.exception
    assert "Pilih kabupaten/kota" in app.info[0].value
    assert not app.dataframe


def test_the_profile_offers_the_card_as_a_one_page_pdf(app, downloads):
    open_profile(app, wilayah="Kabupaten Sumedang")
    pdf = downloads["rapor-32.11-2021-id.pdf"]()
    document = pdfium.PdfDocument(pdf)
    assert len(document) == 1
    assert "Kabupaten Sumedang" in document[0].get_textpage().get_text_range()


def test_the_card_follows_the_language_switch(app, downloads):
    open_page(app, "rapor", wilayah="Kabupaten Sumedang", lang="English")
    assert app.title[0].value == "Region report card"
    assert "rapor-32.11-2021-en.pdf" in downloads


def test_a_link_with_the_region_code_opens_that_regions_card(app):
    open_page(app, "rapor", wilayah="32.11")
    assert not app.exception
    assert app.subheader[0].value == "Kabupaten Sumedang"

"""The report card's content on the hand-made mini dataset (numbers worked out by hand in tests/test_metrics.py),
and its PDF opened again as a reader would: one A4 page, real text, nothing past the margin."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date

import pandas as pd
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4

from pantau_zi import datasource, metrics, ombudsman, profile, report_card, report_card_pdf, spi
from pantau_zi.filters import Filters, filtered_panel
from pantau_zi.typeset import TextBox
from tests.conftest import MINI

MADE = date(2026, 12, 2)
# Reports as data/real/ombudsman.csv holds them: Sumedang in 2019 (two reports that agree) and 2022, Bandung in
# 2021; ombudsman.shown picks one per government and year, as ui.ombudsman_assessments does.
OMBUDSMAN = ombudsman.shown(ombudsman.mark_preferred(pd.DataFrame({
    "year": [2019, 2019, 2022, 2021], "level": ["kabupaten", "kabupaten", "kabupaten", "kota"],
    "code": ["32.11", "32.11", "32.11", "32.73"], "published_name": ["Kabupaten Sumedang"] * 3 + ["Kota Bandung"],
    "score": [60.0, None, 90.0, None], "zone": ["kuning", "kuning", "hijau", "hijau"], "grade": [None, None, "A", None],
    "rank": [None] * 4, "rank_of": [None] * 4, "note": [None] * 4,
    "source_url": ["https://example.org/ombudsman-2019", "https://news.example/sumedang-2019",
                   "https://example.org/ombudsman-2022", "https://example.org/bandung-2021"],
    "publisher": ["example.org", "news.example", "example.org", "example.org"]})))


def card_of(folder, code: str, year: int = 2021, lang: str = "id") -> report_card.ReportCard:
    """The card as ui.region_card makes it, without Streamlit."""
    data = datasource.load(datasource.Files((folder,)))
    unit_years = metrics.unit_years(data.units, data.events)
    filters = Filters(region=code, years=(2013, year))
    province = data.regencies.set_index("code").at[code, "province_code"]

    def panel(chosen: Filters) -> pd.DataFrame:
        return filtered_panel(unit_years, data.targets, data.perangkat_daerah, data.regencies, chosen)

    view = profile.region_profile(data, filters, lang)
    inputs = report_card.Inputs(view, panel(filters), panel(replace(filters, region=None, province=province)),
                                spi.load_spi(), OMBUDSMAN, year, data.events["date"].max().date(), MADE, lang)
    return report_card.report_card(inputs)


def figures(card: report_card.ReportCard) -> dict[str, tuple[str, str, str]]:
    return {line.label: (line.value, line.detail, line.provenance) for line in card.figures}


def test_sumedangs_card_holds_its_2021_counts_targets_ranks_and_real_spi():
    card = card_of(MINI, "32.11")
    assert card.title == "Kabupaten Sumedang"
    assert card.as_of == "Data per 31 Desember 2021"
    shown = figures(card)
    # U1-U3 declared; U2 and U3 hold WBK, U1 WBBM; 2 of the 2 WBK-target pemda units; 2 of 40 perangkat daerah
    assert {label: value for label, (value, _, _) in shown.items()} == {
        "Unit mencanangkan ZI": "3", "Berpredikat WBK/WBBM": "3", "Berpredikat WBBM": "1",
        "Capaian target WBK (%)": "100,0%", "Cakupan perangkat daerah (%)": "5,0%",
        "Peringkat unit berpredikat WBK/WBBM": "1 dari 27", "Peringkat cakupan perangkat daerah": "1 dari 2",
        "Indeks SPI KPK 2021": "75,17", "Zona Ombudsman 2019": "Kuning"}
    assert shown["Berpredikat WBK/WBBM"][1] == "2 WBK, 1 WBBM"
    assert shown["Unit mencanangkan ZI"][2] == "sintetis"  # every mini row is synthetic
    assert shown["Indeks SPI KPK 2021"][2] == "nyata" and "Zona Waspada" in shown["Indeks SPI KPK 2021"][1]
    # 2019 is the latest assessment up to 2021: the 2022 one is not shown in 2021
    assert shown["Zona Ombudsman 2019"][1:] == ("Nilai kepatuhan 60,00", "nyata")
    # declaration target 4 with U1 and U2 (pemda) declared, WBK target 2 with both holding it, deadline 2021
    assert card.targets.values.tolist() == [["Pencanangan ZI", "4", "2", "50,0%", "2021"],
                                            ["WBK", "2", "2", "100,0%", "2021"]]
    assert card.no_target is None
    assert card.stages == "WBK 2 \u00b7 WBBM 1"
    assert card.units["Nama"].tolist() == ["Disdukcapil Sumedang", "RSUD Sumedang", "Polres Sumedang"]
    assert card.units["Tahap"].tolist() == ["WBBM", "WBK", "WBK"]
    assert set(card.units["Data"]) == {"sintetis"}
    # both reports of 2019 are named, the one with a score first
    assert [line for line in card.sources if line.startswith("Ombudsman")] == [
        "Ombudsman RI 2019: example.org \u2014 https://example.org/ombudsman-2019",
        "Ombudsman RI 2019: news.example \u2014 https://news.example/sumedang-2019"]
    assert any(notice.startswith("Metode 2013\u20132019") for notice in card.notices)
    assert any(line.startswith("SPI 2021: KPK Survei Penilaian Integritas 2021") for line in card.sources)
    assert card.notices[0].startswith("Angka bertanda \u201csintetis\u201d")


def test_a_card_in_english_says_the_same_in_english():
    card = card_of(MINI, "32.11", lang="en")
    assert figures(card)["Units that declared ZI"][0] == "3"
    assert card.as_of == "Data as of 31 December 2021"
    assert card.targets.columns[0] == "Kind of target"


def test_a_region_with_no_target_and_no_real_data_says_missing_and_invents_no_zero():
    card = card_of(MINI, "31.71")  # Jakarta Pusat: no pemda, no target, no perangkat daerah count, no SPI
    shown = figures(card)
    assert shown["Capaian target WBK (%)"] == ("\u2014", "Tidak ada data", "")
    assert shown["Cakupan perangkat daerah (%)"] == ("\u2014", "Tidak ada data", "")
    assert shown["Indeks SPI KPK 2021"][0] == "Belum ada"
    assert shown["Zona Ombudsman 2021"][:2] == ("Tidak ada data", "Tidak ada penilaian Ombudsman yang dilaporkan "
                                                "sampai 2021 (cakupan laporan sebagian).")
    assert shown["Peringkat cakupan perangkat daerah"][0] == "Tidak ada data"
    assert card.targets.empty and card.no_target == "Tidak ada target yang berlaku pada 2021."
    assert not any(line.startswith(("SPI", "Ombudsman")) for line in card.sources)


def page_text(pdf: bytes) -> tuple[pdfium.PdfDocument, str]:
    document = pdfium.PdfDocument(pdf)
    return document, document[0].get_textpage().get_text_range()


def test_the_pdf_is_one_a4_page_of_real_text():
    card = card_of(MINI, "32.11")
    document, text = page_text(report_card_pdf.to_pdf(card))
    assert len(document) == 1
    assert document[0].get_size() == pytest.approx(A4, abs=0.01)
    for expected in ("Kabupaten Sumedang", "75,17", "Disdukcapil Sumedang", "Data per 31 Desember 2021"):
        assert expected in text


def within_page(card: report_card.ReportCard) -> bool:
    bottoms = [box.y + (box.h if isinstance(box, TextBox) else sum(box.heights))
               for box in report_card_pdf.card_layout(card)]
    return max(bottoms) <= report_card_pdf.BOTTOM + 1e-9


def test_a_long_unit_name_and_many_units_keep_the_card_on_one_page(tmp_path):
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    units = pd.read_csv(folder / "units.csv", dtype=str)
    units.loc[units["unit_id"] == "U1", "name"] = "Dinas " + "Sangat Panjang " * 350
    extra = pd.DataFrame([{**units.iloc[1].to_dict(), "unit_id": f"X{number:03}", "name": f"Puskesmas {number}"}
                          for number in range(60)])
    pd.concat([units, extra]).to_csv(folder / "units.csv", index=False)
    card = card_of(folder, "32.11")
    name = card.units["Nama"].iloc[0]
    assert len(name) == report_card.NAME_CHARACTERS and name.endswith("\u2026")
    assert len(card.units) == 63
    assert within_page(card)
    document, text = page_text(report_card_pdf.to_pdf(card))
    assert len(document) == 1
    assert "\u2026 +" in text  # the rows that do not fit are counted, not dropped silently


def test_a_later_year_shows_the_newer_ombudsman_report_with_its_grade():
    shown = figures(card_of(MINI, "32.11", year=2022))
    assert shown["Zona Ombudsman 2022"] == ("Hijau", "Nilai kepatuhan 90,00 \u00b7 opini A", "nyata")

import io
from datetime import date, datetime

import openpyxl
import pytest

from pantau_zi.importing.plan import plan_import
from pantau_zi.importing.reading import read_upload
from pantau_zi.importing.template import template_workbook
from pantau_zi.loading import Problem, load_reference
from tests.test_store import mini_tables


@pytest.fixture(scope="module")
def regencies():
    return load_reference()[1]


@pytest.fixture(scope="module")
def template(regencies) -> bytes:
    return template_workbook(regencies)


def test_the_empty_template_has_nothing_to_import(regencies, template):
    upload = read_upload("templat.xlsx", template, regencies)
    assert (upload.tables, upload.problems) == ({}, [Problem("templat.xlsx", None, None, None, "no_rows")])


def test_the_english_template_reads_back_too(regencies):
    book = openpyxl.load_workbook(io.BytesIO(template_workbook(regencies, "en")))
    assert book["Unit"]["A1"].value == "Unit code"
    book["Unit"].append(["A-1", "X", "32.11 \u2014 Kabupaten Sumedang", "P", "Regional government", "Dinas", "yes"])
    out = io.BytesIO()
    book.save(out)
    upload = read_upload("t.xlsx", out.getvalue(), regencies)
    assert upload.problems == []
    assert upload.tables["units"].iloc[0][["owner_type", "service_facing"]].tolist() == ["pemda", "true"]


def test_sheets_headers_and_lists(template):
    book = openpyxl.load_workbook(io.BytesIO(template))
    assert book.sheetnames == ["Petunjuk", "Unit", "Riwayat Tahap", "Target", "Perangkat Daerah", "LKE", "Ombudsman",
                               "Daftar"]
    assert book["Daftar"].sheet_state == "hidden"
    units = book["Unit"]
    assert [cell.value for cell in units[1]] == ["Kode unit", "Nama unit", "Kabupaten/kota", "Instansi",
                                                 "Jenis pemilik", "Jenis unit", "Melayani publik", "Hapus"]
    assert units["A1"].font.bold and units.freeze_panes == "A2" and units.max_row == 1
    regions = [row[0] for row in book["Daftar"].iter_rows(min_row=2, min_col=4, max_col=4, values_only=True) if row[0]]
    assert len(regions) == 514 and "32.11 \u2014 Kabupaten Sumedang" in regions
    assert [cell.value for cell in book["Daftar"]["A"][1:8]] == ["Pencanangan", "Pembangunan", "Diusulkan",
                                                               "Evaluasi TPN", "WBK", "WBBM", "Dicabut"]


def test_drop_downs_point_at_the_lists(template):
    book = openpyxl.load_workbook(io.BytesIO(template))
    lists = {str(validation.sqref): validation.formula1 for validation in book["Unit"].data_validations.dataValidation}
    assert lists == {"C2:C1048576": "Daftar!$D$2:$D$515", "E2:E1048576": "Daftar!$C$2:$C$3",
                     "F2:F1048576": "Daftar!$B$2:$B$23", "G2:G1048576": "Daftar!$F$2:$F$3",
                     "H2:H1048576": "Daftar!$F$2:$F$3"}  # Hapus: ya/tidak
    events = {str(v.sqref): v.formula1 for v in book["Riwayat Tahap"].data_validations.dataValidation}
    assert events == {"C2:C1048576": "Daftar!$A$2:$A$8", "G2:G1048576": "Daftar!$F$2:$F$3"}
    assert book["Riwayat Tahap"].column_dimensions["B"].number_format == "DD/MM/YYYY"


def test_the_instructions_explain_every_column_and_the_rules(template):
    book = openpyxl.load_workbook(io.BytesIO(template))
    text = "\n".join(str(cell) for row in book["Petunjuk"].iter_rows(values_only=True) for cell in row if cell)
    for phrase in ("Sheet yang dibiarkan kosong tidak mengubah data", "data yang tidak disebut tetap", "Isi Hapus dengan ya",
                   "21/06/2019", "Juni 2019", "Penataan SDM", "Target WBBM", "0 sampai 17.5", "wajib"):
        assert phrase in text


def test_a_filled_template_reads_back_to_the_exact_text_tables(regencies, template):
    book = openpyxl.load_workbook(io.BytesIO(template))
    book["Unit"].append(["DKC-3211", "Disdukcapil Kabupaten Sumedang", "32.11 \u2014 Kabupaten Sumedang",
                         "Pemerintah Kabupaten Sumedang", "Pemda", "Disdukcapil", "ya"])
    for day, stage in ((datetime(2019, 6, 21), "Pencanangan"), (datetime(2019, 8, 1), "Pembangunan"),
                       (datetime(2020, 3, 2), "Diusulkan"), (datetime(2020, 12, 9), "WBK")):
        book["Riwayat Tahap"].append(["DKC-3211", day, stage])
    book["Target"].append(["32.11 \u2014 Kabupaten Sumedang", 2021, 2024, 20, 5, None])
    out = io.BytesIO()
    book.save(out)
    upload = read_upload("isi.xlsx", out.getvalue(), regencies)
    assert upload.problems == []
    assert sorted(upload.tables) == ["events", "targets", "units"]
    assert upload.tables["units"].to_dict("records") == [{
        "unit_id": "DKC-3211", "name": "Disdukcapil Kabupaten Sumedang", "region_code": "32.11",
        "instansi": "Pemerintah Kabupaten Sumedang", "owner_type": "pemda", "unit_type": "Disdukcapil",
        "service_facing": "true", "name_known": "true", "_file": "isi.xlsx \u203a Unit", "_row": 2}]
    label = "isi.xlsx \u203a Riwayat Tahap"
    assert upload.tables["events"].to_dict("records") == [
        {"event_id": f"DKC-3211.{day}.{stage}", "unit_id": "DKC-3211", "date": day, "date_precision": "day",
         "stage": stage, "score": None, "note": None, "_file": label, "_row": row}
        for row, (day, stage) in enumerate((("2019-06-21", "pencanangan"), ("2019-08-01", "pembangunan"),
                                            ("2020-03-02", "usulan"), ("2020-12-09", "wbk")), start=2)]
    assert upload.tables["targets"].to_dict("records") == [{
        "region_code": "32.11", "set_year": "2021", "deadline_year": "2024", "target_declared": "20",
        "target_wbk": "5", "target_wbbm": None, "_file": "isi.xlsx \u203a Target", "_row": 2}]


def test_the_perangkat_daerah_sheet_has_its_columns_and_the_region_drop_down(template):
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet = book["Perangkat Daerah"]
    assert [cell.value for cell in sheet[1]] == ["Kabupaten/kota", "Tahun", "Jumlah perangkat daerah", "Hapus"]
    assert {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation} == {
        "A2:A1048576": "Daftar!$D$2:$D$515", "D2:D1048576": "Daftar!$F$2:$F$3"}


def test_the_instructions_state_the_limits(template):
    book = openpyxl.load_workbook(io.BytesIO(template))
    text = "\n".join(str(cell) for row in book["Petunjuk"].iter_rows(values_only=True) for cell in row if cell)
    for phrase in ("300 karakter", "catatan 2.000 karakter", "dari tahun 2012 sampai hari ini",
                   "Sheet \u201cPerangkat Daerah\u201d", "Jumlah perangkat daerah"):
        assert phrase in text


def test_perangkat_daerah_counts_from_the_template_join_the_regions_stored_counts(regencies, template):
    book = openpyxl.load_workbook(io.BytesIO(template))
    book["Perangkat Daerah"].append(["32.11 \u2014 Kabupaten Sumedang", 2023, 41])
    out = io.BytesIO()
    book.save(out)
    upload = read_upload("pd.xlsx", out.getvalue(), regencies)
    assert upload.problems == []
    assert upload.tables["perangkat_daerah"].to_dict("records") == [
        {"region_code": "32.11", "year": "2023", "count": "41", "_file": "pd.xlsx \u203a Perangkat Daerah", "_row": 2}]
    plan = plan_import("pd.xlsx", out.getvalue(), mini_tables(), None, "mini", regencies, "ani", date(2026, 11, 23))
    assert plan.ok, plan.problems
    stored = plan.tables["perangkat_daerah"]
    # merged by region and year: the stored 2019 count stays, the file's 2023 count is added
    assert stored.loc[stored["region_code"] == "32.11", ["year", "count"]].values.tolist() == [["2019", "40"], ["2023", "41"]]
    assert plan.changes["perangkat_daerah"].added == [("32.11", "2023")]

import io
import zipfile
from datetime import datetime

import openpyxl
import pytest

from pantau_zi.importing.reading import read_upload
from pantau_zi.loading import Problem, load_reference
from tests.import_corpus.build import workbook as _book

UNIT_HEADERS = "Kode unit,Nama unit,Kabupaten/kota,Instansi,Jenis pemilik,Jenis unit"
UNIT_ROW = "A-1,Dinas X,32.11,Pemkab Sumedang,pemda,Dinas"


@pytest.fixture(scope="module")
def regencies():
    return load_reference()[1]



def _rewrite(content: bytes, member: str, old: bytes, new: bytes) -> bytes:
    """The workbook with one replacement in one part, as Excel would have saved a computed formula."""
    source, out = zipfile.ZipFile(io.BytesIO(content)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == member:
                assert old in data
                data = data.replace(old, new)
            archive.writestr(info, data)
    return out.getvalue()


def test_a_csv_reads_to_internal_columns_with_file_and_line(regencies):
    upload = read_upload("unit.csv", f"{UNIT_HEADERS}\n{UNIT_ROW}\n".encode(), regencies)
    assert upload.problems == []
    assert upload.tables["units"].to_dict("records") == [{
        "unit_id": "A-1", "name": "Dinas X", "region_code": "32.11", "instansi": "Pemkab Sumedang",
        "owner_type": "pemda", "unit_type": "Dinas", "service_facing": None, "name_known": "true",
        "_file": "unit.csv", "_row": 2}]
    assert upload.headers["units"]["region_code"] == "Kabupaten/kota"
    assert upload.headers["units"]["service_facing"] == "Melayani publik"


def test_headers_match_whatever_the_case_accents_spacing_or_language(regencies):
    headers = " KODE_UNIT ;unit name;Regency / City;instansi;Owner type;jénis  unit;Kolom lain"
    upload = read_upload("u.csv", f"{headers}\nA-1;X;Sumedang;P;Pemda;dinas;zzz\n".encode(), regencies)
    assert upload.problems == []
    assert upload.tables["units"].iloc[0][["unit_id", "region_code", "unit_type"]].tolist() == ["A-1", "32.11", "Dinas"]
    assert upload.headers["units"]["unit_id"] == "KODE_UNIT"


def test_blank_lines_are_skipped_but_counted_so_line_numbers_match_the_editor(regencies):
    text = f"\n{UNIT_HEADERS}\n\n  {UNIT_ROW}  \n,,,,,\nB-2,Y,32.11,P,pemda,Dinas\n"
    upload = read_upload("u.csv", text.encode(), regencies)
    assert upload.tables["units"]["_row"].tolist() == [4, 6]
    assert upload.tables["units"]["unit_id"].tolist() == ["A-1", "B-2"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_every_encoding_and_delimiter(regencies, delimiter, encoding):
    rows = [UNIT_HEADERS.split(","), ["C-3", "Caf\u00e9 \u2019Pelayanan\u2019", "32.11", "P; ltd", "pemda", "Dinas"]]
    text = "\r\n".join(delimiter.join(f'"{cell}"' if delimiter in cell else cell for cell in row) for row in rows)
    upload = read_upload("u.csv", text.encode(encoding), regencies)
    assert upload.problems == []
    assert upload.tables["units"].iloc[0][["name", "instansi"]].tolist() == ["Caf\u00e9 \u2019Pelayanan\u2019", "P; ltd"]


def test_a_csv_is_recognised_by_its_headers(regencies):
    upload = read_upload("x.csv", "Kabupaten/kota,Tahun,Nilai\n32.11,2021,85\n".encode(), regencies)
    assert list(upload.tables) == ["ombudsman"]
    assert upload.tables["ombudsman"].iloc[0]["zone"] == "hijau"


def test_a_csv_matching_no_table_is_named(regencies):
    upload = read_upload("acak.csv", b"foo,bar\n1,2\n", regencies)
    assert upload.problems == [Problem("acak.csv", None, None, None, "unknown_table")]
    assert upload.tables == {}


def test_a_missing_required_column_names_the_expected_indonesian_header(regencies):
    upload = read_upload("e.csv", b"Kode unit,Tanggal,Catatan\nA-1,2021-01-01,x\n", regencies)
    assert upload.problems == [Problem("e.csv", None, "Tahap", None, "missing_column")]


def test_an_unterminated_quote_names_the_line_it_starts_on(regencies):
    text = f'{UNIT_HEADERS}\n{UNIT_ROW}\nB-2,"Dinas Y,32.11,P,pemda,Dinas\nC-3,Z,32.11,P,pemda,Dinas\n'
    upload = read_upload("u.csv", text.encode(), regencies)
    assert [(p.reason, p.row) for p in upload.problems] == [("broken_csv", 3)]


def test_a_row_with_more_cells_than_headers_is_named(regencies):
    upload = read_upload("u.csv", f"{UNIT_HEADERS}\n{UNIT_ROW},geser\n{UNIT_ROW},,\n".encode(), regencies)
    assert upload.problems == [Problem("u.csv", 2, "G", "geser", "extra_cells")]


def test_too_many_rows_stops_reading(regencies, monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_IMPORT_MAX_ROWS", "2")
    upload = read_upload("u.csv", (UNIT_HEADERS + f"\n{UNIT_ROW}" * 3).encode(), regencies)
    assert upload.problems == [Problem("u.csv", None, None, None, "too_many_rows", {"limit": 2})]
    assert read_upload("u.csv", (UNIT_HEADERS + f"\n{UNIT_ROW}" * 2).encode(), regencies).problems == []


def test_a_header_only_file_has_nothing_to_import(regencies):
    assert read_upload("u.csv", UNIT_HEADERS.encode(), regencies).problems == [
        Problem("u.csv", None, None, None, "no_rows")]


def test_a_refused_file_is_not_parsed(regencies):
    assert read_upload("u.csv", b"", regencies).problems == [Problem("u.csv", None, None, None, "empty_file")]


def test_workbook_sheets_are_matched_by_name_and_others_ignored(regencies):
    content = _book({"Petunjuk": [["Isi data"]], "units": [[""], UNIT_HEADERS.split(","), UNIT_ROW.split(",")],
                     "Catatan saya": [["Kode unit"], ["zzz"]]})
    upload = read_upload("data.xlsx", content, regencies)
    assert upload.problems == []
    assert upload.tables["units"][["_file", "_row"]].values.tolist() == [["data.xlsx \u203a units", 3]]


def test_workbook_cells_become_text_dates_iso_and_whole_numbers_without_point_zero(regencies):
    content = _book({"Riwayat Tahap": [["Kode unit", "Tanggal", "Tahap", "Nilai", "Catatan"],
                                       [1001, datetime(2021, 3, 4, 15, 30), "Pencanangan", 85.0, True],
                                       [1001, 44300, "Pembangunan", 85.25, None]]})
    upload = read_upload("d.xlsx", content, regencies)
    assert upload.problems == []
    assert upload.tables["events"][["unit_id", "date", "stage", "score", "note"]].values.tolist() == [
        ["1001", "2021-03-04", "pencanangan", "85", "true"], ["1001", "2021-04-14", "pembangunan", "85.25", None]]


def test_a_workbook_without_known_sheets_is_named(regencies):
    upload = read_upload("d.xlsx", _book({"Petunjuk": [["Isi data"]], "Sheet2": [["a"], ["b"]]}), regencies)
    assert upload.problems == [Problem("d.xlsx", None, None, None, "no_known_sheet")]


def test_merged_cells_below_the_header_are_named_by_range(regencies):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Unit"
    sheet.merge_cells("A1:B1")
    for row in (UNIT_HEADERS.split(","), UNIT_ROW.split(","), ["B-2", "Y", "32.11", "P", "pemda", "Dinas"]):
        sheet.append(row)
    sheet.merge_cells("C3:C4")
    out = io.BytesIO()
    book.save(out)
    upload = read_upload("m.xlsx", out.getvalue(), regencies)
    assert upload.problems == [Problem("m.xlsx \u203a Unit", None, None, "C3:C4", "merged_cells", {"range": "C3:C4"})]


def test_formulas_give_their_cached_value_or_else_their_text(regencies):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Ombudsman"
    sheet.append(["Kabupaten/kota", "Tahun", "Nilai"])
    sheet.append(["32.11", 2021, "=SUM(C5:C6)"])
    out = io.BytesIO()
    book.save(out)
    upload = read_upload("f.xlsx", out.getvalue(), regencies)  # openpyxl caches no values: the formula text stays
    assert upload.tables["ombudsman"]["score"].tolist() == ["=SUM(C5:C6)"]
    cached = _rewrite(out.getvalue(), "xl/worksheets/sheet1.xml", b"<f>SUM(C5:C6)</f><v></v>",
                      b"<f>SUM(C5:C6)</f><v>77.5</v>")
    assert read_upload("f.xlsx", cached, regencies).tables["ombudsman"]["score"].tolist() == ["77.5"]


def test_text_that_looks_like_a_formula_is_kept_literally(regencies):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Unit"
    sheet.append(UNIT_HEADERS.split(","))
    sheet.append(["A-1", "=HYPERLINK(\"http://x\")", "32.11", "P", "pemda", "Dinas"])
    sheet["B2"].data_type = "s"
    out = io.BytesIO()
    book.save(out)
    assert read_upload("t.xlsx", out.getvalue(), regencies).tables["units"]["name"].tolist() == [
        "=HYPERLINK(\"http://x\")"]


def test_hidden_rows_are_read(regencies):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Unit"
    for row in (UNIT_HEADERS.split(","), UNIT_ROW.split(",")):
        sheet.append(row)
    sheet.row_dimensions[2].hidden = True
    out = io.BytesIO()
    book.save(out)
    assert read_upload("h.xlsx", out.getvalue(), regencies).tables["units"]["_row"].tolist() == [2]

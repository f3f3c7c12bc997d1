import io
import zipfile
from datetime import datetime

import openpyxl
import pytest

from pantau_zi.i18n import t
from pantau_zi.importing.reading import in_template_words, read_upload
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


# Real office workbooks (issue #12): a report title above the table, a merged group header, totals rows, extra sheets.
UNIT_COLUMNS = ["Kode unit", "Nama unit", "Kabupaten/kota", "Instansi", "Jenis pemilik", "Jenis unit"]
UNIT_CELLS = ["A-1", "Dinas X", "32.11", "Pemkab Sumedang", "Pemda", "Dinas"]
TITLE = "REKAPITULASI ZONA INTEGRITAS KABUPATEN SUMEDANG TAHUN 2023"


def _notices(upload) -> set[tuple]:
    return {(n.reason, n.file, n.row) for n in upload.notices}


def test_a_title_above_the_header_is_skipped_and_the_header_row_is_named(regencies):
    content = _book({"Unit": [[TITLE], [], UNIT_COLUMNS, UNIT_CELLS, ["A-2", *UNIT_CELLS[1:]]]}, {"Unit": "A1:F1"})
    upload = read_upload("rekap.xlsx", content, regencies)
    assert upload.problems == []
    assert upload.tables["units"]["unit_id"].tolist() == ["A-1", "A-2"]
    assert upload.tables["units"]["_row"].tolist() == [4, 5]
    [notice] = upload.notices
    assert (notice.reason, notice.file, notice.row) == ("header_row", "rekap.xlsx \u203a Unit", 3)
    assert t(f"notice.{notice.reason}", **notice.params).startswith("judul tabel ditemukan di baris 3")


def test_a_title_above_a_csv_header_is_skipped_too(regencies):
    content = f"{TITLE}\n\n{UNIT_HEADERS}\n{UNIT_ROW}\n".encode()
    upload = read_upload("rekap.csv", content, regencies)
    assert upload.problems == [] and upload.tables["units"]["_row"].tolist() == [4]
    assert _notices(upload) == {("header_row", "rekap.csv", 3)}


def test_a_merged_group_header_is_read_as_the_named_columns_under_it(regencies):
    parts = ["Manajemen perubahan", "Penataan tatalaksana", "Penataan SDM", "Penguatan akuntabilitas",
             "Penguatan pengawasan", "Peningkatan pelayanan publik", "IPAK", "Capaian kinerja", "IPKP"]
    content = _book({"Unit": [UNIT_COLUMNS, UNIT_CELLS],
                     "LKE": [["Kode unit", "Tahun", "Komponen LKE", *[None] * 8, "Nilai total"], [None, None, *parts],
                             ["A-1", 2022, 7, 6, 9, 9, 13, 9, 15, 4, 16, 88]]},
                    {"LKE": "C1:K1"})
    upload = _merged_too(content, ["A1:A2", "B1:B2", "L1:L2"])
    upload = read_upload("lke.xlsx", upload, regencies)
    assert upload.problems == []
    assert upload.tables["lke"][["unit_id", "year", "sdm", "ipkp", "total", "_row"]].values.tolist() == [
        ["A-1", "2022", "9", "16", "88", 3]]
    assert _notices(upload) == {("sub_header", "lke.xlsx \u203a LKE", 2)}


def _merged_too(content: bytes, ranges: list[str]) -> bytes:
    """The workbook's LKE sheet (the second) with more merged ranges, as a hand-made header would have."""
    cells = "".join(f'<mergeCell ref="{ref}"/>' for ref in ranges)
    return _rewrite(content, "xl/worksheets/sheet2.xml", b'<mergeCells count="1">',
                    f'<mergeCells count="{1 + len(ranges)}">{cells}'.encode())


def test_a_merged_header_without_named_columns_under_it_says_to_unmerge(regencies):
    header = ["Kode unit", "Nama unit", "Kabupaten/kota", "Instansi", "Jenis", None]
    content = _book({"Unit": [header, UNIT_CELLS]}, {"Unit": "E1:F1"})
    problems = read_upload("jenis.xlsx", content, regencies).problems
    assert {(p.column, p.reason, p.params["range"]) for p in problems} == {
        ("Jenis pemilik", "missing_column_merged", "E1:F1"), ("Jenis unit", "missing_column_merged", "E1:F1")}


@pytest.mark.parametrize("totals", [
    ["JUMLAH", None, None, None, None, None], ["TOTAL", "2 unit"], ["Total:"],
    [None, None, None, None, None, "=COUNTA(F2:F3)"], ["Jumlah unit", "=COUNTA(A2:A3)"],
])
def test_a_totals_row_is_skipped_with_a_notice_instead_of_problems(regencies, totals):
    content = _book({"Unit": [UNIT_COLUMNS, UNIT_CELLS, ["A-2", *UNIT_CELLS[1:]], totals]})
    upload = read_upload("rekap.xlsx", content, regencies)
    assert upload.problems == []
    assert upload.tables["units"]["unit_id"].tolist() == ["A-1", "A-2"]
    assert _notices(upload) == {("totals_row", "rekap.xlsx \u203a Unit", 4)}


def test_a_merged_totals_label_is_not_a_merged_cell_problem(regencies):
    content = _book({"Unit": [UNIT_COLUMNS, UNIT_CELLS, ["JUMLAH", None, None, "=COUNTA(D2:D2)"]]}, {"Unit": "A3:C3"})
    upload = read_upload("rekap.xlsx", content, regencies)
    assert upload.problems == [] and len(upload.tables["units"]) == 1


def test_a_rows_own_sum_and_a_unit_named_total_are_data(regencies):
    lke = ["Kode unit", "Tahun", "Manajemen perubahan", "Penataan tatalaksana", "Penataan SDM",
           "Penguatan akuntabilitas", "Penguatan pengawasan", "Peningkatan pelayanan publik", "IPAK",
           "Capaian kinerja", "IPKP", "Nilai total"]
    content = _book({"Unit": [UNIT_COLUMNS, ["TOTAL-1", *UNIT_CELLS[1:]]],
                     "LKE": [lke, ["TOTAL-1", 2022, 7, 6, 9, 9, 13, 9, 15, 4, 16, "=SUM(C2:K2)"]]})
    upload = read_upload("lke.xlsx", content, regencies)
    assert upload.notices == [] and len(upload.tables["lke"]) == 1 and len(upload.tables["units"]) == 1


def test_a_totals_row_in_a_csv_is_skipped_too(regencies):
    upload = read_upload("unit.csv", f"{UNIT_HEADERS}\n{UNIT_ROW}\nJUMLAH,1,,,,\n".encode(), regencies)
    assert upload.problems == [] and len(upload.tables["units"]) == 1
    assert _notices(upload) == {("totals_row", "unit.csv", 3)}


def test_a_sheet_named_otherwise_is_read_by_its_headers_and_one_matching_nothing_is_named(regencies):
    content = _book({"Unit": [UNIT_COLUMNS, UNIT_CELLS],
                     "Unit Kerja Tambahan": [UNIT_COLUMNS, ["A-2", *UNIT_CELLS[1:]]],
                     "Catatan": [["Disusun oleh Bagian Organisasi"], ["Diperbarui 2023"]],
                     "Petunjuk": [["Isi mulai baris 2"]]})
    upload = read_upload("rekap.xlsx", content, regencies)
    assert upload.problems == []
    assert upload.tables["units"]["_file"].tolist() == ["rekap.xlsx \u203a Unit", "rekap.xlsx \u203a Unit Kerja Tambahan"]
    assert _notices(upload) == {("sheet_read_as", "rekap.xlsx \u203a Unit Kerja Tambahan", None),
                                ("sheet_not_read", "rekap.xlsx \u203a Catatan", None)}
    read_as = next(n for n in upload.notices if n.reason == "sheet_read_as")
    assert read_as.params == {"sheet": "Unit Kerja Tambahan", "as": "Unit"}


def test_a_field_past_the_csv_limit_is_not_called_an_unclosed_quote(regencies):
    content = f"{UNIT_HEADERS}\nA-1,{'x' * 140_000},32.11,Pemkab,pemda,Dinas\n".encode()
    [problem] = read_upload("unit.csv", content, regencies).problems
    assert (problem.reason, problem.row) == ("field_too_long", 2)
    assert "131072 karakter" in t(f"reason.{problem.reason}", **problem.params)


# Problems in the template's words (issue #12, item 7)
def _events(rows: list[list], headers=("Kode unit", "Tanggal", "Tahap")) -> bytes:
    return _book({"Riwayat Tahap": [list(headers), *rows]})


def test_problems_show_the_value_as_typed_and_the_header_used(regencies):
    upload = read_upload("e.xlsx", _events([["A-1", "01/03/2019", "Pencanangan"], ["A-1", "02/03/2019", "WBK"]]),
                         regencies)
    label = "e.xlsx \u203a Riwayat Tahap"
    [worded] = in_template_words([Problem(label, 3, "stage", "wbk", "award_without_proposal")], upload)
    assert (worded.column, worded.value, worded.reason) == ("Tahap", "WBK", "award_without_proposal")


def test_a_value_outside_the_list_names_the_drop_down_labels_in_the_files_language(regencies):
    units = "Unit code,Unit name,Regency/city,Agency,Owner type,Unit type\nA-1,X,32.11,Pemkab,Pusat,Dinas\n"
    upload = read_upload("u.csv", units.encode(), regencies)
    [worded] = in_template_words([Problem("u.csv", 2, "owner_type", "Pusat", "not_allowed",
                                          {"allowed": "pemda, vertikal"})], upload)
    assert (worded.column, worded.value, worded.reason) == ("Owner type", "Pusat", "not_in_list")
    assert worded.params == {"allowed": "Regional government, Central agency"}
    upload = read_upload("u.csv", f"{UNIT_HEADERS}\nA-1,X,32.11,Pemkab,Pusat,Dinas\n".encode(), regencies)
    [worded] = in_template_words([Problem("u.csv", 2, "owner_type", "Pusat", "not_allowed")], upload)
    assert t(f"reason.{worded.reason}", **worded.params).endswith("pilih salah satu: Pemda, Instansi vertikal")


@pytest.mark.parametrize(("typed", "reason", "text"), [
    ("31/02/2022", "no_such_date", "tanggal 31/02/2022 tidak ada"),
    ("2021-02-29", "no_such_date", "tanggal 2021-02-29 tidak ada"),
    ("kemarin", "unreadable_date", "bukan tanggal yang terbaca; tulis seperti 21/06/2019"),
])
def test_an_unreadable_date_says_what_is_wrong_with_it_as_typed(regencies, typed, reason, text):
    upload = read_upload("e.xlsx", _events([["A-1", typed, "Pencanangan"]]), regencies)
    label = "e.xlsx \u203a Riwayat Tahap"
    [worded] = in_template_words([Problem(label, 2, "date", typed, "bad_date")], upload)
    assert (worded.column, worded.value, worded.reason) == ("Tanggal", typed, reason)
    text_shown = t(f"reason.{worded.reason}", **worded.params)
    assert text_shown.startswith(text) and "TTTT" not in text_shown


def test_a_problem_in_the_first_of_two_sheets_for_one_table_is_named_once(regencies):
    content = _book({"Unit": [UNIT_COLUMNS, ["A-1", "x" * 301, *UNIT_CELLS[2:]]],
                     "Unit Kerja Tambahan": [UNIT_COLUMNS, ["A-2", *UNIT_CELLS[1:]]]})
    problems = read_upload("rekap.xlsx", content, regencies).problems
    assert [(p.file, p.row, p.reason) for p in problems] == [("rekap.xlsx \u203a Unit", 2, "too_long")]


def test_a_stage_outside_the_list_names_the_stages_as_the_drop_down_offers_them(regencies):
    upload = read_upload("e.xlsx", _events([["A-1", "01/03/2019", "Usulan TPN"]]), regencies)
    [worded] = in_template_words([Problem("e.xlsx \u203a Riwayat Tahap", 2, "stage", "Usulan TPN", "not_allowed",
                                          {"allowed": "dicabut, evaluasi_tpn, pembangunan"})], upload)
    assert worded.params == {"allowed": "Pencanangan, Pembangunan, Diusulkan, Evaluasi TPN, WBK, WBBM, Dicabut"}

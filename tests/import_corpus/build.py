"""Build the corpus of malformed and hostile import files and MANIFEST.csv; run it to regenerate them.

Deterministic: workbooks get fixed timestamps. Read the corpus with LIMITS set (as test_import_corpus does): the
oversized and too-many-rows files are sized against these small limits so the folder stays small. Unit ids are
unique to the corpus (KOR-...) and regions are real (32.11 Kabupaten Sumedang, 73.04 Kabupaten Jeneponto).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
LIMITS = {"PANTAU_ZI_IMPORT_MAX_MB": "0.15", "PANTAU_ZI_IMPORT_MAX_ROWS": "1000",
          "PANTAU_ZI_IMPORT_MAX_EXPANDED_MB": "100"}
FIELDS = ("file", "outcome", "reason", "where", "row", "column", "value")
ARROW = " \u203a "
UNIT_HEADERS = ["Kode unit", "Nama unit", "Kabupaten/kota", "Instansi", "Jenis pemilik", "Jenis unit",
                "Melayani publik"]
EVENT_HEADERS = ["Kode unit", "Tanggal", "Tahap", "Nilai", "Catatan"]
OMBUDSMAN_HEADERS = ["Kabupaten/kota", "Tahun", "Nilai", "Zona"]
_FIXED = (1980, 1, 1, 0, 0, 0)


def unit(unit_id: str, name: str = "Dinas Kependudukan", region: str = "32.11") -> list[str]:
    return [unit_id, name, region, "Pemerintah Kabupaten Sumedang", "Pemda", "Disdukcapil", "ya"]


def csv_bytes(rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8", newline: str = "\r\n") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return out.getvalue().encode(encoding)


def stable(content: bytes, replace: dict[str, tuple[bytes, bytes]] | None = None) -> bytes:
    """The zip rebuilt with fixed timestamps (and optional text replacements per member), so builds are identical."""
    source, out = zipfile.ZipFile(io.BytesIO(content)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-01-01T00:00:00Z", data)
            if replace and info.filename in replace:
                old, new = replace[info.filename]
                assert old in data, (info.filename, old)
                data = data.replace(old, new)
            archive.writestr(zipfile.ZipInfo(info.filename, _FIXED), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def workbook(sheets: dict[str, list[list]], merge: dict[str, str | tuple[str, ...]] | None = None, hidden_rows: tuple = (),
             replace: dict[str, tuple[bytes, bytes]] | None = None) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for row_number in hidden_rows:
            sheet.row_dimensions[row_number].hidden = True
    for title, cells in (merge or {}).items():
        for ref in [cells] if isinstance(cells, str) else cells:
            book[title].merge_cells(ref)
    out = io.BytesIO()
    book.save(out)
    return stable(out.getvalue(), replace)


def units_and_events(prefix: str, events: list[list], units: list[list] | None = None) -> bytes:
    return workbook({"Unit": [UNIT_HEADERS, *(units or [unit(f"{prefix}-1")])], "Riwayat Tahap": [EVENT_HEADERS, *events]})


def zip_bomb() -> bytes:
    """101 MB of zeros in a ~100 KB member, streamed so building it never holds the whole in memory."""
    base = zipfile.ZipFile(io.BytesIO(workbook({"Unit": [UNIT_HEADERS]})))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for info in base.infolist():
            archive.writestr(zipfile.ZipInfo(info.filename, _FIXED), base.read(info), zipfile.ZIP_DEFLATED)
        member = zipfile.ZipInfo("xl/media/image1.png", _FIXED)
        member.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(member, "w", force_zip64=True) as stream:
            for _ in range(101):
                stream.write(b"\0" * 1_000_000)
    return out.getvalue()


def with_member(content: bytes, name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        source = zipfile.ZipFile(io.BytesIO(content))
        for info in source.infolist():
            archive.writestr(zipfile.ZipInfo(info.filename, _FIXED), source.read(info), zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo(name, _FIXED), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def cases() -> list[tuple[str, bytes, dict]]:
    """(file name, content, manifest fields) for every corpus file."""
    ok = {"outcome": "accepted"}

    def refused(reason, where, row="", column="", value=""):
        return {"outcome": "refused", "reason": reason, "where": where, "row": row, "column": column, "value": value}

    def invalid(reason, where, row="", column="", value=""):
        return {"outcome": "invalid", "reason": reason, "where": where, "row": row, "column": column, "value": value}

    units_csv = [UNIT_HEADERS, unit("KOR-A-1"), unit("KOR-A-2", "Dinas Penanaman Modal")]
    sheet = "Riwayat Tahap"
    big_row = unit("KOR-BIG-1", "x" * 200)
    found = [
        # refused before or while reading
        ("empty.csv", b"", refused("empty_file", "empty.csv")),
        ("empty.xlsx", b"", refused("empty_file", "empty.xlsx")),
        ("oversized.csv", csv_bytes([UNIT_HEADERS] + [big_row] * 600), refused("file_too_large", "oversized.csv")),
        ("too_many_rows.csv", csv_bytes([OMBUDSMAN_HEADERS] + [["32.11", "2021", "85", "Hijau"]] * 1001),
         refused("too_many_rows", "too_many_rows.csv")),
        ("zip_bomb.xlsx", zip_bomb(), refused("archive_too_large", "zip_bomb.xlsx")),
        ("macro.xlsm", workbook({"Unit": [UNIT_HEADERS, unit("KOR-M-1")]}), refused("macro_workbook", "macro.xlsm")),
        ("vba_project_named_xlsx.xlsx", with_member(workbook({"Unit": [UNIT_HEADERS, unit("KOR-M-2")]}),
                                                    "xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"\0" * 508),
         refused("macro_workbook", "vba_project_named_xlsx.xlsx")),
        ("macro_content_type.xlsx", workbook({"Unit": [UNIT_HEADERS, unit("KOR-M-3")]}, replace={
            "[Content_Types].xml": (b"spreadsheetml.sheet.main+xml", b"sheet.macroEnabled.main+xml")}),
         refused("macro_workbook", "macro_content_type.xlsx")),
        ("old_binary.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1016, refused("old_excel", "old_binary.xls")),
        ("old_binary_renamed.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1016,
         refused("old_excel", "old_binary_renamed.xlsx")),
        ("pdf_renamed.xlsx", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
         refused("not_xlsx", "pdf_renamed.xlsx")),
        ("png_renamed.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0",
         refused("not_text", "png_renamed.csv")),
        ("xlsx_renamed.csv", workbook({"Unit": [UNIT_HEADERS]}), refused("not_text", "xlsx_renamed.csv")),
        ("nul_bytes.csv", csv_bytes(units_csv).replace(b"Dinas Kependudukan", b"Dinas\0Kependudukan", 1),
         refused("not_text", "nul_bytes.csv")),
        ("unsupported.json", b'{"units": []}', refused("unsupported_type", "unsupported.json")),
        ("truncated.xlsx", workbook({"Unit": [UNIT_HEADERS, unit("KOR-T-1")]})[:3000],
         refused("not_xlsx", "truncated.xlsx")),
        ("truncated.csv", csv_bytes([UNIT_HEADERS, unit("KOR-T-2"), unit("KOR-T-3", 'Dinas "Kota", Barat')])[:-60],
         refused("broken_csv", "truncated.csv", row="3")),
        ("stray_quote.csv", b"Kode unit,Nama unit\r\nKOR-Q-1,\"Dinas\" Barat\r\n", refused("broken_csv", "stray_quote.csv",
                                                                                          row="2")),
        ("header_only.csv", csv_bytes([UNIT_HEADERS]), refused("no_rows", "header_only.csv")),
        ("header_only.xlsx", workbook({"Unit": [UNIT_HEADERS], sheet: [EVENT_HEADERS]}),
         refused("no_rows", "header_only.xlsx")),
        ("blank_lines_only.csv", b"\r\n \r\n,,\r\n", refused("no_rows", "blank_lines_only.csv")),
        ("instructions_only.xlsx", workbook({"Petunjuk": [["Isi setiap sheet mulai baris 2."], ["Kode unit: ..."]]}),
         refused("no_known_sheet", "instructions_only.xlsx")),
        ("wrong_headers.csv", csv_bytes([["ID", "Nama", "Alamat"], ["1", "Dinas", "Jl. Merdeka"]]),
         refused("unknown_table", "wrong_headers.csv")),
        ("missing_column.csv", csv_bytes([UNIT_HEADERS[:5], unit("KOR-C-1")[:5]]),
         refused("missing_column", "missing_column.csv", column="Jenis unit")),
        ("missing_column.xlsx", workbook({"Unit": [UNIT_HEADERS, unit("KOR-C-2")],
                                          sheet: [["Kode unit", "Tahap"], ["KOR-C-2", "Pencanangan"]]}),
         refused("missing_column", f"missing_column.xlsx{ARROW}{sheet}", column="Tanggal")),
        ("merged_cells.xlsx", workbook({"Unit": [UNIT_HEADERS, unit("KOR-G-1"), unit("KOR-G-2")]}, {"Unit": "C2:C3"}),
         refused("merged_cells", f"merged_cells.xlsx{ARROW}Unit", value="C2:C3")),
        ("more_cells_than_headers.csv", csv_bytes([UNIT_HEADERS, unit("KOR-X-1"), unit("KOR-X-2") + ["geser"]]),
         refused("extra_cells", "more_cells_than_headers.csv", row="3", column="H", value="geser")),
        ("ambiguous_region.csv", csv_bytes([UNIT_HEADERS, unit("KOR-R-1", region="Bandung")]),
         refused("ambiguous_region", "ambiguous_region.csv", row="2", column="Kabupaten/kota", value="Bandung")),
        # read fine; the dataset schemas refuse them
        ("duplicate_unit_codes.csv", csv_bytes([UNIT_HEADERS, unit("KOR-D-1"), unit("KOR-D-1", "Dinas Lain")]),
         invalid("duplicate", "duplicate_unit_codes.csv", row="3", column="Kode unit", value="KOR-D-1")),
        ("duplicate_events.xlsx", units_and_events("KOR-E", [["KOR-E-1", "01/03/2019", "Pencanangan"],
                                                             ["KOR-E-1", "01/04/2019", "Pembangunan"],
                                                             ["KOR-E-1", "01/04/2019", "Pembangunan"]]),
         invalid("duplicate", f"duplicate_events.xlsx{ARROW}{sheet}", row="4", column="Kode peristiwa",
                 value="KOR-E-1.2019-04-01.pembangunan")),
        ("unknown_region_code.csv", csv_bytes([UNIT_HEADERS, unit("KOR-U-1", region="99.99")]),
         invalid("unknown_region", "unknown_region_code.csv", row="2", column="Kabupaten/kota", value="99.99")),
        ("unknown_region_name.csv", csv_bytes([UNIT_HEADERS, unit("KOR-U-2", region="Kabupaten Atlantis")]),
         invalid("unknown_region", "unknown_region_name.csv", row="2", column="Kabupaten/kota",
                 value="Kabupaten Atlantis")),
        ("unknown_unit_in_events.xlsx", units_and_events("KOR-N", [["KOR-N-9", "01/03/2019", "Pencanangan"]]),
         invalid("unknown_unit", f"unknown_unit_in_events.xlsx{ARROW}{sheet}", row="2", column="Kode unit",
                 value="KOR-N-9")),
        ("usulan_before_pencanangan.xlsx", units_and_events("KOR-L1", [["KOR-L1-1", "01/02/2019", "Diusulkan"],
                                                                       ["KOR-L1-1", "01/03/2019", "Pencanangan"]]),
         invalid("before_declaration", f"usulan_before_pencanangan.xlsx{ARROW}{sheet}", row="2", column="Tahap",
                 value="Diusulkan")),
        ("evaluasi_without_usulan.xlsx", units_and_events("KOR-L2", [["KOR-L2-1", "01/03/2019", "Pencanangan"],
                                                                     ["KOR-L2-1", "01/09/2019", "Evaluasi TPN"]]),
         invalid("evaluation_without_proposal", f"evaluasi_without_usulan.xlsx{ARROW}{sheet}", row="3",
                 column="Tahap", value="Evaluasi TPN")),
        ("wbbm_without_wbk.xlsx", units_and_events("KOR-L3", [["KOR-L3-1", "01/03/2019", "Pencanangan"],
                                                              ["KOR-L3-1", "01/06/2020", "Diusulkan"],
                                                              ["KOR-L3-1", "10/12/2020", "WBBM"]]),
         invalid("wbbm_without_wbk", f"wbbm_without_wbk.xlsx{ARROW}{sheet}", row="4", column="Tahap", value="WBBM")),
        ("reproposed_within_ban.xlsx", units_and_events("KOR-L4", [["KOR-L4-1", "01/03/2015", "Pencanangan"],
                                                                   ["KOR-L4-1", "01/06/2016", "Diusulkan"],
                                                                   ["KOR-L4-1", "10/12/2016", "WBK"],
                                                                   ["KOR-L4-1", "15/01/2018", "Dicabut"],
                                                                   ["KOR-L4-1", "01/06/2019", "Diusulkan"]]),
         invalid("reproposed_within_ban", f"reproposed_within_ban.xlsx{ARROW}{sheet}", row="6", column="Tahap",
                 value="Diusulkan")),
        ("impossible_date.xlsx", units_and_events("KOR-B1", [["KOR-B1-1", "31/02/2021", "Pencanangan"]]),
         invalid("no_such_date", f"impossible_date.xlsx{ARROW}{sheet}", row="2", column="Tanggal", value="31/02/2021")),
        ("word_date.xlsx", units_and_events("KOR-B2", [["KOR-B2-1", "kemarin", "Pencanangan"]]),
         invalid("unreadable_date", f"word_date.xlsx{ARROW}{sheet}", row="2", column="Tanggal", value="kemarin")),
        ("serial_out_of_range.xlsx", units_and_events("KOR-B3", [["KOR-B3-1", 123, "Pencanangan"]]),
         invalid("unreadable_date", f"serial_out_of_range.xlsx{ARROW}{sheet}", row="2", column="Tanggal", value="123")),
        ("score_in_words.csv", csv_bytes([OMBUDSMAN_HEADERS, ["73.04", "2021", "delapan puluh", "Hijau"]]),
         invalid("not_number", "score_in_words.csv", row="2", column="Nilai", value="delapan puluh")),
        ("formula_without_cached_value.xlsx", workbook({"Ombudsman": [OMBUDSMAN_HEADERS,
                                                                      ["73.04", 2022, "=SUM(C5:C6)", "Kuning"]]}),
         invalid("not_number", f"formula_without_cached_value.xlsx{ARROW}Ombudsman", row="2", column="Nilai",
                 value="=SUM(C5:C6)")),
    ]
    found += _accepted(ok)
    found += _merging(ok, invalid)
    found += _real_office_files()
    return found


def _merging(ok: dict, invalid) -> list[tuple[str, bytes, dict]]:
    """How a file meets the stored data (issue #12): stored ids, award-only histories. The stored data the pipeline
    test lays them over is the mini fixture (U4 is Kota Bandung's, 32.73)."""
    sheet = "Riwayat Tahap"
    return [
        ("unit_of_another_region.csv", csv_bytes([UNIT_HEADERS, unit("U4", "DPMPTSP Kabupaten Sumedang")]),
         invalid("unit_in_other_region", "unit_of_another_region.csv", row="2", column="Kode unit", value="U4")),
        ("award_only.xlsx", units_and_events("KOR-AW", [["KOR-AW-1", "06/12/2023", "WBK", None, "Diberitakan"],
                                                        ["KOR-AW-2", "30/06/2022", "Dicabut"],
                                                        ["KOR-AW-3", "2021", "WBBM"]],
                                             units=[unit("KOR-AW-1", "Kecamatan Jatinangor"),
                                                    unit("KOR-AW-2", "Polres Sumedang Lama"),
                                                    unit("KOR-AW-3", "UP Sumedang")]), ok),
        ("wbk_after_wbbm.xlsx", units_and_events("KOR-AW4", [["KOR-AW4-1", "10/12/2019", "WBBM"],
                                                             ["KOR-AW4-1", "10/12/2021", "WBK"]]),
         invalid("wbk_already_held", f"wbk_after_wbbm.xlsx{ARROW}{sheet}", row="3", column="Tahap", value="WBK")),
    ]


def _accepted(ok: dict) -> list[tuple[str, bytes, dict]]:
    rows = [UNIT_HEADERS, unit("KOR-ENC-1", "Caf\u00e9 \u2019Layanan\u2019 Sumedang")]

    def named(prefix: str, rows_: list[list[str]]) -> list[list[str]]:
        return [rows_[0]] + [[f"{prefix}{row[0][len('KOR-ENC'):]}", *row[1:]] for row in rows_[1:]]

    injections = ["=HYPERLINK(\"http://evil.example\",\"klik\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)"]
    scripts = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "**x**", "[x](javascript:alert(1))"]
    cached = workbook({"Ombudsman": [OMBUDSMAN_HEADERS, ["73.04", 2023, "=SUM(C5:C6)"]]},
                      replace={"xl/worksheets/sheet1.xml": (b"<f>SUM(C5:C6)</f><v></v>", b"<f>SUM(C5:C6)</f><v>77.5</v>")})
    lke_headers = ["Kode unit", "Tahun", "Manajemen perubahan", "Penataan tatalaksana", "Penataan SDM",
                   "Penguatan akuntabilitas", "Penguatan pengawasan", "Peningkatan pelayanan publik", "IPAK",
                   "Capaian kinerja", "IPKP", "Nilai total"]
    return [
        ("utf8.csv", csv_bytes(named("KOR-U8", rows)), ok),
        ("utf8_bom.csv", csv_bytes(named("KOR-BOM", rows), encoding="utf-8-sig"), ok),
        ("windows1252.csv", csv_bytes(named("KOR-1252", rows), delimiter=";", encoding="cp1252"), ok),
        ("utf16_unicode_text.txt", csv_bytes(named("KOR-U16", rows), delimiter="\t", encoding="utf-16"), ok),
        ("semicolon.csv", csv_bytes(named("KOR-SEMI", rows), delimiter=";"), ok),
        ("tab.csv", csv_bytes(named("KOR-TAB", rows), delimiter="\t"), ok),
        ("pipe.csv", csv_bytes(named("KOR-PIPE", rows), delimiter="|", newline="\n"), ok),
        ("decimal_comma.csv", csv_bytes([OMBUDSMAN_HEADERS, ["73.04", "2020", "85,5", ""]], delimiter=";"), ok),
        ("english_headers.csv", csv_bytes([["Unit code", "Unit name", "Regency/city", "Agency", "Owner type",
                                            "Unit type", "Serves the public"],
                                           ["KOR-EN-1", "Kantor Imigrasi", "Kabupaten Sumedang",
                                            "Kementerian Imigrasi", "Central agency", "Imigrasi", "yes"]]), ok),
        ("extra_unknown_column.csv", csv_bytes([UNIT_HEADERS + ["Keterangan lain"], unit("KOR-XC-1") + ["abc"]]), ok),
        ("blank_rows_and_spaces.csv", b"\r\n" + csv_bytes([[f"  {h} " for h in UNIT_HEADERS], [], unit("KOR-SP-1"),
                                                           ["", "", "", "", "", "", ""],
                                                           [f" {c}  " for c in unit("KOR-SP-2")], []]), ok),
        ("targets.csv", csv_bytes([["Kabupaten/kota", "Tahun penetapan", "Tahun tenggat", "Target pencanangan",
                                    "Target WBK", "Target WBBM"], ["73.04", "2021", "2024", "10", "3", ""]]), ok),
        ("formula_injection_names.csv", csv_bytes([UNIT_HEADERS] + [unit(f"KOR-FI-{n}", text)
                                                                    for n, text in enumerate(injections, 1)]), ok),
        ("script_injection.xlsx", units_and_events("KOR-SI", [
            ["KOR-SI-1", "01/03/2019", "Pencanangan", None, text] for text in scripts[:1]] + [
            ["KOR-SI-1", "01/04/2019", "Pembangunan", None, " ".join(scripts)]],
            units=[unit(f"KOR-SI-{n}", text) for n, text in enumerate(scripts, 1)]), ok),
        ("dates_in_every_form.xlsx", units_and_events("KOR-DT", [
            ["KOR-DT-1", "21 Juni 2019", "Pencanangan"], ["KOR-DT-1", "01-08-2019", "Pembangunan"],
            ["KOR-DT-1", "2.3.2020", "Diusulkan"], ["KOR-DT-1", 44174, "WBK", "85,25"],
            ["KOR-DT-2", "June 2019", "pencanangan"], ["KOR-DT-2", "2020", "pembangunan"],
            ["KOR-DT-2", "2020-11-05", "usulan"],
            ["KOR-DT-3", datetime(2021, 1, 4), "Pencanangan"], ["KOR-DT-3", "4/2/2021", "Pembangunan"],
        ], units=[unit("KOR-DT-1"), unit("KOR-DT-2"), unit("KOR-DT-3")]), ok),
        ("formula_with_cached_value.xlsx", cached, ok),
        ("hidden_rows.xlsx", workbook({"Unit": [UNIT_HEADERS, unit("KOR-H-1"), unit("KOR-H-2")]}, hidden_rows=(3,)), ok),
        ("lke_decimal_commas.xlsx", workbook({"Unit": [UNIT_HEADERS, unit("KOR-LK-1")], "LKE": [
            lke_headers, ["KOR-LK-1", 2021, "7,5", "6", "8,25", "9", "12", "8", "15", "4", "16", "85,75"]]}), ok),
        ("sheets_in_english.xlsx", workbook({"Units": [UNIT_HEADERS, unit("KOR-SE-1")],
                                             "Stage history": [EVENT_HEADERS, ["KOR-SE-1", "2019-03-01",
                                                                               "Declared"]]}), ok),
    ]


# --- Real office files (issue #12, reading): report titles, group headers, totals rows, extra sheets, the template's
# words, sanity limits. "noticed" files are read whole, with the notice the preview shows.
def _real_office_files() -> list[tuple[str, bytes, dict]]:
    def noticed(reason, where, row=""):
        return {"outcome": "noticed", "reason": reason, "where": where, "row": row}

    def refused(reason, where, row="", column="", value=""):
        return {"outcome": "refused", "reason": reason, "where": where, "row": row, "column": column, "value": value}

    title = "REKAPITULASI ZONA INTEGRITAS KABUPATEN SUMEDANG TAHUN 2023"
    lke_parts = ["Manajemen perubahan", "Penataan tatalaksana", "Penataan SDM", "Penguatan akuntabilitas",
                 "Penguatan pengawasan", "Peningkatan pelayanan publik", "IPAK", "Capaian kinerja", "IPKP"]
    entity = b'<!DOCTYPE worksheet [<!ENTITY a "' + b"x" * 1000 + b'"><!ENTITY b "' + b"&a;" * 300 + b'">]><worksheet'
    long_name = stable(workbook({"Unit": [UNIT_HEADERS, unit("KOR-LN-1", "NAMA")]},
                                replace={"xl/worksheets/sheet1.xml": (b"<worksheet", entity)}),
                       {"xl/worksheets/sheet1.xml": (b"<t>NAMA</t>", b"<t>&b;</t>")})
    megabyte = workbook({"Unit": [UNIT_HEADERS, unit("KOR-MB-1", "NAMA")]},
                        replace={"xl/worksheets/sheet1.xml": (b"<t>NAMA</t>", b"<t>" + b"y" * 1_000_000 + b"</t>")})
    shown = "x" * 60 + "\u2026"
    return [
        ("extra_sheet_by_headers.xlsx", workbook({"Unit": [UNIT_HEADERS, unit("KOR-XS-1")],
                                                  "Unit Kerja Tambahan": [UNIT_HEADERS, unit("KOR-XS-2")]}),
         noticed("sheet_read_as", f"extra_sheet_by_headers.xlsx{ARROW}Unit Kerja Tambahan")),
        ("sheet_matching_nothing.xlsx", workbook({"Unit": [UNIT_HEADERS, unit("KOR-XS-3")],
                                                  "Rekap Pimpinan": [["Bagian", "Jumlah"], ["Organisasi", 3]]}),
         noticed("sheet_not_read", f"sheet_matching_nothing.xlsx{ARROW}Rekap Pimpinan")),
        ("title_rows.xlsx", workbook({"Unit": [[title], [], UNIT_HEADERS, unit("KOR-TR-1")]}, {"Unit": "A1:G1"}),
         noticed("header_row", f"title_rows.xlsx{ARROW}Unit", "3")),
        ("merged_group_header.xlsx", workbook({
            "Unit": [UNIT_HEADERS, unit("KOR-GH-1")],
            "LKE": [["Kode unit", "Tahun", "Komponen LKE", *[None] * 8, "Nilai total"], [None, None, *lke_parts],
                    ["KOR-GH-1", 2022, 7, 6, 9, 9, 13, 9, 15, 4, 16, 88]]},
            {"LKE": ("C1:K1", "A1:A2", "B1:B2", "L1:L2")}),
         noticed("sub_header", f"merged_group_header.xlsx{ARROW}LKE", "2")),
        ("totals_row.xlsx", workbook({"Unit": [[title], UNIT_HEADERS, unit("KOR-TT-1"), unit("KOR-TT-2"),
                                               ["JUMLAH", None, None, "=COUNTA(D3:D4)", None, None, None]]},
                                     {"Unit": ("A1:G1", "A5:C5")}),
         noticed("totals_row", f"totals_row.xlsx{ARROW}Unit", "5")),
        ("owner_type_not_in_list.csv", csv_bytes([UNIT_HEADERS, unit("KOR-OT-1")[:4] + ["Pusat", "Dinas", "ya"]]),
         {"outcome": "invalid", "reason": "not_in_list", "where": "owner_type_not_in_list.csv", "row": "2",
          "column": "Jenis pemilik", "value": "Pusat"}),
        ("utf16_without_bom.csv", csv_bytes([UNIT_HEADERS, unit("KOR-16-1")], encoding="utf-16-le"),
         refused("utf16_without_bom", "utf16_without_bom.csv")),
        ("field_past_csv_limit.csv", csv_bytes([UNIT_HEADERS, unit("KOR-FL-1", "x" * 131_073)]),
         refused("field_too_long", "field_past_csv_limit.csv", row="2")),
        ("entity_long_name.xlsx", long_name,
         refused("too_long", f"entity_long_name.xlsx{ARROW}Unit", row="2", column="Nama unit", value=shown)),
        ("megabyte_cell.xlsx", megabyte, refused("too_long", f"megabyte_cell.xlsx{ARROW}Unit", row="2",
                                                 column="Nama unit", value="y" * 60 + "\u2026")),
        ("event_in_year_one.xlsx", units_and_events("KOR-Y1", [["KOR-Y1-1", "0001-01-01", "Pencanangan"]]),
         refused("date_before_zi", f"event_in_year_one.xlsx{ARROW}Riwayat Tahap", row="2", column="Tanggal",
                 value="0001-01-01")),
        ("event_in_the_future.xlsx", units_and_events("KOR-Y2", [["KOR-Y2-1", "2099-01-01", "Pencanangan"]]),
         refused("date_in_future", f"event_in_the_future.xlsx{ARROW}Riwayat Tahap", row="2", column="Tanggal",
                 value="2099-01-01")),
    ]


def build() -> None:
    for old in HERE.iterdir():
        if old.name not in ("build.py", "__pycache__", "__init__.py"):
            old.unlink()
    with open(HERE / "MANIFEST.csv", "w", newline="", encoding="utf-8") as manifest:
        writer = csv.DictWriter(manifest, FIELDS, lineterminator="\n")
        writer.writeheader()
        for name, content, fields in cases():
            (HERE / name).write_bytes(content)
            writer.writerow({"file": name, "reason": "", "where": "", "row": "", "column": "", "value": "", **fields})


if __name__ == "__main__":
    build()

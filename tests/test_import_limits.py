import io
import random
import zipfile

import openpyxl
import pytest

from pantau_zi.i18n import t
from pantau_zi.importing.limits import refusal


def _xlsx() -> bytes:
    book = openpyxl.Workbook()
    book.active.title = "Unit"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _reason(name: str, content: bytes) -> str | None:
    problem = refusal(name, content)
    return None if problem is None else problem.reason


def test_a_real_workbook_and_a_real_csv_pass():
    assert refusal("data.xlsx", _xlsx()) is None
    assert refusal("data.csv", b"Kode unit,Nama unit\nA,B\n") is None
    assert refusal("data.txt", "Kode unit\tNama\n".encode("utf-16")) is None


def test_an_empty_file_is_refused_naming_the_file():
    problem = refusal("kosong.csv", b"")
    assert (problem.file, problem.row, problem.reason) == ("kosong.csv", None, "empty_file")


def test_a_file_over_the_size_limit_is_refused_with_the_limit(monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_IMPORT_MAX_MB", "0.001")
    problem = refusal("besar.csv", b"a,b\n" * 300)
    assert (problem.reason, problem.params) == ("file_too_large", {"limit": "0.001"})
    assert refusal("kecil.csv", b"a,b\n" * 200) is None


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("data.pdf", b"%PDF-1.4", "unsupported_type"),
    ("data", b"a,b", "unsupported_type"),
    ("data.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old_excel"),
    ("data.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old_excel"),
    ("data.xlsx", b"%PDF-1.4 not a workbook", "not_xlsx"),
    ("data.xlsx", b"Kode unit,Nama\n", "not_xlsx"),
    ("data.xlsm", b"anything", "macro_workbook"),
    ("data.csv", b"\x89PNG\r\n\x1a\n\0\0", "not_text"),
    ("data.csv", b"PK\x03\x04rest", "not_text"),
    ("data.csv", b"a,b\n1,\x002\n", "not_text"),
])
def test_content_that_is_not_what_the_name_says_is_refused(name, content, reason):
    assert _reason(name, content) == reason


def test_extension_case_and_spaces_do_not_matter():
    assert refusal(" DATA.XLSX ", _xlsx()) is None
    assert _reason("Data.CSV", b"%PDF-1.7") == "not_text"


def test_a_truncated_workbook_is_not_an_xlsx():
    assert _reason("potong.xlsx", _xlsx()[:2000]) == "not_xlsx"


def test_a_zip_without_the_workbook_parts_is_not_an_xlsx():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert _reason("zip.xlsx", out.getvalue()) == "not_xlsx"


def _with_member(name: str, data: bytes, content_types: bytes | None = None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_xlsx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in source.infolist():
            payload = source.read(member)
            if member.filename == "[Content_Types].xml" and content_types is not None:
                payload = content_types
            archive.writestr(member, payload)
        if name:
            archive.writestr(name, data)
    return out.getvalue()


def test_a_workbook_with_a_vba_project_is_refused_even_when_named_xlsx():
    assert _reason("makro.xlsx", _with_member("xl/vbaProject.bin", b"\0" * 64)) == "macro_workbook"


def test_a_macro_enabled_content_type_is_refused():
    types = (b'<?xml version="1.0"?><Types><Override PartName="/xl/workbook.xml" '
             b'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>')
    assert _reason("makro.xlsx", _with_member("", b"", types)) == "macro_workbook"


def test_an_archive_expanding_past_the_limit_is_refused_by_counting_real_bytes(monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_IMPORT_MAX_EXPANDED_MB", "1")
    noise = random.Random(0).randbytes(1_200_000)  # does not compress, so this is not a ratio refusal
    problem = refusal("besar.xlsx", _with_member("xl/media/noise.bin", noise))
    assert (problem.reason, problem.params) == ("archive_too_large", {"limit": "1"})
    assert refusal("pas.xlsx", _with_member("xl/media/noise.bin", noise[:500_000])) is None


def test_a_zip_bomb_is_refused_by_its_compression_ratio_before_it_is_fully_expanded():
    assert _reason("bom.xlsx", _with_member("xl/media/zeros.bin", b"\0" * 30_000_000)) == "archive_too_large"


def test_an_archive_with_too_many_members_is_refused(monkeypatch):
    monkeypatch.setattr("pantau_zi.importing.limits.MAX_MEMBERS", 5)
    assert _reason("banyak.xlsx", _xlsx()) == "archive_too_large"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_without_its_mark_is_named_with_how_to_save_it(codec):
    problem = refusal("data.csv", "Kode unit,Nama unit\nA-1,Dinas Kependudukan\n".encode(codec))
    assert problem.reason == "utf16_without_bom"
    assert t(f"reason.{problem.reason}") == "berkas tampaknya UTF-16 tanpa penanda; simpan ulang sebagai CSV UTF-8"


def test_a_stray_nul_byte_in_utf8_text_is_still_not_text():
    assert _reason("data.csv", b"Kode unit,Nama unit\nA-1,Dinas\x00 X\n") == "not_text"

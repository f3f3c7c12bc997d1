"""Properties of read_upload: whatever the bytes, it answers with tables or problems; valid tables round-trip."""

import csv
import io
from datetime import date

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pantau_zi.importing.reading import Upload, read_upload
from pantau_zi.loading import load_reference

REGENCIES = load_reference()[1]
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = st.sampled_from(["data.csv", "data.xlsx", "data.txt", "data.tsv", "data.xls", "data.xlsm", "data", "d.CSV"])
CELL = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


def _answers(upload: Upload) -> None:
    assert isinstance(upload, Upload)
    assert upload.tables or upload.problems
    for frame in upload.tables.values():
        assert {"_file", "_row"} <= set(frame.columns) and len(frame)
        text = frame.drop(columns=["_file", "_row"])
        assert text.map(lambda cell: cell is None or isinstance(cell, str)).all().all()


@FAST
@given(NAMES, st.binary(max_size=400))
def test_arbitrary_bytes_never_crash(name, content):
    _answers(read_upload(name, content, REGENCIES))


@FAST
@given(NAMES, st.binary(max_size=200))
def test_bytes_after_a_zip_or_csv_start_never_crash(name, tail):
    for head in (b"PK\x03\x04", b"Kode unit,Tanggal,Tahap\n", b"\xff\xfeK\x00", b"\xef\xbb\xbf"):
        _answers(read_upload(name, head + tail, REGENCIES))


DELIMITER = st.sampled_from([",", ";", "\t", "|"])
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "utf-16"])


@FAST
@given(st.lists(st.lists(CELL, min_size=1, max_size=8), min_size=1, max_size=8), DELIMITER, ENCODING)
def test_arbitrary_text_tables_as_csv_never_crash(rows, delimiter, encoding):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([["Kode unit", "Tanggal", "Tahap", "Nilai"], *rows])
    _answers(read_upload("d.csv", out.getvalue().encode(encoding), REGENCIES))


EXCEL_CELL = st.one_of(st.none(), st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False),
                       st.booleans(), st.dates(date(1990, 1, 1), date(2100, 1, 1)),
                       st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12))


@pytest.fixture(scope="module")
def book_bytes():
    def build(rows):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Riwayat Tahap"
        sheet.append(["Kode unit", "Tanggal", "Tahap", "Nilai", "Catatan"])
        for row in rows:
            sheet.append(row)
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()
    return build


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(EXCEL_CELL, min_size=1, max_size=6), min_size=0, max_size=6))
def test_arbitrary_cell_values_in_a_workbook_never_crash(book_bytes, rows):
    try:
        content = book_bytes(rows)
    except (ValueError, openpyxl.utils.exceptions.IllegalCharacterError):
        return  # openpyxl refuses to write the value; nothing to upload
    _answers(read_upload("d.xlsx", content, REGENCIES))


UNIT_ID = st.from_regex(r"[A-Z][A-Za-z0-9_-]{0,8}", fullmatch=True)
DAY = st.dates(date(2012, 1, 1), date(2025, 12, 31))  # the upload takes event dates from 2012 to today
STAGE = st.sampled_from(["pencanangan", "pembangunan", "usulan", "evaluasi_tpn", "wbk", "wbbm", "dicabut"])
SCORE = st.one_of(st.none(), st.decimals(0, 100, places=2).map(lambda d: format(d.normalize(), "f")))
NOTE = st.one_of(st.none(), st.text(st.characters(whitelist_categories=("L", "N", "P", "Zs")), min_size=1,
                                    max_size=15).map(str.strip).filter(bool))
DATE_FORMS = st.sampled_from(["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "named"])
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def _written(day: date, form: str) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if form == "named" else day.strftime(form)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(UNIT_ID, DAY, STAGE, SCORE, NOTE), min_size=1, max_size=8), DELIMITER, ENCODING,
       DATE_FORMS, st.booleans())
def test_valid_events_round_trip_through_any_delimiter_encoding_and_date_form(rows, delimiter, encoding, form, comma):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["Kode unit", "Tanggal", "Tahap", "Nilai", "Catatan"])
    for unit, day, stage, score, note in rows:
        written_score = score.replace(".", ",") if comma and score else score
        writer.writerow([unit, _written(day, form), stage, written_score or "", note or ""])
    upload = read_upload("riwayat.csv", out.getvalue().encode(encoding), REGENCIES)
    assert upload.problems == []
    events = upload.tables["events"]
    assert events[["unit_id", "date", "date_precision", "stage", "score", "note"]].values.tolist() == [
        [unit, day.isoformat(), "day", stage, score, note] for unit, day, stage, score, note in rows]
    assert events["_row"].tolist() == list(range(2, len(rows) + 2))

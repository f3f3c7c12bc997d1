from datetime import date

import pandas as pd
import pytest

from pantau_zi.importing.cleaning import (
    RegionReader,
    clean_boolean,
    clean_choice,
    clean_date,
    clean_number,
    clean_table,
)
from pantau_zi.loading import Problem, load_reference


@pytest.fixture(scope="module")
def regions() -> RegionReader:
    return RegionReader(load_reference()[1])


@pytest.mark.parametrize(("written", "expected"), [
    ("21/06/2019", ("2019-06-21", "day")), ("1/2/2021", ("2021-02-01", "day")), ("21-06-2019", ("2019-06-21", "day")),
    ("21.06.2019", ("2019-06-21", "day")), ("2019-06-21", ("2019-06-21", "day")), ("2019-6-1", ("2019-06-01", "day")),
    ("2019-06-21 00:00:00", ("2019-06-21", "day")), ("44197", ("2021-01-01", "day")), ("44197.0", ("2021-01-01", "day")),
    ("21 Juni 2019", ("2019-06-21", "day")), ("21 June 2019", ("2019-06-21", "day")), ("21-Jun-2019", ("2019-06-21", "day")),
    ("17 agustus 2021", ("2021-08-17", "day")), (" 5  Des  2020 ", ("2020-12-05", "day")),
    ("Juni 2019", ("2019-06-01", "month")), ("October 2020", ("2020-10-01", "month")), ("2019", ("2019-01-01", "year")),
    ("29/02/2020", ("2020-02-29", "day")),
])
def test_dates_in_every_accepted_form_become_iso_with_their_precision(written, expected):
    assert clean_date(written) == expected


def test_slash_dates_are_read_day_first():
    assert clean_date("03/04/2021") == ("2021-04-03", "day")


@pytest.mark.parametrize("written", ["31/02/2021", "29/02/2021", "kemarin", "13 Smarch 2020", "2021-13-01", "12345",
                                     "99999", "06/21/2019", "21/06/19"])
def test_unreadable_dates_are_left_as_written_for_the_schema(written):
    assert clean_date(written) == (written, "day")


def test_a_missing_date_stays_missing():
    assert clean_date(None) == (None, "day")


@pytest.mark.parametrize(("written", "expected"), [
    ("85,5", "85.5"), ("85.5", "85.5"), (" 1 234 ", "1234"), ("1.234,5", "1234.5"), (",5", ".5"), ("-3,25", "-3.25"),
    ("80\u00a0", "80"), ("delapan", "delapan"), ("delapan puluh", "delapan puluh"),
    ("1 2a", "1 2a"), ("1,2,3", "1,2,3"), ("=SUM(A1:A3)", "=SUM(A1:A3)"), (None, None),
])
def test_numbers_lose_spaces_and_take_a_decimal_point(written, expected):
    assert clean_number(written) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("ya", "true"), ("Ya", "true"), ("YES", "true"), ("y", "true"), ("1", "true"), ("benar", "true"), ("TRUE", "true"),
    ("tidak", "false"), ("no", "false"), ("t", "false"), ("N", "false"), ("0", "false"), ("salah", "false"),
    ("mungkin", "mungkin"), (None, None),
])
def test_booleans_in_indonesian_and_english(written, expected):
    assert clean_boolean(written) == expected


@pytest.mark.parametrize(("kind", "written", "expected"), [
    ("stage", "Pencanangan", "pencanangan"), ("stage", "Diusulkan", "usulan"), ("stage", "usulan", "usulan"),
    ("stage", "Evaluasi TPN", "evaluasi_tpn"), ("stage", "evaluasi_tpn", "evaluasi_tpn"), ("stage", "TPN evaluation",
                                                                                            "evaluasi_tpn"),
    ("stage", " wbk ", "wbk"), ("stage", "Revoked", "dicabut"), ("stage", "menang", "menang"),
    ("owner_type", "Pemda", "pemda"), ("owner_type", "Instansi vertikal", "vertikal"),
    ("owner_type", "central agency", "vertikal"), ("unit_type", "dpmptsp", "DPMPTSP"),
    ("unit_type", "lapas / rutan", "Lapas/Rutan"), ("unit_type", "Kantor pertanahan", "Kantor Pertanahan"),
    ("zone", "Hijau", "hijau"), ("zone", "Yellow", "kuning"), ("zone", "ungu", "ungu"),
])
def test_choices_accept_codes_and_labels_in_both_languages(kind, written, expected):
    assert clean_choice(kind, written) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("32.11", "32.11"), ("3211", "32.11"), ("Sumedang", "32.11"), ("KAB. SUMEDANG", "32.11"),
    ("32.11 \u2014 Kabupaten Sumedang", "32.11"), ("32.73 - Kota Bandung", "32.73"), ("Kota Bandung", "32.73"),
    ("Kabupaten Bandung", "32.04"), ("32.1", "32.10"), ("99.99", "99.99"), ("Atlantis", "Atlantis"),
])
def test_regions_by_code_name_or_drop_down_value(regions, written, expected):
    assert regions.code(written) == expected


def test_a_bare_name_shared_by_a_kabupaten_and_a_kota_is_ambiguous(regions):
    assert regions.ambiguous("Bandung") and regions.ambiguous(" bandung ")
    assert not regions.ambiguous("Kota Bandung") and not regions.ambiguous("Sumedang")


def _frame(rows: list[dict], file: str = "f.csv") -> pd.DataFrame:
    return pd.DataFrame(rows).astype(object).assign(_file=file, _row=range(2, len(rows) + 2))


def test_units_get_name_known_and_problems_for_ambiguous_regions(regions):
    frame = _frame([
        {"unit_id": "A", "name": "Dinas", "region_code": "Sumedang", "instansi": "Pemkab", "owner_type": "Pemda",
         "unit_type": "dinas", "service_facing": "ya"},
        {"unit_id": "B", "name": None, "region_code": "Bandung", "instansi": "Pemkab", "owner_type": "pemda",
         "unit_type": "Dinas", "service_facing": None},
    ])
    table, problems = clean_table("units", frame, regions, {"region_code": "Kab/Kota"})
    assert table.drop(columns=["_file", "_row"]).to_dict("records") == [
        {"unit_id": "A", "name": "Dinas", "region_code": "32.11", "instansi": "Pemkab", "owner_type": "pemda",
         "unit_type": "Dinas", "service_facing": "true", "name_known": "true"},
        {"unit_id": "B", "name": None, "region_code": "Bandung", "instansi": "Pemkab", "owner_type": "pemda",
         "unit_type": "Dinas", "service_facing": None, "name_known": "false"},
    ]
    assert problems == [Problem("f.csv", 3, "Kab/Kota", "Bandung", "ambiguous_region", {"name": "Bandung"})]
    assert table["_row"].tolist() == [2, 3]


def test_events_get_precision_and_a_stable_id_unless_one_is_given(regions):
    frame = _frame([
        {"unit_id": "A", "date": "21 Juni 2019", "stage": "Pencanangan", "score": None, "note": None, "event_id": None},
        {"unit_id": "A", "date": "2020", "stage": "usulan", "score": "85,5", "note": "x", "event_id": "E1"},
        {"unit_id": "A", "date": "31/02/2021", "stage": "wbk", "score": None, "note": None, "event_id": None},
    ])
    table, problems = clean_table("events", frame, regions, {})
    assert problems == []
    assert table[["event_id", "date", "date_precision", "stage", "score"]].values.tolist() == [
        ["A.2019-06-21.pencanangan", "2019-06-21", "day", "pencanangan", None],
        ["E1", "2020-01-01", "year", "usulan", "85.5"],
        ["row4", "31/02/2021", "day", "wbk", None],
    ]
    assert list(table.columns) == ["event_id", "unit_id", "date", "date_precision", "stage", "score", "note", "_file",
                                   "_row"]


def test_ombudsman_zone_follows_the_score_when_left_blank(regions):
    frame = _frame([
        {"region_code": "32.11", "year": "2021", "score": "81", "zone": None},
        {"region_code": "32.11", "year": "2022", "score": "80,99", "zone": None},
        {"region_code": "32.11", "year": "2023", "score": "50", "zone": "Hijau"},
        {"region_code": "32.11", "year": "2024", "score": "banyak", "zone": None},
    ])
    table, _ = clean_table("ombudsman", frame, regions, {})
    assert table["zone"].tolist() == ["hijau", "kuning", "hijau", None]
    assert table["score"].tolist() == ["81", "80.99", "50", "banyak"]


# Sanity limits of an upload (issue #12, item 9)
TODAY = date(2026, 11, 23)
HEADERS = {"name": "Nama unit", "instansi": "Instansi", "date": "Tanggal", "note": "Catatan", "region_code": "Kab"}


def _unit(name: str, instansi: str = "Pemkab") -> dict:
    return {"unit_id": "A", "name": name, "region_code": "32.11", "instansi": instansi, "owner_type": "pemda",
            "unit_type": "Dinas", "service_facing": None}


def test_names_and_agencies_up_to_300_characters_pass_and_longer_ones_are_named(regions):
    _, problems = clean_table("units", _frame([_unit("x" * 300, "y" * 300)]), regions, HEADERS, TODAY)
    assert problems == []
    _, problems = clean_table("units", _frame([_unit("x" * 300_000, "y" * 301)]), regions, HEADERS, TODAY)
    assert [(p.row, p.column, p.reason, p.params) for p in problems] == [
        (2, "Nama unit", "too_long", {"limit": 300, "length": 300_000}),
        (2, "Instansi", "too_long", {"limit": 300, "length": 301})]
    assert problems[0].value == "x" * 60 + "\u2026"  # the problem list never carries the whole cell


def _event(day: str, note: str | None = None) -> dict:
    return {"unit_id": "A", "date": day, "stage": "pencanangan", "score": None, "note": note, "event_id": None}


def test_notes_up_to_2000_characters_pass(regions):
    _, problems = clean_table("events", _frame([_event("2019-01-01", "n" * 2_000), _event("2019-01-02", "n" * 2_001)]),
                              regions, HEADERS, TODAY)
    assert [(p.row, p.column, p.reason, p.params["limit"]) for p in problems] == [(3, "Catatan", "too_long", 2_000)]


@pytest.mark.parametrize(("day", "reason"), [
    ("0001-01-01", "date_before_zi"), ("31/12/2011", "date_before_zi"), ("2011", "date_before_zi"),
    ("2099-01-01", "date_in_future"), ("24/11/2026", "date_in_future"),
])
def test_event_dates_before_2012_or_after_today_are_problems(regions, day, reason):
    _, problems = clean_table("events", _frame([_event(day)]), regions, HEADERS, TODAY)
    assert [(p.row, p.column, p.value, p.reason) for p in problems] == [(2, "Tanggal", day, reason)]


@pytest.mark.parametrize("day", ["2012-01-01", "01/01/2012", "23/11/2026", "Januari 2012", "kemarin"])
def test_event_dates_from_2012_to_today_pass_and_unreadable_ones_are_left_to_the_schema(regions, day):
    assert clean_table("events", _frame([_event(day)]), regions, HEADERS, TODAY)[1] == []

"""The data URLs (/api/v1/...): the same bytes as the pages' own downloads under the same URL filters, and refusals
that name the parameter and value, on the hand-made mini dataset."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from pantau_zi import api, web
from pantau_zi.filters import FilterError, Filters, from_query
from pantau_zi.loading import load_dataset
from tests.conftest import FIXTURES, MINI, open_page, run_async

# The URL parameters as the pages write them (labels of the sidebar's widgets), three filter sets.
FILTER_SETS = {
    "nation": {"tahun": ["2013", "2021"]},
    "province": {"prov": "Jawa Barat", "tahun": ["2016", "2021"]},
    "region_vertical": {"wilayah": "Kabupaten Sumedang", "pemilik": "Instansi vertikal", "tahun": ["2013", "2020"]},
}


def as_lists(params: dict) -> dict[str, list[str]]:
    return {key: value if isinstance(value, list) else [value] for key, value in params.items()}


@pytest.fixture
def mini(monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_DATA_DIRS", str(MINI))
    return load_dataset((MINI,))


@pytest.mark.parametrize("name", FILTER_SETS)
@pytest.mark.parametrize(("page", "table", "file_name"), [
    ("ringkasan", "panel", "pantau-zi-ringkasan.csv"), ("unit", "units", None)])
def test_a_data_url_answers_the_pages_own_download_byte_for_byte(app, downloads, mini, name, page, table, file_name):
    params = FILTER_SETS[name]
    open_page(app, page, **params)
    assert not app.exception
    year = params["tahun"][-1]
    made = downloads[file_name or f"unit-kerja-{year}.csv"]()
    answer = api.answer(table, "csv", as_lists(params))
    assert (answer.status, answer.content_type) == (200, "text/csv; charset=utf-8")
    assert answer.body == made
    assert len(pd.read_csv(io.BytesIO(answer.body))) > 0


def test_the_national_panel_holds_the_mini_datasets_hand_counted_totals(mini):
    answer = api.answer("panel", "json", {"tahun": ["2021"]})
    [row] = json.loads(answer.body)
    # U1..U5 declared by 2021; U2 and U3 hold WBK, U1 WBBM (tests/test_app.py counts the same)
    assert (row["year"], row["declared"], row["predicate"], row["wbbm"]) == (2021, 5, 3, 1)
    assert row["target_wbbm"] is None  # no WBBM target in the mini data: missing, not 0


def test_the_json_holds_the_same_rows_as_the_csv(mini):
    params = as_lists(FILTER_SETS["province"])
    csv = pd.read_csv(io.BytesIO(api.answer("panel", "csv", params).body))
    rows = json.loads(api.answer("panel", "json", params).body)
    assert len(rows) == len(csv) == 6  # 2016..2021
    assert [row["year"] for row in rows] == csv.iloc[:, 0].tolist()


def test_regions_list_the_kabupaten_kota_with_their_province_under_headers_in_the_language_asked(mini):
    answer = api.answer("regions", "csv", {"prov": ["32"], "lang": ["en"]})
    table = pd.read_csv(io.BytesIO(answer.body), dtype=str)
    assert list(table.columns) == ["Region code", "Name", "Kind of region", "Province code", "Province"]
    assert set(table["Region code"]) >= {"32.11", "32.73"}
    assert (table["Province"] == "Jawa Barat").all() and set(table["Kind of region"]) == {"kabupaten", "kota"}


def test_an_unknown_parameter_is_refused_with_every_parameter_the_urls_know(mini):
    text = api.answer("units", "csv", {"bogus": ["1"]}).body.decode()
    assert "prov, wilayah, jenis, pemilik, tipe, tahun, nyata, lang" in text


def test_units_headers_follow_the_language_asked(mini):
    indonesian = api.answer("units", "csv", {}).body.decode("utf-8-sig").splitlines()[0]
    english = api.answer("units", "csv", {"lang": ["en"]}).body.decode("utf-8-sig").splitlines()[0]
    assert indonesian != english


@pytest.mark.parametrize(("params", "parameter", "value"), [
    ({"prov": ["Jawa Barrat"]}, "prov", "Jawa Barrat"),
    ({"wilayah": ["Kota Bandung"], "prov": ["Jawa Timur"]}, "wilayah", "Kota Bandung"),
    ({"tahun": ["2030"]}, "tahun", "2030"),
    ({"tahun": ["dua ribu"]}, "tahun", "dua ribu"),
    ({"jenis": ["desa"]}, "jenis", "desa"),
    ({"nyata": ["mungkin"]}, "nyata", "mungkin"),  # the real-only switch is on or off, never silently ignored
    ({"sintetis": ["1"]}, "sintetis", "1"),  # not a filter this version knows: refused, never silently ignored
    ({"lang": ["jawa"]}, "lang", "jawa"),
])
def test_a_value_that_names_nothing_is_refused_naming_the_parameter_and_value(mini, params, parameter, value):
    answer = api.answer("panel", "csv", params)
    text = answer.body.decode()
    assert answer.status == 400
    assert f"Parameter {parameter}" in text and value in text and len(text.splitlines()) == 2  # id, then en


def test_an_unknown_table_is_a_404_listing_the_tables(mini):
    answer = api.answer("everything", "csv", {})
    assert answer.status == 404 and "panel.csv" in answer.body.decode()


def test_filters_read_codes_names_and_labels_in_either_language(mini):
    def read(params):
        return from_query(as_lists(params), mini.provinces, mini.regencies, mini.units["unit_type"].unique())

    assert read({}) == Filters()
    assert read({"prov": "32", "tahun": ["2021", "2016"]}) == Filters(province="32", years=(2016, 2021))
    assert read({"wilayah": "kabupaten sumedang", "jenis": "Regency (kabupaten)", "pemilik": "pemda",
                 "tipe": ["RSUD", "Polres"]}) == Filters(region="32.11", kind="kabupaten", owner_type="pemda",
                                                         unit_types=("RSUD", "Polres"))
    with pytest.raises(FilterError) as refused:
        read({"tipe": ["Kantin"]})
    assert (refused.value.parameter, refused.value.value, refused.value.reason) == ("tipe", "Kantin", "unknown")


def test_the_route_serves_the_answer_with_a_file_name(mini):
    from starlette.requests import Request

    scope = {"type": "http", "method": "GET", "path": "/api/v1/panel.csv", "query_string": b"tahun=2021",
             "headers": [], "path_params": {"table": "panel", "kind": "csv"}}
    response = run_async(web.data_url(Request(scope)))
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'inline; filename="pantau-zi-ringkasan.csv"'
    assert response.body == api.answer("panel", "csv", {"tahun": ["2021"]}).body


@pytest.fixture
def mixed(monkeypatch):
    monkeypatch.setenv("PANTAU_ZI_DATA_DIRS", str(FIXTURES / "mixed"))
    return load_dataset((FIXTURES / "mixed",))


@pytest.mark.parametrize("written", ["1", "true", "ya"])
def test_a_real_only_data_url_serves_only_the_real_units_each_with_its_source(mixed, written):
    answer = api.answer("units", "csv", {"nyata": [written]})
    units = pd.read_csv(io.BytesIO(answer.body), encoding="utf-8-sig")
    assert sorted(units["ID unit"]) == ["R1", "R2"]  # tests/fixtures/mixed: S1, S2 are synthetic
    assert set(units["Data"]) == {"nyata"}
    assert sorted(units["Sumber data"]) == ["Koran Bandung, 10 Mei 2021", "https://warta.example/sumedang-zi"]
    everything = pd.read_csv(io.BytesIO(api.answer("units", "csv", {}).body), encoding="utf-8-sig")
    assert sorted(everything["ID unit"]) == ["R1", "R2", "S1", "S2"]


def test_the_real_only_switch_in_a_url_reads_true_false_1_0_and_refuses_anything_else(mixed):
    assert from_query({"nyata": ["1"]}, mixed.provinces, mixed.regencies, ()).real_only
    assert not from_query({"nyata": ["false"]}, mixed.provinces, mixed.regencies, ()).real_only
    with pytest.raises(FilterError) as refused:
        from_query({"nyata": ["mungkin"]}, mixed.provinces, mixed.regencies, ())
    assert (refused.value.parameter, refused.value.value) == ("nyata", "mungkin")

import pandas as pd
import pytest

from pantau_zi.paths import REAL_DIR
from pantau_zi.spi import SPI_FILE, load_spi, match_published, zone

REGENCIES = pd.DataFrame({
    "code": ["15.04", "74.72", "96.01", "96.71", "92.01", "32.11"],
    "short_name": ["Batanghari", "Bau Bau", "Sorong", "Sorong", "Manokwari", "Sumedang"],
    "kind": ["kabupaten", "kota", "kabupaten", "kota", "kabupaten", "kabupaten"],
})
PROVINCES = pd.DataFrame({"province_code": ["34", "31", "32"],
                          "name": ["Daerah Istimewa Yogyakarta", "Daerah Khusus Ibukota Jakarta", "Jawa Barat"]})


@pytest.mark.parametrize("index, expected", [
    (0.0, "rentan"), (72.99, "rentan"), (73.0, "waspada"), (77.99, "waspada"), (78.0, "terjaga"), (100.0, "terjaga"),
])
def test_zone_cut_offs_are_73_and_78_inclusive_from_below(index, expected):
    assert zone(index) == expected


@pytest.mark.parametrize("missing", [None, float("nan")])
def test_a_missing_index_has_no_zone(missing):
    assert zone(missing) is None


def _published(*rows):
    return pd.DataFrame(rows, columns=["instansi_name", "entity_type", "region_code"])


def test_rows_without_a_code_match_by_name_whatever_the_spacing():
    matched = match_published(_published(("PEMERINTAH KABUPATEN BATANG HARI", "pemkab", None),
                                         ("PEMERINTAH KOTA BAUBAU", "pemkot", None)), REGENCIES, PROVINCES)
    assert list(matched["code"]) == ["15.04", "74.72"]
    assert list(matched["matched_by"]) == ["name", "name"]


def test_kabupaten_and_kota_of_one_name_are_told_apart_by_the_published_kind():
    matched = match_published(_published(("PEMERINTAH KABUPATEN SORONG", "pemkab", None),
                                         ("PEMERINTAH KOTA SORONG", "pemkot", None)), REGENCIES, PROVINCES)
    assert list(matched["code"]) == ["96.01", "96.71"]


def test_a_code_that_names_another_region_today_loses_to_the_name():
    # The 2021 release writes Kabupaten Sorong as 9201, which Manokwari holds since Papua's 2022 split.
    matched = match_published(_published(("PEMERINTAH KABUPATEN SORONG", "pemkab", "9201")), REGENCIES, PROVINCES)
    assert matched.loc[0, "code"] == "96.01"
    assert matched.loc[0, "matched_by"].startswith("name (published code 9201")


def test_a_code_is_kept_when_the_name_is_spelt_beyond_recognition():
    matched = match_published(_published(("PEMERINTAH KABUPATEN SUMEDANG LARANG", "pemkab", "3211")), REGENCIES,
                              PROVINCES)
    assert (matched.loc[0, "code"], matched.loc[0, "matched_by"]) == ("32.11", "code")


def test_an_unknown_name_without_a_code_stays_unmatched_instead_of_guessed():
    matched = match_published(_published(("PEMERINTAH KABUPATEN ATLANTIS", "pemkab", None),
                                         ("PEMERINTAH KOTA SUMEDANG", "pemkot", "3211")), REGENCIES, PROVINCES)
    assert matched["code"].isna().all()
    assert list(matched["matched_by"]) == ["unmatched", "unmatched"]


@pytest.mark.parametrize("published, expected", [
    ("PEMERINTAH PROVINSI D.I. YOGYAKARTA", "34"), ("PEMERINTAH PROVINSI DKI JAKARTA", "31"),
    ("PEMERINTAH PROVINSI JAWA BARAT", "32"), ("PEMERINTAH PROVINSI ATLANTIS", None),
])
def test_provincial_governments_match_by_name_with_their_abbreviations(published, expected):
    matched = match_published(_published((published, "pemprov", None)), REGENCIES, PROVINCES)
    assert matched.loc[0, "code"] == expected


def test_every_spi_value_in_the_project_equals_the_shared_compiled_file(shared_data):
    shared = pd.read_csv(shared_data("spi-kpk-pemda.csv"), dtype=str).rename(columns={"instansi_name": "published_name", "indeks": "index",
                                           "eksternal": "external", "eksper": "expert"})
    ours = pd.read_csv(SPI_FILE, dtype=str)
    assert len(ours) == len(shared) == 2707
    keys = ["year", "published_name"]
    joined = shared.merge(ours, on=keys, how="left", suffixes=("_shared", ""), validate="one_to_one")
    for column in ("index", "internal", "external", "expert"):
        assert (joined[f"{column}_shared"].astype(float) == joined[column].astype(float)).all(), column


def test_the_project_table_agrees_with_every_news_report_of_an_spi_value():
    ours = pd.read_csv(SPI_FILE, dtype=str)
    reported = pd.read_csv(REAL_DIR / "spi_crosscheck.csv", dtype=str)
    joined = reported.merge(ours, left_on=["year", "nama"], right_on=["year", "published_name"], validate="one_to_one")
    assert len(joined) == len(reported) == 27
    assert ((joined["news_score"].astype(float) - joined["index"].astype(float)).abs() <= 0.05).all()


def test_the_real_table_covers_508_kabupaten_kota_a_year_from_2023_and_every_province_in_2025():
    spi = load_spi()
    regional = spi[spi["level"] != "provinsi"].groupby("year")["code"].nunique()
    assert regional.loc[2023:].eq(508).all() and regional.loc[2021] == 504
    assert spi[(spi["level"] == "provinsi") & (spi["year"] == 2025)]["code"].nunique() == 38
    assert spi["zone"].notna().all()


def ranking_fixture():
    # Province 32: kabupaten 32.01 and 32.02 tie at 75, 32.03 is missing in 2024; kota 32.71 ranks among kota only.
    # Province 33: kabupaten 33.01 above them all. Province rows never rank.
    rows = [(2023, "kabupaten", "32.01", "32", 70.0), (2024, "kabupaten", "32.01", "32", 75.0),
            (2024, "kabupaten", "32.02", "32", 75.0), (2023, "kabupaten", "32.03", "32", 60.0),
            (2024, "kota", "32.71", "32", 74.0), (2024, "kabupaten", "33.01", "33", 80.0),
            (2024, "provinsi", "32", "32", 90.0)]
    return pd.DataFrame(rows, columns=["year", "level", "code", "province_code", "index"]).assign(source="KPK")


def test_ties_share_a_rank_among_the_same_kind_in_the_province_and_nationally():
    from pantau_zi.spi import rank

    table = ranking_fixture()
    assert rank(table, "32.02", 2024) == {"province": (1, 2), "nation": (2, 3)}
    assert rank(table, "32.71", 2024) == {"province": (1, 1), "nation": (1, 1)}
    assert rank(table, "32.03", 2024) is None


def test_the_latest_value_is_the_last_year_up_to_the_chosen_one_with_its_change():
    from pantau_zi.spi import latest_value

    table = ranking_fixture()
    assert latest_value(table, "32.01", 2025) == {"year": 2024, "index": 75.0, "zone": "waspada", "change": 5.0}
    assert latest_value(table, "32.01", 2023) == {"year": 2023, "index": 70.0, "zone": "rentan", "change": None}
    assert latest_value(table, "32.03", 2024)["year"] == 2023
    assert latest_value(table, "32.01", 2020) is None


def test_the_trend_holds_the_years_with_a_value_up_to_the_chosen_one():
    from pantau_zi.spi import series

    assert series(ranking_fixture(), "32.01", 2025) == (70.0, 75.0)
    assert series(ranking_fixture(), "32.01", 2023) == (70.0,)

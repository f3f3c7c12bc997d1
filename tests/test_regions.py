import pandas as pd

from pantau_zi.loading import load_reference


def test_reference_holds_38_provinces_and_514_regencies():
    provinces, regencies = load_reference()
    assert len(provinces) == 38
    assert len(regencies) == 514
    assert (regencies["kind"] == "kabupaten").sum() == 416
    assert (regencies["kind"] == "kota").sum() == 98


def test_region_codes_are_unique_and_consistent():
    provinces, regencies = load_reference()
    assert regencies["code"].is_unique and regencies["code4"].is_unique
    assert regencies["code"].str.fullmatch(r"\d{2}\.\d{2}").all()
    assert (regencies["code"].str.replace(".", "", regex=False) == regencies["code4"]).all()
    assert set(regencies["province_code"]) == set(provinces["province_code"])
    counts = regencies.groupby("province_code").size()
    assert (counts == provinces.set_index("province_code")["regencies"]).all()


def test_kota_codes_are_71_and_above():
    _, regencies = load_reference()
    number = regencies["code"].str[3:].astype(int)
    assert (number[regencies["kind"] == "kota"] >= 71).all()
    assert (number[regencies["kind"] == "kabupaten"] < 71).all()


def test_only_the_six_dki_administrative_units_are_flagged():
    _, regencies = load_reference()
    administrative = regencies[regencies["administrative"]]
    assert len(administrative) == 6
    assert set(administrative["province_code"]) == {"31"}
    assert (administrative["kind"] == "kota").sum() == 5


def test_reference_carries_capital_coordinates_area_and_population():
    _, regencies = load_reference()
    sumedang = regencies.set_index("code").loc["32.11"]
    assert sumedang["name"] == "Kabupaten Sumedang" and sumedang["capital"] == "Sumedang Utara"
    assert -11 < sumedang["latitude"] < 6 and 95 < sumedang["longitude"] < 141
    assert sumedang["area_km2"] > 0 and sumedang["population"] > 0
    assert regencies[["latitude", "longitude", "population"]].notna().all().all()
    # The upstream table leaves these gaps; data/reference/README.md lists them and we do not fill them in.
    assert set(regencies.loc[regencies["area_km2"].isna(), "code"]) == {"11.10", "12.10", "12.20", "14.10", "91.10",
                                                                         "91.20"}
    assert set(regencies.loc[regencies["capital"].isna(), "code"]) == {"81.03"}
    assert pd.api.types.is_numeric_dtype(regencies["population"])

import pytest

from pantau_zi.loading import load_reference
from pantau_zi.names import RegionMatcher, as_region_code, normalize_region_name, province_code


@pytest.fixture(scope="module")
def matcher() -> RegionMatcher:
    return RegionMatcher.from_regencies(load_reference()[1])


@pytest.mark.parametrize("written, expected", [
    ("KAB. SUMEDANG", ("kabupaten", "sumedang")),
    ("Kabupaten  Sumedang ", ("kabupaten", "sumedang")),
    ("KOTA ADM. JAKARTA PUSAT", ("kota", "jakarta pusat")),
    ("Kabupaten Administrasi Kepulauan Seribu", ("kabupaten", "kepulauan seribu")),
    ("Kota", (None, "kota")),
    ("Sumedang", (None, "sumedang")),
])
def test_normalize_region_name_splits_kind_from_core_name(written, expected):
    assert normalize_region_name(written) == expected


@pytest.mark.parametrize("written, expected", [("32.11", "32.11"), ("3211", "32.11"), ("321", None), ("32.1a", None)])
def test_as_region_code_accepts_dotted_and_four_digit_codes(written, expected):
    assert as_region_code(written) == expected


@pytest.mark.parametrize("written, expected", [
    ("KAB. SUMEDANG", "32.11"),
    ("Kabupaten Sumedang", "32.11"),
    ("sumedang", "32.11"),
    ("KOTA BANDUNG", "32.73"),
    ("Kab. Bandung", "32.04"),
    ("Kota Adm. Jakarta Pusat", "31.71"),
    ("KABUPATEN KEPULAUAN SERIBU", "31.01"),
    ("3211", "32.11"),
    (3273, "32.73"),
    ("Kabupaten Batang Hari", "15.04"),
    ("KOTA BAUBAU", "74.72"),
    ("Kab. Fakfak", "92.03"),
])
def test_written_names_and_codes_match_their_kemendagri_code(matcher, written, expected):
    assert matcher.match(written) == expected


@pytest.mark.parametrize("written", ["Bandung", "Kota Sumedang", "Kab. Atlantis", "99.99", "", None, float("nan")])
def test_ambiguous_wrong_kind_unknown_and_empty_names_match_nothing(matcher, written):
    assert matcher.match(written) is None


@pytest.mark.parametrize("written, expected", [
    ("Provinsi DI Yogyakarta", "34"), ("PEMERINTAH PROVINSI D.I. YOGYAKARTA", "34"), ("DKI Jakarta", "31"),
    ("Provinsi Papua Barat Daya", "96"), ("Bali", "51"), ("Provinsi Atlantis", None),
])
def test_province_names_with_prefixes_and_abbreviations_match_their_code(written, expected):
    assert province_code(written, load_reference()[0]) == expected


def test_a_regency_reported_under_its_former_name_matches_its_code_today(matcher):
    assert matcher.match("Kabupaten Toba Samosir") == "12.12"

"""WBK/WBBM awards reported in the news as real units: placement, award-only histories, synthetic twins, and the
embedded copy against the shared research file."""

from datetime import date

import pandas as pd
import pytest

from pantau_zi import metrics, unit_table
from pantau_zi.loading import load_dataset, load_reference
from pantau_zi.paths import EMBEDDED_DIR
from pantau_zi.reported import AWARDS_FILE, award_tables, synthetic_twins, write_award_tables
from pantau_zi.store import table_columns

COLUMNS = ["year", "unit_name", "instansi", "owner_type", "region_name", "province", "predicate", "note", "source_url"]
ROWS = [
    ["2024", "Kecamatan Plaosan", "Pemkab Magetan", "pemda", "Kabupaten Magetan", "Jawa Timur", "WBK",
     "Satu Dekade ZI 11 Dec 2024", "https://example.org/magetan"],
    ["2024", "Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil)", "Pemkab Magetan", "pemda",
     "Kabupaten Magetan", "Jawa Timur", "WBBM", None, "https://example.org/magetan"],
    ["2025", "UPT Puskesmas Cilawu", "Pemkab Garut", "pemda", "Kabupaten Garut", "Jawa Barat", "WBK",
     "awarded 11 Feb 2026", "https://example.org/garut"],
    ["2018", "BPS Kota Madiun", "BPS", "kl_vertical", "Kota Madiun", "Jawa Timur", "WBK", None,
     "https://example.org/bps"],
    ["2018", "Polres Batu", "Polri", "kl_vertical", "Kota Batu", "Jawa Timur", "WBK or WBBM", None,
     "https://example.org/polri"],
    ["2021", "BPK Perwakilan Provinsi Bali", "BPK", "kl_vertical", "(provincial capital)", "Bali", "WBK", None,
     "https://example.org/bpk"],
    ["2021", "BPK Perwakilan Provinsi Jawa Timur", "BPK", "kl_vertical", "Kota Surabaya", "Jawa Timur", "WBBM", None,
     "https://example.org/bpk"],
    ["2025", "RSUD Dr. Soedono Madiun", "Pemprov Jawa Timur", "pemda", "Kota Madiun", "Jawa Timur", "WBBM", None,
     "https://example.org/jatim"],
]


@pytest.fixture(scope="module")
def regencies():
    return load_reference()[1]


@pytest.fixture(scope="module")
def placed(regencies):
    return award_tables(pd.DataFrame(ROWS, columns=COLUMNS), regencies)


def test_rows_that_name_a_predicate_and_a_kabupaten_kota_unit_become_units(placed):
    units = placed["units"].set_index("unit_id")
    assert units["name"].to_dict() == {
        "R-3520-01": "Kecamatan Plaosan", "R-3520-02": "Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil)",
        "R-3205-01": "UPT Puskesmas Cilawu", "R-3577-01": "BPS Kota Madiun"}
    assert units.loc["R-3520-02", ["instansi", "owner_type", "unit_type"]].tolist() == [
        "Pemerintah Kabupaten Magetan", "pemda", "Disdukcapil"]
    assert units.loc["R-3577-01", ["instansi", "owner_type", "unit_type"]].tolist() == [
        "Badan Pusat Statistik", "vertikal", "BPS"]
    assert (units["synthetic"] == "false").all()


def test_every_other_row_is_left_out_with_its_reason(placed):
    left_out = placed["left_out"].set_index("unit_name")["reason"].to_dict()
    assert left_out == {"Polres Batu": "predicate_unstated", "BPK Perwakilan Provinsi Bali": "no_region",
                        "BPK Perwakilan Provinsi Jawa Timur": "provincial_office",
                        "RSUD Dr. Soedono Madiun": "provincial_government"}
    assert placed["left_out"]["line"].tolist() == [6, 7, 8, 9]


def test_each_unit_has_one_award_event_dated_as_far_as_its_source_says(placed):
    events = placed["events"].set_index("unit_id")
    assert events[["date", "date_precision", "stage"]].to_dict("index") == {
        "R-3520-01": {"date": "2024-12-11", "date_precision": "day", "stage": "wbk"},
        "R-3520-02": {"date": "2024-01-01", "date_precision": "year", "stage": "wbbm"},
        # the 2025 cycle's ceremony fell on 11 February 2026
        "R-3205-01": {"date": "2026-02-11", "date_precision": "day", "stage": "wbk"},
        "R-3577-01": {"date": "2018-01-01", "date_precision": "year", "stage": "wbk"},
    }


def test_a_date_outside_its_award_cycle_stops_the_build(regencies):
    wrong = pd.DataFrame([[*ROWS[0][:7], "awarded 11 Dec 2019", ROWS[0][8]]], columns=COLUMNS)
    with pytest.raises(ValueError, match="2024 cycle"):
        award_tables(wrong, regencies)


def test_one_source_per_reporting_page_of_a_placed_unit(placed):
    sources = placed["sources"].set_index("source_id")
    assert sources["reference"].tolist() == ["https://example.org/magetan", "https://example.org/garut",
                                             "https://example.org/bps"]
    assert placed["units"]["source_id"].tolist() == ["award-01", "award-01", "award-02", "award-03"]


@pytest.fixture(scope="module")
def award_only(placed, tmp_path_factory):
    """The placed units as a dataset folder of their own, written as the build script writes it."""
    folder = tmp_path_factory.mktemp("reported")
    write_award_tables(placed, folder, table_columns())
    return load_dataset((folder,))


def test_an_award_only_unit_counts_from_its_award_year_and_a_first_wbbm_was_a_wbk_before(award_only):
    years = metrics.unit_years(award_only.units, award_only.events).set_index(["unit_id", "year"])
    wbbm = years.loc["R-3520-02"]
    assert wbbm.loc[2023, ["declared", "wbk", "wbbm"]].tolist() == [0, 0, 0]
    assert wbbm.loc[2024, ["declared", "wbk", "wbbm", "awarded_wbbm"]].tolist() == [1, 0, 1, 1]
    # awarded in February 2026: nothing to count by 31 December 2025, the last year the metrics cover
    assert years.loc["R-3205-01"][["declared", "wbk"]].sum().tolist() == [0, 0]


def test_before_its_first_recorded_award_a_unit_has_no_record_rather_than_not_declared(award_only):
    def stages(on: date) -> dict:
        table = unit_table.unit_table(award_only.units, award_only.events, award_only.sources, award_only.regencies,
                                      award_only.provinces, on)
        return table.set_index("unit_id")["stage"].to_dict()

    assert stages(date(2025, 12, 31)) == {"R-3520-01": "wbk", "R-3520-02": "wbbm",
                                          "R-3205-01": unit_table.NO_RECORD, "R-3577-01": "wbk"}
    assert set(stages(date(2017, 12, 31)).values()) == {unit_table.NO_RECORD}


def test_the_unit_table_links_a_units_source(award_only):
    table = unit_table.unit_table(award_only.units, award_only.events, award_only.sources, award_only.regencies,
                                  award_only.provinces, date(2025, 12, 31)).set_index("unit_id")
    assert table.at["R-3205-01", "source_url"] == "https://example.org/garut"


def test_a_synthetic_unit_with_a_real_ones_name_or_single_office_in_its_region_is_a_twin(regencies):
    units = pd.DataFrame({
        "unit_id": ["R1", "R2", "X1", "X2", "X3", "X4", "X5"],
        "name": ["Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil)", "UPTD Puskesmas Karangreja",
                 "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Magetan", "Puskesmas Karangreja",
                 "Puskesmas Karangreja", "Puskesmas Plaosan", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Garut"],
        "region_code": ["35.20", "33.03", "35.20", "33.03", "35.20", "35.20", "32.05"],
        "unit_type": ["Disdukcapil", "Puskesmas", "Disdukcapil", "Puskesmas", "Puskesmas", "Puskesmas", "Disdukcapil"],
        "synthetic": [False, False, True, True, True, True, True]})
    # X1: Magetan's only Disdukcapil; X2: the same puskesmas without 'UPTD'; X3 has the name in another region
    assert synthetic_twins(units, regencies).tolist() == [False, False, True, True, False, False, False]


def test_the_embedded_dataset_shows_no_synthetic_twin_of_a_real_unit():
    data = load_dataset()
    assert not synthetic_twins(data.units, data.regencies).any()
    hidden = {"X-3578-0006", "X-1606-0002"}  # Disdukcapil Kota Surabaya; Kejari Musi Banyuasin (seed article)
    assert not hidden & set(data.units["unit_id"]) and not hidden & set(data.events["unit_id"])


def test_every_reported_unit_equals_its_shared_row_or_is_left_out_with_a_reason(shared_data):
    shared = pd.read_csv(shared_data(AWARDS_FILE), dtype=str, keep_default_na=False, na_values=[""])
    folder = EMBEDDED_DIR / "reported"
    units = pd.read_csv(folder / "units.csv", dtype=str)
    events = pd.read_csv(folder / "events.csv", dtype=str).set_index("unit_id")
    sources = pd.read_csv(folder / "sources.csv", dtype=str).set_index("source_id")
    left_out = pd.read_csv(folder / "left_out.csv", dtype=str, keep_default_na=False, na_values=[""])
    regions = load_reference()[1].set_index("code")["name"]
    ours = pd.DataFrame({
        "year": events.loc[units["unit_id"], "note"].str.extract(r"siklus (\d{4})")[0].to_numpy(),
        "unit_name": units["name"], "region_name": units["region_code"].map(regions),
        "predicate": events.loc[units["unit_id"], "stage"].str.upper().to_numpy(),
        "source_url": sources.loc[units["source_id"], "reference"].to_numpy()})
    keys = ["year", "unit_name", "region_name", "predicate", "source_url"]
    assert len(ours) + len(left_out) == len(shared) == 45
    assert left_out["reason"].notna().all() and left_out["why"].notna().all()
    everything = pd.concat([ours[keys], left_out[keys]])
    assert sorted(map(tuple, everything.to_numpy())) == sorted(map(tuple, shared[keys].to_numpy()))

"""An upload from file to stored version: the plan's problems or changes, confirming, staleness and restoring.

Stored data is the mini fixture (units U1-U3 in Sumedang 32.11, U4 in Kota Bandung 32.73, U5 in Jakarta Pusat 31.71).
"""

from datetime import date

import pytest

from pantau_zi import store
from pantau_zi.i18n import t
from pantau_zi.importing.plan import confirm, plan_import
from pantau_zi.loading import load_reference
from tests.test_store import mini_tables

TODAY = date(2026, 11, 23)
BANDUNG_UNITS = ("Kode unit;Nama unit;Kabupaten/kota;Instansi;Jenis pemilik;Jenis unit\r\n"
                 "U4;DPMPTSP Kota Bandung (baru);Kota Bandung;Pemerintah Kota Bandung;pemda;DPMPTSP\r\n"
                 "U6;Disdukcapil Kota Bandung;32.73;Pemerintah Kota Bandung;Pemda;Disdukcapil\r\n").encode("cp1252")
WBBM_WITHOUT_WBK = ("Kode unit,Tanggal,Tahap\n"
                    "U5,01/04/2019,pencanangan\n"
                    "U5,09/12/2021,WBBM\n").encode()


def plan_of(file_name: str, raw: bytes, stored=None, base_version=None):
    return plan_import(file_name, raw, stored or mini_tables(), base_version, "mini", load_reference()[1], "ani",
                       TODAY)


def test_a_units_file_for_one_region_adds_and_changes_only_that_regions_units():
    plan = plan_of("bandung.csv", BANDUNG_UNITS)
    assert plan.ok, plan.problems
    assert plan.regions == {"32.73"}
    assert plan.changes["units"].added == [("U6",)] and plan.changes["units"].changed == [("U4",)]
    assert not plan.changes["units"].removed and plan.changes["events"].empty
    assert len(plan.changes["sources"].added) == 1
    units = plan.tables["units"].set_index("unit_id")
    assert units.loc["U6", ["region_code", "owner_type", "name_known", "synthetic"]].tolist() == [
        "32.73", "pemda", "true", "false"]
    assert units.loc["U6", "source_id"] == plan.changes["sources"].added[0][0]
    assert len(units) == 6


def test_a_file_breaking_the_lifecycle_is_refused_with_sheet_row_column_and_value_and_stores_nothing():
    plan = plan_of("muba.csv", WBBM_WITHOUT_WBK)
    assert not plan.ok and plan.tables is None
    [problem] = plan.problems
    assert (problem.file, problem.row, problem.column, problem.value, problem.reason) == (
        "muba.csv", 3, "Tahap", "WBBM", "wbbm_without_wbk")  # as typed, not the code


def test_a_yes_no_cell_the_upload_cannot_read_is_named_in_the_words_the_user_may_type():
    units = ("Kode unit,Nama unit,Kabupaten/kota,Instansi,Jenis pemilik,Jenis unit,Melayani publik\n"
             "U6,Disdukcapil Kota Bandung,32.73,Pemerintah Kota Bandung,Pemda,Disdukcapil,mungkin\n").encode()
    [problem] = plan_of("bandung.csv", units).problems
    # the upload takes ya/tidak (and yes/no, benar/salah, 1/0); the stored tables' own rule says true/false
    assert (problem.file, problem.row, problem.column, problem.value, problem.reason) == (
        "bandung.csv", 2, "Melayani publik", "mungkin", "not_yes_no")
    assert t(f"reason.{problem.reason}") == "harus ya atau tidak"


def test_confirming_stores_the_data_before_as_version_one_and_the_import_as_version_two_then_restore_undoes_it(
        store_url):
    opened = store.open_store(store_url)
    imported = confirm(opened, plan_of("bandung.csv", BANDUNG_UNITS), "ani", base=mini_tables())
    base = int(store.versions(opened).set_index("id").loc[imported, "parent_id"])
    assert len(store.load_dataset_version(opened, imported).units) == 6
    restored = store.restore(opened, base, "budi", expected_current=imported)
    assert len(store.load_dataset_version(opened, restored).units) == 5
    assert store.current_version(opened) == restored
    opened.engine.dispose()


def test_a_plan_made_before_someone_else_imported_is_refused_as_stale_and_the_other_import_stands(store_url):
    opened = store.open_store(store_url)
    first = confirm(opened, plan_of("bandung.csv", BANDUNG_UNITS), "ani", base=mini_tables())
    late = plan_of("bandung.csv", BANDUNG_UNITS)  # made against the files, before "ani" confirmed
    with pytest.raises(store.StaleVersion):
        confirm(opened, late, "budi", base=mini_tables())
    assert store.current_version(opened) == first
    opened.engine.dispose()


def test_a_plan_with_problems_cannot_be_confirmed(store_url):
    opened = store.open_store(store_url)
    with pytest.raises(ValueError):
        confirm(opened, plan_of("muba.csv", WBBM_WITHOUT_WBK), "ani", base=mini_tables())
    assert store.current_version(opened) is None
    opened.engine.dispose()

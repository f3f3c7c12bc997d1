"""An upload from file to stored version: the plan's problems or changes, confirming, staleness and restoring.

Stored data is the mini fixture (units U1-U3 in Sumedang 32.11, U4 in Kota Bandung 32.73, U5 in Jakarta Pusat 31.71).
"""

import io
from datetime import date

import openpyxl
import pytest

from pantau_zi import store
from pantau_zi.i18n import t
from pantau_zi.importing.plan import confirm, plan_import
from pantau_zi.loading import dataset_from_tables, load_reference
from pantau_zi.metrics import unit_years
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


def test_a_file_naming_one_unit_of_a_region_keeps_the_regions_other_units_and_every_event():
    plan = plan_of("sumedang.csv", ("Kode unit,Nama unit,Kabupaten/kota,Instansi,Jenis pemilik,Jenis unit\n"
                                    "U1,Disdukcapil Kabupaten Sumedang,32.11,Pemerintah Kabupaten Sumedang,pemda,"
                                    "Disdukcapil\n").encode())
    assert plan.ok, plan.problems
    assert plan.changes["units"].changed == [("U1",)] and not plan.changes["units"].removed
    assert all(change.empty for name, change in plan.changes.items() if name not in ("units", "sources"))
    assert sorted(plan.tables["units"]["unit_id"]) == ["U1", "U2", "U3", "U4", "U5"]


def test_a_file_reusing_the_id_of_a_unit_of_another_region_is_refused_naming_both_regions():
    plan = plan_of("sumedang.csv", ("Kode unit,Nama unit,Kabupaten/kota,Instansi,Jenis pemilik,Jenis unit\n"
                                    "U4,DPMPTSP Sumedang,32.11,Pemerintah Kabupaten Sumedang,pemda,DPMPTSP\n").encode())
    [problem] = plan.problems
    assert (problem.file, problem.row, problem.column, problem.value, problem.reason) == (
        "sumedang.csv", 2, "Kode unit", "U4", "unit_in_other_region")
    assert t("reason.unit_in_other_region", **problem.params) == (
        "kode unit ini sudah dipakai unit di Kota Bandung; berkas menempatkannya di Kabupaten Sumedang")


def test_every_problem_of_a_file_is_reported_in_one_round_in_sheet_and_row_order():
    units = ("Kode unit,Nama unit,Kabupaten/kota,Instansi,Jenis pemilik,Jenis unit\n"
             "U7,Disdukcapil Bandung,Bandung,Pemerintah Kota Bandung,pemda,Disdukcapil\n")
    events = ("Kode unit,Tanggal,Tahap,Nilai\n"
              "U5,01/06/2020,usulan,\n"
              "U5,01/09/2020,evaluasi_tpn,tinggi\n"
              "U4,09/12/2021,wbbm,\n")
    found = [(p.file, p.row, p.column, p.reason) for p in plan_of("campur.xlsx", workbook(units, events)).problems]
    # reading (an ambiguous region), field and lifecycle problems together, not one kind per upload
    assert found == [("campur.xlsx › Unit", 2, "Kabupaten/kota", "ambiguous_region"),
                     ("campur.xlsx › Riwayat Tahap", 3, "Nilai", "not_number"),
                     ("campur.xlsx › Riwayat Tahap", 4, "Tahap", "wbbm_without_wbk")]


def test_replacing_the_files_regions_is_a_choice_and_drops_their_unnamed_rows():
    plan = plan_import("bandung.csv", BANDUNG_UNITS, mini_tables(), None, "mini", load_reference()[1], "ani", TODAY,
                       replace_regions=True)
    assert plan.ok and plan.replace
    assert plan.changes["units"].removed == [] and plan.changes["events"].removed == []  # U4 is named again
    dropped = plan_import("u1.csv", "Kode unit,Tanggal,Tahap\nU1,01/03/2018,pencanangan\n".encode(), mini_tables(),
                          None, "mini", load_reference()[1], "ani", TODAY, replace_regions=True)
    assert [key for (key,) in dropped.changes["events"].removed] == [
        "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10", "E11", "E12", "E13"]


AWARD_ONLY = ("Kode unit,Nama unit,Kabupaten/kota,Instansi,Jenis pemilik,Jenis unit\n"
              "TB-KEC-1,Kecamatan Kusan Hilir,Kabupaten Tanah Bumbu,Pemerintah Kabupaten Tanah Bumbu,Pemda,Kecamatan\n"
              "TB-POL-1,Polres Tanah Bumbu,63.10,Kepolisian Negara Republik Indonesia,Instansi vertikal,Polres\n",
              "Kode unit,Tanggal,Tahap,Catatan\n"
              "TB-KEC-1,09/12/2014,WBK,Diumumkan KemenPAN-RB\n"
              "TB-KEC-1,30/06/2022,Dicabut,Predikat dicabut\n"
              "TB-POL-1,2021,WBBM,Diberitakan tanpa tanggal\n")


def workbook(units: str, events: str) -> bytes:
    """A workbook with a Unit and a Riwayat Tahap sheet, each given as comma-separated lines."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, text in zip(("Unit", "Riwayat Tahap"), (units, events)):
        sheet = book.create_sheet(title)
        for line in text.strip().split("\n"):
            sheet.append(line.split(","))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_real_style_award_only_file_is_accepted_and_counted_and_changes_nothing_else_stored():
    plan = plan_of("tanbu.xlsx", workbook(*AWARD_ONLY))
    assert plan.ok, plan.problems
    assert plan.award_only == ("TB-KEC-1", "TB-POL-1")
    for name, old in mini_tables().items():  # every stored row is there, unchanged
        kept = plan.tables[name].merge(old, how="inner")
        assert len(kept) == len(old), name
    assert [len(change.added) for change in plan.changes.values() if not change.empty] == [1, 2, 3]
    data = dataset_from_tables({name: frame.assign(_file=name, _row=range(2, len(frame) + 2))
                                for name, frame in plan.tables.items()})
    flags = unit_years(data.units, data.events, range(2013, 2025)).set_index(["unit_id", "year"])
    assert flags.loc[("TB-KEC-1", 2020), "wbk"] == 1 and flags.loc[("TB-KEC-1", 2023), "wbk"] == 0
    assert flags.loc[("TB-POL-1", 2021), "wbbm"] == 1 and flags.loc[("TB-POL-1", 2021), "declared"] == 1


def test_a_row_marked_hapus_removes_the_unit_it_names_with_its_events_and_nothing_else():
    plan = plan_of("hapus.csv", ("Kode unit,Nama unit,Kabupaten/kota,Instansi,Jenis pemilik,Jenis unit,Hapus\n"
                                 "U5,,31.71,-,pemda,Kecamatan,ya\n").encode())
    assert plan.ok, plan.problems
    assert plan.changes["units"].removed == [("U5",)] and plan.changes["events"].removed == [("E17",)]
    assert not plan.changes["units"].changed and not plan.changes["events"].changed


@pytest.fixture(scope="module")
def embedded():
    from pantau_zi import datasource
    from pantau_zi.loading import EMBEDDED_PARTS
    return datasource.text_tables(datasource.Files(EMBEDDED_PARTS))


def test_a_file_naming_one_real_tanah_bumbu_unit_keeps_the_regions_seeds_and_every_other_row(embedded):
    units = ("Kode unit,Nama unit,Kabupaten/kota,Instansi,Jenis pemilik,Jenis unit\n"
             "S-6310-04,Kecamatan Satui,63.10,Pemerintah Kabupaten Tanah Bumbu,pemda,Kecamatan\n").encode()
    events = "Kode unit,Tanggal,Tahap\nS-6310-04,06/12/2023,WBK\n".encode()
    for name, raw, table in (("satui.csv", units, "units"), ("satui_wbk.csv", events, "events")):
        plan = plan_of(name, raw, stored=embedded)
        assert plan.ok, plan.problems
        assert all(not change.removed for change in plan.changes.values()), name
        assert len(plan.tables["units"]) == len(embedded["units"])
    assert plan.changes["events"].added == [("S-6310-04.2023-12-06.wbk",)]


def test_the_embedded_x_1101_0001_filed_under_sumedang_is_refused_naming_aceh_selatan_and_sumedang(embedded):
    units = ("Kode unit,Nama unit,Kabupaten/kota,Instansi,Jenis pemilik,Jenis unit\n"
             "X-1101-0001,Kecamatan Jatinangor,32.11,Pemerintah Kabupaten Sumedang,pemda,Kecamatan\n").encode()
    [problem] = plan_of("sumedang.csv", units, stored=embedded).problems
    assert problem.reason == "unit_in_other_region"
    assert problem.params == {"stored": "Kabupaten Aceh Selatan", "given": "Kabupaten Sumedang"}


def test_the_plan_lists_the_rows_it_changes_with_their_region_and_whether_they_are_real():
    plan = plan_of("bandung.csv", BANDUNG_UNITS)
    units = plan.rows[plan.rows["table"] == "units"]
    assert units[["region_code", "change", "key", "real"]].values.tolist() == [
        ["32.73", "added", "U6", True],  # as filed: an import is a real source
        ["32.73", "changed", "U4", False]]  # as stored: the mini fixture is synthetic

"""Laying a file over the stored data: rows update or add what they name, removing is explicit, nothing moves."""

import pandas as pd

from pantau_zi.importing.merge import covered_regions, merged_tables

NAMES = {"32.11": "Kabupaten Sumedang", "16.06": "Kabupaten Musi Banyuasin"}


def stored() -> dict[str, pd.DataFrame]:
    """Two units in Sumedang (32.11), one in Musi Banyuasin (16.06), with events, LKE, targets and Ombudsman rows."""
    return {
        "units": pd.DataFrame({"unit_id": ["A1", "A2", "B1"], "region_code": ["32.11", "32.11", "16.06"],
                               "name": ["Dinas A1", "Dinas A2", "Dinas B1"]}),
        "events": pd.DataFrame({"event_id": ["e1", "e2", "e3", "e4"], "unit_id": ["A1", "A1", "A2", "B1"],
                                "date": ["2019-01-01", "2020-01-01", "2019-01-01", "2019-01-01"],
                                "stage": ["pencanangan", "usulan", "pencanangan", "pencanangan"]}),
        "lke": pd.DataFrame({"unit_id": ["A1", "B1"], "year": ["2021", "2021"], "total": ["80", "70"]}),
        "targets": pd.DataFrame({"region_code": ["32.11", "16.06"], "set_year": ["2019", "2020"]}),
        "ombudsman": pd.DataFrame({"region_code": ["32.11", "16.06"], "year": ["2019", "2019"]}),
    }


def sheet(label: str, **columns) -> pd.DataFrame:
    """A file's sheet: the given columns plus where each row is (file label and row number from 2)."""
    frame = pd.DataFrame(columns)
    return frame.assign(_file=f"f.xlsx › {label}", _row=range(2, len(frame) + 2))


def merge(incoming, replace=False):
    return merged_tables(stored(), incoming, covered_regions(incoming, stored()["units"]), replace, NAMES)


def ids(frame: pd.DataFrame, column: str) -> list[str]:
    return sorted(frame[column])


def test_a_file_naming_one_unit_updates_that_unit_and_keeps_every_other_row_of_its_region():
    merged = merge({"units": sheet("Unit", unit_id=["A1", "A3"], region_code=["32.11", "32.11"],
                                   name=["Dinas A1 baru", "Dinas A3"])})
    assert merged.problems == []
    assert sorted(zip(merged.tables["units"]["unit_id"], merged.tables["units"]["name"])) == [
        ("A1", "Dinas A1 baru"), ("A2", "Dinas A2"), ("A3", "Dinas A3"), ("B1", "Dinas B1")]
    assert ids(merged.tables["events"], "event_id") == ["e1", "e2", "e3", "e4"]
    assert ids(merged.tables["lke"], "unit_id") == ["A1", "B1"]
    assert merged.tables["targets"].equals(stored()["targets"])


def test_an_events_sheet_adds_its_events_and_keeps_the_units_other_events():
    merged = merge({"events": sheet("Riwayat Tahap", event_id=["e5"], unit_id=["A2"], date=["2021-01-01"],
                                    stage=["usulan"])})
    assert ids(merged.tables["events"], "event_id") == ["e1", "e2", "e3", "e4", "e5"]


def test_an_event_listed_again_under_a_derived_id_updates_the_stored_event_instead_of_repeating_it():
    merged = merge({"events": sheet("Riwayat Tahap", event_id=["A1.2020-01-01.usulan"], unit_id=["A1"],
                                    date=["2020-01-01"], stage=["usulan"], note=["SK 12/2020"])})
    events = merged.tables["events"].set_index("event_id")
    assert sorted(events.index) == ["e1", "e2", "e3", "e4"] and events.at["e2", "note"] == "SK 12/2020"


def test_a_unit_id_stored_under_another_region_is_a_problem_naming_both_and_nothing_moves():
    merged = merge({"units": sheet("Unit", unit_id=["B1"], region_code=["32.11"], name=["Dinas B1"])})
    [problem] = merged.problems
    assert (problem.file, problem.row, problem.column, problem.value, problem.reason) == (
        "f.xlsx › Unit", 2, "unit_id", "B1", "unit_in_other_region")
    assert problem.params == {"stored": "Kabupaten Musi Banyuasin", "given": "Kabupaten Sumedang"}
    assert merged.tables["units"].set_index("unit_id").at["B1", "region_code"] == "16.06"


def test_a_targets_sheet_updates_by_region_and_year_and_leaves_everything_else():
    merged = merge({"targets": sheet("Target", region_code=["16.06", "16.06"], set_year=["2020", "2023"])})
    assert sorted(zip(merged.tables["targets"]["region_code"], merged.tables["targets"]["set_year"])) == [
        ("16.06", "2020"), ("16.06", "2023"), ("32.11", "2019")]
    assert merged.tables["ombudsman"].equals(stored()["ombudsman"])


def test_a_row_marked_hapus_removes_the_unit_it_names_with_its_events_and_lke():
    merged = merge({"units": sheet("Unit", unit_id=["A1", "A9"], region_code=["32.11", "32.11"], name=[None, None],
                                   remove=["true", "true"])})
    assert ids(merged.tables["units"], "unit_id") == ["A2", "B1"]
    assert ids(merged.tables["events"], "event_id") == ["e3", "e4"] and ids(merged.tables["lke"], "unit_id") == ["B1"]
    [problem] = merged.problems  # A9 is not stored: nothing to remove
    assert (problem.row, problem.value, problem.reason) == (3, "A9", "nothing_to_remove")


def test_a_hapus_cell_that_is_not_yes_or_no_is_a_problem_and_the_row_changes_nothing():
    merged = merge({"units": sheet("Unit", unit_id=["A1"], region_code=["32.11"], name=["x"], remove=["mungkin"])})
    [problem] = merged.problems
    assert (problem.column, problem.value, problem.reason) == ("remove", "mungkin", "not_yes_no")
    assert merged.tables["units"].set_index("unit_id").at["A1", "name"] == "Dinas A1"


def test_replacing_everything_for_the_files_regions_is_a_choice_that_drops_their_unnamed_rows():
    merged = merge({"units": sheet("Unit", unit_id=["A1"], region_code=["32.11"], name=["Dinas A1"])}, replace=True)
    assert ids(merged.tables["units"], "unit_id") == ["A1", "B1"]
    assert ids(merged.tables["events"], "event_id") == ["e1", "e2", "e4"]  # A2 is gone, so is its e3


def test_a_unit_row_without_an_id_updates_the_stored_unit_of_that_name_in_that_region():
    merged = merge({"units": sheet("Unit", unit_id=[None], region_code=["32.11"], name=["dinas a2"],
                                   instansi=["Pemkab"])})
    units = merged.tables["units"].set_index("unit_id")
    assert sorted(units.index) == ["A1", "A2", "B1"] and units.at["A2", "instansi"] == "Pemkab"


def test_events_of_a_unit_nobody_knows_add_no_region_and_are_kept_for_the_schema_to_report():
    incoming = {"events": sheet("Riwayat Tahap", event_id=["e9"], unit_id=["ZZ"], date=["2019-01-01"],
                                stage=["wbk"])}
    assert covered_regions(incoming, stored()["units"]) == frozenset()
    assert ids(merge(incoming).tables["events"], "event_id") == ["e1", "e2", "e3", "e4", "e9"]

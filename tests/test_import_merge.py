"""Laying a file over the stored data: the regions a file names are replaced sheet by sheet, nothing else moves."""

import pandas as pd

from pantau_zi.importing.merge import covered_regions, merged_tables


def stored() -> dict[str, pd.DataFrame]:
    """Two units in Sumedang (32.11), one in Musi Banyuasin (16.06), with events, LKE, targets and Ombudsman rows."""
    return {
        "units": pd.DataFrame({"unit_id": ["A1", "A2", "B1"], "region_code": ["32.11", "32.11", "16.06"],
                               "name": ["Dinas A1", "Dinas A2", "Dinas B1"]}),
        "events": pd.DataFrame({"event_id": ["e1", "e2", "e3", "e4"], "unit_id": ["A1", "A1", "A2", "B1"]}),
        "lke": pd.DataFrame({"unit_id": ["A1", "B1"], "year": ["2021", "2021"]}),
        "targets": pd.DataFrame({"region_code": ["32.11", "16.06"], "set_year": ["2019", "2020"]}),
        "ombudsman": pd.DataFrame({"region_code": ["32.11", "16.06"], "year": ["2019", "2019"]}),
    }


def ids(frame: pd.DataFrame, column: str) -> list[str]:
    return sorted(frame[column])


def test_a_units_sheet_replaces_its_regions_units_and_their_orphaned_events_and_lke_go():
    incoming = {"units": pd.DataFrame({"unit_id": ["A1", "A3"], "region_code": ["32.11", "32.11"],
                                       "name": ["Dinas A1 baru", "Dinas A3"]})}
    regions = covered_regions(incoming, stored()["units"])
    merged = merged_tables(stored(), incoming, regions)
    assert regions == {"32.11"}
    assert sorted(zip(merged["units"]["unit_id"], merged["units"]["name"])) == [
        ("A1", "Dinas A1 baru"), ("A3", "Dinas A3"), ("B1", "Dinas B1")]
    assert ids(merged["events"], "event_id") == ["e1", "e2", "e4"]  # A2 is gone, so is its e3
    assert ids(merged["lke"], "unit_id") == ["A1", "B1"]
    assert merged["targets"].equals(stored()["targets"])


def test_an_events_sheet_replaces_the_events_of_every_unit_in_the_regions_it_names():
    incoming = {"events": pd.DataFrame({"event_id": ["e5"], "unit_id": ["A2"]})}
    regions = covered_regions(incoming, stored()["units"])
    merged = merged_tables(stored(), incoming, regions)
    assert regions == {"32.11"}
    assert ids(merged["events"], "event_id") == ["e4", "e5"]
    assert ids(merged["units"], "unit_id") == ["A1", "A2", "B1"]


def test_a_targets_sheet_for_one_region_leaves_the_other_regions_targets_and_all_units_alone():
    incoming = {"targets": pd.DataFrame({"region_code": ["16.06"], "set_year": ["2023"]})}
    merged = merged_tables(stored(), incoming, covered_regions(incoming, stored()["units"]))
    assert sorted(zip(merged["targets"]["region_code"], merged["targets"]["set_year"])) == [
        ("16.06", "2023"), ("32.11", "2019")]
    assert ids(merged["events"], "event_id") == ["e1", "e2", "e3", "e4"]
    assert merged["ombudsman"].equals(stored()["ombudsman"])


def test_a_unit_moved_to_another_region_keeps_its_events_and_is_not_duplicated():
    incoming = {"units": pd.DataFrame({"unit_id": ["B1"], "region_code": ["32.11"], "name": ["Dinas B1"]})}
    merged = merged_tables(stored(), incoming, covered_regions(incoming, stored()["units"]))
    assert list(merged["units"]["unit_id"]) == ["B1"]
    assert ids(merged["events"], "event_id") == ["e4"]


def test_events_of_a_unit_nobody_knows_add_no_region_and_are_kept_for_the_schema_to_report():
    incoming = {"events": pd.DataFrame({"event_id": ["e9"], "unit_id": ["ZZ"]})}
    regions = covered_regions(incoming, stored()["units"])
    merged = merged_tables(stored(), incoming, regions)
    assert regions == frozenset()
    assert ids(merged["events"], "event_id") == ["e1", "e2", "e3", "e4", "e9"]

"""The preview of an import: which rows it adds, changes and removes against the stored version."""

from pantau_zi.importing.changes import changed_rows, changes, counts
from tests.test_store import mini_tables


def test_an_import_into_an_empty_store_adds_every_row():
    preview = changes(None, mini_tables())
    assert len(preview["units"].added) == len(mini_tables()["units"])
    assert not preview["units"].changed and not preview["units"].removed
    assert preview["lke"].added and preview["ombudsman"].added


def test_the_same_tables_again_change_nothing():
    assert all(change.empty for change in changes(mini_tables(), mini_tables()).values())


def test_a_renamed_unit_a_new_unit_and_a_dropped_event_are_told_apart():
    old, new = mini_tables(), mini_tables()
    new["units"].loc[0, "name"] = "Disdukcapil Kabupaten Sumedang"
    new["units"].loc[len(new["units"])] = new["units"].iloc[1].to_dict() | {"unit_id": "U99"}
    dropped = new["events"].iloc[0]["event_id"]
    new["events"] = new["events"].iloc[1:]
    preview = changes(old, new)
    assert preview["units"].changed == [(old["units"].loc[0, "unit_id"],)]
    assert preview["units"].added == [("U99",)]
    assert preview["events"].removed == [(dropped,)] and not preview["events"].added


def test_an_emptied_cell_is_a_change_but_two_empty_cells_are_not():
    old, new = mini_tables(), mini_tables()
    new["units"].loc[1, "service_facing"] = None
    assert changes(old, new)["units"].changed == [(old["units"].loc[1, "unit_id"],)]


def test_targets_are_matched_on_region_and_year_and_declarations_on_the_whole_row():
    old, new = mini_tables(), mini_tables()
    new["targets"].loc[0, "target_wbk"] = "99"
    new["declarations"].loc[0, "scope"] = "seluruh unit"
    preview = changes(old, new)
    assert preview["targets"].changed == [tuple(old["targets"].loc[0, ["region_code", "set_year"]])]
    assert len(preview["declarations"].added) == 1 and len(preview["declarations"].removed) == 1


def test_the_preview_counts_only_the_tables_that_change_and_lists_keys_by_kind():
    old, new = mini_tables(), mini_tables()
    new["units"].loc[0, "name"] = "Disdukcapil Kabupaten Sumedang"
    new["units"] = new["units"].drop(index=1)
    preview = changes(old, new)
    table = counts(preview)
    units = table.set_index("table").loc["units"]
    assert (units["added"], units["changed"], units["removed"]) == (0, 1, 1)
    assert "sources" not in set(table["table"])
    assert changed_rows(old, new, preview)["change"].tolist() == ["changed", "removed"]


def test_every_row_that_goes_or_changes_is_listed_by_region_and_table_and_real_rows_are_marked():
    old = mini_tables()
    old["units"].loc[old["units"]["unit_id"] == "U3", "synthetic"] = "false"  # a real, source-backed unit
    new = {name: frame.copy() for name, frame in old.items()}
    new["units"] = new["units"][new["units"]["unit_id"] != "U3"]
    new["events"] = new["events"][new["events"]["unit_id"] != "U3"]
    new["targets"].loc[1, "target_wbk"] = "2"  # Kota Bandung's target
    rows = changed_rows(old, new, changes(old, new))
    assert rows[["region_code", "table", "change", "key", "unit", "real"]].values.tolist() == [
        ["32.11", "events", "removed", "E11", "Polres Sumedang", False],
        ["32.11", "events", "removed", "E12", "Polres Sumedang", False],
        ["32.11", "events", "removed", "E13", "Polres Sumedang", False],
        ["32.11", "units", "removed", "U3", "Polres Sumedang", True],
        ["32.73", "targets", "changed", "32.73 · 2020", None, False]]

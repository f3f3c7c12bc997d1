"""The disk cache of validated tables: a restart reads what was validated, never anything stale or broken."""

from dataclasses import fields

import pandas as pd
import pytest

from pantau_zi import cache, datasource, metrics
from pantau_zi import store as st
from pantau_zi.filters import Filters, filtered_panel
from pantau_zi.loading import Dataset, DatasetError
from tests.test_store import mini_tables, one_unit_tables


@pytest.fixture
def validations(monkeypatch):
    """How many times a dataset was validated (not read from the cache)."""
    calls = []
    real = datasource._validated

    def counted(source):
        calls.append(source)
        return real(source)

    monkeypatch.setattr(datasource, "_validated", counted)
    return calls


def assert_same_dataset(left: Dataset, right: Dataset) -> None:
    for field in fields(Dataset):
        pd.testing.assert_frame_equal(getattr(left, field.name), getattr(right, field.name), check_index_type=False)


def test_a_second_load_reads_the_cache_and_gives_the_same_typed_tables(mini_copy, validations, own_cache):
    source = datasource.Files((mini_copy,))
    first = datasource.load(source)
    second = datasource.load(source)
    assert len(validations) == 1
    assert_same_dataset(first, second)
    assert any(own_cache.iterdir())


def test_a_changed_input_file_is_validated_again_not_served_from_the_cache(mini_copy, validations):
    source = datasource.Files((mini_copy,))
    before = datasource.load(source)
    path = mini_copy / "units.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("Polres Sumedang", "Polres Sumedang Kota"),
                    encoding="utf-8")
    after = datasource.load(source)
    assert len(validations) == 2
    assert before.units.loc[2, "name"] == "Polres Sumedang" and after.units.loc[2, "name"] == "Polres Sumedang Kota"


def test_a_file_that_no_longer_validates_raises_even_after_a_good_load_was_cached(mini_copy):
    source = datasource.Files((mini_copy,))
    datasource.load(source)
    path = mini_copy / "events.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("pencanangan", "pencanang", 1), encoding="utf-8")
    with pytest.raises(DatasetError):
        datasource.load(source)


def test_a_new_store_version_is_never_served_the_previous_versions_tables(store_url, validations):
    opened = st.open_store(store_url)
    first = st.commit_import(opened, mini_tables(), who="ani", file_name="a", raw=b"a", expected_current=None)
    assert len(datasource.load(datasource.Stored(store_url, first)).units) == len(mini_tables()["units"])
    second = st.commit_import(opened, one_unit_tables(), who="ani", file_name="b", raw=b"b", expected_current=first)
    assert datasource.load(datasource.Stored(store_url, second)).units["unit_id"].tolist() == ["X1"]
    datasource.load(datasource.Stored(store_url, first))
    assert len(validations) == 2  # the first version's entry is still good
    opened.engine.dispose()


def test_a_store_emptied_and_filled_again_with_the_same_version_id_is_validated_again(tmp_path, validations):
    url = st.database_url(tmp_path / "replaced.sqlite")
    opened = st.open_store(url)
    version = st.commit_import(opened, mini_tables(), who="ani", file_name="a", raw=b"a", expected_current=None)
    datasource.load(datasource.Stored(url, version))
    opened.engine.dispose()
    datasource.close_stores()
    (tmp_path / "replaced.sqlite").unlink()
    reopened = st.open_store(url)
    again = st.commit_import(reopened, one_unit_tables(), who="budi", file_name="b", raw=b"b", expected_current=None)
    assert again == version
    assert datasource.load(datasource.Stored(url, again)).units["unit_id"].tolist() == ["X1"]
    assert len(validations) == 2
    reopened.engine.dispose()


@pytest.mark.parametrize("damage", [b"", b"not parquet at all", "truncate"], ids=["empty", "garbage", "truncated"])
def test_a_corrupt_cache_file_is_ignored_and_rebuilt(mini_copy, validations, own_cache, damage):
    source = datasource.Files((mini_copy,))
    good = datasource.load(source)
    events_file = own_cache / datasource.cache_key(source, "dataset") / "events.parquet"
    content = events_file.read_bytes()
    events_file.write_bytes(content[: len(content) // 2] if damage == "truncate" else damage)
    assert_same_dataset(datasource.load(source), good)
    assert len(validations) == 2
    assert_same_dataset(datasource.load(source), good)  # rebuilt: read from the cache again
    assert len(validations) == 2


def test_a_missing_cache_file_is_rebuilt(mini_copy, validations, own_cache):
    source = datasource.Files((mini_copy,))
    datasource.load(source)
    (own_cache / datasource.cache_key(source, "dataset") / "units.parquet").unlink()
    datasource.load(source)
    assert len(validations) == 2


def test_an_unwritable_cache_folder_costs_only_the_speed(mini_copy, validations, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PANTAU_ZI_CACHE_DIR", str(blocker / "cache"))
    source = datasource.Files((mini_copy,))
    datasource.load(source)
    datasource.load(source)
    assert len(validations) == 2


def test_only_the_newest_entries_are_kept(monkeypatch, own_cache):
    monkeypatch.setattr(cache, "KEEP", 2)
    for number in range(4):
        cache.write(f"k{number}", {"t": pd.DataFrame({"a": [number]})})
    assert sorted(entry.name for entry in own_cache.iterdir()) == ["k2", "k3"]
    assert cache.read("k3", ["t"])["t"]["a"].tolist() == [3]


def test_the_cached_unit_cube_gives_the_panels_the_unit_year_table_gives(mini_copy):
    source = datasource.Files((mini_copy,))
    data = datasource.load(source)
    unit_year = metrics.unit_years(data.units, data.events)
    datasource.unit_cube(source, data)
    cube = datasource.unit_cube(source, data)  # read back from the cache
    for filters in (Filters(), Filters(owner_type="vertikal"), Filters(unit_types=("Disdukcapil",)),
                    Filters(province="32", owner_type="pemda")):
        panels = [filtered_panel(table, data.targets, data.perangkat_daerah, data.regencies, filters)
                  for table in (unit_year, cube)]
        pd.testing.assert_frame_equal(*panels)


def test_an_entry_removed_by_another_server_while_pruning_is_no_error(monkeypatch, own_cache):
    for number in range(3):
        cache.write(f"k{number}", {"t": pd.DataFrame({"a": [number]})})
    real_stat, seen = type(own_cache).stat, []

    def vanished(path, *args, **kwargs):  # k0 is there when listed, gone when its age is asked
        if path.name == "k0":
            seen.append(path)
            if len(seen) > 1:
                raise FileNotFoundError(path)
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(type(own_cache), "stat", vanished)
    cache.write("k3", {"t": pd.DataFrame({"a": [3]})})
    assert cache.read("k3", ["t"])["t"]["a"].tolist() == [3]


def test_the_cache_gives_back_the_event_and_lke_categories_as_they_were_written(mini_copy, validations):
    path = mini_copy / "events.csv"
    events = pd.read_csv(path, dtype=str, keep_default_na=False)
    events.loc[:1, "note"] = ["SK Bupati 12/2019", "Berita Antara"]
    events.to_csv(path, index=False)
    source = datasource.Files((mini_copy,))
    first, second = datasource.load(source), datasource.load(source)
    assert len(validations) == 1
    columns = [("events", column) for column in ("stage", "date_precision", "source_id", "note")] + [("lke", "source_id")]
    for table, column in columns:
        written, read = getattr(first, table)[column], getattr(second, table)[column]
        assert isinstance(read.dtype, pd.CategoricalDtype)
        assert list(read.cat.categories) == list(written.cat.categories)
        pd.testing.assert_series_equal(read, written)

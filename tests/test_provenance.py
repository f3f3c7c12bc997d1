"""The real-data-only view and the origin every download carries, on a small hand-made mix of real and synthetic rows
(tests/fixtures/mixed/README.md): Sumedang 32.11 mixed, Kota Bandung 32.73 real, Kabupaten Bandung 32.04 synthetic."""

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from pantau_zi import exports, mapping, measures, metrics, profile, progress, provenance, ranking, unit_table, views
from pantau_zi.briefing import slides
from pantau_zi.filters import Filters, filtered_panel
from pantau_zi.loading import load_dataset
from tests.conftest import FIXTURES

GENERATOR_ID = "Pantau ZI, data sintetis dari generator berbiji (bukan angka resmi)"


@pytest.fixture(scope="module")
def mixed():
    return load_dataset([FIXTURES / "mixed"])


@pytest.fixture(scope="module")
def real(mixed):
    return provenance.real_only(mixed)


def test_the_real_only_dataset_keeps_every_real_row_and_no_synthetic_one(mixed, real):
    assert list(real.units["unit_id"]) == ["R1", "R2"]
    assert list(real.events["event_id"]) == ["E1", "E2", "E3"]
    assert list(real.targets["region_code"]) == ["32.11"] and list(real.perangkat_daerah["region_code"]) == ["32.11"]
    assert len(real.declarations) == 1 and real.lke.empty and real.ombudsman.empty
    for table in provenance.FLAGGED_TABLES:
        assert not getattr(real, table)["synthetic"].any(), table
    # the generator is no longer cited, so it is no longer listed
    assert list(real.sources["source_id"]) == ["warta", "koran"]
    assert real.regencies is mixed.regencies


def test_a_real_event_of_a_synthetic_unit_goes_with_its_unit(mixed):
    events = mixed.events.copy()
    events.loc[events["event_id"] == "E4", "synthetic"] = False
    assert "E4" not in set(provenance.real_only(replace(mixed, events=events)).events["event_id"])


def test_a_row_nobody_flagged_counts_as_synthetic():
    flags = pd.DataFrame({"synthetic": pd.array([True, False, None], dtype="boolean")})
    assert provenance.is_synthetic(flags).tolist() == [True, False, True]


def test_a_source_is_cited_by_its_public_url_else_by_publisher_and_date(mixed):
    cited = provenance.citations(mixed.sources, "id")
    assert cited["warta"] == "https://warta.example/sumedang-zi"
    assert cited["koran"] == "Koran Bandung, 10 Mei 2021"
    assert cited["gen"] == GENERATOR_ID
    assert provenance.citations(mixed.sources, "en")["koran"] == "Koran Bandung, 10 May 2021"


def test_each_region_is_real_synthetic_or_mixed_with_its_sources_real_first(mixed):
    origins = provenance.region_origins(mixed, "id")
    assert origins.to_dict("index") == {
        "32.04": {"data": "synthetic", "data_source": GENERATOR_ID},
        "32.11": {"data": "mixed", "data_source": f"https://warta.example/sumedang-zi; {GENERATOR_ID}"},
        "32.73": {"data": "real", "data_source": "Koran Bandung, 10 Mei 2021"},
    }


def test_a_total_is_real_only_when_every_region_behind_it_is(mixed, real):
    origins = provenance.region_origins(mixed, "id")
    assert provenance.scope_origin(origins, ["32.73"])["data"] == "real"
    assert provenance.scope_origin(origins, ["32.73", "32.04"]) == {
        "data": "mixed", "data_source": f"Koran Bandung, 10 Mei 2021; {GENERATOR_ID}"}
    # under the real-only view the same total is real; a region with no row at all has no origin
    assert provenance.scope_origin(provenance.region_origins(real, "id"), ["32.73", "32.11"])["data"] == "real"
    assert provenance.scope_origin(origins, ["31.71"]) == {"data": None, "data_source": None}


def test_every_downloaded_row_says_whether_it_is_real_and_where_it_comes_from(mixed):
    rows = pd.DataFrame({"region_code": ["32.73", "32.04", "31.71"], "declared": [1, 1, None]})
    traced = provenance.traced(rows, provenance.region_origins(mixed, "id"), "id")
    assert traced["data"].tolist() == ["nyata", "sintetis", "Tidak ada data"]
    assert traced["data_source"].tolist() == ["Koran Bandung, 10 Mei 2021", GENERATOR_ID, ""]
    csv = exports.to_csv_bytes(traced, "id").decode("utf-8-sig").splitlines()
    assert csv[0].endswith(",Data,Sumber data") and csv[1].endswith(",nyata,"
                                                                    "\"Koran Bandung, 10 Mei 2021\"")
    assert provenance.traced(rows, {"data": "mixed", "data_source": "x"}, "en")["data"].tolist() == ["mixed real and "
                                                                                                   "synthetic"] * 3


def test_unit_rows_carry_their_own_flag_and_source(mixed):
    table = unit_table.unit_table(mixed.units, mixed.events, mixed.sources, mixed.regencies, mixed.provinces,
                                  unit_table.year_end(2021))
    traced = provenance.traced_rows(table, mixed.sources, "id").set_index("unit_id")
    assert "synthetic" not in traced and "source_id" not in traced
    assert traced.loc[["R1", "R2", "S1"], "data"].tolist() == ["nyata", "nyata", "sintetis"]
    assert traced.loc[["R1", "R2", "S1"], "data_source"].tolist() == ["https://warta.example/sumedang-zi",
                                                                     "Koran Bandung, 10 Mei 2021", GENERATOR_ID]


def real_panel(real):
    unit_year = metrics.unit_years(real.units, real.events)
    return filtered_panel(unit_year, real.targets, real.perangkat_daerah, real.regencies, Filters(province="32"),
                          measures.counted_regions(real))


def test_regions_nobody_counted_have_missing_counts_not_zero(real):
    assert measures.counted_regions(real) == {"32.11", "32.73"}
    panel = real_panel(real).set_index(["region_code", "year"])
    # Sumedang: R1 declared in 2019 (its synthetic RSUD, declared the same year and WBK in 2020, is gone)
    assert panel.loc[("32.11", 2019), "declared"] == 1 and panel.loc[("32.11", 2021), "predicate"] == 0
    assert panel.loc[("32.11", 2019), "coverage_pct"] == pytest.approx(100 / 66, abs=0.05)
    assert panel.loc[("32.73", 2021), "proposed"] == 1
    # Kabupaten Bandung has only synthetic rows: not 0 units but no data
    assert panel.loc[("32.04", 2021), ["declared", "predicate", "wbk"]].isna().all()
    assert pd.isna(panel.loc[("32.04", 2021), "attainment_wbk_pct"])


def test_a_total_over_regions_nobody_counted_is_missing_and_over_counted_ones_a_number(real):
    panel = real_panel(real)
    only_bandung = views.scope_totals(panel[panel["region_code"] == "32.04"]).set_index("year")
    assert only_bandung["declared"].isna().all()
    province = views.scope_totals(panel).set_index("year")
    assert province.at[2021, "declared"] == 2 and province.at[2021, "proposed"] == 1  # R2, in 2021


def test_the_full_dataset_keeps_whole_number_counts_where_every_region_was_counted(mixed):
    unit_year = metrics.unit_years(mixed.units, mixed.events)
    panel = filtered_panel(unit_year, mixed.targets, mixed.perangkat_daerah, mixed.regencies, Filters(region="32.11"),
                           measures.counted_regions(mixed))
    assert panel["declared"].dtype == "int64"


def test_no_pure_output_of_the_real_only_view_holds_a_synthetic_row(mixed, real):
    """Each table the screens draw from, computed on the real-only dataset: no synthetic unit, row or source."""
    synthetic_units = set(mixed.units.loc[mixed.units["synthetic"], "unit_id"])
    table = unit_table.unit_table(real.units, real.events, real.sources, real.regencies, real.provinces,
                                  unit_table.year_end(2025))
    assert not table["synthetic"].any() and not synthetic_units & set(table["unit_id"])
    rows = profile.region_rows(real, ["32.11", "32.04"], real.units)
    assert not profile.has_synthetic(rows)
    assert "Data sintetis (generator)" not in set(profile.sources_cited(real, rows)["title"])
    unit_year = metrics.unit_years(real.units, real.events)
    assert not synthetic_units & set(unit_year["unit_id"])
    panel = real_panel(real)
    ranks = ranking.ranked(panel, real.regencies, 2021, "declared").set_index("region_code")["rank"]
    assert pd.isna(ranks["32.04"]) and ranks["32.11"] == 1
    mapped = mapping.map_values(panel, real, 2021, "declared").set_index("region_code")["declared"]
    assert mapped["32.11"] == 1 and pd.isna(mapped["32.04"])  # S1 gone; Kabupaten Bandung has no data, not 0
    split = ranking.owner_split(unit_year, real.regencies, Filters(province="32"), 2019)
    assert split["wbk"].sum() == 0  # S2, the synthetic Polres holding WBK since 2019, is gone
    assert profile.lke_rows(real.lke, ["S1"]).empty


def test_the_real_data_of_a_scope_is_counted_from_the_data(real):
    spi = pd.DataFrame({"year": [2021, 2024, 2024, 2024], "level": ["kabupaten", "kabupaten", "kota", "provinsi"],
                        "code": ["32.11", "32.11", "32.73", "32"]})
    ombudsman = pd.DataFrame({"year": [2022, 2023, 2023], "level": ["kabupaten", "kota", "provinsi"],
                              "code": ["32.11", "32.73", "32"]})
    province = provenance.real_summary(real, spi, ombudsman, ["32.11", "32.73", "32.04"], ["32"])
    assert province == {"spi_first": 2021, "spi_last": 2024, "spi_regions": 2, "ombudsman": 3, "units": 2}
    region = provenance.real_summary(real, spi, ombudsman, ["32.04"])
    assert region == {"spi_first": None, "spi_last": None, "spi_regions": 0, "ombudsman": 0, "units": 0}


def test_a_map_of_counts_where_nobody_counted_any_region_has_no_legend_maximum_and_draws_as_no_data(real):
    panel = real_panel(real)
    bandung = panel[panel["region_code"] == "32.04"]
    assert mapping.count_maximum(bandung, "declared") is None
    assert mapping.count_maximum(panel, "declared") == 1  # one real unit in each of Sumedang and Kota Bandung
    classed = mapping.classify(mapping.map_values(bandung, real, 2021, "declared"), "declared", "id")
    assert classed.frame["shown"].tolist() == ["Tidak ada data"]


def test_a_progress_chart_of_regions_nobody_counted_says_there_is_no_data_not_no_units(real):
    panel = real_panel(real)
    series = progress.yearly(panel, ["32.04"])
    assert series["counted"].isna().all()
    note = progress.empty_chart_note(series, "wbk", pd.DataFrame({"target_kind": []}), "Kabupaten Bandung", "id")
    assert note == "Tidak ada data unit kerja untuk Kabupaten Bandung."
    # Sumedang was counted: its real unit holds no predicate, which is a 0, not a gap
    assert progress.yearly(panel, ["32.11"])["counted"].eq(0).all()


def test_a_briefing_on_a_place_nobody_counted_says_there_is_no_data_instead_of_zero_changes(real):
    inputs = slides.inputs_for(real, real_panel(real), {"features": []}, {"features": []},
                               Filters(province="32", region="32.04", real_only=True), date(2021, 12, 31),
                               date(2020, 12, 31), "id")
    changes = slides.changes_slide(inputs)
    assert changes.message == "Tidak ada data unit kerja untuk Kabupaten Bandung." and changes.points == ()
    counted = slides.changes_slide(slides.inputs_for(real, real_panel(real), {"features": []}, {"features": []},
                                                     Filters(province="32", region="32.73", real_only=True),
                                                     date(2021, 12, 31), date(2020, 12, 31), "id"))
    assert counted.points[1] == "1 unit diusulkan"  # R2, proposed 10 May 2021

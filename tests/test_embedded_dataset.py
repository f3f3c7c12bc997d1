"""The embedded dataset: real seed facts kept apart from the seeded synthetic national data."""

import importlib.util
import sys

import pandas as pd
import pytest

from pantau_zi import metrics
from pantau_zi.loading import load_dataset
from pantau_zi.paths import EMBEDDED_DIR, REPO_ROOT

SEED_REGIONS = {"15.03", "32.11", "76.04", "16.06", "63.10"}
# Real national WBK / WBBM awards per year (shared/domain/national-by-year.csv).
REAL_AWARDS = {2015: (12, 1), 2017: (71, 6), 2018: (200, 5), 2020: (681, 82), 2021: (486, 72)}
# What the app shows: the synthetic figure, plus the awards reported in the news (data/embedded/reported), minus the
# synthetic twins those real units hide: 2017 +1 (Disdukcapil Surakarta); 2018 +4 (three BPS offices, Kecamatan
# Panggul); 2020 +3 (two Kota Pekalongan OPD, Loka Rehabilitasi BNN Batam) -1 (the synthetic twin of the seed
# article's Kejari Musi Banyuasin); 2021 -1 (the synthetic twin of Disdukcapil Kota Surabaya, awarded 2021).
SHOWN_AWARDS = {2015: (12, 1), 2017: (72, 6), 2018: (204, 5), 2020: (683, 82), 2021: (485, 72)}


@pytest.fixture(scope="module")
def embedded():
    return load_dataset()


def _national(data):
    panel = metrics.region_panel(data.units, data.events, data.targets, data.perangkat_daerah, data.regencies)
    return panel, metrics.aggregate(panel, ["year"]).set_index("year")


@pytest.fixture(scope="module")
def national(embedded):
    return _national(embedded)


@pytest.fixture(scope="module")
def synthetic_national():
    return _national(load_dataset((EMBEDDED_DIR / "synthetic",)))


def _generator():
    spec = importlib.util.spec_from_file_location("generate_synthetic", REPO_ROOT / "scripts" / "generate_synthetic.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script runs
    spec.loader.exec_module(module)
    return module


def test_embedded_dataset_validates_and_covers_every_region(embedded):
    assert set(embedded.units["region_code"]) == set(embedded.regencies["code"])


def test_every_synthetic_row_is_flagged_and_every_seed_row_is_not(embedded):
    units = embedded.units
    assert units.loc[units["source_id"] == "synthetic", "synthetic"].all()
    assert not units.loc[units["source_id"].str.startswith("seed-"), "synthetic"].any()
    for table in ("units", "events", "targets", "ombudsman", "lke", "perangkat_daerah"):
        synthetic = pd.read_csv(EMBEDDED_DIR / "synthetic" / f"{table}.csv", dtype=str)
        assert (synthetic["synthetic"] == "true").all(), table


def test_seed_regions_get_no_synthetic_pemda_units_targets_or_staff_counts(embedded):
    units = embedded.units
    synthetic_pemda = units[units["synthetic"] & (units["owner_type"] == "pemda")]
    assert not set(synthetic_pemda["region_code"]) & SEED_REGIONS
    assert not set(embedded.targets.loc[embedded.targets["synthetic"], "region_code"]) & SEED_REGIONS
    assert not set(embedded.perangkat_daerah.loc[embedded.perangkat_daerah["synthetic"], "region_code"]) & SEED_REGIONS


def test_sumedang_pilots_are_counted_without_invented_names(embedded):
    pilots = embedded.units[(embedded.units["region_code"] == "32.11") & ~embedded.units["synthetic"]]
    assert len(pilots) == 12 and not pilots["name_known"].any()


@pytest.mark.parametrize("year, awards", REAL_AWARDS.items())
def test_synthetic_national_yearly_awards_match_the_real_figures(synthetic_national, year, awards):
    _, nation = synthetic_national
    assert (nation.at[year, "awarded_wbk"], nation.at[year, "awarded_wbbm"]) == awards


@pytest.mark.parametrize("year, awards", SHOWN_AWARDS.items())
def test_shown_national_awards_add_the_reported_units_and_drop_their_synthetic_twins(national, year, awards):
    _, nation = national
    assert (nation.at[year, "awarded_wbk"], nation.at[year, "awarded_wbbm"]) == awards


def test_most_predicates_belong_to_vertical_units(embedded):
    awarded = embedded.events[embedded.events["stage"].isin(["wbk", "wbbm"])]
    owners = awarded.merge(embedded.units, on="unit_id")["owner_type"]
    assert 0.85 <= (owners == "vertikal").mean() <= 0.95


def test_most_autonomous_pemda_had_no_predicate_of_their_own_by_end_2023(national):
    panel, _ = national
    autonomous_2023 = panel[(panel["year"] == 2023) & ~panel["administrative"]]
    assert 0.75 <= (autonomous_2023["predicate_pemda"] == 0).mean() <= 0.9


def test_generator_is_deterministic_and_its_histories_obey_the_lifecycle(tmp_path):
    generator = _generator()
    regions = generator.load_regions().head(12)
    first, second = generator.build_tables(regions), generator.build_tables(regions)
    assert first == second
    generator.write_tables(first, tmp_path)
    assert len(load_dataset([tmp_path]).units) == len(first["units"])

import pandas as pd

from pantau_zi.paths import REAL_DIR


def test_every_reported_national_figure_is_kept_once_with_its_scope_and_source(shared_data):
    ours = pd.read_csv(REAL_DIR / "national.csv", dtype=str)
    reported = pd.concat([pd.read_csv(shared_data("../domain/national-by-year.csv"), dtype=str),
                          pd.read_csv(shared_data("national-additions.csv"), dtype=str)])
    keys = ["year", "metric", "value", "source_url"]
    assert set(map(tuple, ours[keys].to_numpy())) == set(map(tuple, reported[keys].to_numpy()))
    assert not ours.duplicated(keys).any()
    assert ours["scope"].notna().all()


def test_only_rows_whose_scope_is_the_whole_country_are_flagged_national():
    ours = pd.read_csv(REAL_DIR / "national.csv")
    polri = ours[ours["scope"] == "Polri only"]
    assert not polri.empty and not polri["national"].any()
    assert ours.query("year == 2020 and metric == 'wbk_awarded'")["value"].tolist() == [681]

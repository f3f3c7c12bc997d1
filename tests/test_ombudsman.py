import pandas as pd

from pantau_zi.ombudsman import REPORTED_FILE, load_reported, mark_preferred


def _rows(*rows):
    return pd.DataFrame(rows, columns=["year", "level", "code", "score", "zone", "publisher"])


def test_the_ombudsman_site_is_preferred_over_news_for_the_same_region_and_year():
    marked = mark_preferred(_rows(("2022", "kota", "12.73", "51.15", "merah", "mistar.id"),
                                  ("2022", "kota", "12.73", "52.00", "kuning", "sumut.ombudsman.go.id")))
    assert list(marked["preferred"]) == [False, True]
    assert marked["conflict"].all()


def test_a_report_with_a_score_is_preferred_to_a_rank_only_one_and_they_do_not_conflict():
    marked = mark_preferred(_rows(("2022", "kota", "12.73", None, None, "tribunnews.com"),
                                  ("2022", "kota", "12.73", "51.15", "merah", "mistar.id"),
                                  ("2022", "kota", "12.74", None, "hijau", "tribunnews.com")))
    assert list(marked["preferred"]) == [False, True, True]
    assert not marked["conflict"].any()


def test_every_reported_ombudsman_row_is_kept_with_its_values_and_source(shared_data):
    shared = pd.read_csv(shared_data("ombudsman-reported.csv"), dtype=str)
    ours = pd.read_csv(REPORTED_FILE, dtype=str)
    assert len(ours) == len(shared) == 371
    for column in ("year", "score", "zone", "grade", "rank", "source_url"):
        assert sorted(ours[column].fillna("")) == sorted(shared[column].fillna("")), column
    assert ours["code"].notna().all()
    assert load_reported().groupby(["year", "level", "code"])["preferred"].sum().eq(1).all()

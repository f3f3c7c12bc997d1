import pandas as pd

from pantau_zi import ombudsman
from pantau_zi.i18n import t
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


def test_the_latest_report_up_to_a_year_is_the_preferred_one_with_the_disagreeing_report_beside_it(reports):
    latest = ombudsman.latest_for(reports, "32.11", 2025)  # no report since 2022: 2022's, named as such
    assert (latest["year"], latest["score"], latest["zone"], latest["grade"]) == (2022, 90.0, "hijau", "A")
    assert latest["publisher"] == "jabar.ombudsman.go.id" and latest["conflict"] is True
    assert latest["others"] == (("b.id", "https://b.id/32.11-2022", 70.0, "kuning"),)
    assert latest["method"] == 2022


def test_an_earlier_year_gives_that_years_report_and_none_before_the_first(reports):
    table = reports
    assert ombudsman.latest_for(table, "32.11", 2021) == {
        "year": 2021, "level": "kabupaten", "code": "32.11", "published_name": "32.11", "score": 82.5,
        "zone": "hijau", "grade": None, "rank": 10, "rank_of": 416, "note": None,
        "source_url": "https://a.id/32.11-2021", "publisher": "a.id", "conflict": False, "others": (),
        "method": 2021}
    assert ombudsman.latest_for(table, "32.11", 2020) is None
    assert ombudsman.latest_for(table, "11.01", 2025) is None  # never reported


def test_coverage_counts_the_governments_with_a_report_that_year(reports):
    assert ombudsman.coverage(reports, 2021, ["32.11", "32.73", "32.04"]) == (2, 3)
    assert ombudsman.coverage(reports, 2022, ["32.11", "32.73", "32.04"]) == (1, 3)  # two reports, one government
    assert ombudsman.coverage(reports, 2020, ["32.11"]) == (0, 1)


def test_years_with_data_and_the_latest_up_to_a_year(reports):
    assert ombudsman.years_with_data(reports) == (2021, 2022, 2024)
    assert ombudsman.years_with_data(reports, ["32.11"]) == (2021, 2022)
    assert ombudsman.year_with_data(reports, 2023) == 2022
    assert ombudsman.year_with_data(reports, 2020) is None


def test_each_year_has_the_method_note_of_its_era_in_both_languages():
    assert [ombudsman.method(year) for year in (2013, 2019, 2021, 2022, 2024, 2025, 2030)] == [
        2013, 2013, 2021, 2022, 2022, 2025, 2025]
    for first in ombudsman.METHODS:
        assert all(t(f"ombudsman.method.{first}", lang) for lang in ("id", "en"))


def test_the_reported_file_keeps_both_reports_of_a_year_and_shows_one():
    shown = ombudsman.shown(load_reported())
    assert not shown.duplicated(["year", "level", "code"]).any() and len(shown) == 365
    humbang = shown.set_index(["year", "code"]).loc[(2022, "12.16")]  # mistar.id shown, sumutpos.co beside it
    assert humbang["publisher"] == "mistar.id" and humbang["others"][0][0] == "sumutpos.co"


def test_a_conflict_is_said_on_the_card_with_both_sources_linked(reports):
    lines = ombudsman.card_lines(ombudsman.latest_for(reports, "32.11", 2023), 2023, "id")
    assert lines[0] == "Opini A · penilaian 2023 tidak ada; menampilkan 2022"
    assert lines[1] == "Data nyata, sumber: [jabar\\.ombudsman\\.go\\.id](https://jabar.ombudsman.go.id/32.11-2022)"
    assert lines[2].startswith("**Laporan berbeda:** [b\\.id](https://b.id/32.11-2022) (Kuning, 70,00). "
                               "Yang ditampilkan dari jabar\\.ombudsman\\.go\\.id")
    assert lines[3].startswith("Metode 2022\u20132024")


def test_a_card_without_grade_or_other_reports_names_rank_source_and_method(reports):
    lines = ombudsman.card_lines(ombudsman.latest_for(reports, "32.11", 2021), 2021, "en")
    assert lines == ["Rank 10 of 416", "Real data, source: [a\\.id](https://a.id/32.11-2021)",
                     t("ombudsman.method.2021", "en")]
    rank_only = ombudsman.latest_for(reports, "32.73", 2024)
    assert ombudsman.zone_text(rank_only, "id") == "Dilaporkan tanpa zona"


def test_a_link_encodes_what_would_break_markdown():
    assert ombudsman.link("a.id", "https://a.id/x (1)") == "[a\\.id](https://a.id/x%20%281%29)"


def test_the_datasets_real_rows_join_the_reported_layer_where_it_has_no_report_and_synthetic_ones_never(reports):
    table = pd.DataFrame({"region_code": ["16.06", "32.11", "32.73"], "year": [2019, 2021, 2023],
                          "score": [None, 50.0, 70.0], "zone": ["hijau", "merah", "kuning"],
                          "source_id": ["muba", "muba", "gen"], "synthetic": [False, False, True]})
    regencies = pd.DataFrame({"code": ["16.06", "32.11", "32.73"], "kind": ["kabupaten", "kabupaten", "kota"],
                              "name": ["Kabupaten Musi Banyuasin", "Kabupaten Sumedang", "Kota Tasikmalaya"]})
    sources = pd.DataFrame({"source_id": ["muba", "gen"], "publisher": ["InfoPublik", "generator"],
                            "reference": ["shared/seeds/003.txt", "https://example.org"],
                            "title": ["Muba zona hijau", "synthetic"]})
    own = ombudsman.from_dataset(table, regencies, sources)
    assert own[["year", "code", "zone", "publisher"]].values.tolist() == [[2019, "16.06", "hijau", "InfoPublik"],
                                                                          [2021, "32.11", "merah", "InfoPublik"]]
    assert own["source_url"].isna().all()  # a local path is no public address
    joined = ombudsman.with_dataset(reports, own)
    assert len(joined) == len(reports) + 1  # Sumedang 2021 is reported already: the report stays, alone
    assert ombudsman.latest_for(joined, "32.11", 2021)["score"] == 82.5
    muba = ombudsman.latest_for(joined, "16.06", 2024)
    assert (muba["year"], muba["zone"], muba["method"]) == (2019, "hijau", 2013)
    assert ombudsman.card_lines(muba, 2024, "en")[1] == "Real data, source: InfoPublik\\, Muba zona hijau"

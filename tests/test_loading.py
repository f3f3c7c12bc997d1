import hashlib
from pathlib import Path

import pandas as pd
import pytest

from pantau_zi import loading
from pantau_zi.loading import EMBEDDED_PARTS, DatasetError, Problem, describe, load_dataset
from tests.conftest import MINI


def problems_after(folder: Path, table: str, old: str, new: str):
    """Replace text in one table of a dataset copy and return the problems its load reports."""
    path = folder / f"{table}.csv"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer holds {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DatasetError) as caught:
        load_dataset([folder])
    return caught.value.problems


def only(problems):
    assert len(problems) == 1, problems
    return problems[0]


def test_the_embedded_dataset_loads_and_keeps_real_and_synthetic_apart():
    data = load_dataset(EMBEDDED_PARTS)
    real = data.units[~data.units["synthetic"]]
    seeds = real[real["source_id"].str.startswith("seed-")]
    assert set(seeds["region_code"]) == {"32.11", "76.04", "16.06", "63.10"}
    # and the 21 units of data/embedded/reported, awarded WBK/WBBM in 15 regions as the news reported
    assert real["source_id"].str.startswith("award-").sum() == 21
    assert real.loc[real["source_id"].str.startswith("award-"), "region_code"].nunique() == 15
    assert data.units["unit_id"].is_unique and data.events["event_id"].is_unique
    assert data.sources.set_index("source_id").loc["seed-sumedang-2019", "publisher"] == "eljabar.com"


def test_sumedang_pilots_are_stored_as_a_count_without_invented_names():
    data = load_dataset(EMBEDDED_PARTS)
    sumedang = data.units[(data.units["region_code"] == "32.11") & ~data.units["synthetic"]]
    assert len(sumedang) == 12
    assert not sumedang["name_known"].any() and sumedang["name"].isna().all()


def test_every_seed_row_cites_an_article():
    data = load_dataset(EMBEDDED_PARTS)
    articles = set(data.sources.loc[data.sources["kind"] == "article", "source_id"])
    for table in (data.units, data.events, data.targets, data.perangkat_daerah, data.ombudsman, data.declarations):
        real = table[~table["synthetic"]]
        assert real["source_id"].isin(articles).all()


def test_the_mini_fixture_loads_typed():
    data = load_dataset([MINI])
    assert len(data.units) == 5 and len(data.events) == 17
    assert str(data.events["date"].dtype).startswith("datetime64")
    assert data.targets.set_index("region_code").at["32.11", "target_wbk"] == 2


def test_the_event_columns_of_few_values_are_categories_holding_the_files_text():
    events = load_dataset([MINI]).events
    text = pd.read_csv(MINI / "events.csv", dtype=str, keep_default_na=False)
    for column in ("stage", "date_precision", "source_id"):
        assert isinstance(events[column].dtype, pd.CategoricalDtype)
        assert list(events[column].cat.categories) == sorted(set(text[column]))
        assert events[column].astype(str).tolist() == text[column].tolist()
    # a sort by a category orders as the text does
    assert events.sort_values("stage")["stage"].astype(str).tolist() == sorted(text["stage"])


def test_an_events_note_and_an_lke_score_source_are_categories_holding_the_files_text(mini_copy):
    path = mini_copy / "events.csv"
    text = pd.read_csv(path, dtype=str, keep_default_na=False)
    text.loc[:3, "note"] = ["SK Bupati 12/2019", "", "Berita Antara", "SK Bupati 12/2019"]
    text.to_csv(path, index=False)
    data = load_dataset([mini_copy])
    note = data.events.set_index("event_id")["note"]
    assert isinstance(note.dtype, pd.CategoricalDtype)
    assert list(note.cat.categories) == ["Berita Antara", "SK Bupati 12/2019"]
    # an empty note stays missing, not a category of its own
    assert note.astype(object).where(note.notna(), "").to_dict() == dict(zip(text["event_id"], text["note"]))
    # a sort by the note orders the events as the text does, missing notes last
    as_text = note.astype(object).where(note.notna(), None)
    assert (note.sort_values(kind="stable").index.tolist() == as_text.sort_values(kind="stable").index.tolist())
    lke_source = data.lke["source_id"]
    assert isinstance(lke_source.dtype, pd.CategoricalDtype)
    assert list(lke_source.cat.categories) == sorted(set(pd.read_csv(MINI / "lke.csv", dtype=str)["source_id"]))


def test_unknown_region_code_names_file_row_column_and_value(mini_copy):
    problem = only(problems_after(mini_copy, "units", "U4,DPMPTSP Kota Bandung,32.73", "U4,DPMPTSP Kota Bandung,32.99"))
    assert (problem.file, problem.row, problem.column, problem.value, problem.reason) == (
        "mini/units.csv", 5, "region_code", "32.99", "unknown_region")
    assert describe(problem, "id") == ("mini/units.csv, baris 5, kolom \u201cregion_code\u201d, nilai \u201c32.99\u201d: "
                                       "kode kabupaten/kota tidak dikenal (contoh yang benar: 32.11)")
    assert describe(problem, "en").startswith("mini/units.csv, row 5, column \u201cregion_code\u201d, value \u201c32.99\u201d")


def test_bad_date_is_reported(mini_copy):
    problem = only(problems_after(mini_copy, "events", "E14,U4,2020-01-10", "E14,U4,2020-13-10"))
    assert (problem.row, problem.column, problem.value, problem.reason) == (15, "date", "2020-13-10", "bad_date")


def test_duplicate_unit_id_is_reported(mini_copy):
    problems = problems_after(mini_copy, "units", "U5,Kecamatan Menteng", "U4,Kecamatan Menteng")
    assert {(p.row, p.column, p.reason) for p in problems} >= {(5, "unit_id", "duplicate"), (6, "unit_id", "duplicate")}


def test_missing_column_is_reported_for_the_file(mini_copy):
    path = mini_copy / "units.csv"
    lines = [line.rsplit(",", 1)[0] for line in path.read_text().splitlines()]
    path.write_text("\n".join(lines) + "\n")
    problem = only(problems_after(mini_copy, "units", "U1,", "U1,"))
    assert (problem.file, problem.row, problem.column, problem.reason) == ("mini/units.csv", None, "source_id",
                                                                            "missing_column")
    assert describe(problem, "id") == "mini/units.csv, kolom \u201csource_id\u201d: kolom wajib tidak ada"


def test_wbbm_without_wbk_is_an_impossible_stage_order(mini_copy):
    problem = only(problems_after(mini_copy, "events", "E13,U3,2018-12-09,day,wbk", "E13,U3,2018-12-09,day,wbbm"))
    assert (problem.row, problem.column, problem.value, problem.reason) == (14, "stage", "wbbm", "wbbm_without_wbk")
    assert "WBBM hanya untuk unit yang memegang WBK" in describe(problem, "id")


def test_reproposal_within_two_years_of_revocation_is_refused(mini_copy):
    path = mini_copy / "events.csv"
    path.write_text(path.read_text() + "E18,U2,2023-05-01,day,usulan,,fx,,true\n")
    problem = only(problems_after(mini_copy, "events", "E18", "E18"))
    assert (problem.row, problem.reason) == (19, "reproposed_within_ban")


def test_event_of_an_unknown_unit_is_reported(mini_copy):
    problem = only(problems_after(mini_copy, "events", "E17,U5", "E17,U9"))
    assert (problem.row, problem.column, problem.value, problem.reason) == (18, "unit_id", "U9", "unknown_unit")


@pytest.mark.parametrize(("table", "old", "new", "column", "reason"), [
    ("units", "pemda,Disdukcapil", "swasta,Disdukcapil", "owner_type", "not_allowed"),
    ("units", "Disdukcapil,true,true,true", "Disdukcapil,ya,true,true", "service_facing", "not_boolean"),
    ("ombudsman", "82.5,hijau", "82.5,kuning", "zone", "zone_mismatch"),
    ("ombudsman", "82.5,hijau", "182.5,hijau", "score", "out_of_range"),
    ("targets", "2019,2021,4", "2019,2018,4", "deadline_year", "deadline_before_set"),
    ("targets", "2020,2022,,1,", "2020,2022,,,", "target_declared", "no_target"),
    ("perangkat_daerah", "2019,40", "2019,40.5", "count", "not_integer"),
    ("lke", ",86,fx", ",96,fx", "total", "total_mismatch"),
    ("events", "E03,U1,2019-09-01,day,evaluasi_tpn,78", "E03,U1,2019-09-01,day,evaluasi_tpn,tinggi", "score",
     "not_number"),
])
def test_each_rule_names_the_offending_column(mini_copy, table, old, new, column, reason):
    problem = only(problems_after(mini_copy, table, old, new))
    assert (problem.file, problem.column, problem.reason) == (f"mini/{table}.csv", column, reason)
    assert problem.row is not None and describe(problem, "id") != describe(problem, "en")


def test_a_table_saved_as_windows_1252_loads_with_its_accents(mini_copy):
    path = mini_copy / "units.csv"
    path.write_bytes(path.read_text(encoding="utf-8").replace("RSUD Sumedang", "RSUD Sumédang").encode("cp1252"))
    units = load_dataset([mini_copy]).units
    assert units.loc[units["unit_id"] == "U2", "name"].item() == "RSUD Sumédang"


def test_a_blank_line_is_skipped_but_counted_in_the_rows_named(mini_copy):
    path = mini_copy / "units.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:2] + ["\n", "\n"] + lines[2:]), encoding="utf-8")
    # U4 was on line 5; two blank lines above it put it on line 7
    problem = only(problems_after(mini_copy, "units", "U4,DPMPTSP Kota Bandung,32.73", "U4,DPMPTSP Kota Bandung,32.99"))
    assert (problem.row, problem.column, problem.value) == (7, "region_code", "32.99")


def test_a_row_with_an_extra_field_is_named_by_its_line_in_the_users_language(mini_copy):
    problem = only(problems_after(mini_copy, "units", "U4,DPMPTSP Kota Bandung,", "U4,DPMPTSP, Kota Bandung,"))
    assert (problem.file, problem.row, problem.column, problem.reason) == ("mini/units.csv", 5, None, "field_count")
    assert describe(problem, "id") == ("mini/units.csv, baris 5: baris ini berisi 11 isian, padahal kepala tabel punya "
                                       "10 kolom; periksa koma atau tanda kutip yang berlebih")


def test_an_unreadable_units_table_is_one_problem_not_one_per_event_that_names_a_unit(mini_copy):
    problems = problems_after(mini_copy, "units", "U4,DPMPTSP Kota Bandung,", "U4,DPMPTSP, Kota Bandung,")
    assert [p.reason for p in problems] == ["field_count"]


def test_a_table_with_a_header_but_no_rows_still_names_its_file_for_a_missing_column(mini_copy):
    (mini_copy / "units.csv").write_text("unit_id,name\n", encoding="utf-8")
    missing = [p for p in problems_after(mini_copy, "events", "E14,", "E14,") if p.reason == "missing_column"]
    assert {(p.file, p.column) for p in missing} >= {("units.csv", "region_code"), ("units.csv", "source_id")}


def test_missing_required_file_is_reported(mini_copy):
    (mini_copy / "units.csv").unlink()
    with pytest.raises(DatasetError) as caught:
        load_dataset([mini_copy])
    assert any(p.reason == "missing_file" and p.file == "units.csv" for p in caught.value.problems)


def test_a_failed_load_changes_nothing(mini_copy):
    good = load_dataset([MINI])
    before = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in mini_copy.iterdir()}
    snapshot = good.units.copy()
    (mini_copy / "events.csv").write_text((mini_copy / "events.csv").read_text().replace("2020-01-10", "10/01/2020"))
    with pytest.raises(DatasetError):
        load_dataset([mini_copy])
    assert good.units.equals(snapshot)
    after = {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in mini_copy.iterdir()}
    assert {k for k in before if before[k] != after[k]} == {"events.csv"}


def test_problems_as_a_table_split_workbook_and_sheet_and_word_the_reason_in_the_users_language():
    problems = [Problem("unit.xlsx \u203a Unit", 7, "Kode unit", "A 1", "bad_id"), Problem("u.csv", None, None, None,
                                                                                         "missing_file")]
    frame = loading.problems_frame(problems, "en")
    assert list(frame.columns) == ["File", "Sheet", "Row", "Column", "Value", "Problem"]
    assert frame.iloc[0, :5].tolist() == ["unit.xlsx", "Unit", 7, "Kode unit", "A 1"]
    assert frame.iloc[1, 0] == "u.csv" and pd.isna(frame.iloc[1, 1]) and pd.isna(frame.iloc[1, 2])
    assert frame.iloc[1, 5] == "required file is missing"


def test_a_problem_with_a_row_but_no_column_names_the_row_only():
    problem = Problem("rusak.csv", 4, None, None, "broken_csv", {"line": 4})
    assert describe(problem, "id").startswith("rusak.csv, baris 4: ")

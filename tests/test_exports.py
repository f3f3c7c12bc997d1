import io

import openpyxl
import pandas as pd

from pantau_zi.exports import neutralise_formulas, to_csv_bytes, to_excel_bytes


def frame() -> pd.DataFrame:
    return pd.DataFrame({"name": ["=HYPERLINK(\"http://x\")", "+62 811", "-1", "@SUM(A1)", "RSUD Sumedang"],
                         "declared": [1, 2, 3, 4, 5], "coverage_pct": [5.0, None, 2.5, 0.0, 100.0]})


def test_text_that_starts_like_a_formula_is_prefixed_and_numbers_are_left_alone():
    safe = neutralise_formulas(frame())
    assert list(safe["name"]) == ["'=HYPERLINK(\"http://x\")", "'+62 811", "'-1", "'@SUM(A1)", "RSUD Sumedang"]
    assert list(safe["declared"]) == [1, 2, 3, 4, 5]


def test_csv_has_indonesian_headers_and_a_bom_for_excel():
    text = to_csv_bytes(frame(), "id").decode("utf-8")
    assert text.startswith("\ufeffNama,Unit mencanangkan ZI,Cakupan perangkat daerah (%)")
    assert to_csv_bytes(frame(), "en").decode("utf-8-sig").startswith("Name,Units that declared ZI")


def test_excel_reads_back_with_the_same_values_and_types():
    back = pd.read_excel(io.BytesIO(to_excel_bytes(frame(), "id")))
    assert list(back.columns) == ["Nama", "Unit mencanangkan ZI", "Cakupan perangkat daerah (%)"]
    assert back["Unit mencanangkan ZI"].dtype.kind == "i" and back["Unit mencanangkan ZI"].sum() == 15
    assert back["Cakupan perangkat daerah (%)"].isna().sum() == 1
    assert back.at[0, "Nama"] == "'=HYPERLINK(\"http://x\")"


def typed_frame() -> pd.DataFrame:
    """Every column kind a download carries: repeated labels as categories, nullable numbers and flags, dates."""
    return pd.DataFrame({
        "stage": pd.Categorical(["WBK", "=cmd", "WBK", None]),
        "name": pd.Series(["-a", "RSUD", None, "@b"], dtype="string[pyarrow]"),
        "declared": pd.array([1, None, 3, 4], dtype="Int64"),
        "synthetic": pd.array([True, False, None, True], dtype="boolean"),
        "since": pd.to_datetime(["2020-01-02", None, "2021-03-04", "2022-05-06"]),
        "published": pd.to_datetime(["2020-01-02", None, "2021-03-04", "2022-05-06"]).tz_localize("Asia/Jakarta"),
        "flag": [True, False, True, False],
    })


def test_categorical_and_nullable_columns_are_neutralised_without_error():
    safe = neutralise_formulas(typed_frame())
    assert safe["stage"].tolist()[:3] == ["WBK", "'=cmd", "WBK"] and pd.isna(safe.at[3, "stage"])
    assert safe["name"].tolist()[:2] == ["'-a", "RSUD"] and safe.at[3, "name"] == "'@b"
    assert safe["declared"].dtype == "Int64" and safe["flag"].tolist() == [True, False, True, False]


def test_csv_and_excel_of_a_typed_table_read_back_with_every_row():
    back = pd.read_csv(io.BytesIO(to_csv_bytes(typed_frame(), "id")), encoding="utf-8-sig")
    assert len(back) == 4 and back.iloc[1, 0] == "'=cmd"
    workbook = openpyxl.load_workbook(io.BytesIO(to_excel_bytes(typed_frame(), "id")))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert len(rows) == 5 and rows[2][0] == "'=cmd" and rows[1][2] == 1

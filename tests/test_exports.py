import io

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
    assert text.startswith("\ufeffNama,Unit mencanangkan,Cakupan perangkat daerah (%)")
    assert to_csv_bytes(frame(), "en").decode("utf-8-sig").startswith("Name,Units declared")


def test_excel_reads_back_with_the_same_values_and_types():
    back = pd.read_excel(io.BytesIO(to_excel_bytes(frame(), "id")))
    assert list(back.columns) == ["Nama", "Unit mencanangkan", "Cakupan perangkat daerah (%)"]
    assert back["Unit mencanangkan"].dtype.kind == "i" and back["Unit mencanangkan"].sum() == 15
    assert back["Cakupan perangkat daerah (%)"].isna().sum() == 1
    assert back.at[0, "Nama"] == "'=HYPERLINK(\"http://x\")"

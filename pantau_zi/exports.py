"""Tables as downloadable CSV and Excel bytes, with headers in the user's language.

Text cells that a spreadsheet would run as a formula (starting with =, +, -, @) get a leading
apostrophe, because names in the data come from outside.
"""

from __future__ import annotations

import io

import pandas as pd

from pantau_zi.i18n import CATALOGUE, t

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def column_label(name: str, lang: str) -> str:
    """A column's display header from the catalogue (key col.<name>), or the name itself."""
    key = f"col.{name}"
    return t(key, lang) if key in CATALOGUE else name


def localised(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The same table with headers in the user's language."""
    return frame.rename(columns={column: column_label(str(column), lang) for column in frame.columns})


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that start like a formula with a quote, so no spreadsheet evaluates them."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            text = out[column]
            risky = text.map(lambda value: isinstance(value, str) and value.startswith(FORMULA_STARTS))
            out[column] = text.where(~risky, "'" + text.astype(str))
    return out


def to_csv_bytes(frame: pd.DataFrame, lang: str) -> bytes:
    """UTF-8 CSV with a byte-order mark, which Excel on Indonesian Windows needs to read accents right."""
    return neutralise_formulas(localised(frame, lang)).to_csv(index=False).encode("utf-8-sig")


def to_excel_bytes(frame: pd.DataFrame, lang: str, sheet: str = "Pantau ZI") -> bytes:
    """An .xlsx workbook with one sheet, typed columns and localised headers."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralise_formulas(localised(frame, lang)).to_excel(writer, sheet_name=sheet[:31], index=False)
    return buffer.getvalue()

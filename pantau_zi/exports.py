"""Tables as downloadable CSV and Excel bytes, with headers in the user's language.

Text cells that a spreadsheet would run as a formula (starting with =, +, -, @) get a leading
apostrophe, because names in the data come from outside.
"""

from __future__ import annotations

import io

import numpy as np
import pandas as pd

from pantau_zi import measures
from pantau_zi.i18n import CATALOGUE, t

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def column_label(name: str, lang: str) -> str:
    """A column's display header: a defined count's label (measures), else the catalogue's col.<name>, else the
    name itself."""
    if name in measures.LABELS:
        return measures.label(name, lang)
    key = f"col.{name}"
    return t(key, lang) if key in CATALOGUE else name


def localised(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The same table with headers in the user's language."""
    return frame.rename(columns={column: column_label(str(column), lang) for column in frame.columns})


def _is_text(values: pd.Series) -> bool:
    return (values.dtype == object or pd.api.types.is_string_dtype(values)
            or isinstance(values.dtype, pd.CategoricalDtype))


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that start like a formula with a quote, so no spreadsheet evaluates them.

    Works cell by cell on plain objects: a category column (the unit table's repeated labels) refuses new
    values and ~ on its mask, which made every unit download fail."""
    out = frame.copy()
    for column in out.columns:
        if not _is_text(out[column]):
            continue
        cells = out[column].to_numpy(dtype=object, na_value=None)
        risky = np.fromiter((isinstance(cell, str) and cell.startswith(FORMULA_STARTS) for cell in cells),
                            dtype=bool, count=len(cells))
        if risky.any():
            cells[risky] = ["'" + cell for cell in cells[risky]]
            out[column] = pd.Series(cells, index=out.index, dtype=object)
    return out


def without_time_zones(frame: pd.DataFrame) -> pd.DataFrame:
    """Zoned times as the local wall-clock time they show, since Excel cells cannot hold a zone."""
    zoned = [column for column in frame.columns if isinstance(frame[column].dtype, pd.DatetimeTZDtype)]
    return frame.assign(**{str(column): frame[column].dt.tz_localize(None) for column in zoned}) if zoned else frame


def to_csv_bytes(frame: pd.DataFrame, lang: str) -> bytes:
    """UTF-8 CSV with a byte-order mark, which Excel on Indonesian Windows needs to read accents right."""
    return neutralise_formulas(localised(frame, lang)).to_csv(index=False).encode("utf-8-sig")


def to_excel_bytes(frame: pd.DataFrame, lang: str, sheet: str = "Pantau ZI") -> bytes:
    """An .xlsx workbook with one sheet, typed columns and localised headers."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        without_time_zones(neutralise_formulas(localised(frame, lang))).to_excel(writer, sheet_name=sheet[:31], index=False)
    return buffer.getvalue()

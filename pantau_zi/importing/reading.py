"""read_upload: an uploaded .xlsx or CSV as clean text tables in the dataset's shape, or the problems found."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
from openpyxl.utils.cell import get_column_letter

from pantau_zi import settings
from pantau_zi.importing.cleaning import RegionReader, clean_table
from pantau_zi.importing.columns import Sheet, best_sheet_for, match_headers, missing_required, sheet_named
from pantau_zi.importing.delimited import read_delimited
from pantau_zi.importing.limits import WORKBOOK_SUFFIXES, refusal, suffix
from pantau_zi.importing.raw import RawSheet
from pantau_zi.importing.workbook import read_workbook
from pantau_zi.loading import Problem


@dataclass(frozen=True)
class Upload:
    """Tables (text cells plus _file and _row) keyed by table name, the headers as written, and the problems."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def read_upload(file_name: str, content: bytes, regencies: pd.DataFrame) -> Upload:
    """Read and normalise an upload; business rules are left to the dataset schemas."""
    refused = refusal(file_name, content)
    if refused is not None:
        return Upload(problems=[refused])
    max_rows = settings.import_max_rows()
    if suffix(file_name) in WORKBOOK_SUFFIXES:
        raw_sheets, problems = read_workbook(file_name, content, max_rows)
        found = [(raw, sheet_named(raw.name)) for raw in raw_sheets]
    else:
        raw, problems = read_delimited(file_name, content, max_rows)
        found = [] if raw is None else [(raw, best_sheet_for(raw.headers))]
        if raw is not None and found[0][1] is None:
            return Upload(problems=[Problem(file_name, None, None, None, "unknown_table")])
    regions, tables, headers = RegionReader(regencies), {}, {}
    for raw, sheet in found:
        frame, written, table_problems = _table(raw, sheet)
        problems += table_problems
        if frame is None:
            continue
        if sheet.table in tables:  # two sheets for one table (e.g. "Unit" and "Units"): read both
            frame = pd.concat([tables[sheet.table], frame], ignore_index=True)
        tables[sheet.table], cleaning_problems = clean_table(sheet.table, frame, regions, written)
        headers[sheet.table] = headers.get(sheet.table, written)
        problems += cleaning_problems
    if not tables and not problems:
        problems.append(Problem(file_name, None, None, None, "no_rows"))
    return Upload(tables, headers, problems)


def _table(raw: RawSheet, sheet: Sheet) -> tuple[pd.DataFrame | None, dict[str, str], list[Problem]]:
    """The raw rows under the table's internal column names; None when there are no rows or a column is missing."""
    positions = match_headers(sheet, raw.headers)
    written = {column.name: column.header_id for column in sheet.columns}
    written |= {column.name: raw.headers[position] for position, column in positions.items()}
    if not raw.rows:
        return None, written, []
    missing = missing_required(sheet, positions)
    if missing:
        return None, written, [Problem(raw.label, None, column.header_id, None, "missing_column") for column in missing]
    problems = [_extra_cells(raw, number, cells) for number, cells in raw.rows]
    frame = pd.DataFrame({column.name: [_at(cells, position) for _, cells in raw.rows]
                          for position, column in positions.items()})
    for column in sheet.columns:
        if column.name not in frame:
            frame[column.name] = None
    frame = frame.astype(object).assign(_file=raw.label, _row=[number for number, _ in raw.rows])
    return frame, written, [problem for problem in problems if problem is not None]


def _at(cells: list[str | None], position: int) -> str | None:
    return cells[position] if position < len(cells) else None


def _extra_cells(raw: RawSheet, number: int, cells: list[str | None]) -> Problem | None:
    """A filled cell under no header: the row is shifted or has one cell too many, so no column can be trusted."""
    for position, cell in enumerate(cells):
        header = raw.headers[position] if position < len(raw.headers) else None
        if cell is not None and header is None:
            return Problem(raw.label, number, get_column_letter(position + 1), cell, "extra_cells")
    return None

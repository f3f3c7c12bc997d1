"""Read the sheets of an .xlsx as text: cached formula results, ISO dates, whole numbers without '.0'."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime, time

import openpyxl
from openpyxl.utils.cell import range_boundaries

from pantau_zi.importing.columns import Sheet, best_sheet_for, known_header, sheet_named
from pantau_zi.importing.raw import Notice, RawSheet, sheet_from, without_totals
from pantau_zi.importing.template import TEMPLATE_OWN_SHEETS
from pantau_zi.loading import SHEET_SEPARATOR, Problem

_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Za-z]+\d+:[A-Za-z]+\d+)\"")


def cell_text(value: object) -> str | None:
    """The text a user means by a cell value; None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    text = str(value).strip()
    return text or None


def read_workbook(file_name: str, content: bytes, max_rows: int
                  ) -> tuple[list[tuple[RawSheet, Sheet]], list[Problem], list[Notice]]:
    """Each sheet with the table it holds, by its name or else by its headers; a sheet that is neither is noticed,
    the template's own instructions and lists are skipped."""
    try:
        formulas_book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=False)
        sheets, problems, notices = [], [], []
        for worksheet in formulas_book.worksheets:
            named = sheet_named(worksheet.title)
            if not hasattr(worksheet, "iter_rows") or (named is None and worksheet.title in TEMPLATE_OWN_SHEETS):
                continue
            label = f"{file_name}{SHEET_SEPARATOR}{worksheet.title}"
            sheet, sheet_problems = _read_sheet(worksheet, label, content, max_rows, known_header(named))
            problems += sheet_problems
            if sheet is None:
                continue
            notices += sheet.notices
            table = named or best_sheet_for(sheet.headers)
            if table is None:
                notices.append(Notice(label, None, "sheet_not_read", {"sheet": worksheet.title}))
                continue
            if named is None:
                notices.append(Notice(label, None, "sheet_read_as", {"sheet": worksheet.title, "as": table.name_id}))
            sheets.append((sheet, table))
        formulas_book.close()
    except Exception as error:  # openpyxl raises many kinds on damaged XML; none may escape as a crash
        return [], [Problem(file_name, None, None, None, "not_xlsx", {"detail": type(error).__name__})], []
    if not sheets and not problems and not any(sheet_named(title) for title in formulas_book.sheetnames):
        problems.append(Problem(file_name, None, None, None, "no_known_sheet"))
    return sheets, problems, notices


def _read_sheet(worksheet, label: str, content: bytes, max_rows: int, known) -> tuple[RawSheet | None, list[Problem]]:
    worksheet.reset_dimensions()  # the stored dimension may be missing or wrong; read what is there
    formulas: dict[tuple[int, int], str] = {}

    def numbered_rows():
        for number, row in enumerate(worksheet.iter_rows(), start=1):
            cells = []
            for position, cell in enumerate(row):
                if getattr(cell, "data_type", None) == "f":
                    formulas[(number, position)] = str(cell.value)
                cells.append(cell_text(cell.value))
            yield number, cells

    sheet, problems = sheet_from(label, worksheet.title, numbered_rows(), max_rows, known)
    if sheet is None:
        return None, problems
    read = {number for number, _ in sheet.rows}
    sheet = without_totals(sheet, lambda number, position: formulas.get((number, position)))
    skipped = read - {number for number, _ in sheet.rows}
    if formulas:
        sheet = replace(sheet, rows=_with_cached_values(content, worksheet.title, sheet.rows, formulas))
    below, across = _merged_ranges(worksheet, sheet.header_row, skipped)
    return replace(sheet, merged_header=tuple(across)), [
        Problem(label, None, None, ref, "merged_cells", {"range": ref}) for ref in below]


def _with_cached_values(content: bytes, title: str, rows, formulas) -> list[tuple[int, list[str | None]]]:
    """Replace formula text by the value Excel cached; a formula never computed keeps its text for the schema."""
    values_book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    values_sheet = values_book[title]
    values_sheet.reset_dimensions()
    last = max(number for number, _ in formulas)
    cached = {}
    for number, row in enumerate(values_sheet.iter_rows(max_row=last, values_only=True), start=1):
        for position, value in enumerate(row):
            if (number, position) in formulas and value is not None:
                cached[(number, position)] = cell_text(value)
    values_book.close()
    out = []
    for number, cells in rows:
        out.append((number, [cached.get((number, position), formulas.get((number, position), cell))
                             for position, cell in enumerate(cells)]))
    return out


def _merged_ranges(worksheet, header_row: int, skipped: set[int]) -> tuple[list[str], list[str]]:
    """Merged ranges reaching below the header (only their first cell holds the value), other than within skipped
    totals rows; and ranges across columns in the header row, under which columns have no header of their own."""
    try:  # read-only sheets do not parse merges; read them from the sheet's XML part
        xml = worksheet.parent._archive.read(worksheet._worksheet_path)
    except (AttributeError, KeyError):
        return [], []
    below, across = [], []
    for ref in _MERGE.findall(xml):
        text = ref.decode().upper()
        min_col, min_row, max_col, max_row = range_boundaries(text)
        if max_row > header_row and not set(range(min_row, max_row + 1)) <= skipped:
            below.append(text)
        elif min_row <= header_row <= max_row and max_col > min_col:
            across.append(text)
    return below, across

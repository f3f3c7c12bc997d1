"""What a file reader hands over: one sheet's header and data rows as text, before columns are matched."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pantau_zi.loading import Problem


@dataclass(frozen=True)
class RawSheet:
    """Text cells of one sheet or CSV; rows keep the row number the user sees in Excel or their editor."""

    label: str  # "<file> › <sheet>" for a workbook, the file name for a CSV
    name: str | None  # the sheet's name; None for a CSV
    header_row: int
    headers: list[str | None]
    rows: list[tuple[int, list[str | None]]]


def is_blank(cells: list[str | None]) -> bool:
    return all(cell is None for cell in cells)


def sheet_from(label: str, name: str | None, numbered_rows: Iterable[tuple[int, list[str | None]]],
               max_rows: int) -> tuple[RawSheet | None, list[Problem]]:
    """Blank rows skipped, the first other row as header, the rest as data; stops reading past max_rows."""
    header_row, headers, rows = None, [], []
    for number, cells in numbered_rows:
        if is_blank(cells):
            continue
        if header_row is None:
            header_row, headers = number, cells
            continue
        if len(rows) == max_rows:
            return None, [Problem(label, None, None, None, "too_many_rows", {"limit": max_rows})]
        rows.append((number, cells))
    if header_row is None:
        return None, []
    return RawSheet(label, name, header_row, headers, rows), []
